"""The stages of one question, in order (``flow.STAGES``). Each is a plain function over
the AskContext: it reads what earlier stages left, writes its own part, puts what the
audit trail should show into ``ctx.meta``, and raises ``Refused`` or another
``BastionError`` to stop the flow. Stage names are the audit event names of seed 001.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import NoReturn, TypeVar

from sqlalchemy import text

from bastion.answer.infer import describe_result, infer_columns
from bastion.answer.narrate import cut_note
from bastion.answer.narrate import narrate as narrate_result
from bastion.answer.widgets import widgets_for
from bastion.answer.wording import lower_label
from bastion.ask.context import AskContext, PendingApproval, Refused
from bastion.ask.hold import hold_question
from bastion.ask.model_steps import (
    Declined,
    is_aggregate,
    narrate_with_model,
    plan_with_model,
    sql_with_model,
)
from bastion.ask.plan_scope import (
    relations_forbidden,
    share_beyond_scope,
    stores_named,
    stores_outside,
)
from bastion.ask.suggestions import offer
from bastion.catalog import load_catalog
from bastion.catalog.policy import check_as
from bastion.config.changelog import DATA_COUNTER, read_counters
from bastion.errors import AccessDenied, BastionError, NotFound
from bastion.execution.executor import ExecutionFailed, Scope, TooManyQueries
from bastion.execution.results import ResultKey
from bastion.guard import score_risk
from bastion.guard.verdict import GuardVerdict
from bastion.models.registry import COUNTER as MODELS_COUNTER
from bastion.models.router import AllModelsFailed
from bastion.models.spec import ModelSpec
from bastion.models.usage import BudgetExceeded
from bastion.planner import PreviousRows, compile_plan, plan_question, rows_pointed_at
from bastion.planner.plan import CompiledQuery, Filter, QueryPlan, Unanswerable
from bastion.planner.plan_question import refuse
from bastion.planner.resolve_plan import PlanNotResolvable, key_dimensions
from bastion.planner.screen_question import screen_question
from bastion.policy.engine import COUNTER as POLICIES_COUNTER
from bastion.policy.engine import Decision, with_rows
from bastion.prompts.resolve import COUNTER as PROMPTS_COUNTER

F = TypeVar("F", bound=Callable[[AskContext], None])

log = logging.getLogger("bastion.ask")


def stage(name: str) -> Callable[[F], F]:
    def mark(fn: F) -> F:
        fn.stage_name = name  # type: ignore[attr-defined]
        return fn

    return mark


# The statuses of a question that was not answered: what follows cannot build on it.
UNANSWERED = frozenset({"refused", "error"})
STORE_REFUSED = "scope.store_not_allowed"


@stage("context")
def load_context(ctx: AskContext) -> None:
    """Conversation, previous plan, the store scope of this question, and the merged
    active prompt packs (org -> role -> user) whose versions the audit log records."""
    principal, request = ctx.principal, ctx.request
    if request.store_id is not None and not principal.can_see_store(request.store_id):
        raise AccessDenied(
            "Requested store is outside your access scope.",
            code=STORE_REFUSED,
            details={"store_id": request.store_id, "allowed": list(principal.store_ids)},
        )
    if request.store_id is not None:
        ctx.scope = Scope(store_ids=(request.store_id,), all_stores=False)
    else:
        ctx.scope = Scope(store_ids=principal.store_ids, all_stores=principal.is_all_stores)

    if request.conversation_id is None:
        ctx.conversation_id = uuid.uuid4()
        ctx.new_conversation = True
    else:
        ctx.conversation_id = request.conversation_id
        with ctx.services.db.autocommit.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT c.user_id, c.org_id, l.plan, l.question, l.sql, last.status AS"
                    " last_status, last.error_code AS last_code, last.plan AS last_plan,"
                    " last.question AS last_question"
                    " FROM bastion.conversations c LEFT JOIN LATERAL ("
                    " SELECT plan, question, sql FROM bastion.query_audit_logs l"
                    " WHERE l.conversation_id = c.id AND l.status = 'ok'"
                    " ORDER BY l.id DESC LIMIT 1) l ON true LEFT JOIN LATERAL ("
                    " SELECT status, error_code, plan, question FROM bastion.query_audit_logs a"
                    " WHERE a.conversation_id = c.id ORDER BY a.id DESC LIMIT 1) last ON true"
                    " WHERE c.id = :id"
                ),
                {"id": request.conversation_id},
            ).one_or_none()
        if row is None or row.user_id != principal.user_id or row.org_id != principal.org_id:
            raise NotFound(
                "There is no conversation with that id.", code="ask.conversation_not_found"
            )
        ctx.previous_unanswered = row.last_status in UNANSWERED
        if row.plan is not None and not ctx.previous_unanswered:
            ctx.previous_plan = QueryPlan.model_validate(row.plan)
        ctx.previous_question, ctx.previous_sql = row.question, row.sql
        if row.last_code == STORE_REFUSED and row.last_plan is not None:
            # "documentary copies at store 2?" refused, then "ok, how many at my store":
            # the refused plan with the new store, checked again like any plan
            ctx.previous_plan = QueryPlan.model_validate(row.last_plan)
            ctx.previous_question, ctx.previous_sql = row.last_question, None
            ctx.previous_unanswered = False
    engine = ctx.services.db.autocommit
    with engine.connect() as conn:  # the prompts', models' and policies' caches: one read
        ctx.counters = read_counters(conn)
    ctx.prompts = ctx.services.prompts.resolve(
        engine,
        principal.org_id,
        principal.role,
        principal.user_id,
        ctx.counters.get(PROMPTS_COUNTER),
    )
    ctx.models = ctx.services.models.route(
        engine, principal.org_id, ctx.counters.get(MODELS_COUNTER)
    )
    ctx.mode = ctx.models.settings.effective_mode
    ctx.meta.update(
        models=ctx.models.source,
        mode=ctx.mode if ctx.models.specs else None,
        prompt_versions=[v["version_id"] for v in ctx.prompts.versions],
        conversation_id=str(ctx.conversation_id),
        follow_up=ctx.previous_plan is not None,
        store_ids=list(ctx.scope.store_ids),
        all_stores=ctx.scope.all_stores,
    )


@stage("rag_retrieval")
def retrieve(ctx: AskContext) -> None:
    """What the planner may draw on: the catalog's relations for this role and the facts
    of the loaded data (as-of date, known values)."""
    catalog = ctx.services.catalog
    facts = ctx.services.data_facts()
    ctx.as_of = facts.as_of
    ctx.meta.update(
        catalog_version=catalog.version,
        relations=sorted(catalog.relations_for_role(ctx.principal.role)),
        as_of=facts.as_of.isoformat(),
        dataset_id=facts.dataset_id,
    )


POLICY_CODES = {
    "topics": "policy.blocked_topic",
    "pii_requests": "policy.pii_request",
    "data_classes": "policy.data_class",
    "lineage": "policy.unchecked",
}


def _apply(ctx: AskContext, decisions: list[Decision]) -> None:
    """Record decisions; the first refusal stops the question with its policy's reason."""
    ctx.decisions += decisions
    ctx.meta.update(decisions=[d.public() for d in decisions])
    for decision in decisions:
        if decision.action == "refuse":
            kind = decision.rule.split(".", 1)[0]
            raise Refused(
                decision.message or "Your organisation's policy does not allow this.",
                code=POLICY_CODES.get(kind, "policy.refused"),
                details={
                    "policy": decision.policy_name,
                    "policy_id": decision.policy_id,
                    "version": decision.policy_version,
                    "rule": decision.rule,
                    "suggestions": offer(ctx),
                },
            )


