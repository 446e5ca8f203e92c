"""The SQL guard over HTTP: check a query as yourself, or (admins) as any role and stores."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from bastion.catalog.policy import check_as
from bastion.errors import AccessDenied
from bastion.execution.executor import ExecutionFailed, Scope, TooManyQueries
from bastion.guard import score_risk
from bastion.http.deps import CurrentPrincipal, ServicesDep
from bastion.vocabulary import Role

router = APIRouter(tags=["guard"])


class GuardCheckBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sql: str = Field(max_length=100_000)
    role: Role | None = None
    store_ids: list[int] | None = Field(default=None, max_length=1000)
    all_stores: bool | None = None


@router.post("/api/guard/check", summary="Check SQL with the guard (nothing is executed)")
def guard_check(
    body: GuardCheckBody, principal: CurrentPrincipal, services: ServicesDep
) -> dict[str, Any]:
    as_other = (
        (body.role is not None and body.role != principal.role)
        or (body.store_ids is not None and tuple(body.store_ids) != principal.store_ids)
        or (body.all_stores is not None and body.all_stores != principal.is_all_stores)
    )
    if as_other and not principal.is_admin:
        raise AccessDenied(
            "Only administrators may check SQL as another role or other stores.",
            code="guard.impersonation_forbidden",
        )
    role = body.role or principal.role
    if body.store_ids is not None or body.all_stores is not None:
        stores = tuple(body.store_ids or ())
        all_stores = bool(body.all_stores)
    else:
        stores, all_stores = principal.store_ids, principal.is_all_stores
    verdict = check_as(body.sql, role, tuple(stores), all_stores)
    result = verdict.to_json()
    if verdict.allowed and verdict.sql is not None:
        # With a database at hand, the risk score includes the planner's row estimate,
        # asked under the statement timeout and the caller's query slots. An EXPLAIN that
        # fails or takes too long is part of the verdict, never an error of the route.
        plan = None
        try:
            plan = services.executor.explain(
                verdict.sql, Scope(stores, all_stores), user=principal.user_id
            )
        except TooManyQueries:
            raise
        except ExecutionFailed as exc:
            result["explain"] = {"ok": False, "code": exc.code, "message": exc.message}
        estimated = plan.rows if plan is not None else None
        risk = score_risk(
            verdict.risk_factors,
            estimated,
            estimated_cost=plan.total_cost if plan is not None else None,
            exact=principal.is_admin,
        )
        result["risk"] = {"score": risk.score, "level": risk.level, "factors": list(risk.factors)}
        if principal.is_admin:
            # The estimate is the planner's over every store's rows (it cannot see a scope):
            # only admins, who may see every store, are shown it.
            result["estimated_rows"] = estimated
    result["policy"] = {"role": role, "store_ids": list(stores), "all_stores": all_stores}
    return result
