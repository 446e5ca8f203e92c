"""Approvals pages: the org's queue for approvers and admins, everyone's own requests, and
one request with its SQL, risk, events, decision forms and result.

The pages call the same service functions as ``/api/approvals`` with the same principal,
so they show and allow exactly what the API would: a request nobody may see is a 404
page, deciding is for approvers and admins and never on one's own request, and a
service's refusal (``approvals.self_approval``, ``approvals.already_decided``, ...) is its
sentence on the page (role="alert"). A decision is a POST form with the CSRF token;
when it worked the browser is sent back to the request (a reload repeats nothing).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bastion.answer.export import result_csv
from bastion.approvals import service
from bastion.approvals.schemas import (
    ApprovalDetail,
    ApprovalEventPublic,
    ApprovalPublic,
    ApprovalResultPublic,
)
from bastion.errors import BastionError, InvalidInput, NotFound
from bastion.http.deps import ServicesDep
from bastion.http.downloads import csv_response
from bastion.services import Services
from bastion.vocabulary import APPROVAL_STATUSES, Decision
from bastion.web.pages import PageRoute, WebSession, WebUser, error_page, render, templates

router = APIRouter(prefix="/app/approvals", include_in_schema=False, route_class=PageRoute)

PAGE = 50
BIGINT_MAX = 2**63 - 1
STATUS_LABELS = {
    "pending": "Waiting for a decision",
    "approved": "Approved, running",
    "executed": "Approved and run",
    "failed": "Approved, failed to run",
    "rejected": "Rejected",
    "expired": "Expired",
}
# What the request page says after a decision (``?done=``), by the request's status.
DONE = {
    "executed": "Approved: the question ran and its result is below.",
    "failed": "Approved, but the question failed to run (see below).",
    "rejected": "Rejected: the requester reads your reason.",
}
BACK = ("/app/approvals", "Back to approvals")


def expiry_note(item: ApprovalPublic, now: datetime | None = None) -> str:
    """When a pending request expires, in words ("in 42 min"); other states: nothing."""
    if item.status != "pending":
        return ""
    left = (item.expires_at - (now or datetime.now(UTC))).total_seconds()
    if left <= 0:
        return "past its expiry"
    minutes = int(left // 60)
    if minutes < 120:
        return f"in {max(minutes, 1)} min"
    return f"in {minutes // 60} h"


def _words(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {_words(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_words(v) for v in value)
    return str(value)


def event_detail(event: ApprovalEventPublic) -> str:
    """An event's details as a short line a person reads."""
    d = event.detail
    if event.event in ("approved", "rejected"):
        return f"reason: {d['reason']}" if d.get("reason") else ""
    if event.event == "executed" and "row_count" in d:
        if d.get("truncated"):
            return f"the list was cut at {d['row_count']} rows; more rows matched"
        return f"{d['row_count']} row{'s' if d['row_count'] != 1 else ''}"
    if event.event == "failed" and "code" in d:
        return f"{d.get('message', '')} ({d['code']})"
    return "; ".join(f"{k}: {_words(v)}" for k, v in d.items() if v not in (None, "", [], {}))


templates.env.globals["expiry_note"] = expiry_note
templates.env.globals["event_detail"] = event_detail
templates.env.globals["approval_status_label"] = STATUS_LABELS.get


def _parse_id(value: str) -> int | None:
    """A request id from the address; anything else is a page that does not exist."""
    if not value.isascii() or not value.isdigit() or len(value) > 19:
        return None
    number = int(value)
    return number if 1 <= number <= BIGINT_MAX else None


def _missing(value: str) -> NotFound:
    return NotFound(
        f"There is no approval request {value} you can see.", code="approvals.not_found"
    )


# --- the queue and my requests ----------------------------------------------------------


