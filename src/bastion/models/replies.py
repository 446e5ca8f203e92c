"""What a model's reply contains: SQL (plain, in a fenced ``sql`` block, or a JSON
object with an ``sql`` key; all three are accepted) or a JSON object (plain or fenced).
A reply that holds neither raises ``Unusable``; nothing here judges the SQL itself,
which goes to the guard like any other."""

from __future__ import annotations

import json
from typing import Any

from markdown_it import MarkdownIt

from bastion.models.router import Unusable

_DECODER = json.JSONDecoder()
_MARKDOWN = MarkdownIt("commonmark")


def fenced_blocks(reply: str) -> list[tuple[str, str]]:
    """(info string, body) of each fenced code block, in order (CommonMark, by
    markdown-it-py)."""
    return [
        (token.info.strip().lower(), token.content.rstrip("\n"))
        for token in _MARKDOWN.parse(reply)
        if token.type == "fence"
    ]


def first_json_object(reply: str) -> dict[str, Any] | None:
    """The first JSON object in the reply: the whole reply, a fenced block, or the first
    ``{...}`` that decodes."""
    candidates = [reply.strip()]
    candidates += [body for info, body in fenced_blocks(reply) if info in ("json", "")]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    start = reply.find("{")
    while start != -1:
        try:
            value, _ = _DECODER.raw_decode(reply, start)
        except ValueError:
            start = reply.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = reply.find("{", start + 1)
    return None


def extract_json(reply: str) -> dict[str, Any]:
    found = first_json_object(reply)
    if found is None:
        raise Unusable("unusable_output", "the reply holds no JSON object")
    return found


def extract_sql(reply: str) -> str:
    """The SQL of a reply. A JSON object's ``sql`` wins, then the first ``sql`` (or
    unlabelled) fenced block, then the reply itself."""
    text = reply.strip()
    if not text:
        raise Unusable("unusable_output", "the reply is empty")
    if text.startswith("{") or text.startswith("```json"):
        found = first_json_object(text)
        if found is not None:
            sql = found.get("sql")
            if isinstance(sql, str) and sql.strip():
                return sql.strip()
            raise Unusable("unusable_output", "the reply's JSON has no sql string")
    for info, body in fenced_blocks(text):
        if info in ("sql", "postgresql", "postgres", "") and body.strip():
            return body.strip()
    return text
