"""``docs/catalog.md``, generated from the catalog so that the documentation cannot drift
from what the planner uses (a test compares the two). The page is the Jinja2 template
``catalog.md.j2`` next to this module; the catalog is its one variable.

Regenerate with ``python -m bastion.catalog.docs > docs/catalog.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

import jinja2

from bastion.catalog.catalog import Catalog, load_catalog

TEMPLATE = "catalog.md.j2"


def _cell(text: object) -> str:
    """Text that stays in its Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _codes(items: Sequence[str]) -> str:
    """Names as code, comma-separated; "-" for none."""
    return ", ".join(f"`{i}`" for i in items) if items else "-"


def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        autoescape=False,  # noqa: S701 - Markdown, not HTML
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(cell=_cell, codes=_codes)
    source = resources.files("bastion.catalog").joinpath(TEMPLATE).read_text(encoding="utf-8")
    return environment.from_string(source)


def render_markdown(catalog: Catalog) -> str:
    """The whole of ``docs/catalog.md`` for ``catalog``."""
    return _template().render(catalog=catalog)


if __name__ == "__main__":
    print(render_markdown(load_catalog()), end="")
