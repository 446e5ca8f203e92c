"""Sign-in, lockout, token checks and user administration.

Lockout counts failed sign-ins per username in ``login_attempts`` whether or not the
user exists, so a locked answer reveals nothing about which accounts exist. A success
clears the count; the attempt that reaches the threshold locks the name for
``lockout_minutes``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bastion.db.models import AppUser, AppUserStoreAccess, LoginAttempt, Org
from bastion.errors import (
    AccessDenied,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
)
from bastion.identity.passwords import Passwords
from bastion.identity.principal import Principal
from bastion.identity.schemas import UserPublic
from bastion.identity.tokens import TokenIssuer
from bastion.settings import Settings
from bastion.vocabulary import ROLES, UserChange

INVALID_CREDENTIALS = "Invalid username or password."
MIN_PASSWORD_LENGTH = 8


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _locked(until: datetime) -> AccountLocked:
    seconds = max(1, int((until - datetime.now(UTC)).total_seconds()))
    minutes = (seconds + 59) // 60
    return AccountLocked(
        f"Too many failed sign-ins: this account is locked for {minutes} more minute"
        f"{'s' if minutes != 1 else ''}. Try again later or ask an administrator to unlock it.",
        details={"locked_until": until.isoformat(), "retry_after_seconds": seconds},
        headers={"Retry-After": str(seconds)},
    )


def authenticate(
    session: Session, settings: Settings, passwords: Passwords, username: str, password: str
) -> AppUser:
    """Check a username and password; the user, or an error that says nothing about which
    part was wrong. Commits the attempt bookkeeping itself."""
    name = normalise_username(username)
    # One sign-in per name at a time (held until this commits): parallel attempts each see
    # the failures before them, so no more than the threshold's passwords are checked.
    session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('bastion.login'), hashtext(:name))"),
        {"name": name},
    )
    attempt = session.get(LoginAttempt, name, populate_existing=True)
    if attempt is not None and attempt.locked_until and attempt.locked_until > datetime.now(UTC):
        raise _locked(attempt.locked_until)

    user = session.scalars(select(AppUser).where(AppUser.username == name)).one_or_none()
    if passwords.verify(user.password_hash if user else None, password) and user is not None:
        if not user.is_active:
            raise AccessDenied(
                "This account is disabled; ask an administrator.", code="auth.account_disabled"
            )
        if attempt is not None:
            session.delete(attempt)
        user.last_login_at = datetime.now(UTC)
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.hash(password)
        session.commit()
        return user

    locked_until = _record_failure(session, settings, name)
    session.commit()
    if locked_until is not None:
        raise _locked(locked_until)
    raise AuthenticationFailed(INVALID_CREDENTIALS, code="auth.invalid_credentials")


def _record_failure(session: Session, settings: Settings, name: str) -> datetime | None:
    """Count one failure atomically; the lock expiry if this failure locked the name."""
    row = session.execute(
        text(
            """
            INSERT INTO bastion.login_attempts AS a (username, failed_count, locked_until)
            VALUES (:name,
                    CASE WHEN 1 >= :threshold THEN 0 ELSE 1 END,
                    CASE WHEN 1 >= :threshold THEN now() + make_interval(mins => :minutes) END)
            ON CONFLICT (username) DO UPDATE SET
                failed_count = CASE WHEN a.failed_count + 1 >= :threshold
                                    THEN 0 ELSE a.failed_count + 1 END,
                locked_until = CASE WHEN a.failed_count + 1 >= :threshold
                                    THEN now() + make_interval(mins => :minutes)
                                    ELSE a.locked_until END,
                last_failed_at = now()
            RETURNING failed_count, locked_until
            """
        ),
        {
            "name": name,
            "threshold": settings.lockout_threshold,
            "minutes": settings.lockout_minutes,
        },
    ).one()
    locked_until: datetime | None = row.locked_until
    if row.failed_count == 0 and locked_until is not None and locked_until > datetime.now(UTC):
        return locked_until
    return None


def issue_token(issuer: TokenIssuer, user: AppUser) -> tuple[str, int]:
    token = issuer.issue(
        username=user.username,
        user_id=user.id,
        org_id=user.org_id,
        role=user.role,
        store_ids=user.store_ids,
        is_all_stores=user.is_all_stores,
        generation=user.token_generation,
    )
    return token.access_token, token.expires_in


PRINCIPAL = text(
    """
    SELECT u.id, u.username, u.org_id, u.role, u.is_all_stores, u.is_active,
           u.token_generation,
           EXISTS (SELECT 1 FROM bastion.revoked_tokens r WHERE r.jti = :jti) AS revoked,
           coalesce(array_agg(a.store_id ORDER BY a.store_id)
                    FILTER (WHERE a.store_id IS NOT NULL), '{}') AS store_ids
    FROM bastion.app_users u
    LEFT JOIN bastion.app_user_store_access a ON a.user_id = u.id
    WHERE u.id = :id
    GROUP BY u.id
    """
)


def principal_from_token(conn: Connection, issuer: TokenIssuer, token: str) -> Principal:
    """Check the token and load the user it names (one query). Role and stores come from
    the database, so a narrowed scope or a disabled account takes effect at once."""
    claims = issuer.decode(token)
    try:
        jti = uuid.UUID(str(claims["jti"]))
    except ValueError:
        raise AuthenticationFailed(
            "The access token is not valid; sign in again.", code="auth.invalid_token"
        ) from None
    user = conn.execute(PRINCIPAL, {"id": claims["user_id"], "jti": jti}).one_or_none()
    if user is None or user.org_id != claims["org_id"] or user.username != claims["sub"]:
        raise AuthenticationFailed(
            "The access token is not valid; sign in again.", code="auth.invalid_token"
        )
    if not user.is_active:
        raise AuthenticationFailed(
            "This account is disabled; ask an administrator.", code="auth.account_disabled"
        )
    if user.revoked or user.token_generation != claims["gen"]:
        raise AuthenticationFailed(
            "This session has ended; sign in again.", code="auth.session_ended"
        )
    return replace(principal_of(user), session_id=str(jti), session_expires=claims["exp"])


def end_session(conn: Connection, principal: Principal) -> None:
    """Sign out: the principal's token is refused from now on (and forgotten once it would
    have expired; older revocations are dropped here too)."""
    if principal.session_id is None or principal.session_expires is None:
        return
    conn.execute(
        text(
            "INSERT INTO bastion.revoked_tokens (jti, user_id, expires_at)"
            " VALUES (:jti, :user_id, to_timestamp(:exp)) ON CONFLICT (jti) DO NOTHING"
        ),
        {
            "jti": principal.session_id,
            "user_id": principal.user_id,
            "exp": principal.session_expires,
        },
    )
    conn.execute(text("DELETE FROM bastion.revoked_tokens WHERE expires_at < now()"))


def end_all_sessions(user: AppUser) -> None:
    """Every token issued to ``user`` so far stops working (disabled, a new password)."""
    user.token_generation += 1


def principal_of(user: AppUser | Row[Any]) -> Principal:
    """A Principal from a user: a loaded AppUser or a row of the same column names."""
    return Principal(
        user_id=user.id,
        username=user.username,
        org_id=user.org_id,
        role=user.role,
        store_ids=tuple(user.store_ids),
        is_all_stores=user.is_all_stores,
    )


# --- orgs and users ------------------------------------------------------------------


def get_org(session: Session, slug: str) -> Org:
    org = session.scalars(select(Org).where(Org.slug == slug)).one_or_none()
    if org is None:
        raise NotFound(f"There is no organisation '{slug}'.", code="org.not_found")
    return org


def parse_store_ids(text: str) -> list[int]:
    """Store numbers as people type them (``1, 2``: commas or spaces), sorted, once each;
    the web form and the CLI's ``--stores`` read them alike."""
    parts = text.replace(",", " ").split()
    if not all(part.isascii() and part.isdecimal() and len(part) <= 9 for part in parts):
        raise InvalidInput(
            f"Stores are store numbers separated by commas, e.g. 1, 2; not '{text.strip()}'.",
            code="users.invalid_store",
            details={"field": "stores"},
        )
    return sorted({int(part) for part in parts})


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"A password needs at least {MIN_PASSWORD_LENGTH} characters.",
            code="users.weak_password",
            details={"field": "password"},
        )


