"""``bastion prompts``: prompt packs from the shell, as the operator (every scope of an org;
the changelog names the change's author ``cli``). Packs are named by id or by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from pydantic import ValidationError
from sqlalchemy.orm import Session

from bastion.cli.common import (
    JsonOpt,
    OrgOpt,
    open_session,
    org_id_of,
)
from bastion.cli.output import console, emit
from bastion.errors import InvalidInput
from bastion.prompts import service
from bastion.prompts.errors import PromptNotFound
from bastion.prompts.schemas import BlockIn, PromptBlocksUpdate, PromptPackCreate
from bastion.vocabulary import VersionChange

prompts_app = typer.Typer(help="Prompt packs: list, show, create, activate, archive, roll back.")

PackArg = Annotated[str, typer.Argument(help="Pack id or name.")]
VersionOpt = Annotated[int | None, typer.Option("--version", help="Version number.")]


def _pack_id(session: Session, org_id: int, pack: str) -> int:
    if pack.isdigit():
        return service.get_pack(session, org_id, None, int(pack)).pack.id
    return service.find_pack(session, org_id, pack).pack.id


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidInput(f"Cannot read {path}: {exc}", code="prompts.bad_file") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold one prompt pack object.", code="prompts.bad_file")
    return data


def _parse(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(
            f"Invalid prompt pack ({where}: {first['msg'].lower()}).", code="prompts.bad_file"
        ) from None


@prompts_app.command("list")
def prompts_list(
    org: OrgOpt = "demo",
    purpose: Annotated[str | None, typer.Option(help="sql, plan, narration or system.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List an org's prompt packs with their scope and active version."""
    with open_session() as session:
        org_id = org_id_of(session, org)
        rows = [
            service.pack_public(session, p).model_dump(mode="json")
            for p in service.list_packs(session, org_id, None, purpose)
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "name", "purpose", "scope", "active", "latest", "labels")
        for p in rows:
            scope = p["scope"]
            who = scope["kind"] + (
                f":{scope['role']}"
                if scope["role"]
                else f":{scope['username']}"
                if scope["username"]
                else ""
            )
            labels = ", ".join(f"{k}={v}" for k, v in p["labels"].items())
            active = str(p["active_version"] or "-")
            table.add_row(
                str(p["id"]), p["name"], p["purpose"], who, active, str(p["latest_version"]), labels
            )
        console.print(table)

    emit(rows, as_json, human)


@prompts_app.command("show")
def prompts_show(
    pack: PackArg, org: OrgOpt = "demo", version: VersionOpt = None, as_json: JsonOpt = False
) -> None:
    """Show a version's blocks (default: the active version, else the latest)."""
    with open_session() as session:
        org_id = org_id_of(session, org)
        shown = service.get_version(
            session, org_id, None, _pack_id(session, org_id, pack), version
        ).model_dump(mode="json")

    def human() -> None:
        labels = f" [{', '.join(shown['labels'])}]" if shown["labels"] else ""
        console.print(f"version {shown['version']} ({shown['status']}){labels}", highlight=False)
        for block in shown["blocks"]:
            extra = f", variables: {', '.join(block['variables'])}" if block["variables"] else ""
            console.print(f"\n--- {block['name']} ({block['mode']}{extra})", highlight=False)
            console.print(block["template"], highlight=False, markup=False)

    emit(shown, as_json, human)


@prompts_app.command("create")
def prompts_create(
    file: Annotated[Path, typer.Argument(help="A pack as YAML or JSON (see docs/prompts.md).")],
    org: OrgOpt = "demo",
    activate: Annotated[bool, typer.Option("--activate", help="Activate version 1.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Create a pack (version 1) from a file."""
    data = _read(file)
    if activate:
        data["activate"] = True
    body = _parse(PromptPackCreate, data)
    with open_session() as session:
        created = service.create_pack(session, org_id_of(session, org), None, body)
        result = created.model_dump(mode="json")
    emit(
        result, as_json, lambda: console.print(f"Created prompt pack {result['id']} ({body.name}).")
    )


VERSION_HELP: dict[VersionChange, str] = {
    "activate": "Activate a version (default: the latest); the active one is archived.",
    "archive": "Archive a version (default: the active one).",
    "rollback": "Make an earlier version active again (default: the one before the active one).",
}


def _version_command(change: VersionChange) -> Callable[..., None]:
    """The command of one change of a version's status (``service.VERSION_CHANGES``)."""

    def change_version(
        pack: PackArg, org: OrgOpt = "demo", version: VersionOpt = None, as_json: JsonOpt = False
    ) -> None:
        with open_session() as session:
            org_id = org_id_of(session, org)
            pack_id = _pack_id(session, org_id, pack)
            changed = service.VERSION_CHANGES[change](session, org_id, None, pack_id, version)
            result = changed.model_dump(mode="json")
        emit(
            result,
            as_json,
            lambda: console.print(f"{pack}: version {result['version']} is {result['status']}."),
        )

    return change_version


for _change, _help in VERSION_HELP.items():
    prompts_app.command(_change, help=_help)(_version_command(_change))


@prompts_app.command("export")
def prompts_export(
    pack: PackArg,
    org: OrgOpt = "demo",
    version: VersionOpt = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
) -> None:
    """Print a version as a pack file (JSON) that ``create`` and ``import`` read."""
    with open_session() as session:
        org_id = org_id_of(session, org)
        found = service.get_pack(session, org_id, None, _pack_id(session, org_id, pack))
        shown = service.get_version(session, org_id, None, found.pack.id, version)
        scope = service.scope_public(session, found.scope)
    data = {
        "name": found.pack.name,
        "purpose": found.pack.purpose,
        "description": found.pack.description,
        "scope": {"kind": scope.kind, "role": scope.role, "user": scope.username},
        "labels": shown.labels,
        "note": shown.note,
        "blocks": [b.model_dump() for b in shown.blocks],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n")


@prompts_app.command("import")
def prompts_import(
    file: Annotated[Path, typer.Argument(help="A pack file, e.g. from 'bastion prompts export'.")],
    org: OrgOpt = "demo",
    activate: Annotated[bool, typer.Option("--activate", help="Activate what it saves.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Create the pack, or save the file's blocks as a new version of the pack of that name."""
    data = _read(file)
    body = _parse(PromptPackCreate, {**data, "activate": activate})
    with open_session() as session:
        org_id = org_id_of(session, org)
        try:
            existing = service.find_pack(session, org_id, body.name).pack.id
        except PromptNotFound:
            existing = None
        if existing is None:
            result = service.create_pack(session, org_id, None, body).model_dump(mode="json")
            message = f"Created prompt pack {result['id']} ({body.name}), version 1."
        else:
            update = PromptBlocksUpdate(
                blocks=[BlockIn.model_validate(b.model_dump()) for b in body.blocks],
                labels=body.labels,
                note=body.note,
                activate=activate,
            )
            result = service.save_version(session, org_id, None, existing, update).model_dump(
                mode="json"
            )
            message = f"Saved version {result['version']} of {body.name}."
    emit(result, as_json, lambda: console.print(message))
