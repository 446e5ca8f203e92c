"""Charts for pages: the answer's Vega-Lite widgets rendered to SVG on the server by
``vl-convert-python`` (no browser, no third-party script on the page), shown as an
``<img>`` so nothing in a chart can run. Rendering is cached by spec.

A chart rendered before is inlined as ``data:image/svg+xml;base64,...``. A new one costs
about 1 ms per text label (vl-convert measures every label by laying it out; 25-60 ms for
a bar chart), and vl-convert holds the GIL meanwhile, so a page does not wait for it:
the page gets an address (``/app/charts/<token>.svg``, a random token that only the
user it was made for may load), the rendering runs right after the page is sent
(``render_deferred``, a background task), and the browser loads the image when it is
ready. The answer's text, number and table show without waiting for the chart.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("bastion.web")

_CACHE: OrderedDict[str, str] = OrderedDict()  # spec key -> SVG
_DEFERRED: OrderedDict[str, Deferred] = OrderedDict()  # token -> chart to render
_LOCK = threading.Lock()
_MAX = 512


@dataclass(eq=False)
class Deferred:
    """A chart promised to a page: rendered once, by whoever asks first (the background
    task after the response, or the browser's request for the image)."""

    key: str
    spec: dict[str, Any]
    owner: int
    lock: threading.Lock = field(default_factory=threading.Lock)
    svg: str | None = None
    failed: bool = False


def _key(spec: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()


def _remember(store: OrderedDict[str, Any], key: str, value: Any) -> None:
    with _LOCK:
        store[key] = value
        store.move_to_end(key)
        while len(store) > _MAX:
            store.popitem(last=False)


def _cached(key: str) -> str | None:
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
        return found


def _render(key: str, spec: dict[str, Any]) -> str | None:
    found = _cached(key)
    if found is not None:
        return found
    try:
        import vl_convert

        svg: str = vl_convert.vegalite_to_svg(spec)
    except Exception:  # a chart must never break an answer: log it, show the table
        log.exception("chart rendering failed")
        return None
    _remember(_CACHE, key, svg)
    return svg


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def svg_data_uri(spec: dict[str, Any]) -> str | None:
    """The chart as a data URI, rendered now, or None when it cannot be rendered (the
    table stays)."""
    svg = _render(_key(spec), spec)
    return None if svg is None else data_uri(svg)


def cached_data_uri(spec: dict[str, Any]) -> str | None:
    """The chart as a data URI if it was rendered before, else None (nothing renders)."""
    svg = _cached(_key(spec))
    return None if svg is None else data_uri(svg)


def defer(spec: dict[str, Any], owner: int) -> str:
    """Promise the chart to user ``owner``: a token for its address."""
    token = secrets.token_urlsafe(18)
    _remember(_DEFERRED, token, Deferred(_key(spec), spec, owner))
    return token


def deferred_svg(token: str, owner: int | None) -> str | None:
    """The promised chart's SVG (rendered now if nobody has yet); None if the token is
    unknown or forgotten, belongs to another user, or the chart cannot be rendered.
    ``owner`` None: the background task, which renders for whoever the token is for."""
    with _LOCK:
        entry = _DEFERRED.get(token)
    if entry is None or (owner is not None and entry.owner != owner):
        return None
    with entry.lock:
        if entry.svg is None and not entry.failed:
            entry.svg = _render(entry.key, entry.spec)
            entry.failed = entry.svg is None
    return entry.svg


def render_deferred(tokens: list[str]) -> None:
    """Render promised charts (run after the page was sent)."""
    for token in tokens:
        deferred_svg(token, None)


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
