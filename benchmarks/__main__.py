"""Run every benchmark: ``make bench`` or ``python -m benchmarks [name ...]``."""

from __future__ import annotations

import sys

from benchmarks import bench_foundation

SUITES = {"foundation": bench_foundation.main}


def main() -> None:
    names = sys.argv[1:] or list(SUITES)
    for name in names:
        print(f"== {name}", flush=True)
        SUITES[name]()


main()
