"""What a process keeps between requests: a bounded least-recently-used map (cachetools'
``LRUCache``) under a lock, as the API's threads share it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from cachetools import LRUCache

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class SharedLRU(Generic[K, V]):
    """At most ``maxsize`` entries (or, with ``getsizeof``, that much of their sizes), the
    least recently used going first."""

    def __init__(self, maxsize: int, getsizeof: Callable[[V], int] | None = None) -> None:
        self._entries: LRUCache[K, V] = LRUCache(maxsize=maxsize, getsizeof=getsizeof)
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            return self._entries.get(key)

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._entries[key] = value

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        """The value kept under ``key`` (``None`` too), else ``compute()``'s, kept. Two
        threads that miss the same key at once both compute it: for pure functions only."""
        with self._lock:
            found = self._entries.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        value = compute()
        self.put(key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
