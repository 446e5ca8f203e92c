"""An evaluation end to end over the test database (bastion.evals.run and report): the
sample set's questions asked as their users through the ask flow, follow-ups in one
conversation, and the counts the report shows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bastion.errors import InvalidInput, NotFound
from bastion.evals.questions import load_questions
from bastion.evals.report import Report
from bastion.evals.run import QuestionResult, evaluate
from bastion.identity import service as identity
from bastion.services import Services
from tests.evals.conftest import SAMPLE


@pytest.fixture(scope="module")
def results(eval_services: Services) -> dict[str, QuestionResult]:
    done = evaluate(eval_services, load_questions(SAMPLE), org_slug="demo")
    return {r.question.id: r for r in done}


def test_every_outcome_of_the_sample_set(results: dict[str, QuestionResult]) -> None:
    assert {qid: r.outcome for qid, r in results.items()} == {
        "c1": "correct",  # a count
        "c2": "correct",  # a breakdown, rows in any order
        "c3": "correct",  # revenue by month for store 1: dates, money, scope
        "c4": "correct",  # gold rows inline
        "f1": "correct",  # a follow-up, after its previous turn
        "w1": "wrong",  # the gold SQL is off by one on purpose
        "r1": "refused",  # marketing may not see payments
        "x1": "correct_refusal",  # another store
        "x2": "correct_refusal",  # a change to data
        "x3": "wrongly_answered",  # a refusal expected on purpose
        "e1": "error",  # the gold SQL does not run
    }


def test_what_each_result_records(results: dict[str, QuestionResult]) -> None:
    c3 = results["c3"]
    assert (c3.user, c3.role, c3.status) == ("manager_store1", "store_manager", "ok")
    assert c3.answer is not None and c3.gold is not None
    assert len(c3.answer.rows) == len(c3.gold.rows) > 1
    assert c3.sql is not None and c3.planning_ms is not None and c3.total_ms > c3.planning_ms
    assert results["f1"].previous == ["ok"]
    assert results["c1"].previous == []
    w1 = results["w1"]
    assert w1.comparison is not None and w1.comparison.reason == "values"
    assert results["r1"].error is not None
    assert results["r1"].error["code"] == "scope.relation_not_allowed"
    assert results["x1"].refusal_matches is True
    assert results["x2"].refusal_matches is True
    assert results["x3"].refusal_matches is None  # answered: nothing to match
    e1 = results["e1"]
    assert e1.error is not None and (e1.error["code"], e1.error["stage"]) == (
        "eval.gold_failed",
        "gold",
    )


def test_the_follow_up_was_asked_in_one_conversation(
    eval_services: Services,
    results: dict[str, QuestionResult],  # (the sample asked first, also when run alone)
) -> None:
    with eval_services.db.session() as session:
        turns = session.execute(
            text(
                "SELECT question, conversation_id FROM bastion.query_audit_logs"
                " WHERE question IN ('films per rating', 'only Action films') ORDER BY id"
            )
        ).all()
    follow_up = next(t for t in turns if t.question == "only Action films")
    earlier = [t for t in turns if t.question == "films per rating"]
    assert follow_up.conversation_id in {t.conversation_id for t in earlier}


def test_the_report_counts(results: dict[str, QuestionResult]) -> None:
    summary = Report("sample.jsonl", list(results.values())).summary()
    assert summary["totals"] == {
        "questions": 11,
        "correct": 5,
        "wrong": 1,
        "refused": 1,
        "correct_refusal": 2,
        "wrongly_answered": 1,
        "error": 1,
        "execution_accuracy": round(7 / 11, 4),
        "wrong_rate": round(2 / 11, 4),
        "refusal_rate": round(1 / 11, 4),
        "error_rate": round(1 / 11, 4),
    }
    assert summary["refusal_codes"] == {"with_reason": 2, "matching": 2}
    assert summary["by_form"]["count"]["questions"] == 7
    assert summary["by_role"]["marketing"]["refused"] == 1
    assert summary["by_user"]["manager_multi"]["wrong"] == 1
    assert summary["by_style"]["terse"]["correct"] == 3
    assert [w["id"] for w in summary["wrong_answers"]] == ["w1", "x3"]
    assert [e["id"] for e in summary["errors"]] == ["e1"]
    assert summary["timings"]["planning_ms"]["measured"] >= 9


def test_one_user_asks_every_question_when_given(eval_services: Services) -> None:
    revenue = [q for q in load_questions(SAMPLE) if q.id == "r1"]
    (result,) = evaluate(eval_services, revenue, org_slug="demo", user="admin_user")
    assert (result.user, result.role, result.outcome) == ("admin_user", "admin", "correct")


def test_unknown_or_disabled_users_stop_the_run_before_anything_is_asked(
    eval_services: Services,
) -> None:
    questions = load_questions(SAMPLE)
    with pytest.raises(NotFound):
        evaluate(eval_services, questions, org_slug="demo", user="nobody")
    with eval_services.db.session() as session:
        finance = identity.find_user(session, "finance_user")
        identity.set_active(session, finance, False)
    try:
        with pytest.raises(InvalidInput, match="disabled"):
            evaluate(eval_services, questions, org_slug="demo", user="finance_user")
    finally:
        with eval_services.db.session() as session:
            identity.set_active(session, identity.find_user(session, "finance_user"), True)
