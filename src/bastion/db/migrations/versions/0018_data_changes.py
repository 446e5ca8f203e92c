"""Every change to the analytics data bumps the ``analytics_data`` config counter.

The ask flow keeps the rows of a question's SQL for the next person who asks it with the
same scope (``bastion.execution.results``), under the counter's value it read before the
query ran. A statement that writes any analytics table (a load, a COPY, a TRUNCATE, a
DBA's UPDATE) bumps the counter in its own transaction, so the next question reads the
new value and runs its SQL again: a kept result is never older than the data. The
function runs as its owner, so that whoever may write the data needs no right on
Bastion's own tables.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

COUNTER = "analytics_data"
TRIGGER = "note_data_change"

FUNCTION = f"""
CREATE FUNCTION bastion.note_data_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO bastion.config_counters AS c (name, value) VALUES ('{COUNTER}', 1)
    ON CONFLICT (name) DO UPDATE SET value = c.value + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION bastion.note_data_change() FROM PUBLIC;
"""


def analytics_tables() -> list[str]:
    rows = op.get_bind().execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'analytics' AND c.relkind IN ('r', 'p')"
            " ORDER BY 1"
        )
    )
    return [r[0] for r in rows]


def upgrade() -> None:
    op.execute(FUNCTION)
    for table in analytics_tables():
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
            f' ON analytics."{table}" FOR EACH STATEMENT'
            " EXECUTE FUNCTION bastion.note_data_change()"
        )
    op.execute(
        f"INSERT INTO bastion.config_counters (name, value) VALUES ('{COUNTER}', 1)"
        " ON CONFLICT (name) DO NOTHING"
    )


def downgrade() -> None:
    for table in analytics_tables():
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON analytics."{table}"')
    op.execute("DROP FUNCTION bastion.note_data_change()")
    op.execute(f"DELETE FROM bastion.config_counters WHERE name = '{COUNTER}'")
