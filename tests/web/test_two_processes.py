"""No process-local state: two `bastion serve` processes (two homes, as on two hosts, the
same database and signing secret) serve one browser session whose every request goes to
the other process than the one before: signing in, asking, the chart of an answer, a
follow-up, a held question decided by an admin, the admin pages, the API with the
session cookie, a lockout, and signing out."""

from __future__ import annotations

import html
import itertools
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.http.sessions import SESSION_COOKIE
from tests.conftest import TEST_JWT_SECRET, free_port
from tests.web.conftest import DEMO_PASSWORDS

EXPORT = "export all rentals by month"  # the default policy holds it for an approver


class Server:
    """`bastion serve` in a subprocess with its own home (its log in the home)."""

    def __init__(self, home: Path, database_url: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = home / "serve.log"
        home.mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("BASTION_")}
        env.update(
            BASTION_HOME=str(home),
            BASTION_DATABASE_URL=database_url,
            # Two hosts share these; nothing generated in one home can work on the other.
            BASTION_JWT_SECRET=TEST_JWT_SECRET,
            BASTION_READER_PASSWORD="reader-" + "r" * 24,
            BASTION_ARGON2_TIME_COST="1",
            BASTION_ARGON2_MEMORY_KIB="8192",
            BASTION_LOG_LEVEL="warning",
        )
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bastion",
                    "serve",
                    "--port",
                    str(self.port),
                    "--workers",
                    "1",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def ready(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"bastion serve exited:\n{self.log.read_text()}")
        try:
            return httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def wait(self) -> None:
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def two_servers(tmp_path: Path, fresh_db: Database) -> Iterator[tuple[Server, Server]]:
    url = libpq_uri(fresh_db.url)
    servers = (Server(tmp_path / "host-a", url), Server(tmp_path / "host-b", url))
    try:
        deadline = time.monotonic() + 60  # a few seconds, unless the machine is busy
        while not all(server.ready() for server in servers):
            assert time.monotonic() < deadline, "the servers did not become ready in 60 s"
            time.sleep(0.05)
        yield servers
    finally:
        for server in servers:  # both shut down at once
            server.process.send_signal(signal.SIGINT)
        for server in servers:
            server.wait()
    for server in servers:
        assert "Traceback" not in server.log.read_text(), server.log.read_text()


