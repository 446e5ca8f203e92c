"""The ``SqlExecutor``: runs a question's SQL as ``bastion_reader`` in a read-only
transaction with a statement timeout and a row cap, after writing the principal's store
scope for that reader connection (see migration 0003 for why a query cannot widen it).

The SQL has already passed the guard; this is the second line of defence. EXPLAIN (the
guard's row estimate) runs the same way, under the same timeout. One user runs at most
``per_user`` queries at once in a process (``UserSlots``), so no one can hold every reader
connection and make others' questions wait or fail.

Truncation is exact: the guard caps the outermost LIMIT at the row cap, so the executor
reads one row more than the cap (``read_one_more``) and reports ``truncated`` only when
that row exists. A smaller LIMIT the query asked for itself (a top 5) is not a cut by the
row cap; ``ExecutionResult.limit`` names it, so an answer never treats those rows as the
whole set either.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import psycopg
import psycopg.sql
import sqlglot
from psycopg import errors as pg_errors
from psycopg import pq
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError

from bastion.catalog.catalog import DIALECT
from bastion.db.engine import Database, ping_after_idle
from bastion.db.home import read_or_create_secret
from bastion.errors import BastionError
from bastion.guard import PlanEstimate, estimate_plan
from bastion.settings import Settings

READER_ROLE = "bastion_reader"
# A scope row stays valid for 10 minutes (migration 0003); rewrite it well before that.
SCOPE_REUSE_SECONDS = 120.0

SET_SCOPE = text(
    """
    INSERT INTO bastion.query_scopes (backend_pid, store_ids, all_stores, set_at)
    VALUES (:pid, :store_ids, :all_stores, clock_timestamp())
    ON CONFLICT (backend_pid) DO UPDATE
        SET store_ids = excluded.store_ids, all_stores = excluded.all_stores,
            set_at = excluded.set_at
    """
)


class ExecutionFailed(BastionError):
    status_code = 422
    code = "execution.failed"


class TooManyQueries(ExecutionFailed):
    status_code = 429
    code = "execution.busy"


class UserSlots:
    """At most ``per_user`` queries of one user at once; one more is refused at once (429)
    rather than queued, so a user's flood never ties up the pool or the API's threads."""

    def __init__(self, per_user: int) -> None:
        self.per_user = per_user
        self._running: Counter[Hashable] = Counter()
        self._lock = threading.Lock()

    @contextmanager
    def hold(self, user: Hashable | None) -> Iterator[None]:
        if user is None:  # the operator's CLI, background work: bounded by the pool alone
            yield
            return
        with self._lock:
            if self._running[user] >= self.per_user:
                raise TooManyQueries(
                    f"You already have {self.per_user} queries running; try again when one "
                    "has finished.",
                    headers={"Retry-After": "1"},
                )
            self._running[user] += 1
        try:
            yield
        finally:
            with self._lock:
                self._running[user] -= 1
                if not self._running[user]:
                    del self._running[user]


@dataclass(frozen=True, slots=True)
class Scope:
    store_ids: tuple[int, ...]
    all_stores: bool


@dataclass(frozen=True, slots=True)
class ExecutionResult:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    truncated: bool  # the row cap cut the result: more rows matched than ``rows`` holds
    duration_ms: float
    # The query's own outermost LIMIT when it is below the row cap (a top N it asked for),
    # so its rows may not be the whole set; None when only the row cap limits it.
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class CappedQuery:
    """SQL to run so that one row past the row cap shows whether the cap cut the result."""

    sql: str
    limit: int | None  # the query's own LIMIT when below the cap, as in ExecutionResult


@lru_cache(maxsize=2048)
def read_one_more(sql: str, cap: int) -> CappedQuery:
    """``sql`` with its outermost LIMIT raised to ``cap + 1`` when the LIMIT is the cap or
    more (or missing), so that the extra row tells a cut result from one of exactly ``cap``
    rows. A LIMIT below the cap is the query's own and stays. SQL that is not one query
    sqlglot can read runs as written (the row count read is capped either way), and is
    never joined into one statement. Pure and cached: the same SQL repeats."""
    try:
        statements = sqlglot.parse(sql, dialect=DIALECT)
        if len(statements) != 1 or not isinstance(statements[0], exp.Query):
            return CappedQuery(sql, None)
        tree = statements[0]
        limit = tree.args.get("limit")
        if limit is not None:
            count = limit.expression if isinstance(limit, exp.Limit) else None
            if not (isinstance(count, exp.Literal) and count.is_int):
                return CappedQuery(sql, None)  # a form the guard never leaves: as written
            if int(count.this) < cap:
                return CappedQuery(sql, int(count.this))
        tree.set("limit", exp.Limit(expression=exp.Literal.number(cap + 1)))
        return CappedQuery(tree.sql(dialect=DIALECT, unsupported_level=ErrorLevel.RAISE), None)
    except (SqlglotError, RecursionError):
        return CappedQuery(sql, None)


def reader_password(settings: Settings) -> str | None:
    """The reader role's password: none for the embedded server (local trust auth)."""
    if settings.embedded:
        return None
    if settings.reader_password is not None:
        return settings.reader_password.get_secret_value()
    return read_or_create_secret(settings.home, "reader_password", nbytes=24)


