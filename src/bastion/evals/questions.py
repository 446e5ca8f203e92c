"""The question file: one JSON object per line, validated into ``Question`` records.

The format is benchmarks/questions/README.md's: who asks what, what shape the question
has, and either the gold answer (gold SQL, or gold rows inline) or the refusal expected.
A bad line stops the load with ``eval.bad_question_file`` naming the line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bastion.errors import InvalidInput

Form = Literal[
    "count",
    "list",
    "attribute",
    "argmax",
    "argmin",
    "breakdown",
    "group_threshold",
    "negation",
    "multi_condition",
    "share_ratio_growth",
    "time",
    "followup",
    "refusal",
]
FORMS: tuple[Form, ...] = get_args(Form)

Style = Literal[
    "terse",
    "wordy",
    "typo",
    "synonym",
    "filler",
    "polite",
    "embedded_instruction",
    "numbers_as_words",
]
STYLES: tuple[Style, ...] = get_args(Style)

Expect = Literal["answer", "refuse"]

RefuseReason = Literal[
    "other_store",
    "payments_forbidden_for_role",
    "forbidden_for_role",
    "personal_data",
    "data_change",
    "not_in_data",
]
REFUSE_REASONS: tuple[RefuseReason, ...] = get_args(RefuseReason)

BAD_FILE = "eval.bad_question_file"


class Question(BaseModel):
    """One question of a set, as its file says it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    user: str = Field(min_length=1, description="the user who asks (a username)")
    form: Form
    expect: Expect
    intent: str | None = None
    style: Style | None = None
    tables: tuple[str, ...] = ()
    gold_sql: str | None = Field(None, description="over bare table names of the data schema")
    gold_rows: int | list[list[Any]] | None = Field(
        None,
        description="the gold rows inline, or (a number) how many rows the gold SQL "
        "returned on the reference data, for information only",
    )
    refuse_reason: RefuseReason | None = None
    previous: tuple[str, ...] = Field((), description="earlier turns of a follow-up")
    ties: bool = False
    notes: str | None = None

    @model_validator(mode="after")
    def _gold_matches_expect(self) -> Question:
        inline = isinstance(self.gold_rows, list)
        if self.expect == "answer":
            if not self.gold_sql and not inline:
                raise ValueError("an expected answer needs gold_sql or gold_rows (a list of rows)")
            if self.refuse_reason is not None:
                raise ValueError("refuse_reason is for expected refusals only")
        elif self.gold_sql or inline:
            raise ValueError("an expected refusal has no gold_sql and no gold rows")
        return self

    @property
    def inline_rows(self) -> list[list[Any]] | None:
        return self.gold_rows if isinstance(self.gold_rows, list) else None


def load_questions(path: Path) -> list[Question]:
    """Every question of a JSON Lines file (blank lines skipped), in file order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {path}.", code="eval.file_not_found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Cannot read {path}: {exc}", code=BAD_FILE) from None
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        question = _parse_line(path, number, line)
        if question.id in seen:
            raise _bad_line(path, number, f"id {question.id} is also on line {seen[question.id]}")
        seen[question.id] = number
        questions.append(question)
    if not questions:
        raise InvalidInput(f"{path} has no questions.", code=BAD_FILE, details={"path": str(path)})
    return questions


def _parse_line(path: Path, number: int, line: str) -> Question:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _bad_line(path, number, f"not JSON ({exc.msg})") from None
    try:
        return Question.model_validate(record)
    except ValidationError as exc:
        qid = record.get("id") if isinstance(record, dict) else None
        problems = "; ".join(_problem(e) for e in exc.errors())
        where = f"question {qid}: " if isinstance(qid, str) else ""
        raise _bad_line(path, number, where + problems) from None


def _problem(error: Any) -> str:
    """One validation problem: the field, and pydantic's message (a check's own
    sentence without pydantic's "Value error, ")."""
    context = error.get("ctx") or {}
    message = str(context["error"]) if "error" in context else error["msg"]
    field = ".".join(map(str, error["loc"]))
    return f"{field}: {message}" if field else message


def _bad_line(path: Path, number: int, problem: str) -> InvalidInput:
    return InvalidInput(
        f"{path}, line {number}: {problem}",
        code=BAD_FILE,
        details={"path": str(path), "line": number},
    )
