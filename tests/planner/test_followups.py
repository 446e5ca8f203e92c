"""Follow-up questions change one part of the previous plan and keep the rest (planning
only, no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bastion.catalog import Catalog, KnownValues
from bastion.planner import (
    Comparison,
    Filter,
    PreviousRows,
    QueryPlan,
    TimeRange,
    Unanswerable,
    plan_question,
    rows_pointed_at,
)

AS_OF = date(2022, 8, 24)
KNOWN = KnownValues(categories=("Action", "Comedy", "New"), ratings=("G", "PG", "PG-13"))
MAY = TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1), label="in May 2022")


def conversation(catalog: Catalog, *questions: str, role: str = "admin") -> QueryPlan:
    previous: QueryPlan | None = None
    for question in questions:
        result = plan_question(
            question, catalog=catalog, role=role, as_of=AS_OF, previous=previous,
            known_values=KNOWN,
        )  # fmt: skip
        assert isinstance(result, QueryPlan), (question, result)
        previous = result
    assert previous is not None
    return previous


def test_another_store_replaces_the_store_filter(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue for store 1 in May", "and for store 2?")
    assert plan.filters == (Filter(dimension="store", values=(2,)),)
    assert plan.time_range == MAY
    assert plan.measures == ("revenue",)


def test_r_rated_before_a_rating_is_are_rated(catalog: Catalog) -> None:
    plan = conversation(catalog, "how many comedy films", "how many of them r rated pg13")
    assert set(plan.filters) == {
        Filter(dimension="category", values=("Comedy",)),
        Filter(dimension="rating", values=("PG-13",)),
    }


@pytest.mark.parametrize(
    "follow_up", ["and R?", "what about R", "how about R", "and for R instead?", "and R then?"]
)
def test_a_capital_r_said_last_is_the_rating(catalog: Catalog, follow_up: str) -> None:
    known = KnownValues(ratings=("G", "PG", "PG-13", "R", "NC-17"))
    previous = plan_question(
        "how many films are rated PG-13", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        follow_up, catalog=catalog, role="admin", as_of=AS_OF, previous=previous,
        known_values=known,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan), plan
    assert plan.filters == (Filter(dimension="rating", values=("R",)),)
    assert plan.measures == ("films",)


def test_a_list_follow_up_keeps_what_the_rows_lack(catalog: Catalog) -> None:
    plan = conversation(catalog, "G films not rented in june", "same for PG-rated")
    assert plan.intent == "list"
    assert plan.filters == (Filter(dimension="rating", values=("PG",)),)
    assert [(e.measure, e.negate) for e in plan.exists] == [("rentals", True)]


def test_how_many_is_that_counts_the_previous_list(catalog: Catalog) -> None:
    plan = conversation(catalog, "G films not rented in june", "how many is that?")
    assert (plan.intent, plan.measures) == ("kpi", ("films",))
    assert plan.filters == (Filter(dimension="rating", values=("G",)),)
    assert [(e.measure, e.negate) for e in plan.exists] == [("rentals", True)]


def test_how_many_is_that_counts_the_groups_past_the_threshold(catalog: Catalog) -> None:
    plan = conversation(catalog, "actors who have been in more than 30 films", "how many is that?")
    assert (plan.intent, plan.derived, plan.dimensions) == ("kpi", "count", ("actor",))
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("films", ">", 30.0)]


def test_the_other_end_of_a_ranking_keeps_its_number(catalog: Catalog) -> None:
    plan = conversation(catalog, "Which category was rented the least in August?", "and the most?")
    assert (plan.limit, plan.order[0].direction) == (1, "desc")


@pytest.mark.parametrize(
    "follow_up", ["only the ones over $900", "which of them did more than nine hundred?"]
)
def test_a_bare_threshold_after_a_breakdown_applies_to_its_measure(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "store 1 revenue by category in June", follow_up)
    assert plan.dimensions == ("category",)
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("revenue", ">", 900.0)]


def test_top_n_of_those_narrows_a_ranking(catalog: Catalog) -> None:
    plan = conversation(catalog, "top 5 categories by rentals", "top 3 of those instead")
    assert plan.limit == 3


def test_by_month_makes_a_trend_and_keeps_filters(catalog: Catalog) -> None:
    plan = conversation(catalog, "rentals of Comedy films", "by month")
    assert (plan.intent, plan.time_grain) == ("trend", "month")
    assert plan.filters == (Filter(dimension="category", values=("Comedy",)),)


def test_only_action_films_adds_a_filter_and_keeps_the_measure(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue by store last month", "only Action films")
    assert plan.measures == ("revenue",)
    assert plan.dimensions == ("store",)
    assert plan.filters == (Filter(dimension="category", values=("Action",)),)
    assert plan.time_range is not None and plan.time_range.start == date(2022, 7, 1)


def test_what_about_swaps_the_measure(catalog: Catalog) -> None:
    plan = conversation(catalog, "top 5 categories by revenue in May", "what about rentals?")
    assert plan.measures == ("rentals",)
    assert (plan.intent, plan.limit, plan.dimensions) == ("ranking", 5, ("category",))
    assert plan.order[0].key == "rentals"
    assert plan.time_range == MAY


def test_top_n_instead_changes_the_limit(catalog: Catalog) -> None:
    plan = conversation(catalog, "top 10 films by rentals", "top 3 instead")
    assert (plan.intent, plan.limit, plan.dimensions) == ("ranking", 3, ("film",))


def test_top_n_turns_a_breakdown_into_a_ranking(catalog: Catalog) -> None:
    plan = conversation(catalog, "rentals by category", "show the bottom 2")
    assert (plan.intent, plan.limit, plan.order[0].direction) == ("ranking", 2, "asc")


def test_a_new_period_replaces_the_old_one(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue in May", "and in June?")
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (date(2022, 6, 1), date(2022, 7, 1))


def test_all_time_and_all_stores_drop_the_period_and_the_filter(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue for store 1 in May", "for all stores, all time")
    assert (plan.filters, plan.time_range) == ((), None)


def test_a_period_comparison_follows_a_store_comparison(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue store 1 vs store 2", "same for May vs June")
    assert plan.comparison is not None
    assert (plan.comparison.dimension, plan.comparison.values) == ("store", (1, 2))
    assert [p.label for p in plan.comparison.periods] == ["May 2022", "June 2022"]


def test_one_value_of_the_compared_dimension_narrows_the_comparison(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue store 1 vs store 2", "and for store 2?")
    # the one figure, still labelled with the store it is for
    assert plan.comparison is not None and plan.comparison.values == (2,)
    assert plan.filters == ()


def test_a_negated_value_of_the_compared_dimension_ends_the_comparison(
    catalog: Catalog,
) -> None:
    plan = conversation(catalog, "rentals Action vs Comedy", "and excluding Action?")
    assert plan.comparison is None
    assert plan.filters == (Filter(dimension="category", values=("Action",), negate=True),)


def test_a_complete_question_starts_afresh(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue for store 1 in May", "customers by country")
    assert plan == conversation(catalog, "customers by country")


def test_follow_ups_are_planned_for_the_role(catalog: Catalog) -> None:
    plan = conversation(catalog, "rentals by category", "what about customers?", role="marketing")
    assert plan.measures == ("renting_customers",)  # customers has no category: renters do


def test_a_three_step_conversation(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "rentals by category in July", "only PG films", "what about revenue?"
    )
    assert plan.measures == ("revenue",)
    assert plan.dimensions == ("category",)
    assert plan.filters == (Filter(dimension="rating", values=("PG",)),)


@pytest.mark.parametrize(
    ("question", "comparison"),
    [
        ("revenue store 1 vs store 2", Comparison(dimension="store", values=(1, 2))),
        ("compare stores 1 and 2 by rentals", Comparison(dimension="store", values=(1, 2))),
        ("Action vs Comedy rentals", Comparison(dimension="category", values=("Action", "Comedy"))),
    ],
)
def test_comparisons_of_values(catalog: Catalog, question: str, comparison: Comparison) -> None:
    plan = conversation(catalog, question)
    assert (plan.intent, plan.comparison) == ("comparison", comparison)


@pytest.mark.parametrize(
    ("follow_up", "limit"),
    [("show me ten instead of five", 10), ("make it top 7", 7), ("extend that to the top 8", 8)],
)
def test_a_new_number_of_a_ranking_changes_only_its_limit(
    catalog: Catalog, follow_up: str, limit: int
) -> None:
    first = conversation(catalog, "Which five actors have appeared in the most movies?")
    plan = conversation(catalog, "Which five actors have appeared in the most movies?", follow_up)
    assert plan.limit == limit
    assert plan.model_copy(update={"limit": 5, "understood": ""}) == first.model_copy(
        update={"understood": ""}
    )


@pytest.mark.parametrize(
    ("follow_up", "op", "value"),
    [("and more than 30?", ">", 30), ("raise the bar to thirty", ">", 30),
     ("what about at least 25", ">=", 25)],
)  # fmt: skip
def test_a_new_number_of_a_threshold_changes_only_the_threshold(
    catalog: Catalog, follow_up: str, op: str, value: float
) -> None:
    plan = conversation(catalog, "countries with more than 20 customers", follow_up)
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("customers", op, value)]
    assert plan.dimensions == ("customer_country",)


def test_a_follow_up_keeps_the_threshold_of_the_previous_question(catalog: Catalog) -> None:
    plan = conversation(catalog, "films rented more than 30 times", "only the PG-13 ones")
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("rentals", ">", 30)]
    assert plan.filters == (Filter(dimension="rating", values=("PG-13",)),)


def test_a_breakdown_by_a_filtered_dimension_replaces_the_filter(catalog: Catalog) -> None:
    plan = conversation(catalog, "rentals of Action films", "now for every category")
    assert plan.dimensions == ("category",) and plan.filters == ()


def test_by_month_after_one_month_shows_every_month(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue from Action films at store 2 in May", "now by month")
    assert plan.time_grain == "month" and plan.time_range is None
    assert Filter(dimension="store", values=(2,)) in plan.filters


def test_a_breakdown_said_as_well_adds_to_the_last_one(catalog: Catalog) -> None:
    first = "rentals per category in June 2022"
    for said in ("now split by store as well", "break that down by store too"):
        assert conversation(catalog, first, said).dimensions == ("category", "store")
    assert conversation(catalog, first, "by store instead").dimensions == ("store",)


def test_the_same_month_and_that_list_keep_what_the_last_question_said(catalog: Catalog) -> None:
    first = conversation(catalog, "store 2 comedy rentals july 2022")
    second = conversation(catalog, "store 2 comedy rentals july 2022", "and store one, same month?")
    assert second.time_range == first.time_range and not second.dimensions
    assert Filter(dimension="store", values=(1,)) in second.filters
    listed = conversation(catalog, "Which PG-13 comedies run longer than two hours?")
    counted = conversation(
        catalog,
        "Which PG-13 comedies run longer than two hours?",
        "how many titles are on that list?",
    )
    assert counted.intent != "list"
    assert set(listed.filters) <= set(counted.filters)


def test_growth_asked_after_a_breakdown_by_month_is_its_growth(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue by month", "and the month over month growth?")
    assert plan.derived == "growth" and plan.time_grain == "month"


def test_a_change_between_two_earlier_answers_is_refused_not_answered_again(
    catalog: Catalog,
) -> None:
    first = conversation(catalog, "store 1 revenue Jul 22", "and Jun 22?")
    result = plan_question(
        "so what's the % change?", catalog=catalog, role="admin", as_of=AS_OF,
        previous=first, known_values=KNOWN,
    )  # fmt: skip
    assert isinstance(result, Unanswerable)
    assert "ask it in full" in result.reason


@pytest.mark.parametrize(
    ("first", "then", "start", "end"),
    [
        ("how many rentals in August 2022?", "and what about the previous month?",
         date(2022, 7, 1), date(2022, 8, 1)),
        ("revenue in the week of 18 July 2022", "what about the previous week",
         date(2022, 7, 11), date(2022, 7, 18)),
        ("rentals on 20 August 2022", "and the day before?",
         date(2022, 8, 19), date(2022, 8, 20)),
        ("revenue by store in May 2022", "and the month after?",
         date(2022, 6, 1), date(2022, 7, 1)),
    ],
)  # fmt: skip
def test_the_period_before_or_after_the_last_one_is_one_step_from_it(
    catalog: Catalog, first: str, then: str, start: date, end: date
) -> None:
    before = conversation(catalog, first)
    plan = conversation(catalog, first, then)
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (start, end)
    assert plan.dimensions == before.dimensions and plan.time_grain == before.time_grain


def test_a_step_from_a_period_that_is_no_calendar_unit_is_refused(catalog: Catalog) -> None:
    first = conversation(catalog, "rentals in the last 7 days")
    result = plan_question(
        "and the week before?", catalog=catalog, role="admin", as_of=AS_OF, previous=first,
        known_values=KNOWN,
    )  # fmt: skip
    assert isinstance(result, Unanswerable)


def test_a_question_naming_another_row_by_its_number_starts_afresh(catalog: Catalog) -> None:
    """After "when was rental 1234 returned", "what's the rental rate of film 5" is a
    question of its own: the film's rate, not rental 1234 joined to film 5 (no rows)."""
    plan = conversation(
        catalog, "when was rental 1234 returned", "what's the rental rate of film 5"
    )
    assert plan.filters == (Filter(dimension="film_number", values=(5,)),)
    assert plan.dimensions == ("film", "rental_rate")
    plan = conversation(catalog, "what's the rental rate of film 5", "and its length?")
    assert plan.filters == (Filter(dimension="film_number", values=(5,)),)
    assert plan.dimensions == ("film", "rental_rate", "length")


