"""Questions answered with models, against the scripted OpenAI-compatible server
(bastion.testing.fake_openai): fallback order, breakers, escalation, SQL repair, the
deterministic fallback, budgets, narration checks, and that secrets stay secret."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bastion.ask.context import AskContext, AskRequest
from bastion.ask.flow import answer_question
from bastion.ask.schemas import to_response
from bastion.db.engine import Database
from bastion.examples import PlanExampleCreate, add_example
from bastion.identity.principal import Principal
from bastion.models import registry
from bastion.models.schemas import ModelConfigCreate, ModelSettingsUpdate
from bastion.prompts.defaults import ensure_default_packs
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.conftest import make_settings
from tests.helpers import make_user, unique_name

REVENUE_PLAN = json.dumps({"intent": "kpi", "measures": ["revenue"]})
STORE1_REVENUE_SQL = "SELECT sum(amount) AS revenue FROM analytics.v_payment_scoped"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory, session_db: Database) -> Iterator[Services]:
    """Services of their own, so that breakers start closed and settings can differ."""
    settings = make_settings(
        tmp_path_factory.mktemp("models-home"),
        session_db.url,
        llm_breaker_failures=2,
        llm_breaker_cooldown_seconds=60,
        llm_deadline_seconds=8,
    )
    services = Services.from_settings(settings, db=session_db)
    yield services
    services.executor.dispose()


class Org:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.slug = unique_name("modelorg").replace("_", "-")
        self.manager = self._user("store_manager", (1,))
        self.org_id = self.manager.org_id
        self.admin = self._user("admin", (), all_stores=True)
        self.marketing = self._user("marketing", (1, 2))
        with services.db.session() as session:
            ensure_default_packs(session, self.org_id)
        self.tag = uuid.uuid4().hex[:8]  # model names unique per test: fresh breakers

    def _user(self, role: str, stores: tuple[int, ...], all_stores: bool = False) -> Principal:
        name = make_user(
            self.services,
            role=role,
            store_ids=stores,
            is_all_stores=all_stores,
            org_slug=self.slug,
        )
        with self.services.db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, org_id FROM bastion.app_users WHERE username = :u"), {"u": name}
            ).one()
        return Principal(row.id, name, row.org_id, role, stores, all_stores)

    def model(self, name: str, fake: FakeOpenAI, **fields: Any) -> str:
        """Add a registry entry; returns the model id the fake server sees."""
        model_id = f"{name}-{self.tag}"
        values: dict[str, Any] = {
            "name": name,
            "base_url": fake.base_url,
            "model": model_id,
            "purposes": ["plan", "sql"],
            "timeout_seconds": 2,
        }
        values.update(fields)
        with self.services.db.session() as session:
            registry.create_model(
                session, self.org_id, ModelConfigCreate(**values), None, self.services.settings
            )
        return model_id

    def configure(self, **fields: Any) -> None:
        with self.services.db.session() as session:
            registry.update_model_settings(
                session,
                self.org_id,
                ModelSettingsUpdate(**fields),
                self.services.settings,
                None,
            )

    def ask(self, question: str, who: Principal | None = None, **extra: Any) -> AskContext:
        return answer_question(
            self.services, who or self.manager, AskRequest(question=question, **extra)
        )


@pytest.fixture
def org(svc: Services) -> Org:
    return Org(svc)


def outcomes(ctx: AskContext) -> list[tuple[str, str]]:
    return [(a.spec.name, a.outcome) for a in ctx.attempts]


def calls_to(fake: FakeOpenAI, model: str) -> list[dict[str, Any]]:
    return [r for r in fake.requests if r["model"] == model]


def store1_revenue(services: Services) -> Decimal:
    """What 'total revenue' is for a store-1 manager, by the deterministic planner."""
    plain = Org(services)  # an org with no models
    ctx = plain.ask("total revenue")
    assert ctx.status == "ok" and ctx.result is not None
    return Decimal(ctx.result.rows[0][0])


def test_a_model_plans_the_question_and_the_answer_says_so(org: Org, fake: FakeOpenAI) -> None:
    good = org.model("planner", fake)
    fake.set_script({"models": {good: {"content": REVENUE_PLAN}}})
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok", ctx.error
    assert ctx.planner == "model" and ctx.plan is not None
    assert ctx.plan.measures == ("revenue",)
    assert ctx.result is not None
    assert Decimal(ctx.result.rows[0][0]) == store1_revenue(org.services)
    body = to_response(ctx)
    assert body.generated_by.planner == "model" and body.generated_by.models == ["planner"]
    assert body.ai_disclosure is not None and "language model" in body.ai_disclosure
    assert body.models is not None and body.models.attempts[0]["outcome"] == "ok"
    assert body.models.tokens_in > 0 and body.models.tokens_out > 0
    # The prompt: the org's prompt text, what the role may use, the question; no rows.
    request = calls_to(fake, good)[-1]
    system = request["messages"][0]["content"]
    assert "store_manager" in system and "revenue" in system
    assert "v_customer_masked" not in system  # a relation the role may not read
    assert request["messages"][-1]["content"] == "how much cheddar did we stack?"
    # The attempt is on record with the question.
    with org.services.db.engine.connect() as conn:
        recorded = conn.execute(
            text(
                "SELECT model_name, outcome, tokens_in FROM bastion.model_attempts"
                " WHERE log_id = :id"
            ),
            {"id": ctx.audit_id},
        ).all()
    assert [(r.model_name, r.outcome) for r in recorded] == [("planner", "ok")]
    assert recorded[0].tokens_in > 0


def test_failures_move_to_the_next_model_at_once_in_order(org: Org, fake: FakeOpenAI) -> None:
    names = ["limited", "unpaid", "broken", "hanging", "garbled", "good"]
    ids = {n: org.model(n, fake, priority=i, timeout_seconds=0.5) for i, n in enumerate(names)}
    fake.set_script(
        {
            "models": {
                ids["limited"]: {"status": 429, "headers": {"retry-after": "30"}},
                ids["unpaid"]: {"status": 402, "message": "Insufficient credits"},
                ids["broken"]: {"status": 500},
                ids["hanging"]: {"hang": 5},
                ids["garbled"]: {"raw": "{not json", "content_type": "application/json"},
                ids["good"]: {"content": REVENUE_PLAN},
            }
        }
    )
    started = time.monotonic()
    ctx = org.ask("how much cheddar did we stack?")
    elapsed = time.monotonic() - started
    assert ctx.status == "ok", ctx.error
    assert outcomes(ctx) == [
        ("limited", "rate_limited"),
        ("unpaid", "payment_required"),
        ("broken", "server_error"),
        ("hanging", "timeout"),
        ("garbled", "malformed_response"),
        ("good", "ok"),
    ]
    assert [a.status_code for a in ctx.attempts[:3]] == [429, 402, 500]
    assert elapsed < 20, "a 429 with retry-after 30 must not be waited out"


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        ("Revenue is the money customers paid.", "unusable_output"),
        ('{"intent": "kpi", "measures": ["profit_margin"]}', "invalid_plan"),
        ('{"intent": "forecast", "measures": ["revenue"]}', "invalid_plan"),
        ('```json\n{"intent": "kpi"}\n```', "invalid_plan"),
        ("x" * 1_000_000, "unusable_output"),
        ("", "unusable_output"),
    ],
    ids=["prose", "unknown-measure", "bad-intent", "no-measures", "1MB", "empty"],
)
def test_unusable_plans_move_on_and_never_run(
    org: Org, fake: FakeOpenAI, reply: str, outcome: str
) -> None:
    bad = org.model("bad", fake, priority=1)
    good = org.model("good", fake, priority=2)
    fake.set_script({"models": {bad: {"content": reply}, good: {"content": REVENUE_PLAN}}})
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok", ctx.error
    assert outcomes(ctx) == [("bad", outcome), ("good", "ok")]


def test_an_open_breaker_skips_its_model_without_calling_it(org: Org, fake: FakeOpenAI) -> None:
    flaky = org.model("flaky", fake, priority=1)
    good = org.model("good", fake, priority=2)
    fake.set_script({"models": {flaky: {"status": 503}, good: {"content": REVENUE_PLAN}}})
    for _ in range(2):  # llm_breaker_failures=2 in this module
        assert outcomes(org.ask("how much cheddar?"))[0] == ("flaky", "server_error")
    ctx = org.ask("how much cheddar?")
    assert outcomes(ctx) == [("flaky", "breaker_open"), ("good", "ok")]
    assert len(calls_to(fake, flaky)) == 2
    assert ctx.attempts[0].latency_ms == 0


def test_the_light_tier_escalates_to_the_next_when_its_plan_is_invalid(
    org: Org, fake: FakeOpenAI
) -> None:
    light = org.model("small", fake, tier="light")
    standard = org.model("bigger", fake, tier="standard")
    fake.set_script(
        {
            "models": {
                light: {"content": '{"intent": "kpi", "measures": ["turnover"]}'},
                standard: {"content": REVENUE_PLAN},
            }
        }
    )
    ctx = org.ask("what was the cheddar haul?")
    assert ctx.status == "ok", ctx.error
    assert [(a.spec.tier, a.outcome, a.escalated) for a in ctx.attempts] == [
        ("light", "invalid_plan", False),
        ("standard", "ok", True),
    ]


def test_a_question_the_planner_understands_never_waits_for_a_model(
    org: Org, fake: FakeOpenAI
) -> None:
    one = org.model("one", fake, priority=1)
    two = org.model("two", fake, priority=2)
    fake.set_script({"models": {one: {"status": 500}, two: {"status": 429}}})
    ctx = org.ask("total revenue")
    assert ctx.status == "ok", ctx.error
    assert ctx.planner == "deterministic"
    assert not [a for a in ctx.attempts if a.purpose == "plan"]  # no model was asked to plan
    assert ctx.result is not None
    assert Decimal(ctx.result.rows[0][0]) == store1_revenue(org.services)
    assert to_response(ctx).ai_disclosure is None
    # A question only a model could map: a clear error listing every attempt.
    ctx = org.ask("what is the meaning of our business?")
    assert ctx.status == "error" and ctx.error is not None
    assert ctx.error.code == "models.all_failed"
    assert [a["outcome"] for a in ctx.error.details["attempts"]] == [
        "server_error",
        "rate_limited",
    ]
    assert "one: server_error" in ctx.error.message


def test_one_deadline_bounds_all_calls_of_a_question(
    tmp_path: Path, session_db: Database, fake: FakeOpenAI
) -> None:
    """Four models that hang, each with a 5 s timeout: 20 s of calls without the
    question's 1 s deadline. With it, the first call is cut short and no other is made."""
    settings = make_settings(tmp_path, session_db.url, llm_deadline_seconds=1.0)
    services = Services.from_settings(settings, db=session_db)
    try:
        org = Org(services)
        slow = [org.model(f"slow{i}", fake, priority=i, timeout_seconds=5) for i in range(4)]
        fake.set_script({"models": {m: {"hang": 30} for m in slow}})
        started = time.monotonic()
        ctx = org.ask("how much cheddar did we stack?")  # only a model could map it
        assert time.monotonic() - started < 10
        outcomes = [a.outcome for a in ctx.attempts]
        assert outcomes.count("timeout") <= 1 and outcomes[-1] == "deadline", outcomes
        assert ctx.status == "error"  # the planner could not understand it either
    finally:
        services.executor.dispose()


