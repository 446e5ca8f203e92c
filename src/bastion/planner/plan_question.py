"""The deterministic planner: question (+ previous plan) -> QueryPlan or Unanswerable.

Order of decisions: refuse changes and unknown data; parse; merge with the previous plan
when the question reads as a follow-up; choose, for each measure mentioned, the first
candidate the role may read (and that has a date when the question names a period);
derive the intent, the order and the limit. It never touches the database and never
guesses: anything it cannot place makes the question Unanswerable, with suggestions the
role can ask.
"""

from __future__ import annotations

from datetime import date

from bastion.catalog import Catalog, KnownValues
from bastion.planner.merge_followup import merge_followup
from bastion.planner.parse_question import ParsedQuestion, parse_question
from bastion.planner.plan import Intent, OrderBy, QueryPlan, Unanswerable
from bastion.planner.resolve_plan import PlanNotResolvable, resolve_plan
from bastion.planner.screen_question import screen_question

DEFAULT_TOP = 10
MAX_LIMIT = 200
MAX_SUGGESTIONS = 3


def plan_question(
    question: str,
    *,
    catalog: Catalog,
    role: str,
    as_of: date,
    previous: QueryPlan | None = None,
    known_values: KnownValues | None = None,
) -> QueryPlan | Unanswerable:
    """Plan ``question`` for ``role``; relative periods are relative to ``as_of``."""
    screened = screen_question(question.lower())
    if screened is not None:
        return refuse(catalog, role, screened.code, screened.reason)
    parsed = parse_question(question, catalog, known_values, as_of)
    if previous is not None and (parsed.followup or not parsed.names_subject):
        parsed = merge_followup(previous, parsed)
    return build_plan(parsed, catalog, role)


def refuse(catalog: Catalog, role: str, code: str, reason: str) -> Unanswerable:
    """An Unanswerable with up to three questions the role can ask instead."""
    suggestions = catalog.suggestions_for_role(role)[:MAX_SUGGESTIONS]
    return Unanswerable(code=code, reason=reason, suggestions=suggestions)


def build_plan(parsed: ParsedQuestion, catalog: Catalog, role: str) -> QueryPlan | Unanswerable:
    """The plan for a parsed question, with measures the role may read."""
    if parsed.unknown:
        quoted = " ".join(parsed.unknown[:4])
        return refuse(
            catalog,
            role,
            "planner.not_understood",
            f"I don't know what “{quoted}” means in the data you can access.",
        )
    if parsed.problems:
        return refuse(catalog, role, "planner.not_understood", parsed.problems[0])
    mentions = (
        parsed.measures
        or parsed.noun_measures
        or parsed.described_measures
        or ([catalog.default_ranking_measures] if parsed.default_measure else [])
    )
    if not mentions:
        return refuse(
            catalog,
            role,
            "planner.not_understood",
            "I couldn't tell what to measure (revenue, rentals, customers, films, ...).",
        )
    comparison = parsed.comparison
    compared = comparison.dimension if comparison is not None else None
    grain = parsed.grain or ("month" if parsed.trend else None)
    dimensions = tuple(d for d in parsed.dimensions if d != compared)
    draft = QueryPlan(
        intent="kpi",
        measures=mentions[0][:1],  # replaced per candidate below
        dimensions=dimensions,
        time_grain=grain,
        time_range=parsed.time_range,
        filters=tuple(parsed.filters),
        comparison=comparison,
    )
    allowed = catalog.relations_for_role(role)
    measures: list[str] = []
    for candidates in mentions:
        chosen = _choose_measure(candidates, draft, catalog, role, allowed)
        if isinstance(chosen, Unanswerable):
            return chosen
        if chosen not in measures:
            measures.append(chosen)
    intent = _intent(parsed, comparison is not None, bool(dimensions), grain is not None)
    order, limit = _order_and_limit(intent, parsed, measures[0], dimensions, grain, catalog)
    plan = draft.model_copy(
        update={"intent": intent, "measures": tuple(measures), "order": order, "limit": limit}
    )
    try:
        missing = resolve_plan(plan, catalog).relations - allowed
    except PlanNotResolvable as exc:  # measures combine badly: one breaks down, one not
        return refuse(catalog, role, "planner.not_understood", exc.message)
    if missing:
        return _not_allowed(catalog, role, missing)
    return QueryPlan.model_validate(plan.model_dump())


def _choose_measure(
    candidates: tuple[str, ...],
    draft: QueryPlan,
    catalog: Catalog,
    role: str,
    allowed: frozenset[str],
) -> str | Unanswerable:
    """The first candidate that answers the question from relations the role may read."""
    not_understood: Unanswerable | None = None
    fewest_missing: frozenset[str] | None = None
    for name in candidates:
        trial = draft.model_copy(update={"measures": (name,)})
        try:
            relations = resolve_plan(trial, catalog).relations
        except PlanNotResolvable as exc:
            not_understood = not_understood or refuse(
                catalog, role, "planner.not_understood", exc.message
            )
            continue
        missing = relations - allowed
        if not missing:
            return name
        if fewest_missing is None or len(missing) < len(fewest_missing):
            fewest_missing = missing
    if fewest_missing is not None:  # the role is the obstacle: say what it lacks
        return _not_allowed(catalog, role, fewest_missing)
    assert not_understood is not None  # candidates are never empty
    return not_understood


def _not_allowed(catalog: Catalog, role: str, missing: frozenset[str]) -> Unanswerable:
    subjects = list(dict.fromkeys(catalog.relations[r].subject for r in sorted(missing)))
    return refuse(
        catalog,
        role,
        "scope.relation_not_allowed",
        f"Your role ({role}) can't see {' or '.join(subjects)}.",
    )


def _intent(parsed: ParsedQuestion, compared: bool, grouped: bool, timed: bool) -> Intent:
    if compared:
        return "comparison"
    if parsed.direction is not None and (grouped or timed):
        return "ranking"
    if timed:
        return "trend"
    if grouped:
        return "distribution"
    return "kpi"


def _order_and_limit(
    intent: Intent,
    parsed: ParsedQuestion,
    measure: str,
    dimensions: tuple[str, ...],
    grain: str | None,
    catalog: Catalog,
) -> tuple[tuple[OrderBy, ...], int | None]:
    limit = None if parsed.limit is None else max(1, min(parsed.limit, MAX_LIMIT))
    if intent == "ranking":
        direction = parsed.direction or "desc"
        return (OrderBy(key=measure, direction=direction),), limit or DEFAULT_TOP
    if intent == "trend" and grain is not None:
        return (OrderBy(key=grain, direction="asc"),), limit
    if intent == "distribution":
        first = catalog.dimensions[dimensions[0]]
        if first.sort == "value":
            return (OrderBy(key=first.name, direction="asc"),), limit
        return (OrderBy(key=measure, direction="desc"),), limit
    return (), limit
