"""How result values read: money, counts, percentages and time periods as people write
them ("$33,689.74", "7,928", "4.2%", "May 2022"), and the same values made JSON-safe for
widgets. Pure functions with no locale, so the same input always gives the same text.

Conventions the compiler and these functions share:
- ``percent`` columns hold ratios (0.042 reads "4.2%"), as d3's ``%`` format expects;
- time buckets are dates (``date_trunc`` results), whatever the grain.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any, Literal

from bastion.catalog.spec import ColumnFormat, Grain
from bastion.planner.plan import ResultColumn

JsonScalar = str | int | float | bool | None

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NO_VALUE = "no value"
_WIDE = Context(prec=100)  # numeric(p, s) up to 100 digits rounds without InvalidOperation
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class NarrationStyle:
    """Style options a prompt pack may set for the deterministic narrator.

    ``currency_symbol`` goes before the amount ("$", "€"); a code made of letters ("EUR")
    is followed by a space. ``decimals`` applies to money and other non-integer numbers.
    ``detail="detailed"`` adds one sentence (row count, average, covered dates).
    """

    currency_symbol: str = "$"
    decimals: int = 2
    detail: Literal["short", "detailed"] = "short"

    def __post_init__(self) -> None:
        if not 0 <= self.decimals <= 6:
            raise ValueError(f"decimals must be between 0 and 6, not {self.decimals}")

    def numbers(self) -> dict[str, str | int]:
        """How numbers are written, as JSON (``NarrationStyle(**numbers)`` reads it back):
        what a page needs to write a table's numbers as the answer text does."""
        return {"currency_symbol": self.currency_symbol, "decimals": self.decimals}


DEFAULT_STYLE = NarrationStyle()


def to_decimal(value: object) -> Decimal | None:
    """A numeric cell as an exact Decimal (psycopg gives Decimal, int or float); anything
    else, and NaN or infinity, is not a number to state."""
    if type(value) is Decimal:  # the common cases first: psycopg's numeric and bigint
        return value if value.is_finite() else None
    if type(value) is int:
        return Decimal(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    return None


def _fixed(value: Decimal, decimals: int) -> str:
    """Rounded half up (as people round money) with thousands separators; never "-0.00"."""
    rounded = value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _WIDE)
    if rounded == 0:
        rounded = abs(rounded)
    return f"{rounded:,.{decimals}f}"


def format_money(value: Decimal, style: NarrationStyle = DEFAULT_STYLE) -> str:
    symbol = style.currency_symbol
    if symbol.isalpha():
        symbol += " "
    sign = "-" if _fixed(value, style.decimals).startswith("-") else ""
    return f"{sign}{symbol}{_fixed(abs(value), style.decimals)}"


def format_count(value: Decimal) -> str:
    return _fixed(value, 0)


def format_number(value: Decimal, style: NarrationStyle = DEFAULT_STYLE) -> str:
    if value == value.to_integral_value() and value.as_tuple().exponent == 0:
        return format_count(value)
    return _fixed(value, style.decimals)


def format_percent(points: Decimal) -> str:
    """Percentage points to one decimal ("12.3%"); a small non-zero change reads "<0.1%"
    rather than a misleading "0.0%"."""
    if points != 0 and abs(points) < Decimal("0.05"):
        return "<0.1%" if points > 0 else "-<0.1%"
    return f"{_fixed(points, 1)}%"


def format_value(value: object, fmt: ColumnFormat, style: NarrationStyle = DEFAULT_STYLE) -> str:
    """One cell as text, by its column's format."""
    if value is None:
        return NO_VALUE
    if isinstance(value, list | tuple):  # a film's special features
        return ", ".join(format_value(item, fmt, style) for item in value) or NO_VALUE
    number = to_decimal(value)
    if number is not None:
        if fmt == "currency":
            return format_money(number, style)
        if fmt == "integer":
            return format_count(number)
        if fmt == "percent":
            return format_percent(number * _HUNDRED)
        return format_number(number, style)
    if isinstance(value, Decimal | float | bool):
        return NO_VALUE  # NaN and infinity are not amounts to state
    if isinstance(value, datetime | date):
        return format_period(value, None)
    return str(value)