# --- sql mode --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        STORE1_REVENUE_SQL,
        f"Here it is:\n```sql\n{STORE1_REVENUE_SQL};\n```",
        json.dumps({"sql": STORE1_REVENUE_SQL}),
    ],
    ids=["plain", "fenced", "json"],
)
def test_sql_mode_accepts_plain_fenced_and_json_sql(org: Org, fake: FakeOpenAI, reply: str) -> None:
    org.configure(mode="sql")
    writer = org.model("writer", fake, purposes=["sql"])
    fake.set_script({"models": {writer: {"content": reply}}})
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok", ctx.error
    assert ctx.planner == "model" and ctx.plan is None
    assert ctx.result is not None
    assert Decimal(ctx.result.rows[0][0]) == store1_revenue(org.services)
    body = to_response(ctx)
    assert body.generated_by.mode == "sql"
    assert body.columns == [
        {"name": "revenue", "label": "Revenue", "role": "measure", "format": "currency"}
    ]
    assert body.answer is not None and "$" in body.answer


def test_rejected_sql_gets_one_repair_with_the_guards_reasons(org: Org, fake: FakeOpenAI) -> None:
    org.configure(mode="sql")
    sloppy = org.model("sloppy", fake, purposes=["sql"])
    fake.set_script(
        {
            "models": {
                sloppy: {
                    "sequence": [
                        {"content": "SELECT sum(amount) AS revenue FROM analytics.payment"},
                        {"content": STORE1_REVENUE_SQL},
                    ]
                }
            }
        }
    )
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok", ctx.error
    assert outcomes(ctx) == [("sloppy", "guard_rejected"), ("sloppy", "ok")]
    repair = calls_to(fake, sloppy)[-1]["messages"][-1]["content"]
    assert "rejected" in repair and "payment" in repair