@stage("policy_request")
def check_request(ctx: AskContext) -> None:
    """The org's policies on the question itself: blocked topics, personal data the role
    may not ask for, classes of data it may not reach. Before any planning or model."""
    ctx.policy = ctx.services.policies.for_org(
        ctx.services.db.autocommit, ctx.principal.org_id, ctx.counters.get(POLICIES_COUNTER)
    )
    ctx.meta.update(policies=[{"id": p.id, "version": p.version} for p in ctx.policy.policies])
    decisions, sanitized = ctx.policy.check_request(ctx.request.question, ctx.principal.role)
    if sanitized != ctx.request.question:
        ctx.sanitized_question = sanitized
    _apply(ctx, decisions)


def _deterministic(ctx: AskContext) -> QueryPlan | Unanswerable:
    assert ctx.as_of is not None
    started = time.perf_counter()
    try:
        return _plan_question(ctx)
    finally:  # the planner's own time, apart from the stage's checks and suggestions
        ctx.meta.update(planner_ms=round((time.perf_counter() - started) * 1000, 3))


def _plan_question(ctx: AskContext) -> QueryPlan | Unanswerable:
    """The planner's answer; for a question that builds on nothing before it, planned
    once per data set, role and catalog and then remembered (``DataFacts.memo``)."""
    as_of, catalog, embedder = ctx.as_of, ctx.services.catalog, ctx.services.embedder
    assert as_of is not None
    facts = ctx.services.data_facts()

    def planned() -> QueryPlan | Unanswerable:
        return plan_question(
            ctx.question,
            catalog=catalog,
            role=ctx.principal.role,
            as_of=as_of,
            previous=ctx.previous_plan,
            known_values=facts.known_values,
            embedder=embedder,
            previous_rows=_previous_rows(ctx),
            after_unanswered=ctx.previous_unanswered,
        )

    if ctx.previous_plan is not None or ctx.previous_unanswered:
        return planned()
    key = ("plan", catalog.version, ctx.principal.role, as_of, embedder.is_ready, ctx.question)
    remembered: QueryPlan | Unanswerable = facts.memo.get_or_compute(key, planned)
    return remembered


