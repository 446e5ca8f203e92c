"""The shape of one result, read once for the narrator and the widgets: which columns are
measures, dimensions and time buckets, which measure is the main one, whether any data
came back, and how each row's item is named ("store 2", "Sports", "May 2022", and, where
a label column names a dimension's values, "M*** S*** (#148)").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from bastion.answer.formats import format_period, to_decimal
from bastion.answer.wording import item_name, lower_label, period_label, plural
from bastion.planner.plan import Direction, QueryPlan, ResultColumn

Row = Sequence[object]

LONGEST_NAME = 80  # characters of an item's name a sentence repeats; longer ones end in "…"

_NON_ADDITIVE = ("avg", "average", "mean", "median", "rate", "ratio", "per ", "share", "pct")


def shorten(name: str) -> str:
    """A name short enough for a sentence; the table and charts keep the whole value."""
    return name if len(name) <= LONGEST_NAME else name[: LONGEST_NAME - 1] + "…"


def is_additive(column: ResultColumn) -> bool:
    """Whether a measure's values add up to a meaningful total (revenue, counts), so shares
    and totals may be stated; averages, rates and percentages do not."""
    words = f"{column.name} {column.label}".lower().replace("_", " ") + " "
    return column.format in ("currency", "integer", "number") and not any(
        word in words for word in _NON_ADDITIVE
    )


@dataclass(frozen=True)
class ResultShape:
    plan: QueryPlan
    columns: tuple[ResultColumn, ...]
    rows: Sequence[Row]
    measures: tuple[int, ...]
    dimensions: tuple[int, ...]
    times: tuple[int, ...]
    primary: int | None  # the measure the answer is about; None when no column is a measure
    labels: Mapping[int, int]  # a dimension's column -> the label column naming its values

    @classmethod
    def of(
        cls, plan: QueryPlan, columns: Sequence[ResultColumn], rows: Sequence[Row]
    ) -> ResultShape:
        columns = tuple(columns)
        measures = tuple(i for i, c in enumerate(columns) if c.role == "measure")
        positions = {c.name: i for i, c in enumerate(columns)}
        labels = {
            positions[c.names]: i
            for i, c in enumerate(columns)
            if c.role == "label" and c.names in positions
        }
        return cls(
            plan=plan,
            columns=columns,
            rows=rows,
            measures=measures,
            # A label whose column was left out (hidden by a policy) is a dimension itself.
            dimensions=tuple(
                i
                for i, c in enumerate(columns)
                if c.role == "dimension" or (c.role == "label" and i not in labels.values())
            ),
            times=tuple(i for i, c in enumerate(columns) if c.role == "time"),
            primary=_primary(plan, columns, measures),
            labels=labels,
        )

    @property
    def has_data(self) -> bool:
        """False for no rows, and for aggregates that are all NULL (SUM over nothing). Over
        several rows the main measure must have a value, since the answer is about it."""
        if not self.measures:
            return bool(self.rows)
        if len(self.rows) == 1:
            return any(self.rows[0][i] is not None for i in self.measures)
        return any(value is not None for value in self.values)

    @property
    def categories(self) -> tuple[int, ...]:
        """The columns that name a row's item: dimensions, then time buckets."""
        return self.dimensions + self.times

    @property
    def direction(self) -> Direction:
        """How the plan ranks the main measure: "desc" (top) unless it asks for the lowest."""
        plan = self.plan
        primary = self.primary
        if plan.order and primary is not None and plan.order[0].key == self.columns[primary].name:
            return plan.order[0].direction
        return "desc"

    @property
    def truncated(self) -> bool:
        """Whether the row limit may have cut the result, so totals cover only what is shown."""
        return self.plan.limit is not None and len(self.rows) >= self.plan.limit

    def value(self, row: Row, index: int | None = None) -> Decimal | None:
        """A measure cell as a Decimal (the main measure unless ``index`` is given)."""
        column = self.primary if index is None else index
        return None if column is None else to_decimal(row[column])

    @cached_property
    def values(self) -> list[Decimal | None]:
        """The main measure of every row, as Decimals (read once, used by several steps)."""
        primary = self.primary
        if primary is None:
            return [None] * len(self.rows)
        return [to_decimal(row[primary]) for row in self.rows]

    def cell_name(self, row: Row, index: int) -> str:
        column = self.columns[index]
        cell = row[index]
        if cell is None:
            return f"unknown {lower_label(column.label)}"
        if column.role == "time":
            return format_period(cell, self.plan.time_grain)
        label = self.labels.get(index)
        if label is not None and row[label] is not None:
            return shorten(f"{row[label]} (#{cell})")
        # The SQL name of a dimension column is the catalog dimension's name ("store_id").
        return shorten(item_name(cell, column.name, column.label))

    def item(self, row: Row, position: int) -> str:
        """The name of a row's item, from its category cells, else the compared period."""
        if self.categories:
            return " / ".join(self.cell_name(row, i) for i in self.categories)
        comparison = self.plan.comparison
        if comparison is not None and position < len(comparison.periods):
            return period_label(comparison.periods[position])
        return f"result {position + 1}"

    def item_noun(self, count: int) -> str:
        """What the items are, for "across 16 categories" / "over 12 months"."""
        noun: str
        if len(self.categories) > 1:
            noun = "result"
        elif self.times and self.plan.time_grain:
            noun = self.plan.time_grain
        elif self.categories:
            noun = self.columns[self.categories[0]].label
        elif self.plan.comparison is not None and self.plan.comparison.periods:
            noun = "period"
        else:
            noun = "result"
        return lower_label(noun) if count == 1 else plural(noun)


def _primary(
    plan: QueryPlan, columns: tuple[ResultColumn, ...], measures: tuple[int, ...]
) -> int | None:
    if not measures:
        return None
    by_name = {columns[i].name: i for i in measures}
    for key in ([plan.order[0].key] if plan.order else []) + list(plan.measures):
        if key in by_name:
            return by_name[key]
    return measures[0]