def test_a_day_name_after_a_dated_question_is_that_day_of_its_week(catalog: Catalog) -> None:
    """ "What about Friday" after Saturday 20 August means the Friday of that week (19
    August): not Fridays within 20 August (no rows, a wrong 0)."""
    previous = conversation(catalog, "rentals on sat 8/20")
    result = plan_question(
        "what about friday", catalog=catalog, role="admin", as_of=AS_OF, previous=previous,
        known_values=KNOWN,
    )  # fmt: skip
    assert isinstance(result, QueryPlan), result
    assert result.time_range is not None
    friday = (result.time_range.start, result.time_range.end)
    assert friday == (date(2022, 8, 19), date(2022, 8, 20))
    assert result.filters == ()
    assert conversation(catalog, "rentals on fridays").filters == (
        Filter(dimension="weekday", values=("Friday",)),
    )


def test_great_and_the_following_quarter_is_the_next_quarter(catalog: Catalog) -> None:
    """ "Great" is praise, not the customer first name GRETA; "the following quarter" after
    Q1 is Q2."""
    plan = conversation(catalog, "revenue in Q1", "Great, and the following quarter?")
    assert plan.filters == ()
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (date(2022, 4, 1), date(2022, 7, 1))


def test_rows_of_the_previous_answer_are_carried_when_pointed_at(catalog: Catalog) -> None:
    """ "List her NC-17 titles" after the actor with the most: that actor's films, the
    rating kept; with several tied actors, a count is given for each."""
    known = KnownValues(ratings=("G", "PG", "PG-13", "R", "NC-17"))
    previous = plan_question(
        "actor with the highest number of nc-17 films", catalog=catalog, role="admin",
        as_of=AS_OF, known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan)
    assert rows_pointed_at(previous, "list her nc-17 titles") == "actor"
    one = PreviousRows(key="actor", values=("GINA DEGENERES",))
    listed = plan_question(
        "list her nc-17 titles", catalog=catalog, role="admin", as_of=AS_OF,
        previous=previous, known_values=known, previous_rows=one,
    )  # fmt: skip
    assert isinstance(listed, QueryPlan), listed
    assert (listed.intent, listed.dimensions[0]) == ("list", "film")
    assert set(listed.filters) == {
        Filter(dimension="actor", values=("GINA DEGENERES",)),
        Filter(dimension="rating", values=("NC-17",)),
    }
    two = PreviousRows(key="actor", values=("ANGELA HUDSON", "MATTHEW CARREY"))
    counted = plan_question(
        "how many films have they been in?", catalog=catalog, role="admin", as_of=AS_OF,
        previous=previous, known_values=known, previous_rows=two,
    )  # fmt: skip
    assert isinstance(counted, QueryPlan), counted
    assert (counted.measures, counted.dimensions) == (("films",), ("actor",))
    # without the rows (the asker saw them masked), the follow-up is refused
    refused = plan_question(
        "list her nc-17 titles", catalog=catalog, role="admin", as_of=AS_OF,
        previous=previous, known_values=known,
    )  # fmt: skip
    assert isinstance(refused, Unanswerable)


