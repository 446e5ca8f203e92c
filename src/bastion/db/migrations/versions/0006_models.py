"""The model registry (per org, versioned through the changelog), per-org model settings
(mode, monthly token budget, rows a model may see), every model call's attempt, and
monthly usage per org.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE TABLE bastion.model_configs (
    id bigserial CONSTRAINT pk_model_configs PRIMARY KEY,
    org_id bigint NOT NULL
        CONSTRAINT fk_model_configs_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    name text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    provider text NOT NULL,
    base_url text NOT NULL,
    model text NOT NULL,
    api_key_ref text,
    timeout_seconds float8 NOT NULL DEFAULT 20,
    parameters jsonb NOT NULL DEFAULT '{}',
    tier text NOT NULL DEFAULT 'standard',
    purposes text[] NOT NULL,
    priority integer NOT NULL DEFAULT 100,
    is_active boolean NOT NULL DEFAULT true,
    cost_input_per_1k numeric(14, 6) NOT NULL DEFAULT 0,
    cost_output_per_1k numeric(14, 6) NOT NULL DEFAULT 0,
    created_by bigint CONSTRAINT fk_model_configs_created_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_model_configs_tier_known CHECK (tier IN ('light', 'standard', 'heavy')),
    CONSTRAINT ck_model_configs_purposes_known CHECK (
        purposes <@ ARRAY['sql', 'plan', 'narration', 'classification', 'embedding']
        AND cardinality(purposes) > 0),
    CONSTRAINT ck_model_configs_api_key_ref_shape
        CHECK (api_key_ref IS NULL OR api_key_ref ~ '^(env|file):.+')
);
CREATE UNIQUE INDEX uq_model_configs_org_id_name ON bastion.model_configs (org_id, name);

CREATE TABLE bastion.model_settings (
    org_id bigint CONSTRAINT pk_model_settings PRIMARY KEY
        CONSTRAINT fk_model_settings_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    version integer NOT NULL DEFAULT 1,
    mode text,
    monthly_token_budget bigint,
    rows_to_model text NOT NULL DEFAULT 'aggregates',
    max_rows_to_model integer NOT NULL DEFAULT 50,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_model_settings_mode_known CHECK (mode IS NULL OR mode IN ('plan', 'sql')),
    CONSTRAINT ck_model_settings_rows_to_model_known
        CHECK (rows_to_model IN ('none', 'aggregates', 'rows'))
);

CREATE TABLE bastion.model_attempts (
    id bigserial CONSTRAINT pk_model_attempts PRIMARY KEY,
    log_id bigint CONSTRAINT fk_model_attempts_log_id_query_audit_logs
        REFERENCES bastion.query_audit_logs (id) ON DELETE CASCADE,
    org_id bigint NOT NULL
        CONSTRAINT fk_model_attempts_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    user_id bigint CONSTRAINT fk_model_attempts_user_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    model_config_id bigint CONSTRAINT fk_model_attempts_model_config_id_model_configs
        REFERENCES bastion.model_configs (id) ON DELETE SET NULL,
    seq smallint NOT NULL,
    purpose text NOT NULL,
    model_name text NOT NULL,
    model text NOT NULL,
    provider text NOT NULL,
    tier text NOT NULL,
    outcome text NOT NULL,
    status_code integer,
    detail text,
    escalated boolean NOT NULL DEFAULT false,
    tokens_in integer NOT NULL DEFAULT 0,
    tokens_out integer NOT NULL DEFAULT 0,
    cost numeric(14, 6) NOT NULL DEFAULT 0,
    latency_ms float8 NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_model_attempts_log_id ON bastion.model_attempts (log_id);
CREATE INDEX ix_model_attempts_org_id_created_at ON bastion.model_attempts (org_id, created_at);
CREATE INDEX ix_model_attempts_user_id_created_at
    ON bastion.model_attempts (user_id, created_at);

CREATE TABLE bastion.model_usage_monthly (
    org_id bigint NOT NULL CONSTRAINT fk_model_usage_monthly_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    month date NOT NULL,
    tokens_in bigint NOT NULL DEFAULT 0,
    tokens_out bigint NOT NULL DEFAULT 0,
    cost numeric(16, 6) NOT NULL DEFAULT 0,
    calls bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_model_usage_monthly PRIMARY KEY (org_id, month)
);

INSERT INTO bastion.config_counters (name, value) VALUES ('models', 0)
ON CONFLICT (name) DO NOTHING;
"""

DOWNGRADE = """
DELETE FROM bastion.config_counters WHERE name = 'models';
DROP TABLE bastion.model_usage_monthly;
DROP TABLE bastion.model_attempts;
DROP TABLE bastion.model_settings;
DROP TABLE bastion.model_configs;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
