"""The admin pages in a real browser against the real server and database: prompt packs,
models, the audit log and users; the only fake is the OpenAI endpoint. Tests that change
state work in an org of their own, since other tests share the demo org."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bastion.errors import NotFound
from bastion.identity import service as identity
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.helpers import (
    PASSWORD,
    bearer,
    make_prompt_pack,
    make_user,
    org_admin,
    token_for,
    unique_name,
)
from tests.web.conftest import DEMO_PASSWORDS, ask, new_page, sign_in

ADMIN_PAGES = {
    "/app/admin/prompts": "Prompt packs",
    "/app/admin/models": "Models",
    "/app/admin/audit": "Audit log",
    "/app/admin/users": "Users",
}
XSS = "<script>alert(1)</script>"


@pytest.fixture
def org(services: Services, client: httpx.Client) -> dict[str, Any]:
    """A fresh org and its admin: the admin's name and API headers."""
    slug, admin = org_admin(services)
    return {"slug": slug, "admin": admin, "headers": bearer(token_for(client, admin))}


def pack_with_two_versions(client: httpx.Client, headers: dict[str, str], **kw: Any) -> Any:
    """A pack whose version 1 is active and version 2 a draft."""
    pack = make_prompt_pack(
        client, headers, blocks=[{"name": "tone", "template": "Be brief."}], **kw
    )
    saved = client.put(
        f"/api/prompts/{pack['id']}/blocks",
        headers=headers,
        json={"blocks": [{"name": "tone", "template": "Be brief and kind."}], "note": "kinder"},
    )
    assert saved.status_code == 201, saved.text
    return pack


def active_version(client: httpx.Client, headers: dict[str, str], pack_id: object) -> Any:
    return client.get(f"/api/prompts/{pack_id}", headers=headers).json()["active_version"]


def console_errors(page: Any, *statuses: int) -> list[str]:
    """The page's console errors, less the browser's note about a page that came back with
    one of ``statuses`` on purpose (a 403 page, a form sent back with a 409)."""
    notes = tuple(f"the server responded with a status of {status} " for status in statuses)
    return [e for e in page.console_errors if not any(note in e for note in notes)]


def status_text(page: Any) -> str:
    return str(page.get_by_role("status").inner_text())


def test_the_demo_admin_opens_every_admin_page_from_the_menu(page: Any) -> None:
    sign_in(page, "admin_user")
    menu = page.get_by_role("navigation", name="Main")
    for path, name in ADMIN_PAGES.items():
        menu.get_by_role("link", name=name).click()
        page.wait_for_url(f"**{path}")
        assert page.get_by_role("heading", level=1, name=name).is_visible()
        assert menu.get_by_role("link", name=name).get_attribute("aria-current") == "page"
    assert page.console_errors == []


def test_admin_pages_fit_a_phone_width_window(browser: Any, live_server: Any) -> None:
    phone = new_page(browser, live_server.url, width=375, height=800)
    try:
        sign_in(phone, "admin_user")
        for path in ADMIN_PAGES:
            phone.goto(path)
            assert phone.evaluate("document.documentElement.scrollWidth <= innerWidth"), path
        assert phone.console_errors == []
    finally:
        phone.context.close()


