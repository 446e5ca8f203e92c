"""Charts for pages: the answer's Vega-Lite widgets rendered to SVG on the server by
``vl-convert-python`` (no browser, no third-party script on the page), shown as
``<img src="data:image/svg+xml;base64,...">`` so nothing in a chart can run. Rendering
is cached by spec."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import threading
from collections import OrderedDict
from typing import Any

log = logging.getLogger("bastion.web")

_CACHE: OrderedDict[str, str] = OrderedDict()
_LOCK = threading.Lock()
_MAX = 512


def svg_data_uri(spec: dict[str, Any]) -> str | None:
    """The chart as a data URI, or None when it cannot be rendered (the table stays)."""
    key = hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    try:
        import vl_convert

        svg = vl_convert.vegalite_to_svg(spec)
    except Exception:  # a chart must never break an answer: log it, show the table
        log.exception("chart rendering failed")
        return None
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    with _LOCK:
        _CACHE[key] = uri
        while len(_CACHE) > _MAX:
            _CACHE.popitem(last=False)
    return uri


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
