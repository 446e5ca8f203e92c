"""An org's policies as data: list, show, create, change (a new version each time), remove;
and the decisions the engine recorded under them.

Every change writes ``config_changelog`` (config type ``policy``, the document before and
after) and bumps the ``policies`` counter in its transaction, which tells every API
process that its cache of active policies is stale (``bastion.policy.engine``).

Rules are validated with ``PolicyRules`` and stored as validated, every default written
out, so that a version names one exact document even if a default changes in a later
release.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bastion.config.changelog import log_change
from bastion.db.models import AppUser, Policy, PolicyDecision
from bastion.errors import Conflict, InvalidInput, NotFound
from bastion.identity.principal import Principal
from bastion.policy.rules import PolicyRules, name_problems
from bastion.policy.schemas import (
    PolicyCreate,
    PolicyDecisionPublic,
    PolicyPublic,
    PolicyUpdate,
)

COUNTER = "policies"
CONFIG_TYPE = "policy"


class PolicyNotFound(NotFound):
    code = "policies.not_found"


class PolicyNameTaken(Conflict):
    code = "policies.name_taken"


class InvalidPolicy(InvalidInput):
    code = "policies.invalid"


# --- the document ------------------------------------------------------------------------


def _problem(error: ErrorDetails) -> dict[str, str]:
    field = ".".join(["rules", *(str(part) for part in error["loc"])])
    message = error["msg"].removeprefix("Value error, ")
    return {"field": field, "message": message}


def validate_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The document as stored (validated, defaults written out), or ``policies.invalid``
    with one ``{field, message}`` per problem, fields named from the request body
    (``rules.topics.0.keywords``)."""
    try:
        parsed = PolicyRules.model_validate(rules)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()]
        summary = "; ".join(
            f"{p['field']}: {p['message'][:1].lower()}{p['message'][1:]}" for p in problems[:3]
        )
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        raise InvalidPolicy(
            f"The policy's rules are not valid ({summary}{more}).", details=problems
        ) from None
    from bastion.catalog import load_catalog

    unknown = name_problems(parsed, load_catalog())
    if unknown:
        summary = "; ".join(f"{p['field']}: {p['message']}" for p in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        raise InvalidPolicy(
            f"The policy names what does not exist ({summary}{more}).", details=unknown
        )
    return parsed.model_dump(mode="json")


def normalised_rules(rules: dict[str, Any]) -> dict[str, Any] | None:
    """A stored document in the stored form, in the document's own order (``jsonb``
    keeps keys in its own order, and rows written by SQL may be terser); ``None`` if it
    is not valid."""
    try:
        return PolicyRules.model_validate(rules).model_dump(mode="json")
    except ValidationError:
        return None


def _data(row: Policy) -> dict[str, Any]:
    """A policy as the changelog keeps it."""
    return {
        "name": row.name,
        "version": row.version,
        "is_active": row.is_active,
        "description": row.description,
        "rules": row.rules,
    }


def _usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(AppUser.id, AppUser.username).where(AppUser.id.in_(wanted)))
    return {user_id: username for user_id, username in rows}


def _public_all(session: Session, rows: Sequence[Policy]) -> list[PolicyPublic]:
    names = _usernames(session, (r.updated_by for r in rows))
    return [
        PolicyPublic(
            id=r.id,
            name=r.name,
            version=r.version,
            is_active=r.is_active,
            description=r.description,
            rules=normalised_rules(r.rules) or r.rules,
            updated_at=r.updated_at,
            updated_by=names.get(r.updated_by) if r.updated_by is not None else None,
        )
        for r in rows
    ]


def public(session: Session, row: Policy) -> PolicyPublic:
    return _public_all(session, [row])[0]


# --- policies ----------------------------------------------------------------------------


def _row(session: Session, org_id: int, policy_id: int, *, lock: bool = False) -> Policy:
    query = select(Policy).where(Policy.id == policy_id, Policy.org_id == org_id)
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise PolicyNotFound(f"There is no policy {policy_id} in your organisation.")
    return row


def list_policies(session: Session, org_id: int) -> list[PolicyPublic]:
    rows = session.scalars(select(Policy).where(Policy.org_id == org_id).order_by(Policy.name))
    return _public_all(session, list(rows))


def get_policy(session: Session, org_id: int, policy_id: int) -> PolicyPublic:
    return public(session, _row(session, org_id, policy_id))


def find_policy(session: Session, org_id: int, name_or_id: str) -> PolicyPublic:
    """By id (digits) or by name, for the CLI."""
    if name_or_id.isdigit():
        return get_policy(session, org_id, int(name_or_id))
    row = session.scalars(
        select(Policy).where(Policy.org_id == org_id, Policy.name == name_or_id)
    ).one_or_none()
    if row is None:
        raise PolicyNotFound(f"There is no policy named {name_or_id!r} in your organisation.")
    return public(session, row)


