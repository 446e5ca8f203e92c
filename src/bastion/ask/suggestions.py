"""Questions offered to the asker: after a refusal (at most three, the closest to the
refused question first) and on the ask page. Each is one of the catalog's suggested
questions that would work for this asker if asked: the org's policies let the question
through, the deterministic planner plans it, the plan stays within the role's relations
and the asker's stores (``plan_scope``, as the planning stage checks it), and its SQL
passes the guard and the policies on SQL without being refused or held. "Revenue store 1
vs store 2" is never offered to a manager of store 1.

Which suggestions are valid depends on the org (its policies), the role and the stores,
and on the versions of what it is computed from (the policies' config counter, the loaded
data set, the catalog). It is cached per process under all of them, so an entry is a
pure function of its key and a second process computes the same one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bastion.ask.plan_scope import fits_scope
from bastion.caches import SharedLRU
from bastion.catalog.policy import check_as
from bastion.config.changelog import read_counter
from bastion.execution.executor import Scope
from bastion.identity.principal import Principal
from bastion.planner import compile_plan, plan_question
from bastion.planner.plan import QueryPlan
from bastion.policy.engine import COUNTER as POLICIES_COUNTER
from bastion.policy.engine import Decision, PolicySet

if TYPE_CHECKING:
    from bastion.ask.context import AskContext, AskServices

MAX_OFFERED = 3
STOPPING = frozenset({"refuse", "require_approval"})
FILLER = frozenset(
    {"a", "an", "the", "by", "per", "of", "in", "on", "for", "to", "and", "or", "is", "was"}
    | {"are", "what", "which", "how", "vs"}
)
"""Words too common to make two questions close."""

SuggestionKey = tuple[int, str, tuple[int, ...], bool, int | None, int | None, str]
"""(org, role, stores, all stores, policies' counter, data set, catalog version)."""


class SuggestionCache(SharedLRU[SuggestionKey, tuple[str, ...]]):
    """The valid suggestions per (org, role, stores) and the versions they depend on."""

    def __init__(self, maxsize: int = 2048) -> None:
        super().__init__(maxsize)


def _stops(decisions: Sequence[Decision]) -> bool:
    return any(d.action in STOPPING for d in decisions)


def _works(
    question: str, services: AskServices, role: str, scope: Scope, policy: PolicySet
) -> bool:
    """Would ``question`` be answered (not refused, not held) for this asker?"""
    catalog, facts = services.catalog, services.data_facts()
    decisions, _ = policy.check_request(question, role)
    if _stops(decisions):
        return False
    planned = plan_question(
        question, catalog=catalog, role=role, as_of=facts.as_of, known_values=facts.known_values
    )
    if not isinstance(planned, QueryPlan) or not fits_scope(planned, catalog, role, scope):
        return False
    sql = compile_plan(planned, catalog).sql
    verdict = check_as(sql, role, scope.store_ids, scope.all_stores)
    return verdict.allowed and not _stops(policy.check_sql(sql, role, verdict.risk))


def valid_suggestions(
    services: AskServices,
    principal: Principal,
    scope: Scope,
    policy: PolicySet,
    policy_version: int | None,
) -> tuple[str, ...]:
    """The catalog's suggestions that work for this asker, in the catalog's order."""
    catalog = services.catalog
    key: SuggestionKey = (
        principal.org_id,
        principal.role,
        tuple(sorted(scope.store_ids)),
        scope.all_stores,
        policy_version,
        services.data_facts().dataset_id,
        str(catalog.version),
    )
    found = services.suggestions.get(key)
    if found is None:
        found = tuple(
            question
            for question in catalog.suggestions_for_role(principal.role)
            if _works(question, services, principal.role, scope, policy)
        )
        services.suggestions.put(key, found)
    return found


def _words(text: str) -> frozenset[str]:
    return frozenset(default_process(text).split()) - FILLER


def closest(question: str, candidates: Sequence[str], limit: int = MAX_OFFERED) -> list[str]:
    """Up to ``limit`` candidates, the closest to ``question`` first: most words in common
    (leaving out words like "by" and "the"), then rapidfuzz's token set ratio (similar
    spellings count too, word order does not); ties keep the candidates' order."""
    asked = _words(question)

    def distance(item: tuple[int, str]) -> tuple[int, float, int]:
        index, candidate = item
        shared = len(asked & _words(candidate))
        similar = fuzz.token_set_ratio(question, candidate, processor=default_process)
        return -shared, -similar, index

    return [candidate for _, candidate in sorted(enumerate(candidates), key=distance)[:limit]]


def askable(services: AskServices, principal: Principal) -> tuple[str, ...]:
    """The valid suggestions for the principal's whole scope (the ask page lists them)."""
    engine = services.db.autocommit
    with engine.connect() as conn:
        version = read_counter(conn, POLICIES_COUNTER)
    policy = services.policies.for_org(engine, principal.org_id, version)
    scope = Scope(store_ids=principal.store_ids, all_stores=principal.is_all_stores)
    return valid_suggestions(services, principal, scope, policy, version)


def offer(ctx: AskContext) -> list[str]:
    """What a refusal of ``ctx``'s question offers instead: up to three valid
    suggestions, the closest to the question first."""
    assert ctx.scope is not None
    policy = ctx.policy
    version = ctx.counters.get(POLICIES_COUNTER)
    if policy is None:  # refused before the policies were read
        policy = ctx.services.policies.for_org(
            ctx.services.db.autocommit, ctx.principal.org_id, version
        )
    valid = valid_suggestions(ctx.services, ctx.principal, ctx.scope, policy, version)
    return closest(ctx.question, valid)
