"""`bastion approvals ...` from the shell, against a private database: the queue, decisions
as a named approver (with the API's rules), and a sweep."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.services import Services
from tests.approvals import hold
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import make_settings
from tests.helpers import make_user


def approvals(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return run(home, "approvals", *args, env={"BASTION_DATABASE_URL": libpq_uri(db.url)})


def as_json(home: Path, db: Database, *args: str) -> Any:
    result = approvals(home, db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def own_services(tmp_path: Path, fresh_db: Database) -> Iterator[Services]:
    services = Services.from_settings(make_settings(tmp_path / "svc", fresh_db.url), db=fresh_db)
    yield services
    services.executor.dispose()


def test_list_show_approve_reject_and_sweep(
    tmp_path: Path, fresh_db: Database, own_services: Services
) -> None:
    services, home = own_services, tmp_path / "home"
    manager = make_user(services, store_ids=(1,))
    approver = make_user(services, role="approver")
    approver2 = make_user(services, role="approver")
    first, second, third = (hold(services, manager) for _ in range(3))
    own = hold(services, approver)

    listed = as_json(home, fresh_db, "list")
    assert [r["id"] for r in listed] == [own.id, third.id, second.id, first.id]
    assert {r["status"] for r in listed} == {"pending"}
    shown = as_json(home, fresh_db, "show", str(first.id))
    assert shown["requester"] == manager and [e["event"] for e in shown["events"]] == ["requested"]
    assert "store_id IN (1)" in shown["sql"]

    approved = as_json(
        home, fresh_db, "approve", str(first.id), "--as", approver, "--reason", "quarterly"
    )
    assert (approved["status"], approved["decided_by_name"]) == ("executed", approver)
    assert [e["event"] for e in approved["events"]] == ["requested", "approved", "executed"]
    rejected = as_json(
        home, fresh_db, "reject", str(second.id), "--as", approver, "--reason", "too broad"
    )
    assert (rejected["status"], rejected["decision_reason"]) == ("rejected", "too broad")
    assert [r["id"] for r in as_json(home, fresh_db, "list", "--status", "rejected")] == [second.id]

    # The API's rules, as one line each.
    assert_one_line_error(
        approvals(home, fresh_db, "approve", str(first.id), "--as", approver2),
        "already executed",
    )
    assert_one_line_error(
        approvals(home, fresh_db, "approve", str(own.id), "--as", approver), "their own request"
    )
    assert_one_line_error(
        approvals(home, fresh_db, "approve", str(third.id), "--as", manager),
        "Only approvers and administrators",
    )
    assert_one_line_error(
        approvals(home, fresh_db, "reject", str(third.id), "--as", approver, "--reason", " "),
        "needs a reason",
    )
    refused = approvals(home, fresh_db, "approve", "999999", "--as", approver, "--json")
    assert json.loads(refused.stdout)["error"]["code"] == "approvals.not_found"
    assert_one_line_error(approvals(home, fresh_db, "list", "--status", "lost"), "--status")

    # People read a summary with the events.
    human = approvals(home, fresh_db, "show", str(first.id))
    assert human.returncode == 0, human.stderr
    assert f"Approval request {first.id}: executed" in human.stdout
    assert "approved" in human.stdout and "quarterly" in human.stdout

    # A sweep expires what is past its time; nothing else moves.
    assert as_json(home, fresh_db, "sweep")["expired"] == []
    with fresh_db.autocommit.connect() as conn:
        conn.execute(
            text("UPDATE bastion.approval_queue SET expires_at = now() WHERE id = :id"),
            {"id": third.id},
        )
    report = as_json(home, fresh_db, "sweep")
    assert (report["expired"], report["escalated"]) == ([third.id], [])
    assert as_json(home, fresh_db, "show", str(third.id))["status"] == "expired"
    assert as_json(home, fresh_db, "show", str(own.id))["status"] == "pending"
