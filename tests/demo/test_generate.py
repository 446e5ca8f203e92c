"""The generated demo data: Pagila's shape and size, determinism, and the views over it."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import URL

from bastion.db import migrate
from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.demo.generate import generate
from bastion.demo.setup import initialise
from bastion.demo.tables import ANALYTICS_TABLES, row_counts
from tests.conftest import fast_passwords


def connect(url: URL) -> psycopg.Connection[Any]:
    return psycopg.connect(libpq_uri(url))


def fingerprint(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """An md5 of every table's full contents, in primary-key order."""
    result = {}
    for table in ANALYTICS_TABLES:
        row = conn.execute(
            f"SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM analytics.{table} t"
        ).fetchone()
        assert row is not None
        result[table] = row[0]
    return result


@pytest.fixture(scope="module")
def scale_one(admin_uri: str) -> Any:
    """A database with scale-1 data (generated once for this module)."""
    from tests.conftest import create_database

    db = Database(create_database(admin_uri, "scale_one"))
    initialise(db, fast_passwords(), generate=True, scale=1)
    with connect(db.url) as conn:
        yield conn
    db.dispose()


def test_scale_one_is_about_pagilas_size(scale_one: psycopg.Connection[Any]) -> None:
    counts = row_counts(scale_one)
    assert counts["film"] == 1000
    assert counts["actor"] == 200
    assert counts["category"] == 16
    assert counts["language"] == 6
    assert counts["store"] == 2
    assert counts["staff"] == 2
    assert 550 <= counts["customer"] <= 650
    assert 15_000 <= counts["rental"] <= 17_000
    assert 15_000 <= counts["payment"] <= 17_000
    assert 4_000 <= counts["inventory"] <= 5_000
    assert 5_000 <= counts["film_actor"] <= 6_000


def test_dates_follow_pagilas_2022_span(scale_one: psycopg.Connection[Any]) -> None:
    first, last, unreturned = scale_one.execute(
        "SELECT min(rental_date), max(rental_date), count(*) FILTER (WHERE return_date IS NULL)"
        " FROM analytics.rental"
    ).fetchone()  # type: ignore[misc]
    assert first.year == last.year == 2022
    assert (first.month, first.day) >= (2, 14) and (last.month, last.day) <= (8, 23)
    assert 100 <= unreturned <= 300
    years = scale_one.execute(
        "SELECT DISTINCT extract(year FROM payment_date)::int FROM analytics.payment"
    ).fetchall()
    assert years == [(2022,)]
    late_returns = scale_one.execute(
        "SELECT count(*) FROM analytics.rental WHERE return_date < rental_date"
    ).fetchone()
    assert late_returns == (0,)


def test_distributions_are_realistic(scale_one: psycopg.Connection[Any]) -> None:
    months = dict(
        scale_one.execute(
            "SELECT extract(month FROM rental_date)::int, count(*) FROM analytics.rental GROUP BY 1"
        ).fetchall()
    )
    assert months[7] > months[3]  # the business grows
    stores = dict(
        scale_one.execute(
            "SELECT store_id, count(*) FROM analytics.v_rental_scoped GROUP BY 1"
        ).fetchall()
    )
    assert set(stores) == {1, 2} and min(stores.values()) > 0.3 * sum(stores.values())
    low, high = scale_one.execute(
        "SELECT min(amount), max(amount) FROM analytics.payment"
    ).fetchone()  # type: ignore[misc]
    assert float(low) >= 0.99 and float(high) <= 30
    ratings = scale_one.execute("SELECT count(DISTINCT rating) FROM analytics.film").fetchone()
    assert ratings == (5,)


def test_views_have_the_seed_columns(scale_one: psycopg.Connection[Any]) -> None:
    def columns(view: str) -> list[str]:
        rows = scale_one.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'analytics'"
            " AND table_name = %s ORDER BY ordinal_position",
            (view,),
        ).fetchall()
        return [r[0] for r in rows]

    assert columns("v_payment_scoped") == [
        "payment_id",
        "customer_id",
        "staff_id",
        "rental_id",
        "film_id",
        "amount",
        "payment_date",
        "store_id",
    ]
    assert columns("v_rental_scoped") == [
        "rental_id",
        "rental_date",
        "return_date",
        "inventory_id",
        "film_id",
        "customer_id",
        "staff_id",
        "store_id",
    ]
    masked = columns("v_customer_masked")
    assert masked == [
        "customer_id",
        "store_id",
        "first_name_masked",
        "last_name_masked",
        "city",
        "country",
        "active",
        "create_date",
        "district",
    ]
    assert not {"email", "phone", "address", "first_name", "last_name"} & set(masked)
    assert columns("v_staff_public") == ["staff_id", "store_id", "active"]
    assert columns("v_store_location") == ["store_id", "city", "country", "district"]


