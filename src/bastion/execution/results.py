"""Rows of questions' SQL, kept for the next person who asks the same thing.

A result is kept under everything that decides its rows: the org, the exact SQL, the
store scope it ran under, and the value of the ``analytics_data`` counter read before it
ran. Every statement that writes the analytics data bumps that counter (migration 0018),
so a question asked after a change reads the new value, misses, and runs its SQL again: a
kept result is never older than the data it answers about. Only SQL compiled from a plan
is kept (the caller decides); it reads nothing but the data and the scope, no clock.

What the rows become for each asker (masking, hiding, PII redaction by their role's
policies) happens after this, on every question, as for rows just read. The memory is
bounded (``BASTION_RESULT_CACHE_MB`` per API process), the least recently used result
going first.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace

from bastion.caches import SharedLRU
from bastion.execution.executor import ExecutionResult, Scope

ROW_BYTES = 56  # a row tuple's own size beside its cells


@dataclass(frozen=True, slots=True)
class ResultKey:
    org_id: int
    data_version: int
    scope: Scope
    sql: str


def result_bytes(result: ExecutionResult) -> int:
    """About what ``result`` holds in memory (its cells, rows and SQL-independent parts)."""
    cells = sum(sys.getsizeof(value) for row in result.rows for value in row)
    return 256 + ROW_BYTES * len(result.rows) + cells


class ResultCache:
    """At most ``max_bytes`` of results; a result bigger than a tenth of that is not kept."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: SharedLRU[ResultKey, ExecutionResult] = SharedLRU(
            maxsize=max(max_bytes, 1), getsizeof=result_bytes
        )

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    def get(self, key: ResultKey) -> ExecutionResult | None:
        """The kept result with a list of rows of its own, or None."""
        found = self._entries.get(key) if self.enabled else None
        return None if found is None else replace(found, rows=list(found.rows))

    def put(self, key: ResultKey, result: ExecutionResult) -> None:
        if self.enabled and result_bytes(result) <= self.max_bytes // 10:
            self._entries.put(key, replace(result, rows=list(result.rows)))

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
