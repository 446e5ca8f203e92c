"""Mutated golden inputs (seeded, so every run checks the same ones): the guard never
raises, and whatever it allows it allows again, reading the same relations. This is how
sqlglot's readings of other dialects' syntax (FROM-first joins, Hive's LATERAL VIEW,
strings that become raw keywords) were found."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator

import pytest

from bastion.guard import check_sql
from tests.guard.golden import Case, read_cases

CASES = read_cases("allowed.sql") + read_cases("rejected.sql")
FRAGMENTS = (
    "(", ")", ",", ";", "'", '"', "--", "/*", "*/", "$$", "..", "*", "\\", "1", "NULL",
    "SELECT", "FROM", "WITH", "JOIN", "LATERAL", "LIMIT", "ALL", "UNION", "INTO t",
    "FOR UPDATE", "DELETE FROM film", "pg_sleep(1)", "payment", "analytics.",
    "v_payment_scoped", "::regclass", " AS x", "E'", "U&",
)  # fmt: skip
RUNS = 1500


def mutations(seed: int) -> Iterator[tuple[str, Case]]:
    rng = random.Random(seed)
    for _ in range(RUNS):
        case = rng.choice(CASES)
        sql = case.sql
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(sql))
            choice = rng.random()
            if choice < 0.5:
                sql = f"{sql[:at]} {rng.choice(FRAGMENTS)} {sql[at:]}"
            elif choice < 0.8:
                sql = sql[:at] + sql[at + rng.randint(1, 8) :]
            else:
                start = rng.randint(0, len(sql))
                sql = sql[:at] + sql[start : start + 10] + sql[at:]
        yield sql, case


@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_inputs_never_break_the_guard(seed: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="sqlglot")  # its Command fallback warnings
    allowed = 0
    for sql, case in mutations(seed):
        verdict = check_sql(sql, case.policy)
        if not verdict.allowed:
            assert verdict.reasons, sql
            continue
        allowed += 1
        assert verdict.sql is not None
        again = check_sql(verdict.sql, case.policy)
        assert again.allowed, (sql, verdict.sql, again.reasons)
        assert again.relations == verdict.relations, (sql, verdict.sql)
    assert allowed > RUNS // 50  # the mutations do reach the rewriting rules
