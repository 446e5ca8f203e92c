"""`bastion prompts ...` from the shell, against a private database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from tests.cli.test_cli import assert_one_line_error, run


def prompts(home: Path, db: Database, *args: str) -> Any:
    result = run(home, "prompts", *args, env={"BASTION_DATABASE_URL": libpq_uri(db.url)})
    return result


def as_json(home: Path, db: Database, *args: str) -> Any:
    result = prompts(home, db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_list_export_import_activate_rollback_archive(tmp_path: Path, fresh_db: Database) -> None:
    listed = as_json(tmp_path, fresh_db, "list")
    assert {p["name"] for p in listed} == {
        "default-sql",
        "default-plan",
        "default-narration",
        "default-system",
    }
    exported = prompts(tmp_path, fresh_db, "export", "default-narration")
    assert exported.returncode == 0, exported.stderr
    pack = json.loads(exported.stdout)
    style = next(b for b in pack["blocks"] if b["name"] == "style")
    style["template"] = "currency_symbol: EUR\ndetail: detailed"
    path = tmp_path / "narration.json"
    path.write_text(json.dumps(pack))
    saved = as_json(tmp_path, fresh_db, "import", str(path))
    assert (saved["version"], saved["status"]) == (2, "draft")

    activated = as_json(tmp_path, fresh_db, "activate", "default-narration")
    assert (activated["version"], activated["status"]) == (2, "active")
    shown = as_json(tmp_path, fresh_db, "show", "default-narration")
    assert "currency_symbol: EUR" in next(
        b["template"] for b in shown["blocks"] if b["name"] == "style"
    )
    rolled = as_json(tmp_path, fresh_db, "rollback", "default-narration")
    assert (rolled["version"], rolled["status"]) == (1, "active")
    archived = as_json(tmp_path, fresh_db, "archive", "default-narration")
    assert archived["status"] == "archived"

    people = prompts(tmp_path, fresh_db, "list")
    assert people.returncode == 0 and "default-narration" in people.stdout


def test_create_from_yaml_and_one_line_errors(tmp_path: Path, fresh_db: Database) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        "name: finance-sql\npurpose: sql\nscope: {kind: role, role: finance}\nblocks:\n"
        "  - name: rules\n    mode: append\n    template: Prefer {{ row_limit }} rows.\n"
        "    variables: [row_limit]\n"
    )
    created = as_json(tmp_path, fresh_db, "create", str(good), "--activate")
    assert (created["scope"]["kind"], created["scope"]["role"]) == ("role", "finance")
    assert created["active_version"] == 1

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: broken\npurpose: sql\nblocks:\n  - name: system\n    template: '{{ secret }}'\n"
    )
    assert_one_line_error(prompts(tmp_path, fresh_db, "create", str(bad)), "secret")
    assert_one_line_error(prompts(tmp_path, fresh_db, "show", "nope"), "nope")
