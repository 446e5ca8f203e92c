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
    TooManyQueries,
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


SCOPED = (
    "v_payment_scoped",
    "v_rental_scoped",
    "v_customer_masked",
    "v_staff_public",
    "v_store_location",
    "inventory",
    "store",
)


@pytest.mark.parametrize("relation", SCOPED)
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
        for relation in SCOPED:
            assert conn.execute(f"SELECT count(*) FROM analytics.{relation}").fetchone() == (0,)
        assert conn.execute("SHOW transaction_read_only").fetchone() == ("on",)


def test_public_lookups_are_readable_in_full(executor: SqlExecutor) -> None:
    """Place names hold no people: every scope reads all of them, none at all included."""
    for relation in ("city", "country"):
        everything = executor.run(f"SELECT count(*) FROM analytics.{relation}", ALL).rows
        assert executor.run(f"SELECT count(*) FROM analytics.{relation}", NONE).rows == everything
        assert everything[0][0] > 0


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT first_name, email, password FROM analytics.staff",
        "SELECT count(*) FROM analytics.staff",
        "SELECT phone FROM analytics.address",
        "SELECT postal_code FROM analytics.address a JOIN analytics.city c USING (city_id)",
    ],
)
def test_staff_and_addresses_stay_unreadable(executor: SqlExecutor, sql: str) -> None:
    with pytest.raises(ExecutionFailed) as caught:
        executor.run(sql, ALL)
    assert caught.value.code == "execution.permission_denied"


def test_store_locations_name_places_not_streets(executor: SqlExecutor) -> None:
    result = executor.run("SELECT * FROM analytics.v_store_location ORDER BY store_id", ALL)
    assert result.columns == ("store_id", "city", "country", "district")
    assert [row[0] for row in result.rows] == [1, 2]
    staff = executor.run("SELECT * FROM analytics.v_staff_public ORDER BY staff_id", ALL)
    assert staff.columns == ("staff_id", "store_id", "active")
    assert staff.rows


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


def test_explain_runs_under_the_statement_timeout(session_db: Database) -> None:
    """PostgreSQL folds constants while planning: EXPLAIN alone can take long."""
    quick = SqlExecutor(session_db, reader_url(session_db.url, None), statement_timeout_ms=10)
    try:
        with pytest.raises(ExecutionFailed) as caught:
            quick.explain_rows("SELECT length(repeat('x', 400000000)) AS n", ALL)
        assert caught.value.code == "execution.timeout"
        with pytest.raises(ExecutionFailed) as caught:
            quick.explain_rows("SELECT 1 / 0 AS x", ALL)  # folded: an error, not a crash
        assert caught.value.code == "execution.failed"
        assert quick.explain_rows("SELECT 1 AS x", ALL) == 1  # the connection is clean
    finally:
        quick.dispose()


def test_one_user_holds_at_most_its_slots(session_db: Database) -> None:
    runner = SqlExecutor(session_db, reader_url(session_db.url, None), per_user=2)
    try:
        with runner.slots.hold(7), runner.slots.hold(7):
            with pytest.raises(TooManyQueries) as caught:
                runner.run("SELECT 1", ALL, user=7)
            assert (caught.value.status_code, caught.value.code) == (429, "execution.busy")
            assert caught.value.headers == {"Retry-After": "1"}
            with pytest.raises(TooManyQueries):
                runner.explain_rows("SELECT 1", ALL, user=7)
            assert runner.run("SELECT 1", ALL, user=8).rows == [(1,)]  # others are not held
            assert runner.run("SELECT 1", ALL).rows == [(1,)]  # nor the operator
        assert runner.run("SELECT 1", ALL, user=7).rows == [(1,)]  # slots come back
        with pytest.raises(ExecutionFailed):
            runner.run("SELECT 1/0", ALL, user=7)  # a failure gives its slot back too
        assert runner.slots._running == {}
    finally:
        runner.dispose()


