"""What models do in the ask flow: plan a question (plan mode), write its SQL (sql mode,
with one repair round when the guard rejects it), and phrase the answer (when a narration
model is configured and the org lets rows reach a model).

Every call goes through the router (fallback, breakers, escalation, one deadline per
question) and is appended to ``ctx.attempts``, which the audit log records. A model's
output is never trusted: plans are validated against the catalog, SQL goes through the
guard, and a narration is kept only if every number it states is in the result.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlglot
from pydantic import ValidationError
from sqlglot import exp

from bastion.answer.formats import json_cell
from bastion.ask.context import AskContext
from bastion.ask.prompting import (
    ROW_LIMIT,
    BuiltPrompt,
    bank_examples,
    build_prompt,
    examples_for,
    plan_hints,
    sql_hints,
)
from bastion.catalog.catalog import DIALECT
from bastion.catalog.policy import check_as
from bastion.examples import nearest_examples
from bastion.guard import GuardVerdict
from bastion.models.client import Message, estimate_tokens
from bastion.models.router import Attempt, ModelCall, Unusable
from bastion.models.spec import ModelSpec
from bastion.models.usage import BudgetExceeded, check_budget
from bastion.planner.plan import QueryPlan, ResultColumn
from bastion.planner.resolve_plan import PlanNotResolvable, resolve_plan

MAX_NARRATION_CHARS = 1500
BANK_CANDIDATES = 12
"""Nearest worked examples looked at; the first three that fit the asker's scope are shown."""


@dataclass(frozen=True)
class Declined:
    """The model says the data cannot answer the question."""

    reason: str


def deadline(ctx: AskContext) -> float:
    """One deadline for all model calls of a question, set by the first."""
    if ctx.model_deadline is None:
        ctx.model_deadline = time.monotonic() + ctx.services.settings.llm_deadline_seconds
    return ctx.model_deadline


def reserve_budget(ctx: AskContext, specs: Sequence[ModelSpec], purpose: str, tokens: int) -> None:
    """Raise ``BudgetExceeded`` (and record a skipped attempt) when this call could take
    the org over its monthly token budget."""
    assert ctx.models is not None
    budget = ctx.models.settings.monthly_token_budget
    if budget is None:
        return
    needed = tokens + ctx.services.settings.llm_max_output_tokens
    with ctx.services.db.autocommit.connect() as conn:
        status = check_budget(conn, ctx.principal.org_id, budget, needed)
    if status.exceeded:
        ctx.attempts.append(Attempt(len(ctx.attempts) + 1, purpose, specs[0], "budget_exceeded"))
        raise status.error()


def _values(ctx: AskContext) -> dict[str, Any]:
    assert ctx.models is not None
    catalog = ctx.services.catalog
    return {
        "org": ctx.models.org_name,
        "role": ctx.principal.role,
        "relations": [
            f"{catalog.schema}.{r}" for r in sorted(catalog.relations_for_role(ctx.principal.role))
        ],
        "row_limit": ROW_LIMIT,
        "question": ctx.question,
    }


def _examples(ctx: AskContext, purpose: str) -> Sequence[tuple[str, str]]:
    """Few-shot examples: in plan mode the org's worked examples nearest the question (by
    embedding similarity, or fuzzy matching while the embedding model is not ready) that
    fit the asker's scope; else, or when the org's bank has none that fit, the catalog's
    suggestions for the role answered by the deterministic planner."""
    assert ctx.as_of is not None and ctx.scope is not None
    role = ctx.principal.role
    if purpose == "plan":
        found = nearest_examples(
            ctx.services.db.engine,
            ctx.services.embedder,
            ctx.principal.org_id,
            ctx.question,
            k=BANK_CANDIDATES,
        )
        kept = bank_examples(found, ctx.services.catalog, role, ctx.scope)
        if kept:
            ctx.meta.update(examples_from="bank", examples_match=found[0].method)
            return kept
    ctx.meta.update(examples_from="catalog")
    return examples_for(role, purpose, ctx.as_of)


