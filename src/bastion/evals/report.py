"""The report of an evaluation: totals and rates, broken down per form, user, role and
style, the planning latency, the wrong answers with their gold and answer rows, and
(in the full report) every question's details.

Rates are over all questions of the group:
- execution accuracy = (correct + correct_refusal) / questions;
- wrong rate = (wrong + wrongly_answered) / questions;
- refusal rate = refused / questions (an answer was expected);
- error rate = error / questions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bastion.evals.outcome import OUTCOMES
from bastion.evals.run import QuestionResult, table_json

SUMMARY_ROWS = 5  # rows of gold and answer shown with each wrong answer


def totals(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """Counts per outcome and the rates, for a group of questions."""
    counts: Counter[str] = Counter(r.outcome for r in results)
    n = len(results)

    def rate(*outcomes: str) -> float | None:
        return round(sum(counts[o] for o in outcomes) / n, 4) if n else None

    return {
        "questions": n,
        **{outcome: counts[outcome] for outcome in OUTCOMES},
        "execution_accuracy": rate("correct", "correct_refusal"),
        "wrong_rate": rate("wrong", "wrongly_answered"),
        "refusal_rate": rate("refused"),
        "error_rate": rate("error"),
    }


def breakdown(
    results: Sequence[QuestionResult], key: Callable[[QuestionResult], str | None]
) -> dict[str, dict[str, Any]]:
    """``totals`` per value of ``key`` (in order of first appearance)."""
    groups: dict[str, list[QuestionResult]] = {}
    for result in results:
        groups.setdefault(key(result) or "-", []).append(result)
    return {name: totals(group) for name, group in groups.items()}


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile ``q`` (0..1) of some values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency(values: Sequence[float]) -> dict[str, float | int | None]:
    if not values:
        return {"measured": 0, "p50": None, "p99": None, "max": None}
    return {
        "measured": len(values),
        "p50": round(percentile(values, 0.5), 3),
        "p99": round(percentile(values, 0.99), 3),
        "max": round(max(values), 3),
    }


@dataclass
class Report:
    path: str
    results: list[QuestionResult]
    user: str | None = None  # who asked every question, when one user was given
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """Everything but the per-question details: what ``--json`` prints."""
        results = self.results
        refusals = [r for r in results if r.refusal_matches is not None]
        return {
            "file": self.path,
            "user": self.user,
            "totals": totals(results),
            "refusal_codes": {
                "with_reason": len(refusals),
                "matching": sum(1 for r in refusals if r.refusal_matches),
            },
            "by_form": breakdown(results, lambda r: r.question.form),
            "by_user": breakdown(results, lambda r: r.user),
            "by_role": breakdown(results, lambda r: r.role),
            "by_style": breakdown(results, lambda r: r.question.style),
            "timings": {
                "planning_ms": latency(
                    [r.planning_ms for r in results if r.planning_ms is not None]
                ),
                "question_ms": latency([r.total_ms for r in results]),
            },
            "wrong_answers": [
                _wrong(r) for r in results if r.outcome in ("wrong", "wrongly_answered")
            ],
            "errors": [
                {"id": r.question.id, "question": r.question.question, **(r.error or {})}
                for r in results
                if r.outcome == "error"
            ],
            "seconds": round(self.seconds, 3),
        }

    def to_json(self) -> dict[str, Any]:
        """The full report: the summary and every question's details (``--report``)."""
        return {**self.summary(), "questions": [r.to_json() for r in self.results]}


def _wrong(result: QuestionResult) -> dict[str, Any]:
    q = result.question
    comparison = result.comparison
    return {
        "id": q.id,
        "question": q.question,
        "user": result.user,
        "form": q.form,
        "outcome": result.outcome,
        "reason": comparison.reason if comparison else None,
        "message": comparison.message
        if comparison
        else f"Answered; a refusal was expected ({q.refuse_reason or 'any reason'}).",
        "gold": table_json(result.gold, SUMMARY_ROWS),
        "answer": table_json(result.answer, SUMMARY_ROWS),
        "sql": result.sql,
    }
