"""The deterministic narrator: one to three sentences that state the real numbers of a
result ("Store 1 took $33,689.74 and store 2 $33,726.77 in 2022; store 2 was $37.03 (0.1%)
higher.").

Every number in the text is a cell of the rows, or a difference, percentage, total, average
or count computed from them; nothing is estimated and nothing is random, so the same input
always gives the same text. One narrator per intent, chosen in ``narration_kind``.

Rules a reader notices (docs/answers.md):
- shares of a total ("22.7% of the $67,416.51 total") and totals are stated only when the
  rows are the whole set: never when the row cap cut them, nor over a top N;
- when the row cap cut the rows, the answer says so (``cut_note``);
- one group reads as one statement ("Store 1 had 7,923 rentals."), a top 1 as the most
  ("GINA DEGENERES had the most films: 42."), rows tied at the top are all named ("A and B
  tie for the most films, 42 each."), rows without a measure as a list ("195 films: ...").
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
    format_count,
    format_percent,
    format_value,
)
from bastion.answer.shape import ResultShape, Row, is_additive
from bastion.answer.wording import (
    capitalise,
    context_phrase,
    covered_dates,
    filter_phrase,
    is_plural,
    item_name,
    join_words,
    lower_label,
    plural,
    subject_noun,
    time_phrase,
    was,
    wording_for,
)
from bastion.catalog.phrases import ordinal, singular
from bastion.planner.plan import Exists, Filter, QueryPlan, ResultColumn

__all__ = ["NarrationStyle", "cut_note", "narrate", "narration_kind"]

Kind = Literal["kpi", "single", "trend", "ranking", "distribution", "comparison", "listing"]

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
    truncated: bool = False,
) -> str:
    """The answer text for a result: its numbers, the plan's filters and time range.
    ``truncated``: the row cap cut the rows (more matched), which the answer says."""
    style = style or DEFAULT_STYLE
    shape = ResultShape.of(plan, columns, rows, truncated=truncated)
    if not shape.has_data:
        return f"No {subject_noun(plan)} matched{_context(plan)}."
    if plan.derived == "histogram" and len(columns) == 2:
        return _narrate_histogram(plan, columns, rows)
    narration = NARRATORS[narration_kind(shape)](_Say(shape, style))
    sentences = list(narration.sentences)
    if style.detail == "detailed" and narration.detail:
        sentences.append(narration.detail)
    if truncated:
        sentences.append(cut_note(len(rows)))
    return " ".join(sentences)


def _narrate_histogram(
    plan: QueryPlan, columns: Sequence[ResultColumn], rows: Sequence[Row]
) -> str:
    """ "Of the 958 films, the most (187, 19.5%) have 6 copies in stock; the counts run
    from 2 to 8.": how many things have each count, said by the commonest count."""
    counted = [(Decimal(str(r[0])), Decimal(str(r[1]))) for r in rows if r[0] is not None]
    if not counted:
        return f"No {subject_noun(plan)} matched{_context(plan)}."
    things = lower_label(columns[1].label).removeprefix("number of ")
    measure = lower_label(columns[0].label)
    total = sum((n for _, n in counted), Decimal(0))
    top = max(n for _, n in counted)
    modes = [format_count(v) for v, n in counted if n == top]
    values = [v for v, _ in counted]
    return (
        f"Of the {format_count(total)} {things}{_context(plan)}, the most "
        f"({format_count(top)}{' each' if len(modes) > 1 else ''}, {_share(top, total)}) have "
        f"{join_words(modes[:3])} {measure}; the counts run from {format_count(min(values))} "
        f"to {format_count(max(values))}."
    )


def cut_note(count: int) -> str:
    """The sentence an answer ends with when the row cap cut its rows."""
    return f"The list was cut at {format_count(Decimal(count))} rows; more rows matched."