@pytest.mark.parametrize(
    "bad_sql",
    [
        "SELECT * FROM analytics.payment",  # the unscoped base table
        "DELETE FROM analytics.payment",
        "SELECT 1; DELETE FROM analytics.payment",
        "UPDATE analytics.payment SET amount = 0",
        "DROP TABLE analytics.payment",
        "SELECT * FROM bastion.app_users",
        "SELECT pg_sleep(10)",
    ],
)
def test_sql_rejected_twice_moves_on_and_never_runs(
    org: Org, fake: FakeOpenAI, session_db: Database, bad_sql: str
) -> None:
    org.configure(mode="sql")
    bad = org.model("bad", fake, purposes=["sql"], priority=1)
    good = org.model("good", fake, purposes=["sql"], priority=2)
    fake.set_script({"models": {bad: {"content": bad_sql}, good: {"content": STORE1_REVENUE_SQL}}})
    with session_db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), sum(amount) FROM analytics.payment")).one()
    ctx = org.ask("how much cheddar did we stack?")
    assert outcomes(ctx) == [("bad", "guard_rejected"), ("bad", "guard_rejected"), ("good", "ok")]
    assert ctx.status == "ok"
    with session_db.engine.connect() as conn:
        after = conn.execute(text("SELECT count(*), sum(amount) FROM analytics.payment")).one()
    assert after == before


