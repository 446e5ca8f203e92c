"""Per-model circuit breakers: after ``failures`` failures in a row a model is skipped
for ``cooldown`` seconds, then one trial call is let through; a success closes the
breaker, a failure opens it again.

Breakers live in each API process. They are a cache of how healthy an endpoint looks,
not shared state: a second process learns the same within a few calls, and nothing is
answered differently because of what another process saw.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass
class _State:
    failures: int = 0
    opened_at: float | None = None


class CircuitBreakers:
    def __init__(
        self, failures: int, cooldown: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = failures
        self.cooldown = cooldown
        self._clock = clock
        self._states: dict[Hashable, _State] = {}
        self._lock = threading.Lock()

    def allow(self, key: Hashable) -> bool:
        """May this model be called now? After the cool-down one caller gets a trial."""
        with self._lock:
            state = self._states.get(key)
            if state is None or state.opened_at is None:
                return True
            now = self._clock()
            if now - state.opened_at < self.cooldown:
                return False
            state.opened_at = now  # half-open: this caller tries, the others keep skipping
            state.failures = self.threshold - 1
            return True

    def success(self, key: Hashable) -> None:
        with self._lock:
            self._states.pop(key, None)

    def failure(self, key: Hashable) -> None:
        with self._lock:
            state = self._states.setdefault(key, _State())
            state.failures += 1
            if state.failures >= self.threshold:
                state.opened_at = self._clock()

    def is_open(self, key: Hashable) -> bool:
        with self._lock:
            state = self._states.get(key)
            return (
                state is not None
                and state.opened_at is not None
                and self._clock() - state.opened_at < self.cooldown
            )
