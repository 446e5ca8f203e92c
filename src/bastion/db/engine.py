"""One SQLAlchemy engine per process, and the session factory built on it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bastion.db.server import database_url, describe
from bastion.errors import DatabaseUnavailable
from bastion.settings import Settings


class Database:
    """The database Bastion talks to: engine, sessions, health checks."""

    def __init__(self, url: URL, *, connect_timeout: int = 3, pool_size: int = 10) -> None:
        self.url = url
        self.engine: Engine = create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            connect_args={"connect_timeout": connect_timeout},
        )
        ping_after_idle(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The same pool, one statement per transaction: a single round trip for the hot
        # path's one-statement reads and writes (no BEGIN/COMMIT around them).
        self.autocommit: Engine = self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @classmethod
    def from_settings(cls, settings: Settings, *, keep_running: bool = False) -> Database:
        url = database_url(settings, keep_running=keep_running)
        return cls(
            url, connect_timeout=settings.db_connect_timeout, pool_size=settings.db_pool_size
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with self.sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def ping(self) -> None:
        """Raise DatabaseUnavailable unless a trivial query succeeds."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as exc:
            raise unavailable(self.url, exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()


IDLE_PING_SECONDS = 5.0


def ping_after_idle(engine: Engine, seconds: float = IDLE_PING_SECONDS) -> None:
    """Check a pooled connection before use when it has been idle more than ``seconds``
    (a restarted or vanished server): a dead one is replaced before anyone uses it. A
    connection back in use within seconds, as under load, is not pinged: a round trip
    fewer on every checkout than ``pool_pre_ping``."""

    @event.listens_for(engine, "checkin")
    def _idle_from(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _alive(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since <= seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError("the pooled connection is gone") from exc


def unavailable(url: URL, exc: BaseException) -> DatabaseUnavailable:
    reason = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    return DatabaseUnavailable(
        f"Cannot reach the database at {describe(url)}: {reason}",
        details={"database": describe(url)},
    )
