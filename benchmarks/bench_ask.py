"""Ask-flow figures (issue 3): planner + guard + narration + audit write without SQL
execution (p50 < 10 ms), HTTP /api/ask with 16 concurrent clients, each a person of their
own, at scale 1 (issue 3 asked >= 100 questions/s and p99 < 300 ms, issue 13 asks >= 150
and < 200 ms, which the figures are judged by): with one and two API processes, and with
two when no result is kept (every question's SQL runs), all once the server has loaded
its embedding model; and the ratio of total time to SQL time at scale 10."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import httpx

from benchmarks.common import BASTION, bastion, env_for, percentile, report, served

QUESTIONS = (
    "What is the total revenue?",
    "revenue by store",
    "top 5 categories by revenue",
    "How many rentals by month?",
    "revenue by month in 2022",
    "top 10 films by rentals",
    "average payment by store",
    "rentals by rating",
    "revenue in May 2022",
    "store 1 vs store 2 revenue",
    "How many rentals last month?",
    "revenue for Action films by month",
)


def in_process(
    home: Path, rounds: int = 20, *, memoised: bool = True
) -> tuple[list[float], list[float], list[float]]:
    """Per question: total ms, SQL execution ms, total minus SQL ms; every question's SQL
    runs (no kept results). Without ``memoised`` the guard's, the compiler's and the
    planner's memos are emptied before each question."""
    os.environ["BASTION_HOME"] = str(home)
    os.environ["BASTION_RESULT_CACHE_MB"] = "0"
    from bastion.ask import stages
    from bastion.ask.context import AskRequest
    from bastion.ask.flow import answer_question
    from bastion.catalog.policy import check_as
    from bastion.identity import service
    from bastion.services import Services
    from bastion.settings import Settings

    services = Services.from_settings(Settings())
    with services.db.session() as session:
        principal = service.principal_of(service.find_user(session, "manager_multi"))
    totals, sql, rest = [], [], []
    for _ in range(3):  # warm up caches and pools
        for question in QUESTIONS:
            answer_question(services, principal, AskRequest(question))
    for _ in range(rounds):
        for question in QUESTIONS:
            if not memoised:
                check_as.cache_clear()
                stages._compile.cache_clear()
                services.data_facts().memo.clear()
            ctx = answer_question(services, principal, AskRequest(question))
            assert ctx.status == "ok", (question, ctx.error)
            sql_ms = next(e.duration_ms for e in ctx.events if e.stage == "db_execution")
            total = ctx.total_ms + ctx.events[-1].metadata.get("audit_ms", 0.0)
            totals.append(total)
            sql.append(sql_ms)
            rest.append(total - sql_ms)
    services.dispose()
    return totals, sql, rest


def bench_pipeline(home: Path) -> None:
    for memoised in (False, True):
        _totals, _sql, rest = in_process(home, memoised=memoised)
        how = "repeated questions (memoised guard)" if memoised else "every question new"
        report(
            f"planner + guard + narration + audit write, excluding SQL, {how} (p50)",
            statistics.median(rest),
            "ms",
            10,
            lower_is_better=True,
        )
        print(f"  p90 {percentile(rest, 0.9):.2f} ms over {len(rest)} questions", flush=True)


CLIENT_PASSWORD = "bench client 123"


def add_clients(home: Path, clients: int) -> None:
    """One store manager per client: each person holds their own query slots
    (BASTION_SQL_PER_USER), as sixteen people would."""
    for n in range(clients):
        subprocess.run(
            [*BASTION, "users", "create", f"bench_{n}", "--role", "store_manager",
             "--stores", "1,2", "--password-stdin", "--json"],
            env=env_for(home), input=CLIENT_PASSWORD + "\n", capture_output=True, check=True,
            text=True,
        )  # fmt: skip


def wait_warm(url: str, timeout: float = 120) -> None:
    """Until the embedding model has loaded: a server that has just started loads it (and
    Presidio) in the background for some seconds, which the figures are not about
    (`foundation` measures start-up)."""
    deadline = time.perf_counter() + timeout
    while httpx.get(f"{url}/readyz", timeout=5).json().get("embeddings") not in ("ready", "off"):
        if time.perf_counter() > deadline:
            raise SystemExit("the embedding model did not load")
        time.sleep(0.2)


def bench_http(
    home: Path,
    seconds: float = 15.0,
    clients: int = 16,
    workers: int = 1,
    env: dict[str, str] | None = None,
    how: str = "",
) -> None:
    # Sign-in is not what is measured: the clients' sign-ins come from one address.
    env = {"BASTION_LOGIN_RATE_PER_ADDRESS": "1000/minute", **(env or {})}
    with served(home, workers, env=env) as (url, _, _):
        wait_warm(url)
        with httpx.Client(base_url=url) as http:
            tokens = [
                http.post(
                    "/api/auth/login",
                    json={"username": f"bench_{n}", "password": CLIENT_PASSWORD},
                ).json()["access_token"]
                for n in range(clients)
            ]
        latencies: list[float] = []
        failures = 0
        lock = threading.Lock()
        warm_until = time.perf_counter() + 3  # not measured: connections, caches
        stop_at = warm_until + seconds

        def worker(offset: int) -> None:
            nonlocal failures
            i = offset
            headers = {"Authorization": f"Bearer {tokens[offset]}"}
            with httpx.Client(base_url=url, headers=headers, timeout=30) as http:
                while time.perf_counter() < stop_at:
                    question = QUESTIONS[i % len(QUESTIONS)]
                    i += 1
                    started = time.perf_counter()
                    response = http.post("/api/ask", json={"question": question})
                    elapsed = (time.perf_counter() - started) * 1000
                    if started < warm_until:
                        continue
                    with lock:
                        if response.status_code == 200 and response.json()["status"] == "ok":
                            latencies.append(elapsed)
                        else:
                            failures += 1

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - warm_until
    report(
        f"HTTP /api/ask, {clients} clients, {workers} API process(es), scale 1{how}",
        len(latencies) / elapsed,
        "questions/s",
        150,
        lower_is_better=False,
    )
    report("  p99 latency", percentile(latencies, 0.99), "ms", 200, lower_is_better=True)
    print(f"  p50 {percentile(latencies, 0.5):.1f} ms; {failures} failed", flush=True)


def bench_scale_ratio(home: Path) -> None:
    totals, sql, _ = in_process(home, rounds=5)
    ratio = sum(totals) / sum(sql)
    print(
        f"scale 10: total / SQL execution time = {ratio:.2f} "
        f"(total p50 {statistics.median(totals):.1f} ms, SQL p50 {statistics.median(sql):.1f} ms)",
        flush=True,
    )


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-ask-"))
    try:
        bastion(home, "init", "--generate", "--scale", "1")
        bench_pipeline(home)
        add_clients(home, 16)
        bastion(home, "db", "stop")
        bench_http(home, workers=1)
        bench_http(home, workers=2)
        every_sql = {"BASTION_RESULT_CACHE_MB": "0"}
        bench_http(home, workers=2, env=every_sql, how=", every question's SQL run")
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)
    home10 = Path(tempfile.mkdtemp(prefix="bastion-bench-ask10-"))
    try:
        bastion(home10, "init", "--generate", "--scale", "10")
        bench_scale_ratio(home10)
    finally:
        bastion(home10, "db", "stop")
        shutil.rmtree(home10, ignore_errors=True)
