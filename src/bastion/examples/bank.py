"""Adding, listing and removing an org's worked examples (``bastion.plan_examples``).

A plan is checked when it is added: a ``QueryPlan`` the catalog can compile. The
question's vector is stored with it when the embedding model is ready, and filled in by
the first search after the model is ready otherwise (``nearest``), so that adding an
example never waits for the model. What admins add and remove is in the configuration
changelog (``config_type`` ``plan_example``); seeded examples say so in ``source``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bastion.catalog import Catalog, KnownValues
from bastion.config.changelog import Actor, log_change
from bastion.db.models import PlanExample
from bastion.embeddings import Embedder, EmbeddingsUnavailable
from bastion.errors import Conflict, InvalidInput, NotFound
from bastion.planner import plan_question
from bastion.planner.plan import QueryPlan
from bastion.planner.resolve_plan import PlanNotResolvable, resolve_plan
from bastion.vocabulary import ExampleSource

COUNTER = "plan_examples"
CONFIG_TYPE = "plan_example"
MAX_QUESTION_CHARS = 1000


def normalise(question: str) -> str:
    """The question as it is stored and compared: spaces collapsed, ends trimmed."""
    return " ".join(question.split())


class PlanExampleCreate(BaseModel):
    """A worked example to add: a question and the plan that answers it."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    plan: QueryPlan

    @field_validator("question")
    @classmethod
    def _question(cls, value: str) -> str:
        value = normalise(value)
        if not value:
            raise ValueError("the question is empty")
        return value


class PlanExamplePublic(BaseModel):
    id: int
    question: str
    plan: dict[str, Any]
    source: ExampleSource
    embedded: bool = Field(description="the question's vector is stored (else: fuzzy matching)")
    created_at: datetime


def public(row: PlanExample) -> PlanExamplePublic:
    return PlanExamplePublic(
        id=row.id,
        question=row.question,
        plan=row.plan,
        source=row.source,
        embedded=row.embedding is not None,
        created_at=row.created_at,
    )


def plan_json(plan: QueryPlan) -> dict[str, Any]:
    """A plan as stored and as a model is shown it: only the fields that say something."""
    return plan.model_dump(mode="json", exclude_defaults=True)


def check_plan(plan: QueryPlan, catalog: Catalog) -> None:
    """Raise ``examples.invalid_plan`` for a plan the catalog cannot compile."""
    try:
        resolve_plan(plan, catalog)
    except PlanNotResolvable as exc:
        raise InvalidInput(
            f"The plan cannot be answered from the catalog: {exc.message}",
            code="examples.invalid_plan",
        ) from None


def embedding_now(embedder: Embedder | None, question: str) -> list[float] | None:
    """The question's vector if the model is ready now; never waits for it to load."""
    if embedder is None or not embedder.is_ready:
        return None
    try:
        return [float(x) for x in embedder.embed([question])[0]]
    except EmbeddingsUnavailable:
        return None


def add_example(
    session: Session,
    catalog: Catalog,
    embedder: Embedder | None,
    org_id: int,
    body: PlanExampleCreate,
    *,
    actor: Actor,
    source: ExampleSource = "admin",
) -> PlanExamplePublic:
    """Add one example; ``examples.question_taken`` (409) when the org has that question."""
    check_plan(body.plan, catalog)
    example_id = session.execute(
        insert(PlanExample)
        .values(
            org_id=org_id,
            question=body.question,
            plan=plan_json(body.plan),
            embedding=embedding_now(embedder, body.question),
            source=source,
        )
        .on_conflict_do_nothing(index_elements=["org_id", "question"])
        .returning(PlanExample.id)
    ).scalar()
    if example_id is None:
        raise Conflict(
            "The org already has an example with that question.",
            code="examples.question_taken",
            details={"question": body.question},
        )
    row = session.get_one(PlanExample, example_id)
    shown = public(row)
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.question[:200],
        change_type="create",
        actor=actor,
        summary=f"added worked example {row.id} ({source})",
        after=shown.model_dump(mode="json", exclude={"embedded", "created_at"}),
    )
    return shown


def list_examples(
    session: Session, org_id: int, source: ExampleSource | None = None
) -> list[PlanExamplePublic]:
    """The org's examples, oldest first."""
    query = select(PlanExample).where(PlanExample.org_id == org_id).order_by(PlanExample.id)
    if source is not None:
        query = query.where(PlanExample.source == source)
    return [public(row) for row in session.scalars(query)]


def remove_example(session: Session, org_id: int, example_id: int, *, actor: Actor) -> None:
    """Remove one of the org's examples; ``examples.not_found`` (404) for any other id."""
    row = session.scalars(
        select(PlanExample).where(PlanExample.id == example_id, PlanExample.org_id == org_id)
    ).one_or_none()
    if row is None:
        raise NotFound("There is no example with that id.", code="examples.not_found")
    before = public(row).model_dump(mode="json", exclude={"embedded", "created_at"})
    session.execute(delete(PlanExample).where(PlanExample.id == row.id))
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=example_id,
        config_name=before["question"][:200],
        change_type="delete",
        actor=actor,
        summary=f"removed worked example {example_id}",
        before=before,
    )


def suggestion_examples(
    catalog: Catalog, as_of: date, known_values: KnownValues | None = None
) -> list[tuple[str, QueryPlan]]:
    """The catalog's suggested questions with their deterministic plans (as an admin
    plans them; the ask flow shows each asker only the plans that fit their scope)."""
    found = []
    for suggestion in catalog.suggestions:
        planned = plan_question(
            suggestion.question,
            catalog=catalog,
            role="admin",
            as_of=as_of,
            known_values=known_values,
        )
        if isinstance(planned, QueryPlan):
            found.append((suggestion.question, planned))
    return found


def seed_examples(
    session: Session, catalog: Catalog, org_id: int, examples: Iterable[tuple[str, QueryPlan]]
) -> int:
    """Add the examples the org lacks as ``seed`` (their vectors come later); returns how
    many were added. Safe to run again."""
    added = 0
    for question, plan in examples:
        check_plan(plan, catalog)
        added += (
            session.execute(
                insert(PlanExample)
                .values(
                    org_id=org_id, question=normalise(question), plan=plan_json(plan), source="seed"
                )
                .on_conflict_do_nothing(index_elements=["org_id", "question"])
                .returning(PlanExample.id)
            ).scalar()
            is not None
        )
    return added
