"""The question reader's rules, each alone: a reader of ``READERS`` run by itself over a
question's mentions, a finisher of ``FINISHERS`` after all the readers. Each test says
what the planner is told about the question (no database)."""

from __future__ import annotations

from datetime import date

from bastion.catalog import load_catalog
from bastion.planner import Comparison, Filter
from bastion.planner.lexicon import catalog_lexicon
from bastion.planner.parse_question import (
    READERS,
    Finisher,
    Reader,
    Reading,
    find_mentions,
    implied_measures,
    ranked_noun,
    read,
    read_count,
    read_grain,
    read_measure,
    read_noun,
    read_rank,
    read_switches,
    read_time,
    read_unknown,
    read_value,
    singular_limit,
    time_ranges,
    unique_dimensions,
    values_to_filters,
    weak_measures,
)
from tests.planner.test_parse import AS_OF, KNOWN

CATALOG = load_catalog()


def reading(question: str, *readers: Reader) -> Reading:
    """``question`` read by ``readers`` alone, with no finisher."""
    mentions = find_mentions(question, CATALOG, KNOWN, AS_OF)
    return read(mentions, catalog_lexicon(CATALOG), readers, ())


def finished(question: str, finisher: Finisher) -> Reading:
    """``question`` read by every reader, then ``finisher`` alone."""
    mentions = find_mentions(question, CATALOG, KNOWN, AS_OF)
    return read(mentions, catalog_lexicon(CATALOG), READERS, (finisher,))


# -- READERS -------------------------------------------------------------------------------


def test_read_unknown_keeps_words_the_planner_does_not_know() -> None:
    assert reading("revenue by flibbertigibbet", read_unknown).parsed.unknown == ["flibbertigibbet"]
    assert reading("revenue by store", read_unknown).parsed.unknown == []


def test_read_time_keeps_each_period() -> None:
    found = reading("revenue last month and in June", read_time).times
    assert [(t.time_range.start, t.time_range.end) for t in found] == [
        (date(2022, 7, 1), date(2022, 8, 1)),
        (date(2022, 6, 1), date(2022, 7, 1)),
    ]


def test_read_value_negates_a_whole_list_after_excluding() -> None:
    assert reading("rentals excluding Action and Comedy films", read_value).values == [
        ("category", "Action", True, False),
        ("category", "Comedy", True, False),
    ]
    assert reading("Action rentals", read_value).values == [("category", "Action", False, False)]


def test_read_value_marks_values_compared_with_vs() -> None:
    assert reading("rentals of store 1 vs store 2", read_value).values == [
        ("store", 1, False, True),
        ("store", 2, False, True),
    ]


def test_read_measure_keeps_a_measure_named_by_a_verb_apart() -> None:
    named = reading("revenue", read_measure)
    assert named.parsed.measures == [("revenue",)]
    verb = reading("how much did store 1 make", read_measure)
    assert (verb.parsed.measures, verb.weak) == ([], [("revenue",)])


def test_read_noun_after_by_is_a_breakdown() -> None:
    assert reading("rentals by category", read_noun).parsed.dimensions == ["category"]


def test_read_noun_after_how_many_is_what_is_counted() -> None:
    parsed = reading("how many films", read_count, read_noun).parsed
    assert (parsed.measures, parsed.dimensions) == ([("films", "films_rented")], [])


def test_read_noun_after_all_clears_that_filter() -> None:
    assert reading("revenue for all stores", read_noun).parsed.cleared == {"store"}


def test_read_noun_leaves_a_plain_noun_unassigned_and_a_described_one_apart() -> None:
    assert [e.dimension for e in reading("films by category", read_noun).unassigned] == ["film"]
    described = reading("rentals by customers from India", read_noun)
    assert [e.dimension for e in described.described] == ["customer"]
    assert described.parsed.dimensions == []


