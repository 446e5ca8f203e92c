"""The semantic catalog of the analytics data: what may be asked, by whom, and how it maps
onto the ``analytics`` schema (``catalog.yaml``, validated at load)."""

from bastion.catalog.catalog import (
    BaseTable,
    Catalog,
    Column,
    Dimension,
    Lookup,
    Measure,
    Relation,
    Role,
    Source,
    Suggestion,
    TimeGrain,
    load_catalog,
    parse_catalog,
    read_catalog,
)
from bastion.catalog.known_values import DataFacts, KnownValues, load_known_values

__all__ = [
    "BaseTable",
    "Catalog",
    "Column",
    "DataFacts",
    "Dimension",
    "KnownValues",
    "Lookup",
    "Measure",
    "Relation",
    "Role",
    "Source",
    "Suggestion",
    "TimeGrain",
    "load_catalog",
    "load_known_values",
    "parse_catalog",
    "read_catalog",
]
