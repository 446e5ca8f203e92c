"""The approvals pages in a real browser against the real server: the queue, one request
with its SQL and reasons, deciding, the result for the requester, and the same
permission checks as the API (others get a 404 page; nobody decides on their own
request; a decision already made is a sentence, not a second decision)."""

from __future__ import annotations

import re
from typing import Any

import httpx
from sqlalchemy import text

from bastion.answer.formats import json_value
from bastion.approvals import service
from bastion.execution.executor import Scope
from bastion.services import Services
from tests.approvals import hold, principal
from tests.helpers import PASSWORD, make_user, org_admin
from tests.web.conftest import ask, drawn_chart, new_page, sign_in

EXPORT = "export all rentals by month"
XSS = '<script>window.__x=1</script><img src=x onerror="window.__y=1">'


def held_in_browser(page: Any, question: str = EXPORT) -> int:
    """Ask a question the default policy holds; the id of the request it made."""
    turn = ask(page, question)
    assert "status-pending_approval" in (turn.get_attribute("class") or "")
    link = turn.get_by_role("link", name=re.compile(r"Follow request \d+"))
    match = re.fullmatch(r"/app/approvals/(\d+)", link.get_attribute("href") or "")
    assert match, link.get_attribute("href")
    return int(match.group(1))


def table_rows(page: Any, selector: str) -> list[list[str]]:
    return list(
        page.locator(selector).evaluate(
            "t => Array.from(t.tBodies[0].rows, r => Array.from(r.cells, c => c.dataset.value))"
        )
    )


def forge_decision(page: Any, approval_id: int, action: str, reason: str = "") -> None:
    """Submit a decision form the page did not offer, with the user's own CSRF token (as a
    person with the browser's developer tools could): the server must still refuse."""
    with page.expect_navigation():
        page.evaluate(
            """([id, action, reason]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = `/app/approvals/${id}/${action}`;
                for (const [name, value] of [
                    ["csrf_token", document.querySelector('meta[name="csrf-token"]').content],
                    ["reason", reason],
                ]) {
                    const input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    input.value = value;
                    form.append(input);
                }
                document.body.append(form);
                form.submit();
            }""",
            [approval_id, action, reason],
        )


def other_errors(page: Any, *statuses: int) -> list[str]:
    """The page's console errors but the browser's note on pages answered with one of
    ``statuses`` on purpose (a CSP violation or a script error stays)."""
    expected = tuple(
        f"Failed to load resource: the server responded with a status of {s} " for s in statuses
    )
    return [e for e in page.console_errors if not e.startswith(expected)]


def status_of(services: Services, approval_id: int) -> str:
    with services.db.session() as db:
        return service.load_request(
            db, principal(services, "admin_user").org_id, approval_id
        ).status


