"""Rate limits on sign-in, counted in PostgreSQL so that every API process shares them:
``limits``' fixed-window strategy over a storage kept in ``bastion.rate_limits``.

Sign-in is limited per client address (password spraying: one client trying many names)
and per user name (many clients trying one name), beside the lockout. Past a limit the
answer is ``429 auth.rate_limited`` with ``Retry-After``, before any password is checked.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse
from limits.storage import Storage
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from bastion.errors import BastionError, ConfigurationError
from bastion.settings import Settings

INCR = text(
    """
    INSERT INTO bastion.rate_limits AS r (key, count, expires_at)
    VALUES (:key, :amount, now() + make_interval(secs => :expiry))
    ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN r.expires_at <= now() THEN excluded.count
                     ELSE r.count + excluded.count END,
        expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at
                          ELSE r.expires_at END
    RETURNING count
    """
)


class PostgresStorage(Storage):
    """``limits`` storage in ``bastion.rate_limits``: one atomic upsert per hit."""

    STORAGE_SCHEME = ["bastion+postgresql"]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        with self.engine.connect() as conn:
            count = conn.execute(INCR, {"key": key, "amount": amount, "expiry": expiry}).scalar()
        return int(count or 0)

    def get(self, key: str) -> int:
        with self.engine.connect() as conn:
            count = conn.execute(
                text(
                    "SELECT count FROM bastion.rate_limits WHERE key = :key AND expires_at > now()"
                ),
                {"key": key},
            ).scalar()
        return int(count or 0)

    def get_expiry(self, key: str) -> float:
        with self.engine.connect() as conn:
            expires = conn.execute(
                text(
                    "SELECT extract(epoch FROM expires_at) FROM bastion.rate_limits"
                    " WHERE key = :key AND expires_at > now()"
                ),
                {"key": key},
            ).scalar()
        return float(expires) if expires is not None else time.time()

    def check(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT 1")).scalar() == 1

    def reset(self) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(text("DELETE FROM bastion.rate_limits")).rowcount

    def clear(self, key: str) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("DELETE FROM bastion.rate_limits WHERE key = :key"), {"key": key})


class RateLimited(BastionError):
    status_code = 429
    code = "auth.rate_limited"


class LoginThrottle:
    """The sign-in limits of the settings, checked before a password is."""

    def __init__(self, engine: Engine, per_address: str, per_user: str) -> None:
        self.limiter = FixedWindowRateLimiter(PostgresStorage(engine))
        self.per_address: RateLimitItem = parse(per_address)
        self.per_user: RateLimitItem = parse(per_user)

    @classmethod
    def from_settings(cls, settings: Settings, engine: Engine) -> LoginThrottle:
        try:
            return cls(engine, settings.login_rate_per_address, settings.login_rate_per_user)
        except ValueError as exc:
            raise ConfigurationError(
                f"BASTION_LOGIN_RATE_PER_ADDRESS / _PER_USER: {exc}", code="settings.invalid"
            ) from None

    def hit(self, address: str | None, username: str) -> None:
        """Count one sign-in attempt; ``RateLimited`` past either limit."""
        for item, key in ((self.per_address, address or "unknown"), (self.per_user, username)):
            if not self.limiter.hit(item, "login", key):
                reset = self.limiter.get_window_stats(item, "login", key).reset_time
                wait = max(1, math.ceil(reset - time.time()))
                raise RateLimited(
                    f"Too many sign-in attempts; try again in {wait} s.",
                    headers={"Retry-After": str(wait)},
                    details={"retry_after": wait},
                )