def _previous_rows(ctx: AskContext) -> PreviousRows | None:
    """The things the previous answer ranked or listed, when the question points back at
    them ("how much did they spend"): its SQL run again, in this question's scope, and
    only if the asker's policies show them in clear (a customer id masked for marketing
    must not come back in the new plan's filters)."""
    previous, sql = ctx.previous_plan, ctx.previous_sql
    if previous is None or sql is None or ctx.scope is None or ctx.policy is None:
        return None
    key = rows_pointed_at(previous, ctx.question)
    if key is None:
        return None
    result = ctx.services.executor.run(sql, ctx.scope, user=ctx.principal.user_id)
    columns = infer_columns(result.columns, result.rows)
    shown = ctx.policy.filter_result(sql, ctx.principal.role, columns, result.rows)
    names = [c.name for c in shown.columns]
    if key not in result.columns or key not in names:
        return None
    position, seen = result.columns.index(key), names.index(key)
    if [row[position] for row in result.rows] != [row[seen] for row in shown.rows]:
        return None  # masked or redacted for this role
    values = dict.fromkeys(row[position] for row in result.rows if row[position] is not None)
    ctx.meta.update(previous_rows=len(values))
    return PreviousRows(key=key, values=tuple(values))


def _refuse(ctx: AskContext, result: Unanswerable) -> Refused:
    """The planner's refusal, offering what this asker can ask instead."""
    return Refused(result.reason, code=result.code, details={"suggestions": offer(ctx)})


def _models_failed(ctx: AskContext, failure: BastionError) -> NoReturn:
    """The models could not answer (all failed, or no budget left) a question the
    deterministic planner had already found it could not understand: the models' error."""
    ctx.meta.update(model_failure=failure.code)
    if isinstance(failure, BudgetExceeded):
        raise Refused(failure.message, code=failure.code, details=failure.details)
    raise failure


