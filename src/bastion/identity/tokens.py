"""Access tokens: HS256 JWTs with Bastion's claims, issued at sign-in and checked on
every request. Only HS256 is accepted, so ``alg: none`` and algorithm swaps fail. Each
token names its session (``jti``, so that signing out revokes it) and the user's token
generation (``gen``, so that disabling a user or changing their password ends them all)."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt

from bastion.db.home import read_or_create_secret
from bastion.errors import AuthenticationFailed, ConfigurationError
from bastion.settings import Settings

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ("sub", "user_id", "org_id", "role", "exp", "iat", "iss", "aud", "jti", "gen")
MIN_SECRET_LENGTH = 32


@dataclass(frozen=True, slots=True)
class IssuedToken:
    access_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 - a scheme, not a secret


class TokenIssuer:
    def __init__(self, secret: str, *, issuer: str, audience: str, ttl_seconds: int) -> None:
        if len(secret) < MIN_SECRET_LENGTH:
            raise ConfigurationError(
                f"BASTION_JWT_SECRET must be at least {MIN_SECRET_LENGTH} characters.",
                code="config.jwt_secret",
            )
        self._secret = secret
        self.issuer = issuer
        self.audience = audience
        self.ttl_seconds = ttl_seconds

    def csrf_for(self, token: str) -> str:
        """The CSRF token that goes with a browser session's token: an HMAC of it with the
        signing secret, so any process with the secret derives the same one (see
        bastion.http.sessions)."""
        return hmac.new(
            self._secret.encode(), b"csrf:" + token.encode(), hashlib.sha256
        ).hexdigest()

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenIssuer:
        if settings.jwt_secret is not None:
            secret = settings.jwt_secret.get_secret_value()
        else:
            secret = read_or_create_secret(settings.home, "jwt_secret")
        return cls(
            secret,
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            ttl_seconds=settings.jwt_ttl_seconds,
        )

    def issue(
        self,
        *,
        username: str,
        user_id: int,
        org_id: int,
        role: str,
        store_ids: list[int],
        is_all_stores: bool,
        generation: int = 0,
        now: int | None = None,
    ) -> IssuedToken:
        issued_at = int(time.time()) if now is None else now
        claims = {
            "jti": str(uuid.uuid4()),
            "gen": generation,
            "sub": username,
            "user_id": user_id,
            "org_id": org_id,
            "role": role,
            "store_ids": store_ids,
            "is_all_stores": is_all_stores,
            "iat": issued_at,
            "exp": issued_at + self.ttl_seconds,
            "iss": self.issuer,
            "aud": self.audience,
        }
        token = jwt.encode(claims, self._secret, algorithm=ALGORITHM)
        return IssuedToken(access_token=token, expires_in=self.ttl_seconds)

    def decode(self, token: str) -> dict[str, Any]:
        """The token's claims, or AuthenticationFailed saying why not."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                options={"require": list(REQUIRED_CLAIMS)},
            )
        except jwt.ExpiredSignatureError:
            raise AuthenticationFailed(
                "Your session has expired; sign in again.", code="auth.token_expired"
            ) from None
        except jwt.InvalidTokenError as exc:
            raise AuthenticationFailed(
                "The access token is not valid; sign in again.",
                code="auth.invalid_token",
                details={"reason": type(exc).__name__},
            ) from None
        if not all(isinstance(claims.get(k), int) for k in ("user_id", "org_id", "gen")):
            raise AuthenticationFailed(
                "The access token is not valid; sign in again.", code="auth.invalid_token"
            )
        return claims
