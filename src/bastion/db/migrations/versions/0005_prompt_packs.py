"""Prompt packs with immutable versions and scopes (org, role, user), the configuration
changelog, the cache counters, context rules, the prompt versions a question used, and
the built-in prompts moved into a default pack of every existing org.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE TABLE bastion.prompt_pack (
    id bigserial CONSTRAINT pk_prompt_pack PRIMARY KEY,
    org_id bigint NOT NULL
        CONSTRAINT fk_prompt_pack_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    name text NOT NULL,
    purpose text NOT NULL,
    description text,
    created_by bigint CONSTRAINT fk_prompt_pack_created_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_prompt_pack_purpose_known
        CHECK (purpose IN ('sql', 'plan', 'narration', 'system')),
    CONSTRAINT ck_prompt_pack_name_length CHECK (length(name) BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX uq_prompt_pack_org_id_name ON bastion.prompt_pack (org_id, name);

CREATE TABLE bastion.prompt_pack_scope (
    pack_id bigint CONSTRAINT pk_prompt_pack_scope PRIMARY KEY
        CONSTRAINT fk_prompt_pack_scope_pack_id_prompt_pack
        REFERENCES bastion.prompt_pack (id) ON DELETE CASCADE,
    org_id bigint NOT NULL CONSTRAINT fk_prompt_pack_scope_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    scope_kind text NOT NULL,
    role text,
    user_id bigint CONSTRAINT fk_prompt_pack_scope_user_id_app_users
        REFERENCES bastion.app_users (id) ON DELETE CASCADE,
    CONSTRAINT ck_prompt_pack_scope_kind_known CHECK (scope_kind IN ('org', 'role', 'user')),
    CONSTRAINT ck_prompt_pack_scope_scope_shape CHECK (
        (scope_kind = 'org' AND role IS NULL AND user_id IS NULL)
        OR (scope_kind = 'role' AND role IS NOT NULL AND user_id IS NULL)
        OR (scope_kind = 'user' AND role IS NULL AND user_id IS NOT NULL))
);
CREATE INDEX ix_prompt_pack_scope_org_id_scope_kind
    ON bastion.prompt_pack_scope (org_id, scope_kind);

CREATE TABLE bastion.prompt_pack_versions (
    id bigserial CONSTRAINT pk_prompt_pack_versions PRIMARY KEY,
    pack_id bigint NOT NULL CONSTRAINT fk_prompt_pack_versions_pack_id_prompt_pack
        REFERENCES bastion.prompt_pack (id) ON DELETE CASCADE,
    version integer NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    labels text[] NOT NULL DEFAULT '{}',
    note text,
    created_by bigint CONSTRAINT fk_prompt_pack_versions_created_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    activated_at timestamptz,
    CONSTRAINT ck_prompt_pack_versions_status_known
        CHECK (status IN ('draft', 'active', 'archived'))
);
CREATE UNIQUE INDEX uq_prompt_pack_versions_pack_id_version
    ON bastion.prompt_pack_versions (pack_id, version);
CREATE UNIQUE INDEX uq_prompt_pack_versions_one_active
    ON bastion.prompt_pack_versions (pack_id) WHERE status = 'active';

CREATE TABLE bastion.prompt_pack_blocks (
    id bigserial CONSTRAINT pk_prompt_pack_blocks PRIMARY KEY,
    version_id bigint NOT NULL CONSTRAINT fk_prompt_pack_blocks_version_id_prompt_pack_versions
        REFERENCES bastion.prompt_pack_versions (id) ON DELETE CASCADE,
    name text NOT NULL,
    template text NOT NULL,
    variables text[] NOT NULL DEFAULT '{}',
    mode text NOT NULL DEFAULT 'replace',
    user_editable boolean NOT NULL DEFAULT false,
    CONSTRAINT ck_prompt_pack_blocks_mode_known CHECK (mode IN ('replace', 'append'))
);
CREATE UNIQUE INDEX uq_prompt_pack_blocks_version_id_name
    ON bastion.prompt_pack_blocks (version_id, name);

-- A version's blocks are its content: once written they never change.
CREATE FUNCTION bastion.prompt_blocks_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'prompt pack versions are immutable: save a new version instead'
        USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER prompt_blocks_immutable BEFORE UPDATE ON bastion.prompt_pack_blocks
    FOR EACH ROW EXECUTE FUNCTION bastion.prompt_blocks_immutable();

CREATE TABLE bastion.config_changelog (
    id bigserial CONSTRAINT pk_config_changelog PRIMARY KEY,
    org_id bigint NOT NULL CONSTRAINT fk_config_changelog_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    config_type text NOT NULL,
    config_id bigint NOT NULL,
    config_name text NOT NULL,
    change_type text NOT NULL,
    previous_version integer,
    new_version integer,
    change_summary text,
    previous_data jsonb,
    new_data jsonb,
    changed_by bigint CONSTRAINT fk_config_changelog_changed_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    changed_by_name text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_config_changelog_org_id_changed_at ON bastion.config_changelog (org_id, changed_at);
CREATE INDEX ix_config_changelog_config_type_config_id
    ON bastion.config_changelog (config_type, config_id);

CREATE TABLE bastion.config_counters (
    name text CONSTRAINT pk_config_counters PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
);
INSERT INTO bastion.config_counters (name, value) VALUES ('prompts', 0), ('context_rules', 0);

CREATE TABLE bastion.context_rules (
    id bigserial CONSTRAINT pk_context_rules PRIMARY KEY,
    org_id bigint NOT NULL CONSTRAINT fk_context_rules_org_id_orgs
        REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    domain text NOT NULL,
    version integer NOT NULL,
    important text[] NOT NULL DEFAULT '{}',
    ignore text[] NOT NULL DEFAULT '{}',
    description text,
    is_active boolean NOT NULL DEFAULT true,
    created_by bigint CONSTRAINT fk_context_rules_created_by_app_users
        REFERENCES bastion.app_users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_context_rules_org_id_domain_version
    ON bastion.context_rules (org_id, domain, version);
CREATE UNIQUE INDEX uq_context_rules_one_active
    ON bastion.context_rules (org_id, domain) WHERE is_active;

ALTER TABLE bastion.query_audit_logs ADD COLUMN prompt_versions jsonb;
"""