def test_an_approval_from_request_to_result_with_two_users(
    browser: Any, live_server: Any, services: Services
) -> None:
    manager = new_page(browser, live_server.url)
    sign_in(manager, "manager_store1")
    approval_id = held_in_browser(manager)

    # The requester follows the link: waiting, the SQL that would run, no decision forms.
    manager.get_by_role("link", name=f"Follow request {approval_id}").click()
    manager.wait_for_url(f"**/app/approvals/{approval_id}")
    assert manager.locator(".appr-question").inner_text() == EXPORT
    assert manager.locator("#status").inner_text() == "Waiting for a decision"
    assert (
        "Waiting for an approver; nothing has run."
        in manager.locator(".appr-decision").inner_text()
    )
    assert manager.get_by_role("button", name="Approve and run").count() == 0
    assert manager.locator("#result").count() == 0

    # The approver finds it in the org's queue with the requester, why and the risk.
    approver = new_page(browser, live_server.url)
    sign_in(approver, "approver_user")
    approver.get_by_role("navigation", name="Main").get_by_role("link", name="Approvals").click()
    approver.wait_for_url("**/app/approvals")
    row = approver.locator("#queue tbody tr").filter(
        has=approver.get_by_role("link", name=f"#{approval_id}", exact=True)
    )
    cells = row.locator("td").all_inner_texts()
    assert cells[1] == EXPORT
    assert cells[2].startswith("manager_store1") and "store_manager, store 1" in cells[2]
    assert "Bulk exports need an approver's review." in cells[3]
    assert "default v1: topics.bulk-export" in cells[3]
    assert cells[4].startswith("20") and "low" in cells[4]
    assert cells[5] == "Waiting for a decision" and cells[6].startswith("expires in ")

    # The request: the exact SQL laid out and highlighted, limited to the requester's store.
    row.get_by_role("link", name=EXPORT).click()
    approver.wait_for_url(f"**/app/approvals/{approval_id}")
    sql = approver.locator("section.sql pre code")
    assert "  WHERE\n    store_id IN (1)\n" in sql.inner_text()
    assert sql.locator("span.sql-k").first.inner_text() == "SELECT"
    assert "unfiltered scan of v_rental_scoped" in approver.locator(".appr-facts").inner_text()

    approver.get_by_label("Note for the record (optional)").fill("monthly report")
    approver.get_by_role("button", name="Approve and run").click()
    approver.wait_for_url(f"**/app/approvals/{approval_id}?done=executed#decision")
    assert approver.get_by_role("status").filter(has_text="Approved").inner_text() == (
        "Approved: the question ran and its result is below."
    )
    assert approver.locator("#status").inner_text() == "Approved and run"
    events = approver.locator(".appr-events tbody tr td:nth-child(2)").all_inner_texts()
    assert events == ["requested", "approved", "executed"]
    assert approver.locator("#result table.rows tbody tr").count() > 1  # approvers see it too

    # The requester reloads: the result, computed under their store, with its chart.
    manager.reload()
    assert manager.locator("#status").inner_text() == "Approved and run"
    result = manager.locator("#result")
    assert "Rentals" in result.locator(".answer-text").inner_text()
    drawn_chart(result.get_by_role("img", name="Chart: Rentals by month"))
    with services.db.session() as db:
        reviewed = service.get_request(db, principal(services, "manager_store1"), approval_id)
    expected = services.executor.run(reviewed.sql, Scope((1,), False))
    assert table_rows(manager, "#result table.rows") == [
        [str(json_value(v)) for v in row] for row in expected.rows
    ]
    assert result.get_by_role("link", name="Download CSV").is_visible()
    assert "monthly report" in manager.locator(".appr-facts").inner_text()

    # And in the requester's list, with its status.
    manager.goto("/app/approvals")
    assert manager.locator("#queue").count() == 0  # no queue for a store manager
    mine = manager.locator("#mine tbody tr").filter(
        has=manager.get_by_role("link", name=f"#{approval_id}", exact=True)
    )
    assert "Approved and run" in mine.inner_text()
    assert manager.console_errors == [] and approver.console_errors == []
    manager.context.close()
    approver.context.close()


def test_nobody_decides_on_their_own_request(
    page: Any, browser: Any, live_server: Any, services: Services
) -> None:
    """An admin (who may decide) holds a question: no forms on their own request, and a
    decision sent anyway is refused with the service's sentence; a store manager who
    sends one is told that only approvers decide."""
    sign_in(page, "admin_user")
    approval_id = held_in_browser(page)
    page.goto(f"/app/approvals/{approval_id}")
    assert page.get_by_role("button", name="Approve and run").count() == 0
    assert (
        "another approver of your organisation must" in page.locator(".appr-decision").inner_text()
    )

    forge_decision(page, approval_id, "approve")
    assert page.get_by_role("alert").inner_text() == (
        "Nobody decides on their own request; another approver must."
    )
    assert page.locator("#status").inner_text() == "Waiting for a decision"
    assert status_of(services, approval_id) == "pending"

    manager = new_page(browser, live_server.url)
    sign_in(manager, "manager_store1")
    own = held_in_browser(manager)
    manager.goto(f"/app/approvals/{own}")
    forge_decision(manager, own, "reject", "no")
    assert manager.get_by_role("alert").inner_text() == (
        "Only approvers and administrators may decide on approval requests."
    )
    assert status_of(services, own) == "pending"
    assert other_errors(page, 403) == [] and other_errors(manager, 403) == []
    manager.context.close()


