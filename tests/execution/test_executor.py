"""The second line of defence: whatever SQL reaches the reader role, it sees only the
principal's stores, only the allowed relations, and cannot write or widen its scope."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
import pytest

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.execution.executor import (
    ExecutionFailed,
    Scope,
    SqlExecutor,
    reader_url,
)

STORE_1 = Scope(store_ids=(1,), all_stores=False)
ALL = Scope(store_ids=(), all_stores=True)
NONE = Scope(store_ids=(), all_stores=False)


@pytest.fixture(scope="module")
def executor(session_db: Database) -> Iterator[SqlExecutor]:
    runner = SqlExecutor(session_db, reader_url(session_db.url, None), statement_timeout_ms=1000)
    yield runner
    runner.dispose()


def stores(executor: SqlExecutor, relation: str, scope: Scope) -> set[int]:
    result = executor.run(f"SELECT DISTINCT store_id FROM analytics.{relation}", scope)
    return {row[0] for row in result.rows}


@pytest.mark.parametrize(
    "relation", ["v_payment_scoped", "v_rental_scoped", "v_customer_masked", "inventory", "store"]
)
def test_scoped_relations_only_yield_the_scope(executor: SqlExecutor, relation: str) -> None:
    assert stores(executor, relation, STORE_1) == {1}
    assert stores(executor, relation, Scope((2,), False)) == {2}
    assert stores(executor, relation, ALL) == {1, 2}
    assert stores(executor, relation, NONE) == set()


def test_the_same_connection_gets_the_new_scope_each_time(executor: SqlExecutor) -> None:
    for scope, expected in [(STORE_1, {1}), (ALL, {1, 2}), (Scope((2,), False), {2})] * 3:
        assert stores(executor, "v_payment_scoped", scope) == expected


@pytest.mark.parametrize(
    "attack",
    [
        "SELECT set_config('role', 'postgres', false), count(*) FROM analytics.v_payment_scoped",
        "SELECT set_config('bastion.store_ids', '1,2', false)",
        "SELECT count(*) FROM analytics.payment",
        "SELECT count(*) FROM analytics.customer",
        "SELECT * FROM bastion.query_scopes",
        "SELECT * FROM bastion.app_users",
        "UPDATE bastion.query_scopes SET all_stores = true",
        "INSERT INTO bastion.query_scopes VALUES (pg_backend_pid(), '{1,2}', true)",
        "DELETE FROM analytics.film",
        "CREATE TABLE analytics.x (id int)",
        "CREATE TABLE public.x (id int)",
        "SET ROLE postgres",
        "SELECT pg_read_file('/etc/passwd')",
    ],
)
def test_attacks_fail_or_change_nothing(executor: SqlExecutor, attack: str) -> None:
    with contextlib.suppress(ExecutionFailed):
        executor.run(attack, STORE_1)
    # Whatever happened, the scope is still store 1 only, and nothing was written.
    assert stores(executor, "v_payment_scoped", STORE_1) == {1}


def test_set_config_inside_a_query_cannot_widen_the_scope(executor: SqlExecutor) -> None:
    sql = (
        "WITH widen AS (SELECT set_config('bastion.scope', 'all', true) AS s) "
        "SELECT DISTINCT store_id FROM widen, analytics.v_payment_scoped"
    )
    assert {row[0] for row in executor.run(sql, STORE_1).rows} == {1}


def test_reader_connection_without_a_scope_row_sees_nothing(session_db: Database) -> None:
    url = libpq_uri(reader_url(session_db.url, None))
    with psycopg.connect(url) as conn:
        for relation in ("v_payment_scoped", "v_rental_scoped", "v_customer_masked", "store"):
            assert conn.execute(f"SELECT count(*) FROM analytics.{relation}").fetchone() == (0,)
        assert conn.execute("SHOW transaction_read_only").fetchone() == ("on",)


def test_timeout_and_row_cap(executor: SqlExecutor) -> None:
    with pytest.raises(ExecutionFailed) as caught:
        executor.run("SELECT pg_sleep(3)", ALL)
    assert caught.value.code == "execution.timeout"
    result = executor.run("SELECT rental_id FROM analytics.v_rental_scoped", ALL)
    assert len(result.rows) == 200 and result.truncated


@pytest.mark.parametrize(
    ("sql", "truncated"),
    [
        ("SELECT g FROM generate_series(1, 200) AS g LIMIT 200", False),  # exactly the cap
        ("SELECT g FROM generate_series(1, 201) AS g LIMIT 200", True),  # one more matched
        ("SELECT rental_id FROM analytics.v_rental_scoped ORDER BY 1 LIMIT 200", True),
        ("SELECT g FROM generate_series(1, 200) AS g", False),
        ("SELECT g FROM generate_series(1, 5000) AS g", True),
        (
            "SELECT g FROM generate_series(1, 150) AS g UNION SELECT 1000 + g "
            "FROM generate_series(1, 60) AS g LIMIT 200",
            True,
        ),
    ],
)
def test_truncated_only_when_the_cap_cut_rows(
    executor: SqlExecutor, sql: str, truncated: bool
) -> None:
    result = executor.run(sql, ALL)
    assert (len(result.rows), result.truncated, result.limit) == (200, truncated, None)


def test_a_limit_below_the_cap_is_the_querys_own_not_a_cut(executor: SqlExecutor) -> None:
    result = executor.run("SELECT g FROM generate_series(1, 50) AS g ORDER BY g LIMIT 5", ALL)
    assert result.rows == [(1,), (2,), (3,), (4,), (5,)]
    assert (result.truncated, result.limit) == (False, 5)
    offset = executor.run(
        "SELECT g FROM generate_series(1, 300) AS g ORDER BY g LIMIT 200 OFFSET 100", ALL
    )
    assert (len(offset.rows), offset.rows[0], offset.truncated) == (200, (101,), False)


def test_explain_estimates_rows(executor: SqlExecutor) -> None:
    estimate = executor.explain_rows("SELECT * FROM analytics.v_rental_scoped", ALL)
    assert estimate is not None and estimate > 100


def test_only_one_statement_reaches_the_database(executor: SqlExecutor) -> None:
    """Even if the guard let a stacked statement through, the protocol would refuse it."""
    with pytest.raises(ExecutionFailed):
        executor.run("SELECT 1; SELECT count(*) FROM analytics.v_payment_scoped", STORE_1)
    assert stores(executor, "v_payment_scoped", STORE_1) == {1}


def test_a_failed_query_leaves_a_clean_connection(executor: SqlExecutor) -> None:
    for _ in range(5):
        with pytest.raises(ExecutionFailed):
            executor.run("SELECT 1/0", STORE_1)
        assert stores(executor, "v_rental_scoped", Scope((2,), False)) == {2}
