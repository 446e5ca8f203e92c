"""An org's secrets: stored sealed, replaced, removed, listed by name, and read only by
``refs.KeyResolver`` when a model is called. Every change is in the changelog (the name
and version, never the value)."""

from __future__ import annotations

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from bastion.config.changelog import Actor, log_change
from bastion.db.models import OrgSecret
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
# The org's secrets as anyone sees them (never the value), with who stored each and the
# models using it, in one query.
PUBLIC = """
    SELECT s.name, s.version, s.created_at, s.updated_at, u.username AS updated_by,
           coalesce(array_agg(m.name ORDER BY m.name) FILTER (WHERE m.name IS NOT NULL),
                    '{{}}') AS used_by
    FROM bastion.org_secrets s
    LEFT JOIN bastion.app_users u ON u.id = s.updated_by
    LEFT JOIN bastion.model_configs m
        ON m.org_id = s.org_id AND m.api_key_ref = 'secret:' || s.name
    WHERE s.org_id = :org {only}
    GROUP BY s.id, u.username
    ORDER BY s.name
"""
UPSERT = text(
    """
    INSERT INTO bastion.org_secrets AS s (org_id, name, version, sealed, updated_by)
    VALUES (:org, :name, 1, :sealed, :by)
    ON CONFLICT (org_id, name) DO UPDATE SET
        version = s.version + 1, sealed = excluded.sealed, updated_by = excluded.updated_by,
        updated_at = now()
    RETURNING id, version
    """
)


class SecretNotFound(NotFound):
    code = "secrets.not_found"


class SecretInUse(Conflict):
    code = "secrets.in_use"


def _used_by(session: Session | Connection, org_id: int, name: str) -> list[str]:
    return list(session.execute(USERS, {"org": org_id, "ref": f"secret:{name}"}).scalars())


def list_secrets(session: Session, org_id: int, name: str | None = None) -> list[SecretPublic]:
    """The org's secrets (or the one named ``name``), by name."""
    query = text(PUBLIC.format(only="AND s.name = :name" if name is not None else ""))
    rows = session.execute(query, {"org": org_id, "name": name}).mappings()
    return [SecretPublic.model_validate(dict(row)) for row in rows]


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
    stored = session.execute(
        UPSERT,
        {
            "org": org_id,
            "name": name,
            "sealed": box.seal(org_id, name, value),
            "by": actor.user_id if isinstance(actor, Principal) else None,
        },
    ).one()
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=stored.id,
        config_name=name,
        change_type="create" if stored.version == 1 else "update",
        actor=actor,
        summary=f"{'stored' if stored.version == 1 else 'replaced'} secret {name}",
        before={"name": name, "version": stored.version - 1} if stored.version > 1 else None,
        after={"name": name, "version": stored.version},
    )
    session.flush()
    return list_secrets(session, org_id, name)[0]


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
