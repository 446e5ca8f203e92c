"""Helpers for benchmarks: run the real ``bastion`` command in a scratch home."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

BASTION = [sys.executable, "-m", "bastion"]


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASTION_")}
    env["BASTION_HOME"] = str(home)
    env.update(extra)
    return env


def bastion(home: Path, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [*BASTION, *args, "--json"], env=env_for(home), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"bastion {' '.join(args)} failed: {result.stderr.strip()}")
    data: dict[str, object] = json.loads(result.stdout)
    return data


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(
    home: Path, workers: int = 1, env: dict[str, str] | None = None
) -> Iterator[tuple[str, float, dict[str, Any]]]:
    """Start `bastion serve` (with ``env`` added to its environment); yield its base URL,
    the seconds until /readyz said 200, and what that first 200 said."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*BASTION, "serve", "--port", str(port), "--workers", str(workers)],
        env=env_for(home, BASTION_LOG_LEVEL="warning", **(env or {})),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                answer = httpx.get(f"{url}/readyz", timeout=1)
                if answer.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.perf_counter() - started > 30:
                raise SystemExit("server did not become ready in 30 s")
            time.sleep(0.02)
        yield url, time.perf_counter() - started, answer.json()
    finally:
        process.terminate()
        process.wait(timeout=30)


def percentile(values: list[float], q: float) -> float:
    """The value below which a fraction ``q`` (0.99 for p99) of ``values`` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, value: float, unit: str, target: float, *, lower_is_better: bool) -> None:
    ratio = value / target
    ok = ratio <= 1 if lower_is_better else ratio >= 1
    verdict = "meets" if ok else "MISSES"
    relation = "<" if lower_is_better else ">="
    print(
        f"{name}: {value:,.2f} {unit} (target {relation} {target:g} {unit}; "
        f"ratio {ratio:.2f}; {verdict} target)",
        flush=True,
    )