def narration_kind(shape: ResultShape) -> Kind:
    """The plan's intent, corrected by the result's shape: rows without a measure are a
    list, one row without item names is a KPI whatever was asked, one named row is a single
    statement, a trend needs a time column, a KPI over many rows is a breakdown."""
    if shape.primary is None:
        return "listing"
    if not shape.categories:
        return "kpi" if len(shape.rows) == 1 else "comparison"
    if len(shape.rows) == 1 and not shape.times:
        return "kpi" if shape.plan.intent == "kpi" else "single"
    intent = shape.plan.intent
    if intent == "kpi":
        if len(shape.rows) == 1:
            return "kpi"
        return "trend" if shape.times else "ranking"
    if intent == "trend":
        return "trend" if shape.times else "ranking"
    if intent == "list":
        return "listing"
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

    def counts(self) -> bool:
        """Whether the main measure counts things ("Films", "Rentals"): it then reads as
        "had 42 films" and "the most films" rather than "the highest revenue"."""
        label = self.measure.label
        return self.measure.format == "integer" and is_plural(label) and self.additive()

    def most(self, descending: bool) -> str:
        """ "the most films", "the fewest films", "the highest revenue", "the lowest ..."."""
        measure = lower_label(self.measure.label)
        place = self.shape.plan.place  # "the second most rentals"
        the = f"the {ordinal(place)}" if place is not None else "the"
        if self.counts():
            return f"{the} {'most' if descending else 'fewest'} {measure}"
        return f"{the} {'highest' if descending else 'lowest'} {measure}"

    def quantity(self, value: Decimal) -> str:
        """A count with its noun ("7,923 rentals", "1 rental"); other measures as amounts."""
        if not self.counts():
            return self.amount(value)
        noun = lower_label(self.measure.label)
        return f"{self.amount(value)} {singular(noun) if value == 1 else noun}"

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


def _tie(say: _Say, leaders: Sequence[int], descending: bool, top: Decimal) -> str:
    """ "GINA DEGENERES and WALTER TORN tie for the most films, 42 each": every row with
    the top value is named (up to three, then how many more), not only the first."""
    names = capitalise(_names([say.name(p) for p in leaders[:3]], len(leaders)))
    return f"{names} tie for {say.most(descending)}{say.context}, {say.amount(top)} each"


def narrate_kpi(say: _Say) -> Narration:
    """ "Revenue was $67,416.51 and payments were 16,049 in 2022." """
    shape = say.shape
    row = shape.rows[0]
    if shape.plan.derived == "change" and shape.plan.comparison is not None:
        changed = _narrate_change(say, row)
        if changed is not None:
            return changed
    if len(shape.measures) == 1 and say.counts() and not shape.subject(row):
        value = shape.values[0]
        if value is not None:
            return Narration(
                (_there_are(say, value),),
                f"It covers {covered_dates(shape.plan.time_range)}.",
            )
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
    subject = shape.subject(row)
    where = f" for {subject}" if subject else ""
    sentence = f"{capitalise(join_words(parts))}{where}{say.context}."
    return Narration((sentence,), f"It covers {covered_dates(shape.plan.time_range)}.")


def _narrate_change(say: _Say, row: Row) -> Narration | None:
    """ "Revenue fell 14.4% from $11,347.28 in May 2022 to $9,712.65 in July 2022." """
    plan = say.shape.plan
    assert plan.comparison is not None
    first, last = row[0], row[1]
    if first is None or last is None or len(plan.comparison.periods) != 2:
        return None
    column = say.shape.columns[0]
    before, after = (_period_phrase(p.label) for p in plan.comparison.periods)
    label = column.label.rsplit(", ", 1)[0]
    low, high = Decimal(str(first)), Decimal(str(last))
    shown = [format_value(v, column.format, say.style) for v in (low, high)]
    if low == high:
        sentence = f"{label} {was(label)} {shown[0]} both {before} and {after}"
    else:
        sentence = f"{label} {_change(low, high)} from {shown[0]} {before} to {shown[1]} {after}"
    where = _context(plan.model_copy(update={"time_range": None}))
    return Narration((f"{capitalise(sentence)}{where}.",), None)


# the first words of a period's name that say it without "in" ("last week (...)")
_SAID_ALONE = frozenset({"last", "this", "yesterday", "today", "on", "in"})


def _period_phrase(label: str) -> str:
    """ "July 2022" -> "in July 2022"; "The week of ..." -> "in the week of ..."; "Last week
    (...)" -> "last week (...)"."""
    first = label.split(" ", 1)[0].lower()
    if first in _SAID_ALONE or first == "the":
        label = first + label[len(first) :]
    return label if first in _SAID_ALONE else f"in {label}"


def _there_are(say: _Say, value: Decimal) -> str:
    """A count of things as one sentence: "There are 223 films rated PG-13.", "There were
    3,352 rentals in store 1 last month (July 2022)."."""
    plan = say.shape.plan
    things = _counted_things(say.amount(value), lower_label(say.measure.label), value == 1, plan)
    verb = ("was" if value == 1 else "were") if plan.time_range else ("is" if value == 1 else "are")
    return f"There {verb} {things}."


