"""Alembic environment: runs on the connection Bastion hands over (see bastion.db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from bastion.db.migrate import include_name, include_object
from bastion.db.models import SCHEMA, Base

# A fixed key: every process migrating this database waits for the others.
MIGRATION_LOCK_KEY = 0x0BA5710


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
        include_object=include_object,
        include_name=include_name,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
