"""The worked examples of an org (admins): question -> plan pairs a model planning a
similar question is shown; add, list, remove, and the nearest to a question."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel

from bastion.examples import (
    PlanExampleCreate,
    PlanExamplePublic,
    add_example,
    list_examples,
    nearest_examples,
    remove_example,
)
from bastion.examples.bank import plan_json
from bastion.examples.nearest import Method
from bastion.http.deps import AdminPrincipal, ServicesDep, SessionDep
from bastion.vocabulary import ExampleSource

router = APIRouter(prefix="/api/examples", tags=["examples"])


class NeighbourPublic(BaseModel):
    question: str
    plan: dict[str, object]
    score: float
    method: Method


@router.get("", response_model=list[PlanExamplePublic], summary="The org's worked examples")
def get_examples(
    admin: AdminPrincipal,
    session: SessionDep,
    source: Annotated[ExampleSource | None, Query(description="only these")] = None,
) -> list[PlanExamplePublic]:
    return list_examples(session, admin.org_id, source)


@router.post(
    "",
    response_model=PlanExamplePublic,
    status_code=status.HTTP_201_CREATED,
    summary="Add a worked example",
)
def create_example(
    body: PlanExampleCreate, admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> PlanExamplePublic:
    return add_example(
        session, services.catalog, services.embedder, admin.org_id, body, actor=admin
    )


@router.get(
    "/nearest", response_model=list[NeighbourPublic], summary="The examples nearest a question"
)
def nearest(
    admin: AdminPrincipal,
    services: ServicesDep,
    question: Annotated[str, Query(min_length=1, max_length=1000)],
    k: Annotated[int, Query(ge=1, le=20)] = 3,
) -> list[NeighbourPublic]:
    found = nearest_examples(services.db.engine, services.embedder, admin.org_id, question, k)
    return [
        NeighbourPublic(question=n.question, plan=plan_json(n.plan), score=n.score, method=n.method)
        for n in found
    ]


@router.delete(
    "/{example_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a worked example"
)
def delete_example(example_id: int, admin: AdminPrincipal, session: SessionDep) -> Response:
    remove_example(session, admin.org_id, example_id, actor=admin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
