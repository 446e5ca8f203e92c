"""Actors are not personal data (issue 12): through the real ask flow, questions about
actors' names are answered with the names in clear, by the deterministic planner and by a
model writing SQL, while customers' and staff members' names are still refused before
any planning or model. The catalog's sensitivity decides which is which."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from bastion.ask.context import AskContext, AskRequest
from bastion.ask.flow import answer_question
from bastion.identity.principal import Principal
from bastion.models import registry
from bastion.models.schemas import ModelConfigCreate, ModelSettingsUpdate
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.helpers import make_user, unique_name

ACTOR_NAMES_SQL = (
    "SELECT first_name, last_name FROM analytics.actor WHERE first_name = 'NICK' ORDER BY 2"
)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def principal(services: Services, role: str) -> Principal:
    """A user of a fresh org (with the default policy) in ``role``, store 1 unless admin."""
    everything = role == "admin"
    stores = () if everything else (1,)
    slug = unique_name("names").replace("_", "-")
    name = make_user(services, role=role, store_ids=stores, is_all_stores=everything, org_slug=slug)
    with services.db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, org_id FROM bastion.app_users WHERE username = :u"), {"u": name}
        ).one()
    return Principal(row.id, name, row.org_id, role, stores, everything)


def with_sql_writer(services: Services, who: Principal, fake: FakeOpenAI, sql: str) -> str:
    """The org's questions answered in sql mode by a scripted model writing ``sql``."""
    model = f"writer-{who.username}"
    with services.db.session() as session:
        registry.create_model(
            session,
            who.org_id,
            ModelConfigCreate(name="writer", base_url=fake.base_url, model=model, purposes=["sql"]),
            None,
            services.settings,
        )
        registry.update_model_settings(
            session, who.org_id, ModelSettingsUpdate(mode="sql"), services.settings, None
        )
    fake.set_script({"models": {model: {"content": sql}}})
    return model


def ask(services: Services, who: Principal, question: str) -> AskContext:
    return answer_question(services, who, AskRequest(question=question))


def nick_rows(services: Services) -> list[tuple[str, str]]:
    with services.db.engine.connect() as conn:
        rows = conn.execute(text(ACTOR_NAMES_SQL)).all()
    assert rows, "the demo data has actors called Nick"
    return [tuple(r) for r in rows]


@pytest.mark.parametrize(
    "question",
    [
        "actors whose first name is Nick",
        "can you show me all the actors with the first name nick, thanks!",
        "first and last names of the actors called Nick",
    ],
)
def test_actors_first_names_are_answered_by_the_planner(services: Services, question: str) -> None:
    ctx = ask(services, principal(services, "admin"), question)
    assert ctx.status == "ok", ctx.error
    assert ctx.result is not None
    first = ctx.result.columns.index("first_name")
    last = ctx.result.columns.index("last_name")
    shown = sorted((row[first], row[last]) for row in ctx.result.rows)
    assert shown == sorted(nick_rows(services))


@pytest.mark.parametrize("role", ["admin", "store_manager", "marketing", "approver"])
def test_actors_names_written_by_a_model_come_back_in_clear(
    services: Services, fake: FakeOpenAI, role: str
) -> None:
    who = principal(services, role)
    with_sql_writer(services, who, fake, ACTOR_NAMES_SQL)
    # (a question the planner leaves to the model: nothing holds biographies)
    ctx = ask(services, who, "first and last names of the actors called Nick and their biographies")
    assert ctx.status == "ok", ctx.error
    assert ctx.result is not None
    assert [tuple(r) for r in ctx.result.rows] == nick_rows(services)
    assert {d.action for d in ctx.decisions} == {"allow"}


@pytest.mark.parametrize(
    "question",
    [
        "list customer names in India",
        "first names of our customers",  # first names, of customers
        "what are the staff members' last names?",
        "full names of the employees",
        # an actor in the question does not make the customers' names free
        "customer names and their favourite actors",
        "first names of customers who rented films starring Nick Wahlberg",
    ],
)
def test_customers_and_staff_names_are_still_refused_before_any_model(
    services: Services, fake: FakeOpenAI, question: str
) -> None:
    who = principal(services, "admin")
    model = with_sql_writer(
        services, who, fake, "SELECT first_name_masked FROM analytics.v_customer_masked"
    )
    before = len([r for r in fake.requests if r["model"] == model])
    ctx = ask(services, who, question)
    assert ctx.status == "refused"
    assert ctx.error is not None and ctx.error.code == "planner.unknown_data"
    assert "people's names" in ctx.error.message
    assert len([r for r in fake.requests if r["model"] == model]) == before
