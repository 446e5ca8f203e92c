"""Widgets for an answer: metric tiles, or a Vega-Lite v5 chart chosen by the result's shape
followed by the table of rows. Everything returned is plain JSON (numbers, strings, ISO
dates, null), so the API can send it and any Vega-Lite renderer can draw it.

How the widget is chosen (``chart_kind``):
- no data, or no measure column (a list: film titles) -> table;
- one row -> one metric per measure, titled with what the row is ("Rentals for store 1");
  never a one-bar chart or a one-slice pie;
- a time column over at least two periods with at most one dimension, unless ranking or
  comparing -> line (one series per dimension value);
- one column naming the rows (an entity named by several columns counts as one) -> pie for
  a distribution of 2 to 8 non-negative, additive values that are the whole set (not cut
  by the row cap or a top N: a pie shows shares), else bar (horizontal when labels are
  long or bars many);
- anything else (several dimensions) -> table.
Every chart is followed by a table widget with all columns and rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from bastion.answer.formats import (
    DEFAULT_STYLE,
    JsonScalar,
    NarrationStyle,
    d3_format,
    format_value,
    json_cell,
    json_rows,
)
from bastion.answer.shape import ResultShape, Row, is_additive
from bastion.answer.wording import capitalise, context_phrase, join_words, lower_label
from bastion.catalog.spec import Grain
from bastion.planner.plan import QueryPlan, ResultColumn

__all__ = ["SCHEMA_URL", "chart_kind", "widgets_for"]

ChartKind = Literal["metric", "line", "bar", "pie", "table"]
Widget = dict[str, object]
Spec = dict[str, object]
JsonRow = list[JsonScalar]

SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v5.json"
PIE_MAX_SLICES = 8
HORIZONTAL_MIN_BARS = 9
LONG_LABEL = 12
LABEL_LIMIT = 240  # pixels of axis label before Vega-Lite truncates it with an ellipsis

MAX_TICKS = 12
# An axis reaching this far has ticks at least 5 apart (charts have at most ~20 ticks),
# so its labels need no decimals.
WHOLE_TICKS = 100

# Per grain: the UTC time unit (ISO dates parse as UTC midnight) and the axis label format,
# which writes periods as the narrator does.
TIME_AXES: dict[Grain | None, tuple[str, str]] = {
    "day": ("utcyearmonthdate", "%Y-%m-%d"),
    "week": ("utcyearmonthdate", "%Y-%m-%d"),
    "month": ("utcyearmonth", "%b %Y"),
    "quarter": ("utcyearquarter", "Q%q %Y"),
    "year": ("utcyear", "%Y"),
    None: ("utcyearmonthdate", "%Y-%m-%d"),
}


def widgets_for(
    plan: QueryPlan,
    columns: Sequence[ResultColumn],
    rows: Sequence[Row],
    *,
    style: NarrationStyle | None = None,
    truncated: bool = False,
) -> list[Widget]:
    """The widgets to show for a result, most telling first, the table last.
    ``truncated``: the row cap cut the rows (so they are not a whole to show shares of)."""
    style = style or DEFAULT_STYLE
    shape = ResultShape.of(plan, columns, rows, truncated=truncated)
    kind = chart_kind(shape)
    if kind == "metric":
        return metric_widgets(shape, style)
    table_rows = json_rows(rows, shape.columns)
    table = table_widget(shape, table_rows)
    if kind == "table":
        return [table]
    spec = CHARTS[kind](shape, style, table_rows)
    return [{"type": kind, "title": _title(shape, all_measures=False), "spec": spec}, table]


def chart_kind(shape: ResultShape) -> ChartKind:
    """The widget that shows this result best, by the rules in the module header."""
    if shape.primary is None or not shape.has_data:
        return "table"
    if len(shape.rows) == 1:
        return "metric"
    groups, times = len(shape.groups), len(shape.times)
    if (
        times == 1
        and groups <= 1
        and shape.plan.intent not in ("ranking", "comparison")
        and len({repr(row[shape.times[0]]) for row in shape.rows}) > 1
    ):
        return "line"
    if groups + times == 1:
        if shape.plan.intent == "distribution" and _fits_pie(shape):
            return "pie"
        return "bar"
    return "table"


def _fits_pie(shape: ResultShape) -> bool:
    """A pie shows parts of a whole: the whole set (not cut, no threshold, no overlapping
    groups), few slices, additive, none negative or missing."""
    if not shape.parts_of_whole or shape.primary is None:
        return False
    if not 2 <= len(shape.rows) <= PIE_MAX_SLICES:
        return False
    if not is_additive(shape.columns[shape.primary]):
        return False
    values = shape.values
    return all(v is not None and v >= 0 for v in values) and any(values)


def metric_widgets(shape: ResultShape, style: NarrationStyle) -> list[Widget]:
    row = shape.rows[0]
    context = context_phrase(shape.plan)
    subject = shape.subject(row)
    about = f" for {subject}" if subject else ""
    widgets: list[Widget] = []
    for index in shape.measures:
        column = shape.columns[index]
        widgets.append(
            {
                "type": "metric",
                "title": f"{column.label}{about} {context}".strip(),
                "spec": None,
                "value": json_cell(row[index], column),
                "formatted": format_value(row[index], column.format, style),
                "label": column.label,
                "format": column.format,
            }
        )
    return widgets


def table_widget(shape: ResultShape, rows: list[JsonRow]) -> Widget:
    return {
        "type": "table",
        "title": _title(shape, all_measures=True),
        "spec": None,
        "columns": [column.shown() for column in shape.columns],
        "rows": rows,
    }


def _title(shape: ResultShape, *, all_measures: bool) -> str:
    """ "Revenue by category in 2022"; a table names all its measures."""
    if all_measures or shape.primary is None:
        labels = [shape.columns[i].label for i in shape.measures] or ["Result"]
    else:
        labels = [shape.columns[shape.primary].label]
    title = join_words([labels[0], *(lower_label(label) for label in labels[1:])])
    if shape.categories:
        title += " by " + join_words(
            [lower_label(shape.group_label(i)) for i in shape.groups + shape.times]
        )
    context = context_phrase(shape.plan)
    return capitalise(f"{title} {context}".strip())


def _field(name: str) -> str:
    """A column name as a Vega-Lite field: dots and brackets would mean nested access."""
    for char in ("\\", ".", "[", "]"):
        name = name.replace(char, "\\" + char)
    return name


def _quantitative(
    column: ResultColumn,
    style: NarrationStyle,
    axis: bool = True,
    values: Sequence[Decimal | None] = (),
) -> Spec:
    """A measure on an axis (or in a tooltip) with its number format. Counts get whole ticks
    only; an axis up to ``WHOLE_TICKS`` or more has whole ticks, written without decimals
    ("$18,000", where a tooltip says "$17,912.35"); a currency other than "$" (which d3's
    default locale knows) is named in the title."""
    title = column.label
    if column.format == "currency" and style.currency_symbol != "$":
        title = f"{title} ({style.currency_symbol})"
    encoding: Spec = {"field": _field(column.name), "type": "quantitative", "title": title}
    whole = axis and max((abs(v) for v in values if v is not None), default=0) >= WHOLE_TICKS
    number_format = d3_format(column.format, style, decimals=0 if whole else None)
    if number_format is None:
        return encoding
    if not axis:
        encoding["format"] = number_format
    elif column.format == "integer":
        encoding["axis"] = {"format": number_format, "tickMinStep": 1}
    else:
        encoding["axis"] = {"format": number_format}
    return encoding


def _tooltip(shape: ResultShape, style: NarrationStyle, temporal: bool) -> list[Spec]:
    """Every category then every measure, formatted as on the axes."""
    tips: list[Spec] = []
    for index in shape.groups + shape.times:
        column = shape.columns[index]
        title = shape.group_label(index)
        tip: Spec = {"field": _field(column.name), "type": "nominal", "title": title}
        if column.role == "time":
            if temporal:
                unit, label_format = TIME_AXES[shape.plan.time_grain]
                tip.update(type="temporal", timeUnit=unit, format=label_format)
            else:
                tip["type"] = "ordinal"
        tips.append(tip)
    tips.extend(_quantitative(shape.columns[i], style, axis=False) for i in shape.measures)
    return tips


def _values(shape: ResultShape, rows: list[JsonRow], periods_as_text: bool) -> list[Spec]:
    """Inline data: one object per row keyed by column name; time buckets stay ISO dates for
    a time axis, or read as periods ("May 2022") when they label bars; a value with a name
    reads as its name ("M*** S*** (#148)")."""
    names = [column.name for column in shape.columns]
    # Every row has one cell per column (they come from the same query), so zip cannot cut.
    values: list[Spec] = [dict(zip(names, row, strict=False)) for row in rows]
    for index in (*shape.labels, *([shape.entity] if shape.entity is not None else [])):
        name = names[index]
        for value, row in zip(values, shape.rows, strict=True):
            value[name] = shape.cell_name(row, index)
    if periods_as_text:
        for index in shape.times:
            name = names[index]
            for value, row in zip(values, shape.rows, strict=True):
                value[name] = shape.cell_name(row, index) if row[index] is not None else None
    return values


def _spec(shape: ResultShape, values: list[Spec], mark: Spec, encoding: Spec) -> Spec:
    return {
        "$schema": SCHEMA_URL,
        "description": _title(shape, all_measures=False),
        "data": {"values": values},
        "mark": mark,
        "encoding": encoding,
    }


def bar_spec(shape: ResultShape, style: NarrationStyle, rows: list[JsonRow]) -> Spec:
    """Bars sorted by value (ranked as the plan asks); compared items, and periods unless
    ranked, keep their order. Horizontal when there are many bars or long labels."""
    assert shape.primary is not None
    index = (shape.groups + shape.times)[0]
    category = shape.columns[index]
    measure = shape.columns[shape.primary]
    values = _values(shape, rows, periods_as_text=True)
    labels = [str(value[category.name]) for value in values]
    horizontal = len(values) >= HORIZONTAL_MIN_BARS or max(map(len, labels)) > LONG_LABEL
    value_channel, category_channel = ("x", "y") if horizontal else ("y", "x")
    intent = shape.plan.intent
    in_given_order = intent == "comparison" or (category.role == "time" and intent != "ranking")
    descending = "-" if shape.direction == "desc" else ""
    encoding: Spec = {
        category_channel: {
            "field": _field(category.name),
            "type": "ordinal" if category.role == "time" else "nominal",
            "title": shape.group_label(index),
            "sort": None if in_given_order else f"{descending}{value_channel}",
            "axis": {"labelLimit": LABEL_LIMIT},
        },
        value_channel: _quantitative(measure, style, values=shape.values),
        "tooltip": _tooltip(shape, style, temporal=False),
    }
    spec = _spec(shape, values, {"type": "bar"}, encoding)
    spec["width"] = "container"
    return spec


def line_spec(shape: ResultShape, style: NarrationStyle, rows: list[JsonRow]) -> Spec:
    """A temporal x axis with the grain's time unit and label format; one line per value of
    the dimension, if there is one."""
    assert shape.primary is not None
    time = shape.columns[shape.times[0]]
    unit, label_format = TIME_AXES[shape.plan.time_grain]
    values = _values(shape, rows, periods_as_text=False)
    axis: Spec = {"format": label_format, "labelLimit": LABEL_LIMIT}
    axis.update(_time_ticks(shape, shape.times[0]))
    encoding: Spec = {
        "x": {
            "field": _field(time.name),
            "type": "temporal",
            "timeUnit": unit,
            "title": time.label,
            "axis": axis,
        },
        "y": _quantitative(shape.columns[shape.primary], style, values=shape.values),
        "tooltip": _tooltip(shape, style, temporal=True),
    }
    if shape.groups:
        series = shape.groups[0]
        encoding["color"] = {
            "field": _field(shape.columns[series].name),
            "type": "nominal",
            "title": shape.group_label(series),
        }
    spec = _spec(shape, values, {"type": "line", "point": True}, encoding)
    spec["width"] = "container"
    return spec


def _time_ticks(shape: ResultShape, index: int) -> Spec:
    """Axis ticks on the result's own periods, about ``MAX_TICKS`` at most. Month, quarter
    and year ticks follow the calendar; days step through it; weeks are listed, because
    calendar weeks start on Sunday while ``date_trunc`` weeks start on Monday."""
    grain = shape.plan.time_grain
    days = {
        cell.date() if isinstance(cell, datetime) else cell
        for row in shape.rows
        if isinstance(cell := row[index], date)
    }
    if not days:
        return {}
    ordered = sorted(days)
    step = -(-len(ordered) // MAX_TICKS)  # periods per tick, rounded up
    if grain == "week":
        ticks = [{"year": d.year, "month": d.month, "date": d.day, "utc": True} for d in ordered]
        return {"values": ticks[::step]}
    if grain == "year":
        return {"tickCount": {"interval": "year", "step": step}}
    if grain in ("month", "quarter"):
        months = 3 if grain == "quarter" else 1
        return {"tickCount": {"interval": "month", "step": months * step}}
    span = (ordered[-1] - ordered[0]).days + 1
    return {"tickCount": {"interval": "day", "step": -(-span // MAX_TICKS)}}


def pie_spec(shape: ResultShape, style: NarrationStyle, rows: list[JsonRow]) -> Spec:
    """An arc per category, largest first, its angle the category's share."""
    assert shape.primary is not None
    index = shape.groups[0] if shape.groups else shape.times[0]
    category = shape.columns[index]
    measure = shape.columns[shape.primary]
    field = _field(measure.name)
    encoding: Spec = {
        "theta": {"field": field, "type": "quantitative", "stack": True, "title": measure.label},
        "color": {
            "field": _field(category.name),
            "type": "nominal",
            "title": shape.group_label(index),
            "sort": {"field": field, "order": "descending"},
        },
        "order": {"field": field, "type": "quantitative", "sort": "descending"},
        "tooltip": _tooltip(shape, style, temporal=False),
    }
    spec = _spec(shape, _values(shape, rows, periods_as_text=True), {"type": "arc"}, encoding)
    spec["view"] = {"stroke": None}
    return spec


CHARTS: dict[ChartKind, Callable[[ResultShape, NarrationStyle, list[JsonRow]], Spec]] = {
    "bar": bar_spec,
    "line": line_spec,
    "pie": pie_spec,
}