def test_the_period_of_the_busiest_month_is_carried(catalog: Catalog) -> None:
    previous = conversation(catalog, "busiest month for rentals")
    rows = PreviousRows(key="month", values=(date(2022, 7, 1),))
    plan = plan_question(
        "how many of those rentals were at store 2?", catalog=catalog, role="admin",
        as_of=AS_OF, previous=previous, known_values=KNOWN, previous_rows=rows,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan), plan
    assert plan.time_range == TimeRange(
        start=date(2022, 7, 1), end=date(2022, 8, 1), label="in July 2022"
    )
    assert plan.filters == (Filter(dimension="store", values=(2,)),)


def test_rows_of_a_threshold_are_carried_for_a_question_about_each(catalog: Catalog) -> None:
    """ "What city is each of those in?" after the customers who spent more than 200: the
    city of each customer shown, not the cities whose revenue tops 200."""
    previous = conversation(catalog, "which customers spent more than 200")
    assert rows_pointed_at(previous, "what city is each of those in?") == "customer"
    rows = PreviousRows(key="customer", values=(526, 148))
    plan = plan_question(
        "what city is each of those in?", catalog=catalog, role="admin", as_of=AS_OF,
        previous=previous, known_values=KNOWN, previous_rows=rows,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan), plan
    assert (plan.intent, plan.dimensions[0]) == ("list", "customer")
    assert "customer_city" in plan.dimensions
    assert plan.filters == (Filter(dimension="customer", values=(526, 148)),)
    assert plan.having == ()


