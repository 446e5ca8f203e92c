"""docs/catalog.md is generated from the catalog and must match it."""

from __future__ import annotations

from pathlib import Path

from bastion.catalog import load_catalog
from bastion.catalog.docs import render_markdown

DOC = Path(__file__).parents[2] / "docs" / "catalog.md"


def test_catalog_doc_matches_the_catalog() -> None:
    assert DOC.read_text() == render_markdown(load_catalog()), (
        "docs/catalog.md is stale: run `python -m bastion.catalog.docs > docs/catalog.md`"
    )


def test_catalog_doc_names_every_measure_dimension_and_role() -> None:
    catalog = load_catalog()
    text = DOC.read_text()
    for name in (*catalog.measures, *catalog.dimensions, *catalog.relations, *catalog.roles):
        assert f"`{name}`" in text or f"**{name}**" in text, name