def _counted_things(amount: str, noun: str, one: bool, plan: QueryPlan) -> str:
    """ "223 films rated PG-13", "64 Action films", "3 actors with first name NICK",
    "3,352 rentals in store 1 last month (July 2022)": a filter that names the counted
    things becomes the noun, the others and the period follow."""
    counted = f"{amount} {singular(noun) if one else noun}"
    rest = list(plan.filters)
    for item in plan.filters:
        phrase = filter_phrase(item)
        if phrase.startswith("for ") and phrase.split(" ").count(noun) == 1:  # not "excluding"
            counted = f"{amount} {phrase.removeprefix('for ')}"
            if one:
                counted = counted.replace(noun, singular(noun), 1)
            rest.remove(item)
            break
    phrases = [_with(item) for item in rest] + [_lacking(c) for c in plan.exists]
    for i in range(len(phrases) - 1, 0, -1):  # "with replacement cost 29.99 and rental rate"
        if phrases[i].startswith("with ") and phrases[i - 1].startswith("with "):
            phrases[i - 1 : i + 1] = [f"{phrases[i - 1]} and {phrases[i].removeprefix('with ')}"]
    if plan.time_range:
        phrases.append(time_phrase(plan.time_range))
    context = " ".join(phrases).strip()
    return f"{counted} {context}" if context else counted


def _lacking(condition: Exists) -> str:
    """What the counted things have or lack: "with no rentals in June 2022"."""
    words = ["with", "no" if condition.negate else "some", condition.measure.replace("_", " ")]
    words += [filter_phrase(item) for item in condition.filters]
    if condition.time_range is not None:
        words.append(time_phrase(condition.time_range))
    return " ".join(words)


def _with(item: Filter) -> str:
    """A filter after counted things: "actors with first name NICK", "films in English"."""
    phrase = filter_phrase(item)
    numbered = all(isinstance(value, int) for value in item.values)  # "for customer 148"
    if wording_for(item.dimension) is None and phrase.startswith("for ") and not numbered:
        return f"with {phrase.removeprefix('for ')}"
    return phrase


def narrate_single(say: _Say) -> Narration:
    """One named row: "Store 1 had 7,923 rentals.", a top 1 "GINA DEGENERES had the most
    films: 42.", else as a KPI for that item ("Revenue was $33,689.74 for store 1.")."""
    shape = say.shape
    value = shape.values[0]
    filtered = {item.dimension for item in shape.plan.filters}
    stated = all(shape.columns[i].name in filtered for i in shape.groups)
    if value is None or stated or len(shape.measures) > 1:
        return narrate_kpi(say)
    name = capitalise(say.name(0))
    plan, column = shape.plan, say.measure.name
    if plan.limit == 1 and plan.order and plan.order[0].key == column:  # a top 1 (or bottom 1)
        descending = shape.direction == "desc"
        return Narration((f"{name} had {say.most(descending)}{say.context}: {say.amount(value)}.",))
    if say.counts():
        return Narration((f"{name} had {say.quantity(value)}{say.context}.",))
    return narrate_kpi(say)


def narrate_ranking(say: _Say) -> Narration:
    """ "Sports led revenue with $5,314.21, followed by Sci-Fi ($4,756.98) and Animation
    ($4,656.30)." Ascending plans name the lowest instead."""
    descending = say.shape.direction == "desc"
    ranked = say.ranked(descending)
    measure = lower_label(say.measure.label)
    top = ranked[0][1]
    leaders = [position for position, value in ranked if value == top]
    if len(ranked) == 1 and say.shape.plan.limit is not None:  # the top one, of several
        name = capitalise(say.name(leaders[0]))
        return Narration((f"{name} had {say.most(descending)}{say.context}: {say.amount(top)}.",))
    if len(ranked) == 1:
        return Narration(
            (f"Only {say.name(leaders[0])} had {measure}{say.context}: {say.amount(top)}.",)
        )
    if len(leaders) > 1:
        sentence = _tie(say, leaders, descending, top)
    elif say.counts():
        sentence = f"{capitalise(say.name(leaders[0]))} had {say.most(descending)}{say.context}"
        sentence += f" with {say.amount(top)}"
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
    shown = " shown" if say.shape.partial else ""
    detail = (
        f"Across the {len(ranked)} {noun}{shown}, the average was "
        f"{say.mean(sum(values, Decimal(0)) / len(values))} and the "
        f"{'lowest' if descending else 'highest'} was {say.name(last_position)} "
        f"({say.amount(last_value)})."
    )
    return Narration((sentence + ".",), detail)


