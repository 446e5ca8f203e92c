"""Many questions at once on small connection pools: no deadlock, every answer scoped."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import text

from bastion.db.engine import Database
from bastion.execution.executor import SqlExecutor, reader_url
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import LiveServer, make_settings
from tests.helpers import bearer, token_for


def test_more_requests_than_connections(session_db: Database, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, session_db.url, db_pool_size=1, sql_concurrency=1)
    db = Database(session_db.url, pool_size=1)
    services = Services.from_settings(settings, db=db)
    services.executor.dispose()
    # Each user may have every question in flight (their slots are tested below): here the
    # pool of one connection is what they wait for.
    services.executor = SqlExecutor(db, reader_url(db.url, None), concurrency=1, per_user=36)
    with (
        LiveServer(create_app(services=services)) as server,
        httpx.Client(base_url=server.url, timeout=60) as http,
    ):
        headers = {
            "manager_store1": bearer(token_for(http, "manager_store1", "manager123")),
            "manager_multi": bearer(token_for(http, "manager_multi", "manager123")),
        }

        def ask(i: int) -> tuple[str, set[int]]:
            user = "manager_store1" if i % 2 else "manager_multi"
            body = http.post(
                "/api/ask", headers=headers[user], json={"question": "revenue by store"}
            ).json()
            assert body["status"] == "ok", body
            return user, {row[0] for row in body["rows"]}

        with ThreadPoolExecutor(12) as pool:
            results = list(pool.map(ask, range(36)))
    services.dispose()
    for user, stores in results:
        assert stores == ({1} if user == "manager_store1" else {1, 2})


def test_one_users_flood_is_refused_beyond_their_slots_and_others_still_answer(
    services: Services, client: httpx.Client
) -> None:
    """Four parallel slow queries of one user once took every reader connection, and
    another user's question failed: now one user holds at most their slots."""
    headers = bearer(token_for(client, "manager_multi", "manager123"))
    other = bearer(token_for(client, "manager_store1", "manager123"))
    with services.db.engine.connect() as conn:
        user_id = conn.execute(
            text("SELECT id FROM bastion.app_users WHERE username = 'manager_multi'")
        ).scalar_one()
    slots = services.executor.slots
    services.results.clear()  # rows kept from another test need no reader connection
    with slots.hold(user_id), slots.hold(user_id):  # two slow queries of theirs, running
        refused = client.post("/api/ask", headers=headers, json={"question": "revenue by store"})
        assert refused.status_code == 429, refused.text
        assert refused.json()["error"]["code"] == "execution.busy"
        assert refused.headers["retry-after"] == "1"
        check = client.post(
            "/api/guard/check", headers=headers, json={"sql": "SELECT count(*) FROM film"}
        )
        assert check.status_code == 429
        answered = client.post("/api/ask", headers=other, json={"question": "revenue by store"})
        assert answered.status_code == 200 and answered.json()["status"] == "ok"
    # The refusal is on record, at the stage that refused it.
    logs = client.get("/api/audit/logs", headers=headers, params={"limit": 1}).json()
    assert logs[0]["status"] == "error" and logs[0]["error_code"] == "execution.busy"
    assert logs[0]["error_stage"] == "db_execution"
