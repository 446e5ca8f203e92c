"""Progress for long-running work (init, import, evaluations): a bar on a terminal, lines
otherwise.

Services take a ``Progress`` and never print; the CLI decides how it is shown.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress


class Progress(Protocol):
    def stage(self, text: str) -> None:
        """A new step has started."""

    def table(self, name: str, index: int, total: int) -> None:
        """Table ``index`` (0-based) of ``total`` is being loaded."""

    def step(self, text: str, index: int, total: int) -> None:
        """Item ``index`` (0-based) of ``total`` has started; ``text`` says which."""


class SilentProgress:
    def stage(self, text: str) -> None:
        pass

    def table(self, name: str, index: int, total: int) -> None:
        pass

    def step(self, text: str, index: int, total: int) -> None:
        pass


class LineProgress:
    """Timestamped lines, for logs and pipes."""

    def __init__(self, stream: TextIO | None = None, prefix: str = "bastion") -> None:
        self.stream = stream or sys.stderr
        self.prefix = prefix
        self.started = time.perf_counter()

    def _say(self, text: str) -> None:
        elapsed = time.perf_counter() - self.started
        print(f"{self.prefix}: [{elapsed:5.1f}s] {text}", file=self.stream, flush=True)

    def stage(self, text: str) -> None:
        self._say(text)

    def table(self, name: str, index: int, total: int) -> None:
        self.step(f"loading {name}", index, total)

    def step(self, text: str, index: int, total: int) -> None:
        self._say(f"{text} ({index + 1}/{total})")


class BarProgress:
    """A rich progress bar on stderr, for people at a terminal."""

    def __init__(self) -> None:
        self._progress = RichProgress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task("starting", total=None)

    def __enter__(self) -> BarProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def stage(self, text: str) -> None:
        self._progress.update(self._task, description=text)

    def table(self, name: str, index: int, total: int) -> None:
        self.step(f"loading {name}", index, total)

    def step(self, text: str, index: int, total: int) -> None:
        self._progress.update(self._task, description=text, completed=index, total=total)