def narrate_distribution(say: _Say) -> Narration:
    """ "Sports had the largest share of revenue: $5,314.21, 7.9% of the $67,416.51 total."
    Shares only of the whole set: when the rows may be cut (row cap, top N), a threshold
    left groups out, the groups overlap (a film in several categories) or the measure does
    not add up, the largest is named without a share."""
    ranked = say.ranked(descending=True)
    values = [value for _, value in ranked]
    total = sum(values, Decimal(0))
    top = values[0]
    leaders = [position for position, value in ranked if value == top]
    names = capitalise(_names([say.name(p) for p in leaders[:3]], len(leaders)))
    each = " each" if len(leaders) > 1 else ""
    measure = lower_label(say.measure.label)
    noun = say.shape.item_noun(len(ranked))
    partial = say.shape.partial
    shares = say.additive() and total > 0 and min(values) >= 0 and say.shape.parts_of_whole
    if not shares:
        if len(leaders) > 1:
            sentence = _tie(say, leaders, True, top) + "."
        else:
            sentence = f"{names} had {say.most(True)}{say.context}: {say.amount(top)}."
        shown = " shown" if partial else ""
        detail = (
            f"Across the {len(ranked)} {noun}{shown}, the average was "
            f"{say.mean(total / len(values))}."
        )
        return Narration((sentence,), detail)
    sentence = (
        f"{names} had the largest share of {measure}{say.context}: {say.amount(top)}{each}, "
        f"{_share(top, total)}{each} of the {say.amount(total)} total."
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


def _growth(shape: ResultShape, row: Row) -> Decimal | None:
    """The change from the period before, in a growth answer's row (None otherwise)."""
    if shape.plan.derived != "growth":
        return None
    for index, column in enumerate(shape.columns):
        if column.name == "growth" and row[index] is not None:
            return Decimal(str(row[index]))
    return None


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
        series = {tuple(repr(row[i]) for i in shape.dimensions) for row in shape.rows}
        if len(series) > 1:
            return _narrate_series(say)
        row = shape.rows[0]
        return _narrate_timeline(
            say, " for " + " / ".join(shape.cell_name(row, i) for i in shape.groups)
        )
    return _narrate_timeline(say)


def _narrate_timeline(say: _Say, who: str = "") -> Narration:
    """One series over time; ``who`` names it (" for store 1") when the rows have one."""
    shape = say.shape
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
    subject = f"{capitalise(say.measure.label)}{who}{say.context}"
    verb = was(say.measure.label)
    first_row, first, last_row, last = timeline[0], values[0], timeline[-1], values[-1]
    growth = _growth(shape, first_row) if len(values) == 1 else None
    if growth is not None:  # "revenue growth from June to July": the one change asked
        change = (
            "the same as"
            if not growth
            else f"{'up' if growth > 0 else 'down'} "
            + (format_percent(abs(growth) * _HUNDRED) + " on")
        )
        where = " ".join(filter_phrase(item) for item in shape.plan.filters)
        sentence = (
            f"{capitalise(say.measure.label)}{who}{' ' + where if where else ''} {verb} "
            f"{say.amount(first)} {periods.at(first_row)}, {change} the {periods.noun} before."
        )
        return Narration((sentence,))
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
        return " / ".join(shape.cell_name(row, i) for i in shape.groups)

    def series_key(row: Row) -> tuple[str, ...]:
        return tuple(repr(row[i]) for i in dimensions)

    leader_row, leader_value = at_latest[0]
    # The period is named, so the time range is not said again: only the filters.
    where = "".join(f" {filter_phrase(item)}" for item in shape.plan.filters)
    tied = [row for row, value in at_latest if value == leader_value]
    if len(tied) > 1:
        names = _names([series(row) for row in tied[:3]], len(tied))
        sentence = (
            f"{capitalise(periods.at(leader_row))}, {names} tie for {say.most(True)}{where}, "
            f"{say.amount(leader_value)} each"
        )
        rest = at_latest[len(tied) :]
    else:
        sentence = (
            f"{capitalise(periods.at(leader_row))}, {series(leader_row)} had "
            f"{say.most(True)}{where} at {say.amount(leader_value)}"
        )
        rest = at_latest[1:]
    if rest:
        runner_up, value = rest[0]
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
    noun = shape.item_noun(1) if shape.entity is not None else shape.columns[shape.groups[0]].label
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
    if shape.partial:
        detail = None  # a total of some of the items would read as the whole
    elif say.additive():
        detail = f"Together they came to {say.amount(total)}."
    else:
        detail = f"Their average was {say.mean(total / count)}."
    return Narration((sentence + ".",), detail)


def narrate_listing(say: _Say) -> Narration:
    """Rows without a measure are a list: how many, and the first few by name ("195 films:
    ACADEMY DINOSAUR, ACE GOLDFINGER, ... and 190 more."). A row is named by its entity's
    name, else by its first naming column (the table shows the rest)."""
    shape = say.shape
    rows = shape.rows
    count = len(rows)
    if not shape.categories:
        return Narration((f"{count} {'row' if count == 1 else 'rows'} matched{say.context}.",))
    facts = _facts(shape, say.style)
    if facts is not None:
        return Narration((facts,))
    owned = _one_owner(shape)
    if owned is not None:
        return Narration((owned,))
    identified = _identified(shape)
    if identified is not None:
        return Narration((identified,))
    first = (shape.groups + shape.times)[0]
    names = [shape.cell_name(row, first) for row in rows[:_LISTED]]
    if count > len(names):
        names.append(f"{format_count(Decimal(count - len(names)))} more")
    if shape.entity is not None or len(shape.categories) == 1:
        noun = shape.item_noun(count)
    else:  # several columns: the rows are what the first one names
        label = shape.columns[first].label
        noun = plural(label) if count != 1 else lower_label(label)
    amount = format_count(Decimal(count))
    if shape.truncated:
        lead = f"The first {amount} {noun}{say.context}"
    elif shape.entity is not None or len(shape.categories) == 1:
        lead = _counted_things(amount, shape.item_noun(2), count == 1, shape.plan)
    else:
        lead = f"{amount} {noun}{say.context}"
    return Narration((f"{lead}: {join_words(names)}.",))


def _identified(shape: ResultShape) -> str | None:
    """ "ZORRO ARK: film id 1000.": the one thing a list names by itself, with its id
    (what such a question asks: "film id for ZORRO ARK")."""
    plan, rows = shape.plan, shape.rows
    if len(rows) != 1 or plan.intent != "list" or len(plan.dimensions) != 1:
        return None
    entity = plan.dimensions[0]
    if not any(f.dimension == entity and f.op == "=" and not f.negate for f in plan.filters):
        return None
    names = [c.name for c in shape.columns]
    if entity not in names or f"{entity}_id" not in names:
        return None
    key = names.index(f"{entity}_id")
    label = lower_label(shape.columns[key].label)
    return f"{rows[0][names.index(entity)]}: {label} {rows[0][key]}."


def _facts(shape: ResultShape, style: NarrationStyle) -> str | None:
    """One listed thing with what was asked of it: "ACADEMY DINOSAUR: rental rate $0.99.",
    "Rental 1234: return date 2022-06-22."; None when the list is not one such row."""
    plan, columns = shape.plan, shape.columns
    if len(shape.rows) != 1 or plan.intent != "list" or len(plan.dimensions) < 2:
        return None
    position = {column.name: i for i, column in enumerate(columns)}
    if plan.dimensions[0] not in position:
        return None
    row = shape.rows[0]

    def fact(column: ResultColumn, value: object) -> str:
        if isinstance(value, bool):  # "active" / "not active", never "active False"
            return item_name(value, column.name, column.label)
        return f"{lower_label(column.label)} {format_value(value, column.format, style)}"

    facts = [
        fact(columns[position[name]], row[position[name]])
        for name in plan.dimensions[1:]
        if name in position and row[position[name]] is not None
    ]
    if not facts:
        return None
    name = capitalise(shape.cell_name(row, position[plan.dimensions[0]]))
    return f"{name}: {join_words(facts)}."


def _one_owner(shape: ResultShape) -> str | None:
    """Rows of one listed thing that differ in what was asked of it: "ALADDIN CALENDAR has
    3 categories: Children, Games and Travel."; None for any other list."""
    plan, rows = shape.plan, shape.rows
    if len(rows) < 2 or plan.intent != "list" or len(plan.dimensions) < 2:
        return None
    position = {column.name: i for i, column in enumerate(shape.columns)}
    owner = position.get(plan.dimensions[0])
    if owner is None or len({row[owner] for row in rows}) > 1:
        return None
    varying = [
        position[name]
        for name in plan.dimensions[1:]
        if name in position and len({row[position[name]] for row in rows}) > 1
    ]
    if not varying:
        return None
    values = [shape.cell_name(row, varying[0]) for row in rows[:_LISTED]]
    if len(rows) > len(values):
        values.append(f"{format_count(Decimal(len(rows) - len(values)))} more")
    name = capitalise(shape.cell_name(rows[0], owner))
    label = shape.columns[varying[0]].label
    label = lower_label(label) if is_plural(label) else plural(label)
    return f"{name} has {format_count(Decimal(len(rows)))} {label}: {join_words(values)}."


NARRATORS: dict[Kind, Callable[[_Say], Narration]] = {
    "kpi": narrate_kpi,
    "single": narrate_single,
    "ranking": narrate_ranking,
    "distribution": narrate_distribution,
    "trend": narrate_trend,
    "comparison": narrate_comparison,
    "listing": narrate_listing,
}
