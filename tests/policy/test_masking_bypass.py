"""Masked and hidden columns stay masked and hidden whatever expression carries them.

As marketing, ``customer_id`` of rentals was masked in ``SELECT rental_id, customer_id``
but came out clear through ``max(customer_id)``, ``string_agg(CAST(customer_id AS TEXT),
',')``, a scalar subquery, or a star over a derived table. Each form here runs for real (the
guard, the reader, the policy's result filters, as in the ask flow) and no cell of the
result may hold a customer id in clear; counting stays possible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bastion.db.engine import Database
from bastion.execution.executor import Scope, SqlExecutor, reader_url
from bastion.planner.plan import ResultColumn
from bastion.policy.engine import ActivePolicy, FilteredResult
from tests.ask.test_leaks import guarded
from tests.policy.policies import active, policy_set

MARKETING = Scope((1, 2), False)

# Every way found to carry rentals' customer_id out, and its relatives.
CARRIERS = [
    "SELECT rental_id, customer_id FROM v_rental_scoped",
    "SELECT max(customer_id) AS m FROM v_rental_scoped GROUP BY rental_id",
    "SELECT min(customer_id) FROM v_rental_scoped GROUP BY rental_id",
    "SELECT sum(customer_id) AS s FROM v_rental_scoped GROUP BY rental_id",
    "SELECT avg(customer_id) AS a FROM v_rental_scoped GROUP BY rental_id",
    "SELECT string_agg(CAST(customer_id AS TEXT), ',') AS ids FROM v_rental_scoped",
    "SELECT array_agg(customer_id) AS ids FROM v_rental_scoped GROUP BY rental_id",
    "SELECT mode() WITHIN GROUP (ORDER BY customer_id) AS m FROM v_rental_scoped"
    " GROUP BY rental_id",
    "SELECT rental_id, (SELECT r2.customer_id FROM v_rental_scoped r2"
    " WHERE r2.rental_id = r.rental_id) AS c FROM v_rental_scoped r",
    "SELECT (SELECT max(customer_id) FROM v_rental_scoped) AS top",
    "SELECT t.* FROM (SELECT rental_id, customer_id AS x FROM v_rental_scoped) t",
    "SELECT * FROM (SELECT customer_id AS x FROM v_rental_scoped) t",
    "SELECT t.*, 1 AS one FROM (SELECT customer_id AS x FROM v_rental_scoped) t",
    "SELECT * FROM v_rental_scoped",
    "WITH t AS (SELECT customer_id AS x FROM v_rental_scoped) SELECT x FROM t",
    "WITH t AS (SELECT max(customer_id) AS x FROM v_rental_scoped) SELECT * FROM t",
    "SELECT CAST(customer_id AS TEXT) || '' AS c FROM v_rental_scoped",
    "SELECT customer_id + 0 AS c FROM v_rental_scoped",
    "SELECT CASE WHEN customer_id > 0 THEN customer_id END AS c FROM v_rental_scoped",
    "SELECT lag(customer_id) OVER (ORDER BY rental_id) AS c FROM v_rental_scoped",
    "SELECT max(customer_id) OVER (PARTITION BY rental_id) AS c FROM v_rental_scoped",
    "SELECT first_value(customer_id) OVER (ORDER BY rental_id) AS c FROM v_rental_scoped",
    "SELECT rental_id AS u FROM v_rental_scoped UNION SELECT customer_id FROM v_rental_scoped",
    "SELECT coalesce(customer_id, 0) AS c FROM v_rental_scoped",
    # Found by a review: correlated references, LATERAL, VALUES, column alias lists.
    "SELECT rental_id AS rid, (SELECT r.customer_id) AS c FROM v_rental_scoped r",
    "SELECT r.rental_id AS rid, x.c FROM v_rental_scoped r, LATERAL (SELECT r.customer_id AS c) x",
    "SELECT r.rental_id AS rid, v.c FROM v_rental_scoped r, LATERAL (VALUES (r.customer_id)) v(c)",
    "SELECT rental_id AS rid, c FROM v_rental_scoped r"
    " JOIN LATERAL (SELECT customer_id AS c) q ON true",
    "SELECT rid, c FROM (SELECT rental_id, customer_id FROM v_rental_scoped) AS x(rid, c)",
    "WITH t(rid, c) AS (SELECT rental_id, customer_id FROM v_rental_scoped) SELECT rid, c FROM t",
]
CARRYING = {"customer_id", "m", "s", "a", "ids", "c", "top", "x", "u", "min"}
# Counting a masked column says nothing of its values: left clear.
COUNTS = [
    "SELECT count(customer_id) AS n FROM v_rental_scoped",
    "SELECT count(DISTINCT customer_id) AS n FROM v_rental_scoped",
    "SELECT rental_id, count(customer_id) AS n FROM v_rental_scoped GROUP BY rental_id",
]


@pytest.fixture(scope="module")
def executor(session_db: Database) -> Iterator[SqlExecutor]:
    runner = SqlExecutor(session_db, reader_url(session_db.url, None))
    yield runner
    runner.dispose()


def shown(
    executor: SqlExecutor, sql: str, role: str, scope: Scope, *policies: ActivePolicy
) -> FilteredResult:
    """What ``role`` would see of ``sql``, as the ask flow filters it."""
    verdict = guarded(sql, role, scope)
    assert verdict.allowed and verdict.sql is not None, (sql, verdict.reasons)
    result = executor.run(verdict.sql, scope)
    columns = [
        ResultColumn(name=n, label=n, role="dimension", format="text") for n in result.columns
    ]
    return policy_set(*policies).filter_result(verdict.sql, role, columns, result.rows)


def clear_ids(cells: list[object], ids: set[str]) -> list[object]:
    """Cells that show a customer id in clear (alone, in a list or in a text)."""
    found = []
    for cell in cells:
        parts = cell if isinstance(cell, list) else str(cell).replace(",", " ").split()
        if any(str(p) in ids for p in parts):
            found.append(cell)
    return found


@pytest.mark.parametrize("sql", CARRIERS)
def test_no_expression_carries_a_masked_column_out_clear(executor: SqlExecutor, sql: str) -> None:
    ids = {
        str(r[0])
        for r in executor.run(
            "SELECT DISTINCT customer_id FROM analytics.v_rental_scoped", MARKETING
        ).rows
    }
    result = shown(executor, sql, "marketing", MARKETING)
    assert result.rows, sql
    # Other columns' values (rental ids, store ids) may equal customer ids by chance: only
    # the columns that carry customer_id count.
    carrying = [i for i, c in enumerate(result.columns) if c.name in CARRYING]
    assert carrying, (sql, [c.name for c in result.columns])
    cells = [row[i] for row in result.rows for i in carrying]
    assert clear_ids(cells, ids) == [], (sql, clear_ids(cells, ids)[:3])
    assert any(d.action in ("mask", "hide") for d in result.decisions), sql


@pytest.mark.parametrize("sql", COUNTS)
def test_counting_a_masked_column_stays_clear(executor: SqlExecutor, sql: str) -> None:
    result = shown(executor, sql, "marketing", MARKETING)
    assert result.rows and all(isinstance(v, int) for v in result.rows[0])
    assert not any(d.action in ("mask", "hide") for d in result.decisions)


HIDES_MANAGERS = active(
    {
        "columns": [
            {
                "id": "managers",
                "relation": "store",
                "column": "manager_staff_id",
                "default": "hidden",
            }
        ]
    }
)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT store_id, manager_staff_id FROM store",
        "SELECT max(manager_staff_id) AS m FROM store",
        "SELECT string_agg(CAST(manager_staff_id AS TEXT), ',') AS m FROM store",
        "SELECT (SELECT max(manager_staff_id) FROM store) AS m",
        "SELECT t.* FROM (SELECT manager_staff_id AS x FROM store) t",
        "SELECT s FROM store s",
        "SELECT * FROM store",
    ],
)
def test_a_hidden_column_stays_hidden_through_expressions(executor: SqlExecutor, sql: str) -> None:
    result = shown(executor, sql, "store_manager", Scope((1,), False), HIDES_MANAGERS)
    kept = [c.name for c in result.columns]
    assert not set(kept) & {"manager_staff_id", "m", "x", "s"}, (sql, kept)
