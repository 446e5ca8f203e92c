"""Organisations (tenants): creating one with what every org starts with, its default
policy (deny by default from the first question). The built-in prompt packs are seeded
where an org is set up for use (``ensure_org(..., with_packs=True)``, as the demo does);
an org without packs is answered with the built-in prompts.

It sits above identity, policies and prompt packs, which each own their own rows; the
demo set-up, the CLI and the API create orgs through here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bastion.db.models import Org
from bastion.policy.defaults import ensure_default_policy
from bastion.prompts.defaults import ensure_default_packs


def ensure_org(session: Session, slug: str, name: str, *, with_packs: bool = False) -> Org:
    """The org called ``slug``, created with its default policy when it does not exist;
    ``with_packs`` also gives it the built-in prompt packs it lacks (safe to repeat)."""
    org = session.scalars(select(Org).where(Org.slug == slug)).one_or_none()
    if org is None:
        org = Org(slug=slug, name=name)
        session.add(org)
        session.flush()
        ensure_default_policy(session, org.id)
    if with_packs:
        ensure_default_packs(session, org.id)
    return org
