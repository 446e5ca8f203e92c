"""Foundation figures (issue 2): `bastion init` with the real Pagila (the default) and with
generated data at scale 1 and 10, server start to ready, and sign-ins per second."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bastion.settings import Settings
from benchmarks.common import bastion, report, served


def bench_init(scale: float | None, target_seconds: float) -> Path:
    """`bastion init` in a new home: the real Pagila, or generated data at ``scale``."""
    label = "pagila" if scale is None else f"{scale:g}"
    home = Path(tempfile.mkdtemp(prefix=f"bastion-bench-{label}-"))
    args = ("--generate", "--scale", f"{scale:g}") if scale is not None else ()
    started = time.perf_counter()
    result = bastion(home, "init", *args)
    seconds = time.perf_counter() - started
    dataset = result["dataset"]
    assert isinstance(dataset, dict)
    what = f"generated, scale {scale:g}" if scale is not None else "the real Pagila"
    report(
        f"init, {what} (wall, server start included)",
        seconds,
        "s",
        target_seconds,
        lower_is_better=True,
    )
    print(
        f"  {dataset['total_rows']:,} rows; {result['rows_per_second']:,} rows/s while loading "
        f"({result['load_seconds']} s of {result['seconds']} s in-process)",
        flush=True,
    )
    return home


def bench_startup(home: Path, runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        bastion(home, "db", "stop")  # a cold start: the embedded server starts too
        with served(home) as (_url, ready_after, _):
            times.append(ready_after)
    report(
        f"serve to /readyz 200 (median of {runs}, cold)",
        statistics.median(times),
        "s",
        3.0,
        lower_is_better=True,
    )


def bench_login(home: Path, seconds: float = 10.0, clients: int = 8) -> None:
    settings = Settings()
    with served(home) as (url, _, _):
        count = 0
        failures = 0
        lock = threading.Lock()
        stop_at = time.perf_counter() + seconds

        def worker() -> None:
            nonlocal count, failures
            with httpx.Client(base_url=url, timeout=10) as http:
                while time.perf_counter() < stop_at:
                    response = http.post(
                        "/api/auth/login", json={"username": "admin_user", "password": "admin123"}
                    )
                    with lock:
                        if response.status_code == 200:
                            count += 1
                        else:
                            failures += 1

        started = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    report(
        f"sign-ins per second ({clients} clients, {seconds:g} s)",
        count / elapsed,
        "logins/s",
        50,
        lower_is_better=False,
    )
    print(
        f"  argon2id t={settings.argon2_time_cost} m={settings.argon2_memory_kib} KiB "
        f"p={settings.argon2_parallelism}; {failures} failed requests",
        flush=True,
    )


def main() -> None:
    pagila = bench_init(None, 30)
    bastion(pagila, "db", "stop")
    shutil.rmtree(pagila, ignore_errors=True)
    home1 = bench_init(1, 30)
    try:
        bench_startup(home1)
        bench_login(home1)
    finally:
        bastion(home1, "db", "stop")
        shutil.rmtree(home1, ignore_errors=True)
    home10 = bench_init(10, 180)
    bastion(home10, "db", "stop")
    shutil.rmtree(home10, ignore_errors=True)
