"""The approval queue (seed 000's ``approval_queue``): holding a question for a human,
reading the queue, deciding, running what was approved, and its result.

A request moves ``pending -> approved -> executed | failed``, or ``pending -> rejected``,
or ``pending -> expired`` (the sweeper, ``bastion.approvals.sweeper``). Every move is one
conditional ``UPDATE ... RETURNING`` that inserts its event in the same statement, so two
approvers (or an approver and the sweeper, in any number of processes) can never both
move a request: one wins, the others are told why not.

Who may do what: the requester and the org's approvers and admins see a request and its
result; only approvers and admins decide, never on their own request. An approved request
runs the exact SQL that was reviewed, under the requester's current scope
(``bastion.ask.run_approved``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from bastion.approvals.schemas import (
    REASON_MAX,
    ApprovalDetail,
    ApprovalEventPublic,
    ApprovalPublic,
    ApprovalResultPublic,
)
from bastion.ask.context import AskServices
from bastion.ask.hold import json_param
from bastion.db.models import ApprovalRequest
from bastion.errors import AccessDenied, BastionError, Conflict, InvalidInput, NotFound
from bastion.identity.principal import Principal
from bastion.identity.service import PRINCIPAL, principal_of
from bastion.vocabulary import Decision

log = logging.getLogger("bastion.approvals")

SYSTEM_ACTOR = "bastion"
LIST_LIMIT_MAX = 200


# --- reading -----------------------------------------------------------------------------

PUBLIC_COLUMNS = """
    q.id, q.org_id, q.status, q.question, q.sql, q.plan, q.role, q.store_ids,
    q.is_all_stores, q.risk, q.reasons, q.requester_id, r.username AS requester,
    q.conversation_id, q.log_id, q.decided_by, d.username AS decided_by_name, q.decided_at,
    q.decision_reason, q.expires_at, q.escalate_at, q.escalated_at, q.executed_at,
    q.error_code, q.error_message, q.result IS NOT NULL AS has_result, q.created_at,
    q.updated_at
    FROM bastion.approval_queue q
    LEFT JOIN bastion.app_users r ON r.id = q.requester_id
    LEFT JOIN bastion.app_users d ON d.id = q.decided_by
