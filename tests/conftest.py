"""Shared fixtures: one embedded PostgreSQL for the whole session, a migrated template
database with generated demo data (scale 0.1: the numbers tests were written for), one
with the real Pagila shipped in the package (what `bastion init` loads), and a real HTTP
server (uvicorn on a loopback port)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
import uvicorn
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from bastion.db.engine import Database
from bastion.db.server import libpq_uri, start_embedded
from bastion.demo.setup import initialise
from bastion.identity.passwords import Passwords
from bastion.server import create_app
from bastion.services import Services
from bastion.settings import Settings

TEST_SCALE = 0.1
TEMPLATE = "bastion_template"
PAGILA_TEMPLATE = "bastion_pagila_template"
TEST_JWT_SECRET = "test-secret-" + "x" * 40


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> object:
    """The embedded PostgreSQL server every test uses (started once, about a second)."""
    return start_embedded(tmp_path_factory.mktemp("pg") / "pgdata")


@pytest.fixture(scope="session")
def admin_uri(pg_server: object) -> str:
    return str(pg_server.get_uri())  # type: ignore[attr-defined]


def database_url_for(admin_uri: str, name: str) -> URL:
    return make_url(admin_uri).set(drivername="postgresql+psycopg", database=name)


def create_database(admin_uri: str, name: str, template: str | None = None) -> URL:
    with psycopg.connect(admin_uri, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if template:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        else:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return database_url_for(admin_uri, name)


def fast_passwords() -> Passwords:
    """Real Argon2id with the smallest cost, so that tests that hash a lot stay quick."""
    return Passwords(time_cost=1, memory_kib=8192, parallelism=1)


@pytest.fixture(scope="session")
def template_url(admin_uri: str) -> URL:
    """A database migrated to head, with generated demo data (scale 0.1) and the demo
    users."""
    url = create_database(admin_uri, TEMPLATE)
    db = Database(url)
    initialise(db, fast_passwords(), generate=True, scale=TEST_SCALE)
    db.dispose()
    return url


@pytest.fixture(scope="session")
def pagila_template_url(admin_uri: str) -> URL:
    """A database as `bastion init` leaves it: migrated to head, the real Pagila shipped
    in the package, the demo users. Copy it (``create_database(..., PAGILA_TEMPLATE)``)
    for a test that needs its own."""
    url = create_database(admin_uri, PAGILA_TEMPLATE)
    db = Database(url)
    initialise(db, fast_passwords())
    db.dispose()
    return url


@pytest.fixture(scope="session")
def pagila_db(admin_uri: str, pagila_template_url: URL) -> Iterator[Database]:
    """A shared copy of the real-Pagila database, for tests that read it."""
    db = Database(create_database(admin_uri, "bastion_pagila", template=PAGILA_TEMPLATE))
    yield db
    db.dispose()


@pytest.fixture
def fresh_db(
    admin_uri: str, template_url: URL, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """A private copy of the template for a test that changes shared state."""
    name = f"t_{request.node.name[:40]}".lower().replace("[", "_").replace("]", "_")
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    db = Database(create_database(admin_uri, name, template=TEMPLATE))
    yield db
    db.dispose()


@pytest.fixture
def empty_db(admin_uri: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty database (no migrations applied)."""
    name = "e_" + "".join(c if c.isalnum() else "_" for c in request.node.name[:40].lower())
    db = Database(create_database(admin_uri, name))
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def session_db(admin_uri: str, template_url: URL) -> Iterator[Database]:
    """The database the shared API server uses; tests make their own users in it."""
    db = Database(create_database(admin_uri, "bastion_test", template=TEMPLATE))
    yield db
    db.dispose()


def make_settings(home: Path, url: URL, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "home": home,
        "database_url": libpq_uri(url),
        "jwt_secret": TEST_JWT_SECRET,
        "argon2_time_cost": 1,
        "argon2_memory_kib": 8192,
        # The stand-in model servers listen on loopback; the operator's env: references
        # of the tests are the BASTION_TEST_ variables.
        "model_hosts": "127.0.0.1",
        "secret_env_prefix": "BASTION_TEST_",
        # Every test signs in from 127.0.0.1; the limits' own tests set theirs.
        "login_rate_per_address": "100000/minute",
        "login_rate_per_user": "100000/minute",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, session_db: Database) -> Settings:
    return make_settings(tmp_path_factory.mktemp("home"), session_db.url)


@pytest.fixture(scope="session")
def services(settings: Settings, session_db: Database) -> Services:
    return Services.from_settings(settings, db=session_db)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on a loopback port in a background thread."""

    def __init__(self, app: object) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60  # a ceiling no loaded machine reaches
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(services: Services) -> Iterator[LiveServer]:
    with LiveServer(create_app(services=services)) as server:
        yield server


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    # A ceiling no loaded machine reaches: the first question of a process pays for imports
    # (the model client, Presidio) that take seconds on a busy CI machine.
    with httpx.Client(base_url=live_server.url, timeout=60) as http:
        yield http
