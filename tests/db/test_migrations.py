"""Migrations: fresh and repeated upgrades, models in step with migrations, concurrency."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bastion.db import migrate
from bastion.db.engine import Database
from bastion.db.migrate import include_name, include_object
from bastion.db.models import SCHEMA, Base


def test_upgrade_a_fresh_database_then_again(empty_db: Database) -> None:
    assert migrate.current_revision(empty_db) is None
    before, after = migrate.upgrade(empty_db)
    assert (before, after) == (None, migrate.head_revision())
    assert migrate.upgrade(empty_db) == (after, after)
    assert migrate.is_current(empty_db)
    schemas = set(inspect(empty_db.engine).get_schema_names())
    assert {"bastion", "analytics"} <= schemas
    with empty_db.engine.connect() as conn:
        assert conn.execute(
            text("SELECT extname FROM pg_extension WHERE extname='vector'")
        ).scalar()


def test_models_and_migrations_agree(empty_db: Database) -> None:
    migrate.upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_schemas": True,
                "include_object": include_object,
                "include_name": include_name,
                "compare_type": True,
                "version_table_schema": SCHEMA,
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again(empty_db: Database) -> None:
    from alembic import command

    migrate.upgrade(empty_db)
    with empty_db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    assert migrate.current_revision(empty_db) is None
    migrate.upgrade(empty_db)
    assert migrate.is_current(empty_db)


UPGRADE = """
import sys
from sqlalchemy import make_url
from bastion.db import migrate
from bastion.db.engine import Database
print(migrate.upgrade(Database(make_url(sys.argv[1])))[1])
"""


def test_two_processes_upgrading_at_once_both_succeed(empty_db: Database) -> None:
    url = empty_db.url.render_as_string(hide_password=False)
    processes = [
        subprocess.Popen([sys.executable, "-c", UPGRADE, url], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=60)[0].strip() for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0]
    assert outputs == [migrate.head_revision()] * 3


def test_threads_upgrading_at_once_both_succeed(empty_db: Database) -> None:
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: migrate.upgrade(empty_db)[1], range(2)))
    assert results == [migrate.head_revision()] * 2


def test_every_analytics_table_tells_when_its_data_changes(session_db: Database) -> None:
    """Kept question results rely on it (``bastion.execution.results``): a table without
    the trigger could change under an answer that is no longer true."""
    with session_db.engine.connect() as conn:
        tables = set(
            conn.exec_driver_sql(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'analytics' AND c.relkind IN ('r', 'p')"
            ).scalars()
        )
        noted = set(
            conn.exec_driver_sql(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'analytics' AND t.tgname = 'note_data_change'"
            ).scalars()
        )
    assert {"payment", "rental", "film", "customer"} <= tables
    assert tables == noted
