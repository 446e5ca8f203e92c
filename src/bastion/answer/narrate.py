"""The deterministic narrator: one to three sentences that state the real numbers of a
result ("Store 1 took $33,689.74 and store 2 $33,726.77 in 2022; store 2 was $37.03 (0.1%)
higher.").

Every number in the text is a cell of the rows, or a difference, percentage, total, average
or count computed from them; nothing is estimated and nothing is random, so the same input
always gives the same text. One narrator per intent, chosen in ``narration_kind``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from bastion.answer.formats import (
    DEFAULT_STYLE,
    NarrationStyle,
    format_percent,
    format_value,
)
from bastion.answer.shape import ResultShape, Row, is_additive
from bastion.answer.wording import (
    capitalise,
    context_phrase,
    covered_dates,
    join_words,
    lower_label,
    plural,
    subject_noun,
    was,
)
from bastion.planner.plan import QueryPlan, ResultColumn

__all__ = ["NarrationStyle", "narrate", "narration_kind"]

Kind = Literal["kpi", "trend", "ranking", "distribution", "comparison", "listing"]

_HUNDRED = Decimal(100)
_LISTED = 5  # compared items named one by one; the rest are counted


@dataclass(frozen=True)
class Narration:
    """The sentences of a short answer, and the one a detailed answer adds."""

    sentences: tuple[str, ...]
    detail: str | None = None


def narrate(
    plan: QueryPlan,
    columns: Sequence[ResultColumn],
    rows: Sequence[Row],
    *,
    style: NarrationStyle | None = None,
) -> str:
    """The answer text for a result: its numbers, the plan's filters and time range."""
    style = style or DEFAULT_STYLE
    shape = ResultShape.of(plan, columns, rows)
    if not shape.has_data:
        return f"No {subject_noun(plan)} matched{_context(plan)}."
    narration = NARRATORS[narration_kind(shape)](_Say(shape, style))
    sentences = list(narration.sentences)
    if style.detail == "detailed" and narration.detail:
        sentences.append(narration.detail)
    return " ".join(sentences)


def narration_kind(shape: ResultShape) -> Kind:
    """The plan's intent, corrected by the result's shape: one row without item names is a
    KPI whatever was asked, a trend needs a time column, a KPI over many rows is a
    breakdown."""
    if shape.primary is None:
        return "listing"
    if not shape.categories:
        return "kpi" if len(shape.rows) == 1 else "comparison"
    intent = shape.plan.intent
    if intent == "kpi":
        if len(shape.rows) == 1:
            return "kpi"
        return "trend" if shape.times else "ranking"
    if intent == "trend":
        return "trend" if shape.times else "ranking"
    return intent


class _Say:
    """Formatting helpers bound to one result and style, shared by the narrators."""

    def __init__(self, shape: ResultShape, style: NarrationStyle) -> None:
        self.shape = shape
        self.style = style
        self.context = _context(shape.plan)
        self.column = shape.columns[shape.primary] if shape.primary is not None else None

    @property
    def measure(self) -> ResultColumn:
        assert self.column is not None
        return self.column

    def amount(self, value: Decimal) -> str:
        """A value of the main measure, in its format."""
        return format_value(value, self.measure.format, self.style)

    def mean(self, value: Decimal) -> str:
        """An average of the main measure: counts average to fractions."""
        fmt = "number" if self.measure.format == "integer" else self.measure.format
        return format_value(value, fmt, self.style)

    def difference(self, high: Decimal, low: Decimal) -> str:
        """ "$37.03 (0.1%) higher"; for percent measures, percentage points."""
        gap = high - low
        if self.measure.format == "percent":
            points = format_percent(gap * _HUNDRED).removesuffix("%")
            return f"{points} percentage points higher"
        if low > 0:
            return f"{self.amount(gap)} ({format_percent(gap / low * _HUNDRED)}) higher"
        return f"{self.amount(gap)} higher"

    def additive(self) -> bool:
        return is_additive(self.measure)

    def ranked(self, descending: bool) -> list[tuple[int, Decimal]]:
        """(row position, value) of rows with a value, best first; ties keep row order."""
        pairs = [(position, v) for position, v in enumerate(self.shape.values) if v is not None]
        return sorted(pairs, key=lambda pair: pair[1], reverse=descending)

    def name(self, position: int) -> str:
        return self.shape.item(self.shape.rows[position], position)


def _context(plan: QueryPlan) -> str:
    phrase = context_phrase(plan)
    return f" {phrase}" if phrase else ""


