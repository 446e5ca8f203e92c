"""``bastion approvals``: the approval queue from the shell. Listing and showing act as the
operator (any request of the org); deciding acts as a named approver or admin (``--as``),
with the same rules as the API: never on one's own request, one decision per request."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bastion.approvals import service
from bastion.approvals.schemas import ApprovalDetail
from bastion.cli.common import (
    JsonOpt,
    OrgOpt,
    open_db,
    open_services,
)
from bastion.cli.output import console, emit, err_console
from bastion.errors import InvalidInput
from bastion.identity import service as identity
from bastion.identity.principal import Principal
from bastion.services import Services
from bastion.vocabulary import APPROVAL_STATUSES

approvals_app = typer.Typer(help="The approval queue: list, show, approve, reject; sweep.")

IdArg = Annotated[int, typer.Argument(help="The approval request's id.")]
AsOpt = Annotated[
    str, typer.Option("--as", help="The deciding user (an approver or admin of the org).")
]


def _decider(services: Services, username: str) -> Principal:
    with services.db.session() as session:
        user = identity.find_user(session, username)
        if not user.is_active:
            raise InvalidInput(f"User '{user.username}' is disabled.", code="users.disabled")
        return identity.principal_of(user)


def _print_request(data: dict[str, Any]) -> None:
    stores = "all stores" if data["is_all_stores"] else f"stores {data['store_ids']}"
    risk = data["risk"]
    lines = [
        f"Approval request {data['id']}: {data['status']}",
        f"  question:  {data['question']}",
        f"  requester: {data['requester'] or '(deleted)'} ({data['role']}, {stores})",
        f"  risk:      {risk.get('score')} ({risk.get('level')})",
        "  held for:  "
        + "; ".join(r.get("message") or r.get("rule") or r.get("code") for r in data["reasons"]),
        f"  expires:   {data['expires_at']}",
        f"  SQL:       {data['sql']}",
    ]
    if data["decided_at"]:
        reason = f": {data['decision_reason']}" if data["decision_reason"] else ""
        lines.append(f"  decided:   by {data['decided_by_name']} at {data['decided_at']}{reason}")
    if data["error_code"]:
        lines.append(f"  error:     {data['error_code']}: {data['error_message']}")
    for event in data.get("events", []):
        detail = ", ".join(f"{k}={v}" for k, v in event["detail"].items() if v is not None)
        lines.append(
            f"  {event['created_at']}  {event['event']:<10} {event['actor_name']}"
            + (f"  ({detail})" if detail else "")
        )
    console.print("\n".join(lines), highlight=False, soft_wrap=True)


@approvals_app.command("list")
def approvals_list(
    status: Annotated[
        str | None,
        typer.Option("--status", help=f"Only this status: {', '.join(APPROVAL_STATUSES)}."),
    ] = None,
    before_id: Annotated[
        int | None, typer.Option("--before-id", help="Page: ids below this.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200, help="At most this many.")] = 50,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """List an org's approval requests, newest first."""
    if status is not None and status not in APPROVAL_STATUSES:
        raise InvalidInput(
            f"--status takes one of {', '.join(APPROVAL_STATUSES)}, not '{status}'.",
            code="request.invalid",
        )

    with open_db().session() as session:
        org_id = identity.get_org(session, org).id
        rows = [
            r.model_dump(mode="json")
            for r in service.list_for_org(
                session, org_id, status=status, before_id=before_id, limit=limit
            )
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "status", "requester", "role", "risk", "question", "expires")
        for r in rows:
            table.add_row(
                str(r["id"]),
                r["status"],
                r["requester"] or "-",
                r["role"],
                str(r["risk"].get("score", "")),
                r["question"],
                r["expires_at"][:16].replace("T", " "),
            )
        console.print(table)

    emit(rows, as_json, human)


@approvals_app.command("show")
def approvals_show(approval_id: IdArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Show one approval request: the question, the SQL, why it was held, its events."""

    with open_db().session() as session:
        org_id = identity.get_org(session, org).id
        data = service.load_request(session, org_id, approval_id).model_dump(mode="json")
    emit(data, as_json, lambda: _print_request(data))


def _decided(decided: ApprovalDetail, as_json: bool) -> None:
    data = decided.model_dump(mode="json")
    emit(data, as_json, lambda: _print_request(data))
    if decided.status == "failed":
        if not as_json:
            err_console.print(
                f"error: approved, but the question failed to run: {decided.error_message}",
                highlight=False,
                soft_wrap=True,
            )
        raise typer.Exit(1)


@approvals_app.command("approve")
def approvals_approve(
    approval_id: IdArg,
    as_user: AsOpt,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (optional).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Approve a pending request and run it under the requester's scope (exit 1: it failed)."""
    services = open_services()
    decided = service.approve(services, _decider(services, as_user), approval_id, reason)
    _decided(decided, as_json)


@approvals_app.command("reject")
def approvals_reject(
    approval_id: IdArg,
    as_user: AsOpt,
    reason: Annotated[str, typer.Option("--reason", help="Why; the requester reads it.")],
    as_json: JsonOpt = False,
) -> None:
    """Reject a pending request with a reason."""
    services = open_services()
    _decided(service.reject(services, _decider(services, as_user), approval_id, reason), as_json)


@approvals_app.command("sweep")
def approvals_sweep(as_json: JsonOpt = False) -> None:
    """Escalate and expire due requests now, sending their webhooks (as API processes do)."""
    from bastion.approvals.sweeper import sweep

    report = sweep(open_services()).to_json()
    emit(
        report,
        as_json,
        lambda: console.print(
            f"{len(report['escalated'])} escalated, {len(report['expired'])} expired, "
            f"{len(report['interrupted'])} interrupted; webhooks: {report['notified']} "
            f"delivered, {report['notify_failed']} failed.",
            highlight=False,
        ),
    )
