"""Charts promised to pages, kept in the database (``bastion.web_charts``): only for the
user and org they were made for, rendered once and stored, so another process serves the
stored SVG; expired promises are neither served nor kept."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import text

from bastion.identity.principal import Principal
from bastion.services import Services
from bastion.web import charts
from tests.approvals import principal


def bar_chart(label: str) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": [{"store": label, "revenue": 12.5}, {"store": "2", "revenue": 7}]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "store", "type": "nominal"},
            "y": {"field": "revenue", "type": "quantitative"},
        },
    }


def promised(services: Services, owner: Principal, spec: dict[str, Any]) -> str:
    promise = charts.promise(spec)
    charts.keep(services.db, owner, [promise])
    assert promise.address == f"/app/charts/{promise.token}.svg"
    return promise.token


def stored(services: Services, token: str) -> Any:
    with services.db.engine.connect() as conn:
        return conn.execute(
            text("SELECT svg, failed FROM bastion.web_charts WHERE token = :t"), {"t": token}
        ).one_or_none()


def not_rendering(spec: dict[str, Any]) -> str | None:
    raise AssertionError("rendered again")


def test_a_chart_is_for_its_user_and_org_only(services: Services) -> None:
    owner = principal(services, "manager_multi")
    token = promised(services, owner, bar_chart("store nine"))
    other = principal(services, "manager_store1")
    assert charts.promised_svg(services.db, token, other) is None
    elsewhere = dataclasses.replace(owner, org_id=owner.org_id + 1000)
    assert charts.promised_svg(services.db, token, elsewhere) is None
    assert charts.promised_svg(services.db, "guess", owner) is None
    svg = charts.promised_svg(services.db, token, owner)
    assert svg is not None and svg.startswith("<svg") and ">store nine<" in svg


def test_a_chart_is_rendered_once_and_served_from_the_database(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = principal(services, "manager_multi")
    token = promised(services, owner, bar_chart("rendered once"))
    charts.render_promised(services.db, [token])  # the background task after the page
    assert stored(services, token).svg.startswith("<svg")
    # Another process: nothing in its cache, and it does not render again.
    charts.clear_cache()
    monkeypatch.setattr(charts, "_render", not_rendering)
    assert charts.promised_svg(services.db, token, owner) == stored(services, token).svg


def test_a_chart_that_cannot_be_rendered_is_not_tried_again(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = principal(services, "manager_multi")
    token = promised(services, owner, {"mark": "no such mark"})
    assert charts.promised_svg(services.db, token, owner) is None
    assert stored(services, token).failed
    monkeypatch.setattr(charts, "_render", not_rendering)
    assert charts.promised_svg(services.db, token, owner) is None


def test_expired_charts_are_not_served_and_are_forgotten(services: Services) -> None:
    owner = principal(services, "manager_multi")
    old = promised(services, owner, bar_chart("old"))
    with services.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE bastion.web_charts SET created_at = now() - make_interval(secs => :age)"
                " WHERE token = :t"
            ),
            {"t": old, "age": charts.CHART_TTL.total_seconds() + 60},
        )
    assert charts.promised_svg(services.db, old, owner) is None
    assert stored(services, old) is not None
    promised(services, owner, bar_chart("new"))  # a page's promise forgets expired ones
    assert stored(services, old) is None


# -- drawn to the card's width (no database) ----------------------------------------------


def test_a_chart_is_drawn_to_a_width_with_labels_that_read() -> None:
    spec = {**bar_chart("1"), "width": "container"}
    drawn = charts.sized(spec, charts.WIDE)
    assert drawn["width"] == charts.WIDE and drawn["height"] == charts.HEIGHT[charts.WIDE]
    assert drawn["autosize"] == {"type": "fit-x", "contains": "padding"}
    assert drawn["config"]["axisX"] == {"labelAngle": 0}
    assert drawn["config"]["axis"]["labelFontSize"] == 12
    assert drawn["encoding"] == spec["encoding"] and spec["width"] == "container"  # a copy
    svg = charts.svg_data_uri(drawn)
    assert svg is not None


def test_on_a_narrow_card_bars_lie_down_and_keep_their_order() -> None:
    spec = bar_chart("1")
    spec["encoding"]["x"]["sort"] = "-y"
    drawn = charts.sized(spec, charts.NARROW)
    assert drawn["encoding"]["y"] == {"field": "store", "type": "nominal", "sort": "-x"}
    assert drawn["encoding"]["x"] == {"field": "revenue", "type": "quantitative"}
    assert "height" not in drawn  # as high as the bars are many
    assert drawn["config"]["axis"]["labelLimit"] == charts.NARROW * 2 // 5
    lying = {**spec, "encoding": drawn["encoding"]}
    assert charts.sized(lying, charts.NARROW)["encoding"] == drawn["encoding"]
