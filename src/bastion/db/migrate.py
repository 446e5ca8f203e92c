"""Alembic, driven from code: ``bastion db upgrade``, ``bastion init`` and ``/readyz``."""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from bastion.db.engine import Database, unavailable
from bastion.errors import DatabaseUnavailable

_in_process = threading.Lock()

VERSION_TABLE = "alembic_version"
VERSION_SCHEMA = "bastion"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate compares only the platform schema; ``analytics`` is hand-written DDL."""
    if type_ == "table":
        return bool(obj.schema == VERSION_SCHEMA)
    return True


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return name == VERSION_SCHEMA if type_ == "schema" else True


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("bastion.db") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None before the first migration."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(
                text(f"SELECT version_num FROM {VERSION_SCHEMA}.{VERSION_TABLE}")
            ).scalar_one_or_none()
    except ProgrammingError:  # no version table yet
        return None
    except (OperationalError, DBAPIError) as exc:
        raise unavailable(db.url, exc) from exc


def require_pgvector(conn: Connection) -> None:
    """Migration 0001 creates the pgvector extension: say clearly when the server has none."""
    available = conn.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
    ).scalar()
    if not available:
        raise DatabaseUnavailable(
            "The database has no pgvector extension; install pgvector on the PostgreSQL "
            "server (or leave BASTION_DATABASE_URL unset to use the embedded server).",
            code="db.pgvector_missing",
        )


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Apply migrations up to ``revision``; returns (before, after).

    Safe to run on a fresh or an already-migrated database, and from two processes at once
    (env.py holds an advisory lock for the duration).
    """
    before = current_revision(db)
    try:
        # Alembic's context is module-global: one migration per process at a time. Across
        # processes, env.py's advisory lock serialises them.
        with _in_process, db.engine.begin() as conn:
            require_pgvector(conn)
            command.upgrade(alembic_config(conn), revision)
    except OperationalError as exc:
        raise unavailable(db.url, exc) from exc
    after = current_revision(db)
    if after is None:
        raise DatabaseUnavailable(
            "Migrations did not record a revision.", code="db.migration_failed"
        )
    return before, after


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
