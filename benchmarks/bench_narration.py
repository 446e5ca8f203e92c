"""Narration and widgets for a 200-row result (the most a question returns): under a
millisecond, so the answer's text and charts cost nothing next to the SQL. The results
are the narrator tests' samples of 200 days of revenue and 200 films by rentals."""

from __future__ import annotations

import statistics
import time

from benchmarks.common import report

TARGET_MS = 1.0
ROUNDS = 300


def main() -> None:
    from tests.answer.samples import MANY_DAYS, MANY_FILMS

    from bastion.answer import narrate, widgets_for

    for sample in (MANY_DAYS, MANY_FILMS):
        assert len(sample.rows) == 200
        timings = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            narrate(sample.plan, sample.columns, sample.rows)
            widgets_for(sample.plan, sample.columns, sample.rows)
            timings.append((time.perf_counter() - started) * 1000)
        report(
            f"narration + widgets, 200 rows ({sample.name}), p50",
            statistics.median(timings),
            "ms",
            TARGET_MS,
            lower_is_better=True,
        )
        print(f"  best {min(timings):.3f} ms over {ROUNDS} runs", flush=True)


if __name__ == "__main__":
    main()
