"""``bastion models``: an org's model registry from the shell, as the operator (the
changelog names the change's author ``cli``). Models are named by id or by name; API keys
are given as references (``secret:NAME``, or within the operator's limits ``env:NAME``
and ``file:PATH``), never as keys."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any

import typer
from pydantic import BaseModel, ValidationError

from bastion.cli.common import (
    JsonOpt,
    OrgOpt,
    open_services,
    open_session,
    org_id_of,
    settings,
)
from bastion.cli.output import console, emit
from bastion.errors import InvalidInput
from bastion.models import registry, usage
from bastion.models.schemas import PARAMETERS, ModelConfigCreate, ModelSettingsUpdate

models_app = typer.Typer(help="The model registry: list, add, remove, test; usage; settings.")

ModelArg = Annotated[str, typer.Argument(help="Model id or name.")]


def _parse(model: type[BaseModel], data: dict[str, Any]) -> Any:
    """``model`` from the options, or one ``InvalidInput`` naming the first bad one."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "options"
        raise InvalidInput(
            f"Invalid model options ({where}: {first['msg'].lower()}).", code="request.invalid"
        ) from None


def _parameters(pairs: list[str] | None) -> dict[str, Any]:
    """``key=value`` pairs; a value is read as JSON when it is JSON, else as a string."""
    found: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(
                f"--param takes key=value, not {pair!r} (keys: {', '.join(sorted(PARAMETERS))}).",
                code="request.invalid",
            )
        try:
            found[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            found[key.strip()] = value
    return found


def _shown(row: Any) -> dict[str, Any]:
    """A registry entry as the CLI prints it. Breakers live in API processes, so the CLI
    cannot say whether one is open."""
    return registry.public(row).model_dump(mode="json", exclude={"breaker_open"})


@models_app.command("list")
def models_list(org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """List an org's models in route order within each tier (priority, then name)."""
    with open_session() as session:
        rows = [_shown(r) for r in registry.list_models(session, org_id_of(session, org))]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "name", "tier", "purposes", "priority", "model", "base url", "key", "v")
        for m in rows:
            name = m["name"] if m["is_active"] else f"{m['name']} (inactive)"
            table.add_row(
                str(m["id"]),
                name,
                m["tier"],
                ",".join(m["purposes"]),
                str(m["priority"]),
                m["model"],
                m["base_url"],
                m["api_key_ref"] or "-",
                str(m["version"]),
            )
        console.print(table)

    emit(rows, as_json, human)


@models_app.command("add")
def models_add(
    name: Annotated[str, typer.Option("--name", help="Unique in the org.")],
    base_url: Annotated[str, typer.Option("--base-url", help="OpenAI-compatible, e.g. .../v1.")],
    model: Annotated[str, typer.Option("--model", help="The endpoint's model id.")],
    api_key_ref: Annotated[
        str | None,
        typer.Option(
            "--api-key-ref",
            help=(
                "secret:NAME (bastion secrets set), or env:VARIABLE / file:PATH within "
                "BASTION_SECRET_ENV_PREFIX / BASTION_SECRET_DIR."
            ),
        ),
    ] = None,
    tier: Annotated[str, typer.Option("--tier", help="light, standard or heavy.")] = "standard",
    purpose: Annotated[
        list[str] | None,
        typer.Option(
            "--purpose",
            help="sql, plan, narration, classification, embedding; repeat (default: plan, sql).",
        ),
    ] = None,
    priority: Annotated[int, typer.Option("--priority", help="Lower is tried first.")] = 100,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per call.")] = 20.0,
    cost_in: Annotated[str, typer.Option("--cost-in", help="Cost per 1k input tokens.")] = "0",
    cost_out: Annotated[str, typer.Option("--cost-out", help="Cost per 1k output tokens.")] = "0",
    provider: Annotated[
        str, typer.Option("--provider", help="openai, openrouter, vllm, ollama, litellm, other.")
    ] = "other",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", help="A request parameter key=value (JSON value); repeat."),
    ] = None,
    inactive: Annotated[bool, typer.Option("--inactive", help="Add it switched off.")] = False,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Add a model to an org's registry (version 1)."""
    body = _parse(
        ModelConfigCreate,
        {
            "name": name,
            "provider": provider,
            "base_url": base_url,
            "model": model,
            "api_key_ref": api_key_ref,
            "timeout_seconds": timeout,
            "parameters": _parameters(param),
            "tier": tier,
            "purposes": purpose or ["plan", "sql"],
            "priority": priority,
            "is_active": not inactive,
            "cost_input_per_1k": cost_in,
            "cost_output_per_1k": cost_out,
        },
    )
    with open_session() as session:
        row = registry.create_model(session, org_id_of(session, org), body, None, settings())
        created = _shown(row)
    emit(
        created,
        as_json,
        lambda: console.print(
            f"Added model {created['id']} ({created['name']}: {created['model']}, "
            f"{created['tier']}).",
            highlight=False,
        ),
    )


@models_app.command("remove")
def models_remove(model: ModelArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Remove a model from an org's registry (the changelog keeps what it was)."""
    with open_session() as session:
        org_id = org_id_of(session, org)
        row = registry.find_model(session, org_id, model)
        removed = {"id": row.id, "name": row.name, "removed": True}
        registry.delete_model(session, org_id, row.id, None)
    emit(
        removed,
        as_json,
        lambda: console.print(
            f"Removed model {removed['id']} ({removed['name']}).", highlight=False
        ),
    )


@models_app.command("test")
def models_test(model: ModelArg, org: OrgOpt = "demo", as_json: JsonOpt = False) -> None:
    """Call a model once with a tiny prompt; exit code 1 when it did not answer."""
    from bastion.models.probe import test_model

    services = open_services()
    with services.db.session() as session:
        org_id = org_id_of(session, org)
        row = registry.find_model(session, org_id, model)
    result = test_model(services.router, services.db, row, org_id, None).model_dump(mode="json")

    def human() -> None:
        status = f" (HTTP {result['status_code']})" if result["status_code"] else ""
        verdict = "ok" if result["ok"] else "failed"
        console.print(
            f"{result['name']}: {verdict}, {result['outcome']}{status}, "
            f"{result['latency_ms']:.0f} ms"
            + (f": {result['detail']}" if result["detail"] else ""),
            highlight=False,
            soft_wrap=True,
        )

    emit(result, as_json, human)
    if not result["ok"]:
        raise typer.Exit(1)


@models_app.command("usage")
def models_usage(
    month: Annotated[
        str | None, typer.Option("--month", help="YYYY-MM (default: this month, UTC).")
    ] = None,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Tokens, cost and calls of a month: the org, each user, each model; the budget."""

    start = usage.parse_month(month)
    with open_session() as session:
        org_id = org_id_of(session, org)
        budget = registry.get_model_settings(session, org_id, settings()).monthly_token_budget
        report = usage.usage_report(session, org_id, start, budget).model_dump(mode="json")

    def human() -> None:
        from rich.table import Table

        total = report["org"]
        left = "no budget" if budget is None else f"{report['budget_left']:,} of {budget:,} left"
        console.print(
            f"{report['month']}: {total['tokens_in']:,} tokens in, {total['tokens_out']:,} out, "
            f"cost {Decimal(total['cost']):.4f}, {total['calls']} calls "
            f"({total['failed_calls']} failed); {left}",
            highlight=False,
            soft_wrap=True,
        )
        for title, rows, key in (
            ("user", report["users"], "username"),
            ("model", report["models"], "model_name"),
        ):
            table = Table(title, "tokens in", "tokens out", "cost", "calls", "failed")
            for r in rows:
                table.add_row(
                    str(r[key] or "(no user)"),
                    f"{r['tokens_in']:,}",
                    f"{r['tokens_out']:,}",
                    f"{Decimal(r['cost']):.4f}",
                    str(r["calls"]),
                    str(r["failed_calls"]),
                )
            console.print(table)

    emit(report, as_json, human)


@models_app.command("settings")
def models_settings(
    mode: Annotated[
        str | None, typer.Option("--mode", help="plan: the model writes a QueryPlan; sql: SQL.")
    ] = None,
    default_mode: Annotated[
        bool, typer.Option("--default-mode", help="Let BASTION_LLM_MODE decide again.")
    ] = False,
    budget: Annotated[
        int | None, typer.Option("--budget", help="Monthly token budget of the org.")
    ] = None,
    no_budget: Annotated[bool, typer.Option("--no-budget", help="No monthly budget.")] = False,
    rows: Annotated[
        str | None,
        typer.Option("--rows", help="Result rows a model may see: none, aggregates, rows."),
    ] = None,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", help="At most this many rows (1-200).")
    ] = None,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Show an org's model settings; change them when options are given."""

    if mode is not None and default_mode:
        raise InvalidInput("Give --mode or --default-mode, not both.", code="request.invalid")
    if budget is not None and no_budget:
        raise InvalidInput("Give --budget or --no-budget, not both.", code="request.invalid")
    changes: dict[str, Any] = {
        "mode": mode,
        "monthly_token_budget": budget,
        "rows_to_model": rows,
        "max_rows_to_model": max_rows,
        "clear_mode": default_mode,
        "clear_budget": no_budget,
    }
    update = _parse(ModelSettingsUpdate, changes)
    with open_session() as session:
        org_id = org_id_of(session, org)
        if any(v not in (None, False) for v in changes.values()):
            shown = registry.update_model_settings(session, org_id, update, settings(), None)
        else:
            shown = registry.get_model_settings(session, org_id, settings())
        data = shown.model_dump(mode="json")

    def human() -> None:
        mode_text = data["effective_mode"] + ("" if data["mode"] else " (from BASTION_LLM_MODE)")
        budget_text = data["monthly_token_budget"]
        console.print(
            f"mode: {mode_text}\n"
            f"monthly token budget: {'none' if budget_text is None else f'{budget_text:,}'}\n"
            f"rows to model: {data['rows_to_model']} (at most {data['max_rows_to_model']})\n"
            f"version: {data['version']}",
            highlight=False,
        )

    emit(data, as_json, human)
