"""The outermost query returns at most ``max_limit`` rows.

No LIMIT: ``LIMIT max_limit`` is added. ``LIMIT n`` is lowered to ``max_limit`` when larger;
``LIMIT ALL`` and ``LIMIT NULL`` (which PostgreSQL reads as ALL) become ``max_limit``.
``FETCH FIRST n ROWS ONLY`` is rewritten as the equivalent ``LIMIT`` (capped the same way);
OFFSET is kept. For a set operation the cap applies to the whole result
(``SELECT ... UNION SELECT ... LIMIT 200``); limits inside subqueries are left alone.

Codes: ``guard.limit_invalid`` for a limit that is not an integer literal (``LIMIT 1+1``,
``LIMIT (SELECT ...)``, a parameter, a string, a negative number) and for ``FETCH ... WITH
TIES`` or ``PERCENT``, which can return more rows than their count. Such a limit is denied
rather than replaced: its author meant something the guard cannot verify, and the planner
never writes one.
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext


class _InvalidLimit(Exception):
    pass


def cap_limit(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    cap = ctx.policy.max_limit
    try:
        requested = _requested_rows(tree.args.get("limit"))
    except _InvalidLimit as exc:
        ctx.deny("guard.limit_invalid", str(exc))
        return tree
    applied = cap if requested is None else min(requested, cap)
    tree.set("limit", exp.Limit(expression=exp.Literal.number(applied)))
    ctx.limit_applied = applied
    return tree


def _requested_rows(limit: exp.Expr | None) -> int | None:
    """The row count the query asks for; None for no limit or ALL."""
    if limit is None:
        return None
    if isinstance(limit, exp.Fetch):
        options = limit.args.get("limit_options")
        if options is not None and (options.args.get("with_ties") or options.args.get("percent")):
            raise _InvalidLimit(
                "FETCH ... WITH TIES or PERCENT can return more rows than its count; "
                "use FETCH FIRST n ROWS ONLY or LIMIT n."
            )
        count = limit.args.get("count")
        return 1 if count is None else _literal_rows(count, "FETCH FIRST")
    extras = {key for key, value in limit.args.items() if value is not None} - {"expression"}
    if isinstance(limit, exp.Limit) and not extras:
        return _literal_rows(limit.expression, "LIMIT")
    raise _InvalidLimit("The LIMIT clause has a form the guard does not accept.")


def _literal_rows(value: exp.Expr | None, clause: str) -> int | None:
    if isinstance(value, exp.Null) or (isinstance(value, exp.Var) and value.name.upper() == "ALL"):
        return None
    if isinstance(value, exp.Literal) and not value.is_string and value.is_int:
        return int(value.this)
    raise _InvalidLimit(
        f"The {clause} value must be a whole number written out (like {clause} 10), "
        "not an expression, parameter or subquery."
    )
