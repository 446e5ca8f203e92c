"""`bastion models ...` from the shell, against a private database and the fake OpenAI
server."""

from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.testing.fake_openai import FakeOpenAI
from tests.cli.test_cli import assert_one_line_error, run

SECRET = "sk-cli-test-0123456789"
KEY_VARIABLE = "MODELS_CLI_TEST_KEY"


def models(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "BASTION_DATABASE_URL": libpq_uri(db.url),
        KEY_VARIABLE: SECRET,
        # The operator lets models be reached on loopback and read keys from MODELS_ vars.
        "BASTION_MODEL_HOSTS": "127.0.0.1",
        "BASTION_SECRET_ENV_PREFIX": "MODELS_",
    }
    result = run(home, "models", *args, env=env)
    assert SECRET not in result.stdout + result.stderr
    return result


def as_json(home: Path, db: Database, *args: str, code: int = 0) -> Any:
    result = models(home, db, *args, "--json")
    assert result.returncode == code, result.stderr
    return json.loads(result.stdout)


def test_add_list_test_usage_settings_remove(tmp_path: Path, fresh_db: Database) -> None:
    script = {"models": {"good": {"content": "OK"}, "limited": {"status": 429}}}
    with FakeOpenAI(script) as fake:
        common = ["--base-url", fake.base_url, "--api-key-ref", f"env:{KEY_VARIABLE}"]
        good = as_json(
            tmp_path,
            fresh_db,
            "add",
            "--name",
            "good",
            "--model",
            "good",
            *common,
            "--tier",
            "light",
            "--purpose",
            "sql",
            "--purpose",
            "narration",
            "--priority",
            "5",
            "--timeout",
            "5",
            "--cost-in",
            "0.5",
            "--cost-out",
            "1.25",
            "--provider",
            "vllm",
            "--param",
            "temperature=0.2",
            "--param",
            'stop=["END"]',
            "--param",
            "seed=7",
        )
        assert (good["name"], good["tier"], good["purposes"]) == (
            "good",
            "light",
            ["sql", "narration"],
        )
        assert (good["priority"], good["timeout_seconds"], good["provider"]) == (5, 5.0, "vllm")
        assert good["parameters"] == {"temperature": 0.2, "stop": ["END"], "seed": 7}
        assert (good["cost_input_per_1k"], good["cost_output_per_1k"]) == ("0.500000", "1.250000")
        assert good["api_key_ref"] == f"env:{KEY_VARIABLE}" and "breaker_open" not in good
        limited = as_json(
            tmp_path, fresh_db, "add", "--name", "limited", "--model", "limited", *common,
            "--tier", "heavy", "--inactive",
        )  # fmt: skip
        assert (limited["is_active"], limited["purposes"]) == (False, ["plan", "sql"])

        listed = as_json(tmp_path, fresh_db, "list")
        assert [(m["name"], m["version"]) for m in listed] == [("good", 1), ("limited", 1)]

        tested = as_json(tmp_path, fresh_db, "test", "good")
        assert (tested["ok"], tested["outcome"], tested["reply"]) == (True, "ok", "OK")
        assert fake.requests[0]["headers"]["authorization"] == f"Bearer {SECRET}"
        assert fake.requests[0]["body"]["stop"] == ["END"]
        failed = as_json(tmp_path, fresh_db, "test", str(limited["id"]), code=1)
        assert (failed["ok"], failed["outcome"], failed["status_code"]) == (
            False,
            "rate_limited",
            429,
        )
        people = models(tmp_path, fresh_db, "test", "limited")
        assert people.returncode == 1
        assert "limited: failed, rate_limited (HTTP 429)" in people.stdout

    report = as_json(tmp_path, fresh_db, "usage")
    assert (report["org"]["calls"], report["org"]["failed_calls"]) == (3, 2)
    assert {m["model_name"]: m["calls"] for m in report["models"]} == {"good": 1, "limited": 2}
    assert [u["user_id"] for u in report["users"]] == [None]  # the operator
    assert report["monthly_token_budget"] is None and report["budget_left"] is None

    shown = as_json(tmp_path, fresh_db, "settings")
    assert (shown["version"], shown["effective_mode"], shown["rows_to_model"]) == (
        0,
        "plan",
        "aggregates",
    )
    changed = as_json(
        tmp_path, fresh_db, "settings", "--mode", "sql", "--budget", "1000", "--rows", "none",
        "--max-rows", "10",
    )  # fmt: skip
    assert (changed["version"], changed["mode"], changed["monthly_token_budget"]) == (
        1,
        "sql",
        1000,
    )
    assert (changed["rows_to_model"], changed["max_rows_to_model"]) == ("none", 10)
    back = as_json(tmp_path, fresh_db, "settings", "--default-mode", "--no-budget")
    assert (back["version"], back["mode"], back["effective_mode"]) == (2, None, "plan")
    assert back["monthly_token_budget"] is None and back["rows_to_model"] == "none"

    removed = as_json(tmp_path, fresh_db, "remove", "limited")
    assert removed == {"id": limited["id"], "name": "limited", "removed": True}
    people = models(tmp_path, fresh_db, "list")
    assert people.returncode == 0 and "good" in people.stdout and "limited" not in people.stdout


