"""Holding a question for an approver: the ask flow's ``approval`` stage puts the exact
SQL that was checked in ``bastion.approval_queue`` with its ``requested`` event, in one
statement. Deciding, expiring and running held questions is ``bastion.approvals``'s work,
above the flow.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from bastion.answer.formats import json_value
from bastion.identity.principal import Principal
from bastion.policy.rules import ApprovalRules


def json_param(value: Any) -> str | None:
    """A JSON parameter; None stays SQL NULL (not JSON null)."""
    return None if value is None else json.dumps(json_value(value))


@dataclass(frozen=True, slots=True)
class HeldQuestion:
    id: int
    expires_at: datetime
    escalate_at: datetime | None


HOLD = text(
    """
    WITH held AS (
        INSERT INTO bastion.approval_queue (org_id, requester_id, conversation_id, question,
            sql, plan, columns, role, store_ids, is_all_stores, risk, reasons, expires_at,
            escalate_at)
        VALUES (:org, :requester, :conversation, :question, :sql, CAST(:plan AS jsonb),
            CAST(:columns AS jsonb), :role, CAST(:store_ids AS integer[]), :all_stores,
            CAST(:risk AS jsonb), CAST(:reasons AS jsonb),
            now() + make_interval(mins => CAST(:expiry AS integer)),
            now() + make_interval(mins => CAST(:escalate AS integer)))
        RETURNING id, org_id, expires_at, escalate_at
    ), requested AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, 'requested', :requester, :requester_name, CAST(:detail AS jsonb)
        FROM held
    )
    SELECT id, expires_at, escalate_at FROM held
    """
)


def hold_question(
    conn: Connection,
    *,
    org_id: int,
    requester: Principal,
    conversation_id: uuid.UUID | None,
    question: str,
    sql: str,
    plan: dict[str, Any] | None,
    columns: list[dict[str, Any]] | None,
    store_ids: tuple[int, ...],
    is_all_stores: bool,
    risk: dict[str, Any],
    reasons: list[dict[str, Any]],
    rules: ApprovalRules,
) -> HeldQuestion:
    """Put a question in the queue instead of running it: a pending request that expires
    after ``rules.expiry_minutes`` (escalated after ``rules.escalate_after_minutes``), and
    its ``requested`` event, in one statement on the caller's connection."""
    detail = {
        "risk": {"score": risk.get("score"), "level": risk.get("level")},
        "reasons": [r.get("rule") or r.get("code") for r in reasons],
    }
    row = conn.execute(
        HOLD,
        {
            "org": org_id,
            "requester": requester.user_id,
            "requester_name": requester.username,
            "conversation": conversation_id,
            "question": question,
            "sql": sql,
            "plan": json_param(plan),
            "columns": json_param(columns),
            "role": requester.role,
            "store_ids": list(store_ids),
            "all_stores": is_all_stores,
            "risk": json_param(risk),
            "reasons": json_param(reasons),
            "expiry": rules.expiry_minutes,
            "escalate": rules.escalate_after_minutes,
            "detail": json_param(detail),
        },
    ).one()
    return HeldQuestion(id=row.id, expires_at=row.expires_at, escalate_at=row.escalate_at)
