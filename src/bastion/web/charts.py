"""Charts for pages: the answer's Vega-Lite widgets rendered to SVG on the server by
``vl-convert-python`` (no browser, no third-party script on the page), shown as an
``<img>`` so nothing in a chart can run. Rendering is cached by spec in each process (a
pure function of the spec, so a process that has not rendered a chart only repeats work).

A chart rendered before is inlined as ``data:image/svg+xml;base64,...``. A new one costs
about 1 ms per text label (vl-convert measures every label by laying it out; 25-60 ms for
a bar chart), and vl-convert holds the GIL meanwhile, so a page does not wait for it:
the page gets an address (``/app/charts/<token>.svg``, a random token), the chart is
promised in ``bastion.web_charts`` (its spec, the org and user it was made for) before
the page is sent, the rendering runs right after the page is sent (``render_promised``,
a background task), and the browser loads the image when it is ready. The answer's text,
number and table show without waiting for the chart.

Each chart is drawn twice (``sized``): at the width of the answer card at 1280 px, and
at a phone card's width for ``<source media=NARROW_MEDIA>``, where bars lie down; CSS
scales either to the card's full width, so labels keep about their drawn size. The
phone's chart is promised but rendered only when a browser asks for it.

The image request may reach any API process: it finds the promise in the database and
takes the SVG stored there, or renders it itself. A row lock makes whoever renders second
(the background task, or the image request of this or another process) wait for the
first and take its SVG, so a chart is rendered once. Only the user a chart was made for,
in their org, may load it; promises older than ``CHART_TTL`` are neither served nor kept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bastion.db.engine import Database
from bastion.identity.principal import Principal

log = logging.getLogger("bastion.web")

CHART_TTL = timedelta(hours=1)  # a page loads its charts at once; this is generous
PRUNE_BATCH = 100  # expired promises forgotten by each page that promises a chart

_CACHE: OrderedDict[str, str] = OrderedDict()  # spec key -> SVG
_LOCK = threading.Lock()
_MAX = 512

# Store a page's promises, and forget a batch of expired ones, in one statement.
KEEP = text(
    """
    WITH expired AS (
        DELETE FROM bastion.web_charts WHERE token IN (
            SELECT token FROM bastion.web_charts
            WHERE created_at < now() - make_interval(secs => :ttl)
            ORDER BY created_at LIMIT :batch FOR UPDATE SKIP LOCKED)
    )
    INSERT INTO bastion.web_charts (token, org_id, user_id, spec)
    SELECT p.token, :org_id, :user_id, p.spec
    FROM unnest(CAST(:tokens AS text[]), CAST(:specs AS text[])) AS p(token, spec)
    """
)
# A promise, locked: whoever renders it first holds the lock, whoever comes second waits.
CLAIM = text(
    """
    SELECT org_id, user_id, spec, svg, failed FROM bastion.web_charts
    WHERE token = :token AND created_at >= now() - make_interval(secs => :ttl)
    FOR UPDATE
    """
)
SAVE = text("UPDATE bastion.web_charts SET svg = :svg, failed = :failed WHERE token = :token")


@dataclass(frozen=True)
class Promise:
    """A chart a page links to before it is rendered: right after the page is sent when
    ``eager``, else when the browser asks for it (a phone's chart, which a wide window
    never loads)."""

    token: str
    spec: dict[str, Any]
    eager: bool = True

    @property
    def address(self) -> str:
        return f"/app/charts/{self.token}.svg"


# The widths charts are drawn at (the SVG's own width, which app.css scales to the card's):
# the answer card's at 1280 px, and a phone's card (``NARROW_MEDIA``), where bars lie
# down so that their labels have room.
WIDE, NARROW = 740, 340
NARROW_MEDIA = "(max-width: 640px)"
HEIGHT = {WIDE: 280, NARROW: 220}
FONT = {"labelFontSize": 12, "titleFontSize": 12}
_DISCRETE = ("nominal", "ordinal")


def sized(spec: dict[str, Any], width: int) -> dict[str, Any]:
    """A widget's spec drawn ``width`` pixels wide, whatever it says (``"container"`` has
    no container on the server), with labels that read: 12 px, never rotated (where they
    would overlap, every other one is left out), long ones cut at two fifths of the
    width. On a narrow card, bars lie down, so that their labels have room."""
    drawn = dict(spec)
    encoding = dict(drawn.get("encoding", {}))
    mark = drawn.get("mark")
    kind = mark.get("type") if isinstance(mark, dict) else mark
    if kind == "bar" and width < WIDE and encoding.get("x", {}).get("type") in _DISCRETE:
        encoding["x"], encoding["y"] = _other_axis(encoding["y"]), _other_axis(encoding["x"])
        drawn["encoding"] = encoding
    drawn.update(
        width=width,
        autosize={"type": "fit-x", "contains": "padding"},
        config={
            "axis": {**FONT, "labelLimit": width * 2 // 5},
            "axisX": {"labelAngle": 0},
            "legend": FONT,
        },
    )
    if encoding.get("y", {}).get("type") not in _DISCRETE:  # lying bars: as high as many
        drawn["height"] = HEIGHT.get(width, HEIGHT[WIDE])
    return drawn


def _other_axis(channel: dict[str, Any]) -> dict[str, Any]:
    """A channel moved to the other axis: a sort by the other channel ("-y") follows."""
    sort = channel.get("sort")
    if isinstance(sort, str) and sort.lstrip("-") in ("x", "y"):
        swapped = "y" if sort.endswith("x") else "x"
        return {**channel, "sort": sort[:-1] + swapped}
    return channel


def _key(spec: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()


def _cached(key: str) -> str | None:
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
        return found


def _render(spec: dict[str, Any]) -> str | None:
    key = _key(spec)
    found = _cached(key)
    if found is not None:
        return found
    try:
        import vl_convert

        svg: str = vl_convert.vegalite_to_svg(spec)
    except Exception:  # a chart must never break an answer: log it, show the table
        log.exception("chart rendering failed")
        return None
    with _LOCK:
        _CACHE[key] = svg
        _CACHE.move_to_end(key)
        while len(_CACHE) > _MAX:
            _CACHE.popitem(last=False)
    return svg


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def svg_data_uri(spec: dict[str, Any]) -> str | None:
    """The chart as a data URI, rendered now, or None when it cannot be rendered (the
    table stays)."""
    svg = _render(spec)
    return None if svg is None else data_uri(svg)


def cached_data_uri(spec: dict[str, Any]) -> str | None:
    """The chart as a data URI if this process rendered it before, else None (nothing
    renders)."""
    svg = _cached(_key(spec))
    return None if svg is None else data_uri(svg)


def promise(spec: dict[str, Any], eager: bool = True) -> Promise:
    """A token for a chart's address; ``keep`` stores it before the page is sent."""
    return Promise(secrets.token_urlsafe(18), spec, eager)


