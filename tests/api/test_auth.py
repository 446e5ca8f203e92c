"""Sign-in, tokens and the refusals a client can meet, over real HTTP."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest
from sqlalchemy import text

from bastion.demo.users import DEMO_USERS
from bastion.services import Services
from tests.conftest import TEST_JWT_SECRET
from tests.helpers import PASSWORD, bearer, login, make_user, token_for


@pytest.mark.parametrize("demo", DEMO_USERS, ids=lambda d: d.username)
def test_each_seed_user_signs_in_and_gets_its_scope_in_the_token(
    client: httpx.Client, demo: object
) -> None:
    response = login(client, demo.username, demo.password)  # type: ignore[attr-defined]
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    claims = jwt.decode(
        body["access_token"], TEST_JWT_SECRET, algorithms=["HS256"], audience="bastion-api"
    )
    assert claims["sub"] == demo.username  # type: ignore[attr-defined]
    assert claims["role"] == demo.role  # type: ignore[attr-defined]
    assert claims["is_all_stores"] == demo.is_all_stores  # type: ignore[attr-defined]
    assert claims["store_ids"] == list(demo.store_ids)  # type: ignore[attr-defined]
    assert claims["iss"] == "bastion"
    assert claims["exp"] - claims["iat"] == 3600
    assert isinstance(claims["user_id"], int) and isinstance(claims["org_id"], int)


def test_me_returns_the_principal(client: httpx.Client) -> None:
    token = token_for(client, "manager_multi", "manager123")
    me = client.get("/api/me", headers=bearer(token)).json()
    assert me["username"] == "manager_multi"
    assert me["role"] == "store_manager"
    assert me["store_ids"] == [1, 2]
    assert me["is_all_stores"] is False


def test_unknown_user_and_wrong_password_get_the_same_answer(
    client: httpx.Client, services: Services
) -> None:
    name = make_user(services)
    wrong = login(client, name, "not the password")
    unknown = login(client, name + "_nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "auth.invalid_credentials"


def test_username_is_case_insensitive(client: httpx.Client) -> None:
    assert login(client, "  Admin_User ", "admin123").status_code == 200


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"password": "x"}, "username"),
        ({"username": "x"}, "password"),
        ({"username": "", "password": "x"}, "username"),
        ({"username": 5, "password": "x"}, "username"),
        ({"username": "x", "password": "x", "role": "admin"}, "role"),
    ],
)
def test_malformed_login_is_422_naming_the_field(
    client: httpx.Client, payload: dict[str, object], field: str
) -> None:
    response = client.post("/api/auth/login", json=payload)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "request.invalid"
    assert field in error["message"]
    assert field in [d["field"] for d in error["details"]]


def test_broken_json_is_422(client: httpx.Client) -> None:
    response = client.post(
        "/api/auth/login", content=b'{"username": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "request.invalid"


def test_oversize_body_is_refused(client: httpx.Client) -> None:
    big = {"username": "x", "password": "y" * 2_000_000}
    response = client.post("/api/auth/login", json=big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request.too_large"


def test_oversize_chunked_body_is_refused(client: httpx.Client) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"x" * 65536

    response = client.post(
        "/api/auth/login", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


# --- token refusals ----------------------------------------------------------------------


def _valid_claims(client: httpx.Client) -> dict[str, object]:
    token = token_for(client, "admin_user", "admin123")
    return jwt.decode(token, options={"verify_signature": False})


def _me(client: httpx.Client, token: str) -> httpx.Response:
    return client.get("/api/me", headers=bearer(token))


def test_valid_token_is_accepted(client: httpx.Client) -> None:
    token = jwt.encode(_valid_claims(client), TEST_JWT_SECRET, algorithm="HS256")
    assert _me(client, token).status_code == 200


@pytest.mark.parametrize(
    "tamper",
    [
        "bad_signature",
        "alg_none",
        "expired",
        "wrong_audience",
        "wrong_issuer",
        "hs512",
        "garbage",
        "missing_user_id",
        "other_user_id",
    ],
)
def test_bad_tokens_are_refused_with_401(client: httpx.Client, tamper: str) -> None:
    claims = _valid_claims(client)
    now = int(time.time())
    if tamper == "bad_signature":
        token = jwt.encode(claims, "another-secret-" + "y" * 40, algorithm="HS256")
    elif tamper == "alg_none":
        token = jwt.encode(claims, None, algorithm="none")  # type: ignore[arg-type]
    elif tamper == "expired":
        token = jwt.encode({**claims, "iat": now - 7200, "exp": now - 60}, TEST_JWT_SECRET)
    elif tamper == "wrong_audience":
        token = jwt.encode({**claims, "aud": "someone-else"}, TEST_JWT_SECRET)
    elif tamper == "wrong_issuer":
        token = jwt.encode({**claims, "iss": "evil"}, TEST_JWT_SECRET)
    elif tamper == "hs512":
        token = jwt.encode(claims, TEST_JWT_SECRET + "padding" * 10, algorithm="HS512")
    elif tamper == "missing_user_id":
        token = jwt.encode({k: v for k, v in claims.items() if k != "user_id"}, TEST_JWT_SECRET)
    elif tamper == "other_user_id":
        token = jwt.encode({**claims, "user_id": 999999}, TEST_JWT_SECRET)
    else:
        token = "not-a-jwt"
    response = _me(client, token)
    assert response.status_code == 401
    error = response.json()["error"]
    expected = "auth.token_expired" if tamper == "expired" else "auth.invalid_token"
    assert error["code"] == expected
    assert "Traceback" not in response.text


def test_missing_token_is_401(client: httpx.Client) -> None:
    response = client.get("/api/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "auth.required"
    response = client.get("/api/me", headers={"Authorization": "Basic Zm9vOmJhcg=="})
    assert response.status_code == 401


def test_disabled_user_is_refused_at_sign_in_and_with_an_existing_token(
    client: httpx.Client, services: Services
) -> None:
    name = make_user(services)
    token = token_for(client, name)
    admin = token_for(client, "admin_user", "admin123")
    users = client.get("/api/users", headers=bearer(admin)).json()
    user_id = next(u["id"] for u in users if u["username"] == name)
    assert client.post(f"/api/users/{user_id}/disable", headers=bearer(admin)).status_code == 200

    refused = _me(client, token)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "auth.account_disabled"
    assert login(client, name).status_code == 403
    # A wrong password for a disabled account says nothing more than for anyone else.
    assert login(client, name, "wrong password").json()["error"]["code"] == (
        "auth.invalid_credentials"
    )
    assert client.post(f"/api/users/{user_id}/enable", headers=bearer(admin)).status_code == 200
    # Enabled again, the user signs in anew: the tokens of before stay ended.
    ended = _me(client, token)
    assert (ended.status_code, ended.json()["error"]["code"]) == (401, "auth.session_ended")
    assert _me(client, token_for(client, name)).status_code == 200


# --- sessions end when they should -------------------------------------------------------


def test_signing_out_ends_that_session_and_no_other(
    client: httpx.Client, services: Services
) -> None:
    """Logging out once left the token working for an hour."""
    name = make_user(services)
    here, elsewhere = token_for(client, name), token_for(client, name)
    assert client.post("/api/auth/logout", headers=bearer(here)).status_code == 204
    ended = _me(client, here)
    assert (ended.status_code, ended.json()["error"]["code"]) == (401, "auth.session_ended")
    assert client.post("/api/ask", headers=bearer(here), json={"question": "x"}).status_code == 401
    assert _me(client, elsewhere).status_code == 200  # the other device stays signed in
    with services.db.engine.connect() as conn:
        kept = conn.execute(
            text("SELECT count(*) FROM bastion.revoked_tokens r JOIN bastion.app_users u"
                 " ON u.id = r.user_id WHERE u.username = :n AND r.expires_at > now()"),
            {"n": name},
        ).scalar_one()  # fmt: skip
    assert kept == 1


def test_a_new_password_ends_every_session(client: httpx.Client, services: Services) -> None:
    name = make_user(services)
    first, second = token_for(client, name), token_for(client, name)
    wrong = client.put(
        "/api/me/password",
        headers=bearer(first),
        json={"current_password": "not it", "new_password": "a new one 123"},
    )
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (401, "auth.invalid_credentials")
    assert _me(client, first).status_code == 200  # a wrong attempt changes nothing
    weak = client.put(
        "/api/me/password",
        headers=bearer(first),
        json={"current_password": PASSWORD, "new_password": "short"},
    )
    assert (weak.status_code, weak.json()["error"]["code"]) == (422, "users.weak_password")
    changed = client.put(
        "/api/me/password",
        headers=bearer(first),
        json={"current_password": PASSWORD, "new_password": "a new one 123"},
    )
    assert changed.status_code == 204
    for token in (first, second):
        ended = _me(client, token)
        assert (ended.status_code, ended.json()["error"]["code"]) == (401, "auth.session_ended")
    assert login(client, name).status_code == 401  # the old password is gone
    assert _me(client, token_for(client, name, "a new one 123")).status_code == 200


def test_a_token_from_before_sessions_could_end_is_refused(
    client: httpx.Client, services: Services
) -> None:
    """Tokens issued before revision 0016 carry no session id nor generation."""
    name = make_user(services)
    claims = services.tokens.decode(token_for(client, name))
    old = {k: v for k, v in claims.items() if k not in ("jti", "gen")}
    forged = jwt.encode(old, TEST_JWT_SECRET, algorithm="HS256")
    refused = _me(client, forged)
    assert (refused.status_code, refused.json()["error"]["code"]) == (401, "auth.invalid_token")


# --- lockout -----------------------------------------------------------------------------


def test_six_failures_lock_the_account_until_an_admin_unlocks(
    client: httpx.Client, services: Services
) -> None:
    name = make_user(services)
    for _ in range(5):
        assert login(client, name, "wrong password").status_code == 401
    sixth = login(client, name, "wrong password")
    assert sixth.status_code == 423
    assert sixth.json()["error"]["code"] == "auth.account_locked"
    assert int(sixth.headers["retry-after"]) > 0
    # Locked: even the right password is refused.
    assert login(client, name).status_code == 423

    admin = token_for(client, "admin_user", "admin123")
    users = client.get("/api/users", headers=bearer(admin)).json()
    row = next(u for u in users if u["username"] == name)
    assert row["locked_until"] is not None
    unlocked = client.post(f"/api/users/{row['id']}/unlock", headers=bearer(admin))
    assert unlocked.status_code == 200
    assert unlocked.json()["locked_until"] is None
    assert login(client, name).status_code == 200


def test_a_success_resets_the_failure_count(client: httpx.Client, services: Services) -> None:
    name = make_user(services)
    for _ in range(5):
        login(client, name, "wrong password")
    assert login(client, name).status_code == 200
    for _ in range(5):
        assert login(client, name, "wrong password").status_code == 401


def test_lock_expires_after_the_configured_time(client: httpx.Client, services: Services) -> None:
    name = make_user(services)
    for _ in range(6):
        login(client, name, "wrong password")
    assert login(client, name).status_code == 423
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE bastion.login_attempts SET locked_until = now() - interval '1 second' "
            "WHERE username = %s",
            (name,),
        )
    assert login(client, name).status_code == 200


def test_unknown_names_lock_like_real_ones(client: httpx.Client) -> None:
    answers = [login(client, "nobody_by_this_name", "x").status_code for _ in range(6)]
    assert answers == [401] * 5 + [423]


def test_concurrent_failures_are_all_counted(client: httpx.Client, services: Services) -> None:
    from concurrent.futures import ThreadPoolExecutor

    name = make_user(services)
    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(lambda _: login(client, name, "bad").status_code, range(6)))
    assert sorted(statuses) == [401] * 5 + [423]
    assert login(client, name, PASSWORD).status_code == 423
