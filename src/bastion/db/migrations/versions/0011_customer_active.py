"""A customer is active when both of Pagila's flags say so.

Pagila keeps two: ``activebool`` (true for every customer of the dump) and ``active``
(0 for the 15 customers whose accounts are closed, as in Sakila). ``v_customer_masked``
read only the first, so "which customers are inactive" found none. It now reads both:
active when ``activebool`` is true and ``active`` is not 0.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

VIEW = """
CREATE OR REPLACE VIEW analytics.v_customer_masked AS
SELECT c.customer_id, c.store_id,
       left(c.first_name, 1) || repeat('*', greatest(length(c.first_name) - 1, 0))
           AS first_name_masked,
       left(c.last_name, 1) || repeat('*', greatest(length(c.last_name) - 1, 0))
           AS last_name_masked,
       ci.city, co.country, {active} AS active, c.create_date
FROM analytics.customer c
JOIN analytics.address a ON a.address_id = c.address_id
JOIN analytics.city ci ON ci.city_id = a.city_id
JOIN analytics.country co ON co.country_id = ci.country_id
WHERE c.store_id = ANY ((SELECT analytics.visible_store_ids(current_user))::integer[]);
"""


def upgrade() -> None:
    op.execute(VIEW.format(active="(c.activebool AND coalesce(c.active, 1) <> 0)"))


def downgrade() -> None:
    op.execute(VIEW.format(active="c.activebool"))
