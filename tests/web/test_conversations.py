"""Conversations on the ask page, in a real browser against the real server: the address
names the conversation, a reload or the address opened later shows every answer again
(chart, rows and SQL) and follow-ups continue it; the user's conversations are listed
beside the page; without the script a question redirects to its conversation; only the
owner and their org's admins open one, and an answer is shown again only while its
reader may still see it."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from bastion.identity import service as identity
from bastion.services import Services
from tests.helpers import PASSWORD, bearer, make_user, org_admin, token_for
from tests.web.conftest import ask, drawn_chart, new_page, sign_in

CONVERSATION = re.compile(r".*/app/ask\?c=([0-9a-f-]{36})(#turn-\d+)?$")


def conversation_in(url: str) -> str:
    found = CONVERSATION.match(url)
    assert found, url
    return found.group(1)


def listed(page: Any) -> list[str]:
    return list(page.locator("#conversations li a").all_inner_texts())


def test_a_conversation_survives_a_reload_and_is_listed_beside_the_page(
    page: Any, services: Services
) -> None:
    user = make_user(services, role="store_manager", store_ids=(1, 2))
    sign_in(page, user, PASSWORD)
    history = page.get_by_role("complementary")
    assert history.get_by_role("heading", name="Your conversations").is_visible()
    assert listed(page) == []

    first = ask(page, "revenue by store")
    conversation = conversation_in(page.url)  # the address names it at once
    assert first.get_attribute("data-conversation") == conversation
    assert listed(page) == ["revenue by store"]
    current = history.get_by_role("link", name="revenue by store")
    assert current.get_attribute("aria-current") == "page"
    ask(page, "only store 1")
    assert conversation_in(page.url) == conversation and listed(page) == ["revenue by store"]

    # A reload shows every answer again as it was: text, chart, rows, SQL.
    page.reload()
    turns = page.locator("#thread article.turn")
    assert turns.locator(".question").all_inner_texts() == ["revenue by store", "only store 1"]
    assert [turns.nth(i).locator("table.rows tbody tr").count() for i in range(2)] == [2, 1]
    assert "in store 1" in turns.nth(1).locator(".answer-text").inner_text()
    drawn_chart(turns.nth(0).locator("figure.chart img"))
    turns.nth(0).locator("details.sql summary").click()
    assert turns.nth(0).locator("details.sql code").inner_text().startswith("SELECT\n")
    assert "; asked 20" in turns.nth(0).locator(".meta").last.inner_text()
    # ... and a follow-up continues it.
    third = ask(page, "only store 2")
    assert third.get_attribute("data-conversation") == conversation
    assert "in store 2" in third.locator(".answer-text").inner_text()

    # A new conversation has its own address and heads the list; the older one reopens.
    page.get_by_role("link", name="New conversation").click()
    page.wait_for_url("**/app/ask")
    assert page.locator("#thread article").count() == 0
    ask(page, "rentals by category")
    other = conversation_in(page.url)
    assert other != conversation
    assert listed(page) == ["rentals by category", "revenue by store"]
    history.get_by_role("link", name="revenue by store").click()
    page.wait_for_url(f"**/app/ask?c={conversation}")
    assert page.locator("#thread article.turn .question").all_inner_texts() == [
        "revenue by store",
        "only store 1",
        "only store 2",
    ]
    assert page.locator("#conversation-id").input_value() == conversation
    assert page.console_errors == []


def test_without_the_script_a_question_goes_to_its_conversations_address(
    browser: Any, live_server: Any, services: Services
) -> None:
    user = make_user(services, role="store_manager", store_ids=(1, 2))
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, user, PASSWORD)
        page.get_by_label("Your question").fill("revenue by store")
        page.get_by_role("button", name="Ask", exact=True).click()
        page.wait_for_url(CONVERSATION)
        conversation = conversation_in(page.url)
        assert page.locator("#thread article.turn.status-ok").count() == 1
        page.reload()  # asks nothing again
        assert page.locator("#thread article.turn").count() == 1
        page.get_by_label("Your question").fill("only store 1")
        page.get_by_role("button", name="Ask", exact=True).click()
        page.wait_for_url(re.compile(r".*#turn-\d+$"))
        assert conversation_in(page.url) == conversation
        assert page.locator("#thread article.turn .question").all_inner_texts() == [
            "revenue by store",
            "only store 1",
        ]
        assert listed(page) == ["revenue by store"]
    finally:
        context.close()


def test_only_the_owner_and_their_admins_open_a_conversation(
    browser: Any, live_server: Any, page: Any, services: Services, client: httpx.Client
) -> None:
    owner = make_user(services, role="store_manager", store_ids=(1, 2))
    body = client.post(
        "/api/ask",
        headers=bearer(token_for(client, owner)),
        json={"question": "revenue by store"},
    ).json()
    address = f"/app/ask?c={body['conversation_id']}"

    # Another store manager of the org, and an admin of another org: a 404 page.
    _, stranger_admin = org_admin(services)
    for other in (make_user(services, role="store_manager", store_ids=(1, 2)), stranger_admin):
        sign_in(page, other, PASSWORD)
        response = page.goto(address)
        assert response is not None and response.status == 404
        assert (
            page.get_by_role("alert")
            .inner_text()
            .startswith("There is no conversation with that id.")
        )
        assert "revenue by store" not in page.locator("main").inner_text()
        # Continuing it is refused, and the answer names no conversation to go to.
        token = page.locator('meta[name="csrf-token"]').get_attribute("content")
        follow = page.request.post(
            "/app/ask",
            form={"question": "only store 1", "conversation_id": body["conversation_id"]},
            headers={"X-Requested-With": "fetch", "X-CSRF-Token": str(token)},
        )
        assert "There is no conversation with that id." in follow.text()
        assert 'data-conversation=""' in follow.text()
        assert page.goto(f"/app/ask?c={uuid.uuid4()}").status == 404

    # An admin of the org reads it, and asking there starts a conversation of their own.
    # (a new admin of the demo org: admin_user's own list depends on what other tests asked)
    org_admin_name = make_user(services, role="admin", is_all_stores=True)
    admin = new_page(browser, live_server.url)
    sign_in(admin, org_admin_name, PASSWORD)
    admin.goto(address)
    assert admin.locator("#read-only").inner_text().startswith(f"This is {owner}'s conversation")
    assert admin.locator("#thread table.rows tbody tr").count() == 2
    assert admin.locator("#conversation-id").input_value() == ""
    assert "revenue by store" not in listed(admin)  # the list is the admin's own
    mine = ask(admin, "total revenue")
    assert mine.get_attribute("data-conversation") != body["conversation_id"]
    admin.context.close()

    # The owner's access narrowed to store 2: the answer about stores 1 and 2 is withheld.
    owner_page = new_page(browser, live_server.url)
    sign_in(owner_page, owner, PASSWORD)
    with services.db.session() as session:
        identity.set_store_access(session, identity.find_user(session, owner), (2,), False)
    owner_page.goto(address)
    turn = owner_page.locator("#thread article.turn")
    assert turn.locator(".question").inner_text() == "revenue by store"
    assert turn.locator(".withheld").inner_text().startswith("This answer is not shown again")
    assert turn.locator("table, img, .answer-text").count() == 0
    api = client.get(
        f"/api/conversations/{body['conversation_id']}", headers=bearer(token_for(client, owner))
    ).json()
    assert [(t["visible"], t["response"]) for t in api["turns"]] == [(False, None)]
    owner_page.context.close()
    assert page.console_errors == [] or all("404" in e for e in page.console_errors)


def test_the_conversations_list_folds_away_on_a_phone(
    browser: Any, live_server: Any, services: Services
) -> None:
    user = make_user(services, role="store_manager", store_ids=(1, 2))
    phone = new_page(browser, live_server.url, width=375, height=800)
    sign_in(phone, user, PASSWORD)
    ask(phone, "revenue by store")
    history = phone.locator("#history")
    assert history.evaluate("d => d.open") is False
    assert not phone.get_by_role("link", name="revenue by store").is_visible()
    history.locator("summary").click()
    assert phone.get_by_role("link", name="revenue by store").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert phone.console_errors == []
    phone.context.close()