def test_model_sql_never_reaches_rows_outside_the_scope(org: Org, fake: FakeOpenAI) -> None:
    org.configure(mode="sql")
    sneaky = org.model("sneaky", fake, purposes=["sql"])
    fake.set_script(
        {
            "models": {
                sneaky: {
                    "content": "SELECT store_id, sum(amount) AS revenue"
                    " FROM analytics.v_payment_scoped WHERE store_id IN (1, 2) OR true"
                    " GROUP BY store_id"
                }
            }
        }
    )
    ctx = org.ask("revenue of every store")
    assert ctx.status == "ok", ctx.error
    assert ctx.result is not None
    assert {row[0] for row in ctx.result.rows} == {1}


def test_sql_mode_writes_sql_only_for_what_the_planner_cannot_understand(
    org: Org, fake: FakeOpenAI
) -> None:
    org.configure(mode="sql")
    writer = org.model("writer", fake, purposes=["sql"])
    fake.set_script({"models": {writer: {"content": "DELETE FROM analytics.rental"}}})
    fake.clear()
    ctx = org.ask("total revenue")
    assert ctx.status == "ok", ctx.error
    assert ctx.planner == "deterministic" and fake.requests == []
    ctx = org.ask("how much cheddar did we stack?")  # the writer's DELETE never runs
    assert ctx.status != "ok" and ctx.error is not None


# --- budgets ------------------------------------------------------------------------------


def test_a_question_over_the_monthly_budget_is_not_sent_to_a_model(
    org: Org, fake: FakeOpenAI
) -> None:
    planner = org.model("planner", fake)
    fake.set_script({"models": {planner: {"content": REVENUE_PLAN}}})
    first = org.ask("how much cheddar did we stack?")
    assert first.planner == "model"
    used = sum(a.tokens_in + a.tokens_out for a in first.attempts)
    org.configure(monthly_token_budget=used + 100)  # less than one more question needs
    fake.clear()
    ctx = org.ask("total revenue")  # understood: no model, so no budget is needed
    assert ctx.status == "ok" and ctx.planner == "deterministic"
    assert fake.requests == []
    ctx = org.ask("what's our vibe lately?")  # only a model could map it
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.code == "models.budget_exceeded"
    assert ctx.error.details["budget"] == used + 100


# --- narration ----------------------------------------------------------------------------