def _plan_by_model(ctx: AskContext, specs: list[ModelSpec]) -> QueryPlan:
    try:
        result = plan_with_model(ctx, specs)
    except (AllModelsFailed, BudgetExceeded) as exc:
        _models_failed(ctx, exc)
    if isinstance(result, Declined):  # the planner had not understood it either
        ctx.meta.update(model_declined=result.reason)
        raise Refused(
            f"The data can't answer this question: {result.reason}",
            code="planner.not_understood",
            details={"suggestions": offer(ctx)},
        )
    ctx.planner = "model"
    return result


def _accept(ctx: AskContext, planned: QueryPlan) -> None:
    """Scope checks on a plan, whoever made it; the request's store becomes a filter."""
    catalog, principal, scope = ctx.services.catalog, ctx.principal, ctx.scope
    assert scope is not None
    if share_beyond_scope(planned, scope):
        raise Refused(
            "A share of the whole needs the stores you can't see: within your "
            f"store{'s' if len(scope.store_ids) != 1 else ''} "
            f"{', '.join(map(str, scope.store_ids))} it is always 100%.",
            code=STORE_REFUSED,
            details={"suggestions": offer(ctx)},
        )
    outside = stores_outside(planned, scope)
    if outside:
        ctx.refused_plan = planned  # "ok, my store then" builds on it
        raise Refused(
            f"You can only see data of store{'s' if len(scope.store_ids) != 1 else ''} "
            f"{', '.join(map(str, scope.store_ids)) or '(none)'}; store "
            f"{', '.join(map(str, outside))} is outside your access scope.",
            code=STORE_REFUSED,
            details={"suggestions": offer(ctx)},
        )
    if ctx.request.store_id is not None and not stores_named(planned):
        planned = planned.model_copy(
            update={
                "filters": (
                    *planned.filters,
                    Filter(dimension="store", values=(ctx.request.store_id,)),
                )
            }
        )
    forbidden = relations_forbidden(planned, catalog, principal.role)
    if forbidden:
        raise Refused(
            f"Your role ({principal.role}) can't see the data this question needs "
            f"({', '.join(forbidden)}).",
            code="scope.relation_not_allowed",
            details={"suggestions": offer(ctx)},
        )
    ctx.plan = planned
    ctx.meta.update(
        intent=planned.intent,
        measures=list(planned.measures),
        dimensions=list(planned.dimensions),
        planner=ctx.planner,
    )


def _model_specs(ctx: AskContext, purpose: str) -> list[ModelSpec]:
    return ctx.models.for_purpose(purpose) if ctx.models is not None else []


@stage("planning")
def plan(ctx: AskContext) -> None:
    """Question -> QueryPlan: the deterministic planner first; a question it cannot
    understand goes to the org's model for plans, if it has one (a refusal for scope or
    data the role may not see stands); then scope checks. In sql mode with a model, the
    SQL of a question the planner could not understand is written in the next stage and
    there is no plan."""
    started = time.perf_counter()
    facts, catalog, question = ctx.services.data_facts(), ctx.services.catalog, ctx.question.lower()
    screened = facts.memo.get_or_compute(
        ("screen", catalog.version, question),
        lambda: screen_question(question, catalog, facts.known_values),
    )
    if screened is not None:  # refused before any model sees it
        ctx.meta.update(planner_ms=round((time.perf_counter() - started) * 1000, 3))
        raise _refuse(
            ctx, refuse(ctx.services.catalog, ctx.principal.role, screened.code, screened.reason)
        )
    specs = _model_specs(ctx, ctx.mode)
    result = _deterministic(ctx)
    if isinstance(result, QueryPlan):  # understood: no model needed, whatever the org has
        _accept(ctx, result)
        return
    if not specs or not result.code.startswith("planner."):
        ctx.meta.update(code=result.code)
        raise _refuse(ctx, result)  # no model, or a refusal a model must not overturn
    ctx.meta.update(deterministic=result.code)
    if ctx.mode == "sql":
        ctx.meta.update(planner="model", mode="sql")
        return
    _accept(ctx, _plan_by_model(ctx, specs))