def test_rejecting_needs_a_reason_and_the_requester_reads_it(
    browser: Any, live_server: Any, services: Services
) -> None:
    held = hold(services, "manager_store1")
    approver = new_page(browser, live_server.url)
    sign_in(approver, "approver_user")
    approver.goto(f"/app/approvals/{held.id}")
    reason = approver.get_by_label("Reason for rejecting (the requester reads it)")
    assert reason.get_attribute("required") is not None
    reason.fill("   ")  # passes the browser's check; the server's does not
    approver.get_by_role("button", name="Reject").click()
    assert (
        approver.get_by_role("alert")
        .inner_text()
        .startswith("A rejection needs a reason (1 to 1000 characters)")
    )
    assert status_of(services, held.id) == "pending"

    approver.get_by_label("Reason for rejecting (the requester reads it)").fill(
        "Too broad: ask for one month at a time."
    )
    approver.get_by_role("button", name="Reject").click()
    approver.wait_for_url(f"**/app/approvals/{held.id}?done=rejected#decision")
    assert approver.locator("#status").inner_text() == "Rejected"

    manager = new_page(browser, live_server.url)
    sign_in(manager, "manager_store1")
    manager.goto(f"/app/approvals/{held.id}")
    assert manager.locator(".appr-rejected").inner_text() == (
        "Rejected by approver_user: Too broad: ask for one month at a time."
    )
    assert manager.locator("#result").count() == 0
    assert other_errors(approver, 422) == [] and manager.console_errors == []
    approver.context.close()
    manager.context.close()


def test_a_decision_already_made_is_a_sentence_not_a_second_decision(
    browser: Any, live_server: Any, services: Services
) -> None:
    held = hold(services, "manager_store1")
    approver = new_page(browser, live_server.url)
    sign_in(approver, "approver_user")
    approver.goto(f"/app/approvals/{held.id}")  # the forms are on the page ...

    admin = new_page(browser, live_server.url)  # ... while an admin approves it
    sign_in(admin, "admin_user")
    admin.goto(f"/app/approvals/{held.id}")
    admin.get_by_role("button", name="Approve and run").click()
    admin.wait_for_url("**?done=executed#decision")

    approver.get_by_label("Reason for rejecting (the requester reads it)").fill("no")
    approver.get_by_role("button", name="Reject").click()
    assert approver.get_by_role("alert").inner_text() == (
        f"Approval request {held.id} is already executed by admin_user."
    )
    assert approver.locator("#status").inner_text() == "Approved and run"
    assert approver.get_by_role("button", name="Reject").count() == 0
    assert other_errors(approver, 409) == [] and admin.console_errors == []
    approver.context.close()
    admin.context.close()


def test_a_request_past_its_expiry_can_no_longer_be_decided(page: Any, services: Services) -> None:
    """Past its expiry a request cannot be decided, whether or not the server's sweeper
    has marked it expired yet (it runs every 15 seconds in the test server too)."""
    held = hold(services, "manager_store1")
    with services.db.autocommit.connect() as conn:  # as if an hour had passed
        conn.execute(
            text(
                "UPDATE bastion.approval_queue SET expires_at = now() - interval '1 minute',"
                " created_at = now() - interval '61 minutes' WHERE id = :id"
            ),
            {"id": held.id},
        )
    sign_in(page, "approver_user")
    page.goto("/app/approvals?status=all")
    row = page.locator("#queue tbody tr").filter(
        has=page.get_by_role("link", name=f"#{held.id}", exact=True)
    )
    cells = row.locator("td").all_inner_texts()
    assert cells[6].startswith("past its expiry") or cells[5] == "Expired", cells
    page.goto(f"/app/approvals/{held.id}")
    assert page.get_by_role("button", name="Approve and run").count() == 0
    decision = page.locator(".appr-decision").inner_text()
    assert (
        "past its expiry and can no longer be decided" in decision
        or "Nobody decided before it expired" in decision
    ), decision
    forge_decision(page, held.id, "approve")
    assert page.get_by_role("alert").inner_text() == (
        f"Approval request {held.id} has expired; the question must be asked again."
    )
    assert status_of(services, held.id) in ("pending", "expired")
    assert other_errors(page, 409) == []