def test_each_of_a_thresholds_rows_named_by_its_noun_is_listed(catalog: Catalog) -> None:
    """ "And what's the home store of each of those customers?" after those with 40+
    rentals: each of them with their store, not the stores with 40+ rentals."""
    previous = conversation(catalog, "Which customers have rented at least forty times?")
    rows = PreviousRows(key="customer", values=(75, 144))
    plan = plan_question(
        "And what's the home store of each of those customers?", catalog=catalog,
        role="admin", as_of=AS_OF, previous=previous, known_values=KNOWN, previous_rows=rows,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan), plan
    assert (plan.intent, plan.dimensions) == ("list", ("customer", "store"))
    assert plan.filters == (Filter(dimension="customer", values=(75, 144)),)
    assert plan.having == ()


def test_the_top_n_of_as_many_carried_rows_is_refused(catalog: Catalog) -> None:
    """ "If you rank them by revenue, which five come out on top?" after five categories:
    ranking the five and keeping five says nothing; which five is asked, so refused."""
    previous = conversation(catalog, "Top five categories by number of rentals in July 2022?")
    five = ("Sports", "Animation", "Action", "Sci-Fi", "Family")
    rows = PreviousRows(key="category", values=five)
    plan = plan_question(
        "And if you rank them by revenue, which five come out on top?", catalog=catalog,
        role="admin", as_of=AS_OF, previous=previous, known_values=KNOWN, previous_rows=rows,
    )  # fmt: skip
    assert isinstance(plan, Unanswerable), plan
    assert "5 rows" in plan.reason


