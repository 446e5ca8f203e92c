"""What one principal's SQL may touch: the guard's only input besides the SQL itself.

A policy is built per request from the principal's role and stores; the guard never reads
the database to decide, so the same policy and SQL always give the same verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LARGE_RELATIONS = frozenset({"v_payment_scoped", "v_rental_scoped"})

# The most of each a statement may have (bounded_size.py): several times what the planner
# ever writes, far below what keeps PostgreSQL's planner busy for long.
MAX_SHAPE: Mapping[str, int] = {"ctes": 16, "joins": 24, "subqueries": 32, "nodes": 4000}


@dataclass(frozen=True)
class GuardPolicy:
    """Relation names are unquoted, lowercase and unqualified: they live in ``schema``."""

    allowed_relations: frozenset[str]
    # relation -> the column that holds its store, e.g. {"v_payment_scoped": "store_id"}
    scoped_relations: Mapping[str, str] = field(hash=False)
    store_ids: tuple[int, ...]
    all_stores: bool
    max_limit: int = 200
    max_sql_chars: int = 20_000
    schema: str = "analytics"
    dialect: str = "postgres"
    # Fact relations whose full scan is a risk factor (see risk.py).
    large_relations: frozenset[str] = LARGE_RELATIONS
    max_shape: Mapping[str, int] = field(default_factory=lambda: dict(MAX_SHAPE), hash=False)

    def __post_init__(self) -> None:
        names = [*self.allowed_relations, *self.scoped_relations, self.schema]
        if any(name != name.lower() or "." in name for name in names):
            raise ValueError("Guard policy names must be lowercase and unqualified.")
        if self.max_limit < 1 or self.max_sql_chars < 1:
            raise ValueError("max_limit and max_sql_chars must be positive.")
        if any(type(store_id) is not int for store_id in self.store_ids):
            raise ValueError("store_ids must be integers.")
