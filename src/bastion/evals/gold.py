"""The gold rows of a question: its gold SQL run read-only as the database owner, or the
rows its file gives inline.

Gold SQL names bare tables (``film``, ``payment``): it runs with ``search_path`` set to
the data schema and ``TimeZone`` UTC, in a READ ONLY transaction with a statement
timeout, as one prepared statement (so a second statement cannot follow), as the owner:
the gold answer is the whole truth, not what some role may see.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from bastion.db.engine import Database
from bastion.errors import BastionError
from bastion.evals.compare import Table
from bastion.evals.questions import Question

GOLD_TIMEOUT_MS = 30_000


class GoldFailed(BastionError):
    """The gold SQL of a question did not run: the question file or the data is wrong."""

    status_code = 422
    code = "eval.gold_failed"


def gold_table(
    db: Database, question: Question, schema: str, *, timeout_ms: int = GOLD_TIMEOUT_MS
) -> Table:
    """The gold rows of a question that expects an answer."""
    inline = question.inline_rows
    if inline is not None:
        width = max((len(row) for row in inline), default=0)
        return Table(tuple(f"column_{n + 1}" for n in range(width)), inline)
    assert question.gold_sql is not None  # validated: an expected answer has one or the other
    return run_gold_sql(db, question.gold_sql, schema, timeout_ms=timeout_ms)


def run_gold_sql(
    db: Database, query: str, schema: str, *, timeout_ms: int = GOLD_TIMEOUT_MS
) -> Table:
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        try:
            return _read(raw, query, schema, timeout_ms)
        finally:
            raw.rollback()


def _read(raw: psycopg.Connection[Any], query: str, schema: str, timeout_ms: int) -> Table:
    try:
        with raw.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(sql.SQL("SET LOCAL search_path = {}").format(sql.Identifier(schema)))
            cur.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(int(timeout_ms)))
            cur.execute("SET LOCAL TimeZone = 'UTC'")
            cur.execute(query, prepare=True)
            columns = tuple(d.name for d in cur.description or ())
            rows = [tuple(r) for r in cur.fetchall()]
    except pg_errors.QueryCanceled as exc:
        raise GoldFailed(
            f"The gold SQL took longer than {timeout_ms / 1000:g} s and was stopped.",
            details={"sqlstate": exc.sqlstate},
        ) from exc
    except psycopg.Error as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GoldFailed(
            f"The gold SQL failed: {first_line}", details={"sqlstate": exc.sqlstate}
        ) from exc
    return Table(columns, rows)
