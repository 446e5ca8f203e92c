"""Per-process caches of configuration read from the database, kept right across
processes: every change of a kind of configuration bumps its row of
``config_counters`` in the change's transaction, and each lookup reads that one row
(primary key) to know whether what it holds is still current."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from sqlalchemy import Connection, Engine

from bastion.config.changelog import read_counter

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class CounterCache(Generic[K, V]):
    """Values by key, valid while the ``counter`` stays where it was when they were
    loaded; bounded (a full cache starts over)."""

    def __init__(self, counter: str, max_entries: int = 10_000) -> None:
        self.counter = counter
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._entries: dict[K, V] = {}

    def get(
        self,
        engine: Engine,
        key: K,
        load: Callable[[Connection], V],
        counter: int | None = None,
    ) -> V:
        """The value for ``key``. ``counter``: the counter's value when the caller has
        just read it (with others, in one round trip); otherwise it is read here."""
        if counter is not None:
            found = self._current(counter, key)
            if found is not None:
                return found
            with engine.connect() as conn:
                value = load(conn)
            return self._keep(counter, key, value)
        with engine.connect() as conn:
            counter = read_counter(conn, self.counter)
            found = self._current(counter, key)
            if found is not None:
                return found
            # Loaded after the counter was read, so never older than the counter says.
            value = load(conn)
        return self._keep(counter, key, value)

    def _current(self, counter: int, key: K) -> V | None:
        with self._lock:
            if counter != self._seen:
                self._entries.clear()
                self._seen = counter
            return self._entries.get(key)

    def _keep(self, counter: int, key: K, value: V) -> V:
        with self._lock:
            if self._seen == counter:
                if len(self._entries) >= self.max_entries:
                    self._entries.clear()
                self._entries[key] = value
        return value
