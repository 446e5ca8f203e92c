"""The whole HTTP API fuzzed from its OpenAPI schema (schemathesis), as an admin: no
request, however malformed, gets an HTTP 500, and every error comes in the one error
shape ``{"error": {"code", "message", "details"}}``.

A bounded run is part of ``make test`` (``BASTION_FUZZ_EXAMPLES`` cases per operation,
10 by default); ``make fuzz`` runs many more. The server has a private database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from bastion.db.engine import Database
from bastion.db.models import AppUser
from bastion.identity import service
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import TEMPLATE, LiveServer, create_database, make_settings

EXAMPLES = int(os.environ.get("BASTION_FUZZ_EXAMPLES", "10"))


@pytest.fixture(scope="module")
def fuzzed(admin_uri: str, template_url: object, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[str, Services]]:  # fmt: skip
    db = Database(create_database(admin_uri, "fuzz_api", template=TEMPLATE))
    services = Services.from_settings(
        make_settings(Path(tmp_path_factory.mktemp("fuzz")), db.url), db=db
    )
    with LiveServer(create_app(services=services)) as server:
        yield server.url, services
    services.executor.dispose()
    db.dispose()


def admin_token(services: Services) -> str:
    """A fresh token each case: a case may sign out or change the password."""
    with services.db.session() as session:
        admin = session.scalars(select(AppUser).where(AppUser.username == "admin_user")).one()
        if not admin.is_active:  # a case disabled the admin: enable it for the next
            service.set_active(session, admin, True)
        token, _ = service.issue_token(services.tokens, admin)
    return token


def test_no_request_gets_a_500_and_every_error_has_the_one_shape(
    fuzzed: tuple[str, Services],
) -> None:
    url, services = fuzzed
    api = schemathesis.openapi.from_url(f"{url}/openapi.json")
    problems: list[str] = []

    def check(case: schemathesis.Case) -> None:
        headers = {"Authorization": f"Bearer {admin_token(services)}"}
        response = case.call(base_url=url, headers=headers, timeout=30)
        kind = response.headers.get("content-type") or [""]
        kind = kind[0] if isinstance(kind, list) else kind
        if response.status_code >= 500:
            problems.append(f"{response.status_code}: {case.as_curl_command()}")
        elif response.status_code >= 400 and kind.startswith("application/json"):
            body = response.json()
            error = body.get("error") if isinstance(body, dict) else None
            shaped = isinstance(error, dict) and {"code", "message", "details"} <= set(error)
            if set(body) != {"error"} or not shaped or not error["code"]:
                problems.append(f"not the error shape: {case.as_curl_command()} {body}")

    operations = [result.ok() for result in api.get_all_operations()]
    for operation in operations:
        fuzz = settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(case=operation.as_strategy())(check))
        fuzz()
    assert len(operations) >= 40
    assert problems == [], "\n".join(problems[:10])


def test_the_schema_is_fuzzed_whole(fuzzed: tuple[str, Services]) -> None:
    """Every route of the API is in the schema the fuzzer reads (none hidden from it)."""
    url, _ = fuzzed
    paths = httpx.get(f"{url}/openapi.json", timeout=30).json()["paths"]
    api = {p for p in paths if p.startswith("/api/")}
    assert {"/api/ask", "/api/auth/login", "/api/guard/check", "/api/secrets/{name}"} <= api
    assert len(api) >= 40
