"""Liveness, readiness and the OpenAPI description."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import make_url

from bastion.db import migrate
from bastion.db.engine import Database
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import LiveServer, make_settings
from tests.helpers import bearer, make_user, token_for


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


def test_routes_made_from_one_handler_keep_a_path_each(client: httpx.Client) -> None:
    """Version changes and decisions share a handler per kind, yet each keeps its own
    path, operation id, summary and body in the OpenAPI document."""
    paths = client.get("/openapi.json").json()["paths"]
    expected = {
        "/api/prompts/{pack_id}/activate": ("Activate a version", "VersionChoice", False),
        "/api/prompts/{pack_id}/archive": ("Archive", "VersionChoice", False),
        "/api/prompts/{pack_id}/rollback": ("Back to an earlier one", "VersionChoice", False),
        "/api/approvals/{approval_id}/approve": (
            "Approve a request: its SQL runs at once under the requester's scope",
            "ApproveBody",
            False,
        ),
        "/api/approvals/{approval_id}/reject": (
            "Reject a request with a reason the requester reads",
            "RejectBody",
            True,
        ),
    }
    for path, (summary, body, required) in expected.items():
        operation = paths[path]["post"]
        action = path.rsplit("/", 1)[1]
        assert operation["operationId"].startswith(f"{action}_api_")
        assert operation["summary"] == summary
        assert body in str(operation["requestBody"]["content"]["application/json"]["schema"])
        assert operation["requestBody"].get("required", False) is required


def test_healthz_answers_while_every_request_thread_is_busy(
    fresh_db: Database, tmp_path: Path
) -> None:
    """Liveness runs on the event loop: with every thread of the API's pool waiting (here
    on a lock a DBA holds on the users table), /healthz still answers at once, and the
    waiting requests finish once the lock goes."""
    settings = make_settings(tmp_path, fresh_db.url, api_threads=2)
    services = Services.from_settings(settings, db=fresh_db)
    with (
        LiveServer(create_app(services=services)) as server,
        httpx.Client(base_url=server.url, timeout=60) as http,
    ):
        headers = bearer(token_for(http, make_user(services)))
        with fresh_db.engine.connect() as dba, ThreadPoolExecutor(4) as pool:
            dba.exec_driver_sql("LOCK TABLE bastion.app_users IN ACCESS EXCLUSIVE MODE")
            waiting = [pool.submit(http.get, "/api/me", headers=headers) for _ in range(4)]
            deadline = time.monotonic() + 60  # a ceiling no loaded machine reaches
            while lock_waits(fresh_db) < 2:  # both threads of the pool are stuck
                assert time.monotonic() < deadline, "requests never waited on the lock"
                time.sleep(0.05)
            assert all(not request.done() for request in waiting)
            alive = http.get("/healthz", timeout=10)
            assert alive.status_code == 200 and alive.json() == {"status": "ok"}
            dba.rollback()
            assert [request.result().status_code for request in waiting] == [200] * 4
    services.executor.dispose()


def lock_waits(db: Database) -> int:
    with db.autocommit.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).scalar_one()
        )
