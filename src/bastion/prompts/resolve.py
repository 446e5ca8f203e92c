"""The merged prompt of one principal: the active packs of the org, then of the user's
role, then of the user, merged block by block per purpose (a narrower scope replaces a
block, or appends to it when its block's mode is ``append``).

Resolution is cached per process. Every prompt change bumps the ``prompts`` row of
``config_counters`` in its own transaction, so one indexed read per question tells a
process whether its cache is still right, whichever process made the change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Row, text

from bastion.answer.formats import DEFAULT_STYLE, NarrationStyle
from bastion.config.cache import CounterCache
from bastion.prompts.render import parse_style, render, style_arguments

COUNTER = "prompts"
# The order blocks take in a composed prompt; other blocks follow by name.
BLOCK_ORDER = ("system", "rules", "examples", "context")
MAX_ENTRIES = 10_000

ACTIVE_BLOCKS = text(
    """
    SELECT p.id AS pack_id, p.name AS pack, p.purpose, s.scope_kind, v.id AS version_id,
           v.version, b.name, b.template, b.variables, b.mode
    FROM bastion.prompt_pack_scope s
    JOIN bastion.prompt_pack p ON p.id = s.pack_id
    JOIN bastion.prompt_pack_versions v ON v.pack_id = p.id AND v.status = 'active'
    JOIN bastion.prompt_pack_blocks b ON b.version_id = v.id
    WHERE s.org_id = :org_id
      AND (s.scope_kind = 'org'
           OR (s.scope_kind = 'role' AND s.role = :role)
           OR (s.scope_kind = 'user' AND s.user_id = :user_id))
    ORDER BY CASE s.scope_kind WHEN 'org' THEN 0 WHEN 'role' THEN 1 ELSE 2 END, p.id, b.id
    """
)


@dataclass(frozen=True)
class ResolvedBlock:
    purpose: str
    name: str
    template: str
    variables: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ResolvedPrompts:
    """What the SQL, plan and narration prompts of one principal use, and where it came
    from. ``versions`` is what the audit log records to reproduce an answer."""

    blocks: Mapping[str, Mapping[str, ResolvedBlock]]
    versions: tuple[dict[str, Any], ...]
    style: NarrationStyle = DEFAULT_STYLE
    style_values: Mapping[str, str] = field(default_factory=dict)

    def block(self, purpose: str, name: str) -> ResolvedBlock | None:
        return self.blocks.get(purpose, {}).get(name)

    def render(self, purpose: str, name: str, values: Mapping[str, Any]) -> str | None:
        found = self.block(purpose, name)
        return None if found is None else render(found.template, values)

    def compose(self, purpose: str, values: Mapping[str, Any]) -> str:
        """The whole prompt of a purpose (what an LLM call sends): its blocks rendered in
        ``BLOCK_ORDER``, then the rest by name, separated by blank lines. The narration
        ``style`` block is settings, not text, and is left out."""
        blocks = self.blocks.get(purpose, {})
        rank = {name: i for i, name in enumerate(BLOCK_ORDER)}
        names = sorted(
            (n for n in blocks if not (purpose == "narration" and n == "style")),
            key=lambda n: (rank.get(n, len(rank)), n),
        )
        return "\n\n".join(render(blocks[n].template, values) for n in names)


def merge(rows: Sequence[Row[Any]]) -> ResolvedPrompts:
    """Rows in order org -> role -> user -> block: later ones replace or append."""
    merged: dict[str, dict[str, ResolvedBlock]] = {}
    versions: dict[int, dict[str, Any]] = {}
    for row in rows:
        versions.setdefault(
            row.version_id,
            {
                "pack_id": row.pack_id,
                "pack": row.pack,
                "purpose": row.purpose,
                "scope": row.scope_kind,
                "version_id": row.version_id,
                "version": row.version,
            },
        )
        source = {
            "pack_id": row.pack_id,
            "pack": row.pack,
            "version_id": row.version_id,
            "version": row.version,
            "scope": row.scope_kind,
            "mode": row.mode,
        }
        blocks = merged.setdefault(row.purpose, {})
        earlier = blocks.get(row.name)
        if earlier is not None and row.mode == "append":
            blocks[row.name] = ResolvedBlock(
                row.purpose,
                row.name,
                earlier.template + "\n" + row.template,
                tuple(dict.fromkeys((*earlier.variables, *row.variables))),
                (*earlier.sources, source),
            )
        else:
            blocks[row.name] = ResolvedBlock(
                row.purpose, row.name, row.template, tuple(row.variables), (source,)
            )
    style_values: dict[str, str] = {}
    style = DEFAULT_STYLE
    style_block = merged.get("narration", {}).get("style")
    if style_block is not None:
        style_values = parse_style(style_block.template)
        style = NarrationStyle(**style_arguments(style_values))
    return ResolvedPrompts(merged, tuple(versions.values()), style, style_values)


def load(conn: Connection, org_id: int, role: str, user_id: int) -> ResolvedPrompts:
    rows = conn.execute(ACTIVE_BLOCKS, {"org_id": org_id, "role": role, "user_id": user_id}).all()
    return merge(rows)


class PromptCache:
    """Merged prompts per (org, role, user), valid while the ``prompts`` counter stays
    where it was when they were loaded."""

    def __init__(self) -> None:
        self._cache: CounterCache[tuple[int, str, int], ResolvedPrompts] = CounterCache(
            COUNTER, MAX_ENTRIES
        )

    def resolve(
        self, engine: Engine, org_id: int, role: str, user_id: int, counter: int | None = None
    ) -> ResolvedPrompts:
        return self._cache.get(
            engine,
            (org_id, role, user_id),
            lambda conn: load(conn, org_id, role, user_id),
            counter,
        )