def _prompt(ctx: AskContext, purpose: str) -> BuiltPrompt:
    assert ctx.as_of is not None
    catalog, role = ctx.services.catalog, ctx.principal.role
    if purpose == "plan":
        hints = plan_hints(catalog, role, ctx.services.data_facts().known_values, ctx.as_of)
    else:
        hints = sql_hints(catalog, role, ctx.as_of)
    history: list[tuple[str, str]] = []
    if ctx.previous_question is not None:
        previous = (
            json.dumps(ctx.previous_plan.model_dump(mode="json", exclude_defaults=True))
            if purpose == "plan" and ctx.previous_plan is not None
            else ctx.previous_sql or ""
        )
        if previous:
            history.append((ctx.previous_question, previous))
    built = build_prompt(
        prompts=ctx.prompts,
        purpose=purpose,
        values=_values(ctx),
        hints=hints,
        examples=_examples(ctx, purpose),
        history=history,
        question=ctx.question,
        budget=ctx.services.settings.llm_context_tokens,
    )
    ctx.prompt_tokens = (ctx.prompt_tokens or 0) + built.tokens
    ctx.meta.update(
        prompt_tokens=built.tokens,
        prompt_examples=built.examples,
        prompt_hints=f"{built.hints}/{built.hints_total}",
        prompt_trimmed=built.trimmed,
    )
    return built


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ())) or "plan"
    return f"{where}: {error.get('msg', 'invalid')}"[:300]


def parse_plan(reply: str, ctx: AskContext) -> QueryPlan | Declined:
    from bastion.models.replies import extract_json

    found = extract_json(reply)
    if "unanswerable" in found and "intent" not in found:
        return Declined(str(found["unanswerable"])[:300])
    try:
        plan = QueryPlan.model_validate(found)
    except ValidationError as exc:
        raise Unusable("invalid_plan", _first_error(exc)) from None
    try:
        resolve_plan(plan, ctx.services.catalog)
    except PlanNotResolvable as exc:
        raise Unusable("invalid_plan", exc.message[:300]) from None
    return plan


def plan_with_model(ctx: AskContext, specs: Sequence[ModelSpec]) -> QueryPlan | Declined:
    built = _prompt(ctx, "plan")
    reserve_budget(ctx, specs, "plan", built.tokens)

    def task(call: ModelCall) -> QueryPlan | Declined:
        return parse_plan(call.ask(built.messages), ctx)

    return ctx.services.router.run(
        specs, "plan", task, deadline=deadline(ctx), attempts=ctx.attempts
    )


def _guarded(ctx: AskContext, reply: str) -> tuple[str, GuardVerdict]:
    from bastion.models.replies import extract_sql

    assert ctx.scope is not None
    sql = extract_sql(reply)
    verdict = check_as(sql, ctx.principal.role, ctx.scope.store_ids, ctx.scope.all_stores)
    return sql, verdict


def _reasons(verdict: GuardVerdict) -> str:
    return "; ".join(f"{r.code}: {r.message}" for r in verdict.reasons)


def sql_with_model(ctx: AskContext, specs: Sequence[ModelSpec]) -> tuple[str, GuardVerdict]:
    """The model's SQL and the guard's verdict allowing it. A rejected reply gets one
    repair round with the guard's reasons; rejected again, the next model is asked."""
    built = _prompt(ctx, "sql")
    reserve_budget(ctx, specs, "sql", built.tokens)

    def task(call: ModelCall) -> tuple[str, GuardVerdict]:
        reply = call.ask(built.messages)
        try:
            sql, first = _guarded(ctx, reply)
        except Unusable as exc:
            reasons = exc.detail
        else:
            if first.allowed:
                return sql, first
            reasons = _reasons(first)
        call.reject("guard_rejected", reasons[:300])
        repair: list[Message] = [
            *built.messages,
            {"role": "assistant", "content": reply[:4000]},
            {
                "role": "user",
                "content": "The SQL was rejected: "
                + reasons
                + ". Write one corrected SELECT statement that follows every rule.",
            },
        ]
        sql, verdict = _guarded(ctx, call.ask(repair))
        if not verdict.allowed:
            raise Unusable("guard_rejected", _reasons(verdict)[:300])
        return sql, verdict

    return ctx.services.router.run(
        specs, "sql", task, deadline=deadline(ctx), attempts=ctx.attempts
    )


def is_aggregate(sql: str) -> bool:
    """Does every row of this SQL's result aggregate many rows? True when its outermost
    SELECT groups, or every output column is an aggregate. Unsure means no."""
    try:
        parsed = sqlglot.parse_one(sql, read=DIALECT)
    except sqlglot.errors.ParseError:
        return False
    select = parsed if isinstance(parsed, exp.Select) else None
    if select is None:
        return False
    if select.args.get("group") is not None:
        return True
    return bool(select.expressions) and all(
        e.find(exp.AggFunc) is not None for e in select.expressions
    )


# --- narration ---------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?")


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")).normalize()
    except InvalidOperation:
        return None


