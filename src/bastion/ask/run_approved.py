"""Running a question an approver approved: the exact SQL that was reviewed, as the
``bastion_reader`` role under the requester's scope (the stores stored with the request
that the requester still has), then the same result policy and narration as any answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bastion.answer.formats import json_rows
from bastion.answer.infer import describe_result, infer_columns
from bastion.answer.narrate import narrate
from bastion.answer.widgets import widgets_for
from bastion.ask.context import AskServices
from bastion.errors import AccessDenied
from bastion.execution.executor import Scope
from bastion.identity.principal import Principal
from bastion.planner.plan import QueryPlan, ResultColumn

if TYPE_CHECKING:
    from bastion.db.models import ApprovalRequest


def requester_scope(request: ApprovalRequest, requester: Principal) -> Scope:
    """What the request was scoped to, narrowed to what the requester may see now."""
    if request.is_all_stores and requester.is_all_stores:
        return Scope(store_ids=(), all_stores=True)
    stored = set(request.store_ids) if not request.is_all_stores else None
    current = None if requester.is_all_stores else set(requester.store_ids)
    if stored is None:
        stores = current or set()
    elif current is None:
        stores = stored
    else:
        stores = stored & current
    if not stores:
        raise AccessDenied(
            "The requester no longer has access to the stores this question was about.",
            code="approvals.scope_gone",
        )
    return Scope(store_ids=tuple(sorted(stores)), all_stores=False)


def run_approved(
    services: AskServices, request: ApprovalRequest, requester: Principal
) -> dict[str, Any]:
    """Execute, filter and narrate; the JSON result stored for the requester."""
    if request.role != requester.role:
        raise AccessDenied(
            "The requester's role changed since the question was asked.",
            code="approvals.role_changed",
        )
    scope = requester_scope(request, requester)
    result = services.executor.run(request.sql, scope, user=requester.user_id)
    stored_columns = tuple(ResultColumn.model_validate(c) for c in request.columns or ())
    columns = stored_columns or infer_columns(result.columns, result.rows)
    policy = services.policies.for_org(services.db.autocommit, request.org_id)
    filtered = policy.filter_result(request.sql, requester.role, columns, result.rows)
    plan = (
        QueryPlan.model_validate(request.plan)
        if request.plan is not None
        else describe_result(filtered.columns, filtered.rows, result.limit)
    )
    truncated = result.truncated
    prompts = services.prompts.resolve(
        services.db.autocommit, requester.org_id, requester.role, requester.user_id
    )
    return {
        "sql": request.sql,
        "columns": [c.model_dump() for c in filtered.columns],
        "rows": json_rows(filtered.rows, filtered.columns),
        "row_count": len(filtered.rows),
        "truncated": truncated,
        "answer": narrate(
            plan, filtered.columns, filtered.rows, style=prompts.style, truncated=truncated
        ),
        "widgets": widgets_for(
            plan, filtered.columns, filtered.rows, style=prompts.style, truncated=truncated
        ),
        "scope": {"store_ids": list(scope.store_ids), "all_stores": scope.all_stores},
        "policy": [d.public() for d in filtered.decisions if d.action != "allow"],
        "time_grain": plan.time_grain,
        "style": prompts.style.numbers(),
        "sql_ms": round(result.duration_ms, 3),
    }