def validate_new_user(
    username: str, password: str, role: str, store_ids: Sequence[int], is_all_stores: bool
) -> str:
    name = normalise_username(username)
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-@" for c in name):
        raise InvalidInput(
            "A username is 1 to 64 letters, digits or . _ - @.",
            code="users.invalid_username",
            details={"field": "username"},
        )
    check_password(password)
    if role not in ROLES:
        raise InvalidInput(
            f"Unknown role '{role}'; choose one of {', '.join(ROLES)}.",
            code="users.unknown_role",
            details={"field": "role", "allowed": list(ROLES)},
        )
    if not is_all_stores and not store_ids:
        raise InvalidInput(
            "Give the user at least one store, or all stores.",
            code="users.no_stores",
            details={"field": "store_ids"},
        )
    if any(s < 0 for s in store_ids):
        raise InvalidInput("Store ids are positive numbers.", code="users.invalid_store")
    return name


def create_user(
    session: Session,
    passwords: Passwords,
    *,
    org_id: int,
    username: str,
    password: str,
    role: str,
    store_ids: Iterable[int] = (),
    is_all_stores: bool = False,
    display_name: str | None = None,
    is_demo: bool = False,
) -> AppUser:
    stores = sorted(set(store_ids))
    name = validate_new_user(username, password, role, stores, is_all_stores)
    if session.scalars(select(AppUser.id).where(AppUser.username == name)).first() is not None:
        raise Conflict(f"A user named '{name}' already exists.", code="users.exists")
    user = AppUser(
        org_id=org_id,
        username=name,
        display_name=display_name,
        password_hash=passwords.hash(password),
        role=role,
        is_all_stores=is_all_stores,
        is_demo=is_demo,
        stores=[AppUserStoreAccess(store_id=s, org_id=org_id) for s in stores],
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError as exc:  # a concurrent create of the same name
        raise Conflict(f"A user named '{name}' already exists.", code="users.exists") from exc
    return user


@dataclass(frozen=True, slots=True)
class UserStatus:
    user: AppUser
    locked_until: datetime | None
    failed_count: int

    def public(self) -> UserPublic:
        """The user as the API, the CLI and the users page show them: the account's own
        fields, and the lockout from the sign-in attempts."""
        own = (name for name in UserPublic.model_fields if name != "locked_until")
        fields = {name: getattr(self.user, name) for name in own}
        return UserPublic(**fields, locked_until=self.locked_until)


def list_users(session: Session, org_id: int | None = None) -> list[UserStatus]:
    now = datetime.now(UTC)
    query = (
        select(AppUser, LoginAttempt)
        .outerjoin(LoginAttempt, LoginAttempt.username == AppUser.username)
        .order_by(AppUser.id)
    )
    if org_id is not None:
        query = query.where(AppUser.org_id == org_id)
    result = []
    for user, attempt in session.execute(query).all():
        locked = attempt.locked_until if attempt and attempt.locked_until else None
        result.append(
            UserStatus(
                user=user,
                locked_until=locked if locked and locked > now else None,
                failed_count=attempt.failed_count if attempt else 0,
            )
        )
    return result


def find_user(session: Session, username: str, org_id: int | None = None) -> AppUser:
    query = select(AppUser).where(AppUser.username == normalise_username(username))
    if org_id is not None:
        query = query.where(AppUser.org_id == org_id)
    user = session.scalars(query).one_or_none()
    if user is None:
        raise NotFound(f"There is no user named '{username}'.", code="users.not_found")
    return user


def get_user(session: Session, user_id: int, org_id: int) -> AppUser:
    user = session.get(AppUser, user_id)
    if user is None or user.org_id != org_id:
        raise NotFound(f"There is no user with id {user_id}.", code="users.not_found")
    return user


def set_active(session: Session, user: AppUser, active: bool) -> AppUser:
    """Disable (every session ends at once, and enabling again does not bring them back)
    or enable a user."""
    if user.is_active and not active:
        end_all_sessions(user)
    user.is_active = active
    session.flush()
    return user


def set_password(session: Session, passwords: Passwords, user: AppUser, password: str) -> None:
    """A new password: every session of the user ends (sign in again with it)."""
    check_password(password)
    user.password_hash = passwords.hash(password)
    end_all_sessions(user)
    session.flush()


def change_own_password(
    session: Session, passwords: Passwords, principal: Principal, current: str, new: str
) -> None:
    """The signed-in user's own change: the current password must be right."""
    user = session.get(AppUser, principal.user_id, with_for_update=True)
    if user is None or not passwords.verify(user.password_hash, current):
        raise AuthenticationFailed(
            "The current password is not right.", code="auth.invalid_credentials"
        )
    set_password(session, passwords, user, new)


def set_store_access(
    session: Session, user: AppUser, store_ids: Sequence[int], is_all_stores: bool
) -> None:
    """Give a user these stores (or all stores); takes effect at their next request."""
    if not is_all_stores and not store_ids:
        raise InvalidInput(
            "Give the user at least one store, or all stores.",
            code="users.no_stores",
            details={"field": "store_ids"},
        )
    kept = {access.store_id: access for access in user.stores}
    user.stores = [
        kept.get(store) or AppUserStoreAccess(store_id=store, org_id=user.org_id)
        for store in sorted(set(store_ids))
    ]
    user.is_all_stores = is_all_stores
    session.flush()


def unlock(session: Session, user: AppUser) -> bool:
    """Clear the user's failed sign-ins and lock; True if there was anything to clear."""
    cleared = session.execute(
        delete(LoginAttempt)
        .where(LoginAttempt.username == user.username)
        .returning(LoginAttempt.username)
    ).first()
    return cleared is not None


PAST: dict[UserChange, str] = {"disable": "disabled", "enable": "enabled", "unlock": "unlocked"}


def change_user(session: Session, user: AppUser, change: UserChange) -> bool:
    """Disable, enable or unlock ``user``; True if that changed anything."""
    if change == "unlock":
        return unlock(session, user)
    active = change == "enable"
    changed = user.is_active != active
    set_active(session, user, active)
    return changed
