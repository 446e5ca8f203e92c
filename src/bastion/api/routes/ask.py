"""Asking questions, and reading conversations and the audit trail back."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from bastion.answer.formats import json_value
from bastion.ask import audit
from bastion.ask.context import AskRequest
from bastion.ask.flow import answer_question
from bastion.ask.schemas import AskBody, AskResponse, to_response
from bastion.errors import BastionError
from bastion.http import downloads
from bastion.http.deps import CurrentPrincipal, ServicesDep
from bastion.vocabulary import AskStatus

router = APIRouter(tags=["ask"])


@router.post(
    "/api/ask",
    response_model=AskResponse,
    summary="Ask a question of the data in plain language",
    responses={
        403: {"description": "store_id outside the caller's scope"},
        429: {"description": "the caller's queries already fill their slots (Retry-After)"},
    },
)
def ask(body: AskBody, principal: CurrentPrincipal, services: ServicesDep) -> AskResponse:
    request = AskRequest(
        question=body.question, store_id=body.store_id, conversation_id=body.conversation_id
    )
    ctx = answer_question(services, principal, request)
    error = ctx.error
    if error is not None and error.status_code in (403, 404, 429):
        # Requests the caller may not make at all are HTTP errors (seed 001: 403 for a store
        # outside the scope, 404 for someone else's conversation; 429 while the caller's
        # query slots are full, with Retry-After); they are on record too.
        raise BastionError(
            error.message,
            code=error.code,
            status_code=error.status_code,
            details={**(error.details or {}), "audit_id": ctx.audit_id},
            headers=error.headers,
        )
    return to_response(ctx)


@router.get("/api/conversations", summary="Your conversations, the latest first")
def conversations(
    principal: CurrentPrincipal,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 30,
) -> list[dict[str, Any]]:
    with services.db.engine.connect() as conn:
        return [json_value(c) for c in audit.list_conversations(conn, principal, limit)]


@router.get("/api/conversations/{conversation_id}", summary="A conversation and its turns")
def conversation(
    conversation_id: uuid.UUID, principal: CurrentPrincipal, services: ServicesDep
) -> dict[str, Any]:
    readable = services.catalog.relations_for_role(principal.role)
    with services.db.engine.connect() as conn:
        found: dict[str, Any] = json_value(
            audit.get_conversation(conn, principal, conversation_id, readable)
        )
    return found


@router.get("/api/audit/logs", summary="Audit logs: admins see their org, others their own")
def audit_logs(
    principal: CurrentPrincipal,
    services: ServicesDep,
    user: Annotated[str | None, Query(max_length=64)] = None,
    status: Annotated[AskStatus | None, Query()] = None,
    stage: Annotated[str | None, Query(max_length=64)] = None,
    before_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[dict[str, Any]]:
    with services.db.engine.connect() as conn:
        rows = audit.list_logs(
            conn,
            principal,
            user=user,
            status=status,
            stage=stage,
            before_id=before_id,
            limit=limit,
        )
    return [json_value(r) for r in rows]


@router.get("/api/audit/logs/{log_id}", summary="One question's audit log and stage events")
def audit_log(log_id: int, principal: CurrentPrincipal, services: ServicesDep) -> dict[str, Any]:
    with services.db.engine.connect() as conn:
        found: dict[str, Any] = json_value(audit.get_log(conn, principal, log_id))
    return found


SortQuery = Annotated[int | None, Query(ge=0, le=1000, description="column to order by")]
OrderQuery = Annotated[Literal["asc", "desc"], Query(description="the order's direction")]


@router.get(
    "/api/answers/{log_id}.csv",
    summary="One answer's rows as CSV (formulas neutralised)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def answer_csv(
    log_id: int,
    principal: CurrentPrincipal,
    services: ServicesDep,
    sort: SortQuery = None,
    order: OrderQuery = "asc",
) -> Response:
    return downloads.answer_csv(services, principal, log_id, sort, order == "desc")
