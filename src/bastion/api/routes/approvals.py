"""The approval queue: held questions, decisions on them, and their results. Approvers and
admins see their org's queue and decide (never on their own request); everyone sees their
own requests and results."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from bastion.approvals import service
from bastion.approvals.schemas import (
    ApprovalDetail,
    ApprovalPublic,
    ApprovalResultPublic,
    ApproveBody,
    RejectBody,
)
from bastion.http.deps import CurrentPrincipal, ServicesDep, SessionDep
from bastion.vocabulary import ApprovalStatus

router = APIRouter(prefix="/api/approvals", tags=["approvals"])


@router.get(
    "",
    response_model=list[ApprovalPublic],
    summary="Approval requests: approvers see their org's queue, others their own",
)
def list_approvals(
    principal: CurrentPrincipal,
    session: SessionDep,
    status: Annotated[ApprovalStatus | None, Query()] = None,
    mine: Annotated[bool, Query(description="only requests you made")] = False,
    before_id: Annotated[int | None, Query(ge=1, description="page: ids below this")] = None,
    limit: Annotated[int, Query(ge=1, le=service.LIST_LIMIT_MAX)] = 50,
) -> list[ApprovalPublic]:
    return service.list_requests(
        session, principal, status=status, mine=mine, before_id=before_id, limit=limit
    )


@router.get(
    "/{approval_id}",
    response_model=ApprovalDetail,
    summary="One approval request and its events",
)
def get_approval(
    approval_id: int, principal: CurrentPrincipal, session: SessionDep
) -> ApprovalDetail:
    return service.get_request(session, principal, approval_id)


@router.post(
    "/{approval_id}/approve",
    response_model=ApprovalDetail,
    summary="Approve a request: its SQL runs at once under the requester's scope",
    responses={
        403: {"description": "not an approver, or your own request"},
        409: {"description": "already decided, or expired"},
    },
)
def approve(
    approval_id: int,
    principal: CurrentPrincipal,
    services: ServicesDep,
    body: ApproveBody | None = None,
) -> ApprovalDetail:
    reason = body.reason if body is not None else None
    return service.approve(services, principal, approval_id, reason)


@router.post(
    "/{approval_id}/reject",
    response_model=ApprovalDetail,
    summary="Reject a request with a reason the requester reads",
    responses={
        403: {"description": "not an approver, or your own request"},
        409: {"description": "already decided, or expired"},
    },
)
def reject(
    approval_id: int, body: RejectBody, principal: CurrentPrincipal, services: ServicesDep
) -> ApprovalDetail:
    return service.reject(services, principal, approval_id, body.reason)


@router.get(
    "/{approval_id}/result",
    response_model=ApprovalResultPublic,
    summary="The result of an approved request",
    responses={409: {"description": "no result (yet): pending, rejected, expired, failed"}},
)
def approval_result(
    approval_id: int, principal: CurrentPrincipal, services: ServicesDep
) -> ApprovalResultPublic:
    return service.result(services, principal, approval_id)
