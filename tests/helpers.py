"""Factories for tests: users in any role and scope, tokens, sign-in."""

from __future__ import annotations

import itertools
import os

import httpx

from bastion.identity import service
from bastion.services import Services
from bastion.tenancy import ensure_org

_counter = itertools.count(1)
PASSWORD = "correct horse battery"


def unique_name(prefix: str = "user") -> str:
    return f"{prefix}_{os.getpid()}_{next(_counter)}"


def make_user(
    services: Services,
    *,
    role: str = "store_manager",
    store_ids: tuple[int, ...] = (1,),
    is_all_stores: bool = False,
    password: str = PASSWORD,
    org_slug: str = "demo",
    username: str | None = None,
) -> str:
    """Create a user in ``org_slug`` (made if missing) and return the username."""
    name = username or unique_name(role)
    with services.db.session() as session:
        org = ensure_org(session, org_slug, org_slug.title())
        service.create_user(
            session,
            services.passwords,
            org_id=org.id,
            username=name,
            password=password,
            role=role,
            store_ids=store_ids,
            is_all_stores=is_all_stores,
        )
    return name


def login(client: httpx.Client, username: str, password: str = PASSWORD) -> httpx.Response:
    return client.post("/api/auth/login", json={"username": username, "password": password})


def token_for(client: httpx.Client, username: str, password: str = PASSWORD) -> str:
    response = login(client, username, password)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def org_admin(services: Services, slug: str | None = None) -> tuple[str, str]:
    """A fresh org (no packs yet) and an admin in it: (org slug, admin username)."""
    org = slug or unique_name("org").replace("_", "-")
    return org, make_user(services, role="admin", is_all_stores=True, store_ids=(), org_slug=org)


def make_prompt_pack(
    client: httpx.Client,
    headers: dict[str, str],
    *,
    name: str | None = None,
    purpose: str = "narration",
    scope: dict[str, str] | None = None,
    blocks: list[dict[str, object]] | None = None,
    activate: bool = True,
) -> dict[str, object]:
    """Create a prompt pack through the API and return its public JSON."""
    body = {
        "name": name or unique_name("pack"),
        "purpose": purpose,
        "scope": scope or {"kind": "org"},
        "blocks": blocks or [{"name": "style", "template": "detail: short"}],
        "activate": activate,
    }
    response = client.post("/api/prompts", headers=headers, json=body)
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data
