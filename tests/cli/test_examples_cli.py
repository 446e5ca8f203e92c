"""`bastion examples ...` from the shell, against a private database: add, list (the
demo org's seeds too), remove, and one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from bastion.catalog import load_catalog
from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from tests.cli.test_cli import assert_one_line_error, run

PLAN = {"intent": "kpi", "measures": ["revenue"]}


def examples(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return run(home, "examples", *args, env={"BASTION_DATABASE_URL": libpq_uri(db.url)})


def as_json(home: Path, db: Database, *args: str) -> Any:
    result = examples(home, db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_list_remove(tmp_path: Path, fresh_db: Database) -> None:
    seeded = as_json(tmp_path, fresh_db, "list", "--source", "seed")
    assert [e["question"] for e in seeded] == [s.question for s in load_catalog().suggestions]

    added = as_json(tmp_path, fresh_db, "add", "how much cash came in", "--plan", json.dumps(PLAN))
    assert (added["question"], added["plan"], added["source"]) == (
        "how much cash came in",
        PLAN,
        "admin",
    )
    assert added["embedded"] is False  # the CLI never loads the model
    mine = as_json(tmp_path, fresh_db, "list", "--source", "admin")
    assert [e["id"] for e in mine] == [added["id"]]
    everything = as_json(tmp_path, fresh_db, "list")
    assert len(everything) == len(seeded) + 1

    human = examples(tmp_path, fresh_db, "list", "--source", "admin")
    assert human.returncode == 0 and "how much cash came in" in human.stdout

    assert as_json(tmp_path, fresh_db, "remove", str(added["id"])) == {
        "id": added["id"],
        "removed": True,
    }
    assert as_json(tmp_path, fresh_db, "list", "--source", "admin") == []


def test_errors_are_one_line(tmp_path: Path, fresh_db: Database) -> None:
    assert_one_line_error(
        examples(tmp_path, fresh_db, "add", "q", "--plan", "{not json"), "--plan is not JSON"
    )
    assert_one_line_error(
        examples(tmp_path, fresh_db, "add", "q", "--plan", '{"intent": "kpi"}'), "measure"
    )
    unknown = json.dumps({"intent": "kpi", "measures": ["happiness"]})
    assert_one_line_error(
        examples(tmp_path, fresh_db, "add", "q", "--plan", unknown), "cannot be answered"
    )
    seeded = load_catalog().suggestions[0].question
    assert_one_line_error(
        examples(tmp_path, fresh_db, "add", seeded, "--plan", json.dumps(PLAN)),
        "already has an example",
    )
    assert_one_line_error(examples(tmp_path, fresh_db, "remove", "999999"), "no example")
    assert_one_line_error(examples(tmp_path, fresh_db, "list", "--source", "x"), "--source")
