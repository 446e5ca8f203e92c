"""``bastion secrets``: an org's secrets from the shell, as the operator. A value is read
from standard input (or typed at a hidden prompt), never taken as an argument that a
shell history or a process list would keep; no command prints a value."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from bastion.cli.common import JsonOpt, OrgOpt, open_session, org_id_of, settings
from bastion.cli.output import console, emit
from bastion.secrets import SecretBox, store

secrets_app = typer.Typer(help="An org's secrets (models' API keys): set, list, remove.")

NameArg = Annotated[str, typer.Argument(help="The secret's name (models use secret:NAME).")]


def _read_value() -> str:
    if sys.stdin.isatty():
        return str(typer.prompt("Value (not shown)", hide_input=True))
    return sys.stdin.read()


@secrets_app.command("set")
def secrets_set(name: NameArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Store or replace a secret; the value comes from standard input."""
    value = _read_value()
    box = SecretBox.from_settings(settings())
    with open_session() as session:
        shown = store.put_secret(session, box, org_id_of(session, org), name, value, None)
    data = shown.model_dump(mode="json")
    emit(
        data,
        as_json,
        lambda: console.print(
            f"Stored secret {data['name']} (version {data['version']}); reference it as "
            f"secret:{data['name']}.",
            highlight=False,
        ),
    )


@secrets_app.command("list")
def secrets_list(org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """List an org's secrets: names, versions and the models using them (never values)."""
    with open_session() as session:
        rows = [
            s.model_dump(mode="json") for s in store.list_secrets(session, org_id_of(session, org))
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("name", "version", "updated", "by", "used by")
        for s in rows:
            table.add_row(
                s["name"],
                str(s["version"]),
                s["updated_at"][:19],
                s["updated_by"] or "cli",
                ", ".join(s["used_by"]) or "-",
            )
        console.print(table)

    emit(rows, as_json, human)


@secrets_app.command("remove")
def secrets_remove(name: NameArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Remove a secret no model uses any more."""
    with open_session() as session:
        store.delete_secret(session, org_id_of(session, org), name, None)
    emit({"removed": name}, as_json, lambda: console.print(f"Removed secret {name}."))
