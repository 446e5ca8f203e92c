"""The planner suite: every question is planned (in its conversation, for its role),
compiled, run on the demo data, and its rows compared with those of hand-written SQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from bastion.catalog import Catalog, KnownValues
from bastion.planner import CompiledQuery, QueryPlan, compile_plan, plan_question
from bastion.planner.resolve_plan import relations_for_plan
from tests.planner.cases import Case, read_cases

CASES = read_cases()


def plan_case(case: Case, catalog: Catalog, as_of: date, known: KnownValues) -> QueryPlan:
    previous: QueryPlan | None = None
    for question in (*case.before, case.question):
        result = plan_question(
            question,
            catalog=catalog,
            role=case.role,
            as_of=as_of,
            previous=previous,
            known_values=known,
        )
        assert isinstance(result, QueryPlan), f"{question!r}: {result}"
        previous = result
    assert previous is not None
    return previous


def _close(actual: Any, expected: Any) -> bool:
    """Equal, or numbers within half a unit of the planner's last decimal."""
    if isinstance(actual, bool) or isinstance(expected, bool):
        return bool(actual == expected)
    if isinstance(actual, int | float | Decimal) and isinstance(expected, int | float | Decimal):
        exponent = actual.as_tuple().exponent if isinstance(actual, Decimal) else 0
        tolerance = Decimal(5) * Decimal(10) ** (int(exponent) - 1) if exponent else Decimal(0)
        return abs(Decimal(str(actual)) - Decimal(str(expected))) <= tolerance + Decimal("1e-9")
    return bool(actual == expected)


def _key(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(repr(v) for v in row)


def assert_same_rows(
    actual: list[tuple[Any, ...]], expected: list[tuple[Any, ...]], ordered: bool
) -> None:
    assert len(actual) == len(expected), f"{len(actual)} rows, expected {len(expected)}"
    if not ordered:
        actual, expected = sorted(actual, key=_key), sorted(expected, key=_key)
    for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
        assert len(got) == len(want), f"row {index}: {got} vs {want}"
        assert all(_close(a, e) for a, e in zip(got, want, strict=True)), (
            f"row {index}: {got} != {want}"
        )


def run(conn: psycopg.Connection[Any], sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    cursor = conn.execute(sql)
    names = [d.name for d in cursor.description or ()]
    return names, cursor.fetchall()


def test_the_suite_covers_every_intent_role_and_follow_ups() -> None:
    intents = {c.intent for c in CASES}
    assert len(CASES) >= 60
    assert intents == {"kpi", "trend", "ranking", "distribution", "comparison", "list"}
    assert {c.role for c in CASES} == {"admin", "store_manager", "marketing", "finance"}
    assert sum(1 for c in CASES if c.before) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_question_gives_the_hand_written_result(
    case: Case,
    catalog: Catalog,
    as_of: date,
    known_values: KnownValues,
    analytics: psycopg.Connection[Any],
) -> None:
    plan = plan_case(case, catalog, as_of, known_values)
    if case.intent is not None:
        assert plan.intent == case.intent, plan
    compiled = compile_plan(plan, catalog)
    names, actual = run(analytics, compiled.sql)
    _, expected = run(analytics, case.sql(as_of))
    assert names == [c.name for c in compiled.columns]
    # an entity's id and name parts stand beside its value; the hand-written SQL has
    # only the value (and a customer's masked name)
    kept = [
        i
        for i, c in enumerate(compiled.columns)
        if c.label.endswith(" number")
        or ((c.role != "label" or c.name == f"{c.names}_name") and not c.name.endswith("_id"))
    ]
    actual = [tuple(row[i] for i in kept) for row in actual]
    # tied rows have no order of their own: a ranking with ties compares as a multiset
    assert_same_rows(actual, expected, case.ordered and not plan.ties)
    check_compiled(compiled, plan, catalog, case.role)


def check_compiled(compiled: CompiledQuery, plan: QueryPlan, catalog: Catalog, role: str) -> None:
    """What every compiled query promises whatever the question."""
    assert set(compiled.relations) == relations_for_plan(plan, catalog)
    assert set(compiled.relations) <= catalog.relations_for_role(role)
    for relation in compiled.relations:
        assert f"analytics.{relation} AS" in compiled.sql
    assert "\nLIMIT " in compiled.sql
    limit = int(compiled.sql.rsplit("LIMIT ", 1)[1])
    # a ranking keeps every row tied with its last one, a growth per group the last period
    # of every group: the row cap is the only LIMIT
    per_group = plan.derived == "growth" and bool(plan.dimensions)
    assert limit == (200 if plan.ties or per_group else min(plan.limit or 200, 200))
    measures = [c.name for c in compiled.columns if c.role == "measure"]
    if plan.derived is None:
        assert measures == list(plan.measures)
    elif plan.derived == "change":  # the figure in both periods, then how it changed
        [measure] = plan.measures
        assert measures == [f"{measure}_first", f"{measure}_last", "difference", "change"]
    elif plan.derived == "histogram":  # each count of the measure, then the things with it
        assert [c.name for c in compiled.columns] == [plan.measures[0], "count"]
        assert measures == ["count"]
    else:  # the share or growth is computed in SQL, after the measures it is made of
        assert measures[-1] == plan.derived
        assert set(measures[:-1]) <= set(plan.measures)
    assert all(c.label and c.label[0].isupper() for c in compiled.columns)
