"""How the CLI speaks: JSON for scripts, tables and sentences for people, one-line errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console

from bastion.progress import BarProgress, LineProgress, Progress

console = Console()
err_console = Console(stderr=True)


def emit(data: Any, as_json: bool, human: Callable[[], None]) -> None:
    if as_json:
        print(json.dumps(data, indent=2, default=str))
    else:
        human()


@contextmanager
def progress_for_humans() -> Iterator[Progress]:
    """A bar when stderr is a terminal, timestamped lines otherwise."""
    if sys.stderr.isatty():
        with BarProgress() as bar:
            yield bar
    else:
        yield LineProgress()