def test_activating_a_prompt_version_in_the_browser(
    page: Any, client: httpx.Client, org: dict[str, Any]
) -> None:
    headers = org["headers"]
    pack = pack_with_two_versions(client, headers)
    sign_in(page, org["admin"], PASSWORD)
    page.goto("/app/admin/prompts")
    row = page.locator("tbody tr", has=page.get_by_role("link", name=pack["name"]))
    assert row.locator("td").all_inner_texts()[:4] == ["narration", "org", "1", "2"]
    row.get_by_role("link", name=pack["name"]).click()

    versions = page.locator("#versions tbody tr")
    assert "active" in versions.nth(0).inner_text()
    assert "draft" in versions.nth(1).inner_text() and "kinder" in versions.nth(1).inner_text()
    assert page.locator(".block pre").inner_text() == "Be brief."  # the active version's
    page.get_by_label("From version").select_option("1")
    page.get_by_label("To version").select_option("2")
    page.get_by_role("button", name="Compare").click()
    page.locator("#diff .diff-add").last.wait_for()  # all_inner_texts() does not wait
    assert page.locator("#diff .diff-del").all_inner_texts()[-1] == "-Be brief."
    assert page.locator("#diff .diff-add").all_inner_texts()[-1] == "+Be brief and kind."

    page.get_by_role("button", name="Activate version 2").click()
    assert status_text(page) == "Version 2 is now active."
    assert page.locator("#active-version").inner_text() == "2"
    assert page.locator(".block pre").inner_text() == "Be brief and kind."
    assert active_version(client, headers, pack["id"]) == 2

    page.get_by_role("button", name="Roll back to version 1").click()
    assert status_text(page) == "Rolled back: version 1 is active again."
    assert active_version(client, headers, pack["id"]) == 1

    page.get_by_role("button", name="Archive version 1").click()
    assert status_text(page) == "Version 1 is archived."
    assert active_version(client, headers, pack["id"]) is None
    assert page.console_errors == []


def test_forged_forms_service_errors_and_bad_addresses_are_sentences(
    page: Any, client: httpx.Client, org: dict[str, Any]
) -> None:
    pack = pack_with_two_versions(client, org["headers"])
    sign_in(page, org["admin"], PASSWORD)
    path = f"/app/admin/prompts/{pack['id']}"
    forged = page.request.post(f"{path}/activate", form={"version": "2"})
    assert forged.status == 403
    assert "missing its security token" in forged.text()
    assert active_version(client, org["headers"], pack["id"]) == 1
    model = {"name": "forged", "base_url": "http://x", "model": "m", "purposes": "plan"}
    assert page.request.post("/app/admin/models", form=model).status == 403
    assert client.get("/api/models", headers=org["headers"]).json() == []

    page.goto(path)  # a rollback to a later version: the prompt service refuses it
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    refused = page.request.post(f"{path}/rollback", form={"version": "2", "csrf_token": token})
    assert refused.status == 409
    assert "Rollback goes to an earlier version than the active one (1)" in refused.text()
    assert active_version(client, org["headers"], pack["id"]) == 1

    response = page.goto("/app/admin/audit?status=lost")
    assert response.status == 422
    assert (
        page.get_by_role("alert")
        .inner_text()
        .startswith("This page could not read the value of status;")
    )
    assert page.goto(f"{path}?version=9").status == 404
    assert (
        page.get_by_role("alert")
        .inner_text()
        .startswith(f"Prompt pack {pack['id']} has no version 9.")
    )
    assert console_errors(page, 404, 422) == []


def test_the_audit_trail_of_a_question_just_asked(
    browser: Any, live_server: Any, page: Any, services: Services, client: httpx.Client
) -> None:
    asker = make_user(services, role="store_manager", store_ids=(1, 2))
    asking = new_page(browser, live_server.url)
    try:
        sign_in(asking, asker, PASSWORD)
        audit_id = ask(asking, "revenue by store").get_attribute("data-audit")
    finally:
        asking.context.close()
    admin = bearer(token_for(client, "admin_user", DEMO_PASSWORDS["admin_user"]))
    recorded = client.get(f"/api/audit/logs/{audit_id}", headers=admin).json()

    sign_in(page, "admin_user")
    page.goto("/app/admin/audit")
    page.get_by_label("User").fill(asker)
    page.get_by_label("Status").select_option("ok")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(f"**/app/admin/audit?user={asker}&status=ok&stage=")
    rows = page.locator("#audit-logs tbody tr")
    assert rows.count() == 1
    rows.get_by_role("link", name="revenue by store").click()
    page.wait_for_url(f"**/app/admin/audit/{audit_id}")

    assert page.get_by_role("heading", level=1).inner_text() == f"Question {audit_id}"
    stages = page.locator("#stages tbody tr")
    assert stages.locator("th").all_inner_texts() == [e["stage"] for e in recorded["events"]]
    assert {"planning", "validation", "db_execution", "completed"} <= set(
        stages.locator("th").all_inner_texts()
    )
    assert stages.locator(".ms").all_inner_texts() == [
        f"{e['duration_ms']:.1f} ms" for e in recorded["events"]
    ]
    assert page.console_errors == []


