"""Planning a question (the deterministic planner: question -> QueryPlan), p50 under 2 ms,
well under what the whole ask flow can afford per question. The questions are the planner
suite's (tests/planner/fixtures/questions.sql), the known values those of the real Pagila
that `bastion init` loads."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import psycopg

from benchmarks.common import bastion, report

TARGET_P50_MS = 2.0
ROUNDS = 10


def measure(url: str) -> list[float]:
    from tests.planner.cases import read_cases

    from bastion.catalog import load_catalog, load_known_values
    from bastion.planner import plan_question

    with psycopg.connect(url) as conn:
        known_values = load_known_values(conn)
        row = conn.execute(
            "SELECT greatest(max(p.payment_date), max(r.rental_date))::date "
            "FROM analytics.payment p, analytics.rental r"
        ).fetchone()
    assert row is not None
    as_of: date = row[0]
    catalog = load_catalog()
    questions = [case.question for case in read_cases() if not case.before]

    def plan(question: str) -> None:
        plan_question(
            question, catalog=catalog, role="admin", as_of=as_of, known_values=known_values
        )

    for question in questions:  # warm the caches built once per catalog and data set
        plan(question)
    timings = []
    for _ in range(ROUNDS):
        for question in questions:
            started = time.perf_counter()
            plan(question)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-planner-"))
    try:
        bastion(home, "init")
        url = bastion(home, "db", "url")["url"]
        assert isinstance(url, str)
        timings = measure(url)
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)
    report(
        "planning a question (question -> QueryPlan), p50",
        statistics.median(timings),
        "ms",
        TARGET_P50_MS,
        lower_is_better=True,
    )
    ordered = sorted(timings)
    print(
        f"  p90 {ordered[int(0.9 * (len(ordered) - 1))]:.3f} ms, max {ordered[-1]:.3f} ms "
        f"over {len(timings)} plans",
        flush=True,
    )


if __name__ == "__main__":
    main()
