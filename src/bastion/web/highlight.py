"""SQL for pages: laid out by sqlglot's pretty printer (one clause per line, indented
subqueries), then highlighted with Pygments (its HTML escapes the SQL; colours come from
classes in app.css, so no inline styles are needed under the CSP).

The layout changes whitespace only: the laid-out SQL is shown only when it has exactly
the tokens of the SQL that runs, else the SQL is shown as it is. So an approver reads
the statement that runs, token for token.
"""

from __future__ import annotations

from functools import lru_cache

import sqlglot
from markupsafe import Markup
from sqlglot.errors import SqlglotError

DIALECT = "postgres"


def _tokens(sql: str) -> list[tuple[object, str, tuple[str, ...]]]:
    return [(t.token_type, t.text, tuple(t.comments)) for t in sqlglot.tokenize(sql, read=DIALECT)]


@lru_cache(maxsize=1024)
def pretty_sql(sql: str) -> str:
    """``sql`` laid out one clause per line, or as it is when it does not parse, holds
    several statements, or would not keep every token and comment as it is."""
    try:
        statements = sqlglot.parse(sql, read=DIALECT)
        if len(statements) != 1 or statements[0] is None:
            return sql
        laid_out = statements[0].sql(dialect=DIALECT, pretty=True)
        if _tokens(laid_out) != _tokens(sql):
            return sql
    except (SqlglotError, RecursionError):
        return sql
    return laid_out


@lru_cache(maxsize=1024)
def sql_html(sql: str) -> Markup:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PostgresLexer

    formatted = highlight(
        pretty_sql(sql), PostgresLexer(), HtmlFormatter(nowrap=True, classprefix="sql-")
    )
    return Markup(formatted)  # noqa: S704 - Pygments escapes the SQL it formats
