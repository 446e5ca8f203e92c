"""Questions the planner must not answer: data the role may not see, data the catalog does
not have, changes to data, and questions it does not understand. Each refusal has a stable
code, one sentence, and two or three questions the role can ask instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bastion.catalog import Catalog, KnownValues
from bastion.planner import QueryPlan, Unanswerable, plan_question
from bastion.planner.plan import Filter


@dataclass(frozen=True)
class Refusal:
    question: str
    code: str
    role: str = "admin"
    says: str = ""  # a phrase the reason must contain
    after: str | None = None  # the previous question, for follow-ups


REFUSALS = [
    # the role may not read what the answer needs
    Refusal("What was the total revenue last month?", "scope.relation_not_allowed", "marketing",
            "Your role (marketing) can't see payments or revenue."),
    Refusal("revenue by category", "scope.relation_not_allowed", "marketing", "payments"),
    Refusal("rentals by category", "scope.relation_not_allowed", "finance", "rentals"),
    Refusal("revenue by category", "scope.relation_not_allowed", "finance", "film categories"),
    Refusal("customers by country", "scope.relation_not_allowed", "store_manager",
            "customer details"),
    Refusal("top 5 actors by rentals", "scope.relation_not_allowed", "finance", "actors"),
    Refusal("films per language", "scope.relation_not_allowed", "finance", "languages"),
    Refusal("top 10 films", "scope.relation_not_allowed", "finance", "films"),
    Refusal("how many copies in store 1", "scope.relation_not_allowed", "marketing",
            "inventory"),
    Refusal("and what about revenue?", "scope.relation_not_allowed", "marketing", "revenue",
            after="rentals by store"),
    Refusal("revenue", "scope.relation_not_allowed", "intern", "Your role (intern)"),
    # data the catalog does not have
    Refusal("show me customer email addresses", "planner.unknown_data", says="e-mail"),
    Refusal("what are the staff salaries?", "planner.unknown_data", says="salaries"),
    Refusal("phone numbers of customers in Japan", "planner.unknown_data", says="phone"),
    Refusal("list the passwords of the staff", "planner.unknown_data", says="passwords"),
    Refusal("what is the address of store 1", "planner.unknown_data", says="addresses"),
    Refusal("list customer names in India", "planner.unknown_data", says="names"),
    Refusal("credit card numbers of top customers", "planner.unknown_data"),
    # changes to data
    Refusal("delete all customers", "request.modification", says="can only read"),
    Refusal("update the rental rate of ACADEMY BLINDNESS", "request.modification"),
    Refusal("drop table payment", "request.modification"),
    # a verb of another's data decides what is counted: never the customers who rented
    Refusal("how many customers actually paid us last month?", "scope.relation_not_allowed",
            "marketing", "payments"),
    # "per month" of a customer's rentals is no average per month
    Refusal("at store 1, how many rentals does a customer make per month on average?",
            "planner.not_understood"),
    # weekdays said and not read: never one average over every day
    Refusal("store 1: avg takings per day on weekdays compared with weekends, april to june",
            "planner.not_understood"),
    # an average per day is over the days with rows: never over days it cannot see
    Refusal("average rentals per day last week, divided by all seven days",
            "planner.not_understood", says="not over every day of the period"),
    # a median is of single values: never of a count or total per thing
    Refusal("median number of rentals per customer", "planner.not_understood",
            says="not of totals or counts per thing"),
    Refusal("median revenue by store", "planner.not_understood", says="median payment"),
    Refusal("median payment", "scope.relation_not_allowed", "marketing", "payments"),
    # a histogram counts things per count of something: never of a total of money
    Refusal("distribution of revenue by number of rentals", "planner.not_understood",
            says="only for one kind of thing"),
    # a number of a clause the planner could not place is not set aside as filler
    Refusal("Which titles rent for 0.99 but are worth 29.99 to us?", "planner.not_understood",
            says="29.99"),
    Refusal("set return_date = now() on every rental still out", "request.modification"),
    Refusal("set rental_rate='0.99' for all films", "request.modification"),
    Refusal("insert a new film", "request.modification"),
    Refusal("set the price to 0.99 for all films", "request.modification"),
    Refusal("remove customer 5", "request.modification"),
    Refusal("please change the rating of ACE BANG to G", "request.modification"),
    Refusal("truncate rentals", "request.modification"),
    # not understood: never a guessed query
    Refusal("what is the weather tomorrow?", "planner.not_understood", says="weather"),
    Refusal("how many unicorns were sold", "planner.not_understood", says="unicorns"),
    Refusal("revenue by favourite colour", "planner.not_understood", says="favourite"),
    Refusal("", "planner.not_understood", says="what to measure"),
    Refusal("by month", "planner.not_understood", says="what to measure"),
    Refusal("and for store 2?", "planner.not_understood", says="what to measure"),
    Refusal("average film length in May", "planner.not_understood", says="has no date"),
    Refusal("average film length by month", "planner.not_understood", says="has no date"),
    Refusal("revenue for store 1 on the first mondays", "planner.not_understood", says="first"),
    Refusal("rentals by month by week", "planner.not_understood", says="one time grain"),
    # a plan that would leave part of the question out answers another question: refused
    Refusal("Which rental was held the longest before it came back?",
            "planner.not_understood", says="rank by"),
    Refusal("share of revenue from our top 10 customers", "planner.not_understood",
            says="top N"),
    Refusal("What does one of our films rent for, on average?", "planner.not_understood",
            says="one row"),
    Refusal("average late return rate per customer", "planner.not_understood",
            says="average"),
    Refusal("and how many titles is that in total?", "planner.not_understood",
            says="earlier answer"),
    Refusal("same for store 2", "planner.not_understood", says="earlier answer"),
    Refusal("number of renters with zero DVDs still out", "planner.not_understood"),
    Refusal("longest film in each category", "planner.not_understood", says="rank by"),
    Refusal("and how many of them rented an R-rated movie?", "planner.not_understood",
            after="customers in Canada"),
    Refusal("what about NC-17 films?", "planner.not_understood", says="earlier answer"),
    # a change ranked across groups is not computed yet: refused, not the plain figure ranked
    Refusal("Which genre saw the biggest drop in rentals from July to August?",
            "planner.not_understood", says="not rank them by it"),
    Refusal("Which titles hit 15+ rentals in each of my two stores?", "planner.not_understood",
            says="both at once"),
    Refusal("How many customers over 50 rented R-rated films in July?", "planner.unknown_data",
            says="ages"),
    Refusal("R rentals by customers under 18 - any?", "planner.unknown_data", says="ages"),
    Refusal("custmers w/ horror rentals in july but none in aug - how many",
            "planner.not_understood"),
    Refusal("what's the longest anyone kept a DVD before bringing it back?",
            "planner.not_understood", says="how long each rental was out"),
    Refusal("how many customers have rented the same film more than once?",
            "planner.not_understood"),
    Refusal("what are the names of the people who work at my store?", "planner.unknown_data",
            role="store_manager", says="names"),
    # every actor has some film that is not Japanese: not those actors, nor a count of them
    Refusal("Which actors with more than 30 films have never done a Japanese film?",
            "planner.not_understood", says="ask for the list"),
    Refusal("how many customers is that?", "planner.not_understood",
            says="previous answer lists films", after="which films were never rented"),
    Refusal("and how many of those were rentals?", "planner.not_understood",
            says="rows of the previous answer", after="revenue by store"),
    Refusal("list her nc-17 titles", "planner.not_understood", says="carry the rows",
            after="actor with the highest number of nc-17 films"),
    # staff ids stored in rentals are still the staff's: marketing reads neither
    Refusal("which employee handled the most rentals at store 1 this month?",
            "scope.relation_not_allowed", "marketing", "staff"),
    Refusal("rentals by staff", "scope.relation_not_allowed", "marketing", "staff"),
    Refusal("who manages store 2", "scope.relation_not_allowed", "marketing", "staff"),
    Refusal("and how much did they spend", "planner.not_understood", says="earlier answer"),
    Refusal("how much have non-sports films earned?", "scope.relation_not_allowed",
            "marketing", "revenue"),
    Refusal("most rented film in each category", "planner.not_understood",
            says="within each group"),
    Refusal("break the titles down by how many days they can be kept out",
            "planner.not_understood"),
    # "each of them" after a threshold, its rows not carried (masked for the asker): never
    # the threshold regrouped by the new dimension (stores with 40+ rentals)
    Refusal("which store is each of them registered at?", "planner.not_understood",
            says="carry the rows", after="Which customers have rented at least forty times?"),
    # how long one rental was out is not a film's length nor its rental duration
    Refusal("store 2 aug rentals retruned in under 24h", "planner.not_understood",
            says="how long each rental was out"),
    Refusal("How many of store 2's August rentals came back within a day?",
            "planner.not_understood", says="how long each rental was out"),
    # "that month" after a breakdown by month: which one is not known, never every month
    Refusal("How much of that month's revenue did each staff member take?",
            "planner.not_understood", says="which month",
            after="Show me the revenue for each month from February to July 2022."),
    # a period relative to another, not to today: never read as today's
    Refusal("how many rentals in the following hour", "planner.not_understood",
            says="not one relative to another"),
    # a time of day that is not a whole hour: no guessed rounding
    Refusal("rentals after 8:30pm", "planner.not_understood", says="whole hour"),
    # "still", "currently", "yet" about events, with no state read: never all the rentals
    Refusal("rentals yet to come back", "planner.not_understood", says="“yet”"),
    Refusal("how many copies are currently checked in", "planner.not_understood",
            says="“currently”"),
    # an exclusion that leaves nothing out is never dropped unsaid
    Refusal("rentals excluding late returns", "planner.not_understood", says="“excluding”"),
    # a period after the data's last day: nothing recorded, no forecast
    Refusal("How many rentals will we do in September?", "planner.not_understood",
            says="don't forecast"),
    # a change to a question that is not there (the previous one was refused)
    Refusal("same but within 24 hours", "planner.not_understood", says="earlier answer"),
    Refusal("Only NC-17 films, please.", "planner.not_understood", says="earlier answer"),
    # customers of both stores at once: rows in both, which a filter cannot say
    Refusal("How many customers rented from both stores in June?", "planner.not_understood",
            says="in both at once"),
    # each customer's figure at one store against the other: never the stores ranked
    Refusal("How many customers rent more from store 2 than from store 1?",
            "planner.not_understood", says="not each of the customers"),
    Refusal("which films were rented more at store 2 than at store 1", "planner.not_understood",
            says="not each of the films"),
    # one value's count for every one of another: a ratio, never the two summed
    Refusal("How many R-rated films do we have for every G-rated film?",
            "planner.not_understood", says="divide"),
    Refusal("how many comedies for every drama", "planner.not_understood", says="divide"),
    # how many rows a ranking kept: not the list shown again, not every film counted
    Refusal("how many films did that come to?", "planner.not_understood",
            after="cheapest films to rent that are over 3 hours long", says="count the rows"),
    # one thing's own values against each other: never a breakdown by one of them
    Refusal("how many customers rented something on the same day they signed up?",
            "planner.not_understood", says="own values"),
    Refusal("customers who live in their home store's country", "planner.not_understood",
            says="own values"),
    Refusal("how many payments were for exactly the film's rental rate?",
            "planner.not_understood", says="own values"),
    # "never" with a film's attribute compared: no event to deny, never the rows themselves
    # (a year of release is read as the films' year: "no films from 2023 onwards")
    # a place other than the first of something that is not one ranking: never the first
    Refusal("what was the second most recent rental?", "planner.not_understood",
            says="second (or third) of one ranking"),
    Refusal("what were the 2nd and 3rd busiest months", "planner.not_understood"),
    # "with a store" that nothing uses: never the cities with no customers at all
    Refusal("cities with a store but zero customers", "planner.not_understood",
            says="what the store is for"),
    # a rental against an earlier one of the same customer
    Refusal("how many customers went back and rented a movie they'd already rented before?",
            "planner.not_understood", says="own values"),
    # up a lookup and down another: each payment would count for every copy of its film
    Refusal("revenue by copy", "planner.not_understood", says="only through the film"),
    Refusal("quick one: revenue per copy for each store", "planner.not_understood",
            says="only through the film"),
    # a customer's home store against the store a rental was made at: two stores
    Refusal("rentals broken down by customer home store vs the store they rented from",
            "planner.not_understood", says="home store against the store"),
    # a number the planner cannot place is never set aside as not about the data
    Refusal("english, rated PG, 0.99, < 60 min", "planner.not_understood", says="0.99"),
    # a change between two halves of a month: not a month over month growth
    Refusal("By how much did store 2's rentals change from the first half of July to the "
            "second half?", "planner.not_understood", says="not the change across several"),
    # "the sum of those payments" after a count of them: never the count again
    Refusal("And the sum of those payments?", "planner.not_understood",
            after="payment ids of customer 148 in july at my two stores"),
    # a count of things past a threshold broken down by what each has several of: never
    # the groups' own figures, nor a count per group that reads as per thing
    Refusal("by category?", "planner.not_understood", says="can't yet break that count down",
            after="how many actors are in more than 30 films"),
    # the customers' home store is customer data: a store manager reads no customers
    Refusal("rentals by home store", "scope.relation_not_allowed", "store_manager"),
    Refusal("how many August rentals by customers registered at store 1?",
            "scope.relation_not_allowed", "store_manager"),
    # a clause of unknown words that says what is asked is never set aside as filler:
    # never all customers by their average days kept, nor every film by rentals
    Refusal("fastest retuner (avg days kept per custmer)", "planner.not_understood",
            says="fastest"),
    Refusal("least rented titles at store 1 (ignore ones never rented)",
            "planner.not_understood"),
    # "travel" as a verb is not the Travel category
    Refusal("how far do people travel to get to my shop? want to size the catchment area",
            "planner.not_understood"),
    # a person or a thing asked for: never a bare figure
    Refusal("Who has copy 224 out at the moment? customer id is fine", "planner.not_understood",
            says="name"),
    # bands are not one range: never the rentals of films under 60 and over 120 minutes
    Refusal("August rentals by film length: under an hour, one to two hours, over two hours",
            "planner.not_understood", says="bands"),
    # a distribution of counts of what cannot be counted per thing: never a guess
    Refusal("distribution of stores by number of languages", "planner.not_understood",
            says="only for one kind of thing"),
    # how late, in days: never the films whose rental period is over 2 days
    Refusal("How many of my store's July rentals came back more than two days late?",
            "planner.not_understood", "store_manager", says="days late"),
    # every copy of a film out: never the films with one copy out
    Refusal("Which titles at my store have every single copy out right now?",
            "planner.not_understood", "store_manager", says="every one"),
    Refusal("any films at store 1 where all our discs are currently out with customers?",
            "planner.not_understood", says="every one"),
    # the first time each film was rented: never the first rental of a period
    Refusal("titles that got their first ever rental in the last week of july",
            "planner.not_understood", says="first time"),
    # months the data covers in full: only of dated rows, per month (never a guess)
    Refusal("how many customers signed up in each full month", "planner.not_understood",
            says="only when the answer is given per month or per week"),
    # a share of customers: never a share of rentals
    Refusal("% of custmers with a dvd still out", "planner.not_understood",
            says="share of the custmers"),
    # "in percent" with no percentage in the plan: never the figures alone
    Refusal("rentals by store last week, in percent of the July total?",
            "planner.not_understood", says="percentage"),
    # both of two values across a thing's rows: never one row (a film) in both categories
    Refusal("customers who rented both Action and Comedy films", "planner.not_understood",
            says="one row holds both"),
    Refusal("actors who appeared in both Action and Comedy films", "planner.not_understood",
            says="one row holds both"),
    # a threshold counting the things one of them picked: never counted among that one
    Refusal("which of those actors have more than 30 films", "planner.not_understood",
            says="picked by one film", after="list the actors in BLUES TELEGRAPH"),
    # the home store of each renter is customer data: never the store they rented at
    Refusal("of the people who rented from us last week, how many are registered with each "
            "store?", "scope.relation_not_allowed", "store_manager"),
    # a list asked for is never answered with a count of it
    Refusal("List the payments above $10 for store 1 copies between April 1 and June 30.",
            "planner.not_understood", says="which things to list"),
    Refusal("customer 67 rentals jul 1-15, titles", "planner.not_understood",
            says="which things to list"),
    # a share is of its own whole: late returns are rentals, not films
    Refusal("What share of the Family films rented at my store in August came back late?",
            "planner.not_understood", "store_manager", "share only of what its whole counts"),
    # a share in each of two periods is not compiled (it once failed with a 500)
    Refusal("Were store 2's May takings up on April's, and by what percentage?",
            "planner.not_understood", "store_manager", "several periods"),
    # a share among things with or without something: its SQL once dropped the condition
    # (the share of every Sports copy, not of those on the shelf)
    Refusal("What share of my store's Sports copies are on the shelf rather than out?",
            "planner.not_understood", "store_manager", "have (or lack) something"),
    # two states side by side: once answered with the copies out only
    Refusal("For each store, how many copies are out with customers and how many are on the "
            "shelf?", "planner.not_understood", says="one at a time"),
    Refusal("copies out vs in, per store", "planner.not_understood", says="one at a time"),
    # the money of the rows a state picks: once answered with the number of those rentals
    Refusal("how much was paid for the rentals still out at store 1", "planner.not_understood",
            says="can't yet total one thing"),
    # bands the asker names: once one total over the hours of the first two bands
    Refusal("split my store's Q2 takings into before noon, noon to 6pm, and 6pm onwards",
            "planner.not_understood", "finance", "bands you name"),
    # the date of each one's own last event: once renting customers and one last payment
    Refusal("store 1: number of customers whose last payment there was before june 1",
            "planner.not_understood", "store_manager", "first or last event"),
    # a breakdown nobody asked for: once one row per rental, per replacement cost
    Refusal("india + registered store 1 + unreturned rental: customer count",
            "planner.not_understood", says="per rental"),
    Refusal("My area manager wants to know what it would cost to replace every PG-13 copy at "
            "store 2. Total replacement cost?", "planner.not_understood", "store_manager",
            "per replacement cost"),
    # a breakdown asked for and dropped: once one total for both stores
    Refusal("what are the sales figures of the different stores", "planner.not_understood",
            says="breakdown by store"),
    # a second question the plan cannot carry: once answered by halves
    Refusal("How much was payment 20202, and when was it made?", "planner.not_understood",
            says="asks two things"),
    # films picked by how many categories they are in: once all the films counted
    Refusal("single-genre titles", "planner.not_understood", says="how many categories"),
    Refusal("titles that belong to one category only", "planner.not_understood",
            says="how many categories"),
    # a customer's state never read from the staff on the rental (once "copies, where
    # active is inactive" for a store manager, who sees no customers)
    Refusal("which inactive customers still have one of my dvds?", "planner.not_understood",
            role="store_manager"),
    # values of an attribute counted only when "distinct / different / unique" says so
    # (once "Counting rental rates, where replacement cost > 5.0")
    Refusal("how many films cost more than five times their rental rate to replace?",
            "planner.not_understood"),
    # a second ask whose follow-up adds nothing to the list: not carried (the "where")
    Refusal("do we have any branches in canada? which ones, and where?",
            "planner.not_understood", says="asks two things"),
    # periods added together only when one follows the other
    Refusal("rentals in may and july combined", "planner.not_understood",
            says="one follows the other"),
    # a district is where customers live, like their city: not a store manager's to see,
    # and a customer's street stays personal data for everyone
    Refusal("customers per district", "scope.relation_not_allowed", "store_manager",
            "customer"),
    Refusal("street address of the customers in California", "planner.unknown_data",
            says="addresses"),
    # one count over another is no share of the whole (once "R or PG films / all films")
    Refusal("What is the ratio of R-rated films to PG-rated films?", "planner.not_understood",
            says="divide one count by another"),
    # the customers' cities, never the store's city in their place (a store manager sees no
    # customers)
    Refusal("how many cities do the customers of my second store come from?",
            "scope.relation_not_allowed", role="store_manager"),
    Refusal("leaving out India and China, in how many countries do my stores' customers live?",
            "scope.relation_not_allowed", role="store_manager"),
    # each one's rentals per day, counted: once a threshold on all of June's rentals
    Refusal("customers with 2+ rentals on a single day in june - how many",
            "planner.not_understood", says="the same day"),
    # "the same city" as a place said before: once the previous country kept
    Refusal("what about the same city?", "planner.not_understood", says="the same day",
            after="customers living in store 1's country - how many?"),
    # a change asked and none read: once the previous answer again
    Refusal("same but their total across all payments", "planner.not_understood",
            says="what to change", after="customers with at least one payment over $10 - count"),
    # a condition asked and not read: once the previous count again, all customers
    Refusal("only active customers", "planner.not_understood", says="what to change",
            after="How many customers rented 20 or more times in July?"),
    # a share of two figures at once is refused, never a plan that cannot be compiled
    Refusal("Of the payments made in June, what share were for store 2? The number of payments.",
            "planner.not_understood", says="one figure at a time"),
]  # fmt: skip


@pytest.mark.parametrize("case", REFUSALS, ids=[f"{r.question} [{r.role}]" for r in REFUSALS])
def test_refused_with_code_reason_and_suggestions(
    case: Refusal, catalog: Catalog, known_values: KnownValues
) -> None:
    previous: QueryPlan | None = None
    as_of = date(2022, 8, 24)
    if case.after is not None:
        planned = plan_question(
            case.after, catalog=catalog, role=case.role, as_of=as_of, known_values=known_values
        )
        assert isinstance(planned, QueryPlan)
        previous = planned
    result = plan_question(
        case.question,
        catalog=catalog,
        role=case.role,
        as_of=as_of,
        previous=previous,
        known_values=known_values,
    )
    assert isinstance(result, Unanswerable), result
    assert result.code == case.code, result
    assert case.says in result.reason
    allowed = catalog.suggestions_for_role(case.role)
    if case.role in catalog.roles:
        assert 2 <= len(result.suggestions) <= 3
    assert set(result.suggestions) <= set(allowed)


def test_customers_by_category_means_renting_customers_when_a_breakdown_needs_it(
    catalog: Catalog,
) -> None:
    """The customer base has no film categories: for a breakdown by category "customers"
    takes its next meaning, renting customers."""
    plan = plan_question(
        "how many customers rented per category", catalog=catalog, role="admin",
        as_of=date(2022, 8, 24),
    )  # fmt: skip
    assert isinstance(plan, QueryPlan)
    assert plan.measures == ("renting_customers",)


def test_suggestions_of_a_refusal_are_answerable_by_that_role(
    catalog: Catalog, known_values: KnownValues
) -> None:
    for role in catalog.roles:
        refusal = plan_question(
            "delete everything", catalog=catalog, role=role, as_of=date(2022, 8, 24)
        )
        assert isinstance(refusal, Unanswerable)
        for question in refusal.suggestions:
            plan = plan_question(
                question, catalog=catalog, role=role, as_of=date(2022, 8, 24),
                known_values=known_values,
            )  # fmt: skip
            assert isinstance(plan, QueryPlan), (role, question, plan)


def test_a_plan_that_leaves_a_named_value_out_is_refused(catalog: Catalog) -> None:
    # whatever reading dropped it, an answer that ignores "Action" answers another question
    from bastion.planner.parse_question import ParsedQuestion
    from bastion.planner.plan_question import _unanswered

    parsed = ParsedQuestion(named_values=[(("category", "Action"),), (("store", 2),)])
    kept = QueryPlan(
        intent="kpi",
        measures=("rentals",),
        filters=(
            Filter(dimension="category", values=("Action",)),
            Filter(dimension="store", values=(2,)),
        ),
    )
    assert _unanswered(kept, parsed, catalog, "") is None
    dropped = kept.model_copy(update={"filters": kept.filters[1:]})
    assert "Action" in (_unanswered(dropped, parsed, catalog, "") or "")
    grouped = ParsedQuestion(named_dimensions=[("rating", ())])
    assert "rating" in (_unanswered(kept, grouped, catalog, "") or "")
    dated = ParsedQuestion(named_times=1)
    assert "period" in (_unanswered(kept, dated, catalog, "") or "")
