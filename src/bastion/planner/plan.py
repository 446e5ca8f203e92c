"""The typed query plan every planner produces (deterministic or LLM) and every later
stage reads: the compiler turns it into SQL, the narrator and the widgets describe its
result. Names of measures and dimensions refer to the semantic catalog.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bastion.catalog.spec import ColumnFormat, Grain

Intent = Literal["kpi", "trend", "ranking", "distribution", "comparison", "list"]
Direction = Literal["asc", "desc"]
Operator = Literal["=", "<>", "<", "<=", ">", ">=", "contains", "starts", "ends", "only", "word"]
Derived = Literal["share", "growth", "per", "count", "change", "histogram", "range"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimeRange(_Model):
    """A half-open date range [start, end) and how to say it ("in May 2022")."""

    start: date | None = None
    end: date | None = None
    label: str = ""


class Filter(_Model):
    """``dimension`` equals one of ``values`` (catalog dimension name, e.g. "category");
    with another ``op``, compares to its one value ("length > 150"), and ``contains``
    holds every value in a list attribute ("special features contain Trailers")."""

    dimension: str
    values: tuple[str | int | float, ...] = Field(min_length=1)
    negate: bool = False
    op: Operator = "="


class Having(_Model):
    """A threshold on a measure per group: "actors in more than 30 films"."""

    measure: str
    op: Operator
    value: float


class Exists(_Model):
    """The listed or counted rows that have (or, negated, have no) rows of ``measure``'s
    relation linked to them, among those passing ``filters`` and ``time_range``: "films
    never rented", "customers with no payment in May"."""

    measure: str
    negate: bool = True
    filters: tuple[Filter, ...] = ()
    time_range: TimeRange | None = None
    # "customers whose first rental was in June": the period holds each one's first (last)
    # linked row, not just some of them
    edge: Literal["first", "last"] | None = None
    # "films with fewer than 3 actors" (those with none too): linked to at least this many
    # rows (negated: fewer), not just to one
    at_least: int | None = Field(default=None, ge=2)


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
    """What to compute. ``list`` plans list the values of their first dimension (an
        entity: films, actors, customers) with the other dimensions beside them and no
        measure; every other intent aggregates ``measures``. ``ties`` keeps every row tied
        with the last one a ``limit`` keeps (top 10, the most, the least); ``place`` asks for the
    rows ranked second (or third...) instead of first. ``derived``
        turns the first measure into a share of the whole (its rows over the total, computed
        in SQL over everything in scope), a growth from the previous period, or an average per
        thing the second measure counts ("per": revenue per rental)."""

    intent: Intent
    measures: tuple[str, ...] = ()
    dimensions: tuple[str, ...] = ()
    time_grain: Grain | None = None  # set for trends: group by this grain of the time column
    time_range: TimeRange | None = None
    filters: tuple[Filter, ...] = ()
    comparison: Comparison | None = None
    order: tuple[OrderBy, ...] = ()
    limit: int | None = Field(default=None, ge=1, le=200)
    ties: bool = False
    # The place in the ranking asked ("the second busiest month": 2): the rows ranked
    # exactly there, ties kept; with ``limit`` 1 and an ``order``.
    place: int | None = Field(default=None, ge=2, le=10)
    having: tuple[Having, ...] = ()
    exists: tuple[Exists, ...] = ()
    derived: Derived | None = None
    share_of: Filter | None = None  # share: the part whose share of the whole is asked
    understood: str = ""  # how the question was read, in one sentence

    @model_validator(mode="after")
    def _measured(self) -> QueryPlan:
        if self.intent != "list" and not self.measures:
            raise ValueError("a plan that is not a list needs at least one measure")
        if self.intent == "list" and not self.dimensions:
            raise ValueError("a list plan needs the dimension it lists")
        if self.place is not None and (self.limit != 1 or not self.order):
            raise ValueError("a place in a ranking needs a ranking of one (limit 1, ordered)")
        return self


class ResultColumn(_Model):
    """One column of a compiled query's result, in order, with how to present it. A
    ``label`` column names the values of the column ``names`` (a customer's masked name
    beside the customer id)."""

    name: str  # the SQL output column name
    label: str  # for people ("Revenue", "Category")
    role: Literal["measure", "dimension", "time", "label"]
    format: ColumnFormat = "text"
    names: str | None = None  # for a label column: the column whose values it names
    # A dimension whose groups can share rows (a film in several categories, a film's
    # special features): its groups do not add up to the whole, so no shares of a total.
    overlaps: bool = False

    def shown(self) -> dict[str, str | bool]:
        """The column as answers show it: no empty fields, ``overlaps`` only when set."""
        return self.model_dump(exclude_none=True, exclude=None if self.overlaps else {"overlaps"})


class CompiledQuery(_Model):
    sql: str
    columns: tuple[ResultColumn, ...]
    relations: tuple[str, ...]  # catalog relations the SQL reads


class Unanswerable(_Model):
    """The planner could not map the question onto data the role may see."""

    code: str  # e.g. planner.not_understood, planner.unknown_data, request.modification
    reason: str  # one sentence for people
    suggestions: tuple[str, ...] = ()
