"""The approval queue: held questions, decisions on them, and their results. Approvers and
admins see their org's queue and decide (never on their own request); everyone sees their
own requests and results."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from bastion.approvals import service
from bastion.approvals.schemas import (
    ApprovalDetail,
    ApprovalPublic,
    ApprovalResultPublic,
    ApproveBody,
    RejectBody,
)
from bastion.http.deps import CurrentPrincipal, ServicesDep, SessionDep
from bastion.vocabulary import ApprovalStatus, Decision

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


def _approve_reason(body: ApproveBody | None = None) -> str | None:
    return body.reason if body is not None else None


def _reject_reason(body: RejectBody) -> str:
    return body.reason


def _decision(
    decide: service.Decide, reason_of: Callable[..., str | None]
) -> Callable[..., ApprovalDetail]:
    """The route of one decision; ``reason_of`` reads its body (optional to approve,
    required to reject)."""

    def decision(
        approval_id: int,
        principal: CurrentPrincipal,
        services: ServicesDep,
        reason: str | None = Depends(reason_of),
    ) -> ApprovalDetail:
        return decide(services, principal, approval_id, reason)

    return decision


DECISION_ROUTES: dict[Decision, tuple[Callable[..., str | None], str]] = {
    "approve": (
        _approve_reason,
        "Approve a request: its SQL runs at once under the requester's scope",
    ),
    "reject": (_reject_reason, "Reject a request with a reason the requester reads"),
}
for _name, (_reason_of, _summary) in DECISION_ROUTES.items():
    router.add_api_route(
        f"/{{approval_id}}/{_name}",
        _decision(service.DECISIONS[_name], _reason_of),
        methods=["POST"],
        name=_name,
        response_model=ApprovalDetail,
        summary=_summary,
        responses={
            403: {"description": "not an approver, or your own request"},
            409: {"description": "already decided, or expired"},
        },
    )


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
