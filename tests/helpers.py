"""Factories for tests: users in any role and scope, tokens, sign-in."""

from __future__ import annotations

import itertools
import os

import httpx

from bastion.api.services import Services
from bastion.db.models import Org
from bastion.identity import service

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
        org = service.ensure_org(session, org_slug, org_slug.title())
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


def org_id(services: Services, slug: str) -> int:
    with services.db.session() as session:
        return service.get_org(session, slug).id if slug else session.query(Org).first().id  # type: ignore[union-attr]


def login(client: httpx.Client, username: str, password: str = PASSWORD) -> httpx.Response:
    return client.post("/api/auth/login", json={"username": username, "password": password})


def token_for(client: httpx.Client, username: str, password: str = PASSWORD) -> str:
    response = login(client, username, password)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
