"""The model registry of an org (admins): entries, a test call, the org's model settings,
token usage and the changelog. API keys are references to the org's secrets
(``secret:NAME``) shown as they are; no route reads one except ``/test``, which calls the
model (at a host the operator allowed)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from bastion.config.changelog import list_changes
from bastion.db.models import ModelConfig
from bastion.http.deps import AdminPrincipal, CurrentPrincipal, ServicesDep, SessionDep
from bastion.models import registry, usage
from bastion.models.probe import test_model
from bastion.models.schemas import (
    ModelConfigCreate,
    ModelConfigPublic,
    ModelConfigUpdate,
    ModelSettingsPublic,
    ModelSettingsUpdate,
    ModelTestResult,
    UsageReport,
    UserUsage,
)
from bastion.prompts.schemas import ChangePublic

router = APIRouter(prefix="/api/models", tags=["models"])

MonthQuery = Annotated[str | None, Query(description="YYYY-MM (default: this month, UTC)")]


def _public(services: ServicesDep, row: ModelConfig) -> ModelConfigPublic:
    breaker_open = services.router.breakers.is_open(registry.spec_of(row).breaker_key)
    return registry.public(row, breaker_open)


# Fixed paths come before /{model_id}, so that "settings" is never read as an id.


@router.get("/settings", response_model=ModelSettingsPublic, summary="The org's model settings")
def get_settings(
    admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> ModelSettingsPublic:
    return registry.get_model_settings(session, admin.org_id, services.settings)


@router.put("/settings", response_model=ModelSettingsPublic, summary="Change the model settings")
def put_settings(
    body: ModelSettingsUpdate, admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> ModelSettingsPublic:
    return registry.update_model_settings(session, admin.org_id, body, services.settings, admin)


@router.get("/usage", response_model=UsageReport, summary="Tokens and cost of a month")
def org_usage(
    admin: AdminPrincipal, services: ServicesDep, session: SessionDep, month: MonthQuery = None
) -> UsageReport:
    start = usage.parse_month(month)
    budget = registry.get_model_settings(session, admin.org_id, services.settings)
    return usage.usage_report(session, admin.org_id, start, budget.monthly_token_budget)


@router.get("/usage/me", response_model=UserUsage, summary="Your own tokens and cost")
def my_usage(
    principal: CurrentPrincipal, session: SessionDep, month: MonthQuery = None
) -> UserUsage:
    start = usage.parse_month(month)
    return usage.user_usage(session, principal.org_id, principal.user_id, start)


@router.get("/changes", response_model=list[ChangePublic], summary="Changes to models")
def changes(
    admin: AdminPrincipal,
    session: SessionDep,
    before_id: Annotated[int | None, Query(description="page: ids below this")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[ChangePublic]:
    rows = [
        row
        for config_type in (registry.CONFIG_TYPE, registry.SETTINGS_TYPE)
        for row in list_changes(
            session, admin.org_id, config_type=config_type, before_id=before_id, limit=limit
        )
    ]
    rows.sort(key=lambda row: row.id, reverse=True)
    return [ChangePublic.model_validate(r, from_attributes=True) for r in rows[:limit]]


@router.get("", response_model=list[ModelConfigPublic], summary="The org's models")
def list_models(
    admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> list[ModelConfigPublic]:
    return [_public(services, row) for row in registry.list_models(session, admin.org_id)]


@router.post(
    "",
    response_model=ModelConfigPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Add a model (version 1)",
)
def create_model(
    body: ModelConfigCreate, admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> ModelConfigPublic:
    row = registry.create_model(session, admin.org_id, body, admin, services.settings)
    return _public(services, row)


@router.get("/{model_id}", response_model=ModelConfigPublic, summary="One model")
def get_model(
    model_id: int, admin: AdminPrincipal, services: ServicesDep, session: SessionDep
) -> ModelConfigPublic:
    return _public(services, registry.get_model(session, admin.org_id, model_id))


@router.put("/{model_id}", response_model=ModelConfigPublic, summary="Change a model")
def update_model(
    model_id: int,
    body: ModelConfigUpdate,
    admin: AdminPrincipal,
    services: ServicesDep,
    session: SessionDep,
) -> ModelConfigPublic:
    row = registry.update_model(session, admin.org_id, model_id, body, admin, services.settings)
    return _public(services, row)


@router.delete("/{model_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a model")
def delete_model(model_id: int, admin: AdminPrincipal, session: SessionDep) -> Response:
    registry.delete_model(session, admin.org_id, model_id, admin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{model_id}/test", response_model=ModelTestResult, summary="Call a model once")
def run_test(model_id: int, admin: AdminPrincipal, services: ServicesDep) -> ModelTestResult:
    # A short session: no database connection is held while the model answers.
    with services.db.session() as session:
        row = registry.get_model(session, admin.org_id, model_id)
    return test_model(services.router, services.db, row, admin.org_id, admin.user_id)
