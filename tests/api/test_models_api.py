"""The model registry over real HTTP: CRUD, versions and the changelog, permissions, org
isolation, secrets by reference, settings, usage, and test calls against the fake OpenAI
server."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from bastion.identity import service as identity
from bastion.models import registry
from bastion.models.router import Attempt
from bastion.models.schemas import ModelConfigCreate
from bastion.models.spec import ModelSpec
from bastion.models.usage import check_budget, month_start, record_attempts
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.helpers import bearer, make_user, org_admin, token_for, unique_name


@pytest.fixture
def org(client: httpx.Client, services: Services) -> dict[str, Any]:
    """A fresh org with an admin and a store manager, with their headers."""
    slug, admin = org_admin(services)
    manager = make_user(services, role="store_manager", org_slug=slug)
    with services.db.session() as session:
        org_id = identity.get_org(session, slug).id
        ids = {name: identity.find_user(session, name).id for name in (admin, manager)}
    headers = bearer(token_for(client, admin))
    stored = client.put("/api/secrets/planner-key", headers=headers, json={"value": "sk-org"})
    assert stored.status_code == 200, stored.text
    return {
        "slug": slug,
        "id": org_id,
        "users": {"admin": admin, "manager": manager},
        "ids": ids,
        "admin": headers,
        "manager": bearer(token_for(client, manager)),
    }


def model_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": unique_name("model").replace("_", "-"),
        "provider": "vllm",
        "base_url": "http://127.0.0.1:9/v1",
        "model": "qwen-7b",
        "api_key_ref": "secret:planner-key",
        "tier": "light",
        "purposes": ["plan", "sql"],
        "parameters": {"temperature": 0},
    }
    body.update(overrides)
    return body


def create(client: httpx.Client, headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
    response = client.post("/api/models", headers=headers, json=model_body(**overrides))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    return str(response.json()["error"]["code"])


def changes(client: httpx.Client, headers: dict[str, str]) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = ok(client.get("/api/models/changes", headers=headers))
    return data


# --- registry entries --------------------------------------------------------------------


def test_create_list_get_update_delete_with_versions_and_changelog(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    created = create(client, admin, name="local-qwen", cost_input_per_1k="0.5")
    assert created["version"] == 1
    assert created["api_key_ref"] == "secret:planner-key"
    assert created["base_url"] == "http://127.0.0.1:9/v1"
    assert created["breaker_open"] is False
    model_id = created["id"]

    listed = ok(client.get("/api/models", headers=admin))
    assert [m["name"] for m in listed] == ["local-qwen"]
    assert ok(client.get(f"/api/models/{model_id}", headers=admin))["model"] == "qwen-7b"

    updated = ok(
        client.put(f"/api/models/{model_id}", headers=admin, json={"priority": 5, "tier": "heavy"})
    )
    assert (updated["version"], updated["priority"], updated["tier"]) == (2, 5, "heavy")
    # The same values again (the cost written differently) change nothing.
    same = ok(
        client.put(
            f"/api/models/{model_id}",
            headers=admin,
            json={"priority": 5, "cost_input_per_1k": "0.500", "timeout_seconds": 20},
        )
    )
    assert same["version"] == 2
    cleared = ok(client.put(f"/api/models/{model_id}", headers=admin, json={"api_key_ref": None}))
    assert (cleared["version"], cleared["api_key_ref"]) == (3, None)

    assert client.delete(f"/api/models/{model_id}", headers=admin).status_code == 204
    assert error_code(client.get(f"/api/models/{model_id}", headers=admin), 404) == (
        "models.not_found"
    )
    assert ok(client.get("/api/models", headers=admin)) == []

    log = changes(client, admin)
    assert [(c["change_type"], c["previous_version"], c["new_version"]) for c in log] == [
        ("delete", 3, None),
        ("update", 2, 3),
        ("update", 1, 2),
        ("create", None, 1),
    ]
    assert {c["config_type"] for c in log} == {"model"}
    assert all(c["config_id"] == model_id and c["changed_by_name"] for c in log)
    first_update = log[2]
    assert first_update["previous_data"]["priority"] == 100
    assert first_update["new_data"]["priority"] == 5
    assert (first_update["previous_data"]["tier"], first_update["new_data"]["tier"]) == (
        "light",
        "heavy",
    )
    assert "priority" in first_update["change_summary"]
    assert log[0]["previous_data"]["name"] == "local-qwen" and log[0]["new_data"] is None
    assert log[3]["new_data"]["api_key_ref"] == "secret:planner-key"


def test_duplicate_name_is_409(client: httpx.Client, org: dict[str, Any]) -> None:
    create(client, org["admin"], name="twice")
    again = client.post("/api/models", headers=org["admin"], json=model_body(name="twice"))
    assert error_code(again, 409) == "models.name_taken"
    assert len(ok(client.get("/api/models", headers=org["admin"]))) == 1


def test_a_key_instead_of_a_reference_and_unknown_parameters_are_refused(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    for ref in ("sk-abc123", "env:", "vault:x", "secret:", "secret:no space", "secret:-x"):
        response = client.post("/api/models", headers=admin, json=model_body(api_key_ref=ref))
        assert error_code(response, 422) == "models.secret_ref_invalid", ref
    # The server's own environment and files are never an org admin's to name.
    for ref in ("env:BASTION_TEST_MODEL_KEY", "env:NOT-A-NAME", "file:jwt_secret", "file:/etc/x"):
        response = client.post("/api/models", headers=admin, json=model_body(api_key_ref=ref))
        assert error_code(response, 422) == "models.secret_ref_operator_only", ref
    assert (
        "sk-abc123"
        not in client.post(
            "/api/models", headers=admin, json=model_body(api_key_ref="sk-abc123")
        ).text
    )
    # A key sent in a field of its own is an unknown field, and is not echoed either.
    extra = client.post("/api/models", headers=admin, json=model_body(api_key="sk-abc123"))
    assert error_code(extra, 422) == "request.invalid"
    assert "sk-abc123" not in extra.text

    unknown = client.post(
        "/api/models", headers=admin, json=model_body(parameters={"logit_bias": {"1": 5}})
    )
    assert error_code(unknown, 422) == "request.invalid"
    assert "logit_bias" in unknown.json()["error"]["message"]
    assert error_code(
        client.post("/api/models", headers=admin, json=model_body(tier="huge")), 422
    ) == ("request.invalid")

    model_id = create(client, admin)["id"]
    put = client.put(f"/api/models/{model_id}", headers=admin, json={"api_key_ref": "sk-abc123"})
    assert error_code(put, 422) == "models.secret_ref_invalid"
    put = client.put(f"/api/models/{model_id}", headers=admin, json={"parameters": {"n": 3}})
    assert error_code(put, 422) == "request.invalid"
    assert ok(client.get(f"/api/models/{model_id}", headers=admin))["version"] == 1


def test_only_admins_manage_models(client: httpx.Client, org: dict[str, Any]) -> None:
    model_id = create(client, org["admin"])["id"]
    manager = org["manager"]
    for method, path, body in (
        ("GET", "/api/models", None),
        ("POST", "/api/models", model_body()),
        ("GET", f"/api/models/{model_id}", None),
        ("PUT", f"/api/models/{model_id}", {"priority": 1}),
        ("DELETE", f"/api/models/{model_id}", None),
        ("POST", f"/api/models/{model_id}/test", None),
        ("GET", "/api/models/settings", None),
        ("PUT", "/api/models/settings", {"monthly_token_budget": 1}),
        ("GET", "/api/models/usage", None),
        ("GET", "/api/models/changes", None),
    ):
        response = client.request(method, path, headers=manager, json=body)
        assert error_code(response, 403) == "auth.admin_required", (method, path)
    assert client.get("/api/models").status_code == 401
    assert ok(client.get(f"/api/models/{model_id}", headers=org["admin"]))["version"] == 1


def test_another_orgs_model_is_not_found(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    model_id = create(client, org["admin"], name="mine")["id"]
    _, other_admin = org_admin(services)
    other = bearer(token_for(client, other_admin))
    for method, path, body in (
        ("GET", f"/api/models/{model_id}", None),
        ("PUT", f"/api/models/{model_id}", {"priority": 1}),
        ("DELETE", f"/api/models/{model_id}", None),
        ("POST", f"/api/models/{model_id}/test", None),
    ):
        response = client.request(method, path, headers=other, json=body)
        assert error_code(response, 404) == "models.not_found", (method, path)
    assert ok(client.get("/api/models", headers=other)) == []
    assert changes(client, other) == []
    # Nor can it reference the first org's secrets; it may use the same model name.
    borrowed = client.post("/api/models", headers=other, json=model_body(name="mine"))
    assert error_code(borrowed, 422) == "models.secret_missing"
    assert client.put("/api/secrets/planner-key", headers=other, json={"value": "k"}).is_success
    create(client, other, name="mine")
    assert ok(client.get(f"/api/models/{model_id}", headers=org["admin"]))["version"] == 1


# --- settings ----------------------------------------------------------------------------


def test_settings_get_put_and_changelog(client: httpx.Client, org: dict[str, Any]) -> None:
    admin = org["admin"]
    assert ok(client.get("/api/models/settings", headers=admin)) == {
        "version": 0,
        "mode": None,
        "effective_mode": "plan",
        "monthly_token_budget": None,
        "rows_to_model": "aggregates",
        "max_rows_to_model": 50,
    }
    put = ok(
        client.put(
            "/api/models/settings",
            headers=admin,
            json={"mode": "sql", "monthly_token_budget": 1000, "rows_to_model": "none"},
        )
    )
    assert (put["version"], put["mode"], put["effective_mode"]) == (1, "sql", "sql")
    assert (put["monthly_token_budget"], put["rows_to_model"]) == (1000, "none")
    assert ok(client.get("/api/models/settings", headers=admin)) == put

    cleared = ok(
        client.put(
            "/api/models/settings", headers=admin, json={"clear_mode": True, "clear_budget": True}
        )
    )
    assert (cleared["version"], cleared["mode"], cleared["effective_mode"]) == (2, None, "plan")
    assert cleared["monthly_token_budget"] is None
    unchanged = ok(
        client.put("/api/models/settings", headers=admin, json={"rows_to_model": "none"})
    )
    assert unchanged["version"] == 2

    bad = client.put("/api/models/settings", headers=admin, json={"max_rows_to_model": 0})
    assert error_code(bad, 422) == "request.invalid"
    bad = client.put("/api/models/settings", headers=admin, json={"mode": "chat"})
    assert error_code(bad, 422) == "request.invalid"

    log = changes(client, admin)
    assert [(c["config_type"], c["previous_version"], c["new_version"]) for c in log] == [
        ("model_settings", 1, 2),
        ("model_settings", 0, 1),
    ]
    assert log[1]["previous_data"]["monthly_token_budget"] is None
    assert log[1]["new_data"]["monthly_token_budget"] == 1000
    assert (log[0]["previous_data"]["mode"], log[0]["new_data"]["mode"]) == ("sql", None)


def test_changes_list_models_and_settings_newest_first_in_pages(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    create(client, admin, name="a")
    ok(client.put("/api/models/settings", headers=admin, json={"monthly_token_budget": 5}))
    create(client, admin, name="b")
    log = changes(client, admin)
    assert [(c["config_type"], c["config_name"]) for c in log] == [
        ("model", "b"),
        ("model_settings", "model settings"),
        ("model", "a"),
    ]
    page = ok(client.get("/api/models/changes", headers=admin, params={"limit": 2}))
    assert [c["id"] for c in page] == [c["id"] for c in log[:2]]
    rest = ok(
        client.get("/api/models/changes", headers=admin, params={"before_id": page[-1]["id"]})
    )
    assert [c["id"] for c in rest] == [log[2]["id"]]


# --- usage -------------------------------------------------------------------------------


def attempt(seq: int, spec: ModelSpec, outcome: str, tokens: tuple[int, int], cost: str) -> Attempt:
    return Attempt(
        seq=seq,
        purpose="plan",
        spec=spec,
        outcome=outcome,
        status_code=429 if outcome == "rate_limited" else None,
        tokens_in=tokens[0],
        tokens_out=tokens[1],
        cost=Decimal(cost),
        latency_ms=12.5,
    )


def test_usage_per_org_user_and_model_with_budget(
    client: httpx.Client, services: Services, org: dict[str, Any]
) -> None:
    admin, ids = org["admin"], org["ids"]
    light = create(client, admin, name="light-one", model="small")
    heavy_spec = ModelSpec(name="heavy-one", base_url="http://127.0.0.1:9/v1", model="big")
    light_spec = ModelSpec(
        name="light-one", base_url=light["base_url"], model="small", config_id=light["id"]
    )
    admin_id, manager_id = ids[org["users"]["admin"]], ids[org["users"]["manager"]]
    with services.db.autocommit.connect() as conn:
        record_attempts(
            conn,
            org["id"],
            manager_id,
            [
                attempt(1, light_spec, "rate_limited", (0, 0), "0"),
                attempt(2, heavy_spec, "ok", (100, 20), "0.25"),
            ],
        )
        record_attempts(
            conn,
            org["id"],
            admin_id,
            [
                attempt(1, light_spec, "breaker_open", (0, 0), "0"),
                attempt(2, light_spec, "ok", (40, 10), "0.01"),
            ],
        )
        record_attempts(conn, org["id"], None, [attempt(1, heavy_spec, "ok", (5, 5), "0.001")])
        assert check_budget(conn, org["id"], 1000, 0).used == 180
    ok(client.put("/api/models/settings", headers=admin, json={"monthly_token_budget": 1000}))

    report = ok(client.get("/api/models/usage", headers=admin))
    this_month = month_start()
    assert report["month"] == f"{this_month:%Y-%m}"
    assert report["org"] == {
        "tokens_in": 145,
        "tokens_out": 35,
        "cost": "0.261000",
        "calls": 4,
        "failed_calls": 1,
    }
    assert (report["monthly_token_budget"], report["budget_left"]) == (1000, 820)
    users = {u["username"]: u for u in report["users"]}
    assert set(users) == {org["users"]["admin"], org["users"]["manager"], None}
    manager = users[org["users"]["manager"]]
    assert (manager["user_id"], manager["tokens_in"], manager["tokens_out"]) == (
        manager_id,
        100,
        20,
    )
    assert (manager["calls"], manager["failed_calls"], Decimal(manager["cost"])) == (
        2,
        1,
        Decimal("0.25"),
    )
    mine = users[org["users"]["admin"]]
    assert (mine["tokens_in"], mine["calls"], mine["failed_calls"]) == (40, 1, 0)
    models = {m["model_name"]: m for m in report["models"]}
    assert (models["heavy-one"]["tokens_in"], models["heavy-one"]["calls"]) == (105, 2)
    assert (models["light-one"]["tokens_in"], models["light-one"]["calls"]) == (40, 2)
    assert models["light-one"]["failed_calls"] == 1

    # A user who is not an admin sees their own totals only.
    me = ok(client.get("/api/models/usage/me", headers=org["manager"]))
    assert me == {**manager, "username": org["users"]["manager"]}
    assert ok(client.get("/api/models/usage/me", headers=admin))["tokens_in"] == 40

    empty = ok(client.get("/api/models/usage", headers=admin, params={"month": "2001-02"}))
    assert (empty["month"], empty["org"]["calls"], empty["users"]) == ("2001-02", 0, [])
    assert empty["budget_left"] == 1000
    for month in ("2024-13", "nope", "2024-1", "2024-01-01"):
        bad = client.get("/api/models/usage", headers=admin, params={"month": month})
        assert error_code(bad, 422) == "request.invalid", month
        bad = client.get("/api/models/usage/me", headers=admin, params={"month": month})
        assert error_code(bad, 422) == "request.invalid", month


# --- test calls --------------------------------------------------------------------------


def test_test_call_ok_rate_limited_key_sent_never_shown_and_missing_key(
    client: httpx.Client,
    org: dict[str, Any],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = org["admin"]
    secret = "sk-test-" + unique_name("secret")
    ok(client.put("/api/secrets/router-key", headers=admin, json={"value": secret}))
    missing = "BASTION_TEST_KEY_" + unique_name("v").upper() + "_MISSING"
    monkeypatch.delenv(missing, raising=False)
    script = {"models": {"good": {"content": "OK"}, "limited": {"status": 429}}}
    bodies: list[str] = []
    with FakeOpenAI(script) as fake:
        good = create(
            client,
            admin,
            name="good",
            model="good",
            base_url=fake.base_url,
            api_key_ref="secret:router-key",
        )
        limited = create(
            client,
            admin,
            name="limited",
            model="limited",
            base_url=fake.base_url,
            api_key_ref="secret:router-key",
        )
        # The operator's env: reference to a variable that is not set (org admins cannot
        # make one: their references name the org's secrets, which must exist).
        with services.db.session() as session:
            unset = registry.public(
                registry.create_model(
                    session,
                    org["id"],
                    ModelConfigCreate(
                        name="unset",
                        base_url=fake.base_url,
                        model="good",
                        api_key_ref=f"env:{missing}",
                        purposes=["plan", "sql"],
                    ),
                    None,
                    services.settings,
                )
            ).model_dump()

        response = client.post(f"/api/models/{good['id']}/test", headers=admin)
        bodies.append(response.text)
        result = ok(response)
        assert (result["ok"], result["outcome"], result["reply"]) == (True, "ok", "OK")
        assert result["status_code"] is None and result["latency_ms"] > 0
        assert result["tokens_in"] > 0 and result["tokens_out"] > 0
        assert result["model_config_id"] == good["id"] and result["name"] == "good"
        assert len(fake.requests) == 1
        assert fake.requests[0]["model"] == "good"
        assert fake.requests[0]["headers"]["authorization"] == f"Bearer {secret}"
        assert fake.requests[0]["body"]["temperature"] == 0  # the entry's parameters are sent

        response = client.post(f"/api/models/{limited['id']}/test", headers=admin)
        bodies.append(response.text)
        result = ok(response)
        assert (result["ok"], result["outcome"], result["status_code"]) == (
            False,
            "rate_limited",
            429,
        )
        assert result["reply"] is None

        response = client.post(f"/api/models/{unset['id']}/test", headers=admin)
        bodies.append(response.text)
        result = ok(response)
        assert (result["ok"], result["outcome"], result["status_code"]) == (
            False,
            "config_error",
            None,
        )
        assert missing in result["detail"]
        assert len(fake.requests) == 2  # no call without a key

        # Failures in a row open the entry's breaker (3 in the test settings), which the
        # list shows; the other entries at the same endpoint are not affected.
        assert not ok(client.get(f"/api/models/{limited['id']}", headers=admin))["breaker_open"]
        for _ in range(2):
            ok(client.post(f"/api/models/{limited['id']}/test", headers=admin))
        listed = {
            m["name"]: m["breaker_open"] for m in ok(client.get("/api/models", headers=admin))
        }
        assert listed == {"good": False, "limited": True, "unset": False}

        bodies += [
            client.get(path, headers=admin).text
            for path in (
                "/api/models",
                f"/api/models/{good['id']}",
                "/api/models/changes",
                "/api/models/usage",
            )
        ]
    assert all(secret not in body for body in bodies)
    assert any("secret:router-key" in body for body in bodies)

    report = ok(client.get("/api/models/usage", headers=admin))
    # The call without a key made no request: not a call, not a failed one.
    assert (report["org"]["calls"], report["org"]["failed_calls"]) == (4, 3)
    assert [u["user_id"] for u in report["users"]] == [org["ids"][org["users"]["admin"]]]
    assert {m["model_name"]: m["calls"] for m in report["models"]} == {
        "good": 1,
        "limited": 3,
        "unset": 0,
    }
