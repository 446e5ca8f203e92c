"""Policies (per org, versioned through the changelog), the decisions they make, the
approval queue of held questions with its events, and the ``approver`` role. Every
existing org gets the default policy.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UPGRADE = """
DO $$
DECLARE name text;
BEGIN
    FOR name IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'bastion.app_users'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%role%'
    LOOP
        EXECUTE format('ALTER TABLE bastion.app_users DROP CONSTRAINT %I', name);
    END LOOP;
END $$;
ALTER TABLE bastion.app_users ADD CONSTRAINT ck_app_users_role_known
    CHECK (role IN ('admin', 'store_manager', 'marketing', 'finance', 'approver'));

CREATE TABLE bastion.policies (
    id bigserial CONSTRAINT pk_policies PRIMARY KEY,
    org_id bigint NOT NULL
        CONSTRAINT fk_policies_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    name text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    is_active boolean NOT NULL DEFAULT true,
    description text,
    rules jsonb NOT NULL,
    updated_by bigint CONSTRAINT fk_policies_updated_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_policies_org_id_name ON bastion.policies (org_id, name);

CREATE TABLE bastion.approval_queue (
    id bigserial CONSTRAINT pk_approval_queue PRIMARY KEY,
    org_id bigint NOT NULL CONSTRAINT fk_approval_queue_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    requester_id bigint CONSTRAINT fk_approval_queue_requester_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    log_id bigint CONSTRAINT fk_approval_queue_log_id_query_audit_logs
        REFERENCES bastion.query_audit_logs (id) ON DELETE SET NULL,
    conversation_id uuid,
    question text NOT NULL,
    sql text NOT NULL,
    plan jsonb,
    columns jsonb,
    role text NOT NULL,
    store_ids integer[] NOT NULL,
    is_all_stores boolean NOT NULL,
    risk jsonb NOT NULL,
    reasons jsonb NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    decided_by bigint CONSTRAINT fk_approval_queue_decided_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    decided_at timestamptz,
    decision_reason text,
    expires_at timestamptz NOT NULL,
    escalate_at timestamptz,
    escalated_at timestamptz,
    result jsonb,
    executed_at timestamptz,
    error_code text,
    error_message text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_approval_queue_status_known CHECK (
        status IN ('pending', 'approved', 'rejected', 'expired', 'executed', 'failed'))
);
CREATE INDEX ix_approval_queue_org_id_status_created_at
    ON bastion.approval_queue (org_id, status, created_at);
CREATE INDEX ix_approval_queue_requester_id_created_at
    ON bastion.approval_queue (requester_id, created_at);
CREATE INDEX ix_approval_queue_pending_expires_at
    ON bastion.approval_queue (expires_at) WHERE status = 'pending';

CREATE TABLE bastion.approval_events (
    id bigserial CONSTRAINT pk_approval_events PRIMARY KEY,
    approval_id bigint NOT NULL CONSTRAINT fk_approval_events_approval_id_approval_queue
        REFERENCES bastion.approval_queue (id) ON DELETE CASCADE,
    org_id bigint NOT NULL CONSTRAINT fk_approval_events_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    event text NOT NULL,
    actor_id bigint CONSTRAINT fk_approval_events_actor_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    actor_name text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_approval_events_approval_id ON bastion.approval_events (approval_id);

CREATE TABLE bastion.policy_decisions (
    id bigserial CONSTRAINT pk_policy_decisions PRIMARY KEY,
    org_id bigint NOT NULL CONSTRAINT fk_policy_decisions_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    log_id bigint CONSTRAINT fk_policy_decisions_log_id_query_audit_logs
        REFERENCES bastion.query_audit_logs (id) ON DELETE CASCADE,
    approval_id bigint CONSTRAINT fk_policy_decisions_approval_id_approval_queue
        REFERENCES bastion.approval_queue (id) ON DELETE SET NULL,
    user_id bigint CONSTRAINT fk_policy_decisions_user_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    stage text NOT NULL,
    action text NOT NULL,
    policy_id bigint CONSTRAINT fk_policy_decisions_policy_id_policies
        REFERENCES bastion.policies (id) ON DELETE SET NULL,
    policy_name text NOT NULL,
    policy_version integer NOT NULL,
    rule text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_policy_decisions_log_id ON bastion.policy_decisions (log_id);
CREATE INDEX ix_policy_decisions_org_id_created_at
    ON bastion.policy_decisions (org_id, created_at);

INSERT INTO bastion.config_counters (name, value) VALUES ('policies', 0)
ON CONFLICT (name) DO NOTHING;
"""

DOWNGRADE = """
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM bastion.app_users WHERE role = 'approver') THEN
        RAISE EXCEPTION 'users with the approver role exist: change their role first';
    END IF;
END $$;
DELETE FROM bastion.config_counters WHERE name = 'policies';
DROP TABLE bastion.policy_decisions;
DROP TABLE bastion.approval_events;
DROP TABLE bastion.approval_queue;
DROP TABLE bastion.policies;
DO $$
DECLARE name text;
BEGIN
    FOR name IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'bastion.app_users'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%role%'
    LOOP
        EXECUTE format('ALTER TABLE bastion.app_users DROP CONSTRAINT %I', name);
    END LOOP;
END $$;
ALTER TABLE bastion.app_users ADD CONSTRAINT ck_app_users_role_known
    CHECK (role IN ('admin', 'store_manager', 'marketing', 'finance'));
"""


def upgrade() -> None:
    op.execute(UPGRADE)
    from bastion.policy.defaults import ensure_default_policy

    ensure_default_policy(op.get_bind())


def downgrade() -> None:
    op.execute(DOWNGRADE)
