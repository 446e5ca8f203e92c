"""An org's secrets: stored sealed, replaced, removed, listed by name, and read only by
``refs.KeyResolver`` when a model is called. Every change is in the changelog (the name
and version, never the value)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from bastion.config.changelog import Actor, log_change
from bastion.db.models import AppUser, OrgSecret
from bastion.errors import Conflict, InvalidInput, NotFound
from bastion.identity.principal import Principal
from bastion.secrets.box import SecretBox
from bastion.secrets.names import check_name
from bastion.secrets.schemas import MAX_SECRET_CHARS, SecretPublic

COUNTER = "secrets"
CONFIG_TYPE = "secret"

USERS = text(
    "SELECT name FROM bastion.model_configs WHERE org_id = :org AND api_key_ref = :ref"
    " ORDER BY name"
)


class SecretNotFound(NotFound):
    code = "secrets.not_found"


class SecretInUse(Conflict):
    code = "secrets.in_use"


def _used_by(session: Session | Connection, org_id: int, name: str) -> list[str]:
    return list(session.execute(USERS, {"org": org_id, "ref": f"secret:{name}"}).scalars())


def _public(session: Session, row: OrgSecret) -> SecretPublic:
    who = session.get(AppUser, row.updated_by) if row.updated_by is not None else None
    return SecretPublic(
        name=row.name,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=who.username if who is not None else None,
        used_by=_used_by(session, row.org_id, row.name),
    )


def list_secrets(session: Session, org_id: int) -> list[SecretPublic]:
    rows = session.scalars(
        select(OrgSecret).where(OrgSecret.org_id == org_id).order_by(OrgSecret.name)
    )
    return [_public(session, row) for row in rows]


def put_secret(
    session: Session, box: SecretBox, org_id: int, name: str, value: str, actor: Actor
) -> SecretPublic:
    """Store ``value`` as the org's secret ``name``, a new version if it exists."""
    check_name(name)
    value = value.strip()
    if not value or len(value) > MAX_SECRET_CHARS or "\n" in value or "\r" in value:
        raise InvalidInput(
            f"A secret is one line of 1 to {MAX_SECRET_CHARS} characters.",
            code="secrets.value_invalid",
        )
    session.execute(
        text(
            "INSERT INTO bastion.org_secrets (org_id, name, version, sealed)"
            " VALUES (:org, :name, 0, '') ON CONFLICT (org_id, name) DO NOTHING"
        ),
        {"org": org_id, "name": name},
    )
    row = session.scalars(
        select(OrgSecret)
        .where(OrgSecret.org_id == org_id, OrgSecret.name == name)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    row.version += 1
    row.sealed = box.seal(org_id, name, value)
    row.updated_by = actor.user_id if isinstance(actor, Principal) else None
    row.updated_at = func.now()
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=name,
        change_type="create" if row.version == 1 else "update",
        actor=actor,
        summary=f"{'stored' if row.version == 1 else 'replaced'} secret {name}",
        before={"name": name, "version": row.version - 1} if row.version > 1 else None,
        after={"name": name, "version": row.version},
    )
    session.flush()
    session.refresh(row)
    return _public(session, row)


def delete_secret(session: Session, org_id: int, name: str, actor: Actor) -> None:
    row = session.scalars(
        select(OrgSecret)
        .where(OrgSecret.org_id == org_id, OrgSecret.name == name)
        .with_for_update()
    ).one_or_none()
    if row is None:
        raise SecretNotFound(f"Your organisation has no secret named {name!r}.")
    users = _used_by(session, org_id, name)
    if users:
        raise SecretInUse(
            f"The secret {name} is the key of {', '.join(users)}: change "
            f"{'that model' if len(users) == 1 else 'those models'} first.",
            details={"used_by": users},
        )
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=name,
        change_type="delete",
        actor=actor,
        summary=f"removed secret {name}",
        before={"name": name, "version": row.version},
    )
    session.delete(row)
    session.flush()


def has_secret(session: Session, org_id: int, name: str) -> bool:
    found = session.execute(
        text("SELECT 1 FROM bastion.org_secrets WHERE org_id = :org AND name = :name"),
        {"org": org_id, "name": name},
    ).scalar()
    return found is not None


def read_secret(conn: Connection, box: SecretBox, org_id: int, name: str) -> str | None:
    """The value of the org's secret ``name``, or None when it has none by that name."""
    sealed = conn.execute(
        text("SELECT sealed FROM bastion.org_secrets WHERE org_id = :org AND name = :name"),
        {"org": org_id, "name": name},
    ).scalar()
    return box.open(org_id, name, bytes(sealed)) if sealed is not None else None
