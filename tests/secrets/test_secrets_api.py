"""Org secrets over real HTTP, and the attack that made them: an admin of another org
registering a model whose key reference names the server's own secrets, at a listener of
their own, and pressing "test". Every form of it is refused when saved, and a reference
saved before the fix is not read when called: the listener never hears from Bastion."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from bastion.identity import service as identity
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.api.test_models_api import error_code, model_body, ok
from tests.helpers import bearer, make_user, org_admin, token_for

PLANTED = "PLANTED-server-secret-0123456789"


@pytest.fixture
def attacker(client: httpx.Client, services: Services) -> dict[str, Any]:
    """The admin of a second org, with one secret of their own."""
    slug, admin = org_admin(services)
    with services.db.session() as session:
        org_id = identity.get_org(session, slug).id
    headers = bearer(token_for(client, admin))
    ok(client.put("/api/secrets/mine", headers=headers, json={"value": "sk-attacker-own"}))
    return {"id": org_id, "headers": headers}


def insert_model(services: Services, org_id: int, name: str, base_url: str, ref: str) -> int:
    """A registry row as one saved before the fix could be."""
    with services.db.session() as session:
        return int(
            session.execute(
                text(
                    "INSERT INTO bastion.model_configs (org_id, name, provider, base_url, model,"
                    " api_key_ref, purposes) VALUES (:org, :name, 'other', :url, 'm', :ref,"
                    " ARRAY['plan'])  RETURNING id"
                ),
                {"org": org_id, "name": name, "url": base_url, "ref": ref},
            ).scalar_one()
        )


def test_an_org_admin_cannot_send_the_servers_secrets_to_a_listener(
    client: httpx.Client,
    services: Services,
    attacker: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = Path(services.settings.home)
    (home / "secrets").mkdir(parents=True, exist_ok=True)
    (home / "secrets" / "planted").write_text(PLANTED)
    monkeypatch.setenv("BASTION_LLM_API_KEY", PLANTED)
    monkeypatch.setenv("BASTION_TEST_PLANTED", PLANTED)  # within the operator's prefix
    headers = attacker["headers"]
    refs = (
        "file:planted",
        "file:jwt_secret",
        "file:secrets_key",
        f"file:{home}/secrets/planted",
        "env:BASTION_LLM_API_KEY",
        "env:BASTION_JWT_SECRET",
        "env:BASTION_TEST_PLANTED",
    )
    bodies: list[str] = []
    with (
        FakeOpenAI({"default": {"content": "OK"}}) as listener,
        FakeOpenAI({"default": {"content": "OK"}}, host="127.0.0.2") as outside,
    ):
        for ref in refs:
            response = client.post(
                "/api/models",
                headers=headers,
                json=model_body(base_url=listener.base_url, api_key_ref=ref),
            )
            bodies.append(response.text)
            assert error_code(response, 422) == "models.secret_ref_operator_only", ref
        # The org's own key, but at a host the operator did not allow: refused as well.
        response = client.post(
            "/api/models",
            headers=headers,
            json=model_body(base_url=outside.base_url, api_key_ref="secret:mine"),
        )
        assert error_code(response, 422) == "models.host_not_allowed"
        assert response.json()["error"]["details"] == {"host": "127.0.0.2"}
        mine = ok_created(client, headers, base_url=listener.base_url, api_key_ref="secret:mine")
        moved = client.put(
            f"/api/models/{mine['id']}", headers=headers, json={"base_url": outside.base_url}
        )
        assert error_code(moved, 422) == "models.host_not_allowed"

        # Rows saved before the fix: the test call reads no key and sends nothing.
        # (The operator's own prefix is the operator's choice: such a row is read.)
        stale = [
            insert_model(services, attacker["id"], f"stale-{i}", listener.base_url, ref)
            for i, ref in enumerate(refs)
            if ref != "env:BASTION_TEST_PLANTED"
        ]
        stale.append(
            insert_model(services, attacker["id"], "outside", outside.base_url, "secret:mine")
        )
        for model_id in stale:
            response = client.post(f"/api/models/{model_id}/test", headers=headers)
            bodies.append(response.text)
            result = ok(response)
            assert (result["ok"], result["outcome"]) == (False, "config_error"), result
        assert listener.requests == [] and outside.requests == []

        # The attacker's own key at an allowed host works, and is all that is sent.
        assert ok(client.post(f"/api/models/{mine['id']}/test", headers=headers))["ok"]
        sent = [r["headers"]["authorization"] for r in listener.requests]
        assert sent == ["Bearer sk-attacker-own"]
    assert not any(PLANTED in body for body in bodies)


def ok_created(client: httpx.Client, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = client.post("/api/models", headers=headers, json=model_body(**body))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_secrets_are_stored_sealed_replaced_listed_and_never_shown(
    client: httpx.Client, services: Services
) -> None:
    slug, admin_name = org_admin(services)
    admin = bearer(token_for(client, admin_name))
    manager = bearer(token_for(client, make_user(services, role="store_manager", org_slug=slug)))
    first, second = "sk-first-0123456789", "sk-second-9876543210"
    seen: list[str] = []

    def put(name: str, value: str, headers: dict[str, str] = admin) -> httpx.Response:
        response = client.put(f"/api/secrets/{name}", headers=headers, json={"value": value})
        seen.append(response.text)
        return response

    stored = ok(put("router-key", first + "\n"))
    assert (stored["name"], stored["version"], stored["used_by"]) == ("router-key", 1, [])
    assert stored["updated_by"] == admin_name and "value" not in stored
    assert error_code(put("other", "x", manager), 403) == "auth.admin_required"
    assert error_code(client.get("/api/secrets", headers=manager), 403) == "auth.admin_required"
    for name, value, code in (
        ("1bad", "x", "secrets.name_invalid"),
        ("bad name", "x", "secrets.name_invalid"),
        ("ok", "two\nlines", "secrets.value_invalid"),
        ("ok", "   ", "secrets.value_invalid"),
        ("ok", "", "request.invalid"),
        ("ok", "x" * 8193, "request.invalid"),
    ):
        assert error_code(put(name, value), 422) == code, (name, value[:10])
    extra = client.put("/api/secrets/ok", headers=admin, json={"value": "x", "shown": True})
    assert error_code(extra, 422) == "request.invalid"

    with FakeOpenAI({"default": {"content": "OK"}}) as fake:
        model = ok_created(client, admin, base_url=fake.base_url, api_key_ref="secret:router-key")
        ok(client.post(f"/api/models/{model['id']}/test", headers=admin))
        replaced = ok(put("router-key", second))
        assert (replaced["version"], replaced["used_by"]) == (2, [model["name"]])
        ok(client.post(f"/api/models/{model['id']}/test", headers=admin))  # no restart
        keys = [r["headers"]["authorization"] for r in fake.requests]
        assert keys == [f"Bearer {first}", f"Bearer {second}"]

    listed = ok(client.get("/api/secrets", headers=admin))
    assert [(s["name"], s["version"], s["used_by"]) for s in listed] == [
        ("router-key", 2, [model["name"]])
    ]
    in_use = client.delete("/api/secrets/router-key", headers=admin)
    assert error_code(in_use, 409) == "secrets.in_use"
    assert in_use.json()["error"]["details"] == {"used_by": [model["name"]]}
    missing = client.delete("/api/secrets/nope", headers=admin)
    assert error_code(missing, 404) == "secrets.not_found"

    # At rest: only the sealed value, bound to its org and name.
    with services.db.engine.connect() as conn:
        sealed = conn.execute(
            text("SELECT sealed FROM bastion.org_secrets WHERE name = 'router-key'"
                 " AND org_id = (SELECT id FROM bastion.orgs WHERE slug = :slug)"),
            {"slug": slug},
        ).scalar_one()  # fmt: skip
    assert first.encode() not in bytes(sealed) and second.encode() not in bytes(sealed)

    # Another org neither sees the secret nor can use it.
    _, other_name = org_admin(services)
    other = bearer(token_for(client, other_name))
    assert ok(client.get("/api/secrets", headers=other)) == []
    assert error_code(client.delete("/api/secrets/router-key", headers=other), 404) == (
        "secrets.not_found"
    )

    assert client.delete(f"/api/models/{model['id']}", headers=admin).status_code == 204
    assert client.delete("/api/secrets/router-key", headers=admin).status_code == 204
    assert ok(client.get("/api/secrets", headers=admin)) == []
    log = [c for c in changes_of(client, admin) if c["config_type"] == "secret"]
    assert [c["change_type"] for c in log] == ["delete", "update", "create"]
    everything = " ".join(seen) + str(log) + client.get("/api/models/changes", headers=admin).text
    assert first not in everything and second not in everything


def changes_of(client: httpx.Client, headers: dict[str, str]) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = ok(client.get("/api/config/changelog", headers=headers))
    return data


def test_an_operators_key_does_not_follow_a_model_an_org_admin_moves(
    client: httpx.Client,
    services: Services,
    attacker: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by a review: the operator set a model's key as env:, the org admin moved the
    model to another port of an allowed host and pressed "test"."""
    monkeypatch.setenv("BASTION_TEST_OPERATOR_KEY", PLANTED)
    headers = attacker["headers"]
    with (
        FakeOpenAI({"default": {"content": "OK"}}) as theirs,
        FakeOpenAI({"default": {"content": "OK"}}) as listener,
    ):
        model_id = insert_model(
            services, attacker["id"], "operators", theirs.base_url, "env:BASTION_TEST_OPERATOR_KEY"
        )
        moved = client.put(
            f"/api/models/{model_id}", headers=headers, json={"base_url": listener.base_url}
        )
        assert error_code(moved, 422) == "models.secret_ref_operator_only"
        ok(client.post(f"/api/models/{model_id}/test", headers=headers))
        assert listener.requests == []
        # With a key of their own the admin may move it: the operator's key stays behind.
        ok(
            client.put(
                f"/api/models/{model_id}",
                headers=headers,
                json={"base_url": listener.base_url, "api_key_ref": "secret:mine"},
            )
        )
        ok(client.post(f"/api/models/{model_id}/test", headers=headers))
        assert [r["headers"]["authorization"] for r in listener.requests] == [
            "Bearer sk-attacker-own"
        ]
