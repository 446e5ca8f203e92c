"""Result columns and a descriptive plan for SQL that no plan produced (a model's SQL in
``sql`` mode), so the narrator and the widgets can present it like any other result.

A column is a *time* column when its values are dates, a *measure* when its values are
numbers and its name does not mark an identifier, a year or a dimension with its own
wording ("store": store 1), and a *dimension* otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bastion.answer.wording import wording_for
from bastion.catalog.spec import ColumnFormat
from bastion.planner.plan import Intent, QueryPlan, ResultColumn

MAX_LIMIT = 200  # the largest limit a plan holds (QueryPlan.limit)
_MONEY = ("revenue", "amount", "payment", "sales", "paid", "price", "cost", "spend", "value")
_IDS = ("id", "year", "month_number", "number", "code", "zip", "postal")


def _values(rows: Sequence[Sequence[Any]], index: int) -> list[Any]:
    return [row[index] for row in rows if row[index] is not None]


def _is_identifier(name: str) -> bool:
    key = name.lower()
    return any(key == part or key.endswith("_" + part) for part in _IDS) or (
        wording_for(key) is not None
    )


def infer_column(name: str, values: list[Any]) -> ResultColumn:
    label = name.replace("_", " ").strip().capitalize() or "Value"
    if values and all(isinstance(v, date | datetime) for v in values):
        return ResultColumn(name=name, label=label, role="time", format="date")
    numeric = values and all(
        isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in values
    )
    if numeric and not _is_identifier(name):
        fmt: ColumnFormat
        if any(word in name.lower() for word in _MONEY):
            fmt = "currency"
        elif all(isinstance(v, int) for v in values):
            fmt = "integer"
        else:
            fmt = "number"
        return ResultColumn(name=name, label=label, role="measure", format=fmt)
    fmt = "integer" if numeric else "text"
    return ResultColumn(name=name, label=label, role="dimension", format=fmt)


def infer_columns(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[ResultColumn, ...]:
    return tuple(infer_column(name, _values(rows, i)) for i, name in enumerate(names))


def describe_result(
    columns: Sequence[ResultColumn], rows: Sequence[Sequence[Any]], limit: int | None = None
) -> QueryPlan:
    """A plan that says what the result looks like, not how it was made. Without a
    measure column the narrator lists the rows. ``limit`` is the SQL's own LIMIT (a top N,
    ``ExecutionResult.limit``), so its rows are not taken for the whole set."""
    measures = tuple(c.name for c in columns if c.role == "measure") or (
        columns[0].name if columns else "rows",
    )
    times = [c for c in columns if c.role == "time"]
    dimensions = tuple(c.name for c in columns if c.role == "dimension")
    intent: Intent
    if len(rows) <= 1 and not dimensions and not times:
        intent = "kpi"
    elif times and not dimensions:
        intent = "trend"
    else:
        intent = "ranking"
    return QueryPlan(
        intent=intent,
        measures=measures,
        dimensions=dimensions,
        limit=min(limit, MAX_LIMIT) if limit is not None else None,
    )
