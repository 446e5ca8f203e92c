"""What a running API process holds: settings, the database, password and token services.

Nothing here is state a second API process would need to see; all shared state is in
PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from bastion.db.engine import Database
from bastion.identity.passwords import Passwords
from bastion.identity.tokens import TokenIssuer
from bastion.settings import Settings


@dataclass
class Services:
    settings: Settings
    db: Database
    passwords: Passwords
    tokens: TokenIssuer

    @classmethod
    def from_settings(cls, settings: Settings, db: Database | None = None) -> Services:
        return cls(
            settings=settings,
            db=db if db is not None else Database.from_settings(settings),
            passwords=Passwords.from_settings(settings),
            tokens=TokenIssuer.from_settings(settings),
        )
