"""The ask flow's storage: the restricted reader role, store scope that a query cannot
widen, audit logs and events, conversations.

Scope: before each question's SQL runs, Bastion writes the principal's stores into
``bastion.query_scopes`` keyed by the reader connection's backend pid, over the owner's
connection. The scoped views and row-level security on ``inventory`` and ``store`` read that
row through ``analytics.scope_store_ids()``. The reader role cannot write that table, and no
setting (``set_config()``) is involved, so nothing inside a query can widen its scope. With
no scope row, the reader sees no rows at all (deny by default). Other roles (the owner,
for loading and administration) see everything.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

S = "bastion"
READER = "bastion_reader"
READER_RELATIONS = (
    "v_payment_scoped",
    "v_rental_scoped",
    "v_customer_masked",
    "film",
    "category",
    "film_category",
    "actor",
    "film_actor",
    "inventory",
    "store",
    "language",
)

SCOPE = f"""
CREATE TABLE {S}.query_scopes (
    backend_pid integer PRIMARY KEY,
    store_ids integer[] NOT NULL,
    all_stores boolean NOT NULL,
    set_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The stores the current reader connection may see; empty when no scope was set.
CREATE FUNCTION analytics.scope_store_ids() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT coalesce(
        (SELECT CASE WHEN s.all_stores
                     THEN (SELECT array_agg(st.store_id) FROM analytics.store st)
                     ELSE s.store_ids END
         FROM {S}.query_scopes s
         WHERE s.backend_pid = pg_backend_pid()
           AND s.set_at > clock_timestamp() - interval '10 minutes'),
        '{{}}'::integer[])
$$;
REVOKE ALL ON FUNCTION analytics.scope_store_ids() FROM PUBLIC;
"""

VIEWS = """
CREATE OR REPLACE VIEW analytics.v_payment_scoped AS
SELECT p.payment_id, p.customer_id, p.staff_id, p.rental_id, i.film_id, p.amount,
       p.payment_date, i.store_id
FROM analytics.payment p
JOIN analytics.rental r ON r.rental_id = p.rental_id
JOIN analytics.inventory i ON i.inventory_id = r.inventory_id
WHERE current_user <> 'bastion_reader'
   OR i.store_id IN (SELECT unnest(analytics.scope_store_ids()));

CREATE OR REPLACE VIEW analytics.v_rental_scoped AS
SELECT r.rental_id, r.rental_date, r.return_date, r.inventory_id, i.film_id, r.customer_id,
       r.staff_id, i.store_id
FROM analytics.rental r
JOIN analytics.inventory i ON i.inventory_id = r.inventory_id
WHERE current_user <> 'bastion_reader'
   OR i.store_id IN (SELECT unnest(analytics.scope_store_ids()));

CREATE OR REPLACE VIEW analytics.v_customer_masked AS
SELECT c.customer_id, c.store_id,
       left(c.first_name, 1) || repeat('*', greatest(length(c.first_name) - 1, 0))
           AS first_name_masked,
       left(c.last_name, 1) || repeat('*', greatest(length(c.last_name) - 1, 0))
           AS last_name_masked,
       ci.city, co.country, c.activebool AS active, c.create_date
FROM analytics.customer c
JOIN analytics.address a ON a.address_id = c.address_id
JOIN analytics.city ci ON ci.city_id = a.city_id
JOIN analytics.country co ON co.country_id = ci.country_id
WHERE current_user <> 'bastion_reader'
   OR c.store_id IN (SELECT unnest(analytics.scope_store_ids()));
"""

READER_ROLE = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN
        CREATE ROLE {READER} LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
ALTER ROLE {READER} SET default_transaction_read_only = on;
ALTER ROLE {READER} SET statement_timeout = '5s';
ALTER ROLE {READER} SET idle_in_transaction_session_timeout = '30s';
REVOKE ALL ON SCHEMA {S} FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA analytics TO {READER};
GRANT EXECUTE ON FUNCTION analytics.scope_store_ids() TO {READER};
"""

ROW_SECURITY = f"""
ALTER TABLE analytics.inventory ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader_scope ON analytics.inventory FOR SELECT TO {READER}
    USING (store_id IN (SELECT unnest(analytics.scope_store_ids())));
ALTER TABLE analytics.store ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader_scope ON analytics.store FOR SELECT TO {READER}
    USING (store_id IN (SELECT unnest(analytics.scope_store_ids())));
"""


def _created() -> sa.Column[object]:
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
    )