def test_others_get_a_404_page_and_non_approvers_no_queue(
    browser: Any, live_server: Any, services: Services
) -> None:
    held = hold(services, "manager_store1")
    # Another store manager of the same org: not theirs, not an approver.
    other = new_page(browser, live_server.url)
    sign_in(other, "manager_multi")
    response = other.goto(f"/app/approvals/{held.id}")
    assert response.status == 404
    assert other.get_by_role("heading", level=1).inner_text() == "Not found"
    alert = other.get_by_role("alert").inner_text()  # the sentence, then the code
    assert alert.startswith(f"There is no approval request {held.id} you can see.")
    assert alert.endswith("Code: approvals.not_found")
    assert other.get_by_role("link", name="Back to approvals").count() == 1
    other.goto("/app/approvals")
    assert other.locator("#queue").count() == 0
    assert other.get_by_role("link", name=f"#{held.id}", exact=True).count() == 0
    for address in ("/app/approvals/abc", "/app/approvals/99999999999999999999"):
        assert other.goto(address).status == 404
    assert other_errors(other, 404) == []
    other.context.close()

    # An admin of another org never learns that it exists, even by deciding.
    _, stranger = org_admin(services)
    outside = new_page(browser, live_server.url)
    sign_in(outside, stranger, PASSWORD)
    assert outside.goto(f"/app/approvals/{held.id}").status == 404
    outside.goto("/app/approvals?status=all")
    assert outside.get_by_role("link", name=f"#{held.id}", exact=True).count() == 0
    forge_decision(outside, held.id, "approve")
    assert outside.get_by_role("heading", level=1).inner_text() == "Not found"
    assert status_of(services, held.id) == "pending"
    assert other_errors(outside, 404) == []
    outside.context.close()


def test_pages_without_a_session_or_token_refuse(live_server: Any) -> None:
    with httpx.Client(base_url=live_server.url) as http:
        page = http.get("/app/approvals", follow_redirects=False)
        assert page.status_code == 303
        assert page.headers["location"] == "/app/login?next=/app/approvals"
        form = http.get("/app/login")
        token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
        http.post(
            "/app/login",
            data={"username": "approver_user", "password": "approver123", "csrf_token": token},
        )
        forged = http.post("/app/approvals/1/approve", data={"reason": "x"})
        assert forged.status_code == 403
        assert "missing its security token" in forged.text


def test_a_question_with_a_script_tag_is_text_on_the_approvals_pages(
    page: Any, services: Services
) -> None:
    requester = make_user(services, store_ids=(1,))
    held = hold(services, requester, question=XSS)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, "approver_user")
    page.goto("/app/approvals")
    row = page.locator("#queue tbody tr").filter(
        has=page.get_by_role("link", name=f"#{held.id}", exact=True)
    )
    assert row.locator("td.appr-q").inner_text() == XSS
    assert row.locator("img").count() == 0
    page.goto(f"/app/approvals/{held.id}")
    assert page.locator(".appr-question").inner_text() == XSS
    assert page.locator("main img, main script").count() == 0
    assert page.evaluate("[typeof window.__x, typeof window.__y]") == ["undefined", "undefined"]
    assert dialogs == [] and page.console_errors == []


def test_the_approvals_pages_fit_a_phone_width_window(
    browser: Any, live_server: Any, services: Services
) -> None:
    held = hold(services, "manager_store1")
    assert service.approve(services, principal(services, "approver_user"), held.id).status == (
        "executed"
    )
    phone = new_page(browser, live_server.url, width=375, height=800)
    sign_in(phone, "manager_store1")
    for address in ("/app/approvals", f"/app/approvals/{held.id}"):
        phone.goto(address)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 375, address
    assert phone.locator("#result table.rows tbody tr").count() > 0
    assert phone.console_errors == []
    phone.context.close()


def test_a_new_requester_sees_an_empty_list_that_says_what_it_is_for(
    browser: Any, live_server: Any, services: Services
) -> None:
    newcomer = make_user(services, store_ids=(2,))
    page = new_page(browser, live_server.url)
    sign_in(page, newcomer, PASSWORD)
    page.goto("/app/approvals")
    assert page.locator("#mine").count() == 0
    assert page.locator(".appr-empty").inner_text().startswith("None yet.")
    page.context.close()
