"""How costly approved SQL looks: static factors from its tree, plus the database planner's
row estimate when the executor asks for one. The approvals work turns the level into a
decision; the guard only measures.

``check_sql`` stays database-free: it scores the static factors. The executor can rescore
with ``score_risk(verdict.risk_factors, estimate_rows(conn, verdict.sql))``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from sqlglot import exp

from bastion.guard.policy import GuardPolicy
from bastion.guard.scope_rows import SCOPE_META
from bastion.guard.verdict import Risk, RiskFactors, RiskLevel

# Points per factor, and the most a kind of factor can add.
JOIN_POINTS, JOIN_MAX = 5, 25
JOIN_WITHOUT_CONDITION_POINTS = 40
UNFILTERED_SCAN_POINTS = 20
SUBQUERY_POINTS, SUBQUERY_MAX = 5, 15
WINDOW_POINTS, WINDOW_MAX = 5, 15
DISTINCT_OVER_UNFILTERED_POINTS = 15
# (at least this many estimated rows, points)
ROW_ESTIMATE_POINTS = ((1_000_000, 40), (100_000, 25), (10_000, 10))
# (at least this estimated total cost, points): a product under an aggregate estimates one
# row and a great deal of work. A full scan of the rentals costs about 400.
COST_ESTIMATE_POINTS = ((10_000_000, 60), (1_000_000, 40), (100_000, 15))
MEDIUM_FROM, HIGH_FROM = 30, 60


def risk_factors(tree: exp.Expr, policy: GuardPolicy) -> RiskFactors:
    """Factors of the approved, rewritten tree; a scope subquery counts as the relation."""
    joins = joins_without_condition = subqueries = windows = 0
    unfiltered: list[str] = []
    distinct = False
    for node in tree.walk(prune=_is_scope_select):
        kind = type(node)
        if kind is exp.Join:
            joins += 1
            if _without_condition(node):
                joins_without_condition += 1
        elif kind is exp.Select:
            subqueries += (
                node.parent_select is not None
                and not _is_scope_select(node)
                and not _only_reordered(node)
            )
        elif kind is exp.Window:
            windows += 1
        else:
            name = _relation_name(node)
            if name in policy.large_relations:
                select = node.parent_select
                if select is not None and _unfiltered(select.args.get("where")):
                    unfiltered.append(name)
                    distinct = distinct or select.args.get("distinct") is not None
    return RiskFactors(
        joins=joins,
        joins_without_condition=joins_without_condition,
        subqueries=subqueries,
        window_functions=windows,
        unfiltered_scans=tuple(unfiltered),
        distinct_over_unfiltered=distinct,
    )


def _unfiltered(where: exp.Expr | None) -> bool:
    """No WHERE, or one that only drops NULLs (``x IS NOT NULL``): every row is read."""
    if where is None:
        return True
    condition = where.this if isinstance(where, exp.Where) else where
    parts = list(condition.flatten()) if isinstance(condition, exp.And) else [condition]
    return all(_not_null(part) for part in parts)


def _not_null(condition: exp.Expr) -> bool:
    """``x IS NOT NULL``, however it parsed (``NOT x IS NULL``, or ``Is`` negated)."""
    if isinstance(condition, exp.Not):
        return isinstance(condition.this, exp.Is) and isinstance(
            condition.this.expression, exp.Null
        )
    return (
        isinstance(condition, exp.Is)
        and isinstance(condition.expression, exp.Null)
        and bool(condition.args.get("negate"))
    )


def _only_reordered(select: exp.Expr) -> bool:
    """A subquery whose rows the outer query only orders, cuts or computes on row by row
    (``SELECT * FROM (...) ORDER BY ... LIMIT n``, how a ranking keeps its ties; a share
    or an average per rental computed from the totals): the same rows pass, it costs
    nothing more. Window functions are scored on their own."""
    outer = select.parent_select
    if outer is None or not isinstance(select.parent, exp.Subquery):
        return False
    reads_only_it = (
        outer.args.get("from_") is not None and outer.args["from_"].this is select.parent
    )
    extra = any(outer.args.get(key) for key in ("joins", "where", "group", "having", "distinct"))
    return reads_only_it and not extra


def score_risk(
    factors: RiskFactors,
    estimated_rows: int | None = None,
    *,
    estimated_cost: float | None = None,
    exact: bool = True,
) -> Risk:
    """A 0-100 score, its level (low < 30 <= medium < 60 <= high) and why, from the static
    factors and, when the database planner was asked, its row and cost estimates.
    ``exact`` False: the reasons name the estimates' bands (at least 100,000 rows), not
    the estimates, which count every store's rows."""
    points = 0
    why: list[str] = []
    if factors.joins:
        points += min(JOIN_POINTS * factors.joins, JOIN_MAX)
        why.append(_count(factors.joins, "join"))
    if factors.joins_without_condition:
        points += JOIN_WITHOUT_CONDITION_POINTS * factors.joins_without_condition
        why.append(
            _count(
                factors.joins_without_condition,
                "join without a condition",
                "joins without a condition",
            )
        )
    for name in factors.unfiltered_scans:
        points += UNFILTERED_SCAN_POINTS
        why.append(f"unfiltered scan of {name}")
    if factors.distinct_over_unfiltered:
        points += DISTINCT_OVER_UNFILTERED_POINTS
        why.append("DISTINCT over an unfiltered scan")
    if factors.subqueries:
        points += min(SUBQUERY_POINTS * factors.subqueries, SUBQUERY_MAX)
        why.append(_count(factors.subqueries, "subquery", "subqueries"))
    if factors.window_functions:
        points += min(WINDOW_POINTS * factors.window_functions, WINDOW_MAX)
        why.append(_count(factors.window_functions, "window function"))
    estimates = (
        (estimated_rows, ROW_ESTIMATE_POINTS, "about {:,.0f} rows estimated",
         "at least {:,} rows estimated"),
        (estimated_cost, COST_ESTIMATE_POINTS, "an estimated cost of {:,.0f}",
         "an estimated cost of at least {:,}"),
    )  # fmt: skip
    for value, bands, exactly, banded in estimates:
        band = next(((low, p) for low, p in bands if value is not None and value >= low), None)
        if band is not None:
            points += band[1]
            why.append(exactly.format(value) if exact else banded.format(band[0]))
    score = min(points, 100)
    level: RiskLevel = "high" if score >= HIGH_FROM else "medium" if score >= MEDIUM_FROM else "low"
    return Risk(score=score, level=level, factors=tuple(why))


