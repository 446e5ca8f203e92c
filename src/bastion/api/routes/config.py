"""Configuration kept in the database (seed 003), for org admins: the changelog of every
change and the context rules."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, status

from bastion.config import context_rules
from bastion.config.changelog import list_changes
from bastion.config.context_rules import ContextRulePublic, ContextRulesSave
from bastion.http.deps import AdminPrincipal, SessionDep
from bastion.prompts.schemas import ChangePublic

router = APIRouter(prefix="/api/config", tags=["config"])


@router.get("/changelog", response_model=list[ChangePublic], summary="Configuration changes")
def changelog(
    admin: AdminPrincipal,
    session: SessionDep,
    config_type: Annotated[str | None, Query(description="e.g. prompt_pack")] = None,
    config_id: Annotated[int | None, Query()] = None,
    changed_by: Annotated[str | None, Query(description="username, or 'cli'")] = None,
    change_type: Annotated[str | None, Query(description="create, activate, ...")] = None,
    since: Annotated[datetime | None, Query()] = None,
    before_id: Annotated[int | None, Query(description="page: ids below this")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[ChangePublic]:
    rows = list_changes(
        session,
        admin.org_id,
        config_type=config_type,
        config_id=config_id,
        changed_by=changed_by,
        change_type=change_type,
        since=since,
        before_id=before_id,
        limit=limit,
    )
    return [ChangePublic.model_validate(r, from_attributes=True) for r in rows]


@router.get(
    "/context-rules", response_model=list[ContextRulePublic], summary="Context rules by domain"
)
def list_context_rules(
    admin: AdminPrincipal,
    session: SessionDep,
    domain: Annotated[str | None, Query()] = None,
    all_versions: Annotated[bool, Query(alias="all", description="every version")] = False,
) -> list[ContextRulePublic]:
    return context_rules.list_rules(session, admin.org_id, domain, all_versions=all_versions)


@router.post(
    "/context-rules",
    response_model=ContextRulePublic,
    status_code=status.HTTP_201_CREATED,
    summary="Save a domain's context rules as its next, active version",
)
def save_context_rules(
    body: ContextRulesSave, admin: AdminPrincipal, session: SessionDep
) -> ContextRulePublic:
    return context_rules.save_rules(session, admin.org_id, admin, body)
