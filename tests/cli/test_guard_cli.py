"""`bastion guard check` from the shell: one query, JSON, and bulk JSONL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def guard(*args: str, stdin: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASTION_")}
    env["BASTION_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "bastion", "guard", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_one_query_for_people_and_scripts(tmp_path: Path) -> None:
    allowed = guard(
        "--role",
        "store_manager",
        "--stores",
        "1",
        stdin="SELECT count(*) FROM v_rental_scoped",
        home=tmp_path,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith("ALLOW")
    denied = guard(
        "--role",
        "finance",
        "--stores",
        "1",
        "--json",
        stdin="SELECT * FROM v_rental_scoped",
        home=tmp_path,
    )
    assert denied.returncode == 1
    verdict = json.loads(denied.stdout)
    assert verdict["verdict"] == "deny"
    assert verdict["reasons"][0]["code"] == "guard.relation_not_allowed"
    # Checking by role needs no database: nothing was created in the home.
    assert not (tmp_path / "pgdata").exists()


def test_jsonl_bulk_check(tmp_path: Path) -> None:
    lines = [
        {"sql": "SELECT sum(amount) FROM v_payment_scoped", "role": "finance", "store_ids": [1]},
        {"sql": "SELECT * FROM analytics.customer", "role": "admin", "store_ids": []},
        {"sql": "SELECT title FROM film", "role": "marketing", "store_ids": [1, 2]},
        "not json",
        {"role": "admin"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = guard("--jsonl", stdin=stdin, home=tmp_path)
    assert result.returncode == 1
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["verdict"] for v in verdicts] == ["allow", "deny", "allow", "error", "error"]
    assert [v["line"] for v in verdicts] == [1, 2, 3, 4, 5]
    assert "Traceback" not in result.stderr


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    result = guard("--role", "wizard", stdin="SELECT 1", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: Unknown role")
    result = guard(stdin="SELECT 1", home=tmp_path)
    assert result.returncode == 1 and "--role" in result.stderr