def test_read_noun_after_a_ranking_breakdown_is_the_measure() -> None:
    parsed = reading("top 3 countries by customers", read_rank, read_noun).parsed
    assert parsed.dimensions == ["customer_country"]
    assert parsed.measures == [("customers", "renting_customers", "paying_customers")]


def test_read_grain_takes_one_grain_and_names_the_problem_with_two() -> None:
    assert reading("revenue per month", read_grain).parsed.grain == "month"
    parsed = reading("revenue per month per week", read_grain).parsed
    assert parsed.problems == ["I can show one time grain at a time (day, week, ...)."]


def test_read_rank_reads_direction_number_and_the_measure_it_names() -> None:
    top = reading("top 5 films", read_rank).parsed
    assert (top.direction, top.limit) == ("desc", 5)
    least = reading("least popular films", read_rank).parsed
    assert (least.direction, least.limit, least.measures) == ("asc", None, [("rentals",)])
    assert reading("best-selling categories", read_rank).parsed.measures == [("revenue",)]


def test_read_count_waits_for_the_noun() -> None:
    assert reading("how many", read_count).pending_count
    assert reading("how many films", read_count).parsed.measures == []


def test_read_switches_turns_on_all_time_distribution_and_trend() -> None:
    assert reading("revenue of all time", read_switches).parsed.all_time
    assert reading("distribution of rentals by rating", read_switches).parsed.distribution
    assert reading("rentals over time", read_switches).parsed.trend
    assert not reading("rentals by rating", read_switches).parsed.trend


# -- FINISHERS -----------------------------------------------------------------------------


def test_weak_measures_count_only_when_nothing_else_is_named() -> None:
    assert finished("how much did store 1 make", weak_measures).parsed.measures == [("revenue",)]
    assert finished("how many rentals did store 1 make", weak_measures).parsed.measures == [
        ("rentals",)
    ]


def test_ranked_noun_is_the_breakdown_of_a_ranking() -> None:
    assert finished("top 10 films", ranked_noun).parsed.dimensions == ["film"]
    assert finished("films by category", ranked_noun).parsed.dimensions == ["category"]


def test_implied_measures_come_from_the_subject_or_a_described_noun() -> None:
    subject = finished("customers by country", implied_measures).parsed
    assert subject.noun_measures == [("customers", "renting_customers", "paying_customers")]
    assert not subject.default_measure
    described = finished("Action films", implied_measures).parsed
    assert described.described_measures == [("films", "films_rented")]
    assert finished("top 10 films", implied_measures).parsed.default_measure


def test_singular_limit_shows_the_top_one() -> None:
    assert finished("which store had the most rentals", singular_limit).parsed.limit == 1
    assert finished("which stores had the most rentals", singular_limit).parsed.limit is None


def test_unique_dimensions_names_each_once() -> None:
    parsed = finished("rentals by store and by store", unique_dimensions).parsed
    assert parsed.dimensions == ["store"]


def test_values_to_filters_one_filter_per_dimension() -> None:
    parsed = finished("Action and Comedy rentals excluding store 2", values_to_filters).parsed
    assert parsed.filters == [
        Filter(dimension="category", values=("Action", "Comedy")),
        Filter(dimension="store", values=(2,), negate=True),
    ]


def test_values_to_filters_compares_values_named_with_vs() -> None:
    parsed = finished("rentals of store 1 vs store 2", values_to_filters).parsed
    assert parsed.comparison == Comparison(dimension="store", values=(1, 2))
    assert parsed.filters == []


def test_time_ranges_one_period_or_periods_to_compare() -> None:
    one = finished("revenue in June", time_ranges).parsed
    assert one.time_range is not None and one.time_range.start == date(2022, 6, 1)
    assert one.comparison is None
    two = finished("revenue in June vs July", time_ranges).parsed
    assert two.time_range is None and two.comparison is not None
    assert [p.label for p in two.comparison.periods] == ["June 2022", "July 2022"]
