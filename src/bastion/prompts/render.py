"""Templates that cannot run code, loop or allocate without bound: Jinja2's sandbox with
strict undefined variables, over a small part of the language.

Every problem a template can have is found when a version is saved (``check_block``):
syntax, a variable used but not declared, a declared variable the purpose does not
provide, a block too large, and any construct outside ``ALLOWED_NODES``: a template shows
its variables (``{{ relations | join(', ') }}``), tests them (``{% if %}``) and loops over
them (``{% for row in rows %}``, at most two deep), and nothing else. No function calls
(``range``, ``namespace``, methods), no ``set``, macros, includes or recursive loops, no
arithmetic, filters from ``SAFE_FILTERS`` with constant arguments only: an org admin
could once make each of the org's questions take 6 s with nested ``range`` loops, or
allocate 100 MB with ``"x" * 10**8``. Rendering is bounded as well: at most
``MAX_OUTPUT_CHARS`` of output and ``MAX_RENDER_SECONDS``, checked as it streams.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta, nodes
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
_ENV.globals.clear()  # no range, dict, lipsum, cycler, joiner or namespace

MAX_OUTPUT_CHARS = 65_536
MAX_RENDER_SECONDS = 0.25
MAX_LOOP_DEPTH = 2
MAX_CONST_CHARS = 1_000

# What a template may be made of: text, variables and their items and attributes,
# constants, filters, tests, comparisons, conditions, concatenation and loops.
ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Const,
    nodes.List,
    nodes.Tuple,
    nodes.Getattr,
    nodes.Getitem,
    nodes.Slice,
    nodes.Neg,
    nodes.Filter,
    nodes.Keyword,
    nodes.Test,
    nodes.If,
    nodes.CondExpr,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Compare,
    nodes.Operand,
    nodes.Concat,
    nodes.For,
)
# Filters whose output grows at most with their input (a join's separator, a replacement
# and a truncation are constants the check bounds).
SAFE_FILTERS = frozenset(
    {
        "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first",
        "float", "int", "items", "join", "last", "length", "list", "lower", "map", "max",
        "min", "reject", "rejectattr", "replace", "reverse", "round", "select", "selectattr",
        "sort", "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "unique",
        "upper", "wordcount",
    }
)  # fmt: skip


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
        tree = _ENV.parse(template)
    except TemplateSyntaxError as exc:
        raise TemplateInvalid(
            f"Block '{name}' is not a valid template (line {exc.lineno}: {exc.message}).",
            details={**details, "line": exc.lineno},
        ) from None
    _check_nodes(tree, name, depth=0)
    used = meta.find_undeclared_variables(tree)
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


def _check_nodes(node: nodes.Node, name: str, *, depth: int) -> None:
    """``TemplateInvalid`` for any construct outside the allowed part of the language."""

    def refuse(what: str) -> TemplateInvalid:
        return TemplateInvalid(
            f"Block '{name}' uses {what} (line {node.lineno}); a template may show, test and "
            f"loop over its variables (at most {MAX_LOOP_DEPTH} loops deep), with the "
            f"filters {', '.join(sorted(SAFE_FILTERS))}.",
            code="prompts.construct_not_allowed",
            details={"block": name, "line": node.lineno},
        )

    if not isinstance(node, ALLOWED_NODES):
        words = {"Call": "a function call", "Assign": "set", "AssignBlock": "set"}
        kind = type(node).__name__
        if isinstance(node, nodes.BinExpr | nodes.UnaryExpr):
            raise refuse("arithmetic")
        raise refuse(words.get(kind, f"'{kind}'"))
    if isinstance(node, nodes.Const):
        value = node.value
        if isinstance(value, str) and len(value) > MAX_CONST_CHARS:
            raise refuse(f"a constant over {MAX_CONST_CHARS:,} characters")
        if isinstance(value, int | float) and abs(value) > 1_000_000:
            raise refuse("a number over 1,000,000")
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        raise refuse(f"the private attribute '{node.attr}'")
    if isinstance(node, nodes.Filter):
        if node.name not in SAFE_FILTERS:
            raise refuse(f"the filter '{node.name}'")
        arguments = [*node.args, *(k.value for k in node.kwargs)]
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            raise refuse("unpacked filter arguments")
        if not all(isinstance(a, nodes.Const) for a in arguments):
            raise refuse("a filter argument that is not a constant")
        if node.name == "map" and node.args:  # map('center', ...) would apply any filter
            raise refuse("map with a filter's name (map(attribute=...) only)")
    if isinstance(node, nodes.For):
        if node.recursive:
            raise refuse("a recursive loop")
        if depth >= MAX_LOOP_DEPTH:
            raise refuse(f"loops more than {MAX_LOOP_DEPTH} deep")
        for child in node.iter_child_nodes():
            inside = any(child is n for n in (*node.body, *node.else_))
            _check_nodes(child, name, depth=depth + 1 if inside else depth)
        return
    for child in node.iter_child_nodes():
        _check_nodes(child, name, depth=depth)


@lru_cache(maxsize=1024)
def _compiled(template: str) -> Template:
    return _ENV.from_string(template)


def render(template: str, values: Mapping[str, Any]) -> str:
    """Render a checked template. Raises ``TemplateInvalid`` if a value is missing, the
    sandbox refuses an operation, or the output grows past ``MAX_OUTPUT_CHARS`` or takes
    longer than ``MAX_RENDER_SECONDS``."""
    deadline = time.monotonic() + MAX_RENDER_SECONDS
    parts: list[str] = []
    size = 0
    try:
        for part in _compiled(template).generate(**values):
            parts.append(part)
            size += len(part)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateInvalid(
                    f"The prompt would be over {MAX_OUTPUT_CHARS:,} characters.",
                    code="prompts.render_too_large",
                )
            if time.monotonic() > deadline:
                raise TemplateInvalid(
                    f"The prompt took over {MAX_RENDER_SECONDS:g} s to render.",
                    code="prompts.render_too_slow",
                )
    except (UndefinedError, SecurityError, RecursionError, MemoryError) as exc:
        raise TemplateInvalid(f"The prompt could not be rendered: {exc}.") from None
    return "".join(parts)


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
