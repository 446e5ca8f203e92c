"""Browser sessions: the access token in an HttpOnly, SameSite=Strict cookie, and a CSRF
token derived from it (HMAC with the signing secret), which pages put in a meta tag and
forms, and which every state-changing request authenticated by the cookie must send back
(header ``X-CSRF-Token`` or form field ``csrf_token``). A bearer header needs none: a
browser never adds one on its own."""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request, Response

from bastion.errors import AccessDenied
from bastion.settings import Settings

SESSION_COOKIE = "bastion_session"
LOGIN_COOKIE = "bastion_login"  # a nonce for the sign-in form's CSRF token
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def check_csrf(expected: str, sent: str | None) -> None:
    if not sent or not hmac.compare_digest(sent, expected):
        raise AccessDenied(
            "This form or request is missing its security token; reload the page and try again.",
            code="auth.csrf_failed",
        )


def set_session(response: Response, token: str, settings: Settings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.jwt_ttl_seconds,
        httponly=True,
        samesite="strict",
        secure=settings.cookie_secure,
        path="/",
    )


def clear_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def login_nonce(request: Request) -> str:
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def set_login_nonce(response: Response, nonce: str, settings: Settings) -> None:
    response.set_cookie(
        LOGIN_COOKIE, nonce, httponly=True, samesite="strict", secure=settings.cookie_secure
    )
