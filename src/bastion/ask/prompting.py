"""The messages a model gets for one question: the org's active prompt text (system and
purpose packs), the retrieved context (what the role may use: measures and dimensions in
plan mode, relations and columns in SQL mode), few-shot examples (in plan mode the org's
worked examples nearest the question, else the catalog's suggestions answered by the
deterministic planner), the conversation so far, and the question. Everything fits the
context budget (``BASTION_LLM_CONTEXT_TOKENS``, estimated at four characters a token):
examples are dropped first (the least similar first), then schema detail from the least
important end.

No result rows are here: narration adds them, under the org's rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from bastion.ask.plan_scope import fits_scope
from bastion.catalog import Catalog, load_catalog
from bastion.catalog.known_values import KnownValues
from bastion.examples import Neighbour
from bastion.examples.bank import plan_json
from bastion.execution.executor import Scope
from bastion.models.client import Message, estimate_tokens
from bastion.planner import compile_plan, plan_question
from bastion.planner.plan import QueryPlan
from bastion.prompts.resolve import ResolvedPrompts

ROW_LIMIT = 200
MAX_BANK_EXAMPLES = 3
MAX_KNOWN_VALUES = 12
FORMAT_VALUES = 3

PLAN_CONTRACT = (
    "Reply with one JSON object and nothing else, with these fields: "
    '"intent" (kpi | trend | ranking | distribution | comparison), '
    '"measures" (list of measure names above), "dimensions" (list of dimension names), '
    '"time_grain" (day | week | month | quarter | year, for trends), '
    '"time_range" ({"start": "YYYY-MM-DD", "end": "YYYY-MM-DD" exclusive, "label": '
    '"in May 2022"}), "filters" ([{"dimension": name, "values": [...], "negate": false}]), '
    '"comparison" ({"dimension": name, "values": [...]} or {"periods": [time ranges]}), '
    '"order" ([{"key": measure or dimension, "direction": "desc" | "asc"}]), "limit" (1-200). '
    "Leave out fields you do not need. If the data cannot answer the question, reply "
    '{"unanswerable": "<one sentence why>"}.'
)
SQL_CONTRACT = (
    "Reply with the SQL only (or one ```sql block). Use only the relations listed, "
    "schema-qualified. Never filter by store yourself: the store scope is applied for you."
)


@dataclass(frozen=True)
class BuiltPrompt:
    messages: tuple[Message, ...]
    tokens: int  # estimated tokens of all messages
    examples: int  # few-shot examples kept
    hints: int  # schema hint lines kept
    hints_total: int
    trimmed: bool


def plan_hints(catalog: Catalog, role: str, known: KnownValues, as_of: date) -> list[str]:
    """Measures and dimensions the role's relations can answer, most used first."""
    allowed = catalog.relations_for_role(role)
    lines = [f"Data as of {as_of.isoformat()} (use it for 'last month', 'this year', ...)."]
    lines.append("Measures (name: meaning):")
    medians: list[str] = []
    for m in catalog.measures.values():
        if m.relation not in allowed or not set(m.needs) <= allowed:
            continue
        if m.median_of is not None or m.per_period is not None:  # one line for them all
            medians.append(m.name)
            continue
        lines.append(f"- {m.name}: {m.label}. {m.description}".rstrip())
    rows = ", ".join(sorted({n.partition("_with_")[2] for n in medians if "_with_" in n}))
    if medians:  # said by pattern: their names are the averages' and the rows' own
        lines.append(
            "- median_X: the median of average_X; days_with_X, weeks_with_X, months_with_X:"
            f" how many have rows X ({rows})."
        )
    lines.append("Dimensions (name: meaning [some values]):")
    for d in catalog.dimensions.values():
        if not any(s.relation in allowed for s in d.sources):
            continue
        values = known.values_of(d.known_values) if d.known_values else d.values
        # all of a short list (ratings, categories); of a long one (films, cities) a few,
        # which show how its values are written
        many = len(values) > MAX_KNOWN_VALUES
        shown = ", ".join(map(str, values[: FORMAT_VALUES if many else MAX_KNOWN_VALUES]))
        shown += ", ..." if many else ""
        lines.append(f"- {d.name}: {d.label}. {d.description}" + (f" [{shown}]" if shown else ""))
    grains = ", ".join(catalog.time_grains)
    lines.append(f"Time grains: {grains}.")
    return lines


