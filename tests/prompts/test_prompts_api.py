"""Prompt packs over real HTTP: seed 000's smoke test, precedence and append, versions,
rollback, diff, labels, permissions, template checks, the changelog, the ask flow."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bastion.services import Services
from tests.helpers import bearer, make_prompt_pack, make_user, org_admin, token_for


@pytest.fixture
def org(client: httpx.Client, services: Services) -> dict[str, Any]:
    """A fresh org with an admin and one user per other role, with their headers."""
    slug, admin = org_admin(services)
    users = {"admin": admin}
    for role in ("store_manager", "marketing", "finance"):
        users[role] = make_user(services, role=role, store_ids=(1,), org_slug=slug)
    headers = {role: bearer(token_for(client, name)) for role, name in users.items()}
    return {"slug": slug, "users": users, "headers": headers}


def active(client: httpx.Client, headers: dict[str, str], **params: str) -> Any:
    response = client.get("/api/prompts/active", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def block(data: Any, purpose: str, name: str) -> Any:
    return next(b for b in data["blocks"] if b["purpose"] == purpose and b["name"] == name)


def test_seed_000_smoke_create_activate_fetch_active(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["headers"]["admin"]
    created = client.post(
        "/api/prompts",
        headers=admin,
        json={
            "name": "house-sql",
            "purpose": "sql",
            "blocks": [
                {
                    "name": "system",
                    "template": "Answer for a {{ role }} using {{ relations | join(', ') }}.",
                    "variables": ["role", "relations"],
                }
            ],
        },
    )
    assert created.status_code == 201, created.text
    pack = created.json()
    assert pack["active_version"] is None and pack["latest_version"] == 1
    assert not [b for b in active(client, admin)["blocks"] if b["purpose"] == "sql"]

    activated = client.post(f"/api/prompts/{pack['id']}/activate", headers=admin)
    assert activated.status_code == 200, activated.text
    assert activated.json()["status"] == "active"

    data = active(client, admin)
    system = block(data, "sql", "system")
    assert system["template"].startswith("Answer for a {{ role }}")
    assert system["sources"][0]["pack"] == "house-sql"
    assert system["sources"][0]["version"] == 1
    assert [(v["pack"], v["version"]) for v in data["versions"]] == [("house-sql", 1)]


def test_user_overrides_role_overrides_org_and_append_adds(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin, users = org["headers"]["admin"], org["users"]
    make_prompt_pack(
        client,
        admin,
        purpose="system",
        blocks=[
            {"name": "system", "template": "org system"},
            {"name": "rules", "template": "org rule"},
            {"name": "examples", "template": "org example"},
        ],
    )
    make_prompt_pack(
        client,
        admin,
        purpose="system",
        scope={"kind": "role", "role": "finance"},
        blocks=[
            {"name": "system", "template": "finance system"},
            {"name": "rules", "template": "finance rule", "mode": "append"},
        ],
    )
    make_prompt_pack(
        client,
        admin,
        purpose="system",
        scope={"kind": "user", "user": users["finance"]},
        blocks=[{"name": "system", "template": "user system"}],
    )
    finance = active(client, admin, user=users["finance"])
    assert block(finance, "system", "system")["template"] == "user system"
    assert block(finance, "system", "rules")["template"] == "org rule\nfinance rule"
    assert [s["scope"] for s in block(finance, "system", "rules")["sources"]] == ["org", "role"]
    assert block(finance, "system", "examples")["template"] == "org example"
    assert {v["scope"] for v in finance["versions"]} == {"org", "role", "user"}

    marketing = active(client, org["headers"]["marketing"])
    assert block(marketing, "system", "system")["template"] == "org system"
    assert block(marketing, "system", "rules")["template"] == "org rule"


def test_saving_blocks_makes_a_new_version_and_old_ones_never_change(
    client: httpx.Client, org: dict[str, Any], services: Services
) -> None:
    admin = org["headers"]["admin"]
    pack = make_prompt_pack(client, admin, blocks=[{"name": "style", "template": "detail: short"}])
    saved = client.put(
        f"/api/prompts/{pack['id']}/blocks",
        headers=admin,
        json={"blocks": [{"name": "style", "template": "detail: detailed"}], "labels": ["staging"]},
    )
    assert saved.status_code == 201, saved.text
    assert saved.json()["version"] == 2 and saved.json()["status"] == "draft"
    versions = client.get(f"/api/prompts/{pack['id']}/versions", headers=admin).json()
    assert [(v["version"], v["status"]) for v in versions] == [(1, "active"), (2, "draft")]
    assert versions[0]["blocks"][0]["template"] == "detail: short"
    assert versions[1]["labels"] == ["staging"]

    with services.db.engine.begin() as conn, pytest.raises(DBAPIError, match="immutable"):
        conn.execute(
            text("UPDATE bastion.prompt_pack_blocks SET template = 'x' WHERE version_id = :v"),
            {"v": versions[0]["id"]},
        )

    diff = client.get(
        f"/api/prompts/{pack['id']}/diff", headers=admin, params={"from": 1, "to": 2}
    ).json()
    assert diff["blocks"][0]["change"] == "changed"
    assert "-detail: short" in diff["blocks"][0]["diff"]
    assert "+detail: detailed" in diff["blocks"][0]["diff"]


def test_activate_archive_rollback_and_labels(client: httpx.Client, org: dict[str, Any]) -> None:
    admin = org["headers"]["admin"]
    pack = make_prompt_pack(client, admin, blocks=[{"name": "style", "template": "decimals: 0"}])
    url = f"/api/prompts/{pack['id']}"
    for decimals in (1, 2):
        body = {"blocks": [{"name": "style", "template": f"decimals: {decimals}"}]}
        body["activate"] = True  # type: ignore[assignment]
        assert client.put(f"{url}/blocks", headers=admin, json=body).status_code == 201
    assert active(client, admin)["narration_style"]["decimals"] == 2

    rolled = client.post(f"{url}/rollback", headers=admin)
    assert rolled.status_code == 200, rolled.text
    assert rolled.json()["version"] == 2
    assert active(client, admin)["narration_style"]["decimals"] == 1
    statuses = [v["status"] for v in client.get(f"{url}/versions", headers=admin).json()]
    assert statuses == ["archived", "active", "archived"]

    again = client.post(f"{url}/rollback", headers=admin, json={"version": 3})
    assert again.status_code == 409 and again.json()["error"]["code"] == "prompts.not_earlier"

    labelled = client.put(f"{url}/labels/production", headers=admin, json={"version": 3})
    assert labelled.json()["labels"] == {"production": 3}
    labelled = client.put(f"{url}/labels/production", headers=admin, json={"version": 1})
    assert labelled.json()["labels"] == {"production": 1}

    archived = client.post(f"{url}/archive", headers=admin)
    assert archived.json()["status"] == "archived"
    assert active(client, admin)["narration_style"]["decimals"] == 2  # back to the default
    nothing = client.post(f"{url}/archive", headers=admin)
    assert nothing.status_code == 409


@pytest.mark.parametrize(
    ("template", "variables", "code"),
    [
        ("Hello {{ nobody }}", [], "prompts.undeclared_variable"),
        ("Hello {{ question }}", ["question", "password"], "prompts.unknown_variable"),
        ("Hello {% if %}", [], "prompts.template_invalid"),
        ("x" * 16_001, [], "prompts.block_too_large"),
    ],
)
def test_templates_are_checked_when_saved(
    client: httpx.Client, org: dict[str, Any], template: str, variables: list[str], code: str
) -> None:
    admin = org["headers"]["admin"]
    body = {
        "name": "bad",
        "purpose": "narration",
        "blocks": [{"name": "system", "template": template, "variables": variables}],
    }
    response = client.post("/api/prompts", headers=admin, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code
    assert client.get("/api/prompts", headers=admin).json() == []


def test_a_bad_style_block_is_refused_when_saved(client: httpx.Client, org: dict[str, Any]) -> None:
    admin = org["headers"]["admin"]
    pack = make_prompt_pack(client, admin)
    for style in ("detail: chatty", "colour: blue", "decimals: 9"):
        response = client.put(
            f"/api/prompts/{pack['id']}/blocks",
            headers=admin,
            json={"blocks": [{"name": "style", "template": style}]},
        )
        assert response.status_code == 422, style
        assert response.json()["error"]["code"] == "prompts.style_invalid"


@pytest.mark.parametrize("role", ["store_manager", "marketing", "finance"])
def test_non_admins_manage_only_their_own_editable_blocks(
    client: httpx.Client, org: dict[str, Any], role: str
) -> None:
    admin, mine = org["headers"]["admin"], org["headers"][role]
    org_pack = make_prompt_pack(
        client,
        admin,
        blocks=[
            {"name": "style", "template": "detail: short", "user_editable": True},
            {"name": "system", "template": "org narration"},
        ],
    )
    for scope in ({"kind": "org"}, {"kind": "role", "role": role}):
        refused = client.post(
            "/api/prompts",
            headers=mine,
            json={
                "name": "mine",
                "purpose": "narration",
                "scope": scope,
                "blocks": [{"name": "style", "template": "detail: detailed"}],
            },
        )
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "prompts.forbidden"
    for action in ("activate", "archive", "rollback"):
        response = client.post(f"/api/prompts/{org_pack['id']}/{action}", headers=mine)
        assert response.status_code == 403, action
    response = client.put(
        f"/api/prompts/{org_pack['id']}/blocks",
        headers=mine,
        json={"blocks": [{"name": "style", "template": "detail: detailed"}]},
    )
    assert response.status_code == 403

    not_editable = client.post(
        "/api/prompts",
        headers=mine,
        json={
            "name": "mine2",
            "purpose": "narration",
            "scope": {"kind": "user"},
            "blocks": [{"name": "system", "template": "my own system prompt"}],
        },
    )
    assert not_editable.status_code == 403
    assert not_editable.json()["error"]["code"] == "prompts.block_not_editable"

    other = org["users"]["finance" if role != "finance" else "marketing"]
    for_other = client.post(
        "/api/prompts",
        headers=mine,
        json={
            "name": "mine3",
            "purpose": "narration",
            "scope": {"kind": "user", "user": other},
            "blocks": [{"name": "style", "template": "detail: detailed"}],
        },
    )
    assert for_other.status_code == 403

    own = make_prompt_pack(
        client,
        mine,
        scope={"kind": "user"},
        blocks=[{"name": "style", "template": "detail: detailed", "mode": "append"}],
    )
    assert own["scope"]["username"] == org["users"][role]
    assert active(client, mine)["narration_style"]["detail"] == "detailed"
    assert active(client, admin)["narration_style"]["detail"] == "short"

    others = client.get("/api/prompts/active", headers=mine, params={"user": org["users"]["admin"]})
    assert others.status_code == 403
    assert client.get("/api/config/changelog", headers=mine).status_code == 403
    # the user sees the org's pack and their own, the admin sees both too
    assert {p["id"] for p in client.get("/api/prompts", headers=mine).json()} == {
        org_pack["id"],
        own["id"],
    }


def test_changelog_records_every_change_with_both_states(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["headers"]["admin"]
    pack = make_prompt_pack(client, admin, blocks=[{"name": "style", "template": "decimals: 0"}])
    url = f"/api/prompts/{pack['id']}"
    client.put(
        f"{url}/blocks",
        headers=admin,
        json={"blocks": [{"name": "style", "template": "decimals: 3"}]},
    )
    client.post(f"{url}/activate", headers=admin, json={"version": 2})
    client.post(f"{url}/rollback", headers=admin)
    client.post(f"{url}/archive", headers=admin)
    changes = client.get(
        "/api/config/changelog",
        headers=admin,
        params={"config_type": "prompt_pack", "config_id": pack["id"]},
    ).json()
    kinds = [c["change_type"] for c in reversed(changes)]
    assert kinds == ["create", "activate", "new_version", "activate", "rollback", "archive"]
    assert all(c["changed_by_name"] == org["users"]["admin"] for c in changes)
    by_kind = {c["change_type"]: c for c in reversed(changes)}  # the latest of each kind
    activate = by_kind["activate"]
    assert (activate["previous_version"], activate["new_version"]) == (1, 2)
    assert activate["previous_data"]["blocks"][0]["template"] == "decimals: 0"
    assert activate["new_data"]["blocks"][0]["template"] == "decimals: 3"
    rollback = by_kind["rollback"]
    assert rollback["previous_data"]["version"] == 2 and rollback["new_data"]["version"] == 1
    assert by_kind["archive"]["new_data"]["status"] == "archived"
    only = client.get(
        "/api/config/changelog", headers=admin, params={"change_type": "rollback"}
    ).json()
    assert [c["id"] for c in only] == [rollback["id"]]


def test_the_audit_log_names_the_versions_and_the_narrator_uses_the_style(
    client: httpx.Client, org: dict[str, Any]
) -> None:
    admin = org["headers"]["admin"]
    before = client.post("/api/ask", headers=admin, json={"question": "total revenue"}).json()
    assert before["status"] == "ok" and "$" in before["answer"]
    pack = make_prompt_pack(
        client, admin, blocks=[{"name": "style", "template": "currency_symbol: €\ndecimals: 0"}]
    )
    after = client.post("/api/ask", headers=admin, json={"question": "total revenue"}).json()
    assert after["status"] == "ok", after
    assert "€" in after["answer"] and "$" not in after["answer"]
    log = client.get(f"/api/audit/logs/{after['audit_id']}", headers=admin).json()
    assert [(v["pack_id"], v["version"]) for v in log["prompt_versions"]] == [(pack["id"], 1)]
    context = next(e for e in log["events"] if e["stage"] == "context")
    assert context["metadata"]["prompt_versions"] == [log["prompt_versions"][0]["version_id"]]
    narration = next(e for e in log["events"] if e["stage"] == "narration")
    assert narration["metadata"]["style"] == {"currency_symbol": "€", "decimals": "0"}


def test_the_demo_org_has_the_built_in_packs(client: httpx.Client) -> None:
    headers = bearer(token_for(client, "admin_user", "admin123"))
    data = active(client, headers)
    assert {v["pack"] for v in data["versions"]} >= {
        "default-sql",
        "default-plan",
        "default-narration",
        "default-system",
    }
    assert "{{ relations" in block(data, "sql", "system")["template"]
    assert data["narration_style"] == {"currency_symbol": "$", "decimals": 2, "detail": "short"}
    changes = client.get(
        "/api/config/changelog", headers=headers, params={"changed_by": "system"}
    ).json()
    assert {c["config_name"] for c in changes} >= {"default-sql", "default-narration"}


def test_unknown_packs_and_other_orgs_packs_are_not_found(
    client: httpx.Client, org: dict[str, Any], services: Services
) -> None:
    pack = make_prompt_pack(client, org["headers"]["admin"])
    _, stranger = org_admin(services)
    headers = bearer(token_for(client, stranger))
    for path in (f"/api/prompts/{pack['id']}", "/api/prompts/999999999"):
        response = client.get(path, headers=headers)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "prompts.not_found"
    assert client.post(f"/api/prompts/{pack['id']}/activate", headers=headers).status_code == 404
