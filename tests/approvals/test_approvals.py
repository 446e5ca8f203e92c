"""The approval queue over real HTTP and a real PostgreSQL: the lifecycle of a held
question with two people, who may decide and see what, concurrent decisions, and expiry
and escalation with webhooks delivered to a local receiver."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from bastion.answer.formats import json_value
from bastion.approvals import service
from bastion.approvals.sweeper import sweep
from bastion.db.engine import Database
from bastion.errors import BastionError
from bastion.execution.executor import Scope
from bastion.policy.rules import ApprovalRules
from bastion.server import create_app
from bastion.services import Services
from tests.approvals import WebhookReceiver, hold, principal
from tests.conftest import LiveServer, make_settings
from tests.helpers import bearer, make_user, org_admin, token_for


def events_of(services: Services, approval_id: int) -> list[str]:
    with services.db.autocommit.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT event FROM bastion.approval_events WHERE approval_id = :id ORDER BY id"
                ),
                {"id": approval_id},
            ).scalars()
        )


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code, error
    return error


def expected_rows(services: Services, sql: str, scope: Scope) -> list[list[Any]]:
    """What the SQL gives when run directly under ``scope``."""
    result = services.executor.run(sql, scope)
    return [[json_value(v) for v in row] for row in result.rows]


@pytest.fixture
def team(services: Services, client: httpx.Client) -> dict[str, Any]:
    """An org of its own: an admin, two approvers, two store managers (store 1; stores 1
    and 2), with their bearer headers."""
    org, admin = org_admin(services)
    names = {
        "admin": admin,
        "approver": make_user(services, role="approver", org_slug=org),
        "approver2": make_user(services, role="approver", org_slug=org),
        "manager": make_user(services, org_slug=org, store_ids=(1,)),
        "other": make_user(services, org_slug=org, store_ids=(1, 2)),
    }
    headers = {k: bearer(token_for(client, v)) for k, v in names.items()}
    return {"org": org, "names": names, "headers": headers}


def test_lifecycle_request_approve_and_the_requester_reads_the_result(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    held = hold(services, names["manager"])
    assert held.expires_at - held.escalate_at == timedelta(minutes=30)  # type: ignore[operator]

    # The requester sees the request, pending, with the exact SQL and why it was held.
    mine = client.get("/api/approvals", headers=headers["manager"]).json()
    assert [r["id"] for r in mine] == [held.id]
    shown = client.get(f"/api/approvals/{held.id}", headers=headers["manager"]).json()
    assert shown["status"] == "pending" and shown["requester"] == names["manager"]
    assert shown["store_ids"] == [1] and shown["is_all_stores"] is False
    assert "v_payment_scoped WHERE store_id IN (1)" in shown["sql"]
    assert shown["reasons"][0]["rule"] == "topics.bulk-export"
    assert [e["event"] for e in shown["events"]] == ["requested"]
    assert shown["events"][0]["actor_name"] == names["manager"]
    waiting = client.get(f"/api/approvals/{held.id}/result", headers=headers["manager"])
    assert assert_error(waiting, 409, "approvals.not_executed")["details"]["status"] == "pending"

    # The approver sees it in the org's queue and approves it; it runs at once.
    queue = client.get("/api/approvals?status=pending", headers=headers["approver"]).json()
    assert held.id in [r["id"] for r in queue]
    response = client.post(
        f"/api/approvals/{held.id}/approve",
        headers=headers["approver"],
        json={"reason": "monthly report"},
    )
    assert response.status_code == 200, response.text
    decided = response.json()
    assert decided["status"] == "executed", decided
    assert decided["decided_by_name"] == names["approver"]
    assert decided["decision_reason"] == "monthly report" and decided["has_result"] is True
    assert [e["event"] for e in decided["events"]] == ["requested", "approved", "executed"]
    approved_event = decided["events"][1]
    assert approved_event["actor_name"] == names["approver"]
    assert approved_event["detail"] == {"reason": "monthly report"}

    # The requester reads the result: what the SQL gives under the requester's scope.
    body = client.get(f"/api/approvals/{held.id}/result", headers=headers["manager"]).json()
    assert body["approval_id"] == held.id and body["status"] == "executed"
    assert body["rows"] == expected_rows(services, shown["sql"], Scope((1,), False))
    assert body["rows"] and {row[0] for row in body["rows"]} == {1}
    assert body["row_count"] == len(body["rows"]) and body["answer"]

    # Deciding again is refused, and says who decided.
    again = client.post(f"/api/approvals/{held.id}/approve", headers=headers["approver2"])
    error = assert_error(again, 409, "approvals.already_decided")
    assert error["details"]["status"] == "executed"
    assert error["details"]["decided_by"] == names["approver"]
    assert events_of(services, held.id) == ["requested", "approved", "executed"]


def test_a_question_held_by_the_ask_flow_is_approved_and_answered(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    """End to end: POST /api/ask holds a bulk export (the default policy's topic), nothing
    runs; the approver approves; the requester reads what the SQL gives in their scope."""
    names, headers = team["names"], team["headers"]
    asked = client.post(
        "/api/ask", headers=headers["manager"], json={"question": "export all rentals by month"}
    )
    assert asked.status_code == 200, asked.text
    body = asked.json()
    assert body["status"] == "pending_approval", body
    assert body["rows"] == [] and body["approval"]["status"] == "pending"
    approval_id = body["approval"]["id"]

    shown = client.get(f"/api/approvals/{approval_id}", headers=headers["approver"]).json()
    assert shown["status"] == "pending" and shown["requester"] == names["manager"]
    assert shown["question"] == "export all rentals by month"
    assert shown["log_id"] == body["audit_id"] and shown["store_ids"] == [1]
    assert [r["rule"] for r in shown["reasons"]] == ["topics.bulk-export"]

    decided = client.post(f"/api/approvals/{approval_id}/approve", headers=headers["approver"])
    assert decided.status_code == 200 and decided.json()["status"] == "executed", decided.text
    result = client.get(f"/api/approvals/{approval_id}/result", headers=headers["manager"])
    assert result.status_code == 200, result.text
    answer = result.json()
    assert answer["sql"] == shown["sql"] and answer["row_count"] > 1
    assert answer["rows"] == expected_rows(services, shown["sql"], Scope((1,), False))
    assert "WHERE store_id IN (1)" in shown["sql"]  # as reviewed: the requester's store
    assert len(answer["columns"]) == 2 and answer["answer"] and answer["widgets"]
    events = client.get(f"/api/approvals/{approval_id}", headers=headers["manager"]).json()
    assert [e["event"] for e in events["events"]] == ["requested", "approved", "executed"]


def test_the_approved_question_runs_under_the_requesters_current_scope(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    """Stores the requester lost between asking and the approval are not in the result."""
    names, headers = team["names"], team["headers"]
    held = hold(services, names["other"])  # stores 1 and 2 when asking
    sql = client.get(f"/api/approvals/{held.id}", headers=headers["other"]).json()["sql"]
    assert {row[0] for row in expected_rows(services, sql, Scope((1, 2), False))} == {1, 2}
    with services.db.autocommit.connect() as conn:
        conn.execute(
            text(
                "DELETE FROM bastion.app_user_store_access"
                " WHERE user_id = (SELECT id FROM bastion.app_users WHERE username = :name)"
                " AND store_id = 2"
            ),
            {"name": names["other"]},
        )
    decided = client.post(f"/api/approvals/{held.id}/approve", headers=headers["approver"])
    assert decided.json()["status"] == "executed", decided.text
    result = client.get(f"/api/approvals/{held.id}/result", headers=headers["other"]).json()
    assert result["rows"] == expected_rows(services, sql, Scope((1,), False))
    assert {row[0] for row in result["rows"]} == {1}


def test_an_approved_question_that_cannot_run_ends_failed_with_its_reason(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    held = hold(services, names["manager"])
    with services.db.autocommit.connect() as conn:
        conn.execute(
            text("UPDATE bastion.app_users SET is_active = false WHERE username = :name"),
            {"name": names["manager"]},
        )
    decided = client.post(f"/api/approvals/{held.id}/approve", headers=headers["approver"])
    assert decided.status_code == 200, decided.text
    body = decided.json()
    assert (body["status"], body["error_code"]) == ("failed", "approvals.requester_disabled")
    assert [e["event"] for e in body["events"]] == ["requested", "approved", "failed"]
    assert body["events"][2]["detail"]["code"] == "approvals.requester_disabled"
    assert body["events"][2]["actor_name"] == names["approver"]
    error = assert_error(
        client.get(f"/api/approvals/{held.id}/result", headers=headers["approver"]),
        409,
        "approvals.not_executed",
    )
    assert error["details"]["status"] == "failed"
    assert error["details"]["error_code"] == "approvals.requester_disabled"


def test_result_and_request_are_visible_only_to_the_requester_and_approvers(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    held = hold(services, names["manager"])
    approver = principal(services, names["approver"])
    assert service.approve(services, approver, held.id).status == "executed"

    for who in ("manager", "approver", "approver2", "admin"):
        assert client.get(f"/api/approvals/{held.id}", headers=headers[who]).status_code == 200
        result = client.get(f"/api/approvals/{held.id}/result", headers=headers[who])
        assert result.status_code == 200, (who, result.text)
    # Another manager of the same org, and approvers and admins of another org: 404.
    _, stranger_admin = org_admin(services)
    strangers = {
        "other": headers["other"],
        "stranger_approver": bearer(token_for(client, make_user(services, role="approver"))),
        "stranger_admin": bearer(token_for(client, stranger_admin)),
    }
    for who, header in strangers.items():
        for path in (f"/api/approvals/{held.id}", f"/api/approvals/{held.id}/result"):
            assert_error(client.get(path, headers=header), 404, "approvals.not_found")
        listed = client.get("/api/approvals", headers=header).json()
        assert held.id not in [r["id"] for r in listed], who
    # Nobody outside reaches a decision either (they cannot see the request at all).
    response = client.post(
        f"/api/approvals/{held.id}/reject",
        headers=strangers["stranger_approver"],
        json={"reason": "x"},
    )
    assert_error(response, 404, "approvals.not_found")


def test_nobody_approves_their_own_request(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    for who in ("approver", "admin"):
        held = hold(services, names[who], question=f"export all revenue ({who})")
        for action, body in (("approve", {}), ("reject", {"reason": "mine"})):
            response = client.post(
                f"/api/approvals/{held.id}/{action}", headers=headers[who], json=body
            )
            assert_error(response, 403, "approvals.self_approval")
        assert (
            client.get(f"/api/approvals/{held.id}", headers=headers[who]).json()["status"]
            == "pending"
        )
        assert events_of(services, held.id) == ["requested"]
        # Another approver may.
        other = client.post(f"/api/approvals/{held.id}/approve", headers=headers["approver2"])
        assert other.status_code == 200 and other.json()["status"] == "executed", other.text


def test_only_approvers_and_admins_decide(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    held = hold(services, names["manager"])
    for who in ("manager", "other"):
        for action, body in (("approve", {}), ("reject", {"reason": "no"})):
            response = client.post(
                f"/api/approvals/{held.id}/{action}", headers=headers[who], json=body
            )
            assert_error(response, 403, "approvals.forbidden")
    # A store manager who is not the requester does not see it in the list either.
    assert held.id not in [
        r["id"] for r in client.get("/api/approvals", headers=headers["other"]).json()
    ]
    assert events_of(services, held.id) == ["requested"]


def test_rejection_with_a_reason_the_requester_reads(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    held = hold(services, names["manager"])
    url = f"/api/approvals/{held.id}"
    for body in ({}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 1001}):
        response = client.post(f"{url}/reject", headers=headers["approver"], json=body)
        assert_error(response, 422, "request.invalid")
    reason = "Customer-level exports need the DPO's sign-off; ask for totals instead."
    rejected = client.post(f"{url}/reject", headers=headers["approver"], json={"reason": reason})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"

    shown = client.get(url, headers=headers["manager"]).json()
    assert (shown["status"], shown["decision_reason"]) == ("rejected", reason)
    assert shown["decided_by_name"] == names["approver"] and shown["has_result"] is False
    assert [e["event"] for e in shown["events"]] == ["requested", "rejected"]
    assert shown["events"][1]["detail"] == {"reason": reason}
    error = assert_error(
        client.get(f"{url}/result", headers=headers["manager"]), 409, "approvals.not_executed"
    )
    assert error["details"] == {"approval_id": held.id, "status": "rejected", "reason": reason}
    assert reason in error["message"]
    # Rejected is final.
    late = client.post(f"{url}/approve", headers=headers["approver2"])
    assert assert_error(late, 409, "approvals.already_decided")["details"]["status"] == "rejected"


def race(base_url: str, approval_id: int, deciders: list[tuple[str, dict[str, str]]]) -> list[Any]:
    """Every decider posts its decision at the same moment (a barrier releases them);
    the responses, in no particular order."""
    barrier = threading.Barrier(len(deciders))
    responses: list[httpx.Response] = []

    def decide(action: str, header: dict[str, str]) -> None:
        body = {"reason": "too broad"} if action == "reject" else None
        with httpx.Client(base_url=base_url, timeout=30) as own:
            barrier.wait()
            responses.append(
                own.post(f"/api/approvals/{approval_id}/{action}", headers=header, json=body)
            )

    threads = [threading.Thread(target=decide, args=d) for d in deciders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def test_concurrent_approvals_make_exactly_one_decision(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    approvers = [headers["approver"], headers["approver2"], headers["admin"]]
    approvers += [
        bearer(token_for(client, make_user(services, role="approver", org_slug=team["org"])))
        for _ in range(5)
    ]
    everyone_approves = [("approve", h) for h in approvers]
    half_reject = [("reject" if i % 2 else "approve", h) for i, h in enumerate(approvers)]
    for deciders in (everyone_approves, everyone_approves, half_reject, half_reject):
        held = hold(services, names["manager"])
        responses = race(str(client.base_url), held.id, deciders)
        codes = sorted(r.status_code for r in responses)
        assert codes == [200] + [409] * (len(approvers) - 1), [r.text for r in responses]
        assert {r.json()["error"]["code"] for r in responses if r.status_code == 409} == {
            "approvals.already_decided"
        }
        events = events_of(services, held.id)
        assert events in (["requested", "approved", "executed"], ["requested", "rejected"])
        if deciders is everyone_approves:
            assert events.count("approved") == 1


def test_list_filters_and_pages(
    services: Services, client: httpx.Client, team: dict[str, Any]
) -> None:
    names, headers = team["names"], team["headers"]
    ids = [hold(services, names["manager"]).id for _ in range(3)]
    own = hold(services, names["approver"]).id
    other = hold(services, names["other"]).id
    approver = principal(services, names["approver2"])
    service.reject(services, approver, ids[0], "not now")

    def listed(who: str, query: str = "") -> list[int]:
        response = client.get(f"/api/approvals{query}", headers=headers[who])
        assert response.status_code == 200, response.text
        return [r["id"] for r in response.json()]

    assert listed("approver") == [other, own, *reversed(ids)]
    assert listed("approver", "?mine=true") == [own]
    assert listed("manager") == list(reversed(ids))
    assert listed("approver", "?status=rejected") == [ids[0]]
    assert listed("manager", "?status=pending") == [ids[2], ids[1]]
    assert listed("approver", "?limit=2") == [other, own]
    assert listed("approver", f"?before_id={own}&limit=2") == [ids[2], ids[1]]
    assert_error(
        client.get("/api/approvals?status=lost", headers=headers["approver"]),
        422,
        "request.invalid",
    )
    assert_error(client.get("/api/approvals"), 401, "auth.required")


# --- time: escalation, expiry, webhooks, the background sweeper ---------------------------


@pytest.fixture
def own_services(tmp_path: Path, fresh_db: Database) -> Iterator[Services]:
    """Services over a private database, so that moving time moves only this test's
    requests; no background sweeper."""
    settings = make_settings(
        tmp_path, fresh_db.url, approval_sweep_seconds=0, approval_webhook_timeout_seconds=2
    )
    services = Services.from_settings(settings, db=fresh_db)
    yield services
    services.executor.dispose()


def set_webhook(services: Services, org: str, url: str) -> None:
    """An active policy of the org naming ``url`` as its approval webhook."""
    with services.db.autocommit.connect() as conn:
        conn.execute(
            text(
                "INSERT INTO bastion.policies (org_id, name, rules)"
                " SELECT id, 'hooks', jsonb_build_object('approval',"
                " jsonb_build_object('webhook_url', CAST(:url AS text)))"
                " FROM bastion.orgs WHERE slug = :org"
            ),
            {"org": org, "url": url},
        )


def test_escalation_and_expiry_deliver_webhooks_naming_the_org_admins(
    own_services: Services,
) -> None:
    services = own_services
    org, admin = org_admin(services)
    second_admin = make_user(services, role="admin", org_slug=org, is_all_stores=True)
    requester = make_user(services, org_slug=org, store_ids=(1,))
    approver = principal(services, make_user(services, role="approver", org_slug=org))
    rules = ApprovalRules(expiry_minutes=60, escalate_after_minutes=10)
    with WebhookReceiver() as receiver:
        set_webhook(services, org, receiver.url + "?token=s3cret")
        held = hold(services, requester, rules=rules)
        quiet = hold(services, requester, rules=ApprovalRules(escalate_after_minutes=None))
        now = datetime.now(UTC)

        assert sweep(services, now=now + timedelta(minutes=5)).to_json()["escalated"] == []
        report = sweep(services, now=now + timedelta(minutes=11))
        assert (report.escalated, report.expired, report.notified) == ([held.id], [], 1)
        assert sweep(services, now=now + timedelta(minutes=12)).escalated == []  # once only

        escalation = receiver.received[0]
        assert escalation["event"] == "approval.escalated"
        assert escalation["approval_id"] == held.id and escalation["org"] == org
        assert escalation["escalated_to"] == sorted([admin, second_admin])
        assert escalation["requester"] == requester and escalation["status"] == "pending"
        assert escalation["question"] == "export all revenue by store"
        assert receiver.headers[0]["X-Bastion-Event"] == "approval.escalated"
        # Never results, nor the SQL.
        assert not {"rows", "result", "sql", "columns", "answer"} & set(escalation)

        report = sweep(services, now=now + timedelta(minutes=61))
        assert sorted(report.expired) == sorted([held.id, quiet.id])
        assert report.escalated == [] and report.notified == 2
        assert receiver.events() == ["approval.escalated", "approval.expired", "approval.expired"]
        expiry = next(b for b in receiver.received[1:] if b["approval_id"] == held.id)
        assert expiry["status"] == "expired" and expiry["escalated_at"] is not None
        assert expiry["escalated_to"] == sorted([admin, second_admin])

    with services.db.session() as session:
        shown = service.load_request(session, principal(services, admin).org_id, held.id)
    assert shown.status == "expired"
    assert [e.event for e in shown.events] == [
        "requested",
        "escalated",
        "notified",
        "expired",
        "notified",
    ]
    escalated, notified = shown.events[1], shown.events[2]
    assert escalated.actor_name == "bastion" and escalated.actor_id is None
    assert escalated.detail["escalated_to"] == sorted([admin, second_admin])
    assert notified.detail["ok"] is True and notified.detail["status_code"] == 200
    assert notified.detail["event"] == "approval.escalated"
    assert "s3cret" not in str(notified.detail)  # the URL's query string is not recorded

    # Too late to decide, and no result.
    with pytest.raises(BastionError) as late:
        service.approve(services, approver, held.id)
    assert (late.value.status_code, late.value.code) == (409, "approvals.expired")
    with pytest.raises(BastionError) as none:
        service.result(services, principal(services, requester), held.id)
    assert none.value.code == "approvals.not_executed"
    assert none.value.details["status"] == "expired"


def test_a_failing_webhook_is_recorded_and_never_breaks_the_sweep(
    own_services: Services,
) -> None:
    services = own_services
    org, _admin = org_admin(services)
    requester = make_user(services, org_slug=org, store_ids=(1,))
    with WebhookReceiver(status=500) as receiver:
        set_webhook(services, org, receiver.url)
        failing = hold(services, requester)
        now = datetime.now(UTC)
        report = sweep(services, now=now + timedelta(minutes=31))
        assert (report.escalated, report.notified, report.notify_failed) == ([failing.id], 0, 1)
    # Nothing listens on the port any more: a connection error, recorded the same way.
    report = sweep(services, now=now + timedelta(minutes=61))
    assert (report.expired, report.notify_failed) == ([failing.id], 1)
    with services.db.autocommit.connect() as conn:
        details = (
            conn.execute(
                text(
                    "SELECT detail FROM bastion.approval_events"
                    " WHERE approval_id = :id AND event = 'notified' ORDER BY id"
                ),
                {"id": failing.id},
            )
            .scalars()
            .all()
        )
    assert [d["status_code"] for d in details] == [500, None]
    assert details[1]["ok"] is False and "Connect" in details[1]["error"]


def test_a_request_past_its_expiry_cannot_be_decided_before_the_sweeper_runs(
    own_services: Services,
) -> None:
    services = own_services
    org, _admin = org_admin(services)
    held = hold(services, make_user(services, org_slug=org, store_ids=(1,)))
    approver = principal(services, make_user(services, role="approver", org_slug=org))
    with services.db.autocommit.connect() as conn:
        conn.execute(
            text(
                "UPDATE bastion.approval_queue SET expires_at = now() - interval '1 second'"
                " WHERE id = :id"
            ),
            {"id": held.id},
        )
    for decide in (
        lambda: service.approve(services, approver, held.id),
        lambda: service.reject(services, approver, held.id, "late"),
    ):
        with pytest.raises(BastionError) as refused:
            decide()
        assert refused.value.code == "approvals.expired"
    assert events_of(services, held.id) == ["requested"]


def test_the_api_process_sweeps_in_the_background(tmp_path: Path, fresh_db: Database) -> None:
    settings = make_settings(tmp_path, fresh_db.url, approval_sweep_seconds=0.1)
    services = Services.from_settings(settings, db=fresh_db)
    org, _admin = org_admin(services)
    held = hold(services, make_user(services, org_slug=org, store_ids=(1,)))
    with services.db.autocommit.connect() as conn:
        conn.execute(
            text("UPDATE bastion.approval_queue SET expires_at = now() WHERE id = :id"),
            {"id": held.id},
        )
    with LiveServer(create_app(services=services)):
        deadline = time.monotonic() + 60  # sweeps every 0.1 s: a ceiling, not a figure
        while events_of(services, held.id) != ["requested", "expired"]:
            assert time.monotonic() < deadline, events_of(services, held.id)
            time.sleep(0.05)
    services.executor.dispose()
