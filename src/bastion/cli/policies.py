"""``bastion policies``: an org's policies and the decisions made under them, from the
shell, as the operator (the changelog names the change's author ``cli``). Policies are
named by id or by name; rules come from a YAML or JSON file holding the policy document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from pydantic import BaseModel, ValidationError

from bastion.cli.common import (
    JsonOpt,
    OrgOpt,
    open_session,
    org_id_of,
)
from bastion.cli.output import console, emit
from bastion.errors import InvalidInput
from bastion.policy import service
from bastion.policy.schemas import ACTIONS, PolicyCreate, PolicyUpdate

policies_app = typer.Typer(help="Policies: list, show, add, change; the decisions they made.")

PolicyArg = Annotated[str, typer.Argument(help="Policy id or name.")]
DescriptionOpt = Annotated[
    str | None, typer.Option("--description", help="What the policy is for ('' clears it).")
]


def _read(path: Path) -> dict[str, Any]:
    """A policy document from a YAML or JSON file (JSON is YAML)."""
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InvalidInput(f"Cannot read {path}: {exc}", code="policies.bad_file") from None
    if not isinstance(data, dict):
        raise InvalidInput(
            f"{path} must hold one policy document (a mapping of sections).",
            code="policies.bad_file",
        )
    return data


def _parse(model: type[BaseModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "options"
        raise InvalidInput(
            f"Invalid policy options ({where}: {first['msg'].lower()}).", code="request.invalid"
        ) from None


def _print_policy(policy: dict[str, Any]) -> None:
    """The rules as YAML under a comment header, so that the output is a file ``set``
    reads back."""
    state = "active" if policy["is_active"] else "inactive"
    by = policy["updated_by"] or "cli or migration"
    header = [
        f"# policy {policy['id']} {policy['name']}, version {policy['version']}, {state}",
        f"# updated {policy['updated_at']} by {by}",
    ]
    if policy["description"]:
        header.append(f"# {policy['description']}")
    body = yaml.safe_dump(policy["rules"], sort_keys=False, allow_unicode=True, width=100)
    typer.echo("\n".join(header) + "\n" + body, nl=False)


@policies_app.command("list")
def policies_list(org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """List an org's policies with their version and state."""
    with open_session() as session:
        rows = [
            p.model_dump(mode="json")
            for p in service.list_policies(session, org_id_of(session, org))
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "name", "v", "active", "rules", "updated", "by", "description")
        for p in rows:
            counts = ", ".join(
                f"{len(p['rules'].get(section) or [])} {section}"
                for section in ("topics", "pii_requests", "columns")
            )
            table.add_row(
                str(p["id"]),
                p["name"],
                str(p["version"]),
                "yes" if p["is_active"] else "no",
                counts,
                p["updated_at"][:19],
                p["updated_by"] or "-",
                p["description"] or "",
            )
        console.print(table)

    emit(rows, as_json, human)


@policies_app.command("show")
def policies_show(policy: PolicyArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Print a policy: its rules as YAML (a file `set --file` reads back)."""
    with open_session() as session:
        shown = service.find_policy(session, org_id_of(session, org), policy).model_dump(
            mode="json"
        )
    emit(shown, as_json, lambda: _print_policy(shown))


@policies_app.command("add")
def policies_add(
    name: Annotated[str, typer.Argument(help="Unique in the org: a-z first, then a-z 0-9 _ . -")],
    file: Annotated[Path, typer.Option("--file", help="The policy document, YAML or JSON.")],
    description: DescriptionOpt = None,
    inactive: Annotated[bool, typer.Option("--inactive", help="Add it switched off.")] = False,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Add a policy (version 1) from a file."""
    body = _parse(
        PolicyCreate,
        {
            "name": name,
            "description": description or None,
            "rules": _read(file),
            "is_active": not inactive,
        },
    )
    with open_session() as session:
        created = service.create_policy(session, org_id_of(session, org), body, None)
        shown = created.model_dump(mode="json")
    emit(
        shown,
        as_json,
        lambda: console.print(
            f"Added policy {shown['id']} ({shown['name']}, version 1"
            + ("" if shown["is_active"] else ", inactive")
            + ").",
            highlight=False,
        ),
    )


@policies_app.command("set")
def policies_set(
    policy: PolicyArg,
    file: Annotated[
        Path | None, typer.Option("--file", help="The whole new document, YAML or JSON.")
    ] = None,
    description: DescriptionOpt = None,
    active: Annotated[
        bool | None, typer.Option("--active/--inactive", help="Switch the policy on or off.")
    ] = None,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Change a policy: a new version when anything really changed."""
    changes: dict[str, Any] = {}
    if file is not None:
        changes["rules"] = _read(file)
    if description is not None:
        changes["description"] = description or None
    if active is not None:
        changes["is_active"] = active
    if not changes:
        raise InvalidInput(
            "Nothing to change: give --file, --description, --active or --inactive.",
            code="request.invalid",
        )
    body = _parse(PolicyUpdate, changes)
    with open_session() as session:
        org_id = org_id_of(session, org)
        before = service.find_policy(session, org_id, policy)
        after = service.update_policy(session, org_id, before.id, body, None)
        shown = after.model_dump(mode="json")

    def human() -> None:
        if after.version == before.version:
            text = f"Policy {shown['name']} is unchanged (version {shown['version']})."
        else:
            text = f"Policy {shown['name']} is now version {shown['version']}."
        console.print(text, highlight=False)

    emit(shown, as_json, human)


@policies_app.command("decisions")
def policies_decisions(
    user: Annotated[str | None, typer.Option("--user", help="Only this username's.")] = None,
    action: Annotated[
        str | None, typer.Option("--action", help=f"Only this action: {', '.join(ACTIONS)}.")
    ] = None,
    stage: Annotated[str | None, typer.Option("--stage", help="Only this stage's.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many (1-500).")] = 50,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """The policy engine's decisions, newest first."""
    if action is not None and action not in ACTIONS:
        raise InvalidInput(
            f"Unknown action {action!r}; one of {', '.join(ACTIONS)}.", code="request.invalid"
        )
    if not 1 <= limit <= 500:
        raise InvalidInput("--limit is between 1 and 500.", code="request.invalid")
    with open_session() as session:
        rows = [
            d.model_dump(mode="json")
            for d in service.list_decisions(
                session,
                org_id_of(session, org),
                user=user,
                action=action,
                stage=stage,
                limit=limit,
            )
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "when", "user", "stage", "action", "policy", "rule", "log")
        for d in rows:
            table.add_row(
                str(d["id"]),
                d["created_at"][:19],
                d["username"] or "-",
                d["stage"],
                d["action"],
                f"{d['policy_name']} v{d['policy_version']}",
                d["rule"],
                str(d["log_id"] or "-"),
            )
        console.print(table)

    emit(rows, as_json, human)
