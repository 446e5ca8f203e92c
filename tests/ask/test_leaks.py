"""Cross-store leak tests: for every role, every scoped relation, and SQL written to
escape (as a careless or hostile model might), the rows that come back belong only to the
principal's stores; relations outside a role's list are refused, and the base tables with
people or money (staff, addresses) are out of every role's reach. Guard and executor
together, as in the ask flow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bastion.catalog import load_catalog
from bastion.db.engine import Database
from bastion.demo.users import DEMO_USERS
from bastion.execution.executor import ExecutionFailed, Scope, SqlExecutor, reader_url
from bastion.guard import GuardPolicy, GuardVerdict, check_sql
from bastion.vocabulary import ROLES

SCOPED = (
    "v_payment_scoped",
    "v_rental_scoped",
    "v_customer_masked",
    "v_staff_public",
    "v_store_location",
    "inventory",
    "store",
)
PUBLIC = ("film", "city", "country")
PEOPLE_OR_MONEY = ("payment", "rental", "customer", "staff", "address")
PRINCIPALS = {
    "admin": Scope((), True),
    "store_manager": Scope((1,), False),
    "marketing": Scope((2,), False),
    "finance": Scope((1,), False),
    "approver": Scope((1, 2), False),
}
MANAGER_STORE1 = next(u for u in DEMO_USERS if u.username == "manager_store1")

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


def guarded(sql: str, role: str, scope: Scope) -> GuardVerdict:
    catalog = load_catalog()
    policy = GuardPolicy(
        allowed_relations=catalog.relations_for_role(role),
        scoped_relations=catalog.scoped_relations,
        store_ids=scope.store_ids,
        all_stores=scope.all_stores,
    )
    return check_sql(sql, policy)


def test_every_scoped_relation_of_the_catalog_is_tried() -> None:
    assert set(SCOPED) == set(load_catalog().scoped_relations)


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
    scope = PRINCIPALS[role]
    verdict = guarded(template.format(rel=rel, rel_upper=rel.upper()), role, scope)
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
    allowed = load_catalog().relations_for_role(role)
    for rel in (*SCOPED, *PUBLIC, *PEOPLE_OR_MONEY):
        verdict = guarded(f"SELECT count(*) FROM analytics.{rel}", role, Scope((1,), False))
        assert verdict.allowed == (rel in allowed), (role, rel)


# -- issue 12: the views of staff and store locations --------------------------------------

STORE_2_ESCAPES = (
    "SELECT store_id FROM {rel} WHERE store_id = 2",
    "SELECT * FROM analytics.{rel} WHERE store_id <> 1",
    "SELECT x.* FROM store s RIGHT JOIN {rel} x ON x.store_id = s.store_id",
    "SELECT store_id FROM {rel} UNION ALL SELECT store_id FROM {rel} WHERE store_id = 2",
    "WITH x AS (SELECT * FROM {rel}) SELECT store_id FROM x WHERE store_id = 2",
)
STORE_2_JOINS = (
    # a store-1 payment taken by a store-2 staff member must not bring that member along
    "SELECT s.store_id FROM v_payment_scoped p LEFT JOIN v_staff_public s"
    " ON s.staff_id = p.staff_id WHERE s.store_id IS NOT NULL",
    "SELECT l.store_id, l.city FROM v_rental_scoped r, v_store_location l WHERE l.store_id = 2",
    "SELECT l.store_id FROM inventory i FULL JOIN v_store_location l ON l.store_id = i.store_id",
)


def store_2_cases() -> Iterator[str]:
    for template in STORE_2_ESCAPES:
        for rel in ("v_staff_public", "v_store_location"):
            yield template.format(rel=rel)
    yield from STORE_2_JOINS


@pytest.mark.parametrize("sql", list(store_2_cases()))
def test_a_store_1_manager_never_sees_store_2_staff_or_location(
    executor: SqlExecutor, sql: str
) -> None:
    """manager_store1, as the demo org has them: every row of the new views they get is
    store 1's, however the SQL asks for store 2's."""
    scope = Scope(MANAGER_STORE1.store_ids, MANAGER_STORE1.is_all_stores)
    verdict = guarded(sql, MANAGER_STORE1.role, scope)
    assert seen_stores(executor, verdict, scope) <= {1}
    # the same SQL for all stores does reach store 2: there was something to leak
    everything = Scope((), True)
    assert 2 in seen_stores(executor, guarded(sql, "admin", everything), everything)


def seen_stores(executor: SqlExecutor, verdict: GuardVerdict, scope: Scope) -> set[int]:
    assert verdict.allowed and verdict.sql is not None, verdict.reasons
    result = executor.run(verdict.sql, scope)
    return {row[result.columns.index("store_id")] for row in result.rows}


@pytest.mark.parametrize(
    ("role", "rel"),
    [
        ("marketing", "v_staff_public"),
        ("approver", "v_staff_public"),
        ("approver", "v_store_location"),
        ("finance", "city"),
        ("finance", "country"),
    ],
)
def test_roles_without_the_new_relations_are_refused(role: str, rel: str) -> None:
    verdict = guarded(f"SELECT * FROM {rel}", role, PRINCIPALS[role])
    assert not verdict.allowed
    assert verdict.reasons[0].code == "guard.relation_not_allowed"


PEOPLE_SQL = (
    "SELECT first_name, email, password FROM staff",
    "SELECT username, picture FROM analytics.staff WHERE store_id = 1",
    "SELECT phone FROM address",
    "SELECT a.address, a.postal_code FROM analytics.address a JOIN city c USING (city_id)",
    "SELECT s.store_id, a.phone FROM store s JOIN address a ON a.address_id = s.address_id",
    "WITH x AS (SELECT * FROM staff) SELECT count(*) FROM x",
)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("sql", PEOPLE_SQL)
def test_staff_and_addresses_are_refused_for_every_role(role: str, sql: str) -> None:
    verdict = guarded(sql, role, Scope((), True))
    assert not verdict.allowed
    assert "guard.relation_not_allowed" in {r.code for r in verdict.reasons}


@pytest.mark.parametrize("rel", PEOPLE_OR_MONEY)
def test_base_tables_are_unreachable_even_without_the_guard(
    executor: SqlExecutor, rel: str
) -> None:
    with pytest.raises(ExecutionFailed) as caught:
        executor.run(f"SELECT count(*) FROM analytics.{rel}", Scope((), True))
    assert caught.value.code == "execution.permission_denied"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT first_name, email, password FROM analytics.staff",
        "SELECT phone FROM analytics.address",
    ],
)
def test_staff_and_addresses_are_unreadable_even_without_the_guard(
    executor: SqlExecutor, sql: str
) -> None:
    with pytest.raises(ExecutionFailed) as caught:
        executor.run(sql, Scope((), True))
    assert caught.value.code == "execution.permission_denied"


def test_a_plan_by_staff_id_needs_the_staff_whatever_relation_holds_the_id() -> None:
    """Marketing reads rentals, never staff: a plan (the planner's or a model's) grouping
    rentals by the staff id in them is refused like one reading v_staff_public (it
    answered "staff 1 handled the most rentals" before)."""
    from bastion.ask.plan_scope import relations_forbidden
    from bastion.planner import QueryPlan

    catalog = load_catalog()
    by_staff = QueryPlan(intent="distribution", measures=("rentals",), dimensions=("staff",))
    assert relations_forbidden(by_staff, catalog, "marketing") == ["v_staff_public"]
    assert relations_forbidden(by_staff, catalog, "store_manager") == []