def _share(part: Decimal, total: Decimal) -> str:
    return format_percent(part / total * _HUNDRED)


def _names(names: Sequence[str], total: int) -> str:
    """Up to three names, then how many more: "A, B, C and 2 others"."""
    shown = list(names[:3])
    if total > len(shown):
        shown.append(f"{total - len(shown)} others")
    return join_words(shown)


def narrate_kpi(say: _Say) -> Narration:
    """ "Revenue was $67,416.51 and payments were 16,049 in 2022." """
    shape = say.shape
    row = shape.rows[0]
    parts = []
    for n, index in enumerate(shape.measures):
        column = shape.columns[index]
        label = column.label if n == 0 else lower_label(column.label)
        cell = row[index]
        if cell is None:
            parts.append(f"{label} had no value")
        else:
            parts.append(
                f"{label} {was(column.label)} {format_value(cell, column.format, say.style)}"
            )
    filtered = {item.dimension for item in shape.plan.filters}
    # Cells the filters or the time range already state are not repeated.
    named = [
        i
        for i in shape.categories
        if shape.columns[i].name not in filtered
        and not (shape.columns[i].role == "time" and shape.plan.time_range is not None)
    ]
    subject = " / ".join(shape.cell_name(row, i) for i in named)
    where = f" for {subject}" if subject else ""
    sentence = f"{capitalise(join_words(parts))}{where}{say.context}."
    return Narration((sentence,), f"It covers {covered_dates(shape.plan.time_range)}.")


def narrate_ranking(say: _Say) -> Narration:
    """ "Sports led revenue with $5,314.21, followed by Sci-Fi ($4,756.98) and Animation
    ($4,656.30)." Ascending plans name the lowest instead."""
    descending = say.shape.direction == "desc"
    ranked = say.ranked(descending)
    measure = lower_label(say.measure.label)
    top = ranked[0][1]
    leaders = [position for position, value in ranked if value == top]
    if len(ranked) == 1:
        return Narration(
            (f"Only {say.name(leaders[0])} had {measure}{say.context}: {say.amount(top)}.",)
        )
    if len(leaders) > 1:
        names = _names([say.name(p) for p in leaders[:3]], len(leaders))
        place = "the lead in" if descending else "the lowest"
        sentence = f"{capitalise(names)} tied for {place} {measure}{say.context}"
        sentence += f" with {say.amount(top)} each"
    else:
        place = "led" if descending else "had the lowest"
        sentence = f"{capitalise(say.name(leaders[0]))} {place} {measure}{say.context}"
        sentence += f" with {say.amount(top)}"
    followers = ranked[len(leaders) : max(len(leaders), 3)]
    if followers:
        named = [f"{say.name(p)} ({say.amount(v)})" for p, v in followers]
        sentence += f", followed by {join_words(named)}"
    last_position, last_value = ranked[-1]
    values = [value for _, value in ranked]
    noun = say.shape.item_noun(len(ranked))
    shown = " shown" if say.shape.truncated else ""
    detail = (
        f"Across the {len(ranked)} {noun}{shown}, the average was "
        f"{say.mean(sum(values, Decimal(0)) / len(values))} and the "
        f"{'lowest' if descending else 'highest'} was {say.name(last_position)} "
        f"({say.amount(last_value)})."
    )
    return Narration((sentence + ".",), detail)


def narrate_distribution(say: _Say) -> Narration:
    """ "Sports had the largest share of revenue: $5,314.21, 7.9% of the $67,416.51 total." """
    ranked = say.ranked(descending=True)
    values = [value for _, value in ranked]
    total = sum(values, Decimal(0))
    top = values[0]
    leaders = [position for position, value in ranked if value == top]
    names = capitalise(_names([say.name(p) for p in leaders[:3]], len(leaders)))
    each = " each" if len(leaders) > 1 else ""
    measure = lower_label(say.measure.label)
    noun = say.shape.item_noun(len(ranked))
    shares = say.additive() and total > 0 and min(values) >= 0
    if not shares:
        sentence = f"{names} had the highest {measure}{say.context}: {say.amount(top)}{each}."
        detail = (
            f"Across the {len(ranked)} {noun}, the average was {say.mean(total / len(values))}."
        )
        return Narration((sentence,), detail)
    across = f" across these {len(ranked)} {noun}" if say.shape.truncated else ""
    sentence = (
        f"{names} had the largest share of {measure}{say.context}: {say.amount(top)}{each}, "
        f"{_share(top, total)}{each} of the {say.amount(total)} total{across}."
    )
    if len(ranked) > 3:
        top_three = _share(sum(values[:3], Decimal(0)), total)
        detail = f"The top 3 of {len(ranked)} {noun} made up {top_three} of it."
    else:
        detail = (
            f"Across the {len(ranked)} {noun}, the average was {say.mean(total / len(values))}."
        )
    return Narration((sentence,), detail)


