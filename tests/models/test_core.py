"""The models core on its own: reading replies, breakers, the
router's order and accounting, and describing results of SQL no plan produced."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bastion.answer.infer import describe_result, infer_columns
from bastion.ask.model_steps import is_aggregate, unsupported_numbers
from bastion.models.breaker import CircuitBreakers
from bastion.models.client import CallFailed, Completion, Message
from bastion.models.replies import extract_json, extract_sql
from bastion.models.router import AllModelsFailed, Attempt, ModelCall, ModelRouter, Unusable
from bastion.models.spec import ModelSpec, route_order
from bastion.secrets import KeyResolver
from bastion.settings import Settings

SQL = "SELECT count(*) FROM analytics.film"


@pytest.mark.parametrize(
    "reply",
    [
        SQL,
        f"```sql\n{SQL}\n```",
        f"Sure! Here you go:\n\n```SQL\n{SQL}\n```\nIt counts films.",
        f'{{"sql": "{SQL}"}}',
        f'```json\n{{"sql": "{SQL}", "explanation": "counts"}}\n```',
        f"```\n{SQL}\n```",
    ],
)
def test_sql_is_read_from_plain_fenced_and_json_replies(reply: str) -> None:
    assert extract_sql(reply) == SQL


@pytest.mark.parametrize("reply", ["", "   ", '{"answer": 42}', '{"sql": ""}'])
def test_replies_without_sql_are_unusable(reply: str) -> None:
    with pytest.raises(Unusable):
        extract_sql(reply)


def test_json_is_found_plain_fenced_or_inside_prose() -> None:
    assert extract_json('{"a": 1}') == {"a": 1}
    assert extract_json('```json\n{"a": 1}\n```') == {"a": 1}
    assert extract_json('The plan is {"a": {"b": [1, 2]}} as asked.') == {"a": {"b": [1, 2]}}
    assert extract_json('[1] then {"a": 2}') == {"a": 2}
    for broken in ("{not json", "[1, 2]", "no braces at all", "{" * 10_000):
        with pytest.raises(Unusable):
            extract_json(broken)


def test_a_breaker_opens_cools_down_lets_one_trial_through_and_closes() -> None:
    now = [0.0]
    breakers = CircuitBreakers(2, 30, clock=lambda: now[0])
    assert breakers.allow("m")
    breakers.failure("m")
    assert breakers.allow("m") and not breakers.is_open("m")
    breakers.failure("m")
    assert breakers.is_open("m") and not breakers.allow("m")
    now[0] = 31
    assert breakers.allow("m")  # the trial
    assert not breakers.allow("m")  # the others keep skipping while it runs
    breakers.failure("m")  # the trial failed: open again
    now[0] = 45
    assert not breakers.allow("m")
    now[0] = 62
    assert breakers.allow("m")
    breakers.success("m")
    assert breakers.allow("m") and breakers.allow("m") and not breakers.is_open("m")


class Scripted:
    """An LlmClient answering from a list, per model; exceptions are raised."""

    def __init__(self, replies: dict[str, list[str | CallFailed]]) -> None:
        self.replies = replies
        self.calls: list[str] = []

    def complete(
        self,
        spec: ModelSpec,
        messages: Sequence[Message],
        *,
        api_key: str | None,
        timeout: float,
        max_tokens: int,
    ) -> Completion:
        self.calls.append(spec.model)
        reply = self.replies[spec.model].pop(0)
        if isinstance(reply, CallFailed):
            raise reply
        return Completion(reply, 100, 10, 5.0)


def loopback(home: Path) -> KeyResolver:
    """Keys for models at 127.0.0.1 only (where ``spec`` puts them)."""
    settings = Settings(_env_file=None, home=home, model_hosts="127.0.0.1")  # type: ignore[call-arg]
    return KeyResolver.from_settings(settings)


def spec(name: str, tier: str = "standard", priority: int = 100, **extra: object) -> ModelSpec:
    return ModelSpec(
        name=name,
        base_url="http://127.0.0.1:9/v1",
        model=name,
        tier=tier,
        priority=priority,
        config_id=abs(hash(name)) % 10_000,
        **extra,  # type: ignore[arg-type]
    )


def test_route_order_is_tier_then_priority_then_name() -> None:
    specs = [
        spec("c", "heavy", 1),
        spec("b", "standard", 5),
        spec("a", "standard", 5),
        spec("z", "light", 99),
    ]
    assert [s.name for s in route_order(specs)] == ["z", "a", "b", "c"]


def test_the_router_accounts_tokens_and_cost_and_marks_escalation(tmp_path: Path) -> None:
    client = Scripted(
        {
            "light": ["not a number"],
            "std": [
                CallFailed("rate_limited", "HTTP 429", status_code=429, latency_ms=1.0),
            ],
            "heavy": ["42"],
        }
    )
    router = ModelRouter(client, CircuitBreakers(3, 30), keys=loopback(tmp_path), max_tokens=100)
    costly = spec(
        "heavy", "heavy", cost_input_per_1k=Decimal("0.5"), cost_output_per_1k=Decimal("2")
    )
    attempts: list[Attempt] = []

    def task(call: ModelCall) -> int:
        reply = call.ask([{"role": "user", "content": "a number"}])
        if not reply.isdigit():
            raise Unusable("unusable_output", "not a number")
        return int(reply)

    result = router.run(
        [spec("light", "light"), spec("std"), costly],
        "plan",
        task,
        deadline=1e12,
        attempts=attempts,
    )
    assert result == 42
    assert [(a.spec.name, a.outcome, a.escalated) for a in attempts] == [
        ("light", "unusable_output", False),
        ("std", "rate_limited", True),
        ("heavy", "ok", True),
    ]
    assert attempts[2].cost == Decimal("0.5") * 100 / 1000 + Decimal("2") * 10 / 1000
    assert attempts[1].status_code == 429 and attempts[1].tokens_in == 0


def test_all_failed_lists_every_attempt(tmp_path: Path) -> None:
    client = Scripted({"a": [CallFailed("timeout", "no reply", latency_ms=2.0)], "b": ["x"]})
    router = ModelRouter(client, CircuitBreakers(3, 30), keys=loopback(tmp_path), max_tokens=100)

    def task(call: ModelCall) -> str:
        call.ask([])
        raise Unusable("invalid_plan", "bad")

    with pytest.raises(AllModelsFailed) as caught:
        router.run([spec("a"), spec("b")], "plan", task, deadline=1e12, attempts=[])
    assert caught.value.code == "models.all_failed"
    assert [a["outcome"] for a in caught.value.details["attempts"]] == ["timeout", "invalid_plan"]
    assert "a: timeout, b: invalid_plan" in caught.value.message


def test_results_of_model_sql_are_described_for_narration() -> None:
    rows = [("Action", 10, Decimal("12.50"), date(2022, 5, 1)), ("Drama", 7, Decimal("3"), None)]
    columns = infer_columns(["category", "rentals", "revenue", "day"], rows)
    assert [(c.role, c.format) for c in columns] == [
        ("dimension", "text"),
        ("measure", "integer"),
        ("measure", "currency"),
        ("time", "date"),
    ]
    assert infer_columns(["customer_id"], [(1,)])[0].role == "dimension"
    plan = describe_result(columns, rows)
    assert plan.intent == "ranking" and plan.measures == ("rentals", "revenue")
    assert describe_result(infer_columns(["total"], [(5,)]), [(5,)]).intent == "kpi"


def test_aggregates_are_recognised_conservatively() -> None:
    assert is_aggregate("SELECT sum(amount) FROM analytics.v_payment_scoped")
    assert is_aggregate("SELECT store_id, count(*) FROM analytics.store GROUP BY store_id")
    assert not is_aggregate("SELECT title FROM analytics.film")
    assert not is_aggregate("WITH t AS (SELECT 1) SELECT * FROM t UNION SELECT 2")


def test_a_narration_may_state_only_numbers_of_the_result() -> None:
    rows = [("Action", Decimal("1234.5"), 0.125, date(2022, 5, 1))]
    ok = "Action took $1,234.50 (12.5%) on 1 May 2022, the top 1 of 1."
    assert unsupported_numbers(ok, "top category?", rows) == []
    assert unsupported_numbers("Action took $1,300.", "top category?", rows) == ["1,300"]
    assert unsupported_numbers("Up 7 points.", "top 7 categories?", rows) == []
