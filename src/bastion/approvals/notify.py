"""Webhooks about approval requests: where an org wants them (its active policies'
``approval.webhook_url``), what they say, and a ``notified`` event recording each
delivery, delivered or not.

A payload says which request, whose, about what and where it stands; never a result row
and never the SQL. Delivery is at most once: a failed delivery is recorded, not retried,
and never stops the caller.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Connection, text

from bastion import __version__

log = logging.getLogger("bastion.approvals")

WEBHOOK_URL = text(
    """
    SELECT rules -> 'approval' ->> 'webhook_url' FROM bastion.policies
    WHERE org_id = :org AND is_active AND rules -> 'approval' ->> 'webhook_url' IS NOT NULL
    ORDER BY id LIMIT 1
    """
)

RECORD = text(
    """
    INSERT INTO bastion.approval_events (approval_id, org_id, event, actor_id, actor_name, detail)
    VALUES (:approval_id, :org, 'notified', NULL, 'bastion', CAST(:detail AS jsonb))
    """
)


@dataclass(frozen=True, slots=True)
class Delivery:
    event: str
    target: str
    status_code: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    def detail(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "target": self.target,
            "ok": self.ok,
            "status_code": self.status_code,
            "error": self.error,
        }


def webhook_url(conn: Connection, org_id: int) -> str | None:
    """The org's webhook: the first active policy (by id) that names one."""
    url = conn.execute(WEBHOOK_URL, {"org": org_id}).scalar()
    return str(url) if url else None


def target_of(url: str) -> str:
    """The URL as the audit trail shows it: no credentials, no query string (either may
    carry a secret)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def payload(event: str, row: Any, escalated_to: list[str]) -> dict[str, Any]:
    """The body of a webhook about one request (a row with the sweeper's columns)."""
    risk = row.risk or {}
    return {
        "event": event,
        "approval_id": row.id,
        "org": row.org,
        "question": row.question,
        "requester": row.requester,
        "role": row.role,
        "status": row.status,
        "risk": {"score": risk.get("score"), "level": risk.get("level")},
        "reasons": [
            {"rule": r.get("rule") or r.get("code"), "message": r.get("message")}
            for r in row.reasons or []
        ],
        "created_at": row.created_at.isoformat(),
        "expires_at": row.expires_at.isoformat(),
        "escalated_at": row.escalated_at.isoformat() if row.escalated_at else None,
        "escalated_to": escalated_to,
        "link": f"/api/approvals/{row.id}",
        "sent_at": datetime.now(UTC).isoformat(),
    }


def post(http: httpx.Client, url: str, body: dict[str, Any]) -> Delivery:
    """POST ``body`` to ``url``; how it went, never an exception."""
    target = target_of(url)
    try:
        response = http.post(
            url,
            json=body,
            headers={"User-Agent": f"bastion/{__version__}", "X-Bastion-Event": body["event"]},
        )
        delivery = Delivery(body["event"], target, response.status_code, None)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        delivery = Delivery(body["event"], target, None, f"{type(exc).__name__}: {exc}"[:300])
    if not delivery.ok:
        log.warning(
            "approval %s: webhook %s to %s failed (%s)",
            body["approval_id"],
            body["event"],
            target,
            delivery.error or f"HTTP {delivery.status_code}",
        )
    return delivery


def record(conn: Connection, approval_id: int, org_id: int, delivery: Delivery) -> None:
    """The delivery as a ``notified`` event of the request."""
    conn.execute(
        RECORD,
        {"approval_id": approval_id, "org": org_id, "detail": json.dumps(delivery.detail())},
    )
