"""The model router: candidates in route order (light tier first, then by priority);
rate limits (429), payment errors (402), server errors, timeouts, connection errors and
unusable output move to the next model at once, with no sleeping while a candidate is
left. An open circuit breaker skips its model. One deadline bounds all calls of one
question. Moving to a higher tier after a model's output was unusable (not a valid plan,
SQL the guard rejected) is an escalation and is marked as such.

A *task* is what the caller wants from a model: it asks through a ``ModelCall`` (maybe
twice, to repair a reply) and either returns a result or raises ``Unusable``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from bastion.errors import BastionError
from bastion.models.breaker import CircuitBreakers
from bastion.models.client import MAX_REPLY_CHARS, CallFailed, LlmClient, Message
from bastion.models.spec import ModelSpec
from bastion.secrets import KeyResolver

T = TypeVar("T")


@dataclass
class Attempt:
    """One call to a model, or one the breaker or the deadline skipped."""

    seq: int
    purpose: str
    spec: ModelSpec
    outcome: str  # ok | rate_limited | payment_required | server_error | timeout | ...
    status_code: int | None = None
    detail: str | None = None
    escalated: bool = False
    tokens_in: int = 0
    tokens_out: int = 0
    cost: Decimal = Decimal(0)
    latency_ms: float = 0.0

    def public(self) -> dict[str, Any]:
        """What the audit trail and the API show: no prompt, no reply, no key."""
        return {
            "seq": self.seq,
            "purpose": self.purpose,
            "model_name": self.spec.name,
            "model": self.spec.model,
            "provider": self.spec.provider,
            "tier": self.spec.tier,
            "model_config_id": self.spec.config_id,
            "outcome": self.outcome,
            "status_code": self.status_code,
            "detail": self.detail,
            "escalated": self.escalated,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cost": str(self.cost),
            "latency_ms": round(self.latency_ms, 3),
        }


class Unusable(Exception):
    """A task's verdict on a reply it got: try the next model."""

    def __init__(self, outcome: str, detail: str) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.detail = detail


def summarise(attempts: Sequence[dict[str, Any]]) -> str:
    """ "planner: rate_limited, backup: timeout": how each attempt (``public()``) ended."""
    return ", ".join(f"{a['model_name']}: {a['outcome']}" for a in attempts) or "none"


class AllModelsFailed(BastionError):
    status_code = 503
    code = "models.all_failed"


class ModelCall:
    """One candidate model, as a task sees it."""

    def __init__(
        self,
        router: ModelRouter,
        spec: ModelSpec,
        purpose: str,
        attempts: list[Attempt],
        deadline: float,
        escalated: bool,
    ) -> None:
        self.spec = spec
        self._router = router
        self._purpose = purpose
        self._attempts = attempts
        self._deadline = deadline
        self._escalated = escalated
        self.last: Attempt | None = None

    def ask(self, messages: Sequence[Message]) -> str:
        router, spec = self._router, self.spec
        attempt = Attempt(
            seq=len(self._attempts) + 1,
            purpose=self._purpose,
            spec=spec,
            outcome="ok",
            escalated=self._escalated,
        )
        self._attempts.append(attempt)
        self.last = attempt
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            attempt.outcome, attempt.detail = "deadline", "the question's model deadline passed"
            raise CallFailed("deadline", attempt.detail, latency_ms=0.0)
        try:
            key = (  # environment models: the operator's own endpoint and key
                spec.api_key
                if spec.provider == "env"
                else router.keys.key_for(spec.base_url, spec.api_key_ref, spec.org_id)
            )
            completion = router.client.complete(
                spec,
                messages,
                api_key=key,
                timeout=min(spec.timeout_seconds, remaining),
                max_tokens=router.max_tokens,
            )
        except CallFailed as exc:
            attempt.outcome, attempt.detail = exc.outcome, exc.message
            attempt.status_code, attempt.latency_ms = exc.status_code, exc.latency_ms
            raise
        except BastionError as exc:  # a host not allowed, or a key that cannot be read
            attempt.outcome, attempt.detail = "config_error", exc.message
            raise CallFailed("config_error", exc.message, latency_ms=0.0) from None
        attempt.tokens_in, attempt.tokens_out = completion.tokens_in, completion.tokens_out
        attempt.cost = spec.cost(completion.tokens_in, completion.tokens_out)
        attempt.latency_ms = completion.latency_ms
        if len(completion.content) > MAX_REPLY_CHARS:
            raise Unusable("unusable_output", f"the reply is over {MAX_REPLY_CHARS} characters")
        return completion.content

    def reject(self, outcome: str, detail: str) -> None:
        """Mark the last reply as unusable before asking again (a repair)."""
        if self.last is not None:
            self.last.outcome, self.last.detail = outcome, detail


class ModelRouter:
    def __init__(
        self,
        client: LlmClient,
        breakers: CircuitBreakers,
        *,
        keys: KeyResolver,
        max_tokens: int,
    ) -> None:
        self.client = client
        self.breakers = breakers
        self.keys = keys
        self.max_tokens = max_tokens

    def run(
        self,
        specs: Sequence[ModelSpec],
        purpose: str,
        task: Callable[[ModelCall], T],
        *,
        deadline: float,
        attempts: list[Attempt],
        respect_breakers: bool = True,
    ) -> T:
        """The first usable result of ``task`` over ``specs`` in order; every call is
        appended to ``attempts``. ``AllModelsFailed`` lists them when none worked.
        ``respect_breakers=False`` (an admin's test call) calls even a model whose
        breaker is open; its outcome still counts."""
        first = len(attempts)
        unusable_tier: int | None = None
        for spec in specs:
            escalated = unusable_tier is not None and spec.tier_rank > unusable_tier
            if time.monotonic() >= deadline:
                attempts.append(
                    Attempt(len(attempts) + 1, purpose, spec, "deadline", escalated=escalated)
                )
                break
            if respect_breakers and not self.breakers.allow(spec.breaker_key):
                attempts.append(
                    Attempt(len(attempts) + 1, purpose, spec, "breaker_open", escalated=escalated)
                )
                continue
            call = ModelCall(self, spec, purpose, attempts, deadline, escalated)
            try:
                result = task(call)
            except CallFailed:
                self.breakers.failure(spec.breaker_key)
                continue
            except Unusable as exc:
                call.reject(exc.outcome, exc.detail)
                self.breakers.failure(spec.breaker_key)
                if unusable_tier is None or spec.tier_rank < unusable_tier:
                    unusable_tier = spec.tier_rank
                continue
            self.breakers.success(spec.breaker_key)
            return result
        tried = [a.public() for a in attempts[first:]]
        raise AllModelsFailed(
            f"No model could answer ({summarise(tried)}).", details={"attempts": tried}
        )
