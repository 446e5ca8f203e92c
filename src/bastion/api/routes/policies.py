"""An org's policies and the decisions made under them (admins): list, show, add, change
(a new version each time), remove; the changelog of policies; the decision log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from bastion.config.changelog import list_changes
from bastion.http.deps import AdminPrincipal, SessionDep
from bastion.policy import service
from bastion.policy.schemas import (
    Action,
    PolicyCreate,
    PolicyDecisionPublic,
    PolicyPublic,
    PolicyUpdate,
)
from bastion.prompts.schemas import ChangePublic

router = APIRouter(tags=["policies"])

BeforeId = Annotated[int | None, Query(description="page: ids below this")]
Limit = Annotated[int, Query(ge=1, le=500)]

# Fixed paths come before /{policy_id}, so that "changes" is never read as an id.


@router.get(
    "/api/policies/changes", response_model=list[ChangePublic], summary="Changes to policies"
)
def changes(
    admin: AdminPrincipal,
    session: SessionDep,
    policy_id: Annotated[int | None, Query(description="one policy's changes")] = None,
    before_id: BeforeId = None,
    limit: Limit = 50,
) -> list[ChangePublic]:
    rows = list_changes(
        session,
        admin.org_id,
        config_type=service.CONFIG_TYPE,
        config_id=policy_id,
        before_id=before_id,
        limit=limit,
    )
    return [ChangePublic.model_validate(r, from_attributes=True) for r in rows]


@router.get("/api/policies", response_model=list[PolicyPublic], summary="The org's policies")
def list_policies(admin: AdminPrincipal, session: SessionDep) -> list[PolicyPublic]:
    return service.list_policies(session, admin.org_id)


@router.post(
    "/api/policies",
    response_model=PolicyPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Add a policy (version 1)",
)
def create_policy(body: PolicyCreate, admin: AdminPrincipal, session: SessionDep) -> PolicyPublic:
    return service.create_policy(session, admin.org_id, body, admin)


@router.get("/api/policies/{policy_id}", response_model=PolicyPublic, summary="One policy")
def get_policy(policy_id: int, admin: AdminPrincipal, session: SessionDep) -> PolicyPublic:
    return service.get_policy(session, admin.org_id, policy_id)


@router.put(
    "/api/policies/{policy_id}",
    response_model=PolicyPublic,
    summary="Change a policy (rules, when given, replace the whole document)",
)
def update_policy(
    policy_id: int, body: PolicyUpdate, admin: AdminPrincipal, session: SessionDep
) -> PolicyPublic:
    return service.update_policy(session, admin.org_id, policy_id, body, admin)


@router.delete(
    "/api/policies/{policy_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a policy"
)
def delete_policy(policy_id: int, admin: AdminPrincipal, session: SessionDep) -> Response:
    service.delete_policy(session, admin.org_id, policy_id, admin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/api/policy-decisions",
    response_model=list[PolicyDecisionPublic],
    summary="Decisions of the policy engine, newest first",
)
def list_decisions(
    admin: AdminPrincipal,
    session: SessionDep,
    user: Annotated[str | None, Query(description="username")] = None,
    action: Annotated[Action | None, Query()] = None,
    stage: Annotated[str | None, Query(description="where the check ran")] = None,
    log_id: Annotated[int | None, Query(description="one question's audit log")] = None,
    approval_id: Annotated[int | None, Query()] = None,
    before_id: BeforeId = None,
    limit: Limit = 50,
) -> list[PolicyDecisionPublic]:
    return service.list_decisions(
        session,
        admin.org_id,
        user=user,
        action=action,
        stage=stage,
        log_id=log_id,
        approval_id=approval_id,
        before_id=before_id,
        limit=limit,
    )