def test_the_generated_staff_and_stores_fill_the_issue_12_views(
    scale_one: psycopg.Connection[Any],
) -> None:
    """Each store has its place (city and country of its address) and its staff member."""
    places = scale_one.execute(
        "SELECT l.store_id, l.city = ci.city AND l.country = co.country"
        " FROM analytics.v_store_location l"
        " JOIN analytics.store s USING (store_id)"
        " JOIN analytics.address a ON a.address_id = s.address_id"
        " JOIN analytics.city ci ON ci.city_id = a.city_id"
        " JOIN analytics.country co ON co.country_id = ci.country_id ORDER BY 1"
    ).fetchall()
    assert places == [(1, True), (2, True)]
    staff = scale_one.execute(
        "SELECT staff_id, store_id, active FROM analytics.v_staff_public ORDER BY 1"
    ).fetchall()
    assert staff == [(1, 1, True), (2, 2, True)]


def test_masked_names_hide_all_but_the_first_letter(scale_one: psycopg.Connection[Any]) -> None:
    rows = scale_one.execute(
        "SELECT c.first_name, m.first_name_masked, c.last_name, m.last_name_masked "
        "FROM analytics.customer c JOIN analytics.v_customer_masked m USING (customer_id)"
    ).fetchall()
    assert len(rows) == row_counts(scale_one)["customer"]
    for first, first_masked, last, last_masked in rows:
        assert first_masked == first[0] + "*" * (len(first) - 1)
        assert last_masked == last[0] + "*" * (len(last) - 1)


def test_a_payments_store_is_the_rented_items_store(scale_one: psycopg.Connection[Any]) -> None:
    """As Pagila's sales_by_store counts it; checked with a separate hand-written query."""
    by_view = dict(
        scale_one.execute(
            "SELECT store_id, sum(amount) FROM analytics.v_payment_scoped GROUP BY 1"
        ).fetchall()
    )
    by_hand = dict(
        scale_one.execute(
            "SELECT i.store_id, sum(p.amount) FROM analytics.payment p "
            "JOIN analytics.rental r ON p.rental_id = r.rental_id "
            "JOIN analytics.inventory i ON r.inventory_id = i.inventory_id GROUP BY 1"
        ).fetchall()
    )
    assert by_view == by_hand
    assert (
        sum(by_view.values())
        == scale_one.execute("SELECT sum(amount) FROM analytics.payment").fetchone()[0]
    )  # type: ignore[index]


def test_generation_is_deterministic_and_seeded(empty_db: Database, admin_uri: str) -> None:
    from tests.conftest import create_database

    other = Database(create_database(admin_uri, "determinism_b"))
    try:
        prints = []
        for db, seed in ((empty_db, 7), (other, 7)):
            migrate.upgrade(db)
            with connect(db.url) as conn:
                generate(conn, scale=0.05, seed=seed)
                conn.commit()
                prints.append(fingerprint(conn))
        assert prints[0] == prints[1]
        with connect(other.url) as conn:
            conn.execute(
                "TRUNCATE "
                + ", ".join(f"analytics.{t}" for t in ANALYTICS_TABLES)
                + " RESTART IDENTITY CASCADE"
            )
            generate(conn, scale=0.05, seed=8)
            assert fingerprint(conn)["rental"] != prints[0]["rental"]
    finally:
        other.dispose()


def test_scale_multiplies_customers_rentals_and_payments(
    scale_one: psycopg.Connection[Any], template_url: URL
) -> None:
    with connect(template_url) as small:  # the template holds scale 0.1
        tiny, full = row_counts(small), row_counts(scale_one)
    for table in ("customer", "rental", "payment"):
        assert 0.07 * full[table] <= tiny[table] <= 0.13 * full[table]
    for table in ("film", "actor", "inventory", "film_category"):
        assert tiny[table] == full[table]


def test_sequences_continue_after_loaded_ids(scale_one: psycopg.Connection[Any]) -> None:
    with scale_one.transaction(force_rollback=True):
        new_id = scale_one.execute(
            "INSERT INTO analytics.actor (first_name, last_name) VALUES ('A', 'B') "
            "RETURNING actor_id"
        ).fetchone()
    assert new_id == (201,)
