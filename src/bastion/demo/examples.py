"""The demo org's bank of worked examples: the catalog's suggested questions with their
deterministic plans, seeded by ``bastion init`` (relative periods such as "last month"
read against the newest day of the loaded data). Examples the org has are kept."""

from __future__ import annotations

from datetime import date

import psycopg
from sqlalchemy import select

from bastion.catalog import load_catalog, load_known_values
from bastion.db.engine import Database
from bastion.db.models import Org
from bastion.demo.users import DEMO_ORG_SLUG
from bastion.examples import seed_examples, suggestion_examples


def seed_demo_examples(db: Database) -> int:
    """Seed the demo org's examples it lacks; how many were added."""
    catalog = load_catalog()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        known = load_known_values(raw)
    examples = suggestion_examples(catalog, known.newest_date or date.today(), known)
    with db.session() as session:
        org_id = session.scalars(select(Org.id).where(Org.slug == DEMO_ORG_SLUG)).one()
        return seed_examples(session, catalog, org_id, examples)
