"""Answers as they were shown, so that a conversation can be opened again: the ask
response of each question kept with its audit log (``query_audit_logs.response``); and an
index on the approval queue's ``log_id``, so that a held question's approval (and what
became of it) is found by its log.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UPGRADE = """
ALTER TABLE bastion.query_audit_logs ADD COLUMN response jsonb;
CREATE INDEX ix_approval_queue_log_id ON bastion.approval_queue (log_id);
"""

DOWNGRADE = """
DROP INDEX bastion.ix_approval_queue_log_id;
ALTER TABLE bastion.query_audit_logs DROP COLUMN response;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
