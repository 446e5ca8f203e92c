"""What every command shares: the settings, the database, the services, an org by its
slug, and the common options (``--json``, ``--org``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from bastion.db.engine import Database
from bastion.db.migrate import current_revision
from bastion.errors import ConfigurationError
from bastion.identity import service as identity
from bastion.services import Services
from bastion.settings import Settings, get_settings

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
OrgOpt = Annotated[str, typer.Option("--org", help="The org (slug).")]


def settings() -> Settings:
    return get_settings()


def open_db(keep_running: bool = False, *, initialised: bool = True) -> Database:
    """The database of the settings, checked reachable (the embedded server starts if it
    is not running) and, unless ``initialised`` is false (init, db commands), set up by
    `bastion init`: a clear error before then, not a missing table."""
    db = Database.from_settings(settings(), keep_running=keep_running)
    db.ping()
    if initialised and current_revision(db) is None:
        db.dispose()
        raise ConfigurationError(
            "Bastion's database is not set up yet: run `bastion init` first.",
            code="db.not_initialised",
        )
    return db


@contextmanager
def open_session() -> Iterator[Session]:
    """A session that commits on success, on a database closed afterwards."""
    db = open_db()
    try:
        with db.session() as session:
            yield session
    finally:
        db.dispose()


def open_services() -> Services:
    return Services.from_settings(settings(), db=open_db())


def org_id_of(session: Session, slug: str) -> int:
    return identity.get_org(session, slug).id
