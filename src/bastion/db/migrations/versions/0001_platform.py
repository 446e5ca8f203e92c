"""Platform schema: pgvector, orgs, users, store access, login attempts, datasets.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

S = "bastion"


def _created() -> sa.Column[datetime]:
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
    )


def upgrade() -> None:
    # bastion.db.migrate.upgrade checks first that the server has pgvector.
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table(
        "orgs",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_orgs"),
        sa.UniqueConstraint("slug", name="uq_orgs_slug"),
        schema=S,
    )
    op.create_table(
        "app_users",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("is_all_stores", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("is_demo", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        _created(),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "role IN ('admin', 'store_manager', 'marketing', 'finance')",
            name="ck_app_users_role_known",
        ),
        sa.CheckConstraint(
            "length(username) BETWEEN 1 AND 64", name="ck_app_users_username_length"
        ),
        sa.ForeignKeyConstraint(
            ["org_id"], [f"{S}.orgs.id"], name="fk_app_users_org_id_orgs", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_app_users"),
        sa.UniqueConstraint("username", name="uq_app_users_username"),
        schema=S,
    )
    op.create_index("ix_app_users_org_id", "app_users", ["org_id"], schema=S)
    op.create_table(
        "app_user_store_access",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(
            ["user_id"],
            [f"{S}.app_users.id"],
            name="fk_app_user_store_access_user_id_app_users",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            [f"{S}.orgs.id"],
            name="fk_app_user_store_access_org_id_orgs",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("user_id", "store_id", name="pk_app_user_store_access"),
        schema=S,
    )
    op.create_index(
        "ix_app_user_store_access_org_id", "app_user_store_access", ["org_id"], schema=S
    )
    op.create_table(
        "login_attempts",
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("failed_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "last_failed_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("username", name="pk_login_attempts"),
        schema=S,
    )
    op.create_table(
        "analytics_datasets",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("scale", sa.Float(), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("row_counts", postgresql.JSONB(), nullable=False),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('generated', 'pagila')", name="ck_analytics_datasets_kind_known"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_analytics_datasets"),
        schema=S,
    )
    op.create_index(
        "ix_analytics_datasets_loaded_at", "analytics_datasets", ["loaded_at"], schema=S
    )


def downgrade() -> None:
    for table in (
        "analytics_datasets",
        "login_attempts",
        "app_user_store_access",
        "app_users",
        "orgs",
    ):
        op.drop_table(table, schema=S)
