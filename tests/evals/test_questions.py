"""Question files (bastion.evals.questions): valid records load, a bad line is an error
naming the file, the line and the problem, with the code eval.bad_question_file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bastion.errors import InvalidInput
from bastion.evals.questions import load_questions

ROOT = Path(__file__).parents[2]

ANSWER = {
    "id": "q1",
    "question": "how many films are there",
    "user": "admin_user",
    "form": "count",
    "expect": "answer",
    "gold_sql": "SELECT count(*) FROM film",
}
REFUSE = {
    "id": "q2",
    "question": "delete all customers",
    "user": "admin_user",
    "form": "refusal",
    "expect": "refuse",
    "refuse_reason": "data_change",
}


def write(tmp_path: Path, *lines: Any) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    )
    return path


def bad(path: Path) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        load_questions(path)
    return caught.value


def test_records_load_in_file_order_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    inline = {**ANSWER, "id": "q3", "gold_sql": None, "gold_rows": [[1000]], "ties": True}
    follow_up = {**ANSWER, "id": "q4", "form": "followup", "previous": ["films per rating"]}
    questions = load_questions(write(tmp_path, ANSWER, "", REFUSE, inline, "  ", follow_up))
    assert [q.id for q in questions] == ["q1", "q2", "q3", "q4"]
    assert questions[0].inline_rows is None and questions[0].style is None
    assert questions[1].refuse_reason == "data_change"
    assert questions[2].inline_rows == [[1000]] and questions[2].ties
    assert questions[3].previous == ("films per rating",)


def test_the_benchmark_dev_set_loads() -> None:
    questions = load_questions(ROOT / "benchmarks" / "questions" / "dev.jsonl")
    assert len(questions) == 284
    assert {q.expect for q in questions} == {"answer", "refuse"}
    counted = [q for q in questions if isinstance(q.gold_rows, int)]  # the reference count
    assert counted and all(q.inline_rows is None for q in counted)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "line 2: not JSON"),
        ("[1, 2]", "line 2: Input should be a valid dictionary"),
        ({**ANSWER, "id": "q9", "form": "riddle"}, "line 2: question q9: form: Input should be"),
        ({k: v for k, v in ANSWER.items() if k != "user"}, "user: Field required"),
        ({**ANSWER, "gold_sql": None}, "q1: an expected answer needs gold_sql or gold_rows"),
        ({**ANSWER, "gold_sql": None, "gold_rows": 12}, "needs gold_sql or gold_rows"),
        ({**ANSWER, "refuse_reason": "other_store"}, "refuse_reason is for expected refusals"),
        ({**REFUSE, "gold_sql": "SELECT 1"}, "an expected refusal has no gold_sql"),
        ({**REFUSE, "refuse_reason": "because"}, "refuse_reason: Input should be"),
        ({**ANSWER, "gold_sq": "SELECT 1"}, "gold_sq: Extra inputs are not permitted"),
        ({**ANSWER, "id": "q0"}, "line 2: id q0 is also on line 1"),
    ],
)
def test_a_bad_line_is_named_with_its_problem(tmp_path: Path, line: Any, problem: str) -> None:
    first = {**ANSWER, "id": "q0"}
    error = bad(write(tmp_path, first, line))
    assert error.code == "eval.bad_question_file"
    assert error.details == {"path": str(tmp_path / "set.jsonl"), "line": 2}
    assert error.message.startswith(f"{tmp_path / 'set.jsonl'}, line 2: ")
    assert problem in error.message


def test_a_missing_or_empty_file(tmp_path: Path) -> None:
    assert bad(tmp_path / "nope.jsonl").code == "eval.file_not_found"
    empty = bad(write(tmp_path, ""))
    assert (empty.code, empty.message) == (
        "eval.bad_question_file",
        f"{tmp_path / 'set.jsonl'} has no questions.",
    )
