"""Policies over real HTTP: the default policy, versions and the changelog, validation
naming the field, permissions, org isolation, the cache counter, and the decision log."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy import text

from bastion.config.changelog import read_counter
from bastion.db.models import ApprovalRequest, PolicyDecision, QueryAuditLog
from bastion.identity import service as identity
from bastion.policy.defaults import DEFAULT_RULES
from bastion.policy.rules import PolicyRules
from bastion.services import Services
from tests.helpers import bearer, make_user, org_admin, token_for

STRICT_RULES: dict[str, Any] = {
    "topics": [{"id": "no-pay", "keywords": [" Salary ", "payroll"]}],
    "columns": [
        {
            "id": "rental-customer",
            "relation": "v_rental_scoped",
            "column": "customer_id",
            "roles": {"admin": "clear"},
            "default": "hidden",
        }
    ],
    "data_classes": {"relations": {"film": "I"}, "approval_required": ["IV"]},
}


@pytest.fixture
def org(client: httpx.Client, services: Services) -> dict[str, Any]:
    """A fresh org (which comes with the default policy), an admin and a store manager."""
    slug, admin = org_admin(services)
    manager = make_user(services, role="store_manager", org_slug=slug)
    with services.db.session() as session:
        org_id = identity.get_org(session, slug).id
        ids = {name: identity.find_user(session, name).id for name in (admin, manager)}
    return {
        "slug": slug,
        "id": org_id,
        "users": {"admin": admin, "manager": manager},
        "ids": ids,
        "admin": bearer(token_for(client, admin)),
        "manager": bearer(token_for(client, manager)),
    }


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    return body


def create(
    client: httpx.Client, headers: dict[str, str], name: str = "strict", **extra: Any
) -> dict[str, Any]:
    body = {"name": name, "rules": STRICT_RULES, **extra}
    data: dict[str, Any] = ok(client.post("/api/policies", headers=headers, json=body), 201)
    return data


def counter(services: Services) -> int:
    with services.db.autocommit.connect() as conn:
        return read_counter(conn, "policies")


# --- the policies ------------------------------------------------------------------------


def test_a_new_org_has_the_default_policy(client: httpx.Client, org: dict[str, Any]) -> None:
    listed = ok(client.get("/api/policies", headers=org["admin"]))
    assert [(p["name"], p["version"], p["is_active"]) for p in listed] == [("default", 1, True)]
    default = listed[0]
    assert PolicyRules.model_validate(default["rules"]) == PolicyRules.model_validate(DEFAULT_RULES)
    assert default["updated_by"] is None
    assert ok(client.get(f"/api/policies/{default['id']}", headers=org["admin"])) == default
    created = ok(client.get("/api/policies/changes", headers=org["admin"]))
    assert [(c["change_type"], c["config_name"], c["new_version"]) for c in created] == [
        ("create", "default", 1)
    ]


def test_create_update_versions_and_changelog(client: httpx.Client, org: dict[str, Any]) -> None:
    admin, username = org["admin"], org["users"]["admin"]
    created = create(client, admin, description="for the board")
    policy_id = created["id"]
    assert (created["version"], created["is_active"], created["updated_by"]) == (1, True, username)
    # Stored as validated: keywords cleaned, every default written out.
    assert created["rules"]["topics"][0]["keywords"] == ["salary", "payroll"]
    assert created["rules"]["topics"][0]["action"] == "refuse"
    assert created["rules"]["data_classes"]["default"] == "II"
    assert created["rules"]["approval"]["expiry_minutes"] == 60
    assert PolicyRules.model_validate(created["rules"]) == PolicyRules.model_validate(STRICT_RULES)
    names = [p["name"] for p in ok(client.get("/api/policies", headers=admin))]
    assert names == ["default", "strict"]

    def put(body: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = ok(
            client.put(f"/api/policies/{policy_id}", headers=admin, json=body)
        )
        return data

    assert put({"description": "for the board"})["version"] == 1  # no change
    # The same rules in other words (case, spaces, defaults spelt out) are no change either.
    reworded = copy.deepcopy(STRICT_RULES)
    reworded["topics"][0]["keywords"] = ["SALARY", "Payroll"]
    reworded["approval"] = {"risk_threshold": 60}
    assert put({"rules": reworded, "is_active": True})["version"] == 1

    stricter = copy.deepcopy(STRICT_RULES)
    stricter["topics"].append({"id": "no-hr", "keywords": ["hr"], "action": "require_approval"})
    stricter["data_classes"]["relations"]["film"] = "II"
    v2 = put({"rules": stricter})
    assert v2["version"] == 2 and [t["id"] for t in v2["rules"]["topics"]] == ["no-pay", "no-hr"]
    assert v2["description"] == "for the board"  # fields left out stay
    v3 = put({"is_active": False, "description": None})
    assert (v3["version"], v3["is_active"], v3["description"]) == (3, False, None)
    assert v3["rules"] == v2["rules"]
    assert ok(client.get(f"/api/policies/{policy_id}", headers=admin)) == v3
    assert datetime.fromisoformat(v3["updated_at"]) >= datetime.fromisoformat(created["updated_at"])

    assert client.delete(f"/api/policies/{policy_id}", headers=admin).status_code == 204
    assert error(client.get(f"/api/policies/{policy_id}", headers=admin), 404)["code"] == (
        "policies.not_found"
    )

    log = ok(client.get(f"/api/policies/changes?policy_id={policy_id}", headers=admin))
    assert [(c["change_type"], c["previous_version"], c["new_version"]) for c in log] == [
        ("delete", 3, None),
        ("update", 2, 3),
        ("update", 1, 2),
        ("create", None, 1),
    ]
    assert {c["config_type"] for c in log} == {"policy"}
    assert all(c["changed_by_name"] == username for c in log)
    rules_change = log[2]
    assert "rules (data_classes, topics)" in rules_change["change_summary"]
    assert rules_change["previous_data"]["rules"] == created["rules"]
    assert rules_change["new_data"]["rules"] == v2["rules"]
    assert rules_change["new_data"]["version"] == 2
    assert "description" in log[1]["change_summary"] and "is_active" in log[1]["change_summary"]
    assert (log[1]["previous_data"]["is_active"], log[1]["new_data"]["is_active"]) == (True, False)
    assert log[0]["previous_data"]["name"] == "strict" and log[0]["new_data"] is None
    # Paging through the whole log of the org (the default's creation is the oldest).
    page = ok(client.get("/api/policies/changes?limit=2", headers=admin))
    older = ok(client.get(f"/api/policies/changes?before_id={page[-1]['id']}", headers=admin))
    assert [c["id"] for c in page + older] == [c["id"] for c in log] + [older[-1]["id"]]
    assert older[-1]["config_name"] == "default"


INVALID = [
    # (rules, the field named, a fragment of its message)
    ({"topicz": []}, "rules.topicz", "extra inputs"),
    ({"data_classes": {"relations": {"film": "V"}}}, "rules.data_classes.relations.film", "'iv'"),
    ({"data_classes": {"default": "V"}}, "rules.data_classes.default", "'i'"),
    ({"pii_scan": {"entities": ["SHOE_SIZE"]}}, "rules.pii_scan.entities", "shoe_size"),
    ({"pii_requests": [{"id": "x", "entities": ["PASSPORT"]}]}, "rules.pii_requests.0.entities",
     "passport"),
    ({"topics": [{"id": "x", "keywords": ["a"], "colour": "red"}]}, "rules.topics.0.colour",
     "extra"),
    ({"topics": [{"id": "Bad Id", "keywords": ["a"]}]}, "rules.topics.0.id", "pattern"),
    ({"columns": [{"id": "c", "relation": "r", "column": "c", "default": "blurred"}]},
     "rules.columns.0.default", "'hidden'"),
    ({"approval": {"expiry_minutes": 10, "escalate_after_minutes": 20}}, "rules.approval",
     "escalate_after_minutes"),
    ({"topics": [{"id": "twice", "keywords": ["a"]}, {"id": "twice", "keywords": ["b"]}]},
     "rules", "twice"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "field", "fragment"), INVALID)
def test_invalid_rules_are_refused_naming_the_field(
    client: httpx.Client, org: dict[str, Any], rules: dict[str, Any], field: str, fragment: str
) -> None:
    admin = org["admin"]
    body = error(
        client.post("/api/policies", headers=admin, json={"name": "bad", "rules": rules}), 422
    )
    assert body["code"] == "policies.invalid"
    assert field in body["message"] and fragment in body["message"].lower()
    assert any(
        p["field"] == field and fragment in p["message"].lower() and set(p) == {"field", "message"}
        for p in body["details"]
    ), body["details"]
    # A change to invalid rules is refused too, and changes nothing.
    default = ok(client.get("/api/policies", headers=admin))[0]
    put = client.put(f"/api/policies/{default['id']}", headers=admin, json={"rules": rules})
    assert error(put, 422)["code"] == "policies.invalid"
    assert ok(client.get("/api/policies", headers=admin)) == [default]


def test_every_problem_is_listed(client: httpx.Client, org: dict[str, Any]) -> None:
    rules = {"nope": 1, "data_classes": {"default": "V"}, "pii_scan": {"threshold": 2}}
    body = error(
        client.post("/api/policies", headers=org["admin"], json={"name": "bad", "rules": rules}),
        422,
    )
    assert sorted(p["field"] for p in body["details"]) == [
        "rules.data_classes.default",
        "rules.nope",
        "rules.pii_scan.threshold",
    ]


def test_names_are_unique_per_org_and_well_formed(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    create(client, admin, name="twice")
    again = client.post("/api/policies", headers=admin, json={"name": "twice", "rules": {}})
    assert error(again, 409)["code"] == "policies.name_taken"
    for name in ("Upper", "12", "", "with space"):
        response = client.post("/api/policies", headers=admin, json={"name": name, "rules": {}})
        assert error(response, 422)["code"] == "request.invalid", name
    # Another org may use the same name.
    _, other_admin = org_admin(services)
    create(client, bearer(token_for(client, other_admin)), name="twice")
    assert [p["name"] for p in ok(client.get("/api/policies", headers=admin))] == [
        "default",
        "twice",
    ]


def test_only_admins_manage_policies(client: httpx.Client, org: dict[str, Any]) -> None:
    policy_id = ok(client.get("/api/policies", headers=org["admin"]))[0]["id"]
    for method, path, body in (
        ("GET", "/api/policies", None),
        ("POST", "/api/policies", {"name": "mine", "rules": {}}),
        ("GET", f"/api/policies/{policy_id}", None),
        ("PUT", f"/api/policies/{policy_id}", {"is_active": False}),
        ("DELETE", f"/api/policies/{policy_id}", None),
        ("GET", "/api/policies/changes", None),
        ("GET", "/api/policy-decisions", None),
    ):
        response = client.request(method, path, headers=org["manager"], json=body)
        assert error(response, 403)["code"] == "auth.admin_required", (method, path)
        assert client.request(method, path, json=body).status_code == 401
    assert ok(client.get(f"/api/policies/{policy_id}", headers=org["admin"]))["version"] == 1


def test_another_orgs_policy_is_not_found(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    policy_id = create(client, org["admin"])["id"]
    _, other_admin = org_admin(services)
    other = bearer(token_for(client, other_admin))
    for method, path, body in (
        ("GET", f"/api/policies/{policy_id}", None),
        ("PUT", f"/api/policies/{policy_id}", {"is_active": False}),
        ("DELETE", f"/api/policies/{policy_id}", None),
        ("GET", "/api/policies/999999999", None),
    ):
        response = client.request(method, path, headers=other, json=body)
        assert error(response, 404)["code"] == "policies.not_found", (method, path)
    assert all(p["id"] != policy_id for p in ok(client.get("/api/policies", headers=other)))
    assert ok(client.get(f"/api/policies/changes?policy_id={policy_id}", headers=other)) == []
    assert ok(client.get(f"/api/policies/{policy_id}", headers=org["admin"]))["version"] == 1


def test_every_change_bumps_the_policies_counter_and_nothing_else_does(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    start = counter(services)
    # Read at once after each response: the change is committed before it is answered.
    policy_id = create(client, admin)["id"]
    assert counter(services) == start + 1
    ok(client.put(f"/api/policies/{policy_id}", headers=admin, json={"rules": STRICT_RULES}))
    ok(client.get("/api/policies", headers=admin))
    assert counter(services) == start + 1  # no real change, nothing for caches to reload
    ok(client.put(f"/api/policies/{policy_id}", headers=admin, json={"is_active": False}))
    assert counter(services) == start + 2
    bad = client.put(f"/api/policies/{policy_id}", headers=admin, json={"rules": {"x": 1}})
    assert bad.status_code == 422 and counter(services) == start + 2
    assert client.delete(f"/api/policies/{policy_id}", headers=admin).status_code == 204
    assert counter(services) == start + 3


# --- decisions ---------------------------------------------------------------------------


def _audit_log(services: Services, org_id: int, user_id: int) -> int:
    with services.db.session() as session:
        log = QueryAuditLog(
            org_id=org_id,
            user_id=user_id,
            role="store_manager",
            store_ids=[1],
            is_all_stores=False,
            question="customer emails please",
            status="refused",
            timings={},
            total_ms=1.0,
        )
        session.add(log)
        session.flush()
        return log.id


def _approval(services: Services, org_id: int, user_id: int, log_id: int) -> int:
    with services.db.session() as session:
        approval = ApprovalRequest(
            org_id=org_id,
            requester_id=user_id,
            log_id=log_id,
            question="export all rentals",
            sql="SELECT 1",
            role="store_manager",
            store_ids=[1],
            is_all_stores=False,
            risk={"score": 70},
            reasons=[],
            expires_at=datetime.now().astimezone() + timedelta(hours=1),
        )
        session.add(approval)
        session.flush()
        return approval.id


def test_decisions_newest_first_with_filters(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    manager_id, admin_id = org["ids"][org["users"]["manager"]], org["ids"][org["users"]["admin"]]
    policy = ok(client.get("/api/policies", headers=admin))[0]
    log_id = _audit_log(services, org["id"], manager_id)
    approval_id = _approval(services, org["id"], manager_id, log_id)
    rows = [
        # (user, stage, action, rule, log, approval)
        (manager_id, "request", "refuse", "pii_requests.contact-data", log_id, None),
        (manager_id, "result", "mask", "columns.customer-ref-rentals", None, None),
        (admin_id, "result", "allow", "none", None, None),
        (manager_id, "sql", "require_approval", "topics.bulk-export", log_id, approval_id),
        (None, "result", "redact", "pii_scan", None, None),
    ]
    with services.db.session() as session:
        for user_id, stage, action, rule, log, approval in rows:
            session.add(
                PolicyDecision(
                    org_id=org["id"],
                    log_id=log,
                    approval_id=approval,
                    user_id=user_id,
                    stage=stage,
                    action=action,
                    policy_id=policy["id"],
                    policy_name=policy["name"],
                    policy_version=policy["version"],
                    rule=rule,
                    detail={"entities": {"EMAIL_ADDRESS": 1}} if action == "redact" else {},
                )
            )
            session.flush()  # ids in insertion order

    # Another org's decisions stay there.
    other_slug, other_admin = org_admin(services)
    with services.db.session() as session:
        other_id = identity.get_org(session, other_slug).id
        session.execute(
            text(
                "INSERT INTO bastion.policy_decisions (org_id, stage, action, policy_name,"
                " policy_version, rule) VALUES (:org, 'request', 'refuse', 'default', 1, 'x')"
            ),
            {"org": other_id},
        )

    def decisions(query: str = "") -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = ok(client.get(f"/api/policy-decisions{query}", headers=admin))
        return data

    every = decisions()
    assert [d["action"] for d in every] == [
        "redact",
        "require_approval",
        "allow",
        "mask",
        "refuse",
    ]
    first = every[-1]
    assert first["username"] == org["users"]["manager"] and first["user_id"] == manager_id
    assert (first["policy_id"], first["policy_name"], first["policy_version"]) == (
        policy["id"],
        "default",
        1,
    )
    assert (first["stage"], first["rule"], first["log_id"]) == (
        "request",
        "pii_requests.contact-data",
        log_id,
    )
    assert every[0]["username"] is None and every[0]["detail"] == {"entities": {"EMAIL_ADDRESS": 1}}

    manager = org["users"]["manager"]
    assert [d["rule"] for d in decisions(f"?user={manager}")] == [
        "topics.bulk-export",
        "columns.customer-ref-rentals",
        "pii_requests.contact-data",
    ]
    assert [d["rule"] for d in decisions(f"?user={manager}&stage=request&action=refuse")] == [
        "pii_requests.contact-data"
    ]
    assert [d["rule"] for d in decisions("?stage=result")] == [
        "pii_scan",
        "none",
        "columns.customer-ref-rentals",
    ]
    assert [d["rule"] for d in decisions(f"?log_id={log_id}")] == [
        "topics.bulk-export",
        "pii_requests.contact-data",
    ]
    assert [d["approval_id"] for d in decisions(f"?approval_id={approval_id}")] == [approval_id]
    assert decisions("?user=nobody") == []
    page = decisions("?limit=2")
    assert [d["id"] for d in page] == [d["id"] for d in every[:2]]
    assert [d["id"] for d in decisions(f"?before_id={page[-1]['id']}")] == [
        d["id"] for d in every[2:]
    ]
    bad = client.get("/api/policy-decisions?action=shrug", headers=admin)
    assert error(bad, 422)["code"] == "request.invalid"
    assert error(client.get("/api/policy-decisions?limit=0", headers=admin), 422)["code"] == (
        "request.invalid"
    )

    other = ok(client.get("/api/policy-decisions", headers=bearer(token_for(client, other_admin))))
    assert [d["rule"] for d in other] == ["x"]

    # A removed policy's decisions keep its name and version (another one stays active).
    create(client, admin)
    assert client.delete(f"/api/policies/{policy['id']}", headers=admin).status_code == 204
    kept = decisions()[-1]
    assert (kept["policy_id"], kept["policy_name"], kept["policy_version"]) == (None, "default", 1)


# --- the documentation -------------------------------------------------------------------


def test_docs_show_the_default_policy_and_every_field_of_the_document() -> None:
    text_ = (Path(__file__).parents[2] / "docs" / "policies.md").read_text()
    example = text_.split("### The default policy", 1)[1].split("```yaml\n", 1)[1]
    assert yaml.safe_load(example.split("```", 1)[0]) == DEFAULT_RULES
    for section, field in PolicyRules.model_fields.items():
        assert f"### `{section}`" in text_, section
        model = field.annotation
        inner = getattr(model, "__args__", (model,))[0]  # tuple[X, ...], X | None
        for name in getattr(inner, "model_fields", {}):
            assert f"| `{name}` |" in text_, f"{section}.{name}"


def _default_id(client: httpx.Client, org: dict[str, Any]) -> int:
    listed = ok(client.get("/api/policies", headers=org["admin"]))
    return int(next(p["id"] for p in listed if p["name"] == "default"))


def test_rules_naming_what_does_not_exist_are_refused(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    rules = copy.deepcopy(DEFAULT_RULES)
    rules["columns"][0]["roles"]["marketeer"] = "clear"
    rules["columns"][1]["column"] = "first_nme_masked"
    rules["data_classes"]["relations"]["payments"] = "III"
    rules["topics"][0]["roles"] = ["intern"]
    body = error(
        client.put(
            f"/api/policies/{_default_id(client, org)}", headers=org["admin"], json={"rules": rules}
        ),
        422,
    )
    assert body["code"] == "policies.invalid"
    messages = {(d["field"], d["message"]) for d in body["details"]}
    assert messages == {
        ("rules.topics.0.roles", "unknown role 'intern'"),
        ("rules.columns.0.roles", "unknown role 'marketeer'"),
        ("rules.columns.1", "v_customer_masked has no column 'first_nme_masked'"),
        ("rules.data_classes.relations.payments", "unknown relation 'payments'"),
    }


def test_the_last_active_policy_cannot_be_switched_off_or_removed(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    default = _default_id(client, org)
    for response in (
        client.put(f"/api/policies/{default}", headers=org["admin"], json={"is_active": False}),
        client.delete(f"/api/policies/{default}", headers=org["admin"]),
    ):
        assert error(response, 409)["code"] == "policies.last_active"
    create(client, org["admin"])  # a second active policy: now the default may go
    ok(client.put(f"/api/policies/{default}", headers=org["admin"], json={"is_active": False}))


def test_an_org_without_any_policy_gets_the_built_in_default(
    client: httpx.Client, org: dict[str, Any], services: Services
) -> None:
    with services.db.session() as session:  # e.g. removed by hand in the database
        session.execute(text("DELETE FROM bastion.policies WHERE org_id = :o"), {"o": org["id"]})
        session.execute(
            text("UPDATE bastion.config_counters SET value = value + 1 WHERE name = 'policies'")
        )
    response = client.post(
        "/api/ask", headers=org["manager"], json={"question": "delete all rentals"}
    )
    body = ok(response)
    assert body["status"] == "refused" and body["error"]["code"] == "policy.blocked_topic"
    assert body["error"]["details"]["policy"] == "built-in default"


def test_the_default_policy_names_only_what_exists() -> None:
    from bastion.catalog import load_catalog
    from bastion.policy.rules import name_problems

    assert name_problems(PolicyRules.model_validate(DEFAULT_RULES), load_catalog()) == []
