"""The built-in prompts, as data: the default packs every org starts with (created by
``bastion init`` for the demo org; migration 0005 gave the orgs of its day a frozen copy).
Code asks for prompts by purpose and block name only; what they say lives in the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from bastion.config.changelog import SYSTEM_ACTOR, log_change
from bastion.prompts.service import CONFIG_TYPE, COUNTER

DEFAULT_PACK_PREFIX = "default-"


@dataclass(frozen=True)
class DefaultBlock:
    name: str
    template: str
    variables: tuple[str, ...] = ()
    user_editable: bool = False


SYSTEM = (
    DefaultBlock(
        "system",
        "You are Bastion, a careful analytics assistant for {{ org }}. You answer questions "
        "about the organisation's data for a {{ role }} and never reveal data outside "
        "their scope.",
        ("org", "role"),
    ),
    DefaultBlock(
        "rules",
        "- Use only the relations you are given.\n- Never modify data.\n"
        "- Say so when a question cannot be answered from the data.",
    ),
)

SQL = (
    DefaultBlock(
        "system",
        "Write one PostgreSQL SELECT statement that answers the question of a {{ role }}.\n"
        "Allowed relations: {{ relations | join(', ') }}.\n"
        "Return at most {{ row_limit }} rows.",
        ("role", "relations", "row_limit"),
    ),
    DefaultBlock(
        "rules",
        "- Read only from the allowed relations, schema-qualified (analytics.).\n"
        "- Never filter stores yourself: the store scope is applied for you.\n"
        "- No DDL, no DML, one statement.",
    ),
    DefaultBlock(
        "context",
        "Schema hints:\n{{ schema_hints }}\n\nQuestion: {{ question }}",
        ("schema_hints", "question"),
    ),
)

PLAN = (
    DefaultBlock(
        "system",
        "Map the question onto a QueryPlan (intent: kpi, trend, ranking, distribution, "
        "comparison or listing) using only measures and dimensions the {{ role }} may see: "
        "{{ relations | join(', ') }}.\n"
        "Earlier questions and their plans are this organisation's worked examples, "
        "nearest first, then the conversation so far: follow their form.",
        ("role", "relations"),
    ),
    DefaultBlock(
        "context",
        "Schema hints:\n{{ schema_hints }}\n\nQuestion: {{ question }}",
        ("schema_hints", "question"),
    ),
)

NARRATION = (
    DefaultBlock(
        "system",
        "State the answer to '{{ question }}' in one or two sentences using the real numbers "
        "of the result; never invent a number.",
        ("question",),
    ),
    DefaultBlock(
        "style",
        "currency_symbol: $\ndecimals: 2\ndetail: short",
        user_editable=True,
    ),
)

DEFAULT_PACKS: dict[str, tuple[DefaultBlock, ...]] = {
    "system": SYSTEM,
    "sql": SQL,
    "plan": PLAN,
    "narration": NARRATION,
}


def ensure_default_packs(session: Session, org_id: int) -> int:
    """Create, active as version 1 at org scope, the default pack of each purpose the org
    has no pack of that name for; the changelog records each. Returns how many packs were
    created. Safe to run again."""
    created = 0
    for purpose, blocks in DEFAULT_PACKS.items():
        name = DEFAULT_PACK_PREFIX + purpose
        pack_id = session.execute(
            text(
                "INSERT INTO bastion.prompt_pack (org_id, name, purpose, description)"
                " VALUES (:org, :name, :purpose, 'Built-in prompts of Bastion.')"
                " ON CONFLICT (org_id, name) DO NOTHING RETURNING id"
            ),
            {"org": org_id, "name": name, "purpose": purpose},
        ).scalar()
        if pack_id is None:
            continue
        session.execute(
            text(
                "INSERT INTO bastion.prompt_pack_scope (pack_id, org_id, scope_kind)"
                " VALUES (:pack, :org, 'org')"
            ),
            {"pack": pack_id, "org": org_id},
        )
        version_id = session.execute(
            text(
                "INSERT INTO bastion.prompt_pack_versions"
                " (pack_id, version, status, labels, note, activated_at)"
                " VALUES (:pack, 1, 'active', ARRAY['production'], 'built-in defaults',"
                " now()) RETURNING id"
            ),
            {"pack": pack_id},
        ).scalar_one()
        for block in blocks:
            session.execute(
                text(
                    "INSERT INTO bastion.prompt_pack_blocks"
                    " (version_id, name, template, variables, mode, user_editable)"
                    " VALUES (:version, :name, :template, :variables, 'replace', :editable)"
                ),
                {
                    "version": version_id,
                    "name": block.name,
                    "template": block.template,
                    "variables": list(block.variables),
                    "editable": block.user_editable,
                },
            )
        log_change(
            session,
            COUNTER,
            org_id=org_id,
            config_type=CONFIG_TYPE,
            config_id=pack_id,
            config_name=name,
            change_type="create",
            actor=SYSTEM_ACTOR,
            summary=f"Created the built-in {purpose} prompt pack.",
            after={
                "name": name,
                "purpose": purpose,
                "scope": {"kind": "org"},
                "version": 1,
                "status": "active",
                "blocks": {b.name: b.template for b in blocks},
            },
        )
        created += 1
    return created
