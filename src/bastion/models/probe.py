"""``models test``: one small call to a registry entry through the router (so a failure
reads the same as in a question), recorded in the usage like any call."""

from __future__ import annotations

import contextlib
import time

from bastion.db.engine import Database
from bastion.db.models import ModelConfig
from bastion.models.registry import spec_of
from bastion.models.router import AllModelsFailed, Attempt, ModelCall, ModelRouter
from bastion.models.schemas import ModelTestResult
from bastion.models.usage import record_attempts

PROBE = [
    {"role": "system", "content": "You are a connectivity check. Answer with one word."},
    {"role": "user", "content": "Reply with the word OK."},
]


def test_model(
    router: ModelRouter, db: Database, row: ModelConfig, org_id: int, user_id: int | None
) -> ModelTestResult:
    spec = spec_of(row)
    attempts: list[Attempt] = []
    reply: str | None = None

    def ask(call: ModelCall) -> str:
        return call.ask(PROBE)

    deadline = time.monotonic() + spec.timeout_seconds
    with contextlib.suppress(AllModelsFailed):  # the attempt says what went wrong
        reply = router.run(
            [spec], "test", ask, deadline=deadline, attempts=attempts, respect_breakers=False
        )
    with db.autocommit.connect() as conn:
        record_attempts(conn, org_id, user_id, attempts)
    last = attempts[-1]
    return ModelTestResult(
        model_config_id=row.id,
        name=row.name,
        ok=last.outcome == "ok",
        outcome=last.outcome,
        status_code=last.status_code,
        detail=last.detail,
        latency_ms=round(last.latency_ms, 3),
        tokens_in=last.tokens_in,
        tokens_out=last.tokens_out,
        reply=reply[:200] if reply is not None else None,
    )
