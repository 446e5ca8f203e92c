"""Liveness, readiness and the OpenAPI description."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import make_url

from bastion.db import migrate
from bastion.db.engine import Database
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import make_settings


def test_healthz_and_readyz(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    assert body == {**body, "status": "ready", "revision": migrate.head_revision()}
    # The server started the embedding model loading; readiness does not wait for it.
    assert body["embeddings"] in {"loading", "ready"}


def test_readyz_is_503_before_migrations(empty_db: Database, tmp_path: Path) -> None:
    services = Services.from_settings(make_settings(tmp_path, empty_db.url), db=empty_db)
    with TestClient(create_app(services=services)) as http:
        response = http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "db.migrations_pending"
    assert http.get("/healthz").status_code == 200


def test_readyz_is_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    url = "postgresql://bastion:hunter2secret@127.0.0.1:9/nowhere"
    settings = make_settings(tmp_path, make_url(url))
    services = Services.from_settings(settings)
    with TestClient(create_app(services=services)) as http:
        response = http.get("/readyz")
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "db.unavailable"
    assert "hunter2secret" not in response.text


def test_openapi_describes_the_api(client: httpx.Client) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/healthz", "/readyz", "/api/auth/login", "/api/me", "/api/users"):
        assert path in paths