DOWNGRADE = """
ALTER TABLE bastion.query_audit_logs DROP COLUMN prompt_versions;
DROP TABLE bastion.context_rules;
DROP TABLE bastion.config_counters;
DROP TABLE bastion.config_changelog;
DROP TABLE bastion.prompt_pack_blocks;
DROP FUNCTION bastion.prompt_blocks_immutable();
DROP TABLE bastion.prompt_pack_versions;
DROP TABLE bastion.prompt_pack_scope;
DROP TABLE bastion.prompt_pack;
"""


# The built-in prompts as they were when they moved into the database: a frozen copy,
# (name, template, variables, user_editable) per block. bastion.prompts.defaults may
# change; what this migration wrote may not.
DEFAULT_PACKS: dict[str, tuple[tuple[str, str, tuple[str, ...], bool], ...]] = {
    "system": (
        (
            "system",
            "You are Bastion, a careful analytics assistant for {{ org }}. You answer questions "
            "about the organisation's data for a {{ role }} and never reveal data outside "
            "their scope.",
            ("org", "role"),
            False,
        ),
        (
            "rules",
            "- Use only the relations you are given.\n- Never modify data.\n"
            "- Say so when a question cannot be answered from the data.",
            (),
            False,
        ),
    ),
    "sql": (
        (
            "system",
            "Write one PostgreSQL SELECT statement that answers the question of a {{ role }}.\n"
            "Allowed relations: {{ relations | join(', ') }}.\n"
            "Return at most {{ row_limit }} rows.",
            ("role", "relations", "row_limit"),
            False,
        ),
        (
            "rules",
            "- Read only from the allowed relations, schema-qualified (analytics.).\n"
            "- Never filter stores yourself: the store scope is applied for you.\n"
            "- No DDL, no DML, one statement.",
            (),
            False,
        ),
        (
            "context",
            "Schema hints:\n{{ schema_hints }}\n\nQuestion: {{ question }}",
            ("schema_hints", "question"),
            False,
        ),
    ),
    "plan": (
        (
            "system",
            "Map the question onto a QueryPlan (intent: kpi, trend, ranking, distribution, "
            "comparison or listing) using only measures and dimensions the {{ role }} may see: "
            "{{ relations | join(', ') }}.",
            ("role", "relations"),
            False,
        ),
        (
            "context",
            "Schema hints:\n{{ schema_hints }}\n\nQuestion: {{ question }}",
            ("schema_hints", "question"),
            False,
        ),
    ),
    "narration": (
        (
            "system",
            "State the answer to '{{ question }}' in one or two sentences using the real "
            "numbers of the result; never invent a number.",
            ("question",),
            False,
        ),
        ("style", "currency_symbol: $\ndecimals: 2\ndetail: short", (), True),
    ),
}

