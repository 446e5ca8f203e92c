"""The values that exist in the data (categories, ratings, places, actors, film titles),
which the planner needs to recognise "Action films" or "customers in Japan" without
touching the database per question. Loaded once per data set by the caller.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import psycopg

from bastion.caches import SharedLRU
from bastion.catalog.spec import KnownValuesField


@dataclass(frozen=True, eq=False)
class KnownValues:
    """Distinct values per kind, as stored (the planner matches them case-insensitively)."""

    categories: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()  # of addresses: "California", "Buenos Aires"
    actors: tuple[str, ...] = ()  # "PENELOPE GUINESS"
    films: tuple[str, ...] = ()  # titles, "ACADEMY DINOSAUR"
    languages: tuple[str, ...] = ()
    actor_first_names: tuple[str, ...] = ()
    actor_last_names: tuple[str, ...] = ()
    # the stores in each city and country ("the Hamilton store"): the stores that stock
    # anything there, or every store there when none does
    store_places: tuple[tuple[str, tuple[int, ...]], ...] = ()
    newest_date: date | None = None  # newest payment or rental day: the default as-of date
    oldest_date: date | None = None  # oldest payment or rental day: nothing is before it
    # The first and last day of each kind of dated row, by its date column ("payment_date",
    # "rental_date"): which months and weeks the data covers in full.
    date_spans: tuple[tuple[str, date, date], ...] = ()
    stocked_stores: tuple[int, ...] = ()  # the stores with copies: "both stores" are these two

    def values_of(self, field: KnownValuesField) -> tuple[str, ...]:
        values: tuple[str, ...] = getattr(self, field)
        return values


@dataclass(frozen=True)
class DataFacts:
    """Facts about the loaded data set that planning needs: which data set is loaded, its
    as-of date (its newest payment or rental day; "last month" is relative to it) and its
    known values. ``memo`` keeps what is a pure function of a question and these facts
    (how it is screened and planned), so a question asked again is not planned again; it
    goes with the facts when another data set is loaded."""

    dataset_id: int | None
    as_of: date
    known_values: KnownValues
    memo: SharedLRU[Hashable, Any] = field(
        default_factory=lambda: SharedLRU(maxsize=4096), compare=False, repr=False
    )


_QUERIES: dict[KnownValuesField, str] = {
    "categories": "SELECT name FROM {s}.category ORDER BY 1",
    "ratings": "SELECT unnest(enum_range(NULL::{s}.mpaa_rating))::text",
    "countries": "SELECT DISTINCT country FROM {s}.country ORDER BY 1",
    "cities": "SELECT DISTINCT city FROM {s}.city ORDER BY 1",
    "districts": "SELECT DISTINCT district FROM {s}.address WHERE district <> '' ORDER BY 1",
    "actors": "SELECT DISTINCT first_name || ' ' || last_name FROM {s}.actor ORDER BY 1",
    "films": "SELECT DISTINCT title FROM {s}.film ORDER BY 1",
    "languages": "SELECT DISTINCT trim(name) FROM {s}.language ORDER BY 1",
    "actor_first_names": "SELECT DISTINCT first_name FROM {s}.actor ORDER BY 1",
    "actor_last_names": "SELECT DISTINCT last_name FROM {s}.actor ORDER BY 1",
}
_STORE_PLACES = """
WITH located AS (
    SELECT s.store_id, ci.city, co.country,
           EXISTS (SELECT 1 FROM {s}.inventory i WHERE i.store_id = s.store_id) AS stocked
    FROM {s}.store s
    JOIN {s}.address a ON a.address_id = s.address_id
    JOIN {s}.city ci ON ci.city_id = a.city_id
    JOIN {s}.country co ON co.country_id = ci.country_id
), places AS (
    SELECT city AS place, store_id, stocked FROM located
    UNION
    SELECT country, store_id, stocked FROM located
)
SELECT place,
       coalesce(array_agg(store_id ORDER BY store_id) FILTER (WHERE stocked),
                array_agg(store_id ORDER BY store_id))
FROM places GROUP BY place ORDER BY place
"""


def load_known_values(conn: psycopg.Connection[Any], schema: str = "analytics") -> KnownValues:
    """Read the known values as the owner (the tables directly, no scope applies)."""
    found: dict[str, Any] = {}
    with conn.cursor() as cur:
        for field, query in _QUERIES.items():
            cur.execute(query.format(s=schema))
            found[field] = tuple(str(row[0]) for row in cur.fetchall() if row[0] is not None)
        cur.execute(_STORE_PLACES.format(s=schema))
        found["store_places"] = tuple((str(place), tuple(ids)) for place, ids in cur.fetchall())
        spans = []
        for table, columns in _DATED:  # (one scan of each table for all its dates)
            bounds = ", ".join(f"min({c})::date, max({c})::date" for c in columns)
            cur.execute(f"SELECT {bounds} FROM {schema}.{table}")
            row = cur.fetchone() or (None,) * (2 * len(columns))
            for at, column in enumerate(columns):
                first, last = row[2 * at], row[2 * at + 1]
                if first is not None and last is not None:
                    spans.append((column, first, last))
        found["date_spans"] = tuple(spans)
        # the newest and the oldest payment or rental day, of all of them (returns come
        # after the last rental: they do not move "today")
        events = [(first, last) for column, first, last in spans if column in _EVENT_DATES]
        found["newest_date"] = max((last for _, last in events), default=None)
        found["oldest_date"] = min((first for first, _ in events), default=None)
        cur.execute(f"SELECT DISTINCT store_id FROM {schema}.inventory ORDER BY 1")
        found["stocked_stores"] = tuple(int(row[0]) for row in cur.fetchall())
    return KnownValues(**found)


_DATED = (("payment", ("payment_date",)), ("rental", ("rental_date", "return_date")))
_EVENT_DATES = frozenset({"payment_date", "rental_date"})