def test_the_audit_log_follows_a_held_question_to_its_end(
    page: Any, services: Services, client: httpx.Client
) -> None:
    asker = make_user(services, role="store_manager", store_ids=(1,))
    headers = bearer(token_for(client, asker))
    held = [
        client.post("/api/ask", headers=headers, json={"question": question}).json()
        for question in ("export all rentals by month", "export all rentals by week")
    ]
    assert [body["status"] for body in held] == ["pending_approval"] * 2
    (done, waiting) = ((body["audit_id"], body["approval"]["id"]) for body in held)
    approver = bearer(token_for(client, "approver_user", DEMO_PASSWORDS["approver_user"]))
    approved = client.post(f"/api/approvals/{done[1]}/approve", headers=approver)
    assert approved.json()["status"] == "executed", approved.text

    sign_in(page, "admin_user")
    page.goto(f"/app/admin/audit?user={asker}")
    rows = page.locator("#audit-logs tbody tr")
    statuses = {
        rows.nth(i).locator("th").inner_text(): rows.nth(i).locator("td.status").inner_text()
        for i in range(rows.count())
    }
    assert statuses == {
        str(done[0]): f"pending_approval\nheld → approved by approver_user → executed"
        f" (request {done[1]})",
        str(waiting[0]): f"pending_approval\nheld → waiting for an approver (request {waiting[1]})",
    }

    page.goto(f"/app/admin/audit/{done[0]}")
    approval = page.locator("#approval")
    assert approval.locator(".approval-steps").inner_text() == (
        "held → approved by approver_user → executed"
    )
    assert "; decided 20" in approval.inner_text() and "; ran 20" in approval.inner_text()
    approval.get_by_role("link", name=f"request {done[1]}").click()
    page.wait_for_url(f"**/app/approvals/{done[1]}")
    assert page.locator("#result").get_by_role("heading").inner_text() == "Result"
    assert page.console_errors == []


def test_users_are_created_changed_disabled_and_unlocked_in_the_browser(
    browser: Any,
    live_server: Any,
    page: Any,
    client: httpx.Client,
    services: Services,
    org: dict[str, Any],
) -> None:
    name, password = unique_name("clerk"), "a long password"
    sign_in(page, org["admin"], PASSWORD)
    page.goto("/app/admin/users")
    assert "admin_user" not in page.locator("#users").inner_text()  # their own org only
    form = page.locator("#new-user")
    form.get_by_label("Username").fill(name)
    form.get_by_label("Password").fill(password)
    form.get_by_label("Role").select_option("store_manager")
    form.get_by_label("Stores", exact=True).fill("1, 2")
    form.get_by_role("button", name="Create user").click()
    assert status_text(page) == f"User {name} was created."
    assert "1, 2" in page.locator(f'#users tr[data-username="{name}"]').inner_text()

    # The same name again: the service's sentence, and the form keeps what was typed.
    form.get_by_label("Username").fill(name)
    form.get_by_label("Password").fill(password)
    form.get_by_label("All stores").check()
    form.get_by_role("button", name="Create user").click()
    assert page.get_by_role("alert").inner_text().startswith(f"A user named '{name}' already")
    assert form.get_by_label("Username").input_value() == name
    assert form.get_by_label("All stores").is_checked()

    theirs = new_page(browser, live_server.url)
    try:
        sign_in(theirs, name, password)
        assert "store_manager · stores 1, 2" in theirs.locator("header .who").inner_text()

        page.goto("/app/admin/users")
        page.get_by_role("link", name=name).click()
        page.get_by_label("Stores", exact=True).fill("2")
        page.get_by_role("button", name="Save store access").click()
        assert status_text(page).startswith(f"The store access of {name} is saved")
        theirs.reload()
        assert "store_manager · store 2" in theirs.locator("header .who").inner_text()

        page.get_by_role("button", name=f"Disable {name}").click()
        assert status_text(page).startswith(f"{name} is disabled")
        theirs.reload()
        theirs.wait_for_url("**/app/login?next=/app/ask")  # the session ended at once

        page.get_by_role("button", name=f"Enable {name}").click()
        for _ in range(services.settings.lockout_threshold):
            client.post("/api/auth/login", json={"username": name, "password": "wrong"})
        page.reload()
        assert "locked until" in page.locator(f'#users tr[data-username="{name}"]').inner_text()
        page.get_by_role("button", name=f"Unlock {name}").click()
        assert status_text(page) == f"{name} is unlocked and may try to sign in again."
        sign_in(theirs, name, password)
    finally:
        theirs.context.close()
    assert console_errors(page, 409) == []


