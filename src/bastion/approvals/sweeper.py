"""Time-driven moves of the approval queue: escalation to the org's admins, expiry, and
requests whose run was interrupted; the webhooks they send; and the background thread
that sweeps in each API process (``BASTION_APPROVAL_SWEEP_SECONDS``).

Each move is one statement that locks due rows with ``FOR UPDATE SKIP LOCKED``, moves
them only if they are still in the state it expects, and inserts their events: several
processes may sweep at once, and a request an approver decides at the same moment is
either decided or expired, never both. Webhooks go out after the move is committed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import httpx
from sqlalchemy import Connection, text

from bastion.approvals.notify import payload, post, record, webhook_url
from bastion.approvals.service import SYSTEM_ACTOR
from bastion.db.engine import Database
from bastion.settings import Settings

log = logging.getLogger("bastion.approvals")

BATCH = 100
# An approved request is run at once by the approving request; one still "approved" this
# long after the decision was interrupted (its process died): it ends as failed.
INTERRUPTED_AFTER = timedelta(minutes=15)

# Columns a webhook needs, from the moved rows (``moved``) of each statement.
NAMED = """
    named AS (
        SELECT m.*, o.slug AS org, u.username AS requester,
               coalesce((SELECT array_agg(a.username ORDER BY a.username)
                         FROM bastion.app_users a
                         WHERE a.org_id = m.org_id AND a.role = 'admin' AND a.is_active),
                        '{}') AS admins
        FROM moved m
        JOIN bastion.orgs o ON o.id = m.org_id
        LEFT JOIN bastion.app_users u ON u.id = m.requester_id
    )
"""
RETURNED = """
    RETURNING q.id, q.org_id, q.requester_id, q.status, q.question, q.role, q.risk,
              q.reasons, q.created_at, q.expires_at, q.escalated_at
"""

ESCALATE = text(
    f"""
    WITH due AS (
        SELECT id FROM bastion.approval_queue
        WHERE status = 'pending' AND escalated_at IS NULL AND escalate_at <= :now
          AND expires_at > :now
        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED
    ), moved AS (
        UPDATE bastion.approval_queue q SET escalated_at = :now, updated_at = now()
        FROM due WHERE q.id = due.id AND q.status = 'pending' AND q.escalated_at IS NULL
        {RETURNED}
    ), {NAMED}, recorded AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, 'escalated', NULL, :actor,
               jsonb_build_object('escalated_to', to_jsonb(admins), 'expires_at', expires_at)
        FROM named
    )
    SELECT * FROM named ORDER BY id
    """
)

EXPIRE = text(
    f"""
    WITH due AS (
        SELECT id FROM bastion.approval_queue
        WHERE status = 'pending' AND expires_at <= :now
        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED
    ), moved AS (
        UPDATE bastion.approval_queue q SET status = 'expired', updated_at = now()
        FROM due WHERE q.id = due.id AND q.status = 'pending'
        {RETURNED}
    ), {NAMED}, recorded AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, 'expired', NULL, :actor,
               jsonb_build_object('escalated_to', to_jsonb(admins), 'expires_at', expires_at)
        FROM named
    )
    SELECT * FROM named ORDER BY id
    """
)

INTERRUPT = text(
    """
    WITH due AS (
        SELECT id FROM bastion.approval_queue
        WHERE status = 'approved' AND decided_at <= :cutoff
        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED
    ), moved AS (
        UPDATE bastion.approval_queue q
        SET status = 'failed', executed_at = now(), error_code = 'approvals.interrupted',
            error_message = :message, updated_at = now()
        FROM due WHERE q.id = due.id AND q.status = 'approved'
        RETURNING q.id, q.org_id
    ), recorded AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, 'failed', NULL, :actor,
               jsonb_build_object('code', 'approvals.interrupted', 'message', :message)
        FROM moved
    )
    SELECT id FROM moved ORDER BY id
    """
)
INTERRUPTED_MESSAGE = (
    "The approved question was interrupted while running (its server stopped); ask again."
)


@dataclass
class SweepReport:
    escalated: list[int] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)
    notified: int = 0
    notify_failed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "escalated": self.escalated,
            "expired": self.expired,
            "interrupted": self.interrupted,
            "notified": self.notified,
            "notify_failed": self.notify_failed,
        }


def _move(conn: Connection, statement: Any, params: dict[str, Any]) -> list[Any]:
    """Run one move in batches until nothing is due."""
    moved: list[Any] = []
    while True:
        rows = conn.execute(statement, {**params, "batch": BATCH, "actor": SYSTEM_ACTOR}).all()
        moved += rows
        if len(rows) < BATCH:
            return moved


class SweepServices(Protocol):
    """What a sweep uses of a process's services (``bastion.services.Services``)."""

    @property
    def settings(self) -> Settings: ...
    @property
    def db(self) -> Database: ...


def _notify(services: SweepServices, moved: list[tuple[str, Any]], report: SweepReport) -> None:
    """Send the webhooks of the moved rows (no database connection held while waiting
    for receivers), then record each delivery."""
    with services.db.autocommit.connect() as conn:
        urls = {org: webhook_url(conn, org) for org in {row.org_id for _, row in moved}}
    due = [(event, row, urls[row.org_id]) for event, row in moved if urls[row.org_id]]
    if not due:
        return
    deliveries = []
    timeout = services.settings.approval_webhook_timeout_seconds
    with httpx.Client(timeout=timeout, follow_redirects=False) as http:
        for event, row, url in due:
            assert url is not None
            body = payload(event, row, list(row.admins))
            deliveries.append((row, post(http, url, body)))
    with services.db.autocommit.connect() as conn:
        for row, delivery in deliveries:
            record(conn, row.id, row.org_id, delivery)
            if delivery.ok:
                report.notified += 1
            else:
                report.notify_failed += 1


def sweep(services: SweepServices, now: datetime | None = None) -> SweepReport:
    """Escalate pending requests past ``escalate_at``, expire those past ``expires_at``,
    fail approved requests whose run was interrupted, and send the webhooks. ``now``
    (default: the clock) lets tests move time without waiting."""
    now = now or datetime.now(UTC)
    report = SweepReport()
    with services.db.autocommit.connect() as conn:
        expired = _move(conn, EXPIRE, {"now": now})
        escalated = _move(conn, ESCALATE, {"now": now})
        interrupted = _move(
            conn, INTERRUPT, {"cutoff": now - INTERRUPTED_AFTER, "message": INTERRUPTED_MESSAGE}
        )
    report.expired = [r.id for r in expired]
    report.escalated = [r.id for r in escalated]
    report.interrupted = [r.id for r in interrupted]
    moved = [("approval.escalated", r) for r in escalated]
    moved += [("approval.expired", r) for r in expired]
    if moved:
        _notify(services, moved, report)
    if expired or escalated or interrupted:
        log.info(
            "approvals swept: %d escalated, %d expired, %d interrupted",
            len(escalated),
            len(expired),
            len(interrupted),
        )
    return report


class Sweeper:
    """Sweeps every ``interval`` seconds in a daemon thread until stopped. A failed sweep
    is logged and the next one tries again."""

    def __init__(self, services: SweepServices, interval: float) -> None:
        self.services = services
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="approval-sweeper", daemon=True)

    def start(self) -> Sweeper:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.services.settings.approval_webhook_timeout_seconds + 5)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                sweep(self.services)
            except Exception:  # the database may be down or not migrated yet: try again
                log.exception("approval sweep failed; retrying in %.0f s", self.interval)
