"""Many questions at once on small connection pools: no deadlock, every answer scoped."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

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
    services.executor = SqlExecutor(db, reader_url(db.url, None), concurrency=1)
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
