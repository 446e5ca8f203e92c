"""Charts promised to pages (``bastion.web_charts``), so that any API process serves a
chart's address, not only the one that rendered the page. Unlogged, without foreign keys:
rows live an hour at most, and storing one must not wait for a WAL flush (see the model).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE UNLOGGED TABLE bastion.web_charts (
    token text CONSTRAINT pk_web_charts PRIMARY KEY,
    org_id bigint NOT NULL,
    user_id bigint NOT NULL,
    spec text NOT NULL,
    svg text,
    failed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_web_charts_created_at ON bastion.web_charts (created_at);
"""

DOWNGRADE = "DROP TABLE bastion.web_charts;"


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
