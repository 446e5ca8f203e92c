"""Sign-in under attack: a client spraying passwords over many names, many clients on one
name, and a burst of parallel wrong passwords, which once got 7 checks past a lockout of 6."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from bastion.db.engine import Database
from bastion.identity.throttle import LoginThrottle, RateLimited
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import LiveServer, make_settings
from tests.helpers import PASSWORD, make_user, unique_name


@pytest.fixture
def limited(tmp_path: Path, fresh_db: Database) -> Iterator[tuple[Services, str]]:
    settings = make_settings(
        tmp_path, fresh_db.url, login_rate_per_address="8/minute", login_rate_per_user="5/minute"
    )
    services = Services.from_settings(settings, db=fresh_db)
    with LiveServer(create_app(services=services)) as server:
        yield services, server.url
    services.executor.dispose()


def sign_in(url: str, name: str, password: str = "wrong password") -> httpx.Response:
    return httpx.post(
        f"{url}/api/auth/login", json={"username": name, "password": password}, timeout=30
    )


def test_one_client_spraying_many_names_is_stopped(limited: tuple[Services, str]) -> None:
    _, url = limited
    answers = [sign_in(url, unique_name("nobody")) for _ in range(10)]
    assert [a.status_code for a in answers] == [401] * 8 + [429] * 2
    refused = answers[-1]
    assert refused.json()["error"]["code"] == "auth.rate_limited"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.json()["error"]["details"]["retry_after"] == int(refused.headers["retry-after"])


def test_one_name_from_many_clients_is_stopped(fresh_db: Database) -> None:
    throttle = LoginThrottle(fresh_db.autocommit, "100/minute", "3/minute")
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        throttle.hit(address, "admin_user")
    with pytest.raises(RateLimited) as caught:
        throttle.hit("10.0.0.4", "admin_user")
    assert caught.value.status_code == 429 and "Retry-After" in caught.value.headers
    throttle.hit("10.0.0.4", "someone_else")  # other names are not held up


def test_parallel_wrong_passwords_get_no_more_checks_than_the_lockout(
    tmp_path: Path, fresh_db: Database
) -> None:
    services = Services.from_settings(make_settings(tmp_path, fresh_db.url), db=fresh_db)
    name = make_user(services)
    checks: list[str] = []
    verify = services.passwords.verify
    lock = threading.Lock()

    def counting(hashed: str | None, password: str) -> bool:
        with lock:
            checks.append(password)
        return verify(hashed, password)

    services.passwords.verify = counting  # type: ignore[method-assign]
    with LiveServer(create_app(services=services)) as server, ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(lambda _: sign_in(server.url, name).status_code, range(24)))
        # Locked now: even the right password is refused without being checked.
        right = sign_in(server.url, name, PASSWORD)
    services.executor.dispose()
    assert len(checks) == services.settings.lockout_threshold == 6
    assert codes.count(401) == 5 and codes.count(423) == 19
    assert right.status_code == 423 and len(checks) == 6
