"""Full-page screenshots of the main pages at 1280 px, in the real browser against the
real server on the real Pagila (what `make run` loads, so the README shows what a
newcomer sees): `make screenshots` writes them to docs/screenshots/ (``--screenshots
DIR``) for the README; in the normal suite they go to a temporary folder, and the test
checks that each is a PNG of the page's width."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from bastion.db.engine import Database
from bastion.server import create_app
from bastion.services import Services
from tests.conftest import PAGILA_TEMPLATE, LiveServer, create_database, make_settings
from tests.web.conftest import ask, drawn_chart, new_page, sign_in

WIDTH = 1280
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ADMIN_PAGES = {
    "admin-prompts": "/app/admin/prompts",
    "admin-models": "/app/admin/models",
    "admin-audit": "/app/admin/audit",
    "admin-users": "/app/admin/users",
}


@pytest.fixture
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    chosen = request.config.getoption("screenshots", default=None)
    target = Path(chosen) if chosen else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture(scope="module")
def pagila_server(
    admin_uri: str, pagila_template_url: URL, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """A server of its own on a fresh copy of the real-Pagila database: the pages show
    only what this test did (its questions, its approvals), whatever ran before."""
    db = Database(create_database(admin_uri, "screenshots", template=PAGILA_TEMPLATE))
    settings = make_settings(tmp_path_factory.mktemp("screenshots-home"), db.url)
    services = Services.from_settings(settings, db=db)
    try:
        with LiveServer(create_app(services=services)) as server:
            yield server
    finally:
        services.dispose()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def shoot(page: Any, folder: Path, name: str, taken: list[Path]) -> None:
    for img in page.locator("figure.chart img").all():
        drawn_chart(img)
    page.mouse.move(0, 0)  # no hover effect nor focus ring in the picture
    page.evaluate("document.activeElement?.blur()")
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    taken.append(path)


def held_request(page: Any, question: str) -> int:
    turn = ask(page, question)
    href = turn.get_by_role("link", name=re.compile(r"Follow request \d+")).get_attribute("href")
    return int(str(href).rsplit("/", 1)[1])


def test_screenshots_of_the_main_pages(
    browser: Any, pagila_server: LiveServer, folder: Path
) -> None:
    base_url = pagila_server.url
    taken: list[Path] = []
    page = new_page(browser, base_url, width=WIDTH, height=800)

    page.goto("/app/login")
    shoot(page, folder, "sign-in", taken)

    sign_in(page, "manager_multi")
    ask(page, "revenue by month")  # an earlier conversation, listed beside the page
    page.get_by_role("link", name="New conversation").click()
    page.wait_for_url("**/app/ask")
    first = ask(page, "top 5 categories by revenue")
    ask(page, "what about rentals?")
    audit_id = first.get_attribute("data-audit")
    page.reload()  # the conversation's address shows it again
    shoot(page, folder, "ask", taken)
    page.context.close()

    # Questions held for an approver: two store managers ask for bulk exports.
    requester = new_page(browser, base_url, width=WIDTH, height=800)
    sign_in(requester, "manager_store1")
    approval_id = held_request(requester, "export all rentals by month")
    other = new_page(browser, base_url, width=WIDTH, height=800)
    sign_in(other, "manager_multi")
    held_request(other, "export all revenue by month")
    other.context.close()

    approver = new_page(browser, base_url, width=WIDTH, height=800)
    sign_in(approver, "approver_user")
    approver.goto("/app/approvals")
    shoot(approver, folder, "approvals-queue", taken)
    approver.goto(f"/app/approvals/{approval_id}")
    shoot(approver, folder, "approval-request", taken)
    approver.get_by_label("Note for the record (optional)").fill("Monthly report for store 1")
    approver.get_by_role("button", name="Approve and run").click()
    approver.wait_for_url("**?done=executed#decision")
    approver.context.close()

    requester.goto(f"/app/approvals/{approval_id}")
    shoot(requester, folder, "approval-result", taken)
    requester.context.close()

    # The admin pages, as far as they exist.
    admin = new_page(browser, base_url, width=WIDTH, height=800)
    sign_in(admin, "admin_user")
    ask(admin, "top 5 customers by revenue")  # by their masked names
    shoot(admin, folder, "ask-customers", taken)
    pages = dict(ADMIN_PAGES)
    if audit_id:
        pages["admin-audit-entry"] = f"/app/admin/audit/{audit_id}"
    for name, address in pages.items():
        response = admin.goto(address)
        if response is not None and response.status == 200:
            shoot(admin, folder, name, taken)
    admin.context.close()

    assert len(taken) >= 6
    for path in taken:
        width, height = png_size(path)
        assert width == WIDTH and height >= 400, (path.name, width, height)
        assert path.stat().st_size > 10_000, path.name