def upgrade() -> None:
    op.execute(SCOPE)
    op.execute(VIEWS)
    op.execute(READER_ROLE)
    for relation in READER_RELATIONS:
        op.execute(f"GRANT SELECT ON analytics.{relation} TO {READER}")
    op.execute(ROW_SECURITY)

    op.create_table(
        "conversations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        _created(),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(["org_id"], [f"{S}.orgs.id"], name="fk_conversations_org_id_orgs"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            [f"{S}.app_users.id"],
            name="fk_conversations_user_id_app_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
        schema=S,
    )
    op.create_index("ix_conversations_user_id", "conversations", ["user_id"], schema=S)
    op.create_table(
        "query_audit_logs",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("store_ids", postgresql.ARRAY(sa.Integer()), nullable=False),
        sa.Column("is_all_stores", sa.Boolean(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("intent", sa.Text(), nullable=True),
        sa.Column("plan", postgresql.JSONB(), nullable=True),
        sa.Column("sql", sa.Text(), nullable=True),
        sa.Column("relations", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("error_stage", sa.Text(), nullable=True),
        sa.Column("error_code", sa.Text(), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("timings", postgresql.JSONB(), nullable=False),
        sa.Column("total_ms", sa.Float(), nullable=False),
        _created(),
        sa.CheckConstraint(
            "status IN ('ok', 'refused', 'error', 'pending_approval')",
            name="ck_query_audit_logs_status_known",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"], [f"{S}.orgs.id"], name="fk_query_audit_logs_org_id_orgs"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            [f"{S}.app_users.id"],
            name="fk_query_audit_logs_user_id_app_users",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            [f"{S}.conversations.id"],
            name="fk_query_audit_logs_conversation_id_conversations",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_query_audit_logs"),
        schema=S,
    )
    op.create_index(
        "ix_query_audit_logs_org_id_created_at",
        "query_audit_logs",
        ["org_id", "created_at"],
        schema=S,
    )
    op.create_index(
        "ix_query_audit_logs_user_id_created_at",
        "query_audit_logs",
        ["user_id", "created_at"],
        schema=S,
    )
    op.create_index(
        "ix_query_audit_logs_conversation_id", "query_audit_logs", ["conversation_id"], schema=S
    )
    op.create_table(
        "query_audit_events",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("log_id", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.SmallInteger(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=False),
        sa.Column("metadata", postgresql.JSONB(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(
            ["log_id"],
            [f"{S}.query_audit_logs.id"],
            name="fk_query_audit_events_log_id_query_audit_logs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_query_audit_events"),
        schema=S,
    )
    op.create_index("ix_query_audit_events_log_id", "query_audit_events", ["log_id"], schema=S)


def downgrade() -> None:
    op.drop_table("query_audit_events", schema=S)
    op.drop_table("query_audit_logs", schema=S)
    op.drop_table("conversations", schema=S)
    op.execute("DROP POLICY reader_scope ON analytics.store")
    op.execute("ALTER TABLE analytics.store DISABLE ROW LEVEL SECURITY")
    op.execute("DROP POLICY reader_scope ON analytics.inventory")
    op.execute("ALTER TABLE analytics.inventory DISABLE ROW LEVEL SECURITY")
    for relation in READER_RELATIONS:
        op.execute(f"REVOKE SELECT ON analytics.{relation} FROM {READER}")
    op.execute(f"REVOKE USAGE ON SCHEMA analytics FROM {READER}")
    from alembic import context

    views = context.script.get_revision("0002").module.VIEWS
    op.execute(
        "DROP VIEW analytics.v_payment_scoped, analytics.v_rental_scoped, "
        "analytics.v_customer_masked"
    )
    op.execute(views)
    op.execute("DROP FUNCTION analytics.scope_store_ids()")
    op.execute(f"DROP TABLE {S}.query_scopes")
