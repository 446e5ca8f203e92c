"""The guard's rewrites on a real PostgreSQL (the migrated template with demo data): every
allowed golden rewrite runs, scoped rewrites only return the policy's stores, and EXPLAIN
gives a row estimate."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import URL

from bastion.db.server import libpq_uri
from bastion.guard import check_sql, estimate_rows, score_risk
from bastion.guard.allowed_functions import ALLOWED_FUNCTION_NAMES, ATTRIBUTE_FUNCTIONS
from bastion.guard.risk import estimate_plan
from tests.guard.golden import SCOPED_RELATIONS, Case, policy, read_cases

ALLOWED = read_cases("allowed.sql")


@pytest.fixture(scope="module")
def conn(template_url: URL) -> Iterator[psycopg.Connection[Any]]:
    """The owner's connection (it sees every store, so only the rewrite scopes rows), in
    read-only transactions."""
    with psycopg.connect(libpq_uri(template_url)) as connection:
        connection.read_only = True
        connection.execute("SET statement_timeout = '10s'")
        connection.commit()
        yield connection


def run(conn: psycopg.Connection[Any], sql: str) -> list[tuple[Any, ...]]:
    try:
        return conn.execute(sql.encode()).fetchall()
    finally:
        conn.rollback()


def guarded(sql: str, role: str, stores: str) -> str:
    verdict = check_sql(sql, policy(role, stores))
    assert verdict.allowed, verdict.reasons
    assert verdict.sql is not None
    return verdict.sql


@pytest.mark.parametrize("case", ALLOWED, ids=lambda case: case.id)
def test_every_allowed_rewrite_runs(conn: psycopg.Connection[Any], case: Case) -> None:
    rows = run(conn, case.expected)
    assert len(rows) <= case.policy.max_limit


@pytest.mark.parametrize("relation", sorted(SCOPED_RELATIONS))
@pytest.mark.parametrize("stores", ["1", "2", "1,2", "none"])
def test_scoped_rewrites_only_return_the_policys_stores(
    conn: psycopg.Connection[Any], relation: str, stores: str
) -> None:
    expected = set() if stores == "none" else {int(s) for s in stores.split(",")}
    queries = [
        f"SELECT DISTINCT store_id FROM {relation}",
        f"SELECT DISTINCT x.store_id FROM analytics.{relation} AS x",
        f"WITH t AS (SELECT store_id FROM {relation}) SELECT DISTINCT store_id FROM t",
        f"SELECT DISTINCT store_id FROM (SELECT * FROM {relation}) AS s",
        f"SELECT store_id FROM {relation} UNION SELECT store_id FROM {relation}",
    ]
    for sql in queries:
        found = {row[0] for row in run(conn, guarded(sql, "admin", stores))}
        assert found == expected, sql


@pytest.mark.parametrize("stores", ["1", "2", "none"])
def test_an_outer_join_keeps_its_left_side_and_scopes_its_right_side(
    conn: psycopg.Connection[Any], stores: str
) -> None:
    sql = (
        "SELECT COUNT(DISTINCT f.film_id), array_agg(DISTINCT r.store_id) FROM film f "
        "LEFT JOIN v_rental_scoped r ON r.film_id = f.film_id"
    )
    ((films, seen),) = run(conn, guarded(sql, "store_manager", stores))
    ((all_films,),) = run(conn, "SELECT COUNT(*) FROM analytics.film")
    assert films == all_films
    # NULL for films without rentals in the scope; a WHERE filter would have dropped them.
    assert set(seen) == ({None} if stores == "none" else {None, int(stores)})


def test_store_totals_add_up_to_the_all_stores_total(conn: psycopg.Connection[Any]) -> None:
    sql = "SELECT SUM(amount) FROM v_payment_scoped"

    def total(stores: str) -> Decimal:
        ((value,),) = run(conn, guarded(sql, "finance", stores))
        return Decimal(value or 0)

    assert total("1") > 0
    assert total("2") > 0
    assert total("1") + total("2") == total("all") == total("1,2")
    assert total("none") == 0


def test_estimate_rows_reads_the_planners_estimate(conn: psycopg.Connection[Any]) -> None:
    small = guarded("SELECT title FROM film WHERE film_id = 1", "admin", "all")
    large = guarded("SELECT * FROM v_rental_scoped", "admin", "all")
    huge = "SELECT r.rental_id FROM v_rental_scoped r CROSS JOIN film f"
    try:
        small_rows = estimate_rows(conn, small)
        large_rows = estimate_rows(conn, large)
        plan = estimate_plan(conn, large)
        huge_rows = estimate_rows(conn, guarded(huge, "admin", "all"))
    finally:
        conn.rollback()
    ((rentals,),) = run(conn, "SELECT COUNT(*) FROM analytics.rental")
    assert small_rows == 1
    assert large_rows is not None
    assert rentals / 3 < large_rows < rentals * 3  # below the LIMIT 200 the guard added
    assert plan is not None
    assert plan.limited_rows == 200
    assert plan.total_cost > 0
    assert huge_rows is not None
    assert huge_rows > 1_000_000
    verdict = check_sql(huge, policy("admin", "all"))
    assert verdict.risk.level == "high"  # a join without a condition, an unfiltered scan
    rescored = score_risk(verdict.risk_factors, huge_rows)
    assert rescored.score == min(verdict.risk.score + 40, 100)
    assert f"about {huge_rows:,} rows estimated" in rescored.factors


def test_every_function_reachable_by_attribute_notation_is_denied(
    conn: psycopg.Connection[Any],
) -> None:
    """``t.f`` runs ``f(t)`` for a one-argument function of a row type; the guard must
    know every such function of this PostgreSQL."""
    rows = run(
        conn,
        """SELECT DISTINCT p.proname FROM pg_proc p
           WHERE p.pronargs = 1 AND p.prokind IN ('f', 'a')
             AND p.proargtypes[0] IN ('record'::regtype, 'anyelement'::regtype,
                                      '"any"'::regtype, 'anycompatible'::regtype)""",
    )
    reachable = {name for (name,) in rows}
    assert reachable - ALLOWED_FUNCTION_NAMES <= ATTRIBUTE_FUNCTIONS
    verdict = check_sql("SELECT f.pg_restore_relation_stats FROM film f", policy("admin", "all"))
    assert [reason.code for reason in verdict.reasons] == ["guard.function_not_allowed"]
