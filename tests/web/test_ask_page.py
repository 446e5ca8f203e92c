"""The sign-in and ask pages in a real browser."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.web.conftest import DEMO_PASSWORDS, ask, sign_in


@pytest.mark.parametrize("username", sorted(DEMO_PASSWORDS))
def test_every_seed_user_signs_in_and_sees_their_scope(page: Any, username: str) -> None:
    sign_in(page, username)
    header = page.locator("header .who").inner_text()
    assert username in header
    assert page.get_by_role("heading", name="Ask a question").is_visible()
    assert page.console_errors == []


def test_wrong_password_says_so_in_words(page: Any) -> None:
    page.goto("/app/login")
    page.get_by_label("Username").fill("manager_multi")
    page.get_by_label("Password").fill("nope")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").inner_text() == "The username or password is not right."


def test_a_question_shows_the_number_the_chart_the_rows_and_the_sql(page: Any) -> None:
    sign_in(page, "manager_multi")
    turn = ask(page, "revenue by store")
    assert "Store 1" in turn.locator(".answer-text").inner_text() or "store 1" in turn.inner_text()
    chart = turn.locator("figure.chart img")
    assert chart.count() == 1
    # Inline when rendered before, else its address (it renders after the answer is sent).
    assert chart.get_attribute("src").startswith(("data:image/svg+xml;base64,", "/app/charts/"))
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=chart.element_handle()
    )
    rows = turn.locator("table.rows tbody tr")
    assert rows.count() == 2
    turn.locator("details.sql summary").click()
    # Laid out by sqlglot's pretty printer, one clause per line, and highlighted.
    sql = turn.locator("details.sql code")
    lines = sql.inner_text().splitlines()
    assert lines[0] == "SELECT" and "FROM (" in lines and "GROUP BY" in lines
    assert sql.locator("span.sql-k").first.inner_text() == "SELECT"
    assert "Scope: store_manager, stores 1, 2" in turn.locator(".meta").inner_text()
    assert page.console_errors == []


def test_pages_send_a_strict_content_security_policy(live_server: Any) -> None:
    response = httpx.get(f"{live_server.url}/app/login")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-frame-options"] == "DENY"


def test_pages_need_a_session_and_api_writes_need_the_csrf_token(live_server: Any) -> None:
    with httpx.Client(base_url=live_server.url) as http:
        response = http.get("/app/ask", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/app/login?next=/app/ask"
        form = http.get("/app/login")
        token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
        signed = http.post(
            "/app/login",
            data={"username": "manager_multi", "password": "manager123", "csrf_token": token},
            follow_redirects=False,
        )
        assert signed.status_code == 303
        assert "httponly" in signed.headers["set-cookie"].lower()
        assert "samesite=strict" in signed.headers["set-cookie"].lower()
        forged = http.post("/api/ask", json={"question": "total revenue"})
        assert forged.status_code == 403 and forged.json()["error"]["code"] == "auth.csrf_failed"
        forged_form = http.post("/app/ask", data={"question": "total revenue"})
        assert forged_form.status_code == 403  # a page saying why, not a JSON body
        assert forged_form.headers["content-type"].startswith("text/html")
        assert "security token" in forged_form.text
        assert http.get("/api/me").json()["username"] == "manager_multi"  # reads need none