def _time_key(value: object) -> tuple[int, int, str]:
    """Orders time buckets whatever psycopg returned: dates, datetimes, or text."""
    if type(value) is date:
        return (0, value.toordinal(), "")
    if isinstance(value, datetime):
        return (0, value.date().toordinal(), "")
    if isinstance(value, date):
        return (0, value.toordinal(), "")
    return (1, 0, str(value))


def _change(first: Decimal, last: Decimal) -> str:
    """ "rose 12.3%", "fell 40.2%"; just "rose" when it started from zero."""
    verb = "rose" if last > first else "fell"
    if not first:
        return verb
    return f"{verb} {format_percent(abs(last - first) / abs(first) * _HUNDRED)}"


class _Periods:
    """Time buckets of one column in a sentence: "in May 2022", "on 2022-05-14", "in the
    week of 2022-05-09", or as a subject ("The week of 2022-05-09 was ...")."""

    def __init__(self, shape: ResultShape, index: int) -> None:
        self.shape = shape
        self.index = index
        self.grain = shape.plan.time_grain
        self.noun = self.grain or "period"

    def name(self, row: Row) -> str:
        period = self.shape.cell_name(row, self.index)
        return f"the {period}" if period.startswith("week of") else period

    def at(self, row: Row) -> str:
        return f"{'on' if self.grain in ('day', None) else 'in'} {self.name(row)}"

    def key(self, row: Row) -> tuple[int, int, str]:
        return _time_key(row[self.index])


def narrate_trend(say: _Say) -> Narration:
    """First and last period, the change in percent, and the peak."""
    shape = say.shape
    if shape.dimensions:
        return _narrate_series(say)
    periods = _Periods(shape, shape.times[0])
    index, rows = periods.index, shape.rows
    keyed = sorted(
        (_time_key(row[index]), position, value)
        for position, (row, value) in enumerate(zip(rows, shape.values, strict=True))
        if value is not None and row[index] is not None
    )
    if not keyed:  # every period is NULL: name the rows as a breakdown does
        return narrate_ranking(say)
    timeline = [rows[position] for _, position, _ in keyed]
    values = [value for _, _, value in keyed]
    subject = f"{capitalise(say.measure.label)}{say.context}"
    verb = was(say.measure.label)
    first_row, first, last_row, last = timeline[0], values[0], timeline[-1], values[-1]
    if len(values) == 1:
        sentence = (
            f"{subject} {verb} {say.amount(first)} {periods.at(first_row)}, "
            f"the only {periods.noun} with data."
        )
        return Narration((sentence,))
    if first == last:
        sentence = (
            f"{subject} {verb} {say.amount(first)} {periods.at(first_row)} "
            f"and the same {periods.at(last_row)}."
        )
    else:
        sentence = (
            f"{subject} {_change(first, last)} from {say.amount(first)} "
            f"{periods.at(first_row)} to {say.amount(last)} {periods.at(last_row)}."
        )
    sentences = [sentence]
    if len(values) >= 3:
        peak = max(values)
        peak_at = values.index(peak)  # the first period that reached it
        if peak_at in (0, len(values) - 1):
            peak_name = periods.name(timeline[peak_at])
            sentences.append(f"{capitalise(peak_name)} was the peak {periods.noun}.")
        else:
            sentences.append(f"The peak was {say.amount(peak)} {periods.at(timeline[peak_at])}.")
    low = min(values)
    detail = (
        f"Over {len(values)} {plural(periods.noun)}, the average was "
        f"{say.mean(sum(values, Decimal(0)) / len(values))} and the low was "
        f"{say.amount(low)} {periods.at(timeline[values.index(low)])}."
    )
    return Narration(tuple(sentences), detail)


