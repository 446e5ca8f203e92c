"""The guard policy a role gets from the catalog, and the guard's verdict under it.

One place for the ask flow, ``POST /api/guard/check`` and ``bastion guard check``. The
guard is a pure function of the SQL and the policy, and the policy comes from the
process's catalog, which never changes while it runs: verdicts are memoised.
"""

from __future__ import annotations

from functools import lru_cache

from bastion.catalog import load_catalog
from bastion.guard import GuardPolicy, GuardVerdict, check_sql


def guard_policy(role: str, store_ids: tuple[int, ...], all_stores: bool) -> GuardPolicy:
    catalog = load_catalog()
    return GuardPolicy(
        allowed_relations=catalog.relations_for_role(role),
        scoped_relations=catalog.scoped_relations,
        store_ids=store_ids,
        all_stores=all_stores,
    )


@lru_cache(maxsize=4096)
def check_as(sql: str, role: str, store_ids: tuple[int, ...], all_stores: bool) -> GuardVerdict:
    """The guard's verdict on ``sql`` for ``role`` limited to ``store_ids``."""
    return check_sql(sql, guard_policy(role, store_ids, all_stores))
