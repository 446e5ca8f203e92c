"""What one question's answer counts as, from what was expected and what came back.

| outcome | expected | got |
|---|---|---|
| ``correct`` | an answer | an answer with the gold rows |
| ``wrong`` | an answer | an answer with other rows |
| ``refused`` | an answer | a refusal (or a hold for approval) |
| ``correct_refusal`` | a refusal | a refusal (or a hold); the code may differ from the reason |
| ``wrongly_answered`` | a refusal | an answer: counted as wrong |
| ``error`` | either | status ``error``, or gold SQL that did not run |
"""

from __future__ import annotations

from typing import Literal, get_args

from bastion.evals.questions import Expect, RefuseReason
from bastion.vocabulary import AskStatus

Outcome = Literal["correct", "wrong", "refused", "correct_refusal", "wrongly_answered", "error"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)

# The refusal codes that give each reason a question file may expect.
REFUSAL_CODES: dict[RefuseReason, frozenset[str]] = {
    "other_store": frozenset({"scope.store_not_allowed"}),
    "payments_forbidden_for_role": frozenset(
        {"scope.relation_not_allowed", "guard.relation_not_allowed", "policy.data_class"}
    ),
    "forbidden_for_role": frozenset(
        {"scope.relation_not_allowed", "guard.relation_not_allowed", "policy.data_class"}
    ),
    "personal_data": frozenset(
        {"planner.unknown_data", "policy.pii_request", "policy.data_class", "policy.blocked_topic"}
    ),
    "data_change": frozenset(
        {"request.modification", "policy.blocked_topic", "guard.not_read_only"}
    ),
    "not_in_data": frozenset(
        {"planner.unknown_data", "planner.not_understood", "policy.blocked_topic"}
    ),
}


def outcome_of(expect: Expect, status: AskStatus, rows_match: bool | None) -> Outcome:
    """The outcome of a question; ``rows_match`` is the comparison's verdict for an
    answered question that expected an answer (None when there is nothing to compare)."""
    if status == "error":
        return "error"
    answered = status == "ok"
    if expect == "refuse":
        return "wrongly_answered" if answered else "correct_refusal"
    if not answered:
        return "refused"
    return "correct" if rows_match else "wrong"


def refusal_matches(reason: RefuseReason | None, code: str | None) -> bool | None:
    """Whether a refusal's code gives the reason the question expected (None when the
    question names no reason)."""
    if reason is None:
        return None
    return code in REFUSAL_CODES[reason]