NUMBER_FORMATS: tuple[ColumnFormat, ...] = ("currency", "integer", "number", "percent")


def cell_text(
    value: object,
    fmt: ColumnFormat,
    grain: Grain | None = None,
    style: NarrationStyle = DEFAULT_STYLE,
) -> str:
    """A table cell as the answer text writes it: numbers by their column's format
    ("$10,507.67", "7,928", "4.2%"), dates and time buckets as periods ("May 2022"; from
    JSON too, where they are ISO text), anything else as it is (ids and years stay
    "2006"); nothing for no value."""
    if value is None:
        return ""
    if fmt in NUMBER_FORMATS and to_decimal(value) is not None:
        return format_value(value, fmt, style)
    if fmt == "date" and isinstance(value, str):
        try:
            return format_period(date.fromisoformat(value[:10]), grain)
        except ValueError:
            return value
    if fmt == "date" and isinstance(value, date):
        return format_period(value, grain)
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(item, fmt, grain, style) for item in value)
    return str(value)


def format_period(value: object, grain: Grain | None) -> str:
    """A time bucket as people say it: "2022-05-14", "week of 2022-05-09", "May 2022",
    "Q2 2022", "2022"."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return NO_VALUE if value is None else str(value)
    if grain == "week":
        return f"week of {value.isoformat()}"
    if grain == "month":
        return f"{MONTHS[value.month - 1]} {value.year}"
    if grain == "quarter":
        return f"Q{(value.month - 1) // 3 + 1} {value.year}"
    if grain == "year":
        return str(value.year)
    return value.isoformat()


def json_value(value: object) -> Any:
    """Any value read from the database as JSON: numbers as numbers (NaN and infinity as
    null), dates and times as ISO text, mappings and lists value by value, anything else
    (a UUID, an interval) as its text. The one conversion every JSON output uses."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, Decimal | float):
        number = to_decimal(value)
        return None if number is None else float(number)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    return str(value)


def json_cell(value: object, column: ResultColumn) -> JsonScalar:
    """A result cell as JSON (``json_value``), knowing its column: integers stay integers,
    a time bucket is its ISO date."""
    if column.format == "integer" and isinstance(value, Decimal | float):
        number = to_decimal(value)
        if number is not None and number == number.to_integral_value():
            return int(number)
    if isinstance(value, datetime) and column.role == "time":
        return value.date().isoformat()
    scalar: JsonScalar = json_value(value)
    return scalar


def json_rows(
    rows: Sequence[Sequence[object]], columns: Sequence[ResultColumn]
) -> list[list[JsonScalar]]:
    """All rows as JSON values, as ``json_cell`` gives them. Converted column by column with
    a fast path for the usual cell types, since every row of every answer passes here."""
    converted = [_json_column([row[i] for row in rows], column) for i, column in enumerate(columns)]
    return [list(row) for row in zip(*converted, strict=True)] if columns else [[] for _ in rows]


def _json_column(cells: list[object], column: ResultColumn) -> list[JsonScalar]:
    if column.format == "integer":
        return [json_cell(cell, column) for cell in cells]
    return [
        cell
        if cell is None or type(cell) is str or type(cell) is int
        else float(cell)
        if type(cell) is Decimal and cell.is_finite()
        else cell.isoformat()
        if type(cell) is date
        else json_cell(cell, column)
        for cell in cells
    ]


def d3_format(
    fmt: ColumnFormat, style: NarrationStyle = DEFAULT_STYLE, decimals: int | None = None
) -> str | None:
    """The d3-format string a chart axis or tooltip uses for a column's numbers (money and
    other numbers with the style's decimals, unless ``decimals`` is given)."""
    places = style.decimals if decimals is None else decimals
    if fmt == "currency":
        prefix = "$" if style.currency_symbol == "$" else ""
        return f"{prefix},.{places}f"
    if fmt == "integer":
        return ",d"
    if fmt == "number":
        return f",.{places}f"
    if fmt == "percent":
        return ".1%"
    return None
