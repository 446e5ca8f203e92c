"""Asking a question set through the ask flow and scoring each answer.

Each question is asked for real, as its user (or the one ``user`` given for all), through
``answer_question``: with whatever models the org has configured, or offline with the
deterministic planner, and on the audit trail like any other question. A follow-up is
asked in a new conversation after its ``previous`` turns, which are not scored.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.answer.formats import json_value
from bastion.ask.context import AskContext, AskRequest, AskServices
from bastion.ask.flow import answer_question
from bastion.errors import InvalidInput
from bastion.evals.compare import Comparison, Table, compare, looks_like_percent
from bastion.evals.gold import GoldFailed, gold_table
from bastion.evals.outcome import Outcome, outcome_of, refusal_matches
from bastion.evals.questions import Question
from bastion.identity import service as identity
from bastion.identity.principal import Principal
from bastion.progress import Progress, SilentProgress
from bastion.vocabulary import AskStatus

PLANNING_STAGE = "planning"


@dataclass
class QuestionResult:
    """One question: what was expected, what the flow did, and what that counts as."""

    question: Question
    user: str  # who asked it
    role: str
    outcome: Outcome
    status: AskStatus
    error: dict[str, Any] | None = None  # code, message, stage of a refusal or error
    refusal_matches: bool | None = None  # a refusal's code gives the expected reason
    comparison: Comparison | None = None
    gold: Table | None = None
    answer: Table | None = None
    sql: str | None = None
    planning_ms: float | None = None
    total_ms: float = 0.0
    previous: list[AskStatus] = field(default_factory=list)  # statuses of earlier turns

    def to_json(self) -> dict[str, Any]:
        """Every detail, with all gold and answer rows (the full report)."""
        q = self.question
        return {
            "id": q.id,
            "intent": q.intent,
            "question": q.question,
            "previous": list(q.previous),
            "previous_statuses": self.previous,
            "user": self.user,
            "role": self.role,
            "form": q.form,
            "style": q.style,
            "expect": q.expect,
            "refuse_reason": q.refuse_reason,
            "ties": q.ties,
            "outcome": self.outcome,
            "status": self.status,
            "error": self.error,
            "refusal_matches": self.refusal_matches,
            "comparison": self.comparison.to_json() if self.comparison else None,
            "gold": table_json(self.gold),
            "answer": table_json(self.answer),
            "sql": self.sql,
            "planning_ms": _ms(self.planning_ms),
            "total_ms": _ms(self.total_ms),
        }


def table_json(table: Table | None, max_rows: int | None = None) -> dict[str, Any] | None:
    """Columns, row count and (the first ``max_rows``) rows, JSON-safe."""
    if table is None:
        return None
    rows = table.rows if max_rows is None else table.rows[:max_rows]
    return {
        "columns": list(table.columns),
        "row_count": len(table.rows),
        "truncated": table.truncated,
        "rows": [[json_value(v) for v in row] for row in rows],
    }


def _ms(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def load_principals(
    services: AskServices, usernames: Iterable[str], org_slug: str
) -> dict[str, Principal]:
    """The principal of each user of the org, by username; a missing or disabled user
    is a usage error, found before anything is asked."""
    with services.db.session() as session:
        org_id = identity.get_org(session, org_slug).id
        principals = {}
        for name in sorted(set(usernames)):
            user = identity.find_user(session, name, org_id)
            if not user.is_active:
                raise InvalidInput(f"User '{user.username}' is disabled.", code="users.disabled")
            principals[name] = identity.principal_of(user)
    return principals


def evaluate(
    services: AskServices,
    questions: Sequence[Question],
    *,
    org_slug: str,
    user: str | None = None,
    progress: Progress | None = None,
) -> list[QuestionResult]:
    """Ask every question and score it, in order."""
    progress = progress or SilentProgress()
    principals = load_principals(
        services, [user] if user else [q.user for q in questions], org_slug
    )
    schema = services.catalog.schema
    results = []
    for index, question in enumerate(questions):
        asker = user or question.user
        progress.step(f"{question.id} ({asker})", index, len(questions))
        results.append(score(services, principals[asker], question, schema))
    progress.stage(f"asked {len(questions)} questions")
    return results


def score(
    services: AskServices, principal: Principal, question: Question, schema: str
) -> QuestionResult:
    """Ask one question (after its earlier turns) and compare the answer with the gold."""
    started = time.perf_counter()
    previous: list[AskStatus] = []
    conversation: uuid.UUID | None = None
    for turn in question.previous:
        earlier = answer_question(
            services, principal, AskRequest(turn, conversation_id=conversation)
        )
        conversation = earlier.conversation_id
        previous.append(earlier.status)
    ctx = answer_question(
        services, principal, AskRequest(question.question, conversation_id=conversation)
    )
    result = QuestionResult(
        question=question,
        user=principal.username,
        role=principal.role,
        outcome="error",
        status=ctx.status,
        error=_error(ctx),
        answer=_answer_table(ctx),
        sql=ctx.verdict.sql if ctx.verdict is not None and ctx.verdict.allowed else None,
        planning_ms=_planning_ms(ctx),
        previous=previous,
    )
    if question.expect == "answer":
        try:
            result.gold = gold_table(services.db, question, schema)
        except GoldFailed as exc:
            result.error = {"code": exc.code, "message": exc.message, "stage": "gold"}
            result.total_ms = (time.perf_counter() - started) * 1000
            return result
        if result.answer is not None and ctx.status == "ok":
            result.comparison = compare(result.gold, result.answer, ties=question.ties)
    result.outcome = outcome_of(
        question.expect, ctx.status, result.comparison.matches if result.comparison else None
    )
    if result.outcome == "correct_refusal":
        result.refusal_matches = refusal_matches(
            question.refuse_reason, ctx.error.code if ctx.error else None
        )
    result.total_ms = (time.perf_counter() - started) * 1000
    return result


def _error(ctx: AskContext) -> dict[str, Any] | None:
    if ctx.error is None:
        return None
    return {"code": ctx.error.code, "message": ctx.error.message, "stage": ctx.error_stage}


def _answer_table(ctx: AskContext) -> Table | None:
    if ctx.result is None or ctx.status != "ok":
        return None
    columns = ctx.columns
    return Table(
        columns=tuple(c.name for c in columns) or ctx.result.columns,
        rows=ctx.result.rows,
        truncated=ctx.result.truncated,
        percent=frozenset(
            i for i, c in enumerate(columns) if looks_like_percent(c.name, c.label, c.format)
        ),
    )


def _planning_ms(ctx: Any) -> float | None:
    """The planner's own time when it planned (``planner_ms``), else the planning stage's."""
    for event in ctx.events:
        if event.stage == PLANNING_STAGE:
            own = (event.metadata or {}).get("planner_ms")
            return float(own) if isinstance(own, (int, float)) else event.duration_ms
    return None
