"""Values as people read them, and as JSON."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from bastion.answer.formats import (
    NarrationStyle,
    cell_text,
    format_money,
    format_percent,
    format_period,
    format_value,
    json_cell,
    json_rows,
    json_value,
    to_decimal,
)
from bastion.catalog.spec import Grain

from .samples import MONTH, PAYMENTS, RATING, RETURN_RATE, REVENUE


@pytest.mark.parametrize(
    ("value", "style", "text"),
    [
        (Decimal("33689.74"), NarrationStyle(), "$33,689.74"),
        (Decimal("0"), NarrationStyle(), "$0.00"),
        (Decimal("-1234.5"), NarrationStyle(), "-$1,234.50"),
        (Decimal("0.005"), NarrationStyle(), "$0.01"),  # half up, as money is rounded
        (Decimal("-0.001"), NarrationStyle(), "$0.00"),  # never "-$0.00"
        (Decimal("1234567.891"), NarrationStyle(), "$1,234,567.89"),
        (Decimal("33689.74"), NarrationStyle(currency_symbol="€"), "€33,689.74"),
        (Decimal("33689.74"), NarrationStyle(currency_symbol="EUR"), "EUR 33,689.74"),
        (Decimal("33689.74"), NarrationStyle(decimals=0), "$33,690"),
        (Decimal("1e40"), NarrationStyle(), "$" + "10," + "000," * 12 + "000.00"),
    ],
)
def test_money(value: Decimal, style: NarrationStyle, text: str) -> None:
    assert format_money(value, style) == text


@pytest.mark.parametrize(
    ("value", "column_format", "text"),
    [
        (7928, "integer", "7,928"),
        (Decimal("7928"), "integer", "7,928"),  # SUM(bigint) is numeric in PostgreSQL
        (0, "integer", "0"),
        (Decimal("0.042"), "percent", "4.2%"),
        (0.5, "percent", "50.0%"),
        (Decimal("4.9850"), "number", "4.99"),
        (12, "number", "12"),
        (None, "currency", "no value"),
        ("Sports", "text", "Sports"),
        (date(2022, 5, 14), "date", "2022-05-14"),
        (Decimal("NaN"), "currency", "no value"),
        (float("inf"), "number", "no value"),
    ],
)
def test_value_by_column_format(value: object, column_format: str, text: str) -> None:
    assert format_value(value, column_format, NarrationStyle()) == text


def test_small_changes_do_not_read_as_zero() -> None:
    assert format_percent(Decimal("0.04")) == "<0.1%"
    assert format_percent(Decimal("0")) == "0.0%"
    assert format_percent(Decimal("0.05")) == "0.1%"


@pytest.mark.parametrize(
    ("grain", "text"),
    [
        ("day", "2022-05-14"),
        ("week", "week of 2022-05-14"),
        ("month", "May 2022"),
        ("quarter", "Q2 2022"),
        ("year", "2022"),
        (None, "2022-05-14"),
    ],
)
def test_periods_by_grain(grain: Grain | None, text: str) -> None:
    assert format_period(date(2022, 5, 14), grain) == text
    # date_trunc on a timestamp gives a datetime at midnight: the same period.
    assert format_period(datetime(2022, 5, 14, tzinfo=UTC), grain) == text


def test_quarters_start_in_january_april_july_october() -> None:
    quarters = [format_period(date(2022, month, 1), "quarter") for month in range(1, 13)]
    assert quarters == ["Q1 2022"] * 3 + ["Q2 2022"] * 3 + ["Q3 2022"] * 3 + ["Q4 2022"] * 3


@pytest.mark.parametrize(
    ("value", "column_format", "grain", "text"),
    [
        (10507.67, "currency", None, "$10,507.67"),  # JSON rows carry floats
        (Decimal("-0.004"), "currency", None, "$0.00"),
        (7928, "integer", None, "7,928"),
        (0.042, "percent", None, "4.2%"),
        (3.5, "number", None, "3.50"),
        ("2022-05-01", "date", "month", "May 2022"),  # time buckets are ISO text in JSON
        ("2022-05-09", "date", "week", "week of 2022-05-09"),
        (date(2022, 4, 1), "date", "quarter", "Q2 2022"),
        ("2022-05-01T10:00:00+00:00", "date", None, "2022-05-01"),
        ("not a date", "date", None, "not a date"),
        (2006, "text", None, "2006"),  # a year or an id is no amount
        ("***48", "currency", None, "***48"),  # a masked column keeps its text
        (None, "currency", None, ""),
    ],
)
def test_table_cells_read_like_the_answer(
    value: object, column_format: str, grain: Grain | None, text: str
) -> None:
    assert cell_text(value, column_format, grain) == text


def test_table_cells_follow_the_style_and_it_travels_as_json() -> None:
    style = NarrationStyle(currency_symbol="EUR", decimals=0)
    assert cell_text(10507.67, "currency", style=style) == "EUR 10,508"
    assert NarrationStyle(**style.numbers()) == style


def test_style_rejects_unreasonable_decimals() -> None:
    with pytest.raises(ValueError, match="decimals"):
        NarrationStyle(decimals=-1)


def test_to_decimal_takes_numbers_only() -> None:
    assert to_decimal(0.1) == Decimal("0.1")  # from repr, not the binary expansion
    assert to_decimal(True) is None
    assert to_decimal(float("inf")) is None
    assert to_decimal("12") is None


def test_json_cells() -> None:
    assert json_cell(Decimal("33689.74"), REVENUE) == 33689.74
    assert json_cell(Decimal("7928"), PAYMENTS) == 7928
    assert isinstance(json_cell(Decimal("7928"), PAYMENTS), int)
    assert json_cell(Decimal("NaN"), REVENUE) is None
    assert json_cell(float("inf"), REVENUE) is None
    assert json_cell(datetime(2022, 5, 1, tzinfo=UTC), MONTH) == "2022-05-01"
    assert json_cell(datetime(2022, 5, 1, 13, 30), RATING) == "2022-05-01T13:30:00"
    assert json_cell(time(13, 30), RATING) == "13:30:00"
    assert json_cell(True, RATING) is True


def test_json_values_of_any_shape() -> None:
    """API bodies, audit entries and stored approval results all convert this way."""
    key = uuid.UUID(int=7)
    row = {
        "id": key,
        "at": datetime(2022, 5, 1, 13, 30, tzinfo=UTC),
        "events": [{"seq": 1, "ms": Decimal("1.5"), "day": date(2022, 5, 1)}],
        "scores": (Decimal("NaN"), 2.5, True, None),
        "plan": {"intent": "kpi", "nested": {"at": time(9, 0)}},
    }
    converted = json_value(row)
    assert converted == {
        "id": str(key),
        "at": "2022-05-01T13:30:00+00:00",
        "events": [{"seq": 1, "ms": 1.5, "day": "2022-05-01"}],
        "scores": [None, 2.5, True, None],
        "plan": {"intent": "kpi", "nested": {"at": "09:00:00"}},
    }
    assert json.loads(json.dumps(converted, allow_nan=False)) == converted


def test_json_rows_match_cell_by_cell_conversion() -> None:
    columns = (MONTH, RATING, REVENUE, PAYMENTS, RETURN_RATE)
    rows: list[list[object]] = [
        [date(2022, 5, 1), "PG", Decimal("1.50"), Decimal("3"), Decimal("0.25")],
        [datetime(2022, 6, 1), None, None, 4, 0.5],
        [date(2022, 7, 1), "<b>", Decimal("Infinity"), None, Decimal("NaN")],
    ]
    converted = json_rows(rows, columns)
    assert converted == [
        [json_cell(c, col) for c, col in zip(r, columns, strict=True)] for r in rows
    ]
    assert json.loads(json.dumps(converted, allow_nan=False)) == converted
    assert json_rows([], columns) == []
