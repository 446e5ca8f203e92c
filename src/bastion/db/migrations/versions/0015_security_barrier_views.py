"""The scoped views of payments, rentals and customers become security barriers.

Without the barrier, PostgreSQL may evaluate a caller's condition before the view's scope
filter: as ``bastion_reader`` with store 1's scope, a condition that divides by zero only
on store 2's rows (``CASE WHEN store_id = 2 AND amount > 11 THEN 1 / 0 END``) answered,
through its error, what store 2's largest payment was. A security barrier applies the
view's own filter first; only leakproof functions and operators (which cannot reveal
their arguments, in errors or otherwise) may still run before it. The guard stops such SQL
before it reaches the database; this is the second line, for SQL that gets past it.
(``v_staff_public`` and ``v_store_location`` were created as barriers; ``inventory`` and
``store`` are filtered by row-level security, whose policies act as barriers too.)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

VIEWS = ("v_payment_scoped", "v_rental_scoped", "v_customer_masked")


def upgrade() -> None:
    for view in VIEWS:
        op.execute(f"ALTER VIEW analytics.{view} SET (security_barrier = true)")


def downgrade() -> None:
    for view in VIEWS:
        op.execute(f"ALTER VIEW analytics.{view} RESET (security_barrier)")