def test_a_narration_is_kept_only_when_its_numbers_are_in_the_result(
    org: Org, fake: FakeOpenAI
) -> None:
    total = store1_revenue(org.services)
    narrator = org.model("narrator", fake, purposes=["narration"])
    fake.set_script({"models": {narrator: {"content": f"Store 1 took ${total:,.2f} in total."}}})
    ctx = org.ask("total revenue")
    assert ctx.status == "ok" and ctx.narrator == "model"
    assert ctx.answer == f"Store 1 took ${total:,.2f} in total."
    assert to_response(ctx).ai_disclosure is not None
    sent = json.loads(calls_to(fake, narrator)[-1]["messages"][-1]["content"])
    assert sent["rows"] == [[float(total)]]

    fake.set_script({"models": {narrator: {"content": "Store 1 took $1,234,567.89, up 12%."}}})
    ctx = org.ask("total revenue")
    assert ctx.narrator == "deterministic"
    assert ctx.answer is not None and "1,234,567.89" not in ctx.answer
    assert f"{total:,.2f}" in ctx.answer
    assert outcomes(ctx) == [("narrator", "unsupported_numbers")]


def test_rows_reach_a_narration_model_only_as_the_org_allows(org: Org, fake: FakeOpenAI) -> None:
    narrator = org.model("narrator", fake, purposes=["narration"])
    fake.set_script({"models": {narrator: {"content": "Here they are."}}})
    org.configure(rows_to_model="none")
    org.ask("revenue by category")
    assert calls_to(fake, narrator) == []

    org.configure(rows_to_model="aggregates", max_rows_to_model=5)
    org.ask("revenue by category")  # 16 rows: more than 5 aggregates
    assert calls_to(fake, narrator) == []
    org.ask("top 3 categories by revenue")
    sent = json.loads(calls_to(fake, narrator)[-1]["messages"][-1]["content"])
    assert len(sent["rows"]) == 3


def test_non_aggregate_model_sql_rows_stay_in_by_default(org: Org, fake: FakeOpenAI) -> None:
    org.configure(mode="sql")
    writer = org.model("writer", fake, purposes=["sql"])
    narrator = org.model("narrator", fake, purposes=["narration"])
    fake.set_script(
        {
            "models": {
                writer: {"content": "SELECT title, rental_rate FROM analytics.film LIMIT 3"},
                narrator: {"content": "Three films."},
            }
        }
    )
    ctx = org.ask("three films and their rates", who=org.marketing)
    assert ctx.status == "ok", ctx.error
    assert calls_to(fake, narrator) == []


def test_model_sql_cut_at_the_row_cap_is_a_list_that_says_so(org: Org, fake: FakeOpenAI) -> None:
    """SQL without a measure whose rows the row cap cut: a list and a table, no chart,
    and the answer says the list was cut, whoever phrased it."""
    org.configure(mode="sql", rows_to_model="rows")
    writer = org.model("writer", fake, purposes=["sql"])
    fake.set_script(
        {"models": {writer: {"content": "SELECT film_id, title FROM analytics.film ORDER BY 2"}}}
    )
    ctx = org.ask("list the cheddar titles", who=org.admin)
    assert ctx.status == "ok", ctx.error
    body = to_response(ctx)
    assert body.explain["truncated"] is True and len(body.rows) == 200
    assert [w["type"] for w in body.widgets] == ["table"]
    titles = ", ".join(row[1] for row in body.rows[:5])
    assert body.answer == (
        f"The first 200 films: {titles} and 195 more. "
        "The list was cut at 200 rows; more rows matched."
    )

    narrator = org.model("narrator", fake, purposes=["narration"])
    fake.set_script(
        {
            "models": {
                writer: {"content": "SELECT title FROM analytics.film ORDER BY 1"},
                narrator: {"content": "Here are the films, by title."},
            }
        }
    )
    ctx = org.ask("list the films", who=org.admin)
    assert ctx.narrator == "model"
    assert ctx.answer == (
        "Here are the films, by title. The list was cut at 200 rows; more rows matched."
    )


def test_model_sql_with_its_own_top_n_states_no_share(org: Org, fake: FakeOpenAI) -> None:
    """Three rows of a LIMIT 3 are not the whole: no share of their total, no pie."""
    org.configure(mode="sql")
    writer = org.model("writer", fake, purposes=["sql"])
    sql = (
        "SELECT store_id AS store, count(*) AS rentals FROM analytics.v_rental_scoped"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    )
    fake.set_script({"models": {writer: {"content": sql}}})
    ctx = org.ask("which store stacks the most cheddar?", who=org.admin)
    assert ctx.status == "ok", ctx.error
    assert ctx.result is not None and ctx.result.limit == 1 and not ctx.result.truncated
    [[store, rentals]] = ctx.result.rows
    assert ctx.answer == f"Store {store} had {rentals:,} rentals."
    assert [w["type"] for w in ctx.widgets] == ["metric"]

    fake.set_script({"models": {writer: {"content": sql.replace("LIMIT 1", "LIMIT 2")}}})
    ctx = org.ask("which stores rent most?", who=org.admin)
    assert ctx.status == "ok", ctx.error
    assert ctx.answer is not None and "%" not in ctx.answer and "total" not in ctx.answer
    assert [w["type"] for w in ctx.widgets] == ["bar", "table"]


