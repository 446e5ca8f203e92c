"""The Bastion home folder: generated secrets, logs, and the lock held by a running server.

Commands that must not run beside a server on the same home (``serve``, ``init``,
``import-pagila``, ``db upgrade``) take an exclusive lock; a second one is refused with an
error that names the process holding it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bastion.errors import ConfigurationError, HomeLocked

LOCK_FILE = "bastion.lock"


def ensure_home(home: Path) -> Path:
    home = home.expanduser().resolve()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            f"Cannot create the Bastion home folder {home}: {exc.strerror}.", code="home.invalid"
        ) from exc
    return home


@contextlib.contextmanager
def home_lock(home: Path, command: str) -> Iterator[None]:
    """Hold the home's exclusive lock for the duration of ``command``."""
    home = ensure_home(home)
    path = home / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(path)
            raise HomeLocked(
                f"The Bastion home {home} is in use by process {holder.get('pid', '?')} "
                f"({holder.get('command', 'unknown command')}); stop it first.",
                details=holder,
            ) from None
        info = {"pid": os.getpid(), "command": command, "started_at": time.time()}
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info).encode())
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_or_create_secret(home: Path, name: str, *, nbytes: int = 48) -> str:
    """Return the secret stored in ``home/secrets/name``, creating it once if missing.

    Creation uses O_EXCL so two processes starting together agree on one secret.
    """
    folder = ensure_home(home) / "secrets"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / name
    value = secrets.token_urlsafe(nbytes)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process may be writing it right now
            text = path.read_text().strip()
            if text:
                return text
            time.sleep(0.01)
        raise ConfigurationError(f"The secret file {path} is empty.", code="home.invalid") from None
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def command_line() -> str:
    """A short description of this process for the lock file."""
    name = Path(sys.argv[0]).name if sys.argv else "python"
    return " ".join([name, *sys.argv[1:3]])
