"""SQL highlighted for pages with Pygments (its HTML escapes the SQL; colours come from
classes in app.css, so no inline styles are needed under the CSP)."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup


@lru_cache(maxsize=1024)
def sql_html(sql: str) -> Markup:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PostgresLexer

    html = highlight(sql, PostgresLexer(), HtmlFormatter(nowrap=True, classprefix="sql-"))
    return Markup(html)  # noqa: S704 - Pygments escapes the SQL it formats