def test_which_of_the_things_listed_ranks_them_by_another_thing(catalog: Catalog) -> None:
    """ "Which of them has made the most films?" after the actors of one film: those actors
    ranked by all their films, not the films ranked (nor only that one film counted)."""
    known = KnownValues(films=("PEAK FOREVER",))
    previous = plan_question(
        "Which actors are in PEAK FOREVER?", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan), previous
    question = "which of them has the most films?"
    assert rows_pointed_at(previous, question) == "actor"
    cast = ("ANGELA WITHERSPOON", "KENNETH PESCI")
    rows = PreviousRows(key="actor", values=cast)
    plan = plan_question(
        question, catalog=catalog, role="admin", as_of=AS_OF, previous=previous,
        known_values=known, previous_rows=rows,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan), plan
    assert (plan.intent, plan.measures, plan.dimensions) == ("ranking", ("films",), ("actor",))
    assert plan.filters == (Filter(dimension="actor", values=cast),)
    # a plain follow-up about the list is not about its rows
    assert rows_pointed_at(previous, "which of them are rated R?") is None


@pytest.mark.parametrize(
    "follow_up", ["and if we leave out Comedy as well?", "excluding comedy too"]
)
def test_an_exclusion_as_well_adds_to_the_earlier_one(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "Other than Action, which category has the most films?", follow_up)
    assert plan.filters == (Filter(dimension="category", values=("Action", "Comedy"), negate=True),)
    assert plan.limit == 1 and plan.ties


def test_an_exclusion_alone_replaces_the_earlier_one(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "Other than Action, which category has the most films?",
        "and excluding Comedy instead?",
    )  # fmt: skip
    assert plan.filters == (Filter(dimension="category", values=("Comedy",), negate=True),)


@pytest.mark.parametrize("follow_up", ["now over a hundred and seventy-five", "and over 175?"])
def test_a_bare_number_moves_the_bound_said_before(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "films longer than 150 minutes by category", follow_up)
    assert plan.filters == (Filter(dimension="length", values=(175.0,), op=">"),)
    assert plan.having == () and "175" in plan.understood


def test_a_bar_lowered_in_dollars_moves_the_threshold(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "On which days in May did my store take more than $200?",
        "lower the bar to $190", role="finance",
    )  # fmt: skip
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("revenue", ">", 190.0)]


@pytest.mark.parametrize(
    ("first", "then", "start", "end"),
    [("What did my store take in the first half of July, the 1st to the 15th?",
      "and the second half of the month?", date(2022, 7, 16), date(2022, 8, 1)),
     ("what did we take from June 16 to June 30?", "and the first half?",
      date(2022, 6, 1), date(2022, 6, 16))],
)  # fmt: skip
def test_a_half_after_a_period_within_a_month_is_that_months(
    catalog: Catalog, first: str, then: str, start: date, end: date
) -> None:
    plan = conversation(catalog, first, then, role="finance")
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (start, end)
    assert (plan.intent, plan.time_grain) == ("kpi", None)