def _narrate_series(say: _Say) -> Narration:
    """A trend split by a dimension: who led in the last period, and how the leader moved."""
    shape = say.shape
    periods = _Periods(shape, shape.times[0])
    dimensions = shape.dimensions
    valued = [
        (row, value)
        for row in shape.rows
        if row[periods.index] is not None and (value := shape.value(row)) is not None
    ]
    if not valued:  # every period is NULL: name the rows as a breakdown does
        return narrate_ranking(say)
    latest = max(periods.key(row) for row, _ in valued)
    at_latest = sorted(
        ((row, v) for row, v in valued if periods.key(row) == latest),
        key=lambda point: point[1],
        reverse=True,
    )

    def series(row: Row) -> str:
        return " / ".join(shape.cell_name(row, i) for i in dimensions)

    def series_key(row: Row) -> tuple[str, ...]:
        return tuple(repr(row[i]) for i in dimensions)

    leader_row, leader_value = at_latest[0]
    measure = lower_label(say.measure.label)
    sentence = (
        f"{capitalise(periods.at(leader_row))}, {series(leader_row)} had the highest "
        f"{measure}{say.context} at {say.amount(leader_value)}"
    )
    if len(at_latest) > 1:
        runner_up, value = at_latest[1]
        sentence += f", ahead of {series(runner_up)} ({say.amount(value)})"
    sentences = [sentence + "."]
    leader = series_key(leader_row)
    first_row, first = min(
        ((row, v) for row, v in valued if series_key(row) == leader),
        key=lambda point: periods.key(point[0]),
    )
    if first != leader_value:
        sentences.append(
            f"{capitalise(series(leader_row))} {_change(first, leader_value)} from "
            f"{say.amount(first)} {periods.at(first_row)}."
        )
    count = len({series_key(row) for row, _ in valued})
    period_count = len({periods.key(row) for row, _ in valued})
    noun = shape.columns[dimensions[0]].label
    detail = (
        f"The result covers {count} {plural(noun) if count != 1 else lower_label(noun)} "
        f"over {period_count} {plural(periods.noun) if period_count != 1 else periods.noun}."
    )
    return Narration(tuple(sentences), detail)


def narrate_comparison(say: _Say) -> Narration:
    """ "Store 1 took $33,689.74 and store 2 $33,726.77; store 2 was $37.03 (0.1%) higher." """
    shape = say.shape
    items = [
        (say.name(position), value)
        for position, row in enumerate(shape.rows[: _LISTED + 1])
        if (value := shape.value(row)) is not None
    ]
    ranked = say.ranked(descending=True)
    count = len(ranked)
    label = say.measure.label
    if count == 1:
        position, value = ranked[0]
        sentence = (
            f"{capitalise(label)}{say.context} {was(label)} {say.amount(value)} "
            f"for {say.name(position)}."
        )
        return Narration((sentence,))
    takes = say.measure.format == "currency" and any(
        word in f"{say.measure.name} {label}".lower() for word in ("revenue", "sales")
    )
    if takes and count == 2 and len(items) == 2:
        (a, va), (b, vb) = items[:2]
        sentence = f"{capitalise(a)} took {say.amount(va)} and {b} {say.amount(vb)}{say.context}"
    else:
        listed = [f"{say.amount(v)} for {name}" for name, v in items[:_LISTED]]
        if count > len(listed):
            listed.append(f"{count - len(listed)} more")
        sentence = f"{capitalise(label)}{say.context} {was(label)} {join_words(listed)}"
    (high_at, high), (low_at, low) = ranked[0], ranked[-1]
    if high == low:
        sentence += "; the two were equal" if count == 2 else "; all were equal"
    elif count == 2:
        sentence += f"; {say.name(high_at)} was {say.difference(high, low)}"
    else:
        gap = say.difference(high, low).removesuffix(" higher")
        sentence += f"; {say.name(high_at)} was highest, {gap} above {say.name(low_at)}"
    values = [value for _, value in ranked]
    total = sum(values, Decimal(0))
    if say.additive():
        detail = f"Together they came to {say.amount(total)}."
    else:
        detail = f"Their average was {say.mean(total / count)}."
    return Narration((sentence + ".",), detail)


def narrate_listing(say: _Say) -> Narration:
    """A result without measures: say how many rows matched."""
    count = len(say.shape.rows)
    return Narration((f"{count} {'row' if count == 1 else 'rows'} matched{say.context}.",))


NARRATORS: dict[Kind, Callable[[_Say], Narration]] = {
    "kpi": narrate_kpi,
    "ranking": narrate_ranking,
    "distribution": narrate_distribution,
    "trend": narrate_trend,
    "comparison": narrate_comparison,
    "listing": narrate_listing,
}
