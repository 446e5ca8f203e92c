"""Policies (per org, versioned through the changelog), the decisions they make, the
approval queue of held questions with its events, and the ``approver`` role. Every
existing org gets the default policy.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
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


# The default policy as it was when policies arrived: a frozen copy.
# bastion.policy.defaults may change; what this migration wrote may not.
DEFAULT_RULES: dict[str, Any] = {
    "topics": [
        {
            "id": "no-data-changes",
            "keywords": [
                "delete",
                "drop table",
                "truncate",
                "insert into",
                "wipe",
                "erase",
                "purge",
                "alter table",
                "update the",
            ],
            "message": "Bastion only reads data: changing or deleting data is not allowed.",
        },
        {
            "id": "no-staff-pay-or-credentials",
            "keywords": ["salary", "salaries", "payroll", "password", "passwords"],
            "message": "Staff pay and credentials are not data you can ask about.",
        },
        {
            "id": "bulk-export",
            "keywords": ["export all", "dump", "full export", "every row", "all rows"],
            "action": "require_approval",
            "message": "Bulk exports need an approver's review.",
        },
    ],
    "pii_requests": [
        {
            "id": "contact-data",
            "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
            "roles": ["store_manager", "marketing", "finance", "approver"],
            "message": "Your role may not ask for customers' e-mail addresses or phone numbers.",
        },
        {
            "id": "payment-identifiers",
            "entities": ["CREDIT_CARD", "IBAN_CODE", "US_SSN"],
            "message": "Card numbers, bank accounts and social security numbers are never shown.",
        },
    ],
    "columns": [
        {
            "id": "customer-first-name",
            "relation": "v_customer_masked",
            "column": "first_name_masked",
            "roles": {"admin": "clear", "marketing": "masked"},
            "default": "hidden",
        },
        {
            "id": "customer-last-name",
            "relation": "v_customer_masked",
            "column": "last_name_masked",
            "roles": {"admin": "clear", "marketing": "masked"},
            "default": "hidden",
        },
        {
            "id": "customer-ref-rentals",
            "relation": "v_rental_scoped",
            "column": "customer_id",
            "roles": {"admin": "clear", "store_manager": "clear"},
            "default": "masked",
        },
        {
            "id": "customer-ref-payments",
            "relation": "v_payment_scoped",
            "column": "customer_id",
            "roles": {"admin": "clear", "store_manager": "clear", "finance": "clear"},
            "default": "masked",
        },
        {
            "id": "store-manager-ref",
            "relation": "store",
            "column": "manager_staff_id",
            "roles": {"admin": "clear"},
            "default": "hidden",
        },
    ],
    "data_classes": {
        "relations": {
            "film": "I",
            "category": "I",
            "film_category": "I",
            "language": "I",
            "actor": "I",
            "film_actor": "I",
            "store": "II",
            "inventory": "II",
            "v_rental_scoped": "II",
            "v_payment_scoped": "II",
            "v_customer_masked": "III",
        },
        "columns": {
            "v_customer_masked.first_name_masked": "IV",
            "v_customer_masked.last_name_masked": "IV",
            "v_payment_scoped.customer_id": "III",
        },
        "default": "II",
        "role_access": {
            "admin": ["I", "II", "III", "IV"],
            "store_manager": ["I", "II", "III"],
            "marketing": ["I", "II", "III", "IV"],
            "finance": ["I", "II", "III"],
            "approver": ["I", "II"],
        },
        "approval_required": ["IV"],
    },
    "pii_scan": {},
    "approval": {"risk_threshold": 60, "expiry_minutes": 60, "escalate_after_minutes": 30},
}


INSERT_POLICY = sa.text(
    "INSERT INTO bastion.policies (org_id, name, description, rules)"
    " VALUES (:org, 'default', 'Bastion''s default policy for the demo data.',"
    " CAST(:rules AS jsonb)) RETURNING id"
)
INSERT_CHANGE = sa.text(
    "INSERT INTO bastion.config_changelog (org_id, config_type, config_id, config_name,"
    " change_type, new_version, change_summary, new_data, changed_by_name)"
    " VALUES (:org, 'policy', :id, 'default', 'create', 1, 'default policy',"
    " CAST(:rules AS jsonb), 'bastion')"
)


def seed_default_policy(conn: sa.Connection) -> None:
    """The default policy, active, for every org; a changelog row each, and one bump of
    the ``policies`` counter."""
    orgs = conn.execute(sa.text("SELECT id FROM bastion.orgs ORDER BY id")).scalars().all()
    rules = json.dumps(DEFAULT_RULES)
    for org in orgs:
        policy = conn.execute(INSERT_POLICY, {"org": org, "rules": rules}).scalar_one()
        conn.execute(INSERT_CHANGE, {"org": org, "id": policy, "rules": rules})
    if orgs:
        conn.execute(
            sa.text("UPDATE bastion.config_counters SET value = value + 1 WHERE name = 'policies'")
        )


def upgrade() -> None:
    op.execute(UPGRADE)
    seed_default_policy(op.get_bind())


def downgrade() -> None:
    op.execute(DOWNGRADE)