def _forms(value: Decimal) -> set[Decimal]:
    """A number as a narration may state it: exact, rounded, or as a percentage."""
    forms = {value.normalize()}
    for places in (0, 1, 2):
        forms.add(value.quantize(Decimal(1).scaleb(-places)).normalize())
    if abs(value) <= 1:
        forms |= {f * 100 for f in list(forms)}
        forms.add((value * 100).quantize(Decimal("0.1")).normalize())
    return {f.normalize() for f in forms}


def stated_numbers(text: str) -> list[Decimal]:
    return [d for d in (_decimal(m.group()) for m in _NUMBER.finditer(text)) if d is not None]


def known_numbers(question: str, rows: Sequence[Sequence[Any]]) -> set[Decimal]:
    """Every number a faithful answer may state: the result's cells (and the numbers in
    its texts and dates), the question's own numbers, and the row count."""
    known: set[Decimal] = {Decimal(len(rows))}
    for text in (question,):
        known |= set(stated_numbers(text))
    for row in rows:
        for cell in row:
            if isinstance(cell, bool) or cell is None:
                continue
            if isinstance(cell, int | float | Decimal):
                known |= _forms(Decimal(str(cell)))
            elif isinstance(cell, datetime | date):
                known |= {Decimal(cell.year), Decimal(cell.month), Decimal(cell.day)}
            else:
                known |= set(stated_numbers(str(cell)))
    return known


def unsupported_numbers(text: str, question: str, rows: Sequence[Sequence[Any]]) -> list[str]:
    """The numbers ``text`` states (as written) that the result does not support."""
    known = known_numbers(question, rows)
    return [
        m.group()
        for m in _NUMBER.finditer(text)
        if (value := _decimal(m.group())) is not None and value not in known
    ]


def rows_for_model(ctx: AskContext, columns: Sequence[ResultColumn]) -> list[list[Any]] | None:
    """The rows a narration model may see under the org's rule, or None (no model)."""
    assert ctx.models is not None and ctx.result is not None
    rule = ctx.models.settings.rows_to_model
    cap = ctx.models.settings.max_rows_to_model
    rows = ctx.result.rows
    if rule == "none":
        return None
    if rule == "aggregates" and (not ctx.aggregated or len(rows) > cap):
        return None
    return [[json_cell(v, c) for v, c in zip(row, columns, strict=True)] for row in rows[:cap]]


def narrate_with_model(
    ctx: AskContext, specs: Sequence[ModelSpec], columns: Sequence[ResultColumn]
) -> str | None:
    """A model's answer text when the org's rules allow it and its numbers check out;
    None means: use the deterministic narrator's text (``ctx.meta`` says why)."""
    assert ctx.result is not None
    rows = rows_for_model(ctx, columns)
    if rows is None:
        ctx.meta["model_narration"] = "rows_not_allowed"
        return None
    system = ""
    if ctx.prompts is not None:
        system = ctx.prompts.compose("narration", {"question": ctx.question})
    payload = {
        "question": ctx.question,
        "columns": [{"name": c.name, "label": c.label, "format": c.format} for c in columns],
        "rows": rows,
    }
    messages: list[Message] = [
        {"role": "system", "content": system},
        {"role": "user", "content": json.dumps(payload, default=str)},
    ]
    tokens = sum(estimate_tokens(m["content"]) for m in messages)
    try:
        reserve_budget(ctx, specs, "narration", tokens)
    except BudgetExceeded:
        ctx.meta["model_narration"] = "budget_exceeded"
        return None
    ctx.prompt_tokens = (ctx.prompt_tokens or 0) + tokens

    def task(call: ModelCall) -> str:
        text = call.ask(messages).strip()
        if not text or len(text) > MAX_NARRATION_CHARS:
            raise Unusable("unusable_output", "empty or too long for an answer")
        return text

    from bastion.models.router import AllModelsFailed

    try:
        text = ctx.services.router.run(
            specs, "narration", task, deadline=deadline(ctx), attempts=ctx.attempts
        )
    except AllModelsFailed:
        ctx.meta["model_narration"] = "all_failed"
        return None
    wrong = unsupported_numbers(text, ctx.question, ctx.result.rows)
    if wrong:
        ctx.attempts[-1].outcome = "unsupported_numbers"
        ctx.attempts[-1].detail = f"numbers not in the result: {', '.join(wrong[:5])}"
        ctx.meta["model_narration"] = "unsupported_numbers"
        return None
    ctx.meta["model_narration"] = "kept"
    return text
