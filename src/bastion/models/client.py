"""One client for every OpenAI-compatible endpoint (vLLM, Ollama, a LiteLLM proxy,
OpenRouter, OpenAI), through the official ``openai`` package.

``LlmClient`` is the interface the router calls; ``OpenAIClient`` implements it. Failures
come back as ``CallFailed`` with an outcome the router understands (rate_limited,
payment_required, server_error, timeout, connection_error, client_error,
malformed_response) and a message that never contains the key or the reply.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from bastion.models.spec import ModelSpec

if TYPE_CHECKING:
    import openai

Message = dict[str, str]
MAX_REPLY_CHARS = 200_000  # longer replies are not read further (and are unusable)


@dataclass(frozen=True)
class Completion:
    content: str
    tokens_in: int
    tokens_out: int
    latency_ms: float


class CallFailed(Exception):
    """A call that gave no usable reply. ``outcome`` names why; ``status_code`` is the
    HTTP status when there was one."""

    def __init__(
        self, outcome: str, message: str, *, status_code: int | None = None, latency_ms: float
    ) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message
        self.status_code = status_code
        self.latency_ms = latency_ms


class LlmClient(Protocol):
    def complete(
        self,
        spec: ModelSpec,
        messages: Sequence[Message],
        *,
        api_key: str | None,
        timeout: float,
        max_tokens: int,
    ) -> Completion: ...


def estimate_tokens(text: str) -> int:
    """About four characters a token: what budgets use before a reply reports usage."""
    return (len(text) + 3) // 4


def outcome_for_status(status: int) -> str:
    if status == 429:
        return "rate_limited"
    if status == 402:
        return "payment_required"
    if status >= 500:
        return "server_error"
    return "client_error"


class OpenAIClient:
    """Keeps one ``openai.OpenAI`` (and its connection pool) per endpoint and key."""

    def __init__(self) -> None:
        self._clients: dict[tuple[str, str], openai.OpenAI] = {}
        self._lock = threading.Lock()

    def _client(self, base_url: str, api_key: str | None) -> openai.OpenAI:
        key = (base_url, api_key or "")
        with self._lock:
            found = self._clients.get(key)
            if found is None:
                import openai  # costs about a second: only when a model is first called

                # No retries inside the client: the router decides what happens next.
                # No redirects: a key goes to the allowed host it was meant for, or nowhere.
                found = openai.OpenAI(
                    base_url=base_url,
                    api_key=api_key or "not-needed",
                    max_retries=0,
                    http_client=openai.DefaultHttpxClient(follow_redirects=False),
                )
                self._clients[key] = found
            return found

    def complete(
        self,
        spec: ModelSpec,
        messages: Sequence[Message],
        *,
        api_key: str | None,
        timeout: float,
        max_tokens: int,
    ) -> Completion:
        client = self._client(spec.base_url, api_key)
        import openai

        started = time.perf_counter()

        def elapsed() -> float:
            return (time.perf_counter() - started) * 1000

        parameters: dict[str, Any] = {"max_tokens": max_tokens, **spec.parameters}
        try:
            response = client.chat.completions.create(
                model=spec.model,
                messages=list(messages),  # type: ignore[arg-type]
                timeout=timeout,
                **parameters,
            )
        except openai.APITimeoutError:
            raise CallFailed(
                "timeout", f"no reply within {timeout:.1f} s", latency_ms=elapsed()
            ) from None
        except openai.APIConnectionError:
            raise CallFailed(
                "connection_error", "could not connect to the endpoint", latency_ms=elapsed()
            ) from None
        except openai.APIStatusError as exc:
            status = exc.status_code
            raise CallFailed(
                outcome_for_status(status),
                f"HTTP {status} from the endpoint",
                status_code=status,
                latency_ms=elapsed(),
            ) from None
        except (openai.OpenAIError, ValueError, TypeError, KeyError):
            raise CallFailed(
                "malformed_response", "the reply was not a chat completion", latency_ms=elapsed()
            ) from None
        choices = getattr(response, "choices", None)
        if not choices or getattr(choices[0], "message", None) is None:
            raise CallFailed("malformed_response", "the reply had no message", latency_ms=elapsed())
        content = choices[0].message.content
        if not isinstance(content, str):
            content = ""
        usage = getattr(response, "usage", None)
        prompt_text = "".join(m.get("content", "") for m in messages)
        tokens_in = _usage(usage, "prompt_tokens") or estimate_tokens(prompt_text)
        tokens_out = _usage(usage, "completion_tokens") or estimate_tokens(content)
        return Completion(content[: MAX_REPLY_CHARS + 1], tokens_in, tokens_out, elapsed())


def _usage(usage: object, name: str) -> int:
    value = getattr(usage, name, None)
    return value if isinstance(value, int) and value >= 0 else 0
