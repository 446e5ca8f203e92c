"""Sign-in and the caller's own identity."""

from __future__ import annotations

from fastapi import APIRouter

from bastion.http.deps import CurrentPrincipal, ServicesDep, SessionDep
from bastion.identity import service
from bastion.identity.schemas import LoginRequest, PrincipalPublic, TokenResponse

router = APIRouter(tags=["auth"])


@router.post(
    "/api/auth/login",
    response_model=TokenResponse,
    summary="Exchange a username and password for an access token",
    responses={
        401: {"description": "Invalid username or password"},
        423: {"description": "Locked"},
    },
)
def login(body: LoginRequest, services: ServicesDep, session: SessionDep) -> TokenResponse:
    user = service.authenticate(
        session, services.settings, services.passwords, body.username, body.password
    )
    token, expires_in = service.issue_token(services.tokens, user)
    return TokenResponse(access_token=token, expires_in=expires_in)


@router.get("/api/me", response_model=PrincipalPublic, summary="Who the token belongs to")
def me(principal: CurrentPrincipal) -> PrincipalPublic:
    return PrincipalPublic.model_validate(principal, from_attributes=True)