@lru_cache(maxsize=4096)
def _compile(plan: QueryPlan, names: frozenset[str] = frozenset()) -> CompiledQuery:
    """Compiling is a pure function of the plan and the names shown (and the process's
    catalog)."""
    return compile_plan(plan, load_catalog(), names)


def _names(ctx: AskContext, plan: QueryPlan) -> frozenset[str]:
    """The grouped dimensions shown with their values' names as well (a customer's masked
    name beside the id): where the role may read the names' relation and the org's
    policies let it read them without refusing or holding the question."""
    assert ctx.policy is not None
    catalog, role = ctx.services.catalog, ctx.principal.role
    readable = catalog.relations_for_role(role)
    policy = ctx.policy
    return frozenset(
        dimension
        for dimension in key_dimensions(plan)
        if (names := catalog.dimensions[dimension].names) is not None
        and names.source.relation in readable
        and policy.reads_freely(role, names.reads)
    )


@stage("sql_generation")
def generate_sql(ctx: AskContext) -> None:
    """The plan compiled to SQL; in sql mode with a model (for a question the planner
    could not understand), the model's SQL, guarded, with one repair round per model."""
    if ctx.plan is None:
        specs = _model_specs(ctx, "sql")
        try:
            sql, verdict = sql_with_model(ctx, specs)
        except (AllModelsFailed, BudgetExceeded) as exc:
            _models_failed(ctx, exc)
        else:
            ctx.planner = "model"
            ctx.compiled = CompiledQuery(sql=sql, columns=(), relations=verdict.relations)
            ctx.aggregated = is_aggregate(sql)
            ctx.meta.update(relations=list(verdict.relations), writer="model")
            return
    assert ctx.plan is not None
    try:
        ctx.compiled = _compile(ctx.plan, _names(ctx, ctx.plan))
    except PlanNotResolvable as exc:
        if ctx.planner == "model":
            raise
        # a reading of the planner's that SQL cannot say yet: not understood, not a failure
        raise Refused(
            f"I can't compute that yet: {exc.message}",
            code="planner.not_understood",
            details={"suggestions": offer(ctx)},
        ) from exc
    ctx.meta.update(relations=list(ctx.compiled.relations), writer="compiler")


def _verdict(ctx: AskContext) -> GuardVerdict:
    """The guard's verdict on the compiled SQL. SQL a model wrote (sql mode) is scored
    with the database planner's row and cost estimates too (EXPLAIN, under the statement
    timeout and the user's query slots), so a product written to look cheap (``JOIN ...
    ON TRUE``) scores as what it is. SQL Bastion compiled from a plan is bounded by
    construction (no products: none among the benchmarks' 9,467 compiled queries) and
    spares the round trip."""
    assert ctx.compiled is not None and ctx.scope is not None
    verdict = check_as(
        ctx.compiled.sql, ctx.principal.role, ctx.scope.store_ids, ctx.scope.all_stores
    )
    if not verdict.allowed or verdict.sql is None or ctx.plan is not None:
        return verdict
    try:
        plan = ctx.services.executor.explain(verdict.sql, ctx.scope, user=ctx.principal.user_id)
    except TooManyQueries:
        raise
    except ExecutionFailed as exc:  # running it would fail the same way, and say why
        ctx.meta.update(explain=exc.code)
        return verdict
    if plan is None:
        return verdict
    risk = score_risk(verdict.risk_factors, plan.rows, estimated_cost=plan.total_cost)
    ctx.meta.update(estimated_rows=plan.rows, estimated_cost=round(plan.total_cost, 2))
    return replace(verdict, risk=risk)