def test_bad_options_are_one_line_errors(tmp_path: Path, fresh_db: Database) -> None:
    base = ["add", "--name", "m", "--model", "m", "--base-url", "http://127.0.0.1:9/v1"]
    cases = [
        ([*base, "--api-key-ref", "sk-abc123", "--json"], "must be secret:NAME"),
        ([*base, "--param", "logit_bias=1"], "logit_bias"),
        ([*base, "--param", "temperature"], "key=value"),
        (["remove", "nope"], "nope"),
        (["usage", "--month", "2024-13"], "YYYY-MM"),
        (["settings", "--budget", "5", "--no-budget"], "--no-budget"),
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda case: models(tmp_path, fresh_db, *case[0]), cases))
    for (_, fragment), result in zip(cases, results, strict=True):
        assert_one_line_error(result, fragment)
        assert "sk-abc123" not in result.stderr
    assert json.loads(results[0].stdout)["error"]["code"] == "models.secret_ref_invalid"
    assert as_json(tmp_path, fresh_db, "list") == []


def test_org_secrets_from_the_shell_are_read_from_stdin_and_never_printed(
    tmp_path: Path, fresh_db: Database
) -> None:
    env = {"BASTION_DATABASE_URL": libpq_uri(fresh_db.url), "BASTION_MODEL_HOSTS": "127.0.0.1"}
    key = "sk-stdin-0123456789"
    stored = run(tmp_path, "secrets", "set", "router-key", "--json", env=env, stdin=key + "\n")
    assert stored.returncode == 0, stored.stderr
    assert json.loads(stored.stdout)["name"] == "router-key" and key not in stored.stdout
    assert json.loads(stored.stdout)["version"] == 1
    with FakeOpenAI({"default": {"content": "OK"}}) as fake:
        added = as_json(
            tmp_path, fresh_db, "add", "--name", "keyed", "--model", "m",
            "--base-url", fake.base_url, "--api-key-ref", "secret:router-key",
        )  # fmt: skip
        assert added["api_key_ref"] == "secret:router-key"
        assert as_json(tmp_path, fresh_db, "test", "keyed")["ok"] is True
        assert fake.requests[0]["headers"]["authorization"] == f"Bearer {key}"
    listed = run(tmp_path, "secrets", "list", "--json", env=env)
    assert json.loads(listed.stdout) == [
        {**json.loads(listed.stdout)[0], "name": "router-key", "used_by": ["keyed"]}
    ]
    assert key not in listed.stdout
    in_use = run(tmp_path, "secrets", "remove", "router-key", env=env)
    assert_one_line_error(in_use, "keyed")
    as_json(tmp_path, fresh_db, "remove", "keyed")
    removed = run(tmp_path, "secrets", "remove", "router-key", "--json", env=env)
    assert json.loads(removed.stdout) == {"removed": "router-key"}
    assert json.loads(run(tmp_path, "secrets", "list", "--json", env=env).stdout) == []
    # Bastion's own settings are never a model's key, whatever the operator's prefix.
    own = models(
        tmp_path, fresh_db, "add", "--name", "x", "--model", "m", "--base-url",
        "http://127.0.0.1:9/v1", "--api-key-ref", "env:MODELS_X", "--json",
    )  # fmt: skip
    assert own.returncode == 0  # under the operator's prefix MODELS_
    jwt = run(
        tmp_path, "models", "add", "--name", "y", "--model", "m", "--base-url",
        "http://127.0.0.1:9/v1", "--api-key-ref", "env:BASTION_JWT_SECRET",
        env={**env, "BASTION_SECRET_ENV_PREFIX": "BASTION_"},
    )  # fmt: skip
    assert_one_line_error(jwt, "never one of Bastion's own settings")
