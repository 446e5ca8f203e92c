"""Run every benchmark: ``make bench`` or ``python -m benchmarks [name ...]``."""

from __future__ import annotations

import sys

from benchmarks import (
    bench_ask,
    bench_embeddings,
    bench_foundation,
    bench_guard,
    bench_models,
    bench_narration,
    bench_pii,
    bench_pii_adversarial,
    bench_planner,
    bench_policy,
    bench_prompts,
    bench_questions,
    bench_web,
)

SUITES = {
    "foundation": bench_foundation.main,
    "guard": bench_guard.main,
    "planner": bench_planner.main,
    "narration": bench_narration.main,
    "ask": bench_ask.main,
    "prompts": bench_prompts.main,
    "models": bench_models.main,
    "pii": bench_pii.main,
    "pii_adversarial": bench_pii_adversarial.main,
    "policy": bench_policy.main,
    "web": bench_web.main,
    "questions": bench_questions.main,
    "embeddings": bench_embeddings.main,
}


def main() -> None:
    names = sys.argv[1:] or list(SUITES)
    for name in names:
        print(f"== {name}", flush=True)
        SUITES[name]()


main()
