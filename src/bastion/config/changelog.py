"""``config_changelog`` (seed 003): one row per configuration change, written in the
transaction of the change, with the data before and after, together with the bump of the
kind's ``config_counters`` row (``log_change``). Prompt packs, context rules, models,
model settings, policies and the built-in defaults all change through it; the counters
are read here too."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal, TypeAlias

from sqlalchemy import Connection, select, text, update
from sqlalchemy.orm import Session

from bastion.db.models import ConfigChangelog, ConfigCounter
from bastion.identity.principal import Principal

SYSTEM_ACTOR: Final = "system"
"""The actor of changes Bastion makes itself (the built-in prompt packs and policy)."""

DATA_COUNTER: Final = "analytics_data"
"""Bumped by every statement that writes the analytics data (migration 0018's trigger):
results of questions' SQL kept under an older value are not used again."""

Actor: TypeAlias = Principal | Literal["system"] | None
"""Who makes a change: a signed-in principal, Bastion itself, or ``None`` for the
operator at the CLI."""


def log_change(
    session: Session,
    counter: str,
    *,
    org_id: int,
    config_type: str,
    config_id: int,
    config_name: str,
    change_type: str,
    actor: Actor,
    summary: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """One configuration change: the changelog row (versions from the data's ``version``)
    and the bump of ``counter`` that tells every process its cache is stale, both in the
    session's transaction. The only way configuration changes are recorded."""
    principal = actor if isinstance(actor, Principal) else None
    session.add(
        ConfigChangelog(
            org_id=org_id,
            config_type=config_type,
            config_id=config_id,
            config_name=config_name,
            change_type=change_type,
            previous_version=before.get("version") if before else None,
            new_version=after.get("version") if after else None,
            change_summary=summary,
            previous_data=before,
            new_data=after,
            changed_by=principal.user_id if principal is not None else None,
            changed_by_name=principal.username if principal is not None else actor or "cli",
        )
    )
    _bump_counter(session, counter)


def _bump_counter(session: Session, name: str) -> None:
    result = session.execute(
        update(ConfigCounter)
        .where(ConfigCounter.name == name)
        .values(value=ConfigCounter.value + 1)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        session.add(ConfigCounter(name=name, value=1))


def read_counters(conn: Connection) -> dict[str, int]:
    """Every counter in one read (a question needs the prompts', models' and policies')."""
    rows = conn.execute(text("SELECT name, value FROM bastion.config_counters")).all()
    return {row.name: int(row.value) for row in rows}


def read_counter(conn: Connection, name: str) -> int:
    value = conn.execute(
        text("SELECT value FROM bastion.config_counters WHERE name = :name"), {"name": name}
    ).scalar()
    return int(value or 0)


def list_changes(
    session: Session,
    org_id: int,
    *,
    config_type: str | None = None,
    config_id: int | None = None,
    changed_by: str | None = None,
    change_type: str | None = None,
    since: datetime | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[ConfigChangelog]:
    query = select(ConfigChangelog).where(ConfigChangelog.org_id == org_id)
    if config_type is not None:
        query = query.where(ConfigChangelog.config_type == config_type)
    if config_id is not None:
        query = query.where(ConfigChangelog.config_id == config_id)
    if changed_by is not None:
        query = query.where(ConfigChangelog.changed_by_name == changed_by)
    if change_type is not None:
        query = query.where(ConfigChangelog.change_type == change_type)
    if since is not None:
        query = query.where(ConfigChangelog.changed_at >= since)
    if before_id is not None:
        query = query.where(ConfigChangelog.id < before_id)
    return list(session.scalars(query.order_by(ConfigChangelog.id.desc()).limit(limit)))
