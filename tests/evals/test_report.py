"""The report's arithmetic (bastion.evals.report): counts, rates over all questions of a
group, breakdowns, latency percentiles, and what a wrong answer shows."""

from __future__ import annotations

from typing import Any

from bastion.evals.compare import Comparison, Table
from bastion.evals.questions import Question
from bastion.evals.report import Report, breakdown, latency, percentile, totals
from bastion.evals.run import QuestionResult


def result(
    outcome: str, *, form: str = "count", user: str = "admin_user", **extra: Any
) -> QuestionResult:
    expect = "refuse" if outcome in ("correct_refusal", "wrongly_answered") else "answer"
    question = Question(
        id=f"q{id(extra)}",
        question="how many films",
        user=user,
        form=form,  # type: ignore[arg-type]
        expect=expect,  # type: ignore[arg-type]
        gold_sql="SELECT 1" if expect == "answer" else None,
    )
    status = {"refused": "refused", "correct_refusal": "refused", "error": "error"}.get(
        outcome, "ok"
    )
    return QuestionResult(
        question=question,
        user=user,
        role="admin" if user == "admin_user" else "marketing",
        outcome=outcome,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        **extra,
    )


def test_rates_are_over_all_questions() -> None:
    results = [
        result("correct"),
        result("correct"),
        result("correct_refusal"),
        result("wrong"),
        result("wrongly_answered"),
        result("refused"),
        result("refused"),
        result("error"),
    ]
    t = totals(results)
    assert t["questions"] == 8
    assert (t["correct"], t["correct_refusal"], t["wrong"], t["wrongly_answered"]) == (2, 1, 1, 1)
    assert (t["refused"], t["error"]) == (2, 1)
    assert t["execution_accuracy"] == 0.375  # (2 + 1) / 8
    assert t["wrong_rate"] == 0.25  # (1 + 1) / 8
    assert t["refusal_rate"] == 0.25
    assert t["error_rate"] == 0.125
    assert totals([])["execution_accuracy"] is None


def test_breakdowns_group_by_a_key() -> None:
    results = [
        result("correct", form="count"),
        result("wrong", form="list", user="marketing_user"),
        result("correct", form="list"),
    ]
    by_form = breakdown(results, lambda r: r.question.form)
    assert list(by_form) == ["count", "list"]
    assert by_form["list"]["questions"] == 2 and by_form["list"]["wrong_rate"] == 0.5
    by_style = breakdown(results, lambda r: r.question.style)
    assert list(by_style) == ["-"]  # no style given


def test_latency_percentiles() -> None:
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 0.5) == 51.0  # nearest rank
    assert percentile(values, 0.99) == 99.0
    assert latency(values) == {"measured": 100, "p50": 51.0, "p99": 99.0, "max": 100.0}
    assert latency([]) == {"measured": 0, "p50": None, "p99": None, "max": None}


def test_the_summary_lists_wrong_answers_with_gold_and_answer_rows() -> None:
    gold = Table(("n",), [(n,) for n in range(8)])
    answer = Table(("films",), [(n + 1,) for n in range(8)])
    wrong = result(
        "wrong",
        gold=gold,
        answer=answer,
        comparison=Comparison(False, "values", "No answer column holds ..."),
        sql="SELECT 1",
        planning_ms=2.0,
    )
    refused = result("correct_refusal", refusal_matches=True, planning_ms=4.0)
    summary = Report("set.jsonl", [wrong, refused, result("wrongly_answered")]).summary()
    assert summary["refusal_codes"] == {"with_reason": 1, "matching": 1}
    assert summary["timings"]["planning_ms"]["measured"] == 2
    assert summary["timings"]["planning_ms"]["max"] == 4.0
    first, second = summary["wrong_answers"]
    assert first["reason"] == "values" and first["sql"] == "SELECT 1"
    assert first["gold"]["row_count"] == 8 and len(first["gold"]["rows"]) == 5  # a summary
    assert first["answer"]["rows"][0] == [1]
    assert second["outcome"] == "wrongly_answered" and second["gold"] is None
    assert second["message"] == "Answered; a refusal was expected (any reason)."
    full = Report("set.jsonl", [wrong]).to_json()
    assert len(full["questions"][0]["gold"]["rows"]) == 8  # every row in the full report