@stage("validation")
def guard(ctx: AskContext) -> None:
    """The SQL guard, whoever wrote the SQL: allowlists, scope rewrite, limit, risk."""
    verdict = _verdict(ctx)
    ctx.verdict = verdict
    ctx.meta.update(
        verdict="allow" if verdict.allowed else "deny",
        reasons=[{"code": r.code, "message": r.message} for r in verdict.reasons],
        relations=list(verdict.relations),
        limit_applied=verdict.limit_applied,
        risk={"score": verdict.risk.score, "level": verdict.risk.level},
    )
    if not verdict.allowed:
        first = verdict.reasons[0]
        raise Refused(
            first.message,
            code=first.code,
            details={"reasons": ctx.meta["reasons"]},
        )


@stage("policy_sql")
def check_sql(ctx: AskContext) -> None:
    """The policies on what the approved SQL reads: data classes the role may not reach
    are refused; classes that need approval, and a risk score at or above the threshold,
    hold the question for an approver. Names the question shows on its own account (a
    customer's beside the id) never do: SQL they would make refused or held is compiled
    again without them."""
    assert ctx.policy is not None and ctx.compiled is not None and ctx.verdict is not None
    role = ctx.principal.role
    decisions = ctx.policy.check_sql(ctx.compiled.sql, role, ctx.verdict.risk)
    stopped = any(d.action in ("refuse", "require_approval") for d in decisions)
    if stopped and ctx.plan is not None and any(c.role == "label" for c in ctx.compiled.columns):
        ctx.compiled = _compile(ctx.plan)
        verdict = _verdict(ctx)
        if not verdict.allowed:  # the guard allowed more; keep what it refused to say why
            raise Refused(verdict.reasons[0].message, code=verdict.reasons[0].code)
        ctx.verdict = verdict
        decisions = ctx.policy.check_sql(ctx.compiled.sql, role, verdict.risk)
        ctx.meta.update(names="left out", risk={"score": verdict.risk.score})
    _apply(ctx, decisions)


@stage("approval")
def hold_for_approval(ctx: AskContext) -> None:
    """Questions a policy holds go to the approval queue with the exact SQL that was
    checked; nothing runs until an approver says yes."""
    held = [d for d in ctx.decisions if d.action == "require_approval"]
    ctx.meta.update(required=bool(held))
    if not held:
        return
    assert ctx.policy is not None and ctx.verdict is not None and ctx.verdict.sql is not None
    assert ctx.scope is not None and ctx.compiled is not None
    reasons = [
        {
            "policy": d.policy_name,
            "policy_id": d.policy_id,
            "version": d.policy_version,
            "rule": d.rule,
            "message": d.message,
        }
        for d in held
    ]
    risk = ctx.verdict.risk
    with ctx.services.db.autocommit.connect() as conn:
        request = hold_question(
            conn,
            org_id=ctx.principal.org_id,
            requester=ctx.principal,
            conversation_id=ctx.conversation_id,
            question=ctx.question,
            sql=ctx.verdict.sql,
            plan=ctx.plan.model_dump(mode="json") if ctx.plan is not None else None,
            columns=[c.model_dump() for c in ctx.compiled.columns] or None,
            store_ids=ctx.scope.store_ids,
            is_all_stores=ctx.scope.all_stores,
            risk={"score": risk.score, "level": risk.level, "factors": list(risk.factors)},
            reasons=reasons,
            rules=ctx.policy.approval,
        )
    ctx.approval = {
        "id": request.id,
        "status": "pending",
        "expires_at": request.expires_at.isoformat(),
        "reasons": reasons,
    }
    ctx.meta.update(approval_id=request.id, reasons=reasons)
    raise PendingApproval(
        "This question needs an approver's review before it runs: "
        + "; ".join(d.message or d.rule for d in held),
        details={"approval_id": request.id},
    )


def _result_key(ctx: AskContext) -> ResultKey | None:
    """What a result of this question's SQL is kept under (``bastion.execution.results``):
    only SQL compiled from a plan, and only once the data's version is known."""
    version = ctx.counters.get(DATA_COUNTER)
    if ctx.plan is None or version is None or ctx.verdict is None or ctx.verdict.sql is None:
        return None
    assert ctx.scope is not None
    return ResultKey(ctx.principal.org_id, version, ctx.scope, ctx.verdict.sql)


