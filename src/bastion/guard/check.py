"""The SQL guard's entry point: every SQL statement goes through ``check_sql`` before it
runs, whoever wrote it (the planner, a model, a person).

The input is parsed once; then each rule of ``GUARDS`` gets the tree and the context, in
order, and either adds deny reasons or returns a rewritten tree. The first rule that
denies stops the check (later rules rely on what earlier ones established: one read-only
statement, approved and qualified relations), and reports everything it found wrong.
Approved SQL is generated from the checked tree, never passed through as written, so
what runs is exactly what was checked.
"""

from __future__ import annotations

from sqlglot.errors import ErrorLevel, SqlglotError

from bastion.guard.allowed_functions import allowed_functions
from bastion.guard.allowed_relations import allowed_relations
from bastion.guard.bounded_size import bounded_size
from bastion.guard.cap_limit import cap_limit
from bastion.guard.context import Guard, GuardContext
from bastion.guard.parse import dialect, parse_sql
from bastion.guard.policy import GuardPolicy
from bastion.guard.read_only import read_only
from bastion.guard.risk import risk_factors, score_risk
from bastion.guard.scope_rows import scope_rows
from bastion.guard.single_statement import single_statement
from bastion.guard.verdict import NO_RISK, GuardVerdict, Reason

GUARDS: tuple[Guard, ...] = (
    single_statement,
    bounded_size,
    read_only,
    allowed_relations,
    allowed_functions,
    scope_rows,
    cap_limit,
)


def check_sql(sql: str, policy: GuardPolicy) -> GuardVerdict:
    """Allow (with the SQL to run) or deny (with reasons); never raises for bad SQL."""
    ctx = GuardContext(policy)
    parsed = parse_sql(sql, policy)
    if isinstance(parsed, Reason):
        return _denied(ctx, parsed)
    ctx.statements = parsed
    tree = parsed[0]
    try:
        for guard in GUARDS:
            tree = guard(tree, ctx)
            if ctx.reasons:
                return _denied(ctx)
        rewritten = tree.sql(
            dialect=dialect(policy.dialect),
            copy=False,
            comments=False,
            unsupported_level=ErrorLevel.RAISE,
        )
    except RecursionError:
        return _denied(ctx, Reason("guard.too_complex", "The SQL is nested too deeply."))
    except SqlglotError as exc:
        return _denied(
            ctx,
            Reason("guard.syntax_not_allowed", f"The SQL cannot be rewritten safely: {exc}."),
        )
    factors = risk_factors(tree, policy)
    return GuardVerdict(
        allowed=True,
        sql=rewritten,
        reasons=(),
        relations=tuple(sorted(ctx.relations)),
        limit_applied=ctx.limit_applied,
        risk=score_risk(factors),
        risk_factors=factors,
    )


def _denied(ctx: GuardContext, reason: Reason | None = None) -> GuardVerdict:
    reasons = (reason,) if reason is not None else tuple(ctx.reasons)
    return GuardVerdict(
        allowed=False,
        sql=None,
        reasons=reasons,
        relations=tuple(sorted(ctx.relations)),
        limit_applied=None,
        risk=NO_RISK,
    )
