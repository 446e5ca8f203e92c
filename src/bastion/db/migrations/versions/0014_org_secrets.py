"""Org secrets: an org's API keys stored sealed (AES-GCM, ``bastion.secrets.box``) and
referenced by name from the model registry as ``secret:NAME``.

Before, a model's ``api_key_ref`` could name any environment variable or file, and an org
admin could have Bastion send the server's own secrets to a host of their choosing.
``env:`` and ``file:`` references stay possible for the operator, within the limits of
``BASTION_SECRET_ENV_PREFIX`` and ``BASTION_SECRET_DIR`` (checked again on every read, so
references saved before this revision that break those limits are no longer read).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE TABLE bastion.org_secrets (
    id bigserial CONSTRAINT pk_org_secrets PRIMARY KEY,
    org_id bigint NOT NULL
        CONSTRAINT fk_org_secrets_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    name text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    sealed bytea NOT NULL,
    updated_by bigint
        CONSTRAINT fk_org_secrets_updated_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_org_secrets_name_shape CHECK (name ~ '^[A-Za-z][A-Za-z0-9_.-]{0,63}$')
);
CREATE UNIQUE INDEX uq_org_secrets_org_id_name ON bastion.org_secrets (org_id, name);

ALTER TABLE bastion.model_configs DROP CONSTRAINT ck_model_configs_api_key_ref_shape;
ALTER TABLE bastion.model_configs ADD CONSTRAINT ck_model_configs_api_key_ref_shape
    CHECK (api_key_ref IS NULL OR api_key_ref ~ '^(secret|env|file):.+');
"""

DOWNGRADE = """
UPDATE bastion.model_configs SET api_key_ref = NULL WHERE api_key_ref LIKE 'secret:%';
ALTER TABLE bastion.model_configs DROP CONSTRAINT ck_model_configs_api_key_ref_shape;
ALTER TABLE bastion.model_configs ADD CONSTRAINT ck_model_configs_api_key_ref_shape
    CHECK (api_key_ref IS NULL OR api_key_ref ~ '^(env|file):.+');
DROP TABLE bastion.org_secrets;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
