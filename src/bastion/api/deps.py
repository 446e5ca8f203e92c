"""FastAPI dependencies, as named Annotated aliases so routes read like specifications."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from bastion.api.services import Services
from bastion.errors import AccessDenied, AuthenticationFailed
from bastion.identity import service
from bastion.identity.principal import Principal

bearer = HTTPBearer(auto_error=False, description="An access token from POST /api/auth/login.")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_session(services: ServicesDep) -> Iterator[Session]:
    with services.db.session() as session:
        yield session


# scope="function": the session commits before the response is sent, so a client never
# gets a 2xx for a change that is not yet (or never) committed.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_principal(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthenticationFailed(
            "Sign in first: send an access token as 'Authorization: Bearer <token>'.",
            code="auth.required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # A short session of its own: a connection held for the whole request would starve
    # the pool that the request's own work (scope, audit) needs.
    with services.db.autocommit.connect() as conn:
        return service.principal_from_token(conn, services.tokens, credentials.credentials)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require_admin(principal: CurrentPrincipal) -> Principal:
    if not principal.is_admin:
        raise AccessDenied("Only administrators may do this.", code="auth.admin_required")
    return principal


AdminPrincipal = Annotated[Principal, Depends(require_admin)]