def sql_hints(catalog: Catalog, role: str, as_of: date) -> list[str]:
    """The relations the role may read, with their columns and what they mean."""
    lines = [f"Data as of {as_of.isoformat()}."]
    for name in sorted(catalog.relations_for_role(role)):
        relation = catalog.relations[name]
        columns = ", ".join(f"{c.name} {c.type}" for c in relation.columns.values())
        lines.append(f"{catalog.schema}.{name}({columns}): {relation.description}".rstrip())
    return lines


@lru_cache(maxsize=64)
def _examples(role: str, mode: str, as_of: date) -> tuple[tuple[str, str], ...]:
    """Few-shot pairs from the catalog's suggestions for the role, answered by the
    deterministic planner: what a good reply looks like, in this org's vocabulary."""
    catalog = load_catalog()
    pairs: list[tuple[str, str]] = []
    for question in catalog.suggestions_for_role(role)[:4]:
        planned = plan_question(question, catalog=catalog, role=role, as_of=as_of)
        if not isinstance(planned, QueryPlan):
            continue
        if mode == "plan":
            reply = json.dumps(planned.model_dump(mode="json", exclude_defaults=True))
        else:
            reply = compile_plan(planned, catalog).sql
        pairs.append((question, reply))
    return tuple(pairs)


def examples_for(role: str, mode: str, as_of: date) -> tuple[tuple[str, str], ...]:
    return _examples(role, mode, as_of)


def bank_examples(
    neighbours: Sequence[Neighbour],
    catalog: Catalog,
    role: str,
    scope: Scope,
    limit: int = MAX_BANK_EXAMPLES,
) -> list[tuple[str, str]]:
    """The org's worked examples nearest the question, as few-shot pairs (question, plan
    JSON), best first: only those whose plans the planning stage would accept for this
    asker (the role's relations, the asker's stores), so that a model is never shown a
    plan it may not give."""
    return [
        (n.question, json.dumps(plan_json(n.plan)))
        for n in neighbours
        if fits_scope(n.plan, catalog, role, scope)
    ][:limit]


def _system(
    prompts: ResolvedPrompts | None, purpose: str, values: dict[str, Any], contract: str
) -> str:
    parts = []
    if prompts is not None:
        parts = [prompts.compose("system", values), prompts.compose(purpose, values)]
    return "\n\n".join(p for p in (*parts, contract) if p)


def build_prompt(
    *,
    prompts: ResolvedPrompts | None,
    purpose: str,
    values: dict[str, Any],
    hints: Sequence[str],
    examples: Sequence[tuple[str, str]],
    history: Sequence[tuple[str, str]],
    question: str,
    budget: int,
) -> BuiltPrompt:
    """Messages within ``budget`` estimated tokens: drop examples, then hint lines."""
    contract = PLAN_CONTRACT if purpose == "plan" else SQL_CONTRACT
    kept_examples = list(examples)
    kept_hints = list(hints)

    def assemble() -> tuple[list[Message], int]:
        system = _system(
            prompts, purpose, {**values, "schema_hints": "\n".join(kept_hints)}, contract
        )
        messages: list[Message] = [{"role": "system", "content": system}]
        for asked, replied in (*kept_examples, *history):
            messages.append({"role": "user", "content": asked})
            messages.append({"role": "assistant", "content": replied})
        messages.append({"role": "user", "content": question})
        return messages, sum(estimate_tokens(m["content"]) + 4 for m in messages)

    messages, tokens = assemble()
    while tokens > budget and kept_examples:
        kept_examples.pop()
        messages, tokens = assemble()
    while tokens > budget and len(kept_hints) > 1:
        # Drop whole lines from the end, several at a time when far over.
        over = tokens - budget
        drop = max(1, min(len(kept_hints) - 1, over // 40))
        del kept_hints[-drop:]
        messages, tokens = assemble()
    return BuiltPrompt(
        messages=tuple(messages),
        tokens=tokens,
        examples=len(kept_examples),
        hints=len(kept_hints),
        hints_total=len(hints),
        trimmed=len(kept_examples) < len(examples) or len(kept_hints) < len(hints),
    )
