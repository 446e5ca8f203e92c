"""Who is asking: the user, their org, role and store scope, as every service sees it."""

from __future__ import annotations

from dataclasses import dataclass

from bastion.vocabulary import Role


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    username: str
    org_id: int
    role: Role
    store_ids: tuple[int, ...]
    is_all_stores: bool
    # The session the principal came with (the token's ``jti``, and when it expires), so
    # that signing out can end it; None when not from a token (the CLI, background work).
    session_id: str | None = None
    session_expires: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_approve(self) -> bool:
        """Approvers and admins decide on held questions (never their own)."""
        return self.role in ("admin", "approver")

    def can_see_store(self, store_id: int) -> bool:
        return self.is_all_stores or store_id in self.store_ids
