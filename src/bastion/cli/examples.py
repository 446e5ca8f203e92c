"""``bastion examples``: an org's worked examples (question -> plan) from the shell, as the
operator (the changelog names the author ``cli``). The CLI never loads the embedding
model: an example it adds gets its vector from the first search after an API process has
the model ready, and is found by fuzzy matching until then."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from bastion.catalog import load_catalog
from bastion.cli.common import JsonOpt, OrgOpt, open_session, org_id_of
from bastion.cli.output import console, emit
from bastion.errors import InvalidInput
from bastion.examples import PlanExampleCreate, add_example, list_examples, remove_example
from bastion.vocabulary import EXAMPLE_SOURCES, ExampleSource

examples_app = typer.Typer(help="Worked examples (question -> plan) shown to models.")


def _body(question: str, plan: str) -> PlanExampleCreate:
    try:
        data: Any = json.loads(plan)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--plan is not JSON ({exc.msg}).", code="request.invalid") from None
    try:
        return PlanExampleCreate.model_validate({"question": question, "plan": data})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "example"
        raise InvalidInput(
            f"Invalid example ({where}: {first['msg'].lower()}).", code="request.invalid"
        ) from None


@examples_app.command("add")
def examples_add(
    question: Annotated[str, typer.Argument(help="The question, as people ask it.")],
    plan: Annotated[
        str,
        typer.Option(
            "--plan", help='The QueryPlan as JSON, e.g. {"intent": "kpi", "measures": ["revenue"]}.'
        ),
    ],
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Add a worked example; its plan must be one the catalog can answer."""
    body = _body(question, plan)
    with open_session() as session:
        added = add_example(
            session, load_catalog(), None, org_id_of(session, org), body, actor=None
        ).model_dump(mode="json")
    emit(
        added,
        as_json,
        lambda: console.print(f"Added example {added['id']}: {added['question']}", highlight=False),
    )


@examples_app.command("list")
def examples_list(
    source: Annotated[
        str | None,
        typer.Option("--source", help=f"Only these: {', '.join(EXAMPLE_SOURCES)}."),
    ] = None,
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """List an org's worked examples, oldest first."""
    chosen: ExampleSource | None = next((s for s in EXAMPLE_SOURCES if s == source), None)
    if source is not None and chosen is None:
        raise InvalidInput(
            f"--source must be one of {', '.join(EXAMPLE_SOURCES)}.", code="request.invalid"
        )
    with open_session() as session:
        rows = [
            e.model_dump(mode="json")
            for e in list_examples(session, org_id_of(session, org), chosen)
        ]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "question", "plan", "source", "vector")
        for e in rows:
            table.add_row(
                str(e["id"]),
                e["question"],
                json.dumps(e["plan"]),
                e["source"],
                "yes" if e["embedded"] else "not yet",
            )
        console.print(table)

    emit(rows, as_json, human)


@examples_app.command("remove")
def examples_remove(
    example_id: Annotated[int, typer.Argument(help="The example's id.")],
    org: OrgOpt = "demo",
    as_json: JsonOpt = False,
) -> None:
    """Remove a worked example (the changelog keeps what it was)."""
    with open_session() as session:
        remove_example(session, org_id_of(session, org), example_id, actor=None)
    removed = {"id": example_id, "removed": True}
    emit(
        removed,
        as_json,
        lambda: console.print(f"Removed example {example_id}.", highlight=False),
    )
