"""FastAPI dependencies, as named Annotated aliases so routes read like specifications."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from bastion.errors import AccessDenied, AuthenticationFailed
from bastion.http.sessions import CSRF_HEADER, SAFE_METHODS, SESSION_COOKIE, check_csrf
from bastion.identity import service
from bastion.identity.principal import Principal
from bastion.services import Services

bearer = HTTPBearer(auto_error=False, description="An access token from POST /api/auth/login.")


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def get_services(request: Request) -> Services:
    """Async, like every dependency that does no I/O: FastAPI runs a plain function in its
    thread pool, a hop per request that a busy pool makes long."""
    return services_of(request)


ServicesDep = Annotated[Services, Depends(get_services)]


def get_session(services: ServicesDep) -> Iterator[Session]:
    with services.db.session() as session:
        yield session


# scope="function": the session commits before the response is sent, so a client never
# gets a 2xx for a change that is not yet (or never) committed.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def session_token(request: Request, services: Services) -> str | None:
    """The browser session's token, after its CSRF check for a state-changing request."""
    token = request.cookies.get(SESSION_COOKIE)
    if token is None:
        return None
    if request.method not in SAFE_METHODS:
        check_csrf(services.tokens.csrf_for(token), request.headers.get(CSRF_HEADER))
    return token


def get_principal(
    request: Request,
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """From ``Authorization: Bearer`` (scripts), else from the browser's session cookie
    (with its CSRF token on anything but GET)."""
    if credentials is not None and credentials.scheme.lower() == "bearer":
        token: str | None = credentials.credentials
    else:
        token = session_token(request, services)
    if token is None:
        raise AuthenticationFailed(
            "Sign in first: send an access token as 'Authorization: Bearer <token>'.",
            code="auth.required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # A short session of its own: a connection held for the whole request would starve
    # the pool that the request's own work (scope, audit) needs.
    with services.db.autocommit.connect() as conn:
        return service.principal_from_token(conn, services.tokens, token)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


async def require_admin(principal: CurrentPrincipal) -> Principal:
    if not principal.is_admin:
        raise AccessDenied("Only administrators may do this.", code="auth.admin_required")
    return principal


AdminPrincipal = Annotated[Principal, Depends(require_admin)]