def test_a_half_after_a_year_is_the_years(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue in 2022", "and the second half?")
    assert plan.time_range is not None and plan.time_range.start == date(2022, 7, 1)


@pytest.mark.parametrize(
    "follow_up", ["and how did that compare with last month?", "compared with last month?"]
)
def test_compared_with_another_period_shows_both_periods(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "how many Comedy rentals this month?", follow_up)
    assert plan.comparison is not None and plan.time_range is None
    assert [(p.start, p.end) for p in plan.comparison.periods] == [
        (date(2022, 8, 1), date(2022, 9, 1)),
        (date(2022, 7, 1), date(2022, 8, 1)),
    ]
    assert plan.understood.endswith("vs last month (July 2022).")


def test_the_week_right_after_moves_the_week_on(catalog: Catalog) -> None:
    plan = conversation(catalog, "revenue in the week of March 14", "and the week right after it?")
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (date(2022, 3, 21), date(2022, 3, 28))


@pytest.mark.parametrize(
    "follow_up", ["and per customer on average?", "what is that per customer on average"]
)
def test_per_customer_on_average_after_a_total_is_its_average(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "total revenue in May", follow_up)
    assert plan.derived == "per"
    assert plan.measures == ("revenue", "paying_customers")
    assert plan.dimensions == ()
    assert plan.time_range == MAY


@pytest.mark.parametrize(
    "follow_up",
    [
        *("and for all stores?", "all stores", "across all stores", "what about all stores"),
        *("without the store filter", "and drop the store condition"),
    ],
)
def test_all_stores_after_one_store_lifts_the_store_filter(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "revenue for store 1 in May", follow_up)
    assert plan.measures == ("revenue",)
    assert plan.filters == ()
    assert plan.time_range == MAY


def test_same_for_another_thing_after_a_ranking_of_events_ranks_that_thing(
    catalog: Catalog,
) -> None:
    plan = conversation(catalog, "top 5 categories by rentals in May", "same for actors")
    assert (plan.intent, plan.measures, plan.dimensions) == ("ranking", ("rentals",), ("actor",))
    assert (plan.limit, plan.time_range) == (5, MAY)


def test_same_for_another_thing_after_things_counted_counts_it(catalog: Catalog) -> None:
    plan = conversation(catalog, "how many films per category", "same for actors")
    assert (plan.measures, plan.dimensions) == (("actors",), ("category",))


@pytest.mark.parametrize(
    ("first", "measure"),
    [("rentals in May", "renting_customers"), ("payments in May", "paying_customers")],
)
def test_customers_who_made_them_are_those_of_the_rows_before(
    catalog: Catalog, first: str, measure: str
) -> None:
    plan = conversation(catalog, first, "how many different customers made them?")
    assert plan.measures[0] == measure
    assert plan.time_range == MAY


def test_distinct_people_who_made_those_rentals_are_the_renting_customers(
    catalog: Catalog,
) -> None:
    plan = conversation(catalog, "rentals in May", "how many distinct people made those rentals?")
    assert plan.measures[0] == "renting_customers"


@pytest.mark.parametrize(
    "follow_up", ["and what did those payments add up to?", "what do those payments come to?"]
)
def test_what_those_payments_add_up_to_is_their_total(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "how many payments in May", follow_up)
    assert (plan.measures, plan.time_range) == (("revenue",), MAY)


@pytest.mark.parametrize(
    ("first", "follow_up", "measure"),
    [
        ("first payment in May", "and the latest one that month?", "last_payment"),
        ("last payment in May", "and the earliest?", "first_payment"),
    ],
)
def test_the_other_end_after_a_first_or_last_is_asked_in_the_same_period(
    catalog: Catalog, first: str, follow_up: str, measure: str
) -> None:
    plan = conversation(catalog, first, follow_up)
    assert (plan.measures, plan.time_range) == ((measure,), MAY)


def test_the_highest_after_a_minimum_is_the_maximum(catalog: Catalog) -> None:
    plan = conversation(catalog, "minimum replacement cost", "and the highest?")
    assert plan.measures == ("maximum_replacement_cost",)


def test_in_how_many_cities_are_they_after_stores_counts_the_stores_cities(
    catalog: Catalog,
) -> None:
    plan = conversation(catalog, "how many stores do we have?", "in how many cities are they?")
    assert plan.measures == ("store_cities",)


@pytest.mark.parametrize(
    "follow_up",
    [
        "and per customer instead of per payment?",
        "ok and what does one customer spend on average over the month?",
    ],
)
def test_per_customer_after_the_average_payment_is_the_spend_per_customer(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "average payment in May", follow_up)
    assert plan.dimensions == ()
    assert plan.time_range == MAY
    assert plan.measures[0] in ("average_spend_per_customer", "revenue")
    assert plan.measures[-1] in ("average_spend_per_customer", "paying_customers")


def test_her_films_after_an_actors_films_are_still_hers(catalog: Catalog) -> None:
    known = KnownValues(actors=("SCARLETT BENING",), ratings=("G", "PG", "R"))
    previous = plan_question(
        "How many films has SCARLETT BENING been in?",
        catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        "how many of her films are rated R?",
        catalog=catalog, role="admin", as_of=AS_OF, known_values=known, previous=previous,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert set(plan.filters) == {
        Filter(dimension="actor", values=("SCARLETT BENING",)),
        Filter(dimension="rating", values=("R",)),
    }


def test_the_weakest_after_a_ranking_keeps_its_store_and_period(catalog: Catalog) -> None:
    plan = conversation(
        catalog,
        "store 1 may - which hour brought in the most revenue?",
        "which hour was the weakest?",
    )
    assert (plan.measures, plan.dimensions, plan.limit) == (("revenue",), ("hour",), 1)
    assert plan.order[0].direction == "asc"
    assert plan.filters == (Filter(dimension="store", values=(1,)),)
    assert plan.time_range == MAY


def test_how_many_payments_was_that_each_week_keeps_the_period(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "Show the takings for each week of May.", "how many payments was that each week?"
    )
    assert (plan.measures, plan.time_grain, plan.time_range) == (("payments",), "week", MAY)


@pytest.mark.parametrize(
    "follow_up", ["and sunday the 15th?", "and on the 15th?", "and the 15th on its own?"]
)
def test_a_day_without_its_month_is_in_the_month_asked_before(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "how many rentals were there on Saturday 14 May?", follow_up)
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (date(2022, 5, 15), date(2022, 5, 16))


@pytest.mark.parametrize(
    ("follow_up", "op", "value"),
    [
        ("and with at least 32?", ">=", 32),
        ("and with at least 32 films?", ">=", 32),
        ("what if I count the ones with exactly thirty-two as well?", ">=", 32),
        ("and 40 or more?", ">=", 40),
    ],
)
def test_a_threshold_moved_in_a_follow_up_replaces_the_old_one(
    catalog: Catalog, follow_up: str, op: str, value: float
) -> None:
    plan = conversation(catalog, "How many actors have appeared in more than 32 films?", follow_up)
    assert [(h.op, h.value) for h in plan.having] == [(op, value)]


def test_a_bound_on_the_other_side_makes_a_range(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "customers with more than 40 rentals", "and fewer than 45 rentals?"
    )
    assert sorted((h.op, h.value) for h in plan.having) == [("<", 45), (">", 40)]


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("takings from May 1 onwards", date(2022, 5, 1), None),
        ("what have we brought in since may began?", date(2022, 5, 1), None),
        ("income up to the end of april", None, date(2022, 5, 1)),
    ],
)
def test_open_periods_said_in_words(
    catalog: Catalog, question: str, start: date | None, end: date | None
) -> None:
    plan = conversation(catalog, question)
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (start, end)


