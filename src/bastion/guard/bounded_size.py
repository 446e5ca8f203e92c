"""A bounded query: a statement whose shape alone would keep PostgreSQL's planner busy
(hundreds of chained CTEs planned for 30 s) is denied before it reaches the database.

Codes: ``guard.too_complex``, naming what is over the policy's limit: common table
expressions, joins, subqueries, or the size of the whole statement (syntax tree nodes).
The planner's own SQL stays far below every limit (see docs/guard.md).
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext


def query_shape(tree: exp.Expr) -> dict[str, int]:
    """How many CTEs, joins, subqueries and nodes the statement has."""
    counts = {"ctes": 0, "joins": 0, "subqueries": 0, "nodes": 0}
    for node in tree.walk():
        counts["nodes"] += 1
        if isinstance(node, exp.CTE):
            counts["ctes"] += 1
        elif isinstance(node, exp.Join):
            counts["joins"] += 1
        elif isinstance(node, exp.Subquery | exp.Exists) or (
            isinstance(node, exp.Select) and isinstance(node.parent, exp.In | exp.Subquery)
        ):
            counts["subqueries"] += 1
    return counts


WHAT = {
    "ctes": "common table expressions (WITH ... AS)",
    "joins": "joins",
    "subqueries": "subqueries",
    "nodes": "parts in all (the statement is too large)",
}


def bounded_size(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    limits = ctx.policy.max_shape
    shape = query_shape(tree)
    for key, limit in limits.items():
        if shape[key] > limit:
            ctx.deny(
                "guard.too_complex",
                f"The SQL has {shape[key]:,} {WHAT[key]}; the limit is {limit:,}.",
            )
    return tree