def create_policy(
    session: Session, org_id: int, data: PolicyCreate, actor: Principal | None
) -> PolicyPublic:
    row = Policy(
        org_id=org_id,
        name=data.name,
        version=1,
        is_active=data.is_active,
        description=data.description,
        rules=validate_rules(data.rules),
        updated_by=actor.user_id if actor is not None else None,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        raise PolicyNameTaken(f"A policy named {data.name!r} already exists.") from None
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="create",
        actor=actor,
        summary=f"added policy {row.name}" + ("" if row.is_active else " (inactive)"),
        after=_data(row),
    )
    session.flush()
    session.refresh(row)
    return public(session, row)


def update_policy(
    session: Session,
    org_id: int,
    policy_id: int,
    data: PolicyUpdate,
    actor: Principal | None,
) -> PolicyPublic:
    """Apply the fields given; a new version only when something really changed (rules
    that say the same thing in other words are no change)."""
    if data.is_active is False:
        _keep_one_active(session, org_id, policy_id)
    row = _row(session, org_id, policy_id, lock=True)
    before = _data(row)
    sections: list[str] = []
    if data.rules is not None:
        new_rules = validate_rules(data.rules)
        old_rules = normalised_rules(row.rules)
        if new_rules != old_rules:
            old = old_rules or {}
            sections = sorted(
                k for k in new_rules.keys() | old.keys() if new_rules.get(k) != old.get(k)
            )
            row.rules = new_rules
    if "description" in data.model_fields_set:
        row.description = data.description
    if data.is_active is not None:
        row.is_active = data.is_active
    after = _data(row)
    changed = sorted(k for k in after if after[k] != before[k])
    if not changed:
        return public(session, row)
    row.version += 1
    row.updated_by = actor.user_id if actor is not None else None
    row.updated_at = func.now()
    session.flush()
    what = [f"rules ({', '.join(sections)})" if k == "rules" and sections else k for k in changed]
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="update",
        actor=actor,
        summary=f"changed {', '.join(what)} of policy {row.name}",
        before=before,
        after=_data(row),
    )
    session.flush()
    session.refresh(row)
    return public(session, row)


def _keep_one_active(session: Session, org_id: int, leaving: int) -> None:
    """Refuse to switch off or remove the org's last active policy (an org without one
    would fall back to the built-in default, which is not what anyone asked for). The
    org's active rows are locked, so two such changes at once cannot both pass."""
    active = session.scalars(
        select(Policy.id)
        .where(Policy.org_id == org_id, Policy.is_active)
        .order_by(Policy.id)
        .with_for_update()
    ).all()
    if leaving in active and len(active) == 1:
        raise Conflict(
            "This is the organisation's only active policy: activate another one first.",
            code="policies.last_active",
        )


def delete_policy(session: Session, org_id: int, policy_id: int, actor: Principal | None) -> None:
    """Remove a policy; the changelog keeps what it was, and the decisions made under it
    keep its name and version."""
    _keep_one_active(session, org_id, policy_id)
    row = _row(session, org_id, policy_id, lock=True)
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="delete",
        actor=actor,
        summary=f"removed policy {row.name}",
        before=_data(row),
    )
    session.delete(row)
    session.flush()


# --- decisions ---------------------------------------------------------------------------


def list_decisions(
    session: Session,
    org_id: int,
    *,
    user: str | None = None,
    action: str | None = None,
    stage: str | None = None,
    log_id: int | None = None,
    approval_id: int | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[PolicyDecisionPublic]:
    """The org's policy decisions, newest first; ``user`` is a username, ``before_id``
    pages (ids below it)."""
    query = (
        select(PolicyDecision, AppUser.username)
        .outerjoin(AppUser, AppUser.id == PolicyDecision.user_id)
        .where(PolicyDecision.org_id == org_id)
    )
    if user is not None:
        query = query.where(AppUser.username == user)
    if action is not None:
        query = query.where(PolicyDecision.action == action)
    if stage is not None:
        query = query.where(PolicyDecision.stage == stage)
    if log_id is not None:
        query = query.where(PolicyDecision.log_id == log_id)
    if approval_id is not None:
        query = query.where(PolicyDecision.approval_id == approval_id)
    if before_id is not None:
        query = query.where(PolicyDecision.id < before_id)
    rows = session.execute(query.order_by(PolicyDecision.id.desc()).limit(limit))
    return [
        PolicyDecisionPublic(
            id=d.id,
            created_at=d.created_at,
            log_id=d.log_id,
            approval_id=d.approval_id,
            user_id=d.user_id,
            username=username,
            stage=d.stage,
            action=d.action,
            policy_id=d.policy_id,
            policy_name=d.policy_name,
            policy_version=d.policy_version,
            rule=d.rule,
            detail=d.detail,
        )
        for d, username in rows
    ]
