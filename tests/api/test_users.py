"""User administration over HTTP: admins only, within their own org."""

from __future__ import annotations

import httpx
import pytest

from bastion.services import Services
from tests.helpers import bearer, login, make_user, token_for, unique_name


@pytest.fixture
def admin(client: httpx.Client) -> dict[str, str]:
    return bearer(token_for(client, "admin_user", "admin123"))


def test_admin_creates_a_user_who_can_sign_in(client: httpx.Client, admin: dict[str, str]) -> None:
    name = unique_name("finance")
    created = client.post(
        "/api/users",
        headers=admin,
        json={"username": name, "password": "long enough pw", "role": "finance", "store_ids": [2]},
    )
    assert created.status_code == 201
    assert created.json()["store_ids"] == [2]
    me = client.get("/api/me", headers=bearer(token_for(client, name, "long enough pw"))).json()
    assert me["role"] == "finance" and me["store_ids"] == [2]


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"role": "finance", "store_ids": [1], "password": "short"}, "request.invalid"),
        ({"role": "wizard", "store_ids": [1], "password": "long enough pw"}, "request.invalid"),
        ({"role": "finance", "store_ids": [], "password": "long enough pw"}, "users.no_stores"),
    ],
)
def test_invalid_users_are_refused(
    client: httpx.Client, admin: dict[str, str], payload: dict[str, object], code: str
) -> None:
    response = client.post("/api/users", headers=admin, json={"username": unique_name(), **payload})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == code


def test_duplicate_username_is_409(client: httpx.Client, admin: dict[str, str]) -> None:
    payload = {
        "username": "admin_user",
        "password": "long enough pw",
        "role": "admin",
        "is_all_stores": True,
    }
    response = client.post("/api/users", headers=admin, json=payload)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "users.exists"


@pytest.mark.parametrize("role", ["store_manager", "marketing", "finance"])
def test_non_admins_cannot_manage_users(
    client: httpx.Client, services: Services, role: str
) -> None:
    headers = bearer(token_for(client, make_user(services, role=role)))
    assert client.get("/api/users", headers=headers).status_code == 403
    response = client.post(
        "/api/users",
        headers=headers,
        json={
            "username": unique_name(),
            "password": "long enough pw",
            "role": "admin",
            "is_all_stores": True,
        },
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "auth.admin_required"


def test_admins_only_see_and_touch_their_own_org(
    client: httpx.Client, services: Services, admin: dict[str, str]
) -> None:
    other_admin = make_user(
        services, role="admin", is_all_stores=True, store_ids=(), org_slug="other-org"
    )
    other = bearer(token_for(client, other_admin))
    names = {u["username"] for u in client.get("/api/users", headers=other).json()}
    assert "admin_user" not in names
    victim = make_user(services)
    demo_users = client.get("/api/users", headers=admin).json()
    victim_id = next(u["id"] for u in demo_users if u["username"] == victim)
    response = client.post(f"/api/users/{victim_id}/disable", headers=other)
    assert response.status_code == 404
    assert login(client, victim).status_code == 200


def test_admins_create_approvers_and_change_store_access(
    client: httpx.Client, admin: dict[str, str]
) -> None:
    name = unique_name("approver")
    created = client.post(
        "/api/users",
        headers=admin,
        json={"username": name, "password": "long enough pw", "role": "approver", "store_ids": [1]},
    )
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    headers = bearer(token_for(client, name, "long enough pw"))
    assert client.get("/api/me", headers=headers).json()["store_ids"] == [1]
    changed = client.put(f"/api/users/{user_id}/stores", headers=admin, json={"store_ids": [1, 2]})
    assert changed.status_code == 200 and changed.json()["store_ids"] == [1, 2]
    assert client.get("/api/me", headers=headers).json()["store_ids"] == [1, 2]  # at once
    everything = client.put(
        f"/api/users/{user_id}/stores", headers=admin, json={"is_all_stores": True}
    )
    assert everything.json()["is_all_stores"] is True
    none = client.put(f"/api/users/{user_id}/stores", headers=admin, json={"store_ids": []})
    assert none.status_code == 422 and none.json()["error"]["code"] == "users.no_stores"
    assert client.put(f"/api/users/{user_id}/stores", headers=headers, json={}).status_code == 403
