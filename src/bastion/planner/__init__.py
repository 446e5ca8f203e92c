"""The deterministic planner: a question in plain language -> a typed QueryPlan -> SQL."""

from bastion.catalog import KnownValues, load_known_values
from bastion.planner.compile_plan import compile_plan
from bastion.planner.plan import (
    Comparison,
    CompiledQuery,
    Filter,
    OrderBy,
    QueryPlan,
    ResultColumn,
    TimeRange,
    Unanswerable,
)
from bastion.planner.plan_question import PreviousRows, plan_question, rows_pointed_at

__all__ = [
    "Comparison",
    "CompiledQuery",
    "Filter",
    "KnownValues",
    "OrderBy",
    "PreviousRows",
    "QueryPlan",
    "ResultColumn",
    "TimeRange",
    "Unanswerable",
    "compile_plan",
    "load_known_values",
    "plan_question",
    "rows_pointed_at",
]
