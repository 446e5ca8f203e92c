"""The fake OpenAI server, driven by the official ``openai`` client as Bastion drives it."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from bastion.testing.fake_openai import FakeOpenAI, embedding_for, validate_script

QUESTION = [{"role": "user", "content": "How many rentals last week?"}]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def client(fake: FakeOpenAI) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake.base_url, api_key="test-key", max_retries=0, timeout=5)


def ask(
    client: openai.OpenAI, model: str = "gpt-test", messages: list[dict[str, Any]] | None = None
) -> str | None:
    completion = client.chat.completions.create(
        model=model,
        messages=messages or QUESTION,
    )
    return completion.choices[0].message.content


def test_content_is_a_chat_completion_the_client_parses(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script({"models": {"gpt-test": {"content": "42 rentals."}}})
    completion = client.chat.completions.create(model="gpt-test", messages=QUESTION)
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-test"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content == "42 rentals."
    assert completion.choices[0].finish_reason == "stop"


def test_usage_is_estimated_at_four_characters_a_token(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script({"default": {"content": "x" * 9}})
    messages = [
        {"role": "system", "content": "s" * 10},
        {"role": "user", "content": [{"type": "text", "text": "u" * 3}]},
    ]
    usage = client.chat.completions.create(model="m", messages=messages).usage
    assert usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (4, 3, 7)


def test_scripted_usage_wins(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"content": "ok", "usage": {"prompt_tokens": 1000}}})
    usage = client.chat.completions.create(model="m", messages=QUESTION).usage
    assert usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (1000, 1, 1001)


def test_429_is_a_rate_limit_error_with_retry_after(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script(
        {"default": {"status": 429, "message": "Slow down.", "headers": {"retry-after": "20"}}}
    )
    with pytest.raises(openai.RateLimitError) as caught:
        ask(client)
    assert caught.value.response.headers["retry-after"] == "20"
    assert caught.value.message == "Error code: 429 - Slow down."
    assert caught.value.body == {
        "message": "Slow down.",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }


def test_402_is_a_status_error(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"status": 402, "message": "Out of credit.", "code": "quota"}})
    with pytest.raises(openai.APIStatusError) as caught:
        ask(client)
    assert caught.value.status_code == 402
    assert caught.value.code == "quota"


def test_500_is_an_internal_server_error(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"status": 500}})
    with pytest.raises(openai.InternalServerError) as caught:
        ask(client)
    assert caught.value.type == "server_error"


def test_a_hang_times_out_without_blocking_other_models(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script({"models": {"slow": {"hang": 30}, "fast": {"content": "quick"}}})
    outcome: list[BaseException] = []

    def ask_slow() -> None:
        try:
            client.with_options(timeout=1.0).chat.completions.create(
                model="slow", messages=QUESTION
            )
        except openai.APIError as error:
            outcome.append(error)

    slow = threading.Thread(target=ask_slow)
    slow.start()
    deadline = time.monotonic() + 5
    while not fake.requests and time.monotonic() < deadline:  # the slow request is in
        time.sleep(0.005)
    assert ask(client, "fast") == "quick"
    assert slow.is_alive()  # answered while the slow request still waits
    slow.join(timeout=5)
    assert len(outcome) == 1
    assert isinstance(outcome[0], openai.APITimeoutError)


def test_a_short_hang_then_answers(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"hang": 0.2, "then": {"content": "finally"}}})
    started = time.perf_counter()
    assert ask(client) == "finally"
    assert time.perf_counter() - started >= 0.2
    fake.set_script({"default": {"hang": 0}})
    assert ask(client) == ""


def test_delay_adds_latency(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"content": "late", "delay": 0.15}})
    started = time.perf_counter()
    assert ask(client) == "late"
    assert time.perf_counter() - started >= 0.15


def test_a_raw_body_is_served_as_is(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"raw": '{"choices": [', "content_type": "application/json"}})
    with pytest.raises(json.JSONDecodeError):  # the openai client does not wrap this one
        ask(client)
    response = httpx.post(f"{fake.base_url}/chat/completions", json={"model": "m"})
    assert (response.status_code, response.text) == (200, '{"choices": [')


def test_a_huge_reply(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"default": {"repeat": "ab", "size": 1_000_001}})
    content = ask(client)
    assert content is not None
    assert len(content) == 1_000_001
    assert content.startswith("abab")


def test_replies_match_the_last_user_message(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script(
        {
            "models": {
                "planner": {
                    "replies": [
                        {"match": r"\brentals?\b", "content": "SELECT count(*) FROM rental"},
                        {"match": "revenue", "status": 503},
                    ],
                    "default": {"content": "SELECT 1"},
                },
                "bare": {"replies": [{"match": "never", "content": "no"}]},
            }
        }
    )
    conversation = [
        {"role": "user", "content": "What was the revenue?"},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": "And RENTALS?"},
    ]
    assert ask(client, "planner", conversation) == "SELECT count(*) FROM rental"
    with pytest.raises(openai.APIStatusError) as caught:
        ask(client, "planner", [{"role": "user", "content": "revenue by store"}])
    assert caught.value.status_code == 503
    assert ask(client, "planner", [{"role": "user", "content": "hello"}]) == "SELECT 1"
    assert ask(client, "bare") == "I don't know."


def test_a_sequence_advances_per_model_and_repeats_its_last(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    script = {
        "default": {
            "sequence": [{"status": 500}, {"content": "second"}, {"content": "last"}],
        }
    }
    fake.set_script(script)
    with pytest.raises(openai.InternalServerError):
        ask(client, "a")
    assert [ask(client, "a") for _ in range(3)] == ["second", "last", "last"]
    with pytest.raises(openai.InternalServerError):
        ask(client, "b")  # another model name starts its own count
    fake.set_script(script)
    with pytest.raises(openai.InternalServerError):
        ask(client, "a")  # set_script restarts every sequence


def test_an_unscripted_model_uses_the_default_else_404(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script({"models": {"known": {"content": "yes"}}})
    with pytest.raises(openai.NotFoundError) as caught:
        ask(client, "unknown")
    assert caught.value.code == "model_not_found"
    assert "unknown" in caught.value.message
    fake.set_script({"models": {"known": {"content": "yes"}}, "default": {"content": "fallback"}})
    assert (ask(client, "known"), ask(client, "unknown")) == ("yes", "fallback")


def test_requests_are_recorded_with_the_authorization_header(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    fake.set_script({"default": {"content": "ok"}})
    ask(client, "gpt-test")
    [request] = fake.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["model"] == "gpt-test"
    assert request["messages"] == QUESTION
    assert request["body"]["model"] == "gpt-test"
    assert request["headers"]["authorization"] == "Bearer test-key"
    assert abs(request["received_at"] - time.time()) < 5
    fake.clear()
    assert fake.requests == []


def test_the_path_without_v1_is_accepted(fake: FakeOpenAI) -> None:
    fake.set_script({"default": {"content": "ok"}})
    root = fake.base_url.removesuffix("/v1")
    response = httpx.post(f"{root}/chat/completions", json={"model": "m", "messages": QUESTION})
    assert response.json()["choices"][0]["message"]["content"] == "ok"


def test_models_lists_the_scripted_names(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    fake.set_script({"models": {"small": {"content": "a"}, "large": {"content": "b"}}})
    assert sorted(model.id for model in client.models.list()) == ["large", "small"]


def test_embeddings_are_deterministic_unit_vectors(fake: FakeOpenAI, client: openai.OpenAI) -> None:
    first = client.embeddings.create(model="embed", input=["rentals", "revenue"])
    again = client.embeddings.create(model="embed", input="rentals", encoding_format="float")
    small = client.embeddings.create(model="embed", input="rentals", dimensions=16)
    rentals, revenue = (item.embedding for item in first.data)
    assert len(rentals) == 384
    assert rentals != revenue
    assert again.data[0].embedding == embedding_for("rentals")
    assert rentals == pytest.approx(embedding_for("rentals"), abs=1e-6)  # sent as float32
    assert len(small.data[0].embedding) == 16
    assert math.isclose(sum(x * x for x in small.data[0].embedding), 1.0, rel_tol=1e-6)


def test_control_endpoints_script_the_server_over_http(
    fake: FakeOpenAI, client: openai.OpenAI
) -> None:
    script = {"models": {"remote": {"content": "scripted from afar"}}}
    with httpx.Client(base_url=fake.base_url.removesuffix("/v1")) as http:
        assert http.put("/_script", json=script).status_code == 200
        assert ask(client, "remote") == "scripted from afar"
        [request] = http.get("/_requests").json()
        assert request["model"] == "remote"
        assert request["headers"]["authorization"] == "Bearer test-key"
        assert http.delete("/_requests").json() == {"cleared": 1}
        assert http.get("/_requests").json() == []
        bad = http.put("/_script", json={"models": {"m": {"hang": -1}}})
    assert bad.status_code == 400
    assert bad.json()["error"]["message"] == (
        "script.models['m'].hang: expected seconds >= 0, got -1"
    )
    assert ask(client, "remote") == "scripted from afar"  # a bad script changes nothing


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ([], "script: expected a mapping, got []"),
        ({"modles": {}}, "script: unknown keys ['modles']; expected 'models' and 'default'"),
        ({"default": {}}, "script.default: a behaviour needs exactly one of status, hang,"),
        ({"default": {"content": "a", "raw": "b"}}, "got ['content', 'raw']"),
        ({"default": {"content": "a", "then": {}}}, "unknown keys ['then'] for a 'content'"),
        ({"default": {"status": 200}}, "script.default.status: expected an HTTP error status"),
        ({"default": {"repeat": "x"}}, "script.default: a 'repeat' behaviour needs a 'size'"),
        ({"default": {"sequence": []}}, "script.default.sequence: expected a non-empty list"),
        (
            {"models": {"m": {"sequence": [{"content": "a"}, {"content": 3}]}}},
            "script.models['m'].sequence[1].content: expected a string, got 3",
        ),
        (
            {"default": {"replies": [{"match": "(", "content": "a"}]}},
            "script.default.replies[0].match: bad regular expression",
        ),
        (
            {"default": {"replies": [{"content": "a"}]}},
            "script.default.replies[0]: expected a 'match' pattern and a behaviour",
        ),
        (
            {"default": {"content": "a", "usage": {"tokens": 3}}},
            "script.default.usage: expected a mapping of",
        ),
    ],
)
def test_a_bad_script_is_a_value_error_saying_where(script: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        FakeOpenAI(script)


def test_the_module_runs_as_a_server_until_terminated(tmp_path: Path) -> None:
    script = tmp_path / "script.yaml"
    script.write_text("models:\n  gpt-test:\n    content: from the command line\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "bastion.testing.fake_openai", "--port", "0", "--script", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("fake OpenAI server on http://127.0.0.1:")
        base_url = line.rsplit(" ", 1)[1]
        remote = openai.OpenAI(base_url=base_url, api_key="k", max_retries=0, timeout=5)
        completion = remote.chat.completions.create(model="gpt-test", messages=QUESTION)
        assert completion.choices[0].message.content == "from the command line"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=5)
    assert process.returncode == 0, stderr


def test_the_module_help_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bastion.testing.fake_openai", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "--script" in result.stdout and "--port" in result.stdout


def test_every_script_in_the_docs_is_valid() -> None:
    text = (Path(__file__).parents[2] / "docs" / "fake_openai.md").read_text()
    blocks = re.findall(r"^```yaml\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 4
    for block in blocks:
        validate_script(yaml.safe_load(block))