# --- follow-ups, prompt size, environment configuration, secrets ------------------------


def test_a_follow_up_sends_the_previous_turn(org: Org, fake: FakeOpenAI) -> None:
    planner = org.model("planner", fake)
    by_category = json.dumps(
        {"intent": "ranking", "measures": ["revenue"], "dimensions": ["category"]}
    )
    fake.set_script(
        {
            "models": {
                planner: {
                    "replies": [{"match": "category", "content": by_category}],
                    "default": {"content": REVENUE_PLAN},
                }
            }
        }
    )
    first = org.ask("how much cheddar did we stack?")
    second = org.ask("and by cheddar category?", conversation_id=first.conversation_id)
    assert second.status == "ok", second.error
    messages = calls_to(fake, planner)[-1]["messages"]
    assert {"role": "user", "content": "how much cheddar did we stack?"} in messages
    assert messages[-1]["content"] == "and by cheddar category?"


def test_prompts_fit_the_context_budget(
    tmp_path: Path, session_db: Database, fake: FakeOpenAI
) -> None:
    # Just above the fixed part: the system text, the reply format, the question.
    settings = make_settings(tmp_path, session_db.url, llm_context_tokens=500)
    services = Services.from_settings(settings, db=session_db)
    try:
        org = Org(services)
        planner = org.model("planner", fake)
        fake.set_script({"models": {planner: {"content": REVENUE_PLAN}}})
        ctx = org.ask("how much cheddar did we stack?")
        assert ctx.status == "ok", ctx.error
        planning = next(e for e in ctx.events if e.stage == "planning")
        assert planning.metadata["prompt_trimmed"] is True
        assert planning.metadata["prompt_examples"] == 0
        assert planning.metadata["prompt_tokens"] <= 500
        sent = sum(len(m["content"]) for m in calls_to(fake, planner)[-1]["messages"])
        assert sent <= 500 * 4
    finally:
        services.executor.dispose()


def test_default_prompts_stay_under_3000_tokens(org: Org, fake: FakeOpenAI) -> None:
    planner = org.model("planner", fake)
    fake.set_script({"models": {planner: {"content": REVENUE_PLAN}}})
    ctx = org.ask("how much cheddar did we stack?", who=org.admin)
    assert ctx.prompt_tokens is not None and 200 < ctx.prompt_tokens <= 3000
    planning = next(e for e in ctx.events if e.stage == "planning")
    assert planning.metadata["prompt_examples"] > 0
    # every rating a plan may name; of the films, only how a title is written
    system = calls_to(fake, planner)[-1]["messages"][0]["content"]
    rating = next(line for line in system.splitlines() if line.startswith("- rating:"))
    assert all(r in rating for r in ("G", "PG", "PG-13", "R", "NC-17"))
    film = next(line for line in system.splitlines() if line.startswith("- film:"))
    assert film.endswith(", ...]") and film.count(",") <= 4


def test_environment_models_work_without_a_registry(
    tmp_path: Path, session_db: Database, fake: FakeOpenAI
) -> None:
    primary, fallback = (
        f"env-primary-{uuid.uuid4().hex[:6]}",
        f"env-fallback-{uuid.uuid4().hex[:6]}",
    )
    settings = make_settings(
        tmp_path,
        session_db.url,
        llm_base_url=fake.base_url,
        llm_api_key="env-key-123",
        llm_model=primary,
        llm_fallback_models=f" {fallback} ,",
    )
    services = Services.from_settings(settings, db=session_db)
    try:
        org = Org(services)
        fake.set_script({"models": {primary: {"status": 402}, fallback: {"content": REVENUE_PLAN}}})
        ctx = org.ask("how much cheddar did we stack?")
        assert ctx.status == "ok", ctx.error
        assert [(a.spec.model, a.outcome) for a in ctx.attempts] == [
            (primary, "payment_required"),
            (fallback, "ok"),
        ]
        assert calls_to(fake, fallback)[-1]["headers"]["authorization"] == "Bearer env-key-123"
    finally:
        services.executor.dispose()


