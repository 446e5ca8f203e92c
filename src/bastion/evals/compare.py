"""Execution accuracy: are an answer's rows the gold rows? Pure functions, no database.

The rules (docs/evaluation.md#comparing-rows):

- Rows are compared as multisets: order and duplicates as in a bag, never by position.
- Each gold column must map to a distinct answer column; extra answer columns are
  allowed, and column names and order are ignored. The mapping is searched: first the
  answer columns whose values, as a multiset, equal a gold column's values, then the
  assignment under which whole rows pair up.
- Numbers: ``Decimal``, ``float`` and ``int`` are equal when numerically equal. Both sides
  of a column pair are rounded (half away from zero) to the decimals of the less precise
  side, at most ``MAX_DECIMALS``: gold 0.4997 equals 0.49966, gold 12.5 equals 12.53, and
  gold 27 (an integer) equals 26.8. An answer column that says it holds a percentage
  (``looks_like_percent``) may also hold 100 times the gold ratio (0.4997 -> 49.97).
- Time: dates, timestamps (UTC, midnight = the date) and ISO strings compare as the
  moment they name; a month ("2022-05", "May 2022") equals the first day of that month,
  so ``date_trunc('month', ...)::date`` gold rows match month labels.
- Text is case-sensitive, with surrounding spaces trimmed. NULL equals NULL.
- Masked ids: an answer column a policy masks for the user ("***15") matches gold integer
  ids by the digits the user may see (their last ones): the answer as the user may see it.
- Lists: a cell holding a list (a film's special features) stands for one row per item,
  on both sides: ``["Trailers", "Commentaries"]`` in one row equals two rows, one with
  each (an empty list is one row with NULL).
- A truncated answer (cut at the row cap) is wrong: it has more rows than it shows.
- Ties: the gold rows include every tied row, so an answer with fewer rows is wrong
  (reason ``ties_cut`` for questions marked ``ties``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any, Literal

MAX_DECIMALS = 6  # numbers never need to agree beyond this many decimals
PERCENT_SCALE = 100
MAX_MAPPINGS = 10_000  # column assignments tried before giving up

MismatchReason = Literal["truncated", "columns", "row_count", "ties_cut", "values"]
Grain = Literal["month", "day", "instant"]
_COARSER: dict[Grain, int] = {"month": 0, "day": 1, "instant": 2}

_WIDE = Context(prec=100)
_PERCENT_NAME = re.compile(r"(?:^|[^a-z])(?:pct|percent|percentage)(?:$|[^a-z])|%")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MASKED = re.compile(r"^\*+(\d+)$")  # an id the user's policy masks: "***15"
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTHS = {
    name: number
    for number, full in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (full, full[:3])
}
_MONTHS["sept"] = 9

Key = Hashable


@dataclass(frozen=True)
class Table:
    """Rows with their column names. ``percent`` holds the indexes of columns that may
    hold percentages (answers only); ``truncated`` says the rows were cut at a cap."""

    columns: tuple[str, ...]
    rows: Sequence[Sequence[Any]]
    truncated: bool = False
    percent: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Comparison:
    """Whether the answer is the gold answer, and if not, why (one sentence)."""

    matches: bool
    reason: MismatchReason | None = None
    message: str = ""
    mapping: tuple[int, ...] = ()  # the answer column of each gold column
    scales: tuple[int, ...] = ()  # 1, or PERCENT_SCALE where the answer holds percentages

    def to_json(self) -> dict[str, Any]:
        return {
            "matches": self.matches,
            "reason": self.reason,
            "message": self.message,
            "mapping": list(self.mapping),
            "scales": list(self.scales),
        }


def looks_like_percent(name: str, label: str = "", fmt: str = "") -> bool:
    """An answer column that says it holds percentages (by its format, name or label)."""
    return fmt == "percent" or any(_PERCENT_NAME.search(text.lower()) for text in (name, label))


def compare(gold: Table, answer: Table, *, ties: bool = False) -> Comparison:
    """Compare an answer's rows with the gold rows by the rules of this module."""
    gold, answer = _unnested(gold), _unnested(answer)
    n_gold, n_answer = len(gold.rows), len(answer.rows)
    if answer.truncated:
        return Comparison(
            False,
            "truncated",
            f"The answer was cut at {n_answer} rows (the row cap); the gold answer has {n_gold}.",
        )
    if len(answer.columns) < len(gold.columns):
        return Comparison(
            False,
            "columns",
            f"The answer has {len(answer.columns)} column(s); the gold answer needs "
            f"{len(gold.columns)}.",
        )
    if n_answer != n_gold:
        if ties and n_answer < n_gold:
            return Comparison(
                False,
                "ties_cut",
                f"The answer has {n_answer} rows; the gold answer keeps every tied row ({n_gold}).",
            )
        return Comparison(
            False, "row_count", f"The answer has {n_answer} rows; the gold answer has {n_gold}."
        )
    if n_gold == 0:
        return Comparison(True, message="Both are empty.")
    return _match_columns(gold, answer)


