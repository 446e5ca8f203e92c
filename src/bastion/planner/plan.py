"""The typed query plan every planner produces (deterministic or LLM) and every later
stage reads: the compiler turns it into SQL, the narrator and the widgets describe its
result. Names of measures and dimensions refer to the semantic catalog.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion.catalog.spec import ColumnFormat, Grain

Intent = Literal["kpi", "trend", "ranking", "distribution", "comparison"]
Direction = Literal["asc", "desc"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimeRange(_Model):
    """A half-open date range [start, end) and how to say it ("in May 2022")."""

    start: date | None = None
    end: date | None = None
    label: str = ""


class Filter(_Model):
    """``dimension`` equals one of ``values`` (catalog dimension name, e.g. "category")."""

    dimension: str
    values: tuple[str | int, ...]
    negate: bool = False


class Comparison(_Model):
    """Two or more things side by side: values of one dimension ("store 1 vs store 2") or
    time periods ("May vs June"). The result has one row per compared item."""

    dimension: str | None = None
    values: tuple[str | int, ...] = ()
    periods: tuple[TimeRange, ...] = ()


class OrderBy(_Model):
    key: str  # a measure or dimension name in the plan
    direction: Direction = "desc"


class QueryPlan(_Model):
    intent: Intent
    measures: tuple[str, ...] = Field(min_length=1)
    dimensions: tuple[str, ...] = ()
    time_grain: Grain | None = None  # set for trends: group by this grain of the time column
    time_range: TimeRange | None = None
    filters: tuple[Filter, ...] = ()
    comparison: Comparison | None = None
    order: tuple[OrderBy, ...] = ()
    limit: int | None = Field(default=None, ge=1, le=200)


class ResultColumn(_Model):
    """One column of a compiled query's result, in order, with how to present it. A
    ``label`` column names the values of the column ``names`` (a customer's masked name
    beside the customer id)."""

    name: str  # the SQL output column name
    label: str  # for people ("Revenue", "Category")
    role: Literal["measure", "dimension", "time", "label"]
    format: ColumnFormat = "text"
    names: str | None = None  # for a label column: the column whose values it names


class CompiledQuery(_Model):
    sql: str
    columns: tuple[ResultColumn, ...]
    relations: tuple[str, ...]  # catalog relations the SQL reads


class Unanswerable(_Model):
    """The planner could not map the question onto data the role may see."""

    code: str  # e.g. planner.not_understood, planner.unknown_data, request.modification
    reason: str  # one sentence for people
    suggestions: tuple[str, ...] = ()