@dataclass(frozen=True)
class PlanEstimate:
    rows: int  # rows the query produces, before the top-level LIMIT
    limited_rows: int  # rows after it (the top plan node's estimate)
    total_cost: float


def estimate_plan(conn: psycopg.Connection[Any], sql: str) -> PlanEstimate | None:
    """Ask PostgreSQL's planner (EXPLAIN without ANALYZE: nothing runs). Only pass SQL the
    guard approved. Database errors propagate; None if the plan has no estimate."""
    row = conn.execute(b"EXPLAIN (FORMAT JSON) " + sql.encode()).fetchone()
    try:
        top = row[0][0]["Plan"]  # type: ignore[index]
        inner = top
        if top.get("Node Type") == "Limit":
            # The LIMIT's input: its outer child, not an InitPlan computed beside it.
            outer = [p for p in top.get("Plans", ()) if p.get("Parent Relationship") == "Outer"]
            inner = outer[0] if outer else top
        return PlanEstimate(
            rows=int(inner["Plan Rows"]),
            limited_rows=int(top["Plan Rows"]),
            total_cost=float(top["Total Cost"]),
        )
    except (TypeError, KeyError, IndexError, ValueError):
        return None


def estimate_rows(conn: psycopg.Connection[Any], sql: str) -> int | None:
    """The planner's estimate of the rows the query produces. Read below the top-level
    LIMIT, which the guard always adds: above it the estimate never exceeds the cap."""
    plan = estimate_plan(conn, sql)
    return plan.rows if plan is not None else None


