"""The list of the 15 ``analytics`` tables and the chores every loader shares: emptying
them, counting their rows and moving identity sequences past the loaded ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

SCHEMA = "analytics"

# FK-safe load order: every table comes after the tables it references
# (store.manager_staff_id has no foreign key, so store can precede staff).
ANALYTICS_TABLES: tuple[str, ...] = (
    "actor",
    "category",
    "language",
    "country",
    "city",
    "address",
    "store",
    "staff",
    "customer",
    "film",
    "film_actor",
    "film_category",
    "inventory",
    "rental",
    "payment",
)

# Tables whose single-column primary key is an identity column, and that column.
IDENTITY_COLUMNS: dict[str, str] = {
    "actor": "actor_id",
    "category": "category_id",
    "language": "language_id",
    "country": "country_id",
    "city": "city_id",
    "address": "address_id",
    "store": "store_id",
    "staff": "staff_id",
    "customer": "customer_id",
    "film": "film_id",
    "inventory": "inventory_id",
    "rental": "rental_id",
    "payment": "payment_id",
}


def copy_statement(table: str, columns: Sequence[str]) -> sql.Composed:
    """``COPY analytics.<table> (<columns>) FROM STDIN`` with every name quoted."""
    return sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(SCHEMA, table), sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    )


def truncate_analytics(conn: psycopg.Connection[Any]) -> None:
    """Empty all 15 tables in one statement, so FKs between them never get in the way."""
    tables = sql.SQL(", ").join(sql.Identifier(SCHEMA, t) for t in ANALYTICS_TABLES)
    conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(tables))


def row_counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Rows per table, in load order; one round trip."""
    query = sql.SQL(" UNION ALL ").join(
        sql.SQL("SELECT {}, count(*) FROM {}").format(
            sql.Literal(table), sql.Identifier(SCHEMA, table)
        )
        for table in ANALYTICS_TABLES
    )
    counts = dict(conn.execute(query).fetchall())
    return {table: int(counts[table]) for table in ANALYTICS_TABLES}


def reset_sequences(conn: psycopg.Connection[Any]) -> None:
    """Point each identity sequence past the largest loaded id.

    COPY with explicit ids does not advance the sequences, so without this the next
    ``INSERT`` would collide with a loaded row. ``is_called = false`` with ``max + 1``
    also works for empty tables and for ids starting at 0 (Pagila's stores and staff).
    """
    setvals = sql.SQL(", ").join(
        sql.SQL(
            "(SELECT setval(pg_get_serial_sequence({name}, {col}), "
            "coalesce(max({ident}), 0) + 1, false) FROM {table})"
        ).format(
            name=sql.Literal(f"{SCHEMA}.{table}"),
            col=sql.Literal(column),
            ident=sql.Identifier(column),
            table=sql.Identifier(SCHEMA, table),
        )
        for table, column in IDENTITY_COLUMNS.items()
    )
    conn.execute(sql.SQL("SELECT {}").format(setvals))
