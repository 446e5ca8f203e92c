"""Shapes of the approval queue as the API and the CLI show it, and the decision bodies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Status = Literal["pending", "approved", "rejected", "expired", "executed", "failed"]
STATUSES: tuple[Status, ...] = ("pending", "approved", "rejected", "expired", "executed", "failed")
Decision = Literal["approve", "reject"]
REASON_MAX = 1000


def _stripped(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


class ApproveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(
        None, min_length=1, max_length=REASON_MAX, description="why (optional)"
    )

    _strip = field_validator("reason", mode="before")(_stripped)


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(
        min_length=1, max_length=REASON_MAX, description="why; the requester reads it"
    )

    _strip = field_validator("reason", mode="before")(_stripped)


class ApprovalEventPublic(BaseModel):
    id: int
    event: str = Field(
        description="requested, approved, rejected, executed, failed, escalated, expired, notified"
    )
    actor_id: int | None
    actor_name: str = Field(description="the user, or 'bastion' for the sweeper")
    detail: dict[str, Any]
    created_at: datetime


class ApprovalPublic(BaseModel):
    """A held question: what was asked, the exact SQL that runs if approved, the scope it
    runs under, why it was held, and where it stands."""

    id: int
    status: Status
    question: str
    sql: str
    plan: dict[str, Any] | None
    role: str = Field(description="the requester's role when asking")
    store_ids: list[int]
    is_all_stores: bool
    risk: dict[str, Any]
    reasons: list[dict[str, Any]] = Field(description="why the question was held")
    requester_id: int | None
    requester: str | None = Field(description="the requester's username")
    conversation_id: uuid.UUID | None
    log_id: int | None = Field(description="the question's audit log")
    decided_by: int | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None
    expires_at: datetime
    escalate_at: datetime | None
    escalated_at: datetime | None
    executed_at: datetime | None
    error_code: str | None
    error_message: str | None
    has_result: bool
    created_at: datetime
    updated_at: datetime


class ApprovalDetail(ApprovalPublic):
    events: list[ApprovalEventPublic]


class ApprovalResultPublic(BaseModel):
    """What the approved question returned, run under the requester's scope (the body
    ``run_approved`` produced, plus where it came from)."""

    model_config = ConfigDict(extra="allow")

    approval_id: int
    status: Status
    question: str
    executed_at: datetime | None
    sql: str | None = None
    columns: list[dict[str, Any]] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    answer: str | None = None
    widgets: list[dict[str, Any]] = Field(default_factory=list)
    row_count: int = 0
    truncated: bool = False
