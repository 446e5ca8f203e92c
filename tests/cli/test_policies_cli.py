"""`bastion policies ...` from the shell, against a private database: list, show, add, set
(round-tripping `show`'s YAML), validation errors, the decision log."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import text

from bastion.db.engine import Database
from bastion.db.models import PolicyDecision
from bastion.db.server import libpq_uri
from bastion.identity import service as identity
from tests.cli.test_cli import assert_one_line_error, run


def policies(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    # A wide terminal, so that tables for people keep each cell on one line.
    env = {"BASTION_DATABASE_URL": libpq_uri(db.url), "COLUMNS": "200"}
    return run(home, "policies", *args, env=env)


def as_json(home: Path, db: Database, *args: str) -> Any:
    result = policies(home, db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def demo_org(db: Database) -> int:
    with db.session() as session:
        return identity.get_org(session, "demo").id


def test_list_show_set_and_add(tmp_path: Path, fresh_db: Database) -> None:
    demo_org(fresh_db)
    listed = as_json(tmp_path, fresh_db, "list")
    assert [(p["name"], p["version"], p["is_active"]) for p in listed] == [("default", 1, True)]
    default_id = listed[0]["id"]
    assert as_json(tmp_path, fresh_db, "show", str(default_id)) == listed[0]

    # `show` prints YAML that `set --file` reads back: unchanged, then one change.
    shown = policies(tmp_path, fresh_db, "show", "default")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"# policy {default_id} default, version 1, active")
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(shown.stdout)
    document = yaml.safe_load(shown.stdout)
    assert document["topics"][0]["id"] == "no-data-changes"
    same = policies(tmp_path, fresh_db, "set", "default", "--file", str(rules_file))
    assert same.returncode == 0 and "unchanged (version 1)" in same.stdout, same.stderr

    document["topics"].append({"id": "no-hr", "keywords": ["HR file"], "roles": ["marketing"]})
    rules_file.write_text(yaml.safe_dump(document))
    v2 = as_json(tmp_path, fresh_db, "set", "default", "--file", str(rules_file))
    assert v2["version"] == 2 and v2["rules"]["topics"][-1]["keywords"] == ["hr file"]
    assert v2["updated_by"] is None  # the operator
    json_file = tmp_path / "strict.json"
    json_file.write_text(json.dumps({"data_classes": {"default": "III"}, "pii_scan": None}))
    added = as_json(
        tmp_path, fresh_db, "add", "strict", "--file", str(json_file), "--description",
        "class III unless said otherwise",
    )  # fmt: skip
    assert (added["name"], added["version"], added["is_active"]) == ("strict", 1, True)
    assert added["rules"]["data_classes"]["default"] == "III" and added["rules"]["pii_scan"] is None
    # With another active policy, the default may be paused (never the last active one).
    v3 = as_json(tmp_path, fresh_db, "set", "default", "--inactive", "--description", "paused")
    assert (v3["version"], v3["is_active"], v3["description"]) == (3, False, "paused")
    v4 = as_json(tmp_path, fresh_db, "set", str(default_id), "--active", "--description", "")
    assert (v4["version"], v4["is_active"], v4["description"]) == (4, True, None)
    assert v4["rules"] == v2["rules"]
    people = policies(tmp_path, fresh_db, "list")
    assert people.returncode == 0 and "default" in people.stdout and "strict" in people.stdout

    with fresh_db.autocommit.connect() as conn:
        log = conn.execute(
            text(
                "SELECT config_name, change_type, new_version, changed_by_name"
                " FROM bastion.config_changelog WHERE config_type = 'policy' ORDER BY id"
            )
        ).all()
    assert [tuple(r) for r in log][-4:] == [
        ("default", "update", 2, "cli"),
        ("strict", "create", 1, "cli"),
        ("default", "update", 3, "cli"),
        ("default", "update", 4, "cli"),
    ]


def test_bad_input_is_a_one_line_error(tmp_path: Path, fresh_db: Database) -> None:
    demo_org(fresh_db)
    bad = tmp_path / "bad.yaml"
    bad.write_text("data_classes:\n  relations:\n    film: V\npii_scan:\n  entities: [SHOE_SIZE]\n")
    not_a_map = tmp_path / "list.yaml"
    not_a_map.write_text("- a\n- b\n")
    good = tmp_path / "good.yaml"
    good.write_text("topics: []\n")
    cases = [
        (["set", "default", "--file", str(bad)], "rules.data_classes.relations.film"),
        (["add", "other", "--file", str(bad)], "rules.pii_scan.entities"),
        (["set", "default", "--file", str(not_a_map)], "one policy document"),
        (["set", "default", "--file", str(tmp_path / "missing.yaml")], "Cannot read"),
        (["set", "default"], "Nothing to change"),
        (["show", "nope"], "'nope'"),
        (["add", "default", "--file", str(good)], "already exists"),
        (["add", "Bad Name", "--file", str(good)], "name"),
        (["decisions", "--action", "shrug"], "shrug"),
    ]
    for args, fragment in cases:
        assert_one_line_error(policies(tmp_path, fresh_db, *args), fragment)

    result = policies(tmp_path, fresh_db, "set", "default", "--file", str(bad), "--json")
    body = json.loads(result.stdout)["error"]
    assert body["code"] == "policies.invalid"
    assert {p["field"] for p in body["details"]} == {
        "rules.data_classes.relations.film",
        "rules.pii_scan.entities",
    }
    assert [p["version"] for p in as_json(tmp_path, fresh_db, "list")] == [1]


def test_decisions_with_filters(tmp_path: Path, fresh_db: Database) -> None:
    org_id = demo_org(fresh_db)
    with fresh_db.session() as session:
        manager = identity.find_user(session, "manager_store1").id
        marketing = identity.find_user(session, "marketing_user").id
        for user_id, action, rule in (
            (marketing, "refuse", "pii_requests.contact-data"),
            (manager, "mask", "columns.customer-ref-rentals"),
            (marketing, "redact", "pii_scan"),
        ):
            session.add(
                PolicyDecision(
                    org_id=org_id,
                    user_id=user_id,
                    stage="request" if action == "refuse" else "result",
                    action=action,
                    policy_name="default",
                    policy_version=1,
                    rule=rule,
                )
            )
            session.flush()

    every = as_json(tmp_path, fresh_db, "decisions")
    assert [(d["username"], d["action"]) for d in every] == [
        ("marketing_user", "redact"),
        ("manager_store1", "mask"),
        ("marketing_user", "refuse"),
    ]
    mine = as_json(tmp_path, fresh_db, "decisions", "--user", "marketing_user", "--limit", "1")
    assert [d["rule"] for d in mine] == ["pii_scan"]
    refused = as_json(tmp_path, fresh_db, "decisions", "--action", "refuse")
    assert [(d["rule"], d["stage"], d["policy_version"]) for d in refused] == [
        ("pii_requests.contact-data", "request", 1)
    ]
    assert as_json(tmp_path, fresh_db, "decisions", "--stage", "sql") == []
    people = policies(tmp_path, fresh_db, "decisions")
    assert people.returncode == 0 and "columns.customer-ref-rentals" in people.stdout
    assert "default v1" in people.stdout
