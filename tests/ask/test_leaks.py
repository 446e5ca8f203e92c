"""Cross-store leak tests: for every role, every scoped relation, and SQL written to
escape (as a careless or hostile model might), the rows that come back belong only to the
principal's stores. Guard and executor together, as in the ask flow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bastion.catalog import load_catalog
from bastion.db.engine import Database
from bastion.execution.executor import ExecutionFailed, Scope, SqlExecutor, reader_url
from bastion.guard import GuardPolicy, check_sql

SCOPED = ("v_payment_scoped", "v_rental_scoped", "v_customer_masked", "inventory", "store")
PRINCIPALS = {
    "admin": Scope((), True),
    "store_manager": Scope((1,), False),
    "marketing": Scope((2,), False),
    "finance": Scope((1,), False),
}

ESCAPES = (
    "SELECT DISTINCT store_id FROM analytics.{rel}",
    "SELECT DISTINCT store_id FROM {rel} WHERE store_id = 2 OR store_id = 1",
    "SELECT DISTINCT x.store_id FROM {rel} x",
    'SELECT DISTINCT "store_id" FROM "analytics"."{rel}"',
    "SELECT DISTINCT store_id FROM ANALYTICS.{rel_upper}",
    "WITH s AS (SELECT * FROM {rel}) SELECT DISTINCT store_id FROM s",
    "SELECT DISTINCT store_id FROM (SELECT * FROM {rel}) t",
    "SELECT store_id FROM {rel} UNION SELECT store_id FROM {rel}",
    "SELECT DISTINCT a.store_id FROM {rel} a LEFT JOIN {rel} b ON a.store_id <> b.store_id",
    "SELECT DISTINCT b.store_id FROM {rel} a RIGHT JOIN {rel} b ON false",
    "SELECT DISTINCT store_id FROM {rel} LIMIT ALL",
    "SELECT DISTINCT t.store_id FROM (SELECT 1) s, LATERAL (SELECT store_id FROM {rel}) t",
    "SELECT DISTINCT store_id FROM {rel} WHERE store_id IN (SELECT store_id FROM {rel})",
)


@pytest.fixture(scope="module")
def executor(session_db: Database) -> Iterator[SqlExecutor]:
    runner = SqlExecutor(session_db, reader_url(session_db.url, None))
    yield runner
    runner.dispose()


def cases() -> Iterator[tuple[str, str, str]]:
    catalog = load_catalog()
    for role in PRINCIPALS:
        for rel in sorted(catalog.relations_for_role(role) & set(SCOPED)):
            for template in ESCAPES:
                yield role, rel, template


@pytest.mark.parametrize(("role", "rel", "template"), list(cases()))
def test_no_rows_outside_the_scope(
    executor: SqlExecutor, role: str, rel: str, template: str
) -> None:
    catalog = load_catalog()
    scope = PRINCIPALS[role]
    policy = GuardPolicy(
        allowed_relations=catalog.relations_for_role(role),
        scoped_relations=catalog.scoped_relations,
        store_ids=scope.store_ids,
        all_stores=scope.all_stores,
    )
    verdict = check_sql(template.format(rel=rel, rel_upper=rel.upper()), policy)
    if not verdict.allowed:
        return  # refused is safe
    assert verdict.sql is not None
    rows = executor.run(verdict.sql, scope).rows
    seen = {row[0] for row in rows}
    allowed = {1, 2} if scope.all_stores else set(scope.store_ids)
    assert seen <= allowed
    assert seen, "the scope's own rows should still be visible"


@pytest.mark.parametrize("role", list(PRINCIPALS))
def test_relations_outside_the_role_are_refused_by_the_guard(role: str) -> None:
    catalog = load_catalog()
    allowed = catalog.relations_for_role(role)
    policy = GuardPolicy(
        allowed_relations=allowed,
        scoped_relations=catalog.scoped_relations,
        store_ids=(1,),
        all_stores=False,
    )
    for rel in (*SCOPED, "payment", "rental", "customer", "staff", "address", "film"):
        verdict = check_sql(f"SELECT count(*) FROM analytics.{rel}", policy)
        assert verdict.allowed == (rel in allowed), (role, rel)


@pytest.mark.parametrize("rel", ["payment", "rental", "customer", "staff", "address"])
def test_base_tables_are_unreachable_even_without_the_guard(
    executor: SqlExecutor, rel: str
) -> None:
    with pytest.raises(ExecutionFailed) as caught:
        executor.run(f"SELECT count(*) FROM analytics.{rel}", Scope((), True))
    assert caught.value.code == "execution.permission_denied"
