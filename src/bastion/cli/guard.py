"""``bastion guard check``: the SQL guard from the shell, for one query or saved queries in
bulk (``--jsonl``). Nothing is executed."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from bastion.cli.common import (
    open_db,
)
from bastion.cli.output import console
from bastion.errors import InvalidInput
from bastion.vocabulary import ROLES

guard_app = typer.Typer(help="The SQL guard: check queries against a role's policy.")


def _stores(stores: str | None) -> tuple[int, ...]:
    if not stores:
        return ()
    try:
        return tuple(int(part) for part in stores.split(",") if part.strip())
    except ValueError:
        raise InvalidInput(
            f"--stores takes store ids separated by commas, not '{stores}'.",
            code="guard.invalid_stores",
        ) from None


def _principal_scope(user: str) -> tuple[str, tuple[int, ...], bool]:
    from bastion.identity import service

    with open_db().session() as session:
        principal = service.principal_of(service.find_user(session, user))
    return principal.role, principal.store_ids, principal.is_all_stores


def _check(sql: str, role: str, stores: tuple[int, ...], all_stores: bool) -> dict[str, Any]:
    from bastion.catalog.policy import check_as

    if role not in ROLES:
        raise InvalidInput(
            f"Unknown role '{role}'; choose one of {', '.join(ROLES)}.", code="guard.unknown_role"
        )
    result = check_as(sql, role, stores, all_stores).to_json()
    result["policy"] = {"role": role, "store_ids": list(stores), "all_stores": all_stores}
    return result


@guard_app.command("check")
def check(
    user: Annotated[
        str | None, typer.Option("--user", help="Use this user's role and stores.")
    ] = None,
    role: Annotated[str | None, typer.Option("--role", help=f"One of: {', '.join(ROLES)}.")] = None,
    stores: Annotated[str | None, typer.Option("--stores", help="Store ids, e.g. 1,2.")] = None,
    all_stores: Annotated[bool, typer.Option("--all-stores", help="Every store.")] = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl", help='Read {"sql", "role", "store_ids"} per line; one verdict per line.'
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as JSON.")] = False,
) -> None:
    """Check SQL from stdin. Exit code 0 when allowed (every line, with --jsonl), 1 if not."""
    if user and (role or stores or all_stores):
        raise InvalidInput("Give --user, or --role with --stores, not both.", code="guard.usage")
    if user:
        role, scope, every = _principal_scope(user)
    else:
        scope, every = _stores(stores), all_stores
    if jsonl:
        sys.exit(_check_lines(role, scope, every))
    if not role:
        raise InvalidInput("Give --user NAME or --role ROLE.", code="guard.usage")
    sql = sys.stdin.read()
    result = _check(sql, role, scope, every)
    if as_json:
        print(json.dumps(result))
    else:
        _print_verdict(result)
    sys.exit(0 if result["verdict"] == "allow" else 1)


def _check_lines(role: str | None, scope: tuple[int, ...], every: bool) -> int:
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("sql"), str):
                raise ValueError("expected an object with an 'sql' string")
            line_role = item.get("role", role)
            line_stores = tuple(int(s) for s in item.get("store_ids", scope))
            line_all = bool(item.get("all_stores", every))
            if not line_role:
                raise ValueError("no role: give --role or a 'role' key")
            result = _check(item["sql"], str(line_role), line_stores, line_all)
        except (ValueError, TypeError, InvalidInput) as exc:
            message = exc.message if isinstance(exc, InvalidInput) else str(exc)
            result = {
                "verdict": "error",
                "error": {"code": "guard.invalid_input", "message": f"line {number}: {message}"},
            }
        result["line"] = number
        if result["verdict"] != "allow":
            status = 1
        print(json.dumps(result), flush=True)
    return status


def _print_verdict(result: dict[str, Any]) -> None:
    risk = result["risk"]
    if result["verdict"] == "allow":
        console.print(f"ALLOW (risk {risk['level']}, {risk['score']}/100)", highlight=False)
        console.print(result["sql"], highlight=False, soft_wrap=True)
        console.print(
            f"relations: {', '.join(result['relations'])}; limit {result['limit_applied']}",
            highlight=False,
        )
    else:
        console.print("DENY", highlight=False)
        for reason in result["reasons"]:
            console.print(
                f"  {reason['code']}: {reason['message']}", highlight=False, soft_wrap=True
            )