def test_returns_after_the_last_rental_day_are_in_the_data(catalog: Catalog) -> None:
    """Returns go on after the last rental (the as-of date): a month of returns after it
    is answered; a month of rentals after it is not."""
    known = KnownValues(
        date_spans=(
            ("rental_date", date(2022, 2, 14), AS_OF),
            ("return_date", date(2022, 2, 15), date(2022, 9, 2)),
        )
    )
    returns = plan_question(
        "How many rentals were returned in September?",
        catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
    )  # fmt: skip
    assert isinstance(returns, QueryPlan) and returns.measures == ("returns",)
    rentals = plan_question(
        "How many rentals in September?", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(rentals, Unanswerable) and "forecast" in rentals.reason


def test_a_holiday_inside_a_film_title_is_the_title(catalog: Catalog) -> None:
    known = KnownValues(films=("HALLOWEEN NUTS",))
    plan = plan_question(
        "how many times was HALLOWEEN NUTS rented",
        catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert plan.filters == (Filter(dimension="film", values=("HALLOWEEN NUTS",)),)
    assert plan.time_range is None


@pytest.mark.parametrize("follow_up", ["and the cities?", "and which cities?"])
def test_the_cities_after_the_countries_of_some_customers_are_theirs(
    catalog: Catalog, follow_up: str
) -> None:
    plan = conversation(catalog, "countries with customers in store 1", follow_up)
    assert (plan.intent, plan.dimensions[0]) == ("list", "customer_city")
    assert [(e.measure, e.filters) for e in plan.exists] == [
        ("customers", (Filter(dimension="store", values=(1,)),))
    ]


def test_a_part_of_the_things_counted_moves_the_threshold_to_it(catalog: Catalog) -> None:
    plan = conversation(
        catalog,
        "countries with more than 10 customers and how many",
        "same but active customers only",
    )
    assert plan.measures == ("active_customers",)
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("active_customers", ">", 10)]
    assert plan.dimensions == ("customer_country",)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("what's sunrise leage rated?", "SUNRISE LEAGUE"),
        ("wat language is wash heavenley in?", "WASH HEAVENLY"),
    ],
)
def test_a_typo_in_a_title_is_matched_to_the_title(
    catalog: Catalog, question: str, film: str
) -> None:
    """Not to the English word one edit away ("leage": "leave")."""
    known = KnownValues(films=("SUNRISE LEAGUE", "WASH HEAVENLY"))
    plan = plan_question(question, catalog=catalog, role="admin", as_of=AS_OF, known_values=known)
    assert isinstance(plan, QueryPlan)
    assert Filter(dimension="film", values=(film,)) in plan.filters


def test_how_many_cities_is_that_after_the_cities_with_stores_counts_them(
    catalog: Catalog,
) -> None:
    plan = conversation(catalog, "cities with stores", "how many cities is that?")
    assert (plan.intent, plan.measures, plan.exists) == ("kpi", ("store_cities",), ())


def test_who_are_they_with_the_counted_things_ids_lists_them(catalog: Catalog) -> None:
    plan = conversation(
        catalog,
        "how many customers had at least twenty rentals in May?",
        "who are they? customer ids",
    )
    assert (plan.derived, plan.dimensions, plan.time_range) == (None, ("customer",), MAY)
    assert [(h.op, h.value) for h in plan.having] == [(">=", 20)]


def test_by_who_took_the_payment_is_by_staff_member(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "takings by month in q1 2022", "now also by who took the payment (staff id)"
    )
    assert plan.dimensions == ("staff",)
    assert plan.time_grain == "month"


@pytest.mark.parametrize("follow_up", ["and for the $4.99 ones?", "and the 4.99 ones?"])
def test_a_bare_amount_replaces_the_amount_condition(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "How many copies of $2.99 films do we hold?", follow_up)
    assert plan.filters == (Filter(dimension="rental_rate", values=(4.99,)),)
    assert plan.measures == ("inventory_copies",)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("numbr of stores locatd in Canada", "stores"),
        ("how many seperate customers rented in May?", "renting_customers"),
    ],
)
def test_typos_of_the_small_words_around_the_data(
    catalog: Catalog, question: str, measure: str
) -> None:
    known = KnownValues(countries=("Canada",))
    plan = plan_question(question, catalog=catalog, role="admin", as_of=AS_OF, known_values=known)
    assert isinstance(plan, QueryPlan) and plan.measures == (measure,)


