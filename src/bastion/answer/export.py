"""A result as a CSV file, built on the server with the ``csv`` module.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula (``=HYPERLINK(...)`` in a film's title, once written live by the
browser's download): such a text cell is written with a leading apostrophe, which the
spreadsheet shows as text. A number of a numeric column (``-12.50``) stays a number.
Values are the raw ones (``2022-05-01``, ``10507.67``), not as the table writes them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from bastion.answer.formats import NUMBER_FORMATS, to_decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def neutral(text: str) -> str:
    """``text`` as a spreadsheet reads it: never a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_value(value: object, fmt: str) -> str:
    if value is None:
        return ""
    number = _number(value) if fmt in NUMBER_FORMATS else None
    if number is not None:
        return format(number, "f")
    if isinstance(value, list | tuple):
        value = ", ".join("" if v is None else str(v) for v in value)
    return neutral(value.isoformat() if hasattr(value, "isoformat") else str(value))


def result_csv(
    columns: Sequence[Mapping[str, Any]],
    rows: Sequence[Sequence[object]],
    *,
    sort: int | None = None,
    descending: bool = False,
) -> str:
    """The rows under their columns' labels, ordered by column ``sort`` (its raw values,
    numbers as numbers) when given, as the table was sorted."""
    formats = [str(c.get("format") or "text") for c in columns]
    ordered = list(rows)
    if sort is not None and 0 <= sort < len(columns):
        # Missing values last, whichever the direction.
        present = [r for r in ordered if r[sort] is not None and r[sort] != ""]
        present.sort(key=lambda row: _sort_key(row[sort], formats[sort]), reverse=descending)
        ordered = present + [r for r in ordered if r[sort] is None or r[sort] == ""]
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF, and any CR or LF in a field quoted
    writer.writerow([neutral(str(c.get("label") or c.get("name"))) for c in columns])
    for row in ordered:
        writer.writerow([csv_value(v, f) for v, f in zip(row, formats, strict=False)])
    return buffer.getvalue()


def _number(value: object) -> Decimal | None:
    """A numeric cell as a Decimal: a number, or the text of one (a stored answer keeps
    exact amounts as text)."""
    if isinstance(value, str):
        if not _NUMBER.fullmatch(value):
            return None
        value = Decimal(value)
    number = to_decimal(value)
    return number if number is not None and number.is_finite() else None


def _sort_key(value: object, fmt: str) -> tuple[int, Any]:
    """Numbers by value, anything else by its text (numbers first)."""
    number = _number(value) if fmt in NUMBER_FORMATS else None
    return (0, number) if number is not None else (1, str(value))