def test_no_secret_reaches_logs_audit_or_answers(
    org: Org,
    fake: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    session_db: Database,
) -> None:
    secret = f"sk-live-{uuid.uuid4().hex}"
    monkeypatch.setenv("BASTION_TEST_MODEL_KEY", secret)
    failing = org.model("failing", fake, api_key_ref="env:BASTION_TEST_MODEL_KEY", priority=1)
    good = org.model("good", fake, api_key_ref="env:BASTION_TEST_MODEL_KEY", priority=2)
    fake.set_script({"models": {failing: {"status": 401}, good: {"content": REVENUE_PLAN}}})
    caplog.set_level(logging.DEBUG)
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok"
    assert calls_to(fake, good)[-1]["headers"]["authorization"] == f"Bearer {secret}"
    assert secret not in to_response(ctx).model_dump_json()
    assert secret not in caplog.text
    with session_db.engine.connect() as conn:
        for table in (
            "query_audit_logs",
            "query_audit_events",
            "model_attempts",
            "model_configs",
            "config_changelog",
        ):
            dump = conn.execute(
                text(f"SELECT coalesce(string_agg(t::text, ''), '') FROM bastion.{table} t")
            ).scalar()
            assert secret not in dump, table


def test_a_missing_secret_is_a_failed_attempt_not_a_crash(org: Org, fake: FakeOpenAI) -> None:
    keyless = org.model("keyless", fake, api_key_ref="env:BASTION_TEST_NO_SUCH_KEY_SET", priority=1)
    good = org.model("good", fake, priority=2)
    fake.set_script(
        {"models": {keyless: {"content": REVENUE_PLAN}, good: {"content": REVENUE_PLAN}}}
    )
    ctx = org.ask("how much cheddar did we stack?")
    assert outcomes(ctx) == [("keyless", "config_error"), ("good", "ok")]
    assert calls_to(fake, keyless) == []


