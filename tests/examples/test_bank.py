"""The bank of worked examples: adding (plans checked), listing, removing (each change in
the changelog), the demo org's seeds, and the nearest examples to a question, by fuzzy
matching while the embedding model is not ready and by embeddings once it is; an org
never sees another's."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from bastion.catalog import load_catalog
from bastion.embeddings import DisabledEmbedder, LocalEmbedder, local_embedder
from bastion.errors import Conflict, InvalidInput, NotFound
from bastion.examples import (
    PlanExampleCreate,
    add_example,
    list_examples,
    nearest_examples,
    remove_example,
)
from bastion.identity import service as identity
from bastion.planner.plan import QueryPlan
from bastion.services import Services
from tests.helpers import org_admin

REVENUE = {"intent": "kpi", "measures": ["revenue"]}
REVENUE_BY_STORE = {
    "intent": "distribution",
    "measures": ["revenue"],
    "dimensions": ["store"],
    "order": [{"key": "revenue", "direction": "desc"}],
}
FILMS_BY_RATING = {
    "intent": "distribution",
    "measures": ["films"],
    "dimensions": ["rating"],
}
BANK = {
    "how much money did we take": REVENUE,
    "takings of each shop": REVENUE_BY_STORE,
    "movies per age rating": FILMS_BY_RATING,
}


def new_org(services: Services) -> int:
    slug, _ = org_admin(services)
    with services.db.session() as session:
        return identity.get_org(session, slug).id


def add(services: Services, org_id: int, question: str, plan: dict[str, Any], **kw: Any) -> Any:
    body = PlanExampleCreate.model_validate({"question": question, "plan": plan})
    with services.db.session() as session:
        return add_example(session, load_catalog(), kw.get("embedder"), org_id, body, actor=None)


@pytest.fixture
def org_id(services: Services) -> int:
    org = new_org(services)
    for question, plan in BANK.items():
        add(services, org, question, plan)
    return org


def test_add_list_remove_with_the_changelog(services: Services, org_id: int) -> None:
    with services.db.session() as session:
        listed = list_examples(session, org_id)
    assert [e.question for e in listed] == list(BANK)
    assert listed[0].plan == REVENUE and listed[0].source == "admin"
    assert not any(e.embedded for e in listed)  # no model ready: vectors come later
    with services.db.session() as session:
        remove_example(session, org_id, listed[0].id, actor=None)
        assert [e.id for e in list_examples(session, org_id)] == [e.id for e in listed[1:]]
    with services.db.engine.connect() as conn:
        changes = conn.execute(
            text(
                "SELECT change_type, config_id, changed_by_name FROM bastion.config_changelog"
                " WHERE org_id = :org AND config_type = 'plan_example' ORDER BY id"
            ),
            {"org": org_id},
        ).all()
    assert [(c.change_type, c.config_id) for c in changes] == [
        *[("create", e.id) for e in listed],
        ("delete", listed[0].id),
    ]
    assert {c.changed_by_name for c in changes} == {"cli"}


def test_plans_are_checked_and_questions_are_unique_per_org(
    services: Services, org_id: int
) -> None:
    with pytest.raises(InvalidInput) as bad:
        add(services, org_id, "revenue by colour", {"intent": "kpi", "measures": ["colour"]})
    assert bad.value.code == "examples.invalid_plan"
    with pytest.raises(Conflict) as taken:
        add(services, org_id, "  how much   money did we take ", REVENUE)
    assert taken.value.code == "examples.question_taken"
    add(services, new_org(services), "how much money did we take", REVENUE)  # another org's
    with pytest.raises(NotFound), services.db.session() as session:
        remove_example(session, new_org(services), list_examples(session, org_id)[0].id, actor=None)


def test_nearest_by_fuzzy_matching_without_the_model(services: Services, org_id: int) -> None:
    found = nearest_examples(services.db.engine, DisabledEmbedder(), org_id, "money we took", 2)
    assert found[0].question == "how much money did we take"
    assert len(found) == 2 and {n.method for n in found} == {"fuzzy"}
    assert found[0].plan == QueryPlan.model_validate(REVENUE)
    other = new_org(services)
    assert nearest_examples(services.db.engine, DisabledEmbedder(), other, "money we took") == []


def test_the_demo_org_is_seeded_with_the_catalogs_suggestions(services: Services) -> None:
    with services.db.session() as session:
        seeded = list_examples(session, identity.get_org(session, "demo").id, "seed")
    assert [e.question for e in seeded] == [s.question for s in load_catalog().suggestions]
    assert seeded[0].plan["measures"] == ["revenue"]


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return local_embedder().load()


def test_nearest_by_embeddings_fills_in_missing_vectors_and_finds_synonyms(
    services: Services, org_id: int, embedder: LocalEmbedder
) -> None:
    added = add(services, org_id, "late returns per genre", {**REVENUE}, embedder=embedder)
    assert added.embedded  # the model is ready: stored with its vector
    found = nearest_examples(services.db.engine, embedder, org_id, "income of every store", 3)
    assert {n.method for n in found} == {"embeddings"}
    assert found[0].question == "takings of each shop"  # no word in common
    assert found[0].score > found[1].score
    with services.db.session() as session:
        assert all(e.embedded for e in list_examples(session, org_id))  # filled in
    # Another org's examples are never among them, however close.
    other = new_org(services)
    add(services, other, "income of every store", REVENUE_BY_STORE)
    found = nearest_examples(services.db.engine, embedder, org_id, "income of every store", 5)
    assert "income of every store" not in [n.question for n in found]
