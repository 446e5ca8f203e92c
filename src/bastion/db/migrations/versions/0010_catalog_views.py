"""All of Pagila in the catalog: the views through which staff and store locations are
read, and the public lookup tables ``city`` and ``country`` for the reader.

- ``v_staff_public``: a staff member's id, store and whether they are active. Nothing
  that names or reaches a person (names, e-mail, user name, password, picture, address).
- ``v_store_location``: a store's city and country (store -> address -> city -> country),
  never its street address, phone or postal code. The store's manager is left out: it is
  a reference to a person that the org's policies govern on ``store`` only.
- ``city`` and ``country``: place names, readable as they are.

Both views are scoped like the seed-001 views (migration 0004): the reader sees the rows
of its question's stores only, every other role all of them. They are security
barriers, so that no condition of a question is evaluated on rows of other stores.
``staff`` and ``address`` stay unreadable: the reader gets no privilege on them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-14
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

READER = "bastion_reader"
READER_RELATIONS = ("v_staff_public", "v_store_location", "city", "country")

# The stores the querying role may see (0004): its question's for the reader, else all.
VISIBLE = "(SELECT analytics.visible_store_ids(current_user))::integer[]"

UPGRADE = f"""
CREATE VIEW analytics.v_staff_public WITH (security_barrier) AS
SELECT s.staff_id, s.store_id, s.active
FROM analytics.staff s
WHERE s.store_id = ANY ({VISIBLE});

CREATE VIEW analytics.v_store_location WITH (security_barrier) AS
SELECT st.store_id, ci.city, co.country
FROM analytics.store st
JOIN analytics.address a ON a.address_id = st.address_id
JOIN analytics.city ci ON ci.city_id = a.city_id
JOIN analytics.country co ON co.country_id = ci.country_id
WHERE st.store_id = ANY ({VISIBLE});
"""

DOWNGRADE = """
DROP VIEW analytics.v_store_location;
DROP VIEW analytics.v_staff_public;
"""


def upgrade() -> None:
    op.execute(UPGRADE)
    for relation in READER_RELATIONS:
        op.execute(f"GRANT SELECT ON analytics.{relation} TO {READER}")


def downgrade() -> None:
    for relation in READER_RELATIONS:
        op.execute(f"REVOKE SELECT ON analytics.{relation} FROM {READER}")
    op.execute(DOWNGRADE)
