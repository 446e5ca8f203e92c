"""The scope checks every plan passes before it is compiled, whoever made it (the
deterministic planner, a model, a worked example, a suggestion offered to the asker): the
stores it names must be the asker's (and a share must not be of a whole beyond them), and
the relations it reads the role's.

The planning stage refuses a plan that fails them; the suggestions offered after a
refusal and the examples a model is shown are filtered with the same functions, so that
nothing is offered that the flow would then refuse.
"""

from __future__ import annotations

from bastion.catalog import Catalog
from bastion.execution.executor import Scope
from bastion.planner.plan import QueryPlan
from bastion.planner.resolve_plan import PlanNotResolvable, relations_needed

# Dimensions whose values are store ids: where a rental or payment was made, and the store
# a customer is registered at
STORE_DIMENSIONS = frozenset({"store", "home_store"})


def stores_named(plan: QueryPlan) -> frozenset[int]:
    """The stores a plan filters, compares ("store 1 vs store 2") or takes a share of, or
    whose rows it asks to exist."""
    filters = [*plan.filters, *(f for e in plan.exists for f in e.filters)]
    if plan.share_of is not None:
        filters.append(plan.share_of)
    named = {int(v) for f in filters if f.dimension in STORE_DIMENSIONS for v in f.values}
    if plan.comparison is not None and plan.comparison.dimension in STORE_DIMENSIONS:
        named |= {int(v) for v in plan.comparison.values}
    return frozenset(named)


def share_beyond_scope(plan: QueryPlan, scope: Scope) -> bool:
    """A share of stores that are all the scope has ("share of revenue from store 1" for
    a manager of store 1): the whole it is a share of lies outside the scope."""
    part = plan.share_of
    if scope.all_stores or part is None or part.dimension not in STORE_DIMENSIONS:
        return False
    return {int(v) for v in part.values} >= set(scope.store_ids)


def stores_outside(plan: QueryPlan, scope: Scope) -> list[int]:
    """The stores the plan names that ``scope`` does not reach, in order."""
    if scope.all_stores:
        return []
    return sorted(stores_named(plan) - set(scope.store_ids))


def relations_forbidden(plan: QueryPlan, catalog: Catalog, role: str) -> list[str]:
    """The relations the plan reads (or its dimensions require) that ``role`` may not, in
    order. Raises ``PlanNotResolvable`` for a plan the catalog cannot compile."""
    return sorted(relations_needed(plan, catalog) - catalog.relations_for_role(role))


def fits_scope(plan: QueryPlan, catalog: Catalog, role: str, scope: Scope) -> bool:
    """Would the planning stage accept ``plan`` for ``role`` within ``scope``?"""
    try:
        return (
            not share_beyond_scope(plan, scope)
            and not stores_outside(plan, scope)
            and not relations_forbidden(plan, catalog, role)
        )
    except PlanNotResolvable:
        return False
