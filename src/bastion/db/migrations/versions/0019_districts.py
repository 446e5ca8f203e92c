"""Customers' and stores' districts: "customers in California", "which district is store 2 in".

A district is the region of an address (a state, a province: "California", "Buenos
Aires", "West Bengali"), coarser than its city, which the views already show. It is read
through the same scoped views as the city and country (never from ``address``, which also
holds the street, postal code and phone), as their last column, so that the views keep
their columns, their grants and their security barrier.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# The stores the querying role may see (0004): its question's for the reader, else all.
VISIBLE = "(SELECT analytics.visible_store_ids(current_user))::integer[]"
CUSTOMER = f"""
CREATE OR REPLACE VIEW analytics.v_customer_masked WITH (security_barrier = true) AS
SELECT c.customer_id, c.store_id,
       left(c.first_name, 1) || repeat('*', greatest(length(c.first_name) - 1, 0))
           AS first_name_masked,
       left(c.last_name, 1) || repeat('*', greatest(length(c.last_name) - 1, 0))
           AS last_name_masked,
       ci.city, co.country, (c.activebool AND coalesce(c.active, 1) <> 0) AS active,
       c.create_date{{district}}
FROM analytics.customer c
JOIN analytics.address a ON a.address_id = c.address_id
JOIN analytics.city ci ON ci.city_id = a.city_id
JOIN analytics.country co ON co.country_id = ci.country_id
WHERE c.store_id = ANY ({VISIBLE});
"""
STORE = f"""
CREATE OR REPLACE VIEW analytics.v_store_location WITH (security_barrier = true) AS
SELECT st.store_id, ci.city, co.country{{district}}
FROM analytics.store st
JOIN analytics.address a ON a.address_id = st.address_id
JOIN analytics.city ci ON ci.city_id = a.city_id
JOIN analytics.country co ON co.country_id = ci.country_id
WHERE st.store_id = ANY ({VISIBLE});
"""
# no district on file is an empty string, never a value anyone asks about
DISTRICT = ", nullif(a.district, '') AS district"


def upgrade() -> None:
    op.execute(CUSTOMER.format(district=DISTRICT))
    op.execute(STORE.format(district=DISTRICT))


def downgrade() -> None:
    # CREATE OR REPLACE cannot drop a column: each view is made again, with its grants
    for view, body in (("v_customer_masked", CUSTOMER), ("v_store_location", STORE)):
        readers = (
            "SELECT grantee FROM information_schema.role_table_grants WHERE table_schema ="
            f" 'analytics' AND table_name = '{view}' AND privilege_type = 'SELECT'"
        )
        op.execute(f"CREATE TEMP TABLE readers AS {readers}")
        op.execute(f"DROP VIEW analytics.{view}")
        op.execute(body.format(district=""))
        op.execute(
            "DO $$ DECLARE reader text; BEGIN FOR reader IN SELECT grantee FROM readers LOOP"
            f" EXECUTE format('GRANT SELECT ON analytics.{view} TO %I', reader); END LOOP; END $$"
        )
        op.execute("DROP TABLE readers")