def reader_url(owner_url: URL, password: str | None) -> URL:
    return owner_url.set(username=READER_ROLE, password=password)


class SqlExecutor:
    """Runs guarded SQL under the reader role; one pool of reader connections per process."""

    def __init__(
        self,
        owner: Database,
        url: URL,
        *,
        statement_timeout_ms: int = 5000,
        row_cap: int = 200,
        concurrency: int = 4,
        per_user: int = 2,
        connect_timeout: int = 3,
    ) -> None:
        self.owner = owner
        self.statement_timeout_ms = statement_timeout_ms
        self.row_cap = row_cap
        self.slots = UserSlots(per_user)
        # The pool is the limit on concurrent queries: with more than the cores can run,
        # every query slows down; waiting in line keeps latency even.
        # Every statement on a reader connection is a read-only transaction of its own
        # (the role's default_transaction_read_only, migration 0003) under the statement
        # timeout (set when the connection opens): a question's query is one round trip.
        self.engine: Engine = create_engine(
            url,
            pool_size=concurrency,
            max_overflow=0,
            pool_timeout=30,
            pool_pre_ping=False,
            connect_args={
                "connect_timeout": connect_timeout,
                "options": f"-c statement_timeout={int(statement_timeout_ms)}"
                " -c default_transaction_read_only=on",
                "autocommit": True,
            },
        )
        ping_after_idle(self.engine)

    @classmethod
    def from_settings(cls, settings: Settings, owner: Database) -> SqlExecutor:
        return cls(
            owner,
            reader_url(owner.url, reader_password(settings)),
            statement_timeout_ms=settings.statement_timeout_ms,
            concurrency=settings.sql_concurrency,
            per_user=settings.sql_per_user,
            connect_timeout=settings.db_connect_timeout,
        )

    def _set_scope(self, pid: int, scope: Scope) -> None:
        with self.owner.autocommit.connect() as conn:
            conn.execute(
                SET_SCOPE,
                {"pid": pid, "store_ids": list(scope.store_ids), "all_stores": scope.all_stores},
            )

    def _ensure_scope(self, raw: Any, conn: psycopg.Connection[Any], scope: Scope) -> None:
        """Write the scope row for this reader connection unless it already holds exactly
        this scope (written by this process, recently enough not to have expired)."""
        now = time.monotonic()
        known = raw.info.get("bastion_scope")
        if known is not None and known[0] == scope and now - known[1] < SCOPE_REUSE_SECONDS:
            return
        raw.info.pop("bastion_scope", None)
        self._set_scope(conn.info.backend_pid, scope)
        raw.info["bastion_scope"] = (scope, now)

    @contextmanager
    def _scoped(self, scope: Scope) -> Iterator[tuple[Any, psycopg.Connection[Any]]]:
        """A pooled reader connection whose scope row holds ``scope``."""
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, psycopg.Connection)
            self._ensure_scope(raw, conn, scope)
            yield raw, conn
        finally:
            raw.close()

    @contextmanager
    def _read_only(self, scope: Scope, user: Hashable | None) -> Iterator[psycopg.Cursor[Any]]:
        """A cursor in a read-only transaction under the statement timeout, on a reader
        connection holding ``scope``, within the user's slots; database errors as
        ``ExecutionFailed`` with a stable code."""
        with self.slots.hold(user), self._scoped(scope) as (raw, conn):
            try:
                with conn.cursor() as cur:
                    yield cur
            except pg_errors.QueryCanceled as exc:
                raise ExecutionFailed(
                    f"The query took longer than {self.statement_timeout_ms / 1000:g} s and was "
                    "stopped.",
                    code="execution.timeout",
                ) from exc
            except pg_errors.InsufficientPrivilege as exc:
                raise ExecutionFailed(
                    "The query reads data this service may not read.",
                    code="execution.permission_denied",
                    details={"database": _first_line(exc)},
                ) from exc
            except psycopg.Error as exc:
                raise ExecutionFailed(
                    f"The database could not run the query: {_first_line(exc)}",
                    details={"sqlstate": exc.sqlstate},
                ) from exc
            finally:
                _check_idle(raw, conn)

    def run(self, sql: str, scope: Scope, *, user: Hashable | None = None) -> ExecutionResult:
        """Rows of ``sql`` up to the row cap; ``truncated`` when more rows matched."""
        started = time.perf_counter()
        capped = read_one_more(sql, self.row_cap)
        with self._read_only(scope, user) as cur:
            # Prepared: the extended protocol takes exactly one statement, whatever the text
            # holds, and repeated questions reuse their plan.
            cur.execute(capped.sql, prepare=True)
            columns = tuple(d.name for d in cur.description or ())
            rows = cur.fetchmany(self.row_cap + 1)
        truncated = len(rows) > self.row_cap
        return ExecutionResult(
            columns=columns,
            rows=[tuple(r) for r in rows[: self.row_cap]],
            truncated=truncated,
            duration_ms=(time.perf_counter() - started) * 1000,
            limit=capped.limit,
        )

    def explain(
        self, sql: str, scope: Scope, *, user: Hashable | None = None
    ) -> PlanEstimate | None:
        """The database planner's row and cost estimates for ``sql`` under ``scope`` (for
        the risk score), under the same timeout and slots as running it;
        ``ExecutionFailed`` when EXPLAIN fails."""
        with self._read_only(scope, user) as cur:
            return estimate_plan(cur.connection, sql)

    def explain_rows(self, sql: str, scope: Scope, *, user: Hashable | None = None) -> int | None:
        """The planner's row estimate alone (``explain``)."""
        plan = self.explain(sql, scope, user=user)
        return plan.rows if plan is not None else None

    def dispose(self) -> None:
        self.engine.dispose()


def _check_idle(raw: Any, conn: psycopg.Connection[Any]) -> None:
    """A reader connection goes back to the pool only idle, outside any transaction (a
    statement runs as its own); one in any other state is dropped."""
    if conn.closed or conn.info.transaction_status != pq.TransactionStatus.IDLE:
        raw.invalidate()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def apply_reader_password(db: Database, settings: Settings) -> None:
    """Give the reader role its password on an external server (idempotent)."""
    password = reader_password(settings)
    if password is None:
        return
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        raw.execute(
            psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                psycopg.sql.Identifier(READER_ROLE), psycopg.sql.Literal(password)
            )
        )
