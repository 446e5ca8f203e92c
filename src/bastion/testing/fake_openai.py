"""A scripted fake of the OpenAI API: a real local HTTP server, the only stand-in for an
LLM in Bastion's tests and benchmarks.

A script says how each model answers (a reply, an error status, a hang, a malformed or a
huge body, replies chosen by the question, a sequence); every API request is recorded so a
test can assert what was sent. docs/fake_openai.md describes the script format and the
control endpoints that script the server from another process.
"""

from __future__ import annotations

import argparse
import base64
import copy
import hashlib
import json
import math
import re
import signal
import struct
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import yaml

Behaviour = Mapping[str, Any]

# The key that names each kind of behaviour, and the other keys that kind accepts.
KINDS: dict[str, frozenset[str]] = {
    "status": frozenset({"message", "headers", "type", "code"}),
    "hang": frozenset({"then"}),
    "content": frozenset(),
    "raw": frozenset({"content_type"}),
    "repeat": frozenset({"size"}),
    "replies": frozenset({"default"}),
    "sequence": frozenset(),
}
COMMON_KEYS = frozenset({"delay", "usage"})
USAGE_KEYS = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
FALLBACK_REPLY = "I don't know."
DEFAULT_DIMENSIONS = 384

# What the value of each key must be, and how an error message says so.
Check = tuple[Callable[[Any], bool], str]
STRING: Check = (lambda v: isinstance(v, str), "a string")
SECONDS: Check = (lambda v: _is_seconds(v), "seconds >= 0")
VALUE_CHECKS: dict[str, Check] = {
    "status": (lambda v: _is_int(v) and 400 <= v <= 599, "an HTTP error status (400-599)"),
    "message": STRING,
    "type": STRING,
    "code": STRING,
    "headers": (
        lambda v: isinstance(v, Mapping) and all(isinstance(x, str | int) for x in v.values()),
        "a mapping of header name to value",
    ),
    "hang": SECONDS,
    "delay": SECONDS,
    "content": STRING,
    "raw": STRING,
    "content_type": STRING,
    "repeat": (lambda v: isinstance(v, str) and v != "", "a non-empty string"),
    "size": (lambda v: _is_int(v) and v >= 0, "a length >= 0"),
    "replies": (lambda v: isinstance(v, list), "a list"),
    "sequence": (lambda v: isinstance(v, list) and len(v) > 0, "a non-empty list"),
    "usage": (
        lambda v: (
            isinstance(v, Mapping)
            and set(v) <= USAGE_KEYS
            and all(_is_int(n) and n >= 0 for n in v.values())
        ),
        f"a mapping of {', '.join(sorted(USAGE_KEYS))} to counts",
    ),
}

# OpenAI's error ``type`` and ``code`` for a status, when the script does not give them.
ERROR_KINDS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "invalid_request"),
    401: ("invalid_request_error", "invalid_api_key"),
    402: ("insufficient_quota", "insufficient_quota"),
    403: ("permission_error", "permission_denied"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
}


# --- the script ---------------------------------------------------------------------------


def validate_script(script: object) -> dict[str, Any]:
    """Return a private copy of ``script``; raise ValueError naming the first bad place."""
    if not isinstance(script, Mapping):
        raise ValueError(f"script: expected a mapping, got {_show(script)}")
    unknown = set(script) - {"models", "default"}
    if unknown:
        raise ValueError(
            f"script: unknown keys {sorted(map(str, unknown))}; expected 'models' and 'default'"
        )
    models = script.get("models", {})
    if not isinstance(models, Mapping):
        raise ValueError(
            f"script.models: expected a mapping of model name to behaviour, got {_show(models)}"
        )
    for name, behaviour in models.items():
        if not isinstance(name, str):
            raise ValueError(f"script.models: model names must be strings, got {_show(name)}")
        _check_behaviour(behaviour, f"script.models[{name!r}]")
    if "default" in script:
        _check_behaviour(script["default"], "script.default")
    return copy.deepcopy(dict(script))