class Session:
    """One browser: a cookie jar, and every request sent to the next server in turn
    (redirects too: they are followed by hand, so the next process gets them)."""

    def __init__(self, servers: tuple[Server, ...], first: int = 0) -> None:
        self.http = httpx.Client(timeout=20, follow_redirects=False)
        self.bases = itertools.islice(itertools.cycle(s.url for s in servers), first, None)
        self.served: list[tuple[str, str, str, int]] = []
        self.csrf = ""

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        base = next(self.bases)
        response = self.http.request(method, base + path, **kwargs)
        self.served.append((method, path, base, response.status_code))
        token = re.search(r'<meta name="csrf-token" content="([^"]+)"', response.text)
        if token and response.headers.get("content-type", "").startswith("text/html"):
            self.csrf = token.group(1)
        return response

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def form(self, path: str, **fields: str) -> httpx.Response:
        return self.post(path, data={"csrf_token": self.csrf, **fields})

    def login_form(self) -> str:
        """The sign-in form's CSRF token (bound to the nonce cookie the page sets)."""
        page = self.get("/app/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert page.status_code == 200 and token
        return token.group(1)

    def sign_in(
        self, username: str, password: str | None = None, token: str | None = None
    ) -> httpx.Response:
        return self.post(
            "/app/login",
            data={
                "username": username,
                "password": password or DEMO_PASSWORDS[username],
                "csrf_token": token or self.login_form(),
                "next": "/app/ask",
            },
        )

    def ask(self, question: str, conversation: str = "") -> httpx.Response:
        """The ask page's script: the answer as a fragment."""
        return self.post(
            "/app/ask",
            data={"question": question, "conversation_id": conversation},
            headers={"X-Requested-With": "fetch", "X-CSRF-Token": self.csrf},
        )

    def close(self) -> None:
        self.http.close()


def charts_in(page: httpx.Response) -> list[str]:
    """The addresses of the charts on a page that load after it (new charts)."""
    return re.findall(r'<img src="(/app/charts/[^"]+\.svg)"', page.text)


def conversation_of(fragment: httpx.Response) -> str:
    found = re.search(r'data-conversation="([^"]*)"', fragment.text)
    assert found and found.group(1), fragment.text
    return found.group(1)


def test_a_session_whose_requests_alternate_between_two_processes(
    two_servers: tuple[Server, Server],
) -> None:
    manager = Session(two_servers)
    signed_in = manager.sign_in("manager_multi")  # form from A, signed in by B
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/app/ask"
    page = manager.get("/app/ask")
    assert page.status_code == 200 and "manager_multi" in page.text

    # A new chart: its address is served by the process that did not render the page.
    answer = manager.ask("revenue by store")
    assert answer.status_code == 200 and "status-ok" in answer.text, answer.text
    [first_chart] = charts_in(answer)
    chart = manager.get(first_chart)
    assert chart.status_code == 200, manager.served[-2:]
    assert chart.headers["content-type"] == "image/svg+xml" and chart.text.startswith("<svg")

    # A follow-up in the same conversation, on the other process; its chart too.
    conversation = conversation_of(answer)
    follow = manager.ask("by month instead", conversation)
    assert "status-ok" in follow.text and "Revenue" in follow.text, follow.text
    assert conversation_of(follow) == conversation
    [second_chart] = charts_in(follow)
    assert manager.get(second_chart).status_code == 200, manager.served[-2:]
    again = manager.get(f"/app/ask?c={conversation}")
    questions = re.findall(r'<p class="question">([^<]*)</p>', again.text)
    assert questions == ["revenue by store", "by month instead"]

    # A held question, followed on the other process.
    held = manager.ask(EXPORT)
    assert "status-pending_approval" in held.text, held.text
    found = re.search(r'href="/app/approvals/(\d+)"', held.text)
    assert found
    approval = f"/app/approvals/{found.group(1)}"
    assert "Waiting for a decision" in manager.get(approval).text

    # An admin in another browser: nobody else loads the manager's chart; the queue, the
    # decision (a form with the CSRF token of a page from the other process), the admin
    # pages, and the API with the session cookie and its CSRF header.
    admin = Session(two_servers, first=1)
    assert admin.sign_in("admin_user").status_code == 303
    assert admin.get(first_chart).status_code == 404  # on both processes
    assert admin.get(first_chart).status_code == 404
    assert found.group(0) in admin.get("/app/approvals").text
    assert admin.get(approval).status_code == 200
    decided = admin.form(f"{approval}/approve", reason="alternating")
    assert decided.status_code == 303, decided.text
    assert "Approved and run" in admin.get(decided.headers["location"]).text
    assert "manager_multi" in admin.get("/app/admin/users").text
    audit = admin.get("/app/admin/audit").text
    assert all(q in html.unescape(audit) for q in ("revenue by store", "by month instead", EXPORT))
    assert admin.get("/app/admin/prompts").status_code == 200
    assert admin.get("/app/admin/models").status_code == 200
    me = admin.get("/api/me")
    assert me.status_code == 200 and me.json()["username"] == "admin_user"
    api = admin.post(
        "/api/ask", json={"question": "total revenue"}, headers={"X-CSRF-Token": admin.csrf}
    )
    assert api.status_code == 200 and api.json()["status"] == "ok", api.text

    # The requester sees the result (and its chart) on either process.
    result = manager.get(approval)
    assert "Approved and run" in result.text
    for address in charts_in(result):
        assert manager.get(address).status_code == 200

    # Failed sign-ins counted by both processes lock the account (the counter is shared).
    stranger = Session(two_servers)
    form = stranger.login_form()
    for _ in range(5):
        assert stranger.sign_in("finance_user", "wrong", form).status_code == 401
    assert stranger.sign_in("finance_user", "wrong", form).status_code == 423  # the 6th
    locked = stranger.sign_in("finance_user", token=form)
    assert locked.status_code == 423 and "is locked" in locked.text, locked.text

    # Signing out on one process signs the browser out of both, and ends the session
    # itself: its cookie, kept and sent again (as a thief would), is refused by both.
    kept = manager.http.cookies.get(SESSION_COOKIE)
    assert kept
    out = manager.form("/app/logout")
    assert out.status_code == 303 and out.headers["location"] == "/app/login"
    gone = manager.get("/app/ask")
    assert gone.status_code == 303 and gone.headers["location"].startswith("/app/login")
    for server in two_servers:
        replayed = httpx.get(f"{server.url}/api/me", cookies={SESSION_COOKIE: kept}, timeout=20)
        assert replayed.status_code == 401
        assert replayed.json()["error"]["code"] == "auth.session_ended"

    for session in (manager, admin, stranger):
        bases = [base for _, _, base, _ in session.served]
        assert all(a != b for a, b in itertools.pairwise(bases))  # every request alternated
        session.close()
