"""Sign-in and the caller's own identity."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from bastion.http.deps import CurrentPrincipal, ServicesDep, SessionDep
from bastion.identity import service
from bastion.identity.schemas import (
    LoginRequest,
    PasswordChange,
    PrincipalPublic,
    TokenResponse,
)

router = APIRouter(tags=["auth"])


@router.post(
    "/api/auth/login",
    response_model=TokenResponse,
    summary="Exchange a username and password for an access token",
    responses={
        401: {"description": "Invalid username or password"},
        423: {"description": "Locked"},
        429: {"description": "Too many attempts from this address or for this name"},
    },
)
def login(
    body: LoginRequest, request: Request, services: ServicesDep, session: SessionDep
) -> TokenResponse:
    client = request.client.host if request.client else None
    services.throttle.hit(client, service.normalise_username(body.username))
    user = service.authenticate(
        session, services.settings, services.passwords, body.username, body.password
    )
    token, expires_in = service.issue_token(services.tokens, user)
    return TokenResponse(access_token=token, expires_in=expires_in)


@router.get("/api/me", response_model=PrincipalPublic, summary="Who the token belongs to")
def me(principal: CurrentPrincipal) -> PrincipalPublic:
    return PrincipalPublic.model_validate(principal, from_attributes=True)


@router.post(
    "/api/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End this session: its token is refused from now on",
)
def logout(principal: CurrentPrincipal, services: ServicesDep) -> Response:
    with services.db.autocommit.connect() as conn:
        service.end_session(conn, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put(
    "/api/me/password",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Change your password: every session of yours ends, this one too",
)
def change_password(
    body: PasswordChange, principal: CurrentPrincipal, services: ServicesDep, session: SessionDep
) -> Response:
    service.change_own_password(
        session, services.passwords, principal, body.current_password, body.new_password
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