def _unnested(table: Table) -> Table:
    """``table`` with every list cell spread over one row per item."""
    if not any(isinstance(cell, list | tuple) for row in table.rows for cell in row):
        return table
    rows: list[tuple[Any, ...]] = []
    for row in table.rows:
        spread: list[tuple[Any, ...]] = [()]
        for cell in row:
            items = (list(cell) or [None]) if isinstance(cell, list | tuple) else [cell]
            spread = [(*done, item) for done in spread for item in items]
        rows.extend(spread)
    return Table(table.columns, rows, table.truncated, table.percent)


# --- the column mapping ------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    column: int  # in the answer
    scale: int
    gold_keys: list[Key]
    answer_keys: list[Key]


def _match_columns(gold: Table, answer: Table) -> Comparison:
    candidates: list[list[_Candidate]] = []
    for j, name in enumerate(gold.columns):
        gold_values = [row[j] for row in gold.rows]
        found = [
            candidate
            for i in range(len(answer.columns))
            for scale in ((1, PERCENT_SCALE) if i in answer.percent else (1,))
            if (candidate := _candidate(gold_values, [row[i] for row in answer.rows], i, scale))
        ]
        if not found:
            return Comparison(
                False, "values", f"No answer column holds the values of gold column '{name}'."
            )
        candidates.append(found)
    chosen = _assign(candidates)
    if chosen is None:
        return Comparison(
            False,
            "values",
            "Each gold column has an answer column with the same values, but the rows do "
            "not pair up.",
        )
    return Comparison(
        True,
        message="The rows match.",
        mapping=tuple(c.column for c in chosen),
        scales=tuple(c.scale for c in chosen),
    )


def _candidate(
    gold_values: list[Any], answer_values: list[Any], column: int, scale: int
) -> _Candidate | None:
    gold_keys, answer_keys = column_keys(gold_values, answer_values, scale)
    if Counter(gold_keys) != Counter(answer_keys):
        return None
    return _Candidate(column, scale, gold_keys, answer_keys)


def _assign(candidates: list[list[_Candidate]]) -> list[_Candidate] | None:
    """The first assignment of distinct answer columns under which the rows pair up."""
    order = sorted(range(len(candidates)), key=lambda j: len(candidates[j]))
    for tried, choice in enumerate(_assignments([candidates[j] for j in order])):
        if tried >= MAX_MAPPINGS:
            return None
        chosen = [c for _, c in sorted(zip(order, choice, strict=True), key=lambda p: p[0])]
        gold_rows = Counter(zip(*(c.gold_keys for c in chosen), strict=True))
        answer_rows = Counter(zip(*(c.answer_keys for c in chosen), strict=True))
        if gold_rows == answer_rows:
            return chosen
    return None


def _assignments(
    candidates: list[list[_Candidate]], used: frozenset[int] = frozenset()
) -> Iterator[list[_Candidate]]:
    if not candidates:
        yield []
        return
    for candidate in candidates[0]:
        if candidate.column in used:
            continue
        for rest in _assignments(candidates[1:], used | {candidate.column}):
            yield [candidate, *rest]


# --- values ------------------------------------------------------------------------------


def column_keys(
    gold_values: Sequence[Any], answer_values: Sequence[Any], scale: int = 1
) -> tuple[list[Key], list[Key]]:
    """Comparable keys for a gold column and an answer column: equal keys mean equal
    values under the rules (gold numbers multiplied by ``scale``)."""
    masked = _masked_keys(gold_values, answer_values)
    if masked is not None:
        return masked
    flags = _flag_keys(gold_values, answer_values)
    if flags is not None:
        return flags
    gold_moments = [moment(v) for v in gold_values]
    answer_moments = [moment(v) for v in answer_values]
    if _temporal(gold_values, gold_moments, answer_values, answer_moments):
        grains = [m[1] for m in (*gold_moments, *answer_moments) if m is not None]
        grain = min(grains, key=_COARSER.__getitem__)
        return (
            [_time_key(v, m, grain) for v, m in zip(gold_values, gold_moments, strict=True)],
            [_time_key(v, m, grain) for v, m in zip(answer_values, answer_moments, strict=True)],
        )
    gold_numbers = [number(v) for v in gold_values]
    answer_numbers = [number(v) for v in answer_values]
    shift = round(math.log10(scale))  # decimals the scale moves: 100 -> 2
    places = min(
        max((max(decimals(n) - shift, 0) for n in gold_numbers if n is not None), default=0),
        max((decimals(n) for n in answer_numbers if n is not None), default=0),
    )
    return (
        [
            _number_key(n * scale, places) if n is not None else _plain_key(v)
            for v, n in zip(gold_values, gold_numbers, strict=True)
        ],
        [
            _number_key(n, places) if n is not None else _plain_key(v)
            for v, n in zip(answer_values, answer_numbers, strict=True)
        ],
    )


