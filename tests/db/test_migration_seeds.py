"""Migrations are history: what an old migration writes never changes, whatever the code
of today says. 0005 and 0007 seed the built-in prompt packs and the default policy of
every existing org from frozen copies of that data; the rows they write are compared with
a golden file taken when those copies were made."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

import bastion.db.migrations
from bastion.db import migrate
from bastion.db.engine import Database

VERSIONS = Path(bastion.db.migrations.__path__[0]) / "versions"
GOLDEN = Path(__file__).parent / "fixtures" / "migration_seeds.json"
ORGS = (("acme", "Acme"), ("globex", "Globex"))

# What the seeding migrations write, without the times (now() when they ran).
SEEDED = {
    "prompt_pack": "id, org_id, name, purpose, description, created_by",
    "prompt_pack_scope": "pack_id, org_id, scope_kind, role, user_id",
    "prompt_pack_versions": "id, pack_id, version, status, labels, note, created_by,"
    " activated_at IS NOT NULL AS activated",
    "prompt_pack_blocks": "id, version_id, name, template, variables, mode, user_editable",
    "config_changelog": "id, org_id, config_type, config_id, config_name, change_type,"
    " previous_version, new_version, change_summary, previous_data, new_data, changed_by,"
    " changed_by_name",
    "config_counters": "name, value",
    "policies": "id, org_id, name, version, is_active, description, rules, updated_by",
    "context_rules": "id, org_id, domain, version, important, ignore, description",
}


def seeded_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Migrate to 0004, add two orgs, migrate to head; the rows the later migrations seeded."""
    migrate.upgrade(db, "0004")
    with db.engine.begin() as conn:
        for slug, name in ORGS:
            conn.execute(
                text("INSERT INTO bastion.orgs (slug, name) VALUES (:slug, :name)"),
                {"slug": slug, "name": name},
            )
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        return {
            table: [
                row._asdict()
                for row in conn.execute(text(f"SELECT {columns} FROM bastion.{table} ORDER BY 1"))
            ]
            for table, columns in SEEDED.items()
        }


def test_seeding_migrations_write_what_they_always_wrote(empty_db: Database) -> None:
    assert seeded_rows(empty_db) == json.loads(GOLDEN.read_text())


def bastion_imports(source: str) -> list[str]:
    modules = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.append(node.module)
    return [m for m in modules if m == "bastion" or m.startswith("bastion.")]


def test_migrations_import_no_live_bastion_code() -> None:
    """A migration that imports today's code replays differently when that code changes."""
    found = {
        path.name: [
            m
            for m in bastion_imports(path.read_text())
            if not m.startswith("bastion.db.migrations")
        ]
        for path in sorted(VERSIONS.glob("*.py"))
    }
    assert found and {name: mods for name, mods in found.items() if mods} == {}
