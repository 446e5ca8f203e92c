"""Turning text into statements, once per check, or a reason why not.

Codes:

- ``guard.empty``: no SQL at all (blank, or only comments and semicolons).
- ``guard.too_large``: longer than the policy's ``max_sql_chars``.
- ``guard.invalid_characters``: a NUL byte, control or format character (zero-width space,
  bidirectional override, byte-order mark, ...): they only ever hide what SQL says.
- ``guard.parse_error``: sqlglot cannot parse it as the policy's dialect.
- ``guard.too_complex``: nested too deeply to parse.
"""

from __future__ import annotations

from functools import cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError

from bastion.guard.policy import GuardPolicy
from bastion.guard.verdict import Reason

# Tabs and line breaks are ordinary SQL white space; every other non-printable character
# (str.isprintable: control, format, separator other than space, unassigned) is refused.
_WHITESPACE_AS_SPACE = str.maketrans("\t\n\r", "   ")


@cache
def dialect(name: str) -> Dialect:
    return Dialect.get_or_raise(name)


def parse_sql(sql: str, policy: GuardPolicy) -> tuple[exp.Expr, ...] | Reason:
    """Every non-empty statement of ``sql``, or the reason it cannot be checked."""
    if len(sql) > policy.max_sql_chars:
        return Reason(
            "guard.too_large",
            f"The SQL is {len(sql):,} characters long; the limit is {policy.max_sql_chars:,}.",
        )
    if not sql.strip():
        return Reason("guard.empty", "There is no SQL to check.")
    if not sql.translate(_WHITESPACE_AS_SPACE).isprintable():
        return Reason(
            "guard.invalid_characters",
            "The SQL contains a NUL byte, control or invisible formatting character.",
        )
    try:
        parsed = dialect(policy.dialect).parse(sql)
    except SqlglotError as exc:
        return Reason("guard.parse_error", f"The SQL could not be parsed: {_where(exc)}")
    except RecursionError:
        return Reason("guard.too_complex", "The SQL is nested too deeply to be checked.")
    # Empty statements: None for ";;", exp.Semicolon for a comment after the last ";".
    statements = tuple(
        statement
        for statement in parsed
        if statement is not None and not isinstance(statement, exp.Semicolon)
    )
    if not statements:
        return Reason("guard.empty", "There is no SQL to check, only comments or semicolons.")
    return statements


def _where(exc: SqlglotError) -> str:
    """Where sqlglot stopped, without its excerpt of the input or its internals."""
    errors = getattr(exc, "errors", None)
    if errors and errors[0].get("line") is not None:
        return f"invalid syntax at line {errors[0]['line']}, column {errors[0]['col']}."
    return "an unterminated string, quoted name or comment, or a stray character."