def _check_behaviour(value: object, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: a behaviour must be a mapping, got {_show(value)}")
    kinds = [key for key in value if key in KINDS]
    if len(kinds) != 1:
        raise ValueError(
            f"{where}: a behaviour needs exactly one of {', '.join(KINDS)}; got {kinds or 'none'}"
        )
    kind = kinds[0]
    unknown = set(value) - {kind} - KINDS[kind] - COMMON_KEYS
    if unknown:
        raise ValueError(
            f"{where}: unknown keys {sorted(map(str, unknown))} for a {kind!r} behaviour"
        )
    if kind == "repeat" and "size" not in value:
        raise ValueError(f"{where}: a 'repeat' behaviour needs a 'size'")
    for key, item in value.items():
        at = f"{where}.{key}"
        if key in ("then", "default"):
            _check_behaviour(item, at)
            continue
        test, expected = VALUE_CHECKS[key]
        if not test(item):
            raise ValueError(f"{at}: expected {expected}, got {_show(item)}")
        if key == "replies":
            for i, reply in enumerate(item):
                _check_reply(reply, f"{at}[{i}]")
        elif key == "sequence":
            for i, step in enumerate(item):
                _check_behaviour(step, f"{at}[{i}]")


def _check_reply(reply: object, where: str) -> None:
    if not isinstance(reply, Mapping) or not isinstance(reply.get("match"), str):
        raise ValueError(f"{where}: expected a 'match' pattern and a behaviour, got {_show(reply)}")
    try:
        re.compile(reply["match"])
    except re.error as error:
        raise ValueError(f"{where}.match: bad regular expression: {error}") from None
    _check_behaviour({k: v for k, v in reply.items() if k != "match"}, where)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def load_script(path: Path) -> dict[str, Any]:
    """Read a script file: JSON if it ends in .json, else YAML (an empty file is {})."""
    text = path.read_text()
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return validate_script({} if data is None else data)


# --- answers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What one chat request gets: a final behaviour (status, raw, content or repeat),
    after ``wait`` seconds, with the script's token usage if it gave one."""

    behaviour: Behaviour
    wait: float = 0.0
    usage: Mapping[str, int] | None = None


@dataclass(frozen=True)
class Reply:
    """One HTTP response, ready to write."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)


def json_reply(status: int, data: object) -> Reply:
    return Reply(status, json.dumps(data).encode())


def error_reply(
    status: int,
    message: str | None = None,
    *,
    error_type: str | None = None,
    code: str | None = None,
    headers: Mapping[str, Any] | None = None,
) -> Reply:
    """An error in OpenAI's body shape: ``{"error": {"message", "type", "param", "code"}}``."""
    default_type, default_code = ERROR_KINDS.get(
        status, ("server_error", "server_error") if status >= 500 else ("invalid_request_error", "")
    )
    error = {
        "message": message or HTTPStatus(status).phrase,
        "type": error_type or default_type,
        "param": None,
        "code": code or default_code or None,
    }
    return Reply(
        status,
        json.dumps({"error": error}).encode(),
        headers={name: str(value) for name, value in (headers or {}).items()},
    )


def chat_completion(model: str, content: str, usage: Mapping[str, int]) -> dict[str, Any]:
    """A ``chat.completion`` object as OpenAI returns it."""
    return {
        "id": f"chatcmpl-fake{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": dict(usage),
        "system_fingerprint": "fake-openai",
    }


def estimate_usage(
    messages: Sequence[Mapping[str, Any]], content: str, given: Mapping[str, int] | None
) -> dict[str, int]:
    """Token counts: the script's where it gives them, else four characters a token."""
    given = given or {}
    prompt_chars = sum(len(message_text(m.get("content"))) for m in messages)
    prompt = given.get("prompt_tokens", math.ceil(prompt_chars / 4))
    completion = given.get("completion_tokens", math.ceil(len(content) / 4))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": given.get("total_tokens", prompt + completion),
    }


