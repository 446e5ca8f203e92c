"""Context rules (seed 003): per org and domain, regular expressions that mark retrieved
context as important or to be ignored. Saving rules makes a new version and activates it
(one active version per org and domain, by a partial unique index); the changelog records
each save. Retrieval applies them when document retrieval arrives."""

from __future__ import annotations

import re
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bastion.config.changelog import log_change
from bastion.db.models import ContextRule
from bastion.errors import Conflict, InvalidInput
from bastion.identity.principal import Principal

COUNTER = "context_rules"
MAX_PATTERNS = 100
MAX_PATTERN_CHARS = 500
Pattern = str


class ContextRulesSave(BaseModel):
    model_config = ConfigDict(extra="forbid")

    domain: str = Field(min_length=1, max_length=100, pattern=r"^[a-z0-9_.-]+$")
    important: list[Pattern] = Field(default_factory=list, max_length=MAX_PATTERNS)
    ignore: list[Pattern] = Field(default_factory=list, max_length=MAX_PATTERNS)
    description: str | None = Field(None, max_length=2000)


class ContextRulePublic(BaseModel):
    id: int
    domain: str
    version: int
    important: list[str]
    ignore: list[str]
    description: str | None
    is_active: bool
    created_by: int | None
    created_at: datetime


def _check(patterns: list[str], kind: str) -> None:
    for pattern in patterns:
        if len(pattern) > MAX_PATTERN_CHARS:
            raise InvalidInput(
                f"A context rule pattern has at most {MAX_PATTERN_CHARS} characters.",
                code="context_rules.invalid_pattern",
            )
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InvalidInput(
                f"'{pattern}' ({kind}) is not a valid regular expression: {exc}.",
                code="context_rules.invalid_pattern",
                details={"pattern": pattern, "kind": kind},
            ) from None


def public(rule: ContextRule) -> ContextRulePublic:
    return ContextRulePublic.model_validate(rule, from_attributes=True)


def _data(rule: ContextRule) -> dict[str, object]:
    return {
        "domain": rule.domain,
        "version": rule.version,
        "important": list(rule.important),
        "ignore": list(rule.ignore),
        "description": rule.description,
    }


def list_rules(
    session: Session, org_id: int, domain: str | None = None, *, all_versions: bool = False
) -> list[ContextRulePublic]:
    query = select(ContextRule).where(ContextRule.org_id == org_id)
    if domain is not None:
        query = query.where(ContextRule.domain == domain)
    if not all_versions:
        query = query.where(ContextRule.is_active.is_(True))
    rows = session.scalars(query.order_by(ContextRule.domain, ContextRule.version))
    return [public(r) for r in rows]


def save_rules(
    session: Session, org_id: int, actor: Principal | None, body: ContextRulesSave
) -> ContextRulePublic:
    _check(body.important, "important")
    _check(body.ignore, "ignore")
    # Serialise saves of one org: the next version number and the active flag move together.
    session.execute(select(func.pg_advisory_xact_lock(org_id, 5)))
    current = session.scalar(
        select(ContextRule).where(
            ContextRule.org_id == org_id,
            ContextRule.domain == body.domain,
            ContextRule.is_active.is_(True),
        )
    )
    latest = session.scalar(
        select(func.max(ContextRule.version)).where(
            ContextRule.org_id == org_id, ContextRule.domain == body.domain
        )
    )
    if current is not None:
        current.is_active = False
        session.flush()
    rule = ContextRule(
        org_id=org_id,
        domain=body.domain,
        version=(latest or 0) + 1,
        important=list(body.important),
        ignore=list(body.ignore),
        description=body.description,
        is_active=True,
        created_by=actor.user_id if actor else None,
    )
    session.add(rule)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(
            "The rules of that domain changed at the same time; try again.",
            code="context_rules.conflict",
        ) from None
    session.refresh(rule)
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type="context_rule",
        config_id=rule.id,
        config_name=body.domain,
        change_type="create" if current is None else "new_version",
        actor=actor,
        summary=f"Context rules of '{body.domain}' are now version {rule.version}.",
        before=_data(current) if current else None,
        after=_data(rule),
    )
    return public(rule)