def test_over_http_the_answer_discloses_the_model_and_the_audit_shows_attempts(
    services: Services, client: Any, fake: FakeOpenAI
) -> None:
    from tests.helpers import bearer, org_admin, token_for

    slug, admin = org_admin(services)
    headers = bearer(token_for(client, admin))
    with services.db.engine.connect() as conn:
        org_id = conn.execute(
            text("SELECT id FROM bastion.orgs WHERE slug = :s"), {"s": slug}
        ).scalar_one()
    broken, good = f"http-broken-{uuid.uuid4().hex[:6]}", f"http-good-{uuid.uuid4().hex[:6]}"
    with services.db.session() as session:
        for i, model in enumerate((broken, good)):
            registry.create_model(
                session,
                org_id,
                ModelConfigCreate(
                    name=model, base_url=fake.base_url, model=model, purposes=["plan"], priority=i
                ),
                None,
                services.settings,
            )
    fake.set_script({"models": {broken: {"status": 500}, good: {"content": REVENUE_PLAN}}})
    response = client.post("/api/ask", headers=headers, json={"question": "cheddar stacked?"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ok"
    assert body["generated_by"] == {
        "planner": "model",
        "narrator": "deterministic",
        "mode": "plan",
        "models": [good],
    }
    assert good in body["ai_disclosure"]
    assert [a["outcome"] for a in body["models"]["attempts"]] == ["server_error", "ok"]
    assert body["explain"]["planner"] == "model"
    log = client.get(f"/api/audit/logs/{body['audit_id']}", headers=headers).json()
    assert [(a["model_name"], a["outcome"], a["status_code"]) for a in log["model_attempts"]] == [
        (broken, "server_error", 500),
        (good, "ok", None),
    ]
    planning = next(e for e in log["events"] if e["stage"] == "planning")
    assert planning["metadata"]["planner"] == "model"
    assert planning["metadata"]["prompt_tokens"] > 0


# --- worked examples ----------------------------------------------------------------------

BANK = {
    "how much cheddar did we stack?": {"intent": "kpi", "measures": ["revenue"]},
    "money taken per shop": {
        "intent": "distribution",
        "measures": ["revenue"],
        "dimensions": ["store"],
    },
    "money taken in shop 1 against shop 2": {
        "intent": "comparison",
        "measures": ["revenue"],
        "comparison": {"dimension": "store", "values": [1, 2]},
    },
    "how much money did our customers in each country bring": {
        "intent": "distribution",
        "measures": ["customers"],
        "dimensions": ["customer_country"],
    },
    "how many films of each rating did we rent": {
        "intent": "distribution",
        "measures": ["rentals"],
        "dimensions": ["rating"],
    },
}


def add_bank(org: Org, bank: dict[str, dict[str, Any]]) -> None:
    with org.services.db.session() as session:
        for question, plan in bank.items():
            body = PlanExampleCreate.model_validate({"question": question, "plan": plan})
            add_example(session, org.services.catalog, None, org.org_id, body, actor=None)


def example_pairs(request: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The few-shot pairs a model was sent: (question, plan), between the system message
    and the question."""
    between = request["messages"][1:-1]
    return [
        (asked["content"], json.loads(replied["content"]))
        for asked, replied in zip(between[::2], between[1::2], strict=True)
    ]


def planning_meta(ctx: AskContext) -> dict[str, Any]:
    return next(e.metadata for e in ctx.events if e.stage == "planning")


def test_the_nearest_worked_examples_of_the_org_reach_the_prompt(
    org: Org, fake: FakeOpenAI
) -> None:
    add_bank(org, BANK)
    planner = org.model("planner", fake)
    fake.set_script({"models": {planner: {"content": REVENUE_PLAN}}})
    ctx = org.ask("how much cheddar did we stack?")
    assert ctx.status == "ok", ctx.error
    pairs = example_pairs(calls_to(fake, planner)[-1])
    # The nearest first, at most three, each with its plan as the reply.
    assert pairs[0] == ("how much cheddar did we stack?", BANK["how much cheddar did we stack?"])
    assert 1 <= len(pairs) <= 3
    assert all(plan == BANK[question] for question, plan in pairs)
    # Never one the store-1 manager could not ask: store 2, customers' countries.
    assert "money taken in shop 1 against shop 2" not in dict(pairs)
    assert "how much money did our customers in each country bring" not in dict(pairs)
    assert planning_meta(ctx)["examples_from"] == "bank"
    assert planning_meta(ctx)["prompt_examples"] == len(pairs)

    # Marketing never sees payments: none of the revenue examples, only what it can ask.
    ctx = org.ask("how much cheddar did we stack?", who=org.marketing)
    pairs = example_pairs(calls_to(fake, planner)[-1])
    assert {q for q, _ in pairs} == {
        "how many films of each rating did we rent",
        "how much money did our customers in each country bring",
    }


def test_an_org_never_gets_another_orgs_examples(org: Org, svc: Services, fake: FakeOpenAI) -> None:
    add_bank(org, BANK)
    other = Org(svc)  # no examples of its own
    planner = other.model("planner", fake)
    fake.set_script({"models": {planner: {"content": REVENUE_PLAN}}})
    ctx = other.ask("how much cheddar did we earn?")
    assert ctx.status == "ok", ctx.error
    sent = json.dumps(calls_to(fake, planner)[-1]["messages"])
    assert not any(question in sent for question in BANK)
    # It gets the catalog's suggestions, planned by the deterministic planner, instead.
    pairs = example_pairs(calls_to(fake, planner)[-1])
    assert pairs and planning_meta(ctx)["examples_from"] == "catalog"
    assert {q for q, _ in pairs} <= set(svc.catalog.suggestions_for_role("store_manager"))
    # And once it has its own, those.
    add_bank(other, {"cash we made": {"intent": "kpi", "measures": ["revenue"]}})
    other.ask("how much cheddar did we earn?")
    assert example_pairs(calls_to(fake, planner)[-1]) == [
        ("cash we made", {"intent": "kpi", "measures": ["revenue"]})
    ]


def test_a_plan_copied_from_an_example_is_checked_like_any_model_plan(
    org: Org, fake: FakeOpenAI
) -> None:
    add_bank(org, BANK)
    planner = org.model("planner", fake)
    compared = json.dumps(BANK["money taken in shop 1 against shop 2"])
    fake.set_script({"models": {planner: {"content": compared}}})
    ctx = org.ask("cheddar stacked in shop 1 against shop 2")
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.code == "scope.store_not_allowed"  # the copied plan is checked
    assert calls_to(fake, planner)  # the model planned it, from the example
