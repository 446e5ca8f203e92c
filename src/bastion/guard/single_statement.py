"""Exactly one statement: stacked statements (``SELECT 1; DROP TABLE x``) are denied.

Codes: ``guard.multiple_statements``. Comments are not statements, and neither are empty
ones (a trailing ``;``); a comment cannot hide a statement because sqlglot tokenises
comments and strings exactly as it parses, and the guard only ever runs the SQL it
generates from the tree it checked.
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext


def single_statement(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    count = len(ctx.statements)
    if count > 1:
        ctx.deny(
            "guard.multiple_statements",
            f"The SQL has {count} statements; only one statement is allowed.",
        )
    return tree
