"""Models (issue 4): router overhead per call (under 1 ms), failover from a 429 to the
next model (under 50 ms plus the next model's own time), and the tokens sent per question
(context budget 3,000 by default), all against the scripted OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import bastion, report

ROUNDS = 300
PLAN = json.dumps({"intent": "kpi", "measures": ["revenue"]})
SQL = "SELECT sum(amount) AS revenue FROM analytics.v_payment_scoped"


def p50(values: Sequence[float]) -> float:
    return statistics.median(values)


def router_overhead() -> None:
    """The router around a client that answers at once: what routing itself costs."""
    from bastion.models.breaker import CircuitBreakers
    from bastion.models.client import Completion, Message
    from bastion.models.router import ModelCall, ModelRouter
    from bastion.models.spec import ModelSpec

    class Instant:
        def complete(
            self,
            spec: ModelSpec,
            messages: Sequence[Message],
            *,
            api_key: str | None,
            timeout: float,
            max_tokens: int,
        ) -> Completion:
            return Completion("ok", 10, 1, 0.0)

    router = ModelRouter(Instant(), CircuitBreakers(3, 30), home=Path("."), max_tokens=100)
    spec = ModelSpec(name="m", base_url="http://127.0.0.1:1/v1", model="m")
    messages = [{"role": "user", "content": "hi"}]

    def task(call: ModelCall) -> str:
        return call.ask(messages)

    timings = []
    for _ in range(20_000):
        started = time.perf_counter()
        router.run([spec], "plan", task, deadline=time.monotonic() + 10, attempts=[])
        timings.append((time.perf_counter() - started) * 1_000_000)
    report(
        "router overhead per call (p50, client answering at once)",
        p50(timings),
        "µs",
        1000.0,
        lower_is_better=True,
    )


def http_figures() -> None:
    """Over real HTTP: the router vs the client alone, and a 429 failover."""
    from bastion.models.breaker import CircuitBreakers
    from bastion.models.client import OpenAIClient
    from bastion.models.router import ModelCall, ModelRouter
    from bastion.models.spec import ModelSpec
    from bastion.testing.fake_openai import FakeOpenAI

    script = {"models": {"limited": {"status": 429, "headers": {"retry-after": "20"}}}}
    script["models"]["good"] = {"content": "SELECT 1"}
    with FakeOpenAI(script) as fake:
        client = OpenAIClient()
        router = ModelRouter(client, CircuitBreakers(10**9, 1), home=Path("."), max_tokens=100)
        good = ModelSpec(name="good", base_url=fake.base_url, model="good")
        limited = ModelSpec(name="limited", base_url=fake.base_url, model="limited")
        messages = [{"role": "user", "content": "Reply with SELECT 1"}]

        def task(call: ModelCall) -> str:
            return call.ask(messages)

        def routed(specs: list[ModelSpec]) -> float:
            started = time.perf_counter()
            router.run(specs, "sql", task, deadline=time.monotonic() + 10, attempts=[])
            return (time.perf_counter() - started) * 1000

        def direct() -> float:
            started = time.perf_counter()
            client.complete(good, messages, api_key=None, timeout=10, max_tokens=100)
            return (time.perf_counter() - started) * 1000

        for _ in range(30):  # connections, imports
            routed([good])
            routed([limited, good])
        alone, through, failover = [], [], []
        for _ in range(ROUNDS):
            alone.append(direct())
            through.append(routed([good]))
            failover.append(routed([limited, good]))
        print(
            f"one call over HTTP: client alone p50 {p50(alone):.2f} ms, through the router "
            f"p50 {p50(through):.2f} ms",
            flush=True,
        )
        report(
            "router overhead over HTTP (p50 routed - p50 client alone)",
            max(p50(through) - p50(alone), 0.0),
            "ms",
            1.0,
            lower_is_better=True,
        )
        report(
            "failover from a 429 to the next model (p50, beyond the next model's own time)",
            p50(failover) - p50(through),
            "ms",
            50.0,
            lower_is_better=True,
        )


def prompt_sizes(home: Path) -> None:
    """Tokens sent per question, by role and mode, through the whole ask flow."""
    os.environ["BASTION_HOME"] = str(home)
    from bastion.ask.context import AskRequest
    from bastion.ask.flow import answer_question
    from bastion.catalog import load_catalog
    from bastion.identity import service
    from bastion.models import registry
    from bastion.models.schemas import ModelConfigCreate, ModelSettingsUpdate
    from bastion.services import Services
    from bastion.settings import Settings
    from bastion.testing.fake_openai import FakeOpenAI

    with FakeOpenAI() as fake:
        services = Services.from_settings(Settings())
        users = ("admin_user", "manager_store1", "marketing_user", "finance_user")
        with services.db.session() as session:
            principals = [service.principal_of(service.find_user(session, u)) for u in users]
            org_id = principals[0].org_id
            registry.create_model(
                session,
                org_id,
                ModelConfigCreate(
                    name="bench", base_url=fake.base_url, model="bench", purposes=["plan", "sql"]
                ),
                None,
            )
        catalog = load_catalog()
        questions = [q.question for q in catalog.suggestions] + [
            "how much did we take in the summer, by week?",
            "which films were rented most by customers in Canada?",
        ]
        for mode, reply in (("plan", PLAN), ("sql", SQL)):
            with services.db.session() as session:
                registry.update_model_settings(
                    session, org_id, ModelSettingsUpdate(mode=mode), services.settings, None
                )
            fake.set_script({"models": {"bench": {"content": reply}}})
            tokens, totals, model_ms = [], [], []
            for principal in principals:
                for question in questions:
                    ctx = answer_question(services, principal, AskRequest(question=question))
                    if ctx.prompt_tokens is not None:
                        tokens.append(ctx.prompt_tokens)
                    if ctx.status == "ok" and ctx.attempts:
                        totals.append(ctx.total_ms)
                        model_ms.append(sum(a.latency_ms for a in ctx.attempts))
            print(
                f"{mode} mode: prompt tokens per question (estimated, 4 chars/token) "
                f"min {min(tokens)}, median {p50(tokens):.0f}, max {max(tokens)} over "
                f"{len(tokens)} questions; budget {services.settings.llm_context_tokens}",
                flush=True,
            )
            report(
                f"{mode} mode: largest prompt sent",
                max(tokens),
                "tokens",
                services.settings.llm_context_tokens,
                lower_is_better=True,
            )
            overhead = [t - m for t, m in zip(totals, model_ms, strict=True)]
            print(
                f"{mode} mode: question with a model, p50 {p50(totals):.1f} ms of which "
                f"Bastion (not the model) {p50(overhead):.1f} ms",
                flush=True,
            )
        with services.db.session() as session:
            registry.delete_model(
                session, org_id, registry.find_model(session, org_id, "bench").id, None
            )
        services.dispose()


def main() -> None:
    router_overhead()
    http_figures()
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-models-"))
    try:
        bastion(home, "init", "--generate", "--scale", "0.1")
        prompt_sizes(home)
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