def test_an_admin_sees_nothing_of_another_org(
    page: Any, services: Services, org: dict[str, Any]
) -> None:
    with services.db.session() as session:
        demo_admin = identity.find_user(session, "admin_user").id
    sign_in(page, org["admin"], PASSWORD)
    response = page.goto(f"/app/admin/users/{demo_admin}")
    assert response.status == 404
    assert page.get_by_role("alert").inner_text().startswith("There is no user with id")
    assert "admin_user" not in page.locator("main").inner_text()
    assert console_errors(page, 404) == []


def test_testing_a_model_against_the_scripted_server(
    page: Any, client: httpx.Client, org: dict[str, Any]
) -> None:
    script = {"models": {"good": {"content": "OK"}, "broken": {"status": 500}}}
    with FakeOpenAI(script) as fake:
        for model in ("good", "broken"):
            created = client.post(
                "/api/models",
                headers=org["headers"],
                json={
                    "name": f"{model}-model",
                    "base_url": fake.base_url,
                    "model": model,
                    "purposes": ["narration"],
                    "tier": "light",
                },
            )
            assert created.status_code == 201, created.text
        sign_in(page, org["admin"], PASSWORD)
        page.goto("/app/admin/models")
        assert page.locator("#models tbody th").all_inner_texts() == ["broken-model", "good-model"]
        assert page.locator("#usage .calls").inner_text() == "0 (0 failed)"

        page.get_by_role("button", name="Test good-model").click()
        result = page.get_by_role("status")
        assert result.get_by_role("heading").inner_text() == "Test of good-model: it answered"
        assert result.locator(".outcome").inner_text() == "ok"
        assert result.locator(".reply").inner_text() == "OK"
        assert result.locator(".latency").inner_text().endswith(" ms")
        tokens_in, tokens_out = (
            int(part.split()[0]) for part in result.locator(".tokens").inner_text().split(", ")
        )
        assert tokens_in > 0 and tokens_out > 0
        assert page.locator("#usage .calls").inner_text() == "1 (0 failed)"

        page.get_by_role("button", name="Test broken-model").click()
        failed = page.get_by_role("alert")
        assert failed.get_by_role("heading").inner_text() == "Test of broken-model: it failed"
        assert failed.locator(".outcome").inner_text() != "ok"
        assert "500" in failed.inner_text()
        assert [r["model"] for r in fake.requests][:2] == ["good", "broken"]
    assert page.console_errors == []