def _is_scope(node: exp.Expr | None) -> bool:
    return type(node) is exp.Subquery and node.meta_get(SCOPE_META) is not None


def _is_scope_select(node: exp.Expr) -> bool:
    """The SELECT inside a scope subquery: not the user's subquery, and not walked."""
    return type(node) is exp.Select and _is_scope(node.parent)


def _relation_name(node: exp.Expr) -> str | None:
    if type(node) is exp.Table and node.args.get("db") is not None:
        return node.name  # approved relations are qualified; CTE references are not
    if _is_scope(node):
        return str(node.meta_get(SCOPE_META))
    return None


def _without_condition(join: exp.Expr) -> bool:
    """A join that multiplies rows: no condition, or one that does not equate a column
    of the joined relation with one of another (``ON TRUE``, ``ON a.id <> b.id``)."""
    args = join.args
    if args.get("using") or args.get("method"):
        return False  # USING or NATURAL: equal columns of both sides
    if isinstance(join.this, exp.Lateral | exp.Unnest):
        return False
    select = join.parent_select
    first = select.args.get("from_") if select is not None else None
    sides = [join.this, first.this if isinstance(first, exp.From) else None]
    if all(_one_row(side) for side in sides):
        return False  # two totals side by side (revenue and rentals, one row each)
    on = args.get("on")
    if on is None:
        return True
    # A short list of constants written in the query (the periods of a comparison) joined
    # on ranges multiplies nothing much; anything else must equate keys.
    return not (
        any(_constants(side) for side in sides) or _equates_keys(on, join.this.alias_or_name)
    )


def _equates_keys(condition: exp.Expr, joined: str) -> bool:
    """Whether ``condition`` requires (at its top level, through AND) a column of the
    ``joined`` relation to equal a column of another relation."""
    parts = list(condition.flatten()) if isinstance(condition, exp.And) else [condition]
    for part in parts:
        if isinstance(part, exp.Paren):
            if _equates_keys(part.this, joined):
                return True
        elif isinstance(part, exp.EQ):
            left, right = part.this, part.expression
            if isinstance(left, exp.Column) and isinstance(right, exp.Column):
                sides = {left.table, right.table}
                if joined in sides and len(sides) == 2 and "" not in sides:
                    return True
                if not left.table or not right.table:  # unqualified: trust different names
                    return left.name != right.name or left.table != right.table
    return False


def _query_of(relation: exp.Expr | None) -> exp.Expr | None:
    """The query behind ``relation``: a subquery's, or a CTE's by its name."""
    if isinstance(relation, exp.Subquery):
        inner: exp.Expr = relation.this
        return inner
    query: exp.Expr | None = None
    if isinstance(relation, exp.Table) and not relation.db:
        scope = relation.parent_select
        while scope is not None and query is None:
            with_ = scope.args.get("with_")
            for cte in with_.expressions if with_ is not None else ():
                if cte.alias_or_name == relation.name:
                    query = cte.this
            scope = scope.parent_select
    return query


def _constants(relation: exp.Expr | None) -> bool:
    """Whether ``relation`` is a short list of rows written in the query (VALUES)."""
    query = _query_of(relation)
    if isinstance(query, exp.Select) and not query.args.get("joins"):
        source = query.args.get("from_")
        query = source.this if isinstance(source, exp.From) else None
        if isinstance(query, exp.Subquery):
            query = query.this
    return isinstance(query, exp.Values) and len(query.expressions) <= 100


def _one_row(relation: exp.Expr | None) -> bool:
    """Whether ``relation`` (a subquery, or a CTE by name) is an aggregate with no GROUP
    BY: exactly one row."""
    query = _query_of(relation)
    if not isinstance(query, exp.Select) or query.args.get("group"):
        return False
    return bool(query.expressions) and all(
        e.find(exp.AggFunc) is not None and e.find(exp.Window) is None for e in query.expressions
    )


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
