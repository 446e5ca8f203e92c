"""Every reference to a store-scoped relation only yields the principal's stores.

``FROM analytics.v_payment_scoped p`` becomes
``FROM (SELECT * FROM analytics.v_payment_scoped WHERE store_id IN (1, 2)) AS p``: the
filter sits inside the FROM item, so it holds wherever the reference is (joins, outer
joins, where a WHERE would be wrong, CTE bodies, subqueries, set operations, LATERAL). A
reference without an alias is aliased with the relation's name, so that
``v_payment_scoped.amount`` still resolves. With no stores the filter is ``FALSE``: no
rows, never all rows. A policy for all stores rewrites nothing.

This rule never denies; it runs after the relations are approved and qualified. The
database enforces the same scope again (the views and row-level security of migration
0003), so either one alone keeps a principal inside their stores.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from bastion.guard.context import GuardContext
from bastion.guard.references import fold

SCOPE_META = "bastion.scope"  # marks the subqueries this rule writes (risk.py reads it)
OUTER_ARGS = ("alias", "joins", "laterals", "pivots")


def scope_rows(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    policy = ctx.policy
    if policy.all_stores:
        return tree
    scoped = [
        (ref, policy.scoped_relations[ref.name])
        for ref in ctx.references(tree).relations
        if ref.name in policy.scoped_relations
    ]
    if not scoped:
        return tree
    unaliased = {ref.name for ref, _ in scoped if ref.table.args.get("alias") is None}
    if unaliased:
        _unqualify_columns(ctx.nodes(tree), unaliased, policy.schema)
    condition = _in_stores(policy.store_ids)
    for ref, column in scoped:
        table = ref.table
        # The relation (with ONLY) goes inside; the alias, and the joins that sqlglot hangs
        # on the first table of a parenthesised join, stay outside.
        args = {key: value for key, value in table.args.items() if value is not None}
        outer = {key: args.pop(key) for key in OUTER_ARGS if key in args}
        outer.setdefault("alias", exp.TableAlias(this=exp.to_identifier(ref.name)))
        select = exp.Select(
            expressions=[exp.Star()],
            from_=exp.From(this=exp.Table(**args)),
            where=exp.Where(this=condition(column)),
        )
        subquery = exp.Subquery(this=select, **outer)
        subquery.meta[SCOPE_META] = ref.name
        table.replace(subquery)
    ctx.tree_changed()
    return tree


def _in_stores(store_ids: tuple[int, ...]) -> Callable[[str], exp.Expr]:
    """``column IN (1, 2)``, or ``FALSE`` for no stores."""
    ids = sorted(set(store_ids))

    def condition(column: str) -> exp.Expr:
        if not ids:
            return exp.false()
        values = [exp.Literal.number(store_id) for store_id in ids]
        return exp.In(this=exp.column(column), expressions=values)

    return condition


def _unqualify_columns(nodes: list[exp.Expr], names: set[str], schema: str) -> None:
    """``analytics.v_payment_scoped.amount`` -> ``v_payment_scoped.amount``: the schema no
    longer names a FROM item once the relation is a subquery aliased with its name."""
    for node in nodes:
        if (
            isinstance(node, exp.Column)
            and node.args.get("db") is not None
            and fold(node.args["db"]) == schema
            and fold(node.args.get("table")) in names
        ):
            node.set("db", None)
            node.set("catalog", None)