def message_text(content: object) -> str:
    """A message's text, whether a string or a list of ``{"type": "text"}`` parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part["text"]
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def last_user_text(messages: Sequence[Mapping[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return message_text(message.get("content"))
    return ""


def embedding_for(text: str, dimensions: int = DEFAULT_DIMENSIONS) -> list[float]:
    """A unit vector derived from a hash of ``text``: the same text, the same vector."""
    digest = hashlib.shake_256(text.encode()).digest(4 * dimensions)
    raw = [n / 2**31 - 1.0 for n in struct.unpack(f"<{dimensions}I", digest)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [x / norm for x in raw]


# --- the server ---------------------------------------------------------------------------


class FakeOpenAI:
    """A scripted OpenAI-compatible server on a loopback port.

    ``with FakeOpenAI({"default": {"content": "hi"}}) as fake:`` then point a client at
    ``fake.base_url``; ``fake.requests`` holds what it was sent.
    """

    def __init__(
        self, script: Mapping[str, Any] | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.host = host
        self.port = port
        self._lock = threading.Lock()
        self._script: dict[str, Any] = {}
        self._calls: Counter[tuple[str, int]] = Counter()
        self._requests: list[dict[str, Any]] = []
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.set_script({} if script is None else script)

    def start(self) -> FakeOpenAI:
        """Listen and serve in a background daemon thread."""
        if self._server is not None:
            raise RuntimeError("the fake OpenAI server is already running")
        self._stopping.clear()
        self._server = _Server((self.host, self.port), self)
        # A short poll interval keeps stop() quick: shutdown() waits for the next poll.
        serve = partial(self._server.serve_forever, poll_interval=0.02)
        self._thread = threading.Thread(target=serve, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; requests still hanging are dropped without an answer."""
        if self._server is None or self._thread is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("start the fake OpenAI server before asking for its URL")
        return f"http://{self.host}:{self._server.server_port}/v1"

    def set_script(self, script: Mapping[str, Any]) -> None:
        """Replace the script (raises ValueError if it is bad) and restart every sequence."""
        checked = validate_script(script)
        with self._lock:
            self._script = checked
            self._calls.clear()

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The API requests received so far, oldest first (control requests are not kept)."""
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    def handle(
        self, method: str, path: str, headers: Mapping[str, str], raw: bytes
    ) -> Reply | None:
        """Answer one HTTP request; None drops the connection (the server is stopping)."""
        if self._stopping.is_set():
            return None
        route = path.removeprefix("/v1") if path.startswith("/v1/") else path
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return error_reply(400, "The request body is not valid JSON.")
        if not route.startswith("/_"):
            self._record(method, path, headers, body)
        match (method, route):
            case ("POST", "/chat/completions"):
                return self._chat_completion(body)
            case ("GET", "/models"):
                return self._models()
            case ("POST", "/embeddings"):
                return self._embeddings(body)
            case ("PUT", "/_script"):
                if not isinstance(body, dict):
                    return error_reply(400, "PUT /_script needs the script as a JSON object.")
                try:
                    self.set_script(body)
                except ValueError as error:
                    return error_reply(400, str(error), code="invalid_script")
                return json_reply(200, {"ok": True})
            case ("GET", "/_requests"):
                return json_reply(200, self.requests)
            case ("DELETE", "/_requests"):
                with self._lock:
                    cleared = len(self._requests)
                    self._requests.clear()
                return json_reply(200, {"cleared": cleared})
        return error_reply(
            404, f"The fake OpenAI server has no route {method} {path}.", code="unknown_url"
        )

    def _record(self, method: str, path: str, headers: Mapping[str, str], body: object) -> None:
        fields = body if isinstance(body, dict) else {}
        entry = {
            "method": method,
            "path": path,
            "model": fields.get("model"),
            "messages": fields.get("messages"),
            "body": body,
            "headers": dict(headers),
            "received_at": time.time(),
        }
        with self._lock:
            self._requests.append(entry)

    def _chat_completion(self, body: object) -> Reply | None:
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            return error_reply(400, "A chat completion needs a JSON body with a 'model'.")
        messages = body.get("messages") or []
        if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
            return error_reply(400, "'messages' must be a list of message objects.")
        if body.get("stream"):
            return error_reply(
                400, "The fake OpenAI server does not stream; ask without stream=True."
            )
        model = body["model"]
        answer = self._answer_for(model, last_user_text(messages))
        if answer is None:
            return error_reply(
                404,
                f"The model '{model}' does not exist: the fake's script "
                "has no entry for it and no default.",
            )
        if answer.wait and self._stopping.wait(answer.wait):
            return None
        behaviour = answer.behaviour
        if "status" in behaviour:
            return error_reply(
                behaviour["status"],
                behaviour.get("message"),
                error_type=behaviour.get("type"),
                code=behaviour.get("code"),
                headers=behaviour.get("headers"),
            )
        if "raw" in behaviour:
            content_type = behaviour.get("content_type", "application/json")
            return Reply(200, behaviour["raw"].encode(), content_type)
        if "repeat" in behaviour:
            unit, size = behaviour["repeat"], behaviour["size"]
            content = (unit * math.ceil(size / len(unit)))[:size]
        else:
            content = behaviour["content"]
        usage = estimate_usage(messages, content, answer.usage)
        return json_reply(200, chat_completion(model, content, usage))

    def _answer_for(self, model: str, question: str) -> Answer | None:
        with self._lock:
            behaviour = self._script.get("models", {}).get(model, self._script.get("default"))
            return None if behaviour is None else self._resolve(behaviour, model, question)

    def _resolve(
        self,
        behaviour: Behaviour,
        model: str,
        question: str,
        wait: float = 0.0,
        usage: Mapping[str, int] | None = None,
    ) -> Answer:
        """Follow hang, sequence and replies down to a final behaviour (holding the lock)."""
        wait += behaviour.get("delay", 0)
        usage = behaviour.get("usage", usage)
        if "hang" in behaviour:
            then = behaviour.get("then", {"content": ""})
            return self._resolve(then, model, question, wait + behaviour["hang"], usage)
        if "sequence" in behaviour:
            steps = behaviour["sequence"]
            # Counted per model and per sequence (the script is a private copy, so the list
            # lives as long as the script): a sequence inside replies moves when reached.
            key = (model, id(steps))
            step = steps[min(self._calls[key], len(steps) - 1)]
            self._calls[key] += 1
            return self._resolve(step, model, question, wait, usage)
        if "replies" in behaviour:
            for reply in behaviour["replies"]:
                if re.search(reply["match"], question, re.IGNORECASE):
                    return self._resolve(reply, model, question, wait, usage)
            fallback = behaviour.get("default", {"content": FALLBACK_REPLY})
            return self._resolve(fallback, model, question, wait, usage)
        return Answer(behaviour, wait, usage)

    def _models(self) -> Reply:
        with self._lock:
            names = list(self._script.get("models", {}))
        data = [
            {"id": n, "object": "model", "created": 0, "owned_by": "fake-openai"} for n in names
        ]
        return json_reply(200, {"object": "list", "data": data})

    def _embeddings(self, body: object) -> Reply:
        if not isinstance(body, dict) or "input" not in body:
            return error_reply(400, "An embeddings request needs a JSON body with 'input'.")
        inputs = body["input"]
        if isinstance(inputs, str) or (
            isinstance(inputs, list) and inputs and all(map(_is_int, inputs))
        ):
            inputs = [inputs]  # one text, or one text as token ids
        dimensions = body.get("dimensions", DEFAULT_DIMENSIONS)
        if not isinstance(inputs, list) or not inputs:
            return error_reply(400, "'input' must be a string or a non-empty list.")
        if not _is_int(dimensions) or dimensions < 1:
            return error_reply(400, "'dimensions' must be a positive integer.")
        texts = [item if isinstance(item, str) else json.dumps(item) for item in inputs]
        as_base64 = body.get("encoding_format") == "base64"
        data = []
        for index, text in enumerate(texts):
            vector: list[float] | str = embedding_for(text, dimensions)
            if as_base64:
                packed = struct.pack(f"<{dimensions}f", *vector)
                vector = base64.b64encode(packed).decode()
            data.append({"object": "embedding", "index": index, "embedding": vector})
        tokens = math.ceil(sum(len(text) for text in texts) / 4)
        return json_reply(
            200,
            {
                "object": "list",
                "data": data,
                "model": body.get("model", ""),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # benchmarks open many connections at once

    def __init__(self, address: tuple[str, int], fake: FakeOpenAI) -> None:
        super().__init__(address, _Handler)
        self.fake = fake

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that gave up (its timeout) before the answer: not an error
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects
    disable_nagle_algorithm = True  # else headers and body wait on the client's delayed ACK
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = self.server.fake.handle(self.command, urlsplit(self.path).path, headers, raw)
        if reply is None:
            self.close_connection = True
            return
        self.send_response(reply.status)
        self.send_header("content-type", reply.content_type)
        self.send_header("content-length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests and benchmarks print their own output."""


# --- the command --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bastion.testing.fake_openai",
        description="Serve a scripted fake of the OpenAI API until Ctrl-C or SIGTERM "
        "(see docs/fake_openai.md).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8900, help="port; 0 picks a free one")
    parser.add_argument(
        "--script",
        type=Path,
        help="a JSON or YAML script; without one every model answers 404 until PUT /_script",
    )
    args = parser.parse_args(argv)
    try:
        script = load_script(args.script) if args.script else None
    except (OSError, ValueError, yaml.YAMLError) as error:
        parser.error(f"--script {args.script}: {error}")
    try:
        fake = FakeOpenAI(script, host=args.host, port=args.port).start()
    except OSError as error:
        parser.exit(1, f"cannot listen on {args.host}:{args.port}: {error}\n")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops like Ctrl-C
    print(f"fake OpenAI server on {fake.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