INSERT_PACK = sa.text(
    "INSERT INTO bastion.prompt_pack (org_id, name, purpose, description)"
    " VALUES (:org, :name, :purpose, 'Built-in prompts of Bastion.') RETURNING id"
)
INSERT_SCOPE = sa.text(
    "INSERT INTO bastion.prompt_pack_scope (pack_id, org_id, scope_kind)"
    " VALUES (:pack, :org, 'org')"
)
INSERT_VERSION = sa.text(
    "INSERT INTO bastion.prompt_pack_versions"
    " (pack_id, version, status, labels, note, activated_at)"
    " VALUES (:pack, 1, 'active', ARRAY['production'], 'built-in defaults', now()) RETURNING id"
)
INSERT_BLOCK = sa.text(
    "INSERT INTO bastion.prompt_pack_blocks"
    " (version_id, name, template, variables, mode, user_editable)"
    " VALUES (:version, :name, :template, :variables, 'replace', :editable)"
)
INSERT_CHANGE = sa.text(
    "INSERT INTO bastion.config_changelog (org_id, config_type, config_id, config_name,"
    " change_type, new_version, change_summary, new_data, changed_by_name)"
    " VALUES (:org, 'prompt_pack', :pack, :name, 'create', 1,"
    " 'Built-in prompts moved out of code into the database.', CAST(:data AS jsonb), 'system')"
)


def seed_default_packs(conn: sa.Connection) -> None:
    """The default pack of each purpose, active as version 1 at org scope, for every org;
    a changelog row each, and one bump of the ``prompts`` counter."""
    orgs = conn.execute(sa.text("SELECT id FROM bastion.orgs ORDER BY id")).scalars().all()
    for org in orgs:
        for purpose, blocks in DEFAULT_PACKS.items():
            name = "default-" + purpose
            pack = conn.execute(
                INSERT_PACK, {"org": org, "name": name, "purpose": purpose}
            ).scalar_one()
            conn.execute(INSERT_SCOPE, {"pack": pack, "org": org})
            version = conn.execute(INSERT_VERSION, {"pack": pack}).scalar_one()
            for block, template, variables, editable in blocks:
                conn.execute(
                    INSERT_BLOCK,
                    {
                        "version": version,
                        "name": block,
                        "template": template,
                        "variables": list(variables),
                        "editable": editable,
                    },
                )
            data = {
                "name": name,
                "purpose": purpose,
                "scope": {"kind": "org"},
                "version": 1,
                "status": "active",
                "blocks": {block[0]: block[1] for block in blocks},
            }
            conn.execute(
                INSERT_CHANGE, {"org": org, "pack": pack, "name": name, "data": json.dumps(data)}
            )
    if orgs:
        conn.execute(sa.text("UPDATE bastion.config_counters SET value = 1 WHERE name = 'prompts'"))


def upgrade() -> None:
    op.execute(UPGRADE)
    seed_default_packs(op.get_bind())


def downgrade() -> None:
    op.execute(DOWNGRADE)