def keep(db: Database, owner: Principal, promises: Sequence[Promise]) -> None:
    """Store a page's promised charts for ``owner``, so that any process can serve them."""
    with db.autocommit.connect() as conn:
        conn.execute(
            KEEP,
            {
                "ttl": CHART_TTL.total_seconds(),
                "batch": PRUNE_BATCH,
                "org_id": owner.org_id,
                "user_id": owner.user_id,
                "tokens": [p.token for p in promises],
                "specs": [json.dumps(p.spec, default=str) for p in promises],
            },
        )


def promised_svg(db: Database, token: str, owner: Principal | None) -> str | None:
    """The SVG of a chart promised to ``owner``, rendered now and stored if nobody has yet
    (a second renderer waits for the first, holding the promise's row lock, then takes
    its SVG). None if the token is unknown or expired, was made for someone else, or the
    chart cannot be rendered. ``owner`` None: the background task, for whoever it is."""
    with db.engine.begin() as conn:
        row = conn.execute(CLAIM, {"token": token, "ttl": CHART_TTL.total_seconds()}).one_or_none()
        if row is None:
            return None
        if owner is not None and (row.org_id, row.user_id) != (owner.org_id, owner.user_id):
            return None
        if row.svg is not None or row.failed:
            return row.svg  # type: ignore[no-any-return]
        svg = _render(json.loads(row.spec))
        conn.execute(SAVE, {"token": token, "svg": svg, "failed": svg is None})
    return svg


def render_promised(db: Database, tokens: Sequence[str]) -> None:
    """Render a page's promised charts (run after the page was sent)."""
    for token in tokens:
        try:
            promised_svg(db, token, None)
        except SQLAlchemyError:  # the image request renders it instead
            log.exception("storing a rendered chart failed")


def clear_cache() -> None:
    """Forget rendered charts (measurements of rendering start from here)."""
    with _LOCK:
        _CACHE.clear()


def warm_up() -> None:
    """The first rendering starts the converter's engine (about half a second)."""
    svg_data_uri(
        {
            "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "data": {"values": [{"a": "x", "b": 1}]},
            "mark": "bar",
            "encoding": {
                "x": {"field": "a", "type": "nominal"},
                "y": {"field": "b", "type": "quantitative"},
            },
        }
    )
