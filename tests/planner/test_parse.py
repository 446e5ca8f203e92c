"""Loose phrasings -> the parts of a plan (planning only, no database)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bastion.catalog import Catalog, KnownValues
from bastion.planner import Filter, QueryPlan, plan_question

AS_OF = date(2022, 8, 24)
KNOWN = KnownValues(
    categories=("Action", "Comedy", "New", "Sci-Fi"),
    ratings=("G", "PG", "PG-13", "R", "NC-17"),
    countries=("India", "Japan", "United States"),
    cities=("Monbeljuville",),
    actors=("PATRICK TAYLOR",),
    films=("BLUES TELEGRAPH",),
)


def plan(catalog: Catalog, question: str, role: str = "admin") -> QueryPlan:
    result = plan_question(question, catalog=catalog, role=role, as_of=AS_OF, known_values=KNOWN)
    assert isinstance(result, QueryPlan), result
    return result


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which genre earns the most?", {"measures": ("revenue",), "limit": 1}),
        ("what percentage of rentals are late", {"measures": ("late_return_rate",)}),
        ("How long do customers keep films on average?", {"measures": ("average_rental_days",)}),
        ("How many rentals are still not returned?", {"measures": ("unreturned_rentals",)}),
        ("how many rentals did store 1 make", {"measures": ("rentals",)}),
        ("how much did store 1 make", {"measures": ("revenue",)}),
        ("how many customers rented in June", {"measures": ("renting_customers",)}),
        ("how many films were rented in July", {"measures": ("films_rented",)}),
        ("how many films", {"measures": ("films",)}),
        ("which films were rented the most", {"dimensions": ("film",), "measures": ("rentals",)}),
        ("Which actor's films were rented the most?", {"dimensions": ("actor",), "limit": 1}),
        ("top 3 countries by customers", {"measures": ("customers",), "limit": 3}),
        ("top 10 customers by revenue", {"dimensions": ("customer",), "limit": 10}),
        ("What are the 5 most popular films?", {"measures": ("rentals",), "limit": 5}),
        ("best-selling categories", {"measures": ("revenue",), "dimensions": ("category",)}),
        ("the 3 worst performing ratings", {"dimensions": ("rating",), "limit": 3}),
        ("revenue per store per month", {"dimensions": ("store",), "time_grain": "month"}),
        ("how did rentals develop", {"intent": "trend", "time_grain": "month"}),
        ("rentals by day of the week", {"dimensions": ("weekday",)}),
        ("sci-fi rentals", {"filters": (Filter(dimension="category", values=("Sci-Fi",)),)}),
        ("R-rated films", {"filters": (Filter(dimension="rating", values=("R",)),)}),
        ("pg-13 revenue", {"filters": (Filter(dimension="rating", values=("PG-13",)),)}),
        ("revenue from New films", {"filters": (Filter(dimension="category", values=("New",)),)}),
        (
            "rentals in india",
            {"filters": (Filter(dimension="customer_country", values=("India",)),)},
        ),
        (
            "films starring patrick taylor",
            {"filters": (Filter(dimension="actor", values=("PATRICK TAYLOR",)),)},
        ),
        (
            "revenue from BLUES TELEGRAPH",
            {"filters": (Filter(dimension="film", values=("BLUES TELEGRAPH",)),)},
        ),
        (
            "revenue excluding Action and Comedy films",
            {"filters": (Filter(dimension="category", values=("Action", "Comedy"), negate=True),)},
        ),
        (
            "revenue not in store 1 for Action films",
            {
                "filters": (
                    Filter(dimension="store", values=(1,), negate=True),
                    Filter(dimension="category", values=("Action",)),
                )
            },
        ),
        ("revenue for stores 1 and 2", {"filters": (Filter(dimension="store", values=(1, 2)),)}),
        ("top 500 films", {"limit": 200}),
    ],
)
def test_phrasing(catalog: Catalog, question: str, expected: dict[str, Any]) -> None:
    planned = plan(catalog, question)
    assert {key: getattr(planned, key) for key in expected} == expected


@pytest.mark.parametrize(
    ("question", "role", "measure"),
    [
        ("how many customers", "admin", "customers"),
        ("how many customers", "store_manager", "renting_customers"),
        ("how many customers", "finance", "paying_customers"),
        ("customers in May", "admin", "renting_customers"),  # the customer base has no date
        ("top 10 films", "admin", "rentals"),
        ("top 5 stores", "finance", "revenue"),
    ],
)
def test_a_shared_phrase_means_what_the_role_can_read(
    catalog: Catalog, question: str, role: str, measure: str
) -> None:
    assert plan(catalog, question, role).measures == (measure,)


def test_an_ordinary_word_is_not_a_value_without_context(catalog: Catalog) -> None:
    # "new customers" are sign-ups, not customers of the category New
    result = plan_question(
        "how many new customers", catalog=catalog, role="admin", as_of=AS_OF, known_values=KNOWN
    )
    assert isinstance(result, QueryPlan)
    assert result.measures == ("new_customers",)
    assert result.filters == ()


def test_without_known_values_only_fixed_values_are_recognised(catalog: Catalog) -> None:
    assert plan_question("PG-13 rentals", catalog=catalog, role="admin", as_of=AS_OF) == plan(
        catalog, "PG-13 rentals"
    )
    refused = plan_question("Action rentals", catalog=catalog, role="admin", as_of=AS_OF)
    assert not isinstance(refused, QueryPlan)
