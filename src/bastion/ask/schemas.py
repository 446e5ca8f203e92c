"""Request and response shapes of ``POST /api/ask`` (seed 001's payload, extended)."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bastion.answer.formats import DEFAULT_STYLE, json_value
from bastion.ask.context import AskContext
from bastion.vocabulary import AskStatus, Author, LlmMode


class AskBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=1000)
    store_id: int | None = Field(default=None, ge=0)
    conversation_id: uuid.UUID | None = None


class AskError(BaseModel):
    code: str
    message: str
    stage: str | None
    details: Any = None


class Security(BaseModel):
    role: str
    store_ids: list[int]
    is_all_stores: bool
    relations: list[str]
    limit_applied: int | None


class GeneratedBy(BaseModel):
    """Who made what in this answer (seed 004's AI disclosure)."""

    planner: Author
    narrator: Author
    mode: LlmMode | None = Field(description="what a model produced, if any")
    models: list[str] = Field(description="models whose output the answer uses")


class ModelUse(BaseModel):
    """The model calls of this question: what they cost and how each ended."""

    attempts: list[dict[str, Any]]
    tokens_in: int
    tokens_out: int
    prompt_tokens_estimate: int | None


class ApprovalHold(BaseModel):
    id: int
    status: str
    expires_at: str
    reasons: list[dict[str, Any]]


class AskResponse(BaseModel):
    status: AskStatus
    conversation_id: uuid.UUID | None
    audit_id: int | None
    question: str
    answer: str | None
    intent: str | None
    sql: str | None
    columns: list[dict[str, str | bool]]
    rows: list[list[Any]]
    widgets: list[dict[str, Any]]
    explain: dict[str, Any]
    security: Security
    timings: dict[str, float]
    suggestions: list[str]
    error: AskError | None
    notice: str | None = Field(None, description="e.g. the models failed; who answered")
    generated_by: GeneratedBy
    ai_disclosure: str | None = Field(
        None, description="set when a model produced any part of the answer"
    )
    models: ModelUse | None = Field(None, description="present when any model was called")
    approval: ApprovalHold | None = Field(
        None, description="for pending_approval: the request an approver decides"
    )
    policy: list[dict[str, Any]] = Field(
        default_factory=list,
        description="what the org's policies did to this question (masked, hidden, "
        "redacted, refused, held), with the policy, version and rule",
    )


def to_response(ctx: AskContext) -> AskResponse:
    error = ctx.error
    details = error.details if error else None
    suggestions = list(details.get("suggestions", [])) if isinstance(details, dict) else []
    scope = ctx.scope
    verdict = ctx.verdict
    plan = ctx.plan
    return AskResponse(
        status=ctx.status if ctx.status in ("ok", "refused", "pending_approval") else "error",
        conversation_id=ctx.conversation_id,
        audit_id=ctx.audit_id,
        question=ctx.question,
        answer=ctx.answer
        if ctx.status == "ok"
        else (error.message if error else _pending_message(ctx)),
        intent=plan.intent if plan else None,
        sql=verdict.sql if verdict and verdict.allowed else None,
        columns=[c.shown() for c in (ctx.columns if ctx.result else ())],
        rows=[[json_value(v) for v in row] for row in (ctx.result.rows if ctx.result else [])],
        widgets=ctx.widgets,
        explain={
            "plan": plan.model_dump(mode="json") if plan else None,
            "planner": ctx.planner,
            "follow_up": ctx.previous_plan is not None,
            "as_of": ctx.as_of.isoformat() if ctx.as_of else None,
            "risk": (
                {
                    "score": verdict.risk.score,
                    "level": verdict.risk.level,
                    "factors": list(verdict.risk.factors),
                }
                if verdict
                else None
            ),
            "truncated": ctx.result.truncated if ctx.result else False,
            "style": (ctx.prompts.style if ctx.prompts else DEFAULT_STYLE).numbers(),
        },
        security=Security(
            role=ctx.principal.role,
            store_ids=list(scope.store_ids) if scope else list(ctx.principal.store_ids),
            is_all_stores=scope.all_stores if scope else ctx.principal.is_all_stores,
            relations=list(verdict.relations) if verdict else [],
            limit_applied=verdict.limit_applied if verdict else None,
        ),
        timings={**ctx.timings, "total": round(ctx.total_ms, 3)},
        suggestions=suggestions,
        error=(
            AskError(code=error.code, message=error.message, stage=ctx.error_stage, details=details)
            if error
            else None
        ),
        notice=ctx.notice,
        generated_by=generated_by(ctx),
        ai_disclosure=ai_disclosure(ctx),
        models=model_use(ctx),
        approval=ApprovalHold(**ctx.approval) if ctx.approval else None,
        policy=[d.public() for d in ctx.decisions if d.action != "allow"],
    )


def as_shown(response: AskResponse) -> dict[str, Any]:
    """A response as its audit log keeps it, to show the conversation again: all of it
    but the table widget, whose rows repeat ``rows``."""
    body = response.model_dump(mode="json")
    body["widgets"] = [w for w in body["widgets"] if w.get("type") != "table"]
    return body


def _pending_message(ctx: AskContext) -> str | None:
    if ctx.approval is None:
        return None
    reasons = "; ".join(r["message"] or r["rule"] for r in ctx.approval["reasons"])
    return f"This question waits for an approver (request {ctx.approval['id']}): {reasons}"


def _used_models(ctx: AskContext) -> list[str]:
    """Models whose accepted output the answer uses."""
    used = {"plan", "sql"} if ctx.planner == "model" else set()
    if ctx.narrator == "model":
        used.add("narration")
    return list(
        dict.fromkeys(a.spec.name for a in ctx.attempts if a.outcome == "ok" and a.purpose in used)
    )


def generated_by(ctx: AskContext) -> GeneratedBy:
    return GeneratedBy(
        planner=ctx.planner,
        narrator=ctx.narrator,
        mode=ctx.mode if ctx.planner == "model" else None,
        models=_used_models(ctx),
    )


def ai_disclosure(ctx: AskContext) -> str | None:
    parts = []
    if ctx.planner == "model":
        parts.append("the SQL" if ctx.mode == "sql" else "the query plan")
    if ctx.narrator == "model":
        parts.append("the answer text")
    if not parts:
        return None
    return (
        f"AI-generated: {' and '.join(parts)} came from a language model "
        f"({', '.join(_used_models(ctx))}). The SQL was checked by Bastion's guard and run "
        "under your access scope; the numbers come from the database."
    )


def model_use(ctx: AskContext) -> ModelUse | None:
    if not ctx.attempts:
        return None
    return ModelUse(
        attempts=[a.public() for a in ctx.attempts],
        tokens_in=sum(a.tokens_in for a in ctx.attempts),
        tokens_out=sum(a.tokens_out for a in ctx.attempts),
        prompt_tokens_estimate=ctx.prompt_tokens,
    )
