"""Importing the real Pagila dump into the ``analytics`` tables.

It owns the copy of Pagila's data shipped in the package (``data/pagila-data.sql.gz``,
what ``bastion init`` loads) and reading pg_dump's plain-text files, gzipped or not:
checking that a schema file, when given, is Pagila's (the migration, not the dump, defines
our schema, so the file is only validated), and streaming each ``COPY public.<table> ...
FROM stdin;`` block of the data file into the matching ``analytics`` table. Payment's
monthly partitions all go into ``analytics.payment``. Every problem with the files
becomes an ``InvalidInput`` that names the file and line.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import psycopg
import sqlglot
from sqlglot import exp

from bastion.demo.tables import (
    ANALYTICS_TABLES,
    SCHEMA,
    copy_statement,
    reset_sequences,
    row_counts,
)
from bastion.errors import InvalidInput

Progress = Callable[[str, int, int], None]

NOT_PAGILA = "import.not_pagila"
INVALID_DATA = "import.invalid_data"

PACKAGED_DATA = "pagila-data.sql.gz"  # in bastion/demo/data/, with its LICENSE.txt
GZIP_MAGIC = b"\x1f\x8b"
END_OF_DATA = "\\."  # the line that ends a COPY block in pg_dump's text format
FLUSH_LINES = 2000  # rows per copy.write(): fewer round trips through psycopg
_ATTACH_PARTITION = re.compile(
    r"ALTER TABLE (?:ONLY )?public\.payment ATTACH PARTITION public\.(\w+)", re.IGNORECASE
)
_PAYMENT_PARTITION = re.compile(r"payment_p\d{4}_\d{2}")
# In a server error's context: "COPY actor, line 3, column actor_id: ..."
_COPY_LINE = re.compile(r"\bline (\d+)\b")


@dataclass(frozen=True)
class CopyHeader:
    """What one ``COPY schema.table (columns) FROM stdin;`` line says."""

    schema: str
    table: str
    columns: tuple[str, ...]


def packaged_data() -> AbstractContextManager[Path]:
    """The path of the Pagila data shipped in the package, for a ``with`` block."""
    return resources.as_file(resources.files("bastion.demo") / "data" / PACKAGED_DATA)


def import_pagila(
    conn: psycopg.Connection[Any],
    data_path: Path,
    *,
    schema_path: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Load the Pagila dump's rows into the (empty) ``analytics`` tables; rows per table.

    ``data_path`` is pg_dump's data file, plain or gzipped; ``schema_path``, if given, is
    checked to be Pagila's and names payment's partitions (without it, partitions are
    known by their ``payment_pYYYY_MM`` names). Does not commit: the caller owns the
    transaction, and after an ``InvalidInput`` the transaction is unusable and must be
    rolled back. ``progress(table, index, total)`` is called when a table's first block
    starts, ``index`` counting from 0, ``total`` 15.
    """
    partitions = check_schema(schema_path) if schema_path is not None else set()
    known_columns = _analytics_columns(conn)
    started: list[str] = []
    for header, lineno, lines in _copy_blocks(data_path):
        table = _target_table(header, partitions)
        if table is None:
            for _ in lines:  # not one of ours: skip its rows
                pass
            continue
        unknown = [c for c in header.columns if c not in known_columns[table]]
        if unknown:
            raise _invalid(
                data_path,
                lineno,
                table,
                f"the COPY names columns that analytics.{table} does not have: "
                + ", ".join(unknown),
            )
        if table not in started:
            if progress is not None:
                progress(table, len(started), len(ANALYTICS_TABLES))
            started.append(table)
        _copy_block(conn, table, header, lineno, lines, data_path)
    if not started:
        raise InvalidInput(
            f"{data_path} contains no COPY data for any Pagila table; is it pagila-data.sql?",
            code=INVALID_DATA,
            details={"file": str(data_path)},
        )
    reset_sequences(conn)
    return row_counts(conn)


def check_schema(schema_path: Path) -> set[str]:
    """Check that the file is Pagila's schema; return the names of payment's partitions.

    The schema is not run (our migration owns the schema), but a file that does not
    define the 15 tables is almost surely the wrong file, and the data file would be too.
    """
    try:
        text = schema_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _not_pagila(schema_path, "there is no such file") from None
    except UnicodeDecodeError:
        raise _not_pagila(schema_path, "it is not a UTF-8 text file") from None
    except OSError as exc:
        raise _not_pagila(schema_path, f"it cannot be read ({exc.strerror})") from None
    missing = [t for t in ANALYTICS_TABLES if f"CREATE TABLE public.{t} (" not in text]
    if missing:
        raise _not_pagila(
            schema_path,
            f"it does not define the table{'s' if len(missing) > 1 else ''} " + ", ".join(missing),
            missing_tables=missing,
        )
    return {name.lower() for name in _ATTACH_PARTITION.findall(text)}


