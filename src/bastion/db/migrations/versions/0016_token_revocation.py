"""Signing out, disabling a user and changing a password end sessions at once.

Access tokens are checked on every request against the user's row already (role, stores,
disabled). Now each token also names its session (``jti``) and the user's token
generation (``gen``): signing out records the session in ``revoked_tokens`` (kept until
the token would have expired anyway), and disabling a user or changing their password
moves ``app_users.token_generation`` on, which ends every token issued before.

Tokens issued before this revision carry neither claim: their holders sign in again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

UPGRADE = """
ALTER TABLE bastion.app_users ADD COLUMN token_generation integer NOT NULL DEFAULT 0;
CREATE TABLE bastion.revoked_tokens (
    jti uuid CONSTRAINT pk_revoked_tokens PRIMARY KEY,
    user_id bigint NOT NULL
        CONSTRAINT fk_revoked_tokens_user_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);
CREATE INDEX ix_revoked_tokens_expires_at ON bastion.revoked_tokens (expires_at);
"""

DOWNGRADE = """
DROP TABLE bastion.revoked_tokens;
ALTER TABLE bastion.app_users DROP COLUMN token_generation;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
