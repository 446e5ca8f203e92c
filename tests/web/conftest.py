"""Browser tests: Debian's chromium (/usr/bin/chromium, installed by `make browser`),
driven by Playwright against the real server of the test session. No browser download."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DEMO_PASSWORDS = {
    "admin_user": "admin123",
    "manager_store1": "manager123",
    "manager_multi": "manager123",
    "marketing_user": "marketing123",
    "finance_user": "finance123",
    "approver_user": "approver123",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        default=None,
        help="write the web app's screenshots to DIR (make screenshots: docs/screenshots)",
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is missing: run `make browser`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def new_page(browser: Any, base_url: str, width: int = 1280, height: int = 900) -> Any:
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.console_errors = errors  # CSP violations show up here
    return page


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    opened = new_page(browser, live_server.url)
    yield opened
    opened.context.close()


def sign_in(page: Any, username: str, password: str | None = None) -> None:
    page.goto("/app/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password or DEMO_PASSWORDS[username])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/app/ask")


def ask(page: Any, question: str) -> Any:
    """Ask on the ask page; the new answer's article."""
    before = page.locator("#thread article.turn").count()
    page.get_by_label("Your question").fill(question)
    page.get_by_role("button", name="Ask", exact=True).click()
    page.locator("#thread article.turn").nth(before).wait_for()
    return page.locator("#thread article.turn").nth(before)


def drawn_chart(img: Any) -> str:
    """Wait until a chart image has loaded; its src: a data: URI for a chart rendered
    before, else its /app/charts/ address (a new chart renders after the answer is sent)."""
    img.wait_for()
    img.evaluate(
        """img => (img.complete && img.naturalWidth > 0) || new Promise((done, fail) => {
            img.addEventListener("load", () => done(true));
            img.addEventListener("error", () => fail(new Error("the chart did not load")));
        })"""
    )
    assert img.evaluate("img => img.naturalWidth") > 100
    src = str(img.get_attribute("src"))
    assert src.startswith(("data:image/svg+xml;base64,", "/app/charts/")), src
    return src