def test_models_are_added_changed_tested_and_removed_in_the_browser(
    page: Any, client: httpx.Client, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BASTION_TEST_PLANNER_KEY", "from-the-servers-environment")
    script = {"models": {"good": {"content": "OK"}, "broken": {"status": 500}}}
    with FakeOpenAI(script) as fake:
        sign_in(page, org["admin"], PASSWORD)
        page.goto("/app/admin/models")
        form = page.locator("#new-model")
        form.get_by_label("Name").fill("planner-a")
        form.get_by_label("Provider").select_option("vllm")
        form.get_by_label("Base URL").fill("not a url")
        form.get_by_label("Model id").fill("good")
        form.get_by_label("API key reference (optional)").fill("sk-live-123")
        form.get_by_label("Priority").fill("first")
        form.get_by_role("button", name="Add model").click()
        # What the form got wrong, as sentences, and the form keeps what was typed.
        assert page.get_by_role("alert").locator(".error").inner_text() == (
            "Base URL: input should be a valid URL, relative URL without a base. "
            "Purposes: choose at least one. "
            "Priority: input should be a valid integer, unable to parse string as an integer."
        )
        assert form.get_by_label("Name").input_value() == "planner-a"
        assert form.get_by_label("Provider").input_value() == "vllm"
        form.get_by_label("Base URL").fill(fake.base_url)
        form.get_by_label("plan").check()
        form.get_by_label("narration").check()
        form.get_by_label("Priority").fill("10")
        form.get_by_role("button", name="Add model").click()
        assert (
            page.get_by_role("alert")
            .locator(".error")
            .inner_text()
            .startswith(
                "api_key_ref must be secret:NAME, naming one of your organisation's secrets"
            )
        )
        # The server's environment is the operator's, never an org admin's to name.
        form.get_by_label("API key reference (optional)").fill("env:BASTION_TEST_PLANNER_KEY")
        form.get_by_role("button", name="Add model").click()
        assert (
            page.get_by_role("alert")
            .locator(".error")
            .inner_text()
            .startswith("env: and file: references are for the operator")
        )
        form.get_by_label("API key reference (optional)").fill("secret:planner-key")
        form.get_by_role("button", name="Add model").click()
        assert "no secret named planner-key" in page.get_by_role("alert").inner_text()
        # Stored as a secret of the org: listed by name, its value never shown again.
        secrets = page.locator("#new-secret")
        secrets.get_by_label("Name").fill("planner-key")
        secrets.get_by_label("Value").fill("sk-planner-0123456789")
        secrets.get_by_role("button", name="Store secret").click()
        assert status_text(page) == (
            "Secret planner-key is stored (version 1); reference it as secret:planner-key."
        )
        assert "sk-planner-0123456789" not in page.content()
        form.get_by_label("Name").fill("planner-a")
        form.get_by_label("Provider").select_option("vllm")
        form.get_by_label("Base URL").fill(fake.base_url)
        form.get_by_label("Model id").fill("good")
        form.get_by_label("plan").check()
        form.get_by_label("narration").check()
        form.get_by_label("Priority").fill("10")
        form.get_by_label("API key reference (optional)").fill("secret:planner-key")
        form.get_by_label("Tier").select_option("light")
        form.get_by_role("button", name="Add model").click()
        assert status_text(page) == "Model planner-a was added (version 1)."
        [shown] = client.get("/api/models", headers=org["headers"]).json()
        assert {k: shown[k] for k in ("provider", "base_url", "model", "api_key_ref")} == {
            "provider": "vllm",
            "base_url": fake.base_url,
            "model": "good",
            "api_key_ref": "secret:planner-key",
        }
        used = page.locator("#secret-list tbody tr")
        assert used.all_inner_texts() == [used.first.inner_text()]
        assert "planner-a" in used.first.inner_text() and "version" not in used.first.inner_text()
        assert (shown["tier"], shown["purposes"], shown["priority"]) == (
            "light",
            ["plan", "narration"],
            10,
        )

        page.get_by_role("button", name="Test planner-a").click()
        assert page.get_by_role("status").get_by_role("heading").inner_text() == (
            "Test of planner-a: it answered"
        )

        # Changed on its own page: a new version, and the test calls the new model id.
        page.get_by_role("link", name="Edit planner-a").click()
        page.wait_for_url(f"**/app/admin/models/{shown['id']}")
        edit = page.locator("#edit-model")
        assert edit.get_by_label("Model id").input_value() == "good"
        assert edit.get_by_label("narration").is_checked()
        edit.get_by_label("Model id").fill("broken")
        edit.get_by_label("Timeout (seconds)").fill("0")
        edit.get_by_role("button", name="Save model").click()
        assert page.get_by_role("alert").locator(".error").inner_text() == (
            "Timeout: input should be greater than 0."
        )
        edit.get_by_label("Timeout (seconds)").fill("5")
        edit.get_by_role("button", name="Save model").click()
        assert status_text(page) == "Model planner-a is saved (version 2)."
        page.get_by_role("button", name="Test planner-a").click()
        failed = page.get_by_role("alert")
        assert failed.get_by_role("heading").inner_text() == "Test of planner-a: it failed"
        assert [r["model"] for r in fake.requests] == ["good", "broken"]
        assert fake.requests[0]["headers"]["authorization"] == "Bearer sk-planner-0123456789"

        page.goto("/app/admin/models")
        page.get_by_role("button", name="Remove secret planner-key").click()
        assert "is the key of planner-a" in page.get_by_role("alert").inner_text()
        page.goto(f"/app/admin/models/{shown['id']}")
        page.get_by_role("button", name="Remove planner-a").click()
        assert status_text(page) == "Model planner-a was removed."
        page.get_by_role("button", name="Remove secret planner-key").click()
        assert status_text(page) == "Secret planner-key was removed."
        assert page.locator("#secret-list").count() == 0
        assert client.get("/api/models", headers=org["headers"]).json() == []
        for claim in (f"removed&model_id={shown['id'] + 1000}", f"saved&model_id={shown['id']}"):
            page.goto(f"/app/admin/models?done={claim}")
            assert page.locator("p.done").count() == 0  # an address claims nothing
        page.goto("/app/admin/models?done=secret_stored&secret=planner-key")
        assert page.locator("p.done").count() == 0
    assert console_errors(page, 422, 409) == []


def test_a_non_admin_gets_403_pages_and_no_admin_links(page: Any, services: Services) -> None:
    sign_in(page, "manager_multi")
    menu = page.get_by_role("navigation", name="Main")
    assert menu.get_by_role("link").all_inner_texts() == ["Ask", "Approvals"]
    pages = ["/app/admin/prompts/1", "/app/admin/audit/1", "/app/admin/users/1"]
    for path in [*ADMIN_PAGES, *pages, "/app/admin/models/1"]:
        response = page.goto(path)
        assert response.status == 403, path
        assert (
            page.get_by_role("alert")
            .inner_text()
            .startswith("Only administrators may open this page")
        )
        assert page.locator("main table").count() == 0
    # A form posted with their own valid token is refused as well, and creates nobody.
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    name = unique_name("sneaky")
    refused = page.request.post(
        "/app/admin/users",
        form={
            "csrf_token": token,
            "username": name,
            "password": "a long password",
            "role": "admin",
            "all_stores": "true",
        },
    )
    assert refused.status == 403
    with services.db.session() as session, pytest.raises(NotFound):
        identity.find_user(session, name)
    model = {"csrf_token": token, "name": name, "base_url": "http://x", "model": "m"}
    assert page.request.post("/app/admin/models", form=model).status == 403
    assert page.request.post("/app/admin/models/1/remove", form=model).status == 403
    assert console_errors(page, 403) == []


def test_names_and_questions_with_a_script_tag_render_as_text(
    page: Any, client: httpx.Client, org: dict[str, Any]
) -> None:
    pack = make_prompt_pack(client, org["headers"], name=f"{XSS} {unique_name('pack')}")
    client.post("/api/ask", headers=org["headers"], json={"question": XSS})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, org["admin"], PASSWORD)

    page.goto("/app/admin/prompts")
    page.get_by_role("link", name=pack["name"]).click()
    assert page.locator("h1 .name").inner_text() == pack["name"]

    page.goto("/app/admin/users")
    form = page.locator("#new-user")
    form.get_by_label("Username").fill(unique_name("shown"))
    form.get_by_label("Display name").fill(XSS)
    form.get_by_label("Password").fill("a long password")
    form.get_by_label("All stores").check()
    form.get_by_role("button", name="Create user").click()
    page.wait_for_url("**/app/admin/users?done=created*")
    # all_inner_texts() does not wait: wait for the new row (a timeout fails the test)
    page.locator("#users .display-name", has_text=XSS).first.wait_for()
    assert XSS in page.locator("#users .display-name").all_inner_texts()

    page.goto("/app/admin/audit")
    page.get_by_role("link", name=XSS).first.click()
    assert page.locator("blockquote.asked").inner_text() == XSS

    assert dialogs == []
    assert page.locator("script").count() == 1  # only the app's own script tag
    assert page.console_errors == []