ORACLES = {
    "v_payment_scoped": "SELECT count(*) FROM analytics.v_payment_scoped"
    " WHERE CASE WHEN amount > {n} THEN 1 / (store_id - 2) ELSE 1 END <> 0",
    "v_rental_scoped": "SELECT count(*) FROM analytics.v_rental_scoped"
    " WHERE CASE WHEN rental_id > {n} THEN 1 / (store_id - 2) ELSE 1 END <> 0",
    "v_customer_masked": "SELECT count(*) FROM analytics.v_customer_masked"
    " WHERE CASE WHEN customer_id > {n} THEN 1 / (store_id - 2) ELSE 1 END <> 0",
    # the districts (0019) behind the same barriers as the cities
    "v_customer_masked.district": "SELECT count(*) FROM analytics.v_customer_masked"
    " WHERE CASE WHEN district > '{n}' THEN 1 / (store_id - 2) ELSE 1 END <> 0",
    "v_store_location.district": "SELECT count(*) FROM analytics.v_store_location"
    " WHERE CASE WHEN district > '{n}' THEN 1 / (store_id - 2) ELSE 1 END <> 0",
}


@pytest.mark.parametrize("view", list(ORACLES))
def test_an_error_oracle_learns_nothing_of_other_stores(executor: SqlExecutor, view: str) -> None:
    """A condition that fails only on store 2's rows, run as store 1's reader (the guard
    bypassed): the view's scope filter runs first, so it never sees them and store 2's
    largest value cannot be found by bisection."""
    answers = {executor.run(ORACLES[view].format(n=n), STORE_1).rows[0][0] for n in (0, 10**6)}
    assert len(answers) == 1  # the same count, and no error, whatever store 2 holds


def test_every_scoped_view_is_a_security_barrier(session_db: Database) -> None:
    with session_db.engine.connect() as conn:
        options = dict(
            conn.exec_driver_sql(
                "SELECT c.relname, coalesce(c.reloptions, '{}') FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'analytics' AND c.relkind = 'v'"
            ).all()
        )
    views = {name for name in SCOPED if name.startswith("v_")}
    assert views <= set(options)
    for view in views:
        assert "security_barrier=true" in options[view], view


def test_every_query_is_a_read_only_transaction_under_the_timeout(executor: SqlExecutor) -> None:
    """A question's query is one round trip: no BEGIN or SET around it, the connection
    itself is read-only and under the statement timeout, and stays so after an error."""
    setting = (
        "SELECT current_setting('transaction_read_only'), current_setting('statement_timeout')"
    )
    for _ in range(3):
        assert executor.run(setting, STORE_1).rows == [("on", "1s")]
        with pytest.raises(ExecutionFailed) as caught:
            executor.run("SELECT set_config('statement_timeout', '0', true), pg_sleep(3)", ALL)
        assert caught.value.code == "execution.timeout"
    with pytest.raises(ExecutionFailed) as caught:
        executor.run("SELECT nextval('analytics.payment_payment_id_seq')", ALL)
    assert caught.value.code in {"execution.failed", "execution.permission_denied"}


def test_a_dead_pooled_connection_is_replaced_before_use(session_db: Database) -> None:
    """A server restart (here: the reader's backends ended while idle in the pool) costs
    no question: a connection idle for a while is checked at checkout."""
    runner = SqlExecutor(session_db, reader_url(session_db.url, None), concurrency=1)
    try:
        first = runner.run("SELECT pg_backend_pid()", ALL).rows[0][0]
        with session_db.engine.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(first)})")
        for record in runner.engine.pool._pool.queue:  # type: ignore[attr-defined]
            record.info["idle_since"] -= 60  # as if idle for a minute
        after = runner.run("SELECT pg_backend_pid()", ALL).rows[0][0]
        assert after != first
        assert stores(runner, "v_payment_scoped", STORE_1) == {1}  # its scope written anew
    finally:
        runner.dispose()
