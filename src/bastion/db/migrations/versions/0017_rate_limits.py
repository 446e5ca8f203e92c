"""Rate limits kept in PostgreSQL, so that every API process counts against one window:
fixed windows (``limits``' strategy) of sign-in attempts per client address and per user
name. A row lives until its window ends; the next hit after that starts a new one.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE UNLOGGED TABLE bastion.rate_limits (
    key text CONSTRAINT pk_rate_limits PRIMARY KEY,
    count integer NOT NULL,
    expires_at timestamptz NOT NULL
);
"""

DOWNGRADE = "DROP TABLE bastion.rate_limits;"


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