def _masked_keys(
    gold_values: Sequence[Any], answer_values: Sequence[Any]
) -> tuple[list[Key], list[Key]] | None:
    """Ids a policy masks for this user ("***15"): compared by the digits the user may see,
    the gold id's last ones; None unless every answer value is masked and every gold value
    is an integer."""
    shown = [_MASKED.match(v) if isinstance(v, str) else None for v in answer_values]
    if not shown or any(m is None for m in shown):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in gold_values):
        return None
    # the last digits shown, as many as the id has up to the mask's width ("***5" for 5)
    width = max(len(m.group(1)) for m in shown if m is not None)
    return (
        [("masked", str(v)[-width:]) for v in gold_values],
        [("masked", m.group(1)) for m in shown if m is not None],
    )


def _flag_keys(
    gold_values: Sequence[Any], answer_values: Sequence[Any]
) -> tuple[list[Key], list[Key]] | None:
    """A yes/no column stored as 1/0 on one side and true/false on the other ("active"):
    the same fact. None unless one side is all booleans and the other all 0 or 1."""

    def flags(values: Sequence[Any]) -> bool:
        return all(v is None or isinstance(v, bool) for v in values)

    def bits(values: Sequence[Any]) -> bool:
        return all(v is None or (type(v) is int and v in (0, 1)) for v in values)

    gold_flags, answer_flags = flags(gold_values), flags(answer_values)
    if gold_flags == answer_flags:  # both true/false (compared as they are) or neither
        return None
    if not (bits(answer_values) if gold_flags else bits(gold_values)):
        return None

    def key(value: Any) -> Key:
        return None if value is None else ("b", bool(value))

    return [key(v) for v in gold_values], [key(v) for v in answer_values]


def number(value: Any) -> Decimal | None:
    """A finite number as a Decimal (floats by their shortest repr); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    return None


def decimals(value: Decimal) -> int:
    """Decimal places a number is given to (``Decimal('4.20')`` has 2), at most
    ``MAX_DECIMALS``."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers only
    return min(max(-exponent, 0), MAX_DECIMALS)


def _number_key(value: Decimal, places: int) -> Key:
    return ("n", value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_WIDE))


def _plain_key(value: Any) -> Key:
    if value is None:
        return None
    if isinstance(value, str):
        return ("t", value.strip())
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, float | Decimal):  # NaN and infinities
        return ("n", str(value))
    return ("o", value if isinstance(value, Hashable) else repr(value))


def moment(value: Any) -> tuple[date | datetime, Grain] | None:
    """The moment a value names, with its grain: a date, a timestamp (to UTC; midnight is
    the date), or a string: ISO date or timestamp, "2022-05", "May 2022", "Sep 2022"."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return (value.date(), "day") if value.time() == time.min else (value, "instant")
    if isinstance(value, date):
        return value, "day"
    if not isinstance(value, str):
        return None
    text = value.strip()
    if match := _YEAR_MONTH.match(text):
        return _month(int(match[1]), int(match[2]))
    if match := _MONTH_YEAR.match(text):
        month = _MONTHS.get(match[1].lower())
        return _month(int(match[2]), month) if month else None
    if _ISO_DATE.match(text):
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return moment(parsed if len(text) > 10 else parsed.date())
    return None


def _month(year: int, month: int) -> tuple[date, Grain] | None:
    return (date(year, month, 1), "month") if 1 <= month <= 12 else None


def _temporal(
    gold_values: Sequence[Any],
    gold_moments: list[tuple[date | datetime, Grain] | None],
    answer_values: Sequence[Any],
    answer_moments: list[tuple[date | datetime, Grain] | None],
) -> bool:
    """Compare as time when either side holds dates or timestamps, or when every value
    on both sides that is not NULL names a moment (month labels against ISO strings)."""
    values = (*gold_values, *answer_values)
    moments = (*gold_moments, *answer_moments)
    if any(isinstance(v, date) for v in values):
        return True
    present = [m for v, m in zip(values, moments, strict=True) if v is not None]
    return bool(present) and all(m is not None for m in present)


def _time_key(value: Any, found: tuple[date | datetime, Grain] | None, grain: Grain) -> Key:
    if found is None:
        return _plain_key(value)
    when, own = found
    if grain == "month" and own == "day" and when.day == 1:
        own = "month"
    return ("time", own, when)