def test_only_counting_active_customers_moves_the_threshold(catalog: Catalog) -> None:
    plan = conversation(
        catalog, "Which countries have more than ten customers?", "only counting active customers"
    )
    assert [(h.measure, h.op, h.value) for h in plan.having] == [("active_customers", ">", 10)]


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        ("and on the Sunday after?", date(2022, 5, 15)),
        ("and the Friday before?", date(2022, 5, 13)),
    ],
)
def test_a_weekday_after_a_single_day_is_the_next_such_day(
    catalog: Catalog, follow_up: str, day: date
) -> None:
    plan = conversation(catalog, "How many rentals did we have on Saturday, May 14?", follow_up)
    assert plan.time_range is not None
    assert (plan.time_range.start, plan.time_range.end) == (day, day + timedelta(days=1))


@pytest.mark.parametrize(
    ("follow_up", "measure"),
    [
        ("how many of those came back the same day?", "same_day_returns"),
        ("how many of them were returned?", "returned_rentals"),
    ],
)
def test_a_part_of_the_rentals_counted_is_of_those_rentals(
    catalog: Catalog, follow_up: str, measure: str
) -> None:
    """The rentals of that day that came back, not the returns dated that day."""
    plan = conversation(catalog, "How many rentals went out on May 14?", follow_up)
    assert plan.measures == (measure,)
    assert plan.time_range is not None and plan.time_range.start == date(2022, 5, 14)


def test_who_rented_it_keeps_the_film_and_the_period(catalog: Catalog) -> None:
    known = KnownValues(films=("MONEY HAROLD",))
    previous = plan_question(
        "rentals of MONEY HAROLD in May", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        "who rented it?", catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
        previous=previous,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert (plan.dimensions, plan.time_range) == (("customer",), MAY)
    assert plan.filters == (Filter(dimension="film", values=("MONEY HAROLD",)),)


@pytest.mark.parametrize(
    "follow_up",
    ["what's its official rental period?", "and how many days are they supposed to keep it?"],
)
def test_its_attribute_after_a_figure_of_one_film(catalog: Catalog, follow_up: str) -> None:
    known = KnownValues(films=("MONEY HAROLD",))
    previous = plan_question(
        "average days kept for MONEY HAROLD", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        follow_up, catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
        previous=previous,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert (plan.intent, plan.dimensions) == ("list", ("film", "rental_duration"))


def test_a_value_added_too_keeps_the_previous_one(catalog: Catalog) -> None:
    known = KnownValues(countries=("Poland", "Canada"))
    previous = plan_question(
        "rentals in Poland in May", catalog=catalog, role="admin", as_of=AS_OF, known_values=known
    )
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        "include Canada too", catalog=catalog, role="admin", as_of=AS_OF, known_values=known,
        previous=previous,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert plan.filters == (Filter(dimension="customer_country", values=("Poland", "Canada")),)


def test_without_the_filter_of_a_value_word_is_refused_not_ignored(catalog: Catalog) -> None:
    """ "Same without the active filter" once kept the active ones, silently."""
    previous = plan_question(
        "how many active customers rented in May", catalog=catalog, role="admin", as_of=AS_OF
    )
    assert isinstance(previous, QueryPlan)
    plan = plan_question(
        "same without the active filter", catalog=catalog, role="admin", as_of=AS_OF,
        previous=previous,
    )  # fmt: skip
    assert isinstance(plan, Unanswerable)


@pytest.mark.parametrize(
    "follow_up", ["could you do that for store 2 as well?", "and store 2 too, we might do it there"]
)
def test_another_store_as_well_is_that_store_instead(catalog: Catalog, follow_up: str) -> None:
    plan = conversation(catalog, "rentals by category at store 1 in May", follow_up)
    assert plan.filters == (Filter(dimension="store", values=(2,)),)


def test_a_share_asked_after_a_refused_question_is_refused_too(catalog: Catalog) -> None:
    # once store 1's share of all June payments, as if nothing came before
    result = plan_question(
        "as a share of store 1's june payments?", catalog=catalog, role="admin", as_of=AS_OF,
        previous=None, known_values=KNOWN, after_unanswered=True,
    )  # fmt: skip
    assert isinstance(result, Unanswerable)
    assert "wasn't answered" in result.reason


def test_a_title_with_the_word_range_is_the_film_not_a_range_of_values(catalog: Catalog) -> None:
    known = KnownValues(films=("RANGE MOONWALKER", "ACADEMY DINOSAUR"))
    plan = plan_question(
        "cast list for range moonwalker", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(plan, QueryPlan) and plan.derived != "range"
    assert any(f.values == ("RANGE MOONWALKER",) for f in plan.filters)
    ranged = plan_question(
        "replacement cost range (max - min)", catalog=catalog, role="admin", as_of=AS_OF,
        known_values=known,
    )  # fmt: skip
    assert isinstance(ranged, QueryPlan) and ranged.derived == "range"


def test_the_figure_of_the_previous_answer_asked_again_is_that_answer(catalog: Catalog) -> None:
    # "how much was that?" after the top film: its revenue, as shown (not refused as a
    # change that changed nothing)
    plan = conversation(catalog, "store 1 top earning film in July", "how much was that?")
    assert plan.limit == 1 and plan.measures == ("revenue",)
