"""The golden files: every allowed input gives exactly its expected rewrite, every rejected
input is denied with its expected code."""

from __future__ import annotations

import pytest

from bastion.guard import check_sql
from tests.guard.golden import Case, read_cases

ALLOWED = read_cases("allowed.sql")
REJECTED = read_cases("rejected.sql")


def test_the_golden_files_are_large_and_mostly_rejections() -> None:
    assert len(ALLOWED) + len(REJECTED) >= 100
    assert len(REJECTED) >= len(ALLOWED)


@pytest.mark.parametrize("case", ALLOWED, ids=lambda case: case.id)
def test_allowed(case: Case) -> None:
    verdict = check_sql(case.sql, case.policy)
    assert verdict.reasons == ()
    assert verdict.allowed
    assert verdict.sql == case.expected


@pytest.mark.parametrize("case", ALLOWED, ids=lambda case: case.id)
def test_the_guard_accepts_its_own_rewrite(case: Case) -> None:
    """Generated SQL uses only syntax the guard knows, and checking it again changes nothing
    but (for scoped policies) wrapping the scoped subqueries once more."""
    first = check_sql(case.sql, case.policy)
    again = check_sql(first.sql or "", case.policy)
    assert again.allowed, again.reasons
    assert again.limit_applied == first.limit_applied
    assert again.relations == first.relations
    if case.policy.all_stores or "(SELECT * FROM" not in case.expected:
        assert again.sql == first.sql


@pytest.mark.parametrize("case", REJECTED, ids=lambda case: case.id)
def test_rejected(case: Case) -> None:
    verdict = check_sql(case.sql, case.policy)
    code, _, word = case.expected.partition(" ")
    assert not verdict.allowed
    assert verdict.sql is None
    assert verdict.limit_applied is None
    assert code in {reason.code for reason in verdict.reasons}, verdict.reasons
    if word:
        messages = [reason.message for reason in verdict.reasons if reason.code == code]
        assert any(word in message for message in messages), messages
