"""A question asked again is answered from the rows its SQL gave last time, for the same
org and store scope, until the analytics data changes: then its SQL runs again and the
answer shows the change at once. Masking and redaction still apply to every asker."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from bastion.db.engine import Database
from bastion.execution.executor import ExecutionResult, Scope
from bastion.execution.results import ResultCache, ResultKey, result_bytes
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import LiveServer, make_settings
from tests.helpers import bearer, make_user, org_admin, token_for

QUESTION = "What is the total revenue?"


@pytest.fixture
def served(fresh_db: Database, tmp_path: Path) -> Iterator[tuple[Services, httpx.Client]]:
    services = Services.from_settings(make_settings(tmp_path, fresh_db.url), db=fresh_db)
    with (
        LiveServer(create_app(services=services)) as server,
        httpx.Client(base_url=server.url, timeout=60) as http,
    ):
        yield services, http
    services.executor.dispose()


def ask(http: httpx.Client, headers: dict[str, str], question: str = QUESTION) -> dict[str, Any]:
    response = http.post("/api/ask", headers=headers, json={"question": question})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == "ok", body
    return body


def an_admin(services: Services) -> str:
    return make_user(services, role="admin", store_ids=(), is_all_stores=True)


def execution(http: httpx.Client, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    """The db_execution stage's record of an answer in the audit trail."""
    log = http.get(f"/api/audit/logs/{body['audit_id']}", headers=headers).json()
    (event,) = [e for e in log["events"] if e["stage"] == "db_execution"]
    metadata: dict[str, Any] = event["metadata"]
    return metadata


def test_asked_again_the_rows_are_kept_until_the_data_changes(
    served: tuple[Services, httpx.Client],
) -> None:
    services, http = served
    headers = bearer(token_for(http, "manager_multi", "manager123"))
    first = ask(http, headers)
    assert "sql_ms" in execution(http, headers, first)
    assert not execution(http, headers, first).get("kept_result")

    again = ask(http, headers)
    assert again["rows"] == first["rows"] and again["answer"] == first["answer"]
    assert execution(http, headers, again) == {
        "row_count": 1,
        "truncated": False,
        "kept_result": True,
    }

    # The data changes (a DBA's correction): the very next question sees it.
    with services.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE analytics.payment SET amount = amount + 1"
                " WHERE payment_id = (SELECT min(payment_id) FROM analytics.payment)"
            )
        )
    changed = ask(http, headers)
    assert Decimal(str(changed["rows"][0][0])) == Decimal(str(first["rows"][0][0])) + 1
    assert not execution(http, headers, changed).get("kept_result")
    assert execution(http, headers, ask(http, headers)).get("kept_result")


def test_kept_rows_are_never_another_scopes_or_orgs(served: tuple[Services, httpx.Client]) -> None:
    services, http = served
    both = bearer(token_for(http, "manager_multi", "manager123"))
    one = bearer(token_for(http, "manager_store1", "manager123"))
    everything = ask(http, both, "revenue by store")
    assert {row[0] for row in everything["rows"]} == {1, 2}
    mine = ask(http, one, "revenue by store")
    assert {row[0] for row in mine["rows"]} == {1}
    assert not execution(http, one, mine).get("kept_result")

    # Two admins of two orgs, both with every store: the same SQL, never the same rows.
    admin = bearer(token_for(http, an_admin(services)))
    _, other = org_admin(services)
    other_admin = bearer(token_for(http, other))
    ask(http, admin)
    assert execution(http, admin, ask(http, admin)).get("kept_result")
    assert not execution(http, other_admin, ask(http, other_admin)).get("kept_result")


def test_each_asker_gets_kept_rows_through_their_own_policies(
    served: tuple[Services, httpx.Client],
) -> None:
    """An admin's clear customer ids are kept; a marketer asking the same SQL's rows gets
    them masked all the same."""
    services, http = served
    question = "top 5 customers by rentals"
    admin = bearer(token_for(http, an_admin(services)))
    clear = ask(http, admin, question)
    marketer = make_user(services, role="marketing", store_ids=(), is_all_stores=True)
    masked = ask(http, bearer(token_for(http, marketer)), question)
    assert execution(http, admin, ask(http, admin, question)).get("kept_result")
    assert len(masked["rows"]) == len(clear["rows"]) >= 5
    assert masked["rows"] != clear["rows"]
    assert all(isinstance(row[0], int) for row in clear["rows"])
    assert all(str(row[0]).startswith("*") for row in masked["rows"])


def result(rows: list[tuple[Any, ...]]) -> ExecutionResult:
    return ExecutionResult(columns=("x",), rows=rows, truncated=False, duration_ms=1.0)


def key(n: int) -> ResultKey:
    return ResultKey(org_id=1, data_version=1, scope=Scope((1,), False), sql=f"SELECT {n}")


def test_kept_results_are_bounded_and_copied() -> None:
    small = result([(i,) for i in range(10)])
    cache = ResultCache(max_bytes=20 * result_bytes(small))
    for n in range(40):
        cache.put(key(n), small)
    assert len(cache) <= 20  # the oldest went first
    assert cache.get(key(0)) is None and cache.get(key(39)) == small

    got = cache.get(key(39))
    assert got is not None
    got.rows.clear()  # what one asker's answer does with its rows never reaches the next
    assert cache.get(key(39)) == small

    big = result([("x" * 1000,) for _ in range(200)])
    cache.put(key(100), big)  # more than a tenth of the memory: not kept
    assert cache.get(key(100)) is None

    off = ResultCache(max_bytes=0)
    off.put(key(1), small)
    assert off.get(key(1)) is None