"""

LIST = text(
    f"""
    SELECT {PUBLIC_COLUMNS}
    WHERE q.org_id = :org
      AND (CAST(:requester AS bigint) IS NULL OR q.requester_id = :requester)
      AND (CAST(:status AS text) IS NULL OR q.status = :status)
      AND (CAST(:before_id AS bigint) IS NULL OR q.id < :before_id)
    ORDER BY q.id DESC LIMIT :limit
    """
)

ONE = text(f"SELECT {PUBLIC_COLUMNS} WHERE q.id = :id AND q.org_id = :org")

EVENTS = text(
    """
    SELECT id, event, actor_id, actor_name, detail, created_at FROM bastion.approval_events
    WHERE approval_id = :id ORDER BY id
    """
)


def _visible(principal: Principal, requester_id: int | None) -> bool:
    return principal.can_approve or requester_id == principal.user_id


def _not_found(approval_id: int) -> NotFound:
    return NotFound(
        f"There is no approval request {approval_id} you can see.",
        code="approvals.not_found",
        details={"approval_id": approval_id},
    )


def list_for_org(
    session: Session,
    org_id: int,
    *,
    requester_id: int | None = None,
    status: str | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[ApprovalPublic]:
    """An org's queue, newest first (the operator's view; the API goes through
    ``list_requests``)."""
    rows = session.execute(
        LIST,
        {
            "org": org_id,
            "requester": requester_id,
            "status": status,
            "before_id": before_id,
            "limit": max(1, min(limit, LIST_LIMIT_MAX)),
        },
    ).mappings()
    return [ApprovalPublic.model_validate(dict(r)) for r in rows]


def list_requests(
    session: Session,
    principal: Principal,
    status: str | None = None,
    mine: bool = False,
    before_id: int | None = None,
    limit: int = 50,
) -> list[ApprovalPublic]:
    """Approvers and admins see their org's queue (``mine``: only their own requests);
    everyone else sees only their own requests."""
    own = mine or not principal.can_approve
    return list_for_org(
        session,
        principal.org_id,
        requester_id=principal.user_id if own else None,
        status=status,
        before_id=before_id,
        limit=limit,
    )


def load_request(session: Session, org_id: int, approval_id: int) -> ApprovalDetail:
    """One request of an org with its events, whoever asks (the operator's view)."""
    row = session.execute(ONE, {"id": approval_id, "org": org_id}).mappings().one_or_none()
    if row is None:
        raise _not_found(approval_id)
    events = [
        ApprovalEventPublic.model_validate(dict(e))
        for e in session.execute(EVENTS, {"id": approval_id}).mappings()
    ]
    return ApprovalDetail.model_validate({**row, "events": events})


def get_request(session: Session, principal: Principal, approval_id: int) -> ApprovalDetail:
    """One request with its events: for its requester and the org's approvers and admins;
    anyone else is told it does not exist."""
    found = load_request(session, principal.org_id, approval_id)
    if not _visible(principal, found.requester_id):
        raise _not_found(approval_id)
    return found


# --- deciding ----------------------------------------------------------------------------

DECIDE = text(
    """
    WITH decided AS (
        UPDATE bastion.approval_queue
        SET status = :status, decided_by = :me, decided_at = now(),
            decision_reason = CAST(:reason AS text), updated_at = now()
        WHERE id = :id AND org_id = :org AND status = 'pending' AND expires_at > now()
          AND requester_id IS DISTINCT FROM :me
        RETURNING id, org_id
    ), recorded AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, :status, :me, :name,
               jsonb_build_object('reason', CAST(:reason AS text))
        FROM decided
    )
    SELECT id FROM decided
    """
)

WHY_NOT = text(
    """
    SELECT q.status, q.requester_id, q.expires_at <= now() AS past_expiry, q.decided_at,
           q.decision_reason, d.username AS decided_by_name
    FROM bastion.approval_queue q LEFT JOIN bastion.app_users d ON d.id = q.decided_by
    WHERE q.id = :id AND q.org_id = :org
    """
)


def _require_approver(principal: Principal) -> None:
    if not principal.can_approve:
        raise AccessDenied(
            "Only approvers and administrators may decide on approval requests.",
            code="approvals.forbidden",
        )


def _why_not(conn: Connection, principal: Principal, approval_id: int) -> BastionError:
    """The decision changed nothing: say why (the request as it is now)."""
    row = conn.execute(WHY_NOT, {"id": approval_id, "org": principal.org_id}).one_or_none()
    if row is None:
        return _not_found(approval_id)
    if row.requester_id == principal.user_id:
        return AccessDenied(
            "Nobody decides on their own request; another approver must.",
            code="approvals.self_approval",
            details={"approval_id": approval_id},
        )
    if row.status == "expired" or (row.status == "pending" and row.past_expiry):
        return Conflict(
            f"Approval request {approval_id} has expired; the question must be asked again.",
            code="approvals.expired",
            details={"approval_id": approval_id, "status": "expired"},
        )
    by = f" by {row.decided_by_name}" if row.decided_by_name else ""
    return Conflict(
        f"Approval request {approval_id} is already {row.status}{by}.",
        code="approvals.already_decided",
        details={
            "approval_id": approval_id,
            "status": row.status,
            "decided_by": row.decided_by_name,
            "decided_at": row.decided_at.isoformat() if row.decided_at else None,
        },
    )


def _decide(
    services: AskServices, principal: Principal, approval_id: int, status: str, reason: str | None
) -> None:
    _require_approver(principal)
    with services.db.autocommit.connect() as conn:
        decided = conn.execute(
            DECIDE,
            {
                "status": status,
                "me": principal.user_id,
                "name": principal.username,
                "reason": reason,
                "id": approval_id,
                "org": principal.org_id,
            },
        ).scalar()
        if decided is None:
            raise _why_not(conn, principal, approval_id)
    log.info("approval %s %s by %s", approval_id, status, principal.username)


def approve(
    services: AskServices, principal: Principal, approval_id: int, reason: str | None = None
) -> ApprovalDetail:
    """Approve a pending request, then run it under the requester's scope and store the
    result (``executed``) or the error (``failed``). The request as it is afterwards."""
    reason = (reason or "").strip() or None
    if reason is not None and len(reason) > REASON_MAX:
        raise InvalidInput(
            f"A reason has at most {REASON_MAX} characters.", code="approvals.reason_too_long"
        )
    _decide(services, principal, approval_id, "approved", reason)
    _run(services, principal, approval_id)
    with services.db.session() as session:
        return load_request(session, principal.org_id, approval_id)


def reject(
    services: AskServices, principal: Principal, approval_id: int, reason: str | None
) -> ApprovalDetail:
    """Reject a pending request; the requester reads ``reason``."""
    reason = (reason or "").strip()
    if not 1 <= len(reason) <= REASON_MAX:
        raise InvalidInput(
            f"A rejection needs a reason (1 to {REASON_MAX} characters); the requester reads it.",
            code="approvals.reason_required",
        )
    _decide(services, principal, approval_id, "rejected", reason)
    with services.db.session() as session:
        return load_request(session, principal.org_id, approval_id)


Decide = Callable[[AskServices, Principal, int, str | None], ApprovalDetail]
DECISIONS: dict[Decision, Decide] = {"approve": approve, "reject": reject}
"""The decisions by name, for the API and the pages that offer them."""


# --- running what was approved -----------------------------------------------------------

FINISH = text(
    """
    WITH finished AS (
        UPDATE bastion.approval_queue
        SET status = :status, result = CAST(:result AS jsonb), executed_at = now(),
            error_code = CAST(:code AS text), error_message = CAST(:message AS text),
            updated_at = now()
        WHERE id = :id AND status = 'approved'
        RETURNING id, org_id
    ), recorded AS (
        INSERT INTO bastion.approval_events
            (approval_id, org_id, event, actor_id, actor_name, detail)
        SELECT id, org_id, :status, :actor, :actor_name, CAST(:detail AS jsonb) FROM finished
    )
    SELECT id FROM finished
    """
)


def _requester(services: AskServices, request: ApprovalRequest) -> Principal:
    """The requester as they are now (role and stores from the database)."""
    if request.requester_id is not None:
        with services.db.autocommit.connect() as conn:
            user = conn.execute(PRINCIPAL, {"id": request.requester_id, "jti": None}).one_or_none()
        if user is not None and user.is_active:
            return principal_of(user)
        if user is not None:
            raise AccessDenied(
                "The requester's account is disabled, so the question was not run.",
                code="approvals.requester_disabled",
            )
    raise NotFound(
        "The requester no longer exists, so the question was not run.",
        code="approvals.requester_gone",
    )


def _run(services: AskServices, approver: Principal, approval_id: int) -> None:
    """Run an approved request and record how it went. Every failure ends in ``failed``
    with its code: an approved request never stays approved because something broke."""
    from bastion.ask.run_approved import run_approved

    with services.db.session() as session:
        request = session.get(ApprovalRequest, approval_id)
        if request is None or request.status != "approved":
            return  # moved on meanwhile (the sweeper failed it as interrupted)
        session.expunge(request)
    outcome: dict[str, Any]
    try:
        result = run_approved(services, request, _requester(services, request))
    except BastionError as exc:
        outcome = {"status": "failed", "code": exc.code, "message": exc.message}
        detail: dict[str, Any] = {"code": exc.code, "message": exc.message}
    except Exception as exc:
        log.exception("approval %s: running the approved question failed", approval_id)
        message = "Running the approved question failed unexpectedly; the error was logged."
        outcome = {"status": "failed", "code": "internal.error", "message": message}
        detail = {"code": "internal.error", "message": message, "exception": type(exc).__name__}
    else:
        outcome = {"status": "executed", "result": result}
        detail = {"row_count": result.get("row_count"), "truncated": result.get("truncated")}
    with services.db.autocommit.connect() as conn:
        conn.execute(
            FINISH,
            {
                "status": outcome["status"],
                "result": json_param(outcome.get("result")),
                "code": outcome.get("code"),
                "message": outcome.get("message"),
                "id": approval_id,
                "actor": approver.user_id,
                "actor_name": approver.username,
                "detail": json_param(detail),
            },
        )


# --- the result --------------------------------------------------------------------------

RESULT = text(
    """
    SELECT q.requester_id, q.status, q.question, q.result, q.executed_at, q.decision_reason,
           q.error_code, q.error_message, d.username AS decided_by_name
    FROM bastion.approval_queue q LEFT JOIN bastion.app_users d ON d.id = q.decided_by
    WHERE q.id = :id AND q.org_id = :org
    """
)

NOT_EXECUTED = {
    "pending": "Approval request {id} is still waiting for an approver.",
    "approved": "Approval request {id} was approved and is running.",
    "expired": "Approval request {id} expired before anyone decided; ask again.",
}


def result(services: AskServices, principal: Principal, approval_id: int) -> ApprovalResultPublic:
    """The stored result of an executed request, for its requester and the org's
    approvers and admins. Without one: 409 ``approvals.not_executed`` saying why."""
    with services.db.autocommit.connect() as conn:
        row = conn.execute(RESULT, {"id": approval_id, "org": principal.org_id}).one_or_none()
    if row is None or not _visible(principal, row.requester_id):
        raise _not_found(approval_id)
    if row.status != "executed" or row.result is None:
        details: dict[str, Any] = {"approval_id": approval_id, "status": row.status}
        if row.status == "rejected":
            by = f" by {row.decided_by_name}" if row.decided_by_name else ""
            message = f"Approval request {approval_id} was rejected{by}: {row.decision_reason}"
            details["reason"] = row.decision_reason
        elif row.status == "failed":
            message = f"The approved question failed to run: {row.error_message}"
            details.update(error_code=row.error_code, error_message=row.error_message)
        else:
            message = NOT_EXECUTED[row.status].format(id=approval_id)
        raise Conflict(message, code="approvals.not_executed", details=details)
    return ApprovalResultPublic.model_validate(
        {
            **row.result,
            "approval_id": approval_id,
            "status": row.status,
            "question": row.question,
            "executed_at": row.executed_at,
        }
    )