@router.get("", response_class=HTMLResponse)
def approvals_page(
    request: Request,
    session: WebUser,
    services: ServicesDep,
    status: str = "pending",
    before: str = "",
    mine_before: str = "",
) -> HTMLResponse:
    """Approvers and admins: the org's queue (``status``: one state or ``all``); everyone:
    their own requests. Each list pages on with ids below the last one shown."""
    principal = session.principal
    if status != "all" and status not in APPROVAL_STATUSES:
        return error_page(
            request,
            InvalidInput(
                f"There is no status {status!r}; choose one from the list.",
                code="request.invalid",
            ),
            BACK,
        )
    queue_before, own_before = _parse_id(before), _parse_id(mine_before)
    with services.db.session() as db:
        queue = (
            service.list_requests(
                db,
                principal,
                status=None if status == "all" else status,
                before_id=queue_before,
                limit=PAGE,
            )
            if principal.can_approve
            else []
        )
        mine = service.list_requests(db, principal, mine=True, before_id=own_before, limit=PAGE)
    return render(
        request,
        "approvals.html",
        session,
        queue=queue,
        mine=mine,
        status=status,
        statuses=APPROVAL_STATUSES,
        page_size=PAGE,
        before=before,
        mine_before=mine_before,
    )


# --- one request ------------------------------------------------------------------------


def _result(
    services: Services, session: WebSession, found: ApprovalDetail
) -> ApprovalResultPublic | None:
    if found.status != "executed" or not found.has_result:
        return None
    try:
        return service.result(services, session.principal, found.id)
    except BastionError:  # moved on meanwhile: the page shows the request as it is
        return None


def request_page(
    request: Request,
    session: WebSession,
    services: Services,
    found: ApprovalDetail,
    *,
    status_code: int = 200,
    error: BastionError | None = None,
    reason: str = "",
) -> HTMLResponse:
    """One request as ``session``'s user may see it, with a decision's outcome (``?done=``)
    or a refused decision's ``error`` (and the reason that was typed)."""
    principal = session.principal
    result = _result(services, session, found)
    done = request.query_params.get("done") if error is None else None
    own = found.requester_id == principal.user_id
    past_expiry = found.status == "pending" and found.expires_at <= datetime.now(UTC)
    return render(
        request,
        "approvals_request.html",
        session,
        status_code=status_code,
        item=found,
        result=result,
        error=error,
        reason=reason,
        notice=DONE.get(found.status) if done == found.status else None,
        own=own,
        past_expiry=past_expiry,
        may_decide=(
            principal.can_approve and found.status == "pending" and not own and not past_expiry
        ),
    )


@router.get("/{approval_id}", response_class=HTMLResponse)
def approval_page(
    request: Request, approval_id: str, session: WebUser, services: ServicesDep
) -> HTMLResponse:
    number = _parse_id(approval_id)
    if number is None:
        return error_page(request, _missing(approval_id), BACK)
    try:
        with services.db.session() as db:
            found = service.get_request(db, session.principal, number)
    except BastionError as exc:
        return error_page(request, exc, BACK)
    return request_page(request, session, services, found)


@router.post("/{approval_id}/{decision}")
def decide(
    request: Request,
    approval_id: str,
    decision: Decision,
    session: WebUser,
    services: ServicesDep,
    csrf_token: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
) -> Response:
    """Approve (the reviewed SQL runs at once under the requester's scope) or reject (with
    a reason the requester reads). Back to the request when it worked, else the request (if
    the user may see it) with the service's sentence, or the error page the API's status
    implies."""
    number = _parse_id(approval_id)
    if number is None:
        return error_page(request, _missing(approval_id), BACK)
    try:
        session.check(csrf_token)
        decided = service.DECISIONS[decision](services, session.principal, number, reason)
    except BastionError as exc:
        try:
            with services.db.session() as db:
                found = service.get_request(db, session.principal, number)
        except NotFound:
            return error_page(request, exc, BACK)
        return request_page(
            request,
            session,
            services,
            found,
            status_code=exc.status_code,
            error=exc,
            reason=reason,
        )
    return RedirectResponse(
        f"/app/approvals/{number}?done={decided.status}#decision", status_code=303
    )


@router.get("/{approval_id}/rows.csv")
def approval_csv(
    approval_id: int,
    session: WebUser,
    services: ServicesDep,
    sort: Annotated[int | None, Query(ge=0, le=1000)] = None,
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
) -> Response:
    """An executed request's rows as CSV for whoever may see its result (404 otherwise)."""
    try:
        found = service.result(services, session.principal, approval_id)
    except BastionError:
        return Response(status_code=404, headers={"cache-control": "no-store"})
    body = result_csv(found.columns, found.rows, sort=sort, descending=order == "desc")
    return csv_response(body, f"bastion-approval-{approval_id}.csv")


def approval_csv_url(item: ApprovalDetail) -> str:
    return f"/app/approvals/{item.id}/rows.csv"


templates.env.globals["approval_csv_url"] = approval_csv_url
