"""A person changes their own password in the web app: from their name in the header,
with the current password; every session of theirs ends, this page's too."""

from __future__ import annotations

from typing import Any

import httpx

from bastion.services import Services
from tests.helpers import PASSWORD, login, make_user
from tests.web.conftest import sign_in


def test_a_new_password_from_the_account_page_ends_every_session(
    page: Any, services: Services, client: httpx.Client
) -> None:
    name = make_user(services)
    elsewhere = login(client, name).json()["access_token"]  # another device
    sign_in(page, name, PASSWORD)
    page.get_by_role("link", name=name).click()
    page.wait_for_url("**/app/account")
    form = page.locator("#change-password")
    form.get_by_label("Current password").fill("not my password")
    form.get_by_label("New password").fill("a brand new one 42")
    form.get_by_role("button", name="Change password").click()
    assert page.get_by_role("alert").inner_text() == "The current password is not right."
    form.get_by_label("Current password").fill(PASSWORD)
    form.get_by_label("New password").fill("a brand new one 42")
    form.get_by_role("button", name="Change password").click()
    page.wait_for_url("**/app/login?changed=1")
    assert page.get_by_role("status").inner_text() == (
        "Your password is changed; sign in with the new one."
    )
    # The other device is signed out too, and only the new password signs in.
    ended = client.get("/api/me", headers={"Authorization": f"Bearer {elsewhere}"})
    assert ended.json()["error"]["code"] == "auth.session_ended"
    assert login(client, name).status_code == 401
    sign_in(page, name, "a brand new one 42")
    assert page.console_errors == [] or all("401" in e for e in page.console_errors)
