"""Local sentence embeddings (groundwork of issue 12): loading all-MiniLM-L6-v2 in a fresh
process and beside a starting server, and embedding latency: one short text, uncached and
cached, p50/p99 (planning must stay under 5 ms p50), and a batch of 100 catalog-like terms.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from bastion.embeddings import LocalEmbedder
from benchmarks.common import BASTION, bastion, env_for, percentile, report, served

TARGET_ONE_TEXT_P50_MS = 5.0
SHORT_TEXTS = 300
BATCH = 100
QUALIFIERS = ("total", "late", "top", "monthly", "average", "new", "returned", "unpaid", "best")
NOUNS = (
    "revenue", "takings", "rentals", "customers", "clients", "films", "movies", "stores",
    "shops", "staff", "actors", "genres", "payments", "income", "cities", "countries",
    "languages", "inventory", "copies", "categories", "renters", "employees", "sales",
    "titles", "branches", "returns", "fees", "amounts", "orders", "visits", "members",
    "spend", "turnover", "profit",
)  # fmt: skip


def short_texts() -> list[str]:
    """Distinct one- and two-word texts like the words a planner cannot place."""
    texts = list(NOUNS) + [f"{q} {n}" for q in QUALIFIERS for n in NOUNS]
    return texts[:SHORT_TEXTS]


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


def bench_fresh_process(runs: int = 3) -> float:
    """`bastion embeddings check` in a new process: imports and model load."""
    loads, walls = [], []
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-embed-"))
    try:
        for _ in range(runs):
            started = time.perf_counter()
            result = subprocess.run(
                [*BASTION, "embeddings", "check", "--json"],
                env=env_for(home),
                capture_output=True,
                text=True,
                check=True,
            )
            walls.append(time.perf_counter() - started)
            loads.append(float(json.loads(result.stdout)["load_seconds"]))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    load = statistics.median(loads)
    print(
        f"model load in a fresh process (model already exported), median of {runs}: "
        f"{load:.2f} s (runs {', '.join(f'{s:.1f}' for s in loads)}); the whole command "
        f"{statistics.median(walls):.2f} s",
        flush=True,
    )
    return load


def wait_for_model(url: str, started: float, limit: float = 120) -> float:
    while time.perf_counter() - started < limit:
        if httpx.get(f"{url}/readyz", timeout=5).json().get("embeddings") == "ready":
            return time.perf_counter() - started
        time.sleep(0.05)
    raise SystemExit(f"the embedding model was not ready {limit:g} s after the start")


def bench_server(runs: int = 3) -> None:
    """`bastion serve`, cold (embedded server stopped first): seconds to /readyz 200 with
    the model loading in the background, to the model ready, and to /readyz 200 with
    embeddings off (what the background load costs readiness)."""
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-embed-serve-"))
    ready, model, ready_off = [], [], []
    try:
        bastion(home, "init", "--scale", "1")
        for _ in range(runs):
            bastion(home, "db", "stop")
            started = time.perf_counter()
            with served(home) as (url, ready_after, readyz):
                ready.append(ready_after)
                # Ready when /readyz first said 200: no later than that answer.
                loaded = readyz.get("embeddings") == "ready"
                model.append(ready_after if loaded else wait_for_model(url, started))
            bastion(home, "db", "stop")
            with served(home, env={"BASTION_EMBEDDINGS": "off"}) as (_url, ready_after, _):
                ready_off.append(ready_after)
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)
    report(
        f"serve to /readyz 200, model loading in the background (median of {runs}, cold)",
        statistics.median(ready),
        "s",
        3.0,
        lower_is_better=True,
    )
    print(f"  with BASTION_EMBEDDINGS=off: {statistics.median(ready_off):.2f} s", flush=True)
    report(
        "serve to embedding model ready / serve to /readyz 200",
        statistics.median(model) / statistics.median(ready),
        "x",
        1.0,
        lower_is_better=True,
    )
    print(f"  model ready {statistics.median(model):.2f} s after the start", flush=True)


def one_text_latencies(embedder: LocalEmbedder, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        embedder.embed([text])
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_latency() -> None:
    before = rss_mib()
    uncached = LocalEmbedder(cache_size=0).load()
    print(
        f"in-process load {uncached.load_seconds:.2f} s ({uncached.backend}); resident "
        f"memory +{rss_mib() - before:.0f} MiB",
        flush=True,
    )
    texts = short_texts()
    for threads in (1, 2):
        if threads > 1:
            uncached = LocalEmbedder(cache_size=0, threads=threads).load()
        cold = one_text_latencies(uncached, texts)
        label = f"one short text, not cached, {threads} thread{'s' if threads > 1 else ''}"
        report(
            f"{label}: p50 ({len(texts)} texts, {uncached.backend})",
            statistics.median(cold),
            "ms",
            TARGET_ONE_TEXT_P50_MS,
            lower_is_better=True,
        )
        print(f"  p99 {percentile(cold, 0.99):.2f} ms", flush=True)
        started = time.perf_counter()
        uncached.embed([f"{text} per store" for text in texts[:BATCH]])
        seconds = time.perf_counter() - started
        print(
            f"  a batch of {BATCH} terms: {seconds * 1000:.0f} ms "
            f"({seconds * 1000 / BATCH:.2f} ms a term)",
            flush=True,
        )
    cached = LocalEmbedder().load()
    cached.embed(texts)
    warm = [ms * 1000 for ms in one_text_latencies(cached, texts)]
    report(
        "one short text, cached: p50",
        statistics.median(warm),
        "µs",
        TARGET_ONE_TEXT_P50_MS * 1000,
        lower_is_better=True,
    )
    print(f"  p99 {percentile(warm, 0.99):.1f} µs", flush=True)


def main() -> None:
    bench_latency()
    bench_fresh_process()
    bench_server()