@stage("db_execution")
def execute(ctx: AskContext) -> None:
    """The SQL run as the reader, in the question's scope; or its rows as they were read
    for the same SQL and scope since the data last changed."""
    assert ctx.verdict is not None and ctx.verdict.sql is not None and ctx.scope is not None
    results, key = ctx.services.results, _result_key(ctx)
    kept = results.get(key) if key is not None else None
    if kept is not None:
        ctx.result = kept
        ctx.meta.update(kept_result=True)  # nothing ran: no sql_ms
    else:
        ctx.result = ctx.services.executor.run(
            ctx.verdict.sql, ctx.scope, user=ctx.principal.user_id
        )
        ctx.meta.update(sql_ms=round(ctx.result.duration_ms, 3))
        if key is not None:
            results.put(key, ctx.result)
    ctx.meta.update(row_count=len(ctx.result.rows), truncated=ctx.result.truncated)


@stage("policy_result")
def filter_result(ctx: AskContext) -> None:
    """The policies on the rows before they leave: sensitive columns masked or dropped,
    free text scanned for personal data and redacted."""
    assert ctx.policy is not None and ctx.compiled is not None and ctx.result is not None
    columns, given = ctx.compiled.columns, list(ctx.result.columns)
    if [c.name for c in columns] != given:
        # the policies judge the columns the SQL gave, by their lineage in that SQL
        if columns:
            log.warning("compiled columns %s differ from the result's %s", columns, given)
        columns = infer_columns(ctx.result.columns, ctx.result.rows)
    filtered = ctx.policy.filter_result(
        ctx.compiled.sql, ctx.principal.role, columns, ctx.result.rows
    )
    ctx.columns = filtered.columns
    if filtered.columns != columns or filtered.rows != ctx.result.rows:
        ctx.result = with_rows(ctx.result, filtered.rows, [c.name for c in filtered.columns])
    _apply(ctx, filtered.decisions)


def _hidden_asked(ctx: AskContext) -> str:
    """The labels of the columns the question asked for that a policy hid, joined."""
    assert ctx.compiled is not None
    hidden = {d.detail.get("column") for d in ctx.decisions if d.action == "hide" and d.detail}
    asked = set(ctx.plan.dimensions) | set(ctx.plan.measures) if ctx.plan is not None else set()
    labels = [c.label for c in ctx.compiled.columns if c.name in hidden and c.name in asked]
    return " and ".join(lower_label(label) for label in labels)


@stage("narration")
def narrate(ctx: AskContext) -> None:
    """The answer text with the real numbers, and the Vega-Lite widgets. A narration
    model, when the org has one, may phrase the answer instead, if its numbers check out."""
    assert ctx.compiled is not None and ctx.result is not None
    rows, truncated = ctx.result.rows, ctx.result.truncated
    columns = ctx.columns
    described = ctx.plan or describe_result(columns, rows, ctx.result.limit)
    style = ctx.prompts.style if ctx.prompts is not None else None
    ctx.answer = narrate_result(described, columns, rows, style=style, truncated=truncated)
    hidden = _hidden_asked(ctx)
    if hidden:  # "who manages my store": the manager asked for is what the policy hid
        ctx.answer += f" Your organisation's policy hides {hidden} from your role."
    ctx.widgets = widgets_for(described, columns, rows, style=style, truncated=truncated)
    specs = _model_specs(ctx, "narration")
    if specs and rows:
        phrased = narrate_with_model(ctx, specs, columns)
        if phrased is not None:
            # The model sees the rows, not that more matched: the cut is said for it.
            ctx.answer = f"{phrased} {cut_note(len(rows))}" if truncated else phrased
            ctx.narrator = "model"
    ctx.meta.update(
        widgets=[w["type"] for w in ctx.widgets],
        narrator=ctx.narrator,
        style=dict(ctx.prompts.style_values) if ctx.prompts is not None else {},
    )
