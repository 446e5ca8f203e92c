"""Widgets: the type chosen per result shape, plain JSON, and specs the official Vega-Lite v5
JSON schema accepts."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from bastion.answer import NarrationStyle, narrate, widgets_for
from bastion.answer.widgets import SCHEMA_URL
from bastion.planner.plan import Comparison, ResultColumn

from .samples import (
    ALL,
    AVERAGE_BY_RATING,
    COMPARISON,
    DISTRIBUTION,
    KPI,
    KPI_TWO_MEASURES,
    LOWEST_RANKING,
    MANY_DAYS,
    MONTH,
    ODD_LABELS,
    ONE_STORE,
    RANKING,
    RATING,
    REVENUE,
    RISING_FROM_ZERO,
    SERIES_TREND,
    TIED_ACTORS,
    TREND,
    WEEKLY_RISE,
    Sample,
    plan,
)

Widget = dict[str, Any]


def widgets(sample: Sample, style: NarrationStyle | None = None) -> list[Widget]:
    return widgets_for(sample.plan, sample.columns, sample.rows, style=style)


def chart(sample: Sample) -> Widget:
    return widgets(sample)[0]


@pytest.fixture(scope="module")
def vega_lite() -> Draft7Validator:
    """The Vega-Lite v5 JSON schema as altair (5.x, a dev dependency) ships it."""
    found = importlib.util.find_spec("altair")
    assert found is not None and found.submodule_search_locations, "pip install 'altair>=5,<6'"
    package = Path(next(iter(found.submodule_search_locations)))
    schema = json.loads((package / "vegalite/v5/schema/vega-lite-schema.json").read_text())
    return Draft7Validator(schema)


EXPECTED_TYPES = {
    "kpi": ["metric"],
    "kpi_two_measures": ["metric", "metric"],
    "kpi_store_1": ["metric", "metric"],
    "zero_kpi": ["metric"],
    "ranking": ["bar", "table"],
    "tied_ranking": ["bar", "table"],
    "lowest_ranking": ["bar", "table"],
    "odd_labels": ["bar", "table"],
    "ranking_with_nulls": ["bar", "table"],
    "many_films": ["bar", "table"],
    "trend": ["line", "table"],
    "rising_from_zero": ["line", "table"],
    "weekly_rise": ["line", "table"],
    "single_period": ["metric"],  # one point is no line
    "series_trend": ["line", "table"],
    "many_days": ["line", "table"],
    "distribution": ["pie", "table"],
    "many_categories_share": ["bar", "table"],  # 16 slices are too many for a pie
    "average_by_rating": ["bar", "table"],  # averages are not parts of a whole
    "comparison": ["bar", "table"],
    "stores_equal": ["bar", "table"],
    "store_1_higher": ["bar", "table"],
    "three_categories": ["bar", "table"],
    "negative_change": ["bar", "table"],
    "months_compared": ["table"],  # nothing in the rows names the periods
    "two_dimensions": ["table"],
    "no_rows": ["table"],
    "null_kpi": ["table"],
    "one_store": ["metric"],  # one group: a number, not a one-slice pie
    "top_actor": ["metric"],
    "tied_actors": ["bar", "table"],
    "same_names": ["bar", "table"],
    "film_list": ["table"],  # a list: no measure to chart
    "one_film": ["table"],
    "one_store_series": ["line", "table"],
    "tied_series": ["line", "table"],
    "cities_top_5": ["bar", "table"],  # a top 5 is not a whole to take shares of
}


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.name)
def test_widget_types_by_shape(sample: Sample) -> None:
    assert [w["type"] for w in widgets(sample)] == EXPECTED_TYPES[sample.name]


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.name)
def test_widgets_are_plain_json(sample: Sample) -> None:
    found = widgets(sample)
    text = json.dumps(found, allow_nan=False)  # raises on Decimal, dates, NaN
    assert json.loads(text) == found
    assert found == widgets(sample)  # deterministic


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.name)
def test_specs_are_valid_vega_lite_v5(sample: Sample, vega_lite: Draft7Validator) -> None:
    for widget in widgets(sample):
        spec = widget["spec"]
        if widget["type"] in ("metric", "table"):
            assert spec is None
            continue
        assert spec["$schema"] == SCHEMA_URL
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in vega_lite.iter_errors(spec)]
        assert errors == []


def test_the_schema_check_rejects_a_wrong_spec(vega_lite: Draft7Validator) -> None:
    spec = chart(RANKING)["spec"]
    broken = {**spec, "mark": "donut"}
    assert not vega_lite.is_valid(broken)


def test_metric_carries_value_formatted_and_label() -> None:
    revenue, payments = widgets(KPI_TWO_MEASURES)
    assert revenue == {
        "type": "metric",
        "title": "Revenue in 2022",
        "spec": None,
        "value": 67416.51,
        "formatted": "$67,416.51",
        "label": "Revenue",
        "format": "currency",
    }
    assert (payments["value"], payments["formatted"], payments["label"]) == (
        16049,
        "16,049",
        "Payments",
    )
    euro = widgets(KPI, NarrationStyle(currency_symbol="€"))[0]
    assert euro["formatted"] == "€67,416.51"


def test_table_comes_last_with_columns_and_json_rows() -> None:
    table = widgets(TREND)[-1]
    assert table["type"] == "table"
    assert table["spec"] is None
    assert table["columns"] == [
        {"name": "month", "label": "Month", "role": "time", "format": "date"},
        {"name": "revenue", "label": "Revenue", "role": "measure", "format": "currency"},
    ]
    assert table["rows"][0] == ["2022-02-01", 8351.84]


def test_many_bars_are_horizontal_and_sorted_by_value() -> None:
    encoding = chart(RANKING)["spec"]["encoding"]
    assert encoding["y"]["field"] == "category"
    assert encoding["y"]["type"] == "nominal"
    assert encoding["y"]["sort"] == "-x"
    assert encoding["x"] == {
        "field": "revenue",
        "type": "quantitative",
        "title": "Revenue",
        "axis": {"format": "$,.0f"},  # ticks thousands apart: "$4,000", no cents
    }


def test_an_axis_of_small_amounts_keeps_the_decimals_and_tooltips_always_do() -> None:
    encoding = chart(AVERAGE_BY_RATING)["spec"]["encoding"]
    assert encoding["y"]["axis"] == {"format": "$,.2f"}
    assert encoding["tooltip"][-1]["format"] == "$,.2f"
    assert chart(RANKING)["spec"]["encoding"]["tooltip"][-1]["format"] == "$,.2f"


def test_long_labels_make_bars_horizontal() -> None:
    encoding = chart(ODD_LABELS)["spec"]["encoding"]
    assert encoding["y"]["field"] == "film"
    assert encoding["x"]["axis"] == {"format": ",d", "tickMinStep": 1}  # no "1, 1, 2" ticks


def test_few_short_bars_stand_up_and_an_ascending_ranking_sorts_up() -> None:
    encoding = chart(LOWEST_RANKING)["spec"]["encoding"]
    assert encoding["x"]["field"] == "category"
    assert encoding["x"]["sort"] == "y"


def test_compared_items_keep_their_order() -> None:
    spec = chart(COMPARISON)["spec"]
    assert spec["encoding"]["x"]["sort"] is None
    assert spec["data"]["values"] == [
        {"store_id": 1, "revenue": 33689.74},
        {"store_id": 2, "revenue": 33726.77},
    ]


def test_compared_months_are_ordinal_bars_named_like_the_answer() -> None:
    sample = Sample(
        "months",
        plan("comparison", "revenue", comparison=Comparison(), grain="month"),
        (MONTH, REVENUE),
        [[date(2022, 5, 1), Decimal("4824.43")], [date(2022, 6, 1), Decimal("9631.88")]],
    )
    spec = chart(sample)["spec"]
    assert spec["encoding"]["x"]["type"] == "ordinal"
    assert [v["month"] for v in spec["data"]["values"]] == ["May 2022", "June 2022"]


@pytest.mark.parametrize(
    ("sample", "unit", "label_format"),
    [(TREND, "utcyearmonth", "%b %Y"), (WEEKLY_RISE, "utcyearmonthdate", "%Y-%m-%d")],
    ids=["month", "week"],
)
def test_line_has_a_temporal_axis_for_the_grain(
    sample: Sample, unit: str, label_format: str
) -> None:
    spec = chart(sample)["spec"]
    x = spec["encoding"]["x"]
    assert (x["type"], x["timeUnit"], x["axis"]["format"]) == ("temporal", unit, label_format)
    assert spec["mark"] == {"type": "line", "point": True}
    first = spec["data"]["values"][0]
    assert isinstance(first[x["field"]], str)
    assert date.fromisoformat(first[x["field"]])


def test_other_currencies_are_named_in_the_axis_title() -> None:
    spec = widgets(RANKING, NarrationStyle(currency_symbol="€"))[0]["spec"]
    assert spec["encoding"]["x"]["title"] == "Revenue (€)"
    assert spec["encoding"]["x"]["axis"] == {"format": ",.0f"}


@pytest.mark.parametrize(
    ("sample", "ticks"),
    [
        (TREND, {"tickCount": {"interval": "month", "step": 1}}),
        (RISING_FROM_ZERO, {"tickCount": {"interval": "month", "step": 3}}),
        (MANY_DAYS, {"tickCount": {"interval": "day", "step": 17}}),  # 200 days, ~12 ticks
        (
            WEEKLY_RISE,  # Monday weeks, which calendar week ticks (Sundays) would miss
            {
                "values": [
                    {"year": 2022, "month": 5, "date": day, "utc": True} for day in (2, 9, 16)
                ]
            },
        ),
    ],
    ids=lambda value: value.name if isinstance(value, Sample) else "",
)
def test_time_ticks_fall_on_the_result_periods(sample: Sample, ticks: dict[str, object]) -> None:
    axis = chart(sample)["spec"]["encoding"]["x"]["axis"]
    assert {key: axis[key] for key in ticks} == ticks


def test_a_trend_split_by_store_has_one_line_per_store() -> None:
    encoding = chart(SERIES_TREND)["spec"]["encoding"]
    assert encoding["color"] == {"field": "store_id", "type": "nominal", "title": "Store"}


def test_pie_for_few_parts_of_a_whole() -> None:
    spec = chart(DISTRIBUTION)["spec"]
    assert spec["mark"] == {"type": "arc"}
    assert spec["encoding"]["theta"]["field"] == "revenue"
    assert spec["encoding"]["color"]["field"] == "rating"


def test_no_pie_with_negative_or_missing_values() -> None:
    for bad in (Decimal("-5"), None):
        rows: list[list[object]] = [["G", Decimal("10")], ["PG", bad]]
        sample = Sample("d", DISTRIBUTION.plan, (RATING, REVENUE), rows)
        assert chart(sample)["type"] == "bar"


def test_dotted_column_names_are_escaped_as_fields() -> None:
    total = ResultColumn(name="payments.total", label="Total", role="measure", format="currency")
    sample = Sample(
        "dots", RANKING.plan, (RATING, total), [["G", Decimal("1")], ["PG", Decimal("2")]]
    )
    spec = chart(sample)["spec"]
    assert spec["encoding"]["y"]["field"] == "payments\\.total"
    assert spec["data"]["values"][0] == {"rating": "G", "payments.total": 1.0}


def test_labels_stay_plain_text_in_data() -> None:
    values = chart(ODD_LABELS)["spec"]["data"]["values"]
    assert values[0]["film"] == "<script>alert(1)</script>"
    assert values[2]["film"] == "A" * 300


CUSTOMER = ResultColumn(name="customer", label="Customer", role="dimension")
CUSTOMER_NAME = ResultColumn(
    name="customer_name", label="Customer name", role="label", names="customer"
)
NAMED_CUSTOMERS = Sample(
    "named_customers",
    plan("ranking", "revenue", dimensions=("customer",), limit=3),
    (CUSTOMER, CUSTOMER_NAME, REVENUE),
    [
        [148, "E*** H***", Decimal("211.55")],
        [526, "K*** S***", Decimal("208.58")],
        [9, None, Decimal("100.00")],  # a customer whose name the reader may not see
    ],
)


def test_values_with_names_read_as_their_names_and_stay_apart_by_id() -> None:
    bar, table = widgets(NAMED_CUSTOMERS)
    assert [v["customer"] for v in bar["spec"]["data"]["values"]] == [
        "E*** H*** (#148)",
        "K*** S*** (#526)",
        "customer 9",
    ]
    assert bar["title"] == "Revenue by customer in 2022"  # the name is no category itself
    assert table["columns"][1] == {
        "name": "customer_name",
        "label": "Customer name",
        "role": "label",
        "format": "text",
        "names": "customer",
    }
    assert "names" not in table["columns"][0]
    answer = narrate(NAMED_CUSTOMERS.plan, NAMED_CUSTOMERS.columns, NAMED_CUSTOMERS.rows)
    assert answer.startswith("E*** H*** (#148) led revenue in 2022 with $211.55")


def test_a_name_whose_values_were_left_out_is_a_category_itself() -> None:
    columns = (CUSTOMER_NAME, REVENUE)
    rows = [[name, amount] for _, name, amount in NAMED_CUSTOMERS.rows]
    bar = widgets_for(NAMED_CUSTOMERS.plan, columns, rows)[0]
    assert [v["customer_name"] for v in bar["spec"]["data"]["values"]][:2] == [
        "E*** H***",
        "K*** S***",
    ]


def test_no_pie_over_rows_that_are_not_the_whole_set() -> None:
    assert chart(DISTRIBUTION)["type"] == "pie"
    cut = widgets_for(DISTRIBUTION.plan, DISTRIBUTION.columns, DISTRIBUTION.rows, truncated=True)
    assert cut[0]["type"] == "bar"
    top_5 = DISTRIBUTION.plan.model_copy(update={"limit": 5})
    assert widgets_for(top_5, DISTRIBUTION.columns, DISTRIBUTION.rows)[0]["type"] == "bar"


def test_no_pie_over_groups_that_overlap() -> None:
    overlapping = tuple(
        c.model_copy(update={"overlaps": True}) if c.role == "dimension" else c
        for c in DISTRIBUTION.columns
    )
    assert widgets_for(DISTRIBUTION.plan, overlapping, DISTRIBUTION.rows)[0]["type"] == "bar"


def test_one_group_is_a_number_titled_with_the_group() -> None:
    [metric] = widgets(ONE_STORE)
    assert (metric["title"], metric["formatted"]) == ("Rentals for store 1 in 2022", "7,923")


def test_an_entity_named_by_several_columns_is_one_bar_per_row_named_by_its_text() -> None:
    bar, table = widgets(TIED_ACTORS)
    spec = bar["spec"]
    assert bar["title"] == "Films by actor"
    assert spec["encoding"]["y"]["title"] == "Actor"
    assert [v["actor_id"] for v in spec["data"]["values"]] == [
        "GINA DEGENERES",
        "WALTER TORN",
        "MARY KEITEL",
    ]
    assert table["rows"][0] == [107, "GINA", "DEGENERES", 42]  # the table keeps every cell
