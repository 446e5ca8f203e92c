"""The shape of one result, read once for the narrator and the widgets: which columns are
measures, dimensions and time buckets, which measure is the main one, whether any data
came back, whether the rows are the whole set, and how each row's item is named.

How a row is named ("store 2", "Sports", "May 2022"):
- label columns that name a dimension's values read as the name with the value beside it:
  "M*** S*** (#148)" (several label columns are joined: "PENELOPE GUINESS (#1)");
- an id column (``id``, ``actor_id``: a dimension with no wording of its own) beside text
  columns is left out of the name, which the text columns make: "PENELOPE GUINESS". Such a
  row is one item (an actor), however many columns name it. Where two rows would read the
  same, the id follows: "SUSAN DAVIS (#101)", "SUSAN DAVIS (#110)".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from bastion.answer.formats import format_period, to_decimal
from bastion.answer.wording import (
    capitalise,
    dimension_key,
    item_name,
    lower_label,
    period_label,
    plural,
    wording_for,
)
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


def _is_id(column: ResultColumn) -> bool:
    """A column of bare identifiers: named ``id`` or ``..._id``, with no wording that makes
    its values read as names ("store 1" is one; "actor 7" is not)."""
    key = column.name.strip().lower()
    return (
        column.role == "dimension"
        and (key == "id" or key.endswith("_id"))
        and wording_for(column.name) is None
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
    # A dimension's column -> the label columns naming its values.
    labels: Mapping[int, tuple[int, ...]]
    # The id column whose entity the text columns ``names`` name (an actor by its first and
    # last name); None when rows are not named that way.
    entity: int | None = None
    names: tuple[int, ...] = ()
    truncated: bool = False  # the row cap cut the result: more rows matched

    @classmethod
    def of(
        cls,
        plan: QueryPlan,
        columns: Sequence[ResultColumn],
        rows: Sequence[Row],
        *,
        truncated: bool = False,
    ) -> ResultShape:
        columns = tuple(columns)
        measures = tuple(i for i, c in enumerate(columns) if c.role == "measure")
        positions = {c.name: i for i, c in enumerate(columns)}
        labels: dict[int, tuple[int, ...]] = {}
        for i, c in enumerate(columns):
            if c.role == "label" and c.names in positions:
                labels[positions[c.names]] = (*labels.get(positions[c.names], ()), i)
        named = {i for group in labels.values() for i in group}
        for position, group in list(labels.items()):
            # labels that only spell out the value (an actor's first and last name beside
            # "PENELOPE GUINESS") name nothing: the value is its own name
            spelled = all(
                " ".join(str(row[i]) for i in group) == str(row[position]) for row in rows
            )
            # nor does a number that sorts named values ("Monday" is day 1)
            sorting = all(
                isinstance(row[position], str) and all(isinstance(row[i], int) for i in group)
                for row in rows
            )
            if rows and (spelled or sorting):
                del labels[position]
        # A label whose column was left out (hidden by a policy) is a dimension itself.
        dimensions = tuple(
            i
            for i, c in enumerate(columns)
            if c.role == "dimension" or (c.role == "label" and i not in named)
        )
        names_of = {columns[i].name for i in dimensions}
        ids = [
            i
            for i in dimensions
            if i not in labels
            and (
                _is_id(columns[i])
                or columns[i].name.removesuffix("_id") in names_of - {columns[i].name}
            )
        ]
        # a film's special features are what is listed of it, never part of its name
        lists = {i for i in dimensions if any(isinstance(row[i], list | tuple) for row in rows)}
        texts = tuple(i for i in dimensions if i not in ids and i not in labels and i not in lists)
        one_entity = len(ids) == 1 and bool(texts) and len(texts) == len(dimensions) - 1
        return cls(
            plan=plan,
            columns=columns,
            rows=rows,
            measures=measures,
            dimensions=dimensions,
            times=tuple(i for i, c in enumerate(columns) if c.role == "time"),
            primary=_primary(plan, columns, measures),
            labels=labels,
            entity=ids[0] if one_entity else None,
            names=texts if one_entity else (),
            truncated=truncated,
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
    def groups(self) -> tuple[int, ...]:
        """The dimensions as a reader counts them: an entity named by several columns is
        one (its id column, whose values the charts show as the entity's names)."""
        return self.dimensions if self.entity is None else (self.entity,)

    @property
    def parts_of_whole(self) -> bool:
        """Whether the groups' values add up to the whole, so that shares of their sum are
        shares of the whole: no row cap or top N cut them, no threshold left groups out
        ("customers with at least 15 rentals"), and no row counts in several groups (a
        film in several categories)."""
        return (
            not self.partial
            and not self.plan.having
            and not any(self.columns[i].overlaps for i in self.dimensions)
        )

    @property
    def partial(self) -> bool:
        """Whether the rows may not be the whole set: the row cap cut them, or the plan's own
        limit (a top 5) may have. Shares and totals of such rows are not stated."""
        limit = self.plan.limit
        return self.truncated or (limit is not None and len(self.rows) >= limit)

    @property
    def direction(self) -> Direction:
        """How the plan ranks the main measure: "desc" (top) unless it asks for the lowest."""
        plan = self.plan
        primary = self.primary
        if plan.order and primary is not None and plan.order[0].key == self.columns[primary].name:
            return plan.order[0].direction
        return "desc"

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
        if index == self.entity:
            return self.entity_name(row)
        names = [str(row[i]) for i in self.labels.get(index, ()) if row[i] is not None]
        if names:
            return shorten(f"{' '.join(names)} (#{cell})")
        # The SQL name of a dimension column is the catalog dimension's name ("store_id").
        return shorten(item_name(cell, column.name, column.label))

    def _text_name(self, row: Row) -> str:
        cells = [str(row[i]) for i in self.names if row[i] is not None]
        return " ".join(cells)

    @cached_property
    def _repeated(self) -> frozenset[str]:
        """Entity names that more than one row has (two actors called SUSAN DAVIS)."""
        seen: set[str] = set()
        repeated: set[str] = set()
        for row in self.rows:
            name = self._text_name(row)
            (repeated if name in seen else seen).add(name)
        return frozenset(repeated)

    def entity_name(self, row: Row) -> str:
        """An entity's row by its text columns, its id beside them only where two rows
        would read the same (or it has no text)."""
        assert self.entity is not None
        name, key = self._text_name(row), row[self.entity]
        if not name:
            return f"#{key}"
        return shorten(f"{name} (#{key})" if name in self._repeated else name)

    def item(self, row: Row, position: int) -> str:
        """The name of a row's item, from its category cells, else the compared period."""
        if self.categories:
            return " / ".join(self.cell_name(row, i) for i in self.groups + self.times)
        comparison = self.plan.comparison
        if comparison is not None and position < len(comparison.periods):
            return period_label(comparison.periods[position])
        return f"result {position + 1}"

    def subject(self, row: Row) -> str:
        """What one row is about, for "Revenue was $33,689.74 for store 1": its names, but
        not those the filters or the time range already state ("" when they state all)."""
        filtered = {item.dimension for item in self.plan.filters}
        named = [
            i
            for i in self.groups + self.times
            if self.columns[i].name not in filtered
            and not (self.columns[i].role == "time" and self.plan.time_range is not None)
        ]
        return " / ".join(self.cell_name(row, i) for i in named)

    def group_label(self, index: int) -> str:
        """A group column's heading: an entity's noun ("Actor"), else the column's label."""
        if index == self.entity:
            return capitalise(self.item_noun(1))
        return self.columns[index].label

    def item_noun(self, count: int) -> str:
        """What the items are, for "across 16 categories" / "over 12 months"."""
        noun: str
        if self.entity is not None and not self.times:
            noun = dimension_key(self.columns[self.entity].name).replace("_", " ")
        elif len(self.categories) > 1:
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
    if plan.derived in ("per", "range"):  # "average rentals per customer": not the totals
        return measures[-1]
    by_name = {columns[i].name: i for i in measures}
    for key in ([plan.order[0].key] if plan.order else []) + list(plan.measures):
        if key in by_name:
            return by_name[key]
    return measures[0]
