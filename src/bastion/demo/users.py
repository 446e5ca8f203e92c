"""The demo organisation: the five seed users of seed 001 and an approver (issue 6).

These are demo credentials, created only by ``bastion init`` for the demo org; never use
them for real data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bastion.db.models import AppUser, AppUserStoreAccess
from bastion.identity import service
from bastion.identity.passwords import Passwords
from bastion.prompts.defaults import ensure_default_packs

DEMO_ORG_SLUG = "demo"
DEMO_ORG_NAME = "Demo DVD Rentals"


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    password: str
    role: str
    store_ids: tuple[int, ...]
    is_all_stores: bool = False

    @property
    def scope(self) -> str:
        if self.is_all_stores:
            return "all stores"
        label = "store" if len(self.store_ids) == 1 else "stores"
        return f"{label} {', '.join(map(str, self.store_ids))}"


DEMO_USERS = (
    DemoUser("admin_user", "admin123", "admin", (), is_all_stores=True),
    DemoUser("manager_store1", "manager123", "store_manager", (1,)),
    DemoUser("manager_multi", "manager123", "store_manager", (1, 2)),
    DemoUser("marketing_user", "marketing123", "marketing", (1, 2)),
    DemoUser("finance_user", "finance123", "finance", (1,)),
    DemoUser("approver_user", "approver123", "approver", (1, 2)),
)


def seed_demo_users(session: Session, passwords: Passwords) -> list[tuple[DemoUser, bool]]:
    """Create the demo org and any missing demo user; (user, created) pairs.

    Demo passwords are shorter than the minimum for real accounts, so they are inserted
    directly rather than through ``service.create_user``.
    """
    org = service.ensure_org(session, DEMO_ORG_SLUG, DEMO_ORG_NAME)
    existing = set(session.scalars(select(AppUser.username)).all())
    result = []
    for demo in DEMO_USERS:
        created = demo.username not in existing
        if created:
            session.add(
                AppUser(
                    org_id=org.id,
                    username=demo.username,
                    display_name=demo.username.replace("_", " ").title(),
                    password_hash=passwords.hash(demo.password),
                    role=demo.role,
                    is_all_stores=demo.is_all_stores,
                    is_demo=True,
                    stores=[AppUserStoreAccess(store_id=s, org_id=org.id) for s in demo.store_ids],
                )
            )
        result.append((demo, created))
    session.flush()
    ensure_default_packs(session, org.id)  # the built-in prompts, as data
    return result