def parse_copy_header(line: str) -> CopyHeader | None:
    """The table and columns of a pg_dump ``COPY ... FROM stdin;`` line, else None.

    pg_dump writes exactly ``COPY <schema>.<table> (<col>, ...) FROM stdin;`` with names
    quoted only when needed; sqlglot's postgres dialect parses that (and unquotes them).
    """
    try:
        statement = sqlglot.parse_one(line.strip().removesuffix(";"), dialect="postgres")
    except sqlglot.errors.SqlglotError:
        return None
    if not isinstance(statement, exp.Copy) or statement.args.get("kind") is not True:
        return None  # not a COPY ... FROM
    files = statement.args.get("files") or []
    if len(files) != 1 or files[0].name.lower() != "stdin":
        return None
    target = statement.this
    if not isinstance(target, exp.Schema) or not isinstance(target.this, exp.Table):
        return None  # pg_dump always lists the columns
    columns = tuple(column.name for column in target.expressions)
    return CopyHeader(schema=target.this.db, table=target.this.name, columns=columns)


def _target_table(header: CopyHeader, partitions: set[str]) -> str | None:
    """The ``analytics`` table a dump table's rows go to, or None to skip them."""
    if header.schema != "public":
        return None
    if header.table in ANALYTICS_TABLES:
        return header.table
    if header.table in partitions or _PAYMENT_PARTITION.fullmatch(header.table):
        return "payment"
    return None


def _analytics_columns(conn: psycopg.Connection[Any]) -> dict[str, set[str]]:
    """Column names per ``analytics`` table, to reject a foreign COPY column list early."""
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s",
        (SCHEMA,),
    ).fetchall()
    columns: dict[str, set[str]] = {table: set() for table in ANALYTICS_TABLES}
    for table, column in rows:
        if table in columns:
            columns[table].add(column)
    return columns


def _copy_blocks(path: Path) -> Iterator[tuple[CopyHeader, int, Iterator[str]]]:
    """Each COPY block of a pg_dump data file: its header, the header's line number and
    an iterator over its row lines (to be consumed before the next block is asked for).

    Lines are read as bytes and decoded one at a time, so a bad byte is reported with
    its exact line; everything outside COPY blocks (SET, setval, comments) is ignored.
    A gzipped file (known by its first bytes, whatever its name) is read through gzip.
    """
    try:
        file = _open(path)
    except OSError as exc:
        raise InvalidInput(
            f"Cannot read the Pagila data file {path}: {exc.strerror or exc}.",
            code=INVALID_DATA,
            details={"file": str(path)},
        ) from None
    with file:
        lineno = 0
        table: str | None = None  # the block being read, for error messages

        def read() -> tuple[int, str] | None:
            nonlocal lineno
            try:
                raw = file.readline()
            except EOFError:  # gzip's end marker is missing
                raise _invalid(
                    path, lineno + 1, table, "the compressed file ends early; it is truncated"
                ) from None
            except (OSError, zlib.error) as exc:
                raise _invalid(
                    path, lineno + 1, table, f"the line cannot be read ({exc})"
                ) from None
            if not raw:
                return None
            lineno += 1
            try:
                return lineno, raw.decode("utf-8")
            except UnicodeDecodeError:
                raise _invalid(path, lineno, table, "the line is not valid UTF-8") from None

        def rows(header: CopyHeader, start: int) -> Iterator[str]:
            while (item := read()) is not None:
                if item[1].rstrip("\r\n") == END_OF_DATA:
                    return
                yield item[1]
            raise _invalid(
                path,
                start,
                header.table,
                f"the COPY block has no end marker ({END_OF_DATA}); the file is truncated",
            )

        while (item := read()) is not None:
            start, line = item
            if not line.startswith("COPY "):
                continue
            header = parse_copy_header(line)
            if header is None:
                raise _invalid(
                    path, start, None, "expected COPY <schema>.<table> (<columns>) FROM stdin"
                )
            table = header.table
            yield header, start, rows(header, start)
            table = None


def _open(path: Path) -> io.BufferedIOBase:
    with path.open("rb") as probe:
        gzipped = probe.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _copy_block(
    conn: psycopg.Connection[Any],
    table: str,
    header: CopyHeader,
    start: int,
    lines: Iterator[str],
    path: Path,
) -> None:
    """Stream one block's rows, unchanged: pg_dump's COPY text is what COPY FROM reads."""
    try:
        with conn.cursor() as cur, cur.copy(copy_statement(table, header.columns)) as copy:
            batch: list[str] = []
            for line in lines:
                batch.append(line)
                if len(batch) >= FLUSH_LINES:
                    copy.write("".join(batch))
                    batch.clear()
            if batch:
                copy.write("".join(batch))
    except (psycopg.DataError, psycopg.IntegrityError) as exc:
        # A row error's context says "COPY <table>, line <n>" within the block; a foreign
        # key checked at the end of the block has no line, so report the block's header.
        match = _COPY_LINE.search(exc.diag.context or "")
        at = start + int(match.group(1)) if match else start
        reason = exc.diag.message_primary or str(exc)
        if exc.diag.message_detail:
            reason += f" ({exc.diag.message_detail.rstrip('.')})"
        where = "" if match else "the COPY block starting here: "
        raise _invalid(path, at, table, where + reason) from None


def _invalid(path: Path, line: int, table: str | None, reason: str) -> InvalidInput:
    subject = f" (table {table})" if table else ""
    return InvalidInput(
        f"{path}, line {line}{subject}: {reason}.",
        code=INVALID_DATA,
        details={"file": str(path), "line": line, "table": table},
    )


def _not_pagila(path: Path, reason: str, **details: Any) -> InvalidInput:
    return InvalidInput(
        f"{path} is not a Pagila schema file: {reason}.",
        code=NOT_PAGILA,
        details={"file": str(path), **details},
    )
