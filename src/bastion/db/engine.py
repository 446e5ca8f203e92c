"""One SQLAlchemy engine per process, and the session factory built on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
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
            pool_pre_ping=True,
            connect_args={"connect_timeout": connect_timeout},
        )
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


def unavailable(url: URL, exc: BaseException) -> DatabaseUnavailable:
    reason = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    return DatabaseUnavailable(
        f"Cannot reach the database at {describe(url)}: {reason}",
        details={"database": describe(url)},
    )
