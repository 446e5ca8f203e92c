"""Templates that cannot run code: Jinja2's sandbox with strict undefined variables.

Every problem a template can have is found when a version is saved (``check_block``):
syntax, a variable used but not declared, a declared variable the purpose does not
provide, a block too large. Rendering then only fails on values, never on the template.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bastion.prompts.errors import TemplateInvalid

MAX_BLOCK_CHARS = 16_000
MAX_BLOCKS = 32
BLOCK_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")

# What each purpose's caller provides when it renders its blocks.
VARIABLES: dict[str, frozenset[str]] = {
    "system": frozenset({"org", "role", "user", "question"}),
    "sql": frozenset(
        {"role", "relations", "question", "schema_hints", "row_limit", "as_of", "dialect"}
    ),
    "plan": frozenset({"role", "relations", "question", "schema_hints", "as_of", "intents"}),
    "narration": frozenset({"role", "question", "intent", "columns", "rows"}),
}

STYLE_KEYS = frozenset({"currency_symbol", "decimals", "detail"})

_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


def check_block(purpose: str, name: str, template: str, variables: list[str]) -> None:
    """Raise ``TemplateInvalid`` for anything that would fail later."""
    details = {"block": name}
    if not name or len(name) > 64 or not set(name) <= BLOCK_NAME_CHARS:
        raise TemplateInvalid(
            f"Block name '{name}' must be 1-64 lower-case letters, digits or underscores.",
            details=details,
        )
    if len(template) > MAX_BLOCK_CHARS:
        raise TemplateInvalid(
            f"Block '{name}' has {len(template):,} characters; the limit is {MAX_BLOCK_CHARS:,}.",
            code="prompts.block_too_large",
            details={**details, "limit": MAX_BLOCK_CHARS},
        )
    known = VARIABLES[purpose]
    unknown = sorted(set(variables) - known)
    if unknown:
        raise TemplateInvalid(
            f"Block '{name}' declares {', '.join(unknown)}, which a {purpose} prompt does not "
            f"provide; known: {', '.join(sorted(known))}.",
            code="prompts.unknown_variable",
            details={**details, "unknown": unknown, "known": sorted(known)},
        )
    try:
        used = meta.find_undeclared_variables(_ENV.parse(template))
    except TemplateSyntaxError as exc:
        raise TemplateInvalid(
            f"Block '{name}' is not a valid template (line {exc.lineno}: {exc.message}).",
            details={**details, "line": exc.lineno},
        ) from None
    undeclared = sorted(used - set(variables))
    if undeclared:
        raise TemplateInvalid(
            f"Block '{name}' uses {', '.join(undeclared)} without declaring it; add it to the "
            "block's variables.",
            code="prompts.undeclared_variable",
            details={**details, "undeclared": undeclared},
        )
    if purpose == "narration" and name == "style":
        parse_style(template)


@lru_cache(maxsize=1024)
def _compiled(template: str) -> Template:
    return _ENV.from_string(template)


def render(template: str, values: Mapping[str, Any]) -> str:
    """Render a checked template. Raises ``TemplateInvalid`` if a value is missing or the
    sandbox refuses an operation."""
    try:
        return _compiled(template).render(**values)
    except (UndefinedError, SecurityError) as exc:
        raise TemplateInvalid(f"The prompt could not be rendered: {exc}.") from None


def parse_style(text: str) -> dict[str, str]:
    """A narration ``style`` block: ``key: value`` lines (``currency_symbol``, ``decimals``,
    ``detail``); blank lines and ``#`` comments are skipped."""
    from bastion.answer.formats import NarrationStyle

    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in STYLE_KEYS:
            raise TemplateInvalid(
                f"Style line {number} ('{line}') must be 'key: value' with a key among "
                f"{', '.join(sorted(STYLE_KEYS))}.",
                code="prompts.style_invalid",
                details={"block": "style", "line": number},
            )
        values[key] = value.strip()
    try:
        NarrationStyle(**style_arguments(values))
    except (ValueError, TypeError) as exc:
        raise TemplateInvalid(
            f"Style block is invalid: {exc}.", code="prompts.style_invalid"
        ) from None
    return values


def style_arguments(values: Mapping[str, str]) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    if "currency_symbol" in values:
        symbol = values["currency_symbol"]
        if not 1 <= len(symbol) <= 4:
            raise ValueError("currency_symbol must be 1 to 4 characters")
        arguments["currency_symbol"] = symbol
    if "decimals" in values:
        arguments["decimals"] = int(values["decimals"])
    if "detail" in values:
        if values["detail"] not in ("short", "detailed"):
            raise ValueError("detail must be 'short' or 'detailed'")
        arguments["detail"] = values["detail"]
    return arguments
