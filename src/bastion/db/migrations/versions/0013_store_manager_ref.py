"""Store managers and finance see who manages their stores.

The default policy hid ``store.manager_staff_id`` from every role but admin, while the
same roles read the staff ids of their stores (``v_staff_public``): "who manages my
store?" was answered without its manager. The rule ``store-manager-ref`` now shows the
id in clear to store managers and finance too (marketing never reaches staff data: the
catalog requires ``v_staff_public`` for it). Orgs that changed that rule keep theirs; the
others get a new version of their default policy, with a changelog row.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import copy
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

RULE = "store-manager-ref"
BEFORE = {"admin": "clear"}
AFTER = {"admin": "clear", "store_manager": "clear", "finance": "clear"}

UPDATE_POLICY = sa.text(
    "UPDATE bastion.policies SET rules = CAST(:rules AS jsonb), version = :version,"
    " updated_at = now() WHERE id = :id"
)
INSERT_CHANGE = sa.text(
    "INSERT INTO bastion.config_changelog (org_id, config_type, config_id, config_name,"
    " change_type, previous_version, new_version, change_summary, previous_data, new_data,"
    " changed_by_name) VALUES (:org, 'policy', :id, 'default', 'update', :previous,"
    " :version, :summary, CAST(:before AS jsonb), CAST(:after AS jsonb), 'bastion')"
)


def _changed(rules: dict[str, Any], old: dict[str, str], new: dict[str, str]) -> bool:
    """Set the rule's roles from ``old`` to ``new`` in ``rules``; False if it is not
    there as ``old`` (the org changed it: theirs stands)."""
    for column in rules.get("columns", []):
        if column.get("id") == RULE and column.get("roles") == old:
            column["roles"] = dict(new)
            return True
    return False


def _move(old: dict[str, str], new: dict[str, str], summary: str) -> None:
    conn = op.get_bind()
    policies = conn.execute(
        sa.text(
            "SELECT id, org_id, version, rules FROM bastion.policies"
            " WHERE name = 'default' ORDER BY id"
        )
    ).all()
    changed = 0
    for policy in policies:
        rules = copy.deepcopy(policy.rules)
        if not _changed(rules, old, new):
            continue
        version = policy.version + 1
        conn.execute(
            UPDATE_POLICY, {"id": policy.id, "rules": json.dumps(rules), "version": version}
        )
        conn.execute(
            INSERT_CHANGE,
            {
                "org": policy.org_id,
                "id": policy.id,
                "previous": policy.version,
                "version": version,
                "summary": summary,
                "before": json.dumps(policy.rules),
                "after": json.dumps(rules),
            },
        )
        changed += 1
    if changed:
        conn.execute(
            sa.text("UPDATE bastion.config_counters SET value = value + 1 WHERE name = 'policies'")
        )


def upgrade() -> None:
    _move(BEFORE, AFTER, "store managers and finance see the manager of their stores")


def downgrade() -> None:
    _move(AFTER, BEFORE, "the manager of a store hidden from all but admins")
