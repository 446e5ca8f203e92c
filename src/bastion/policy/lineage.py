"""Which base columns a query reads and which base column each output column passes
through, with sqlglot's scopes (never regexes): what column rules and data classes are
checked against.

A column inside an aggregate (``count(customer_id)``) is *read* but not *passed
through*: the output is a number about many rows, not the value. When a reference
cannot be resolved to one relation (an unqualified name over several sources) it is
attributed to every source that has a column of that name: unsure means stricter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, build_scope

BaseColumn = tuple[str, str]  # (relation, column), relation unqualified


@dataclass(frozen=True)
class Lineage:
    read: frozenset[BaseColumn]
    outputs: tuple[frozenset[BaseColumn], ...]  # per output column, what it passes through
    relations: frozenset[str]


def _columns_of(
    scope: Scope, name: str, catalog_columns: Mapping[str, frozenset[str]]
) -> set[BaseColumn]:
    """Base columns that ``name`` selected from ``scope``'s output may pass through."""
    found: set[BaseColumn] = set()
    for select in scope.expression.selects if isinstance(scope.expression, exp.Select) else ():
        if isinstance(select, exp.Star):
            for source in scope.sources.values():
                found |= _source_columns(source, name, catalog_columns)
        elif select.alias_or_name == name:
            found |= _passed_through(scope, select, catalog_columns)
    if isinstance(scope.expression, exp.SetOperation):
        # Columns of a UNION are positional: the n-th column of every branch.
        names = [s.alias_or_name for s in scope.expression.selects]
        if name in names:
            position = names.index(name)
            for child in scope.set_operation_scopes:
                branch = child.expression.selects if isinstance(child.expression, exp.Query) else []
                if position < len(branch):
                    found |= _passed_through(child, branch[position], catalog_columns)
    return found


def _source_columns(
    source: object, name: str, catalog_columns: Mapping[str, frozenset[str]]
) -> set[BaseColumn]:
    if isinstance(source, exp.Table):
        columns = catalog_columns.get(source.name)
        if columns is None or name in columns:
            return {(source.name, name)}
        return set()
    if isinstance(source, Scope):
        return _columns_of(source, name, catalog_columns)
    return set()


def _resolve(
    scope: Scope, column: exp.Column, catalog_columns: Mapping[str, frozenset[str]]
) -> set[BaseColumn]:
    table = column.table
    if table:
        source = scope.sources.get(table)
        return (
            _source_columns(source, column.name, catalog_columns) if source is not None else set()
        )
    found: set[BaseColumn] = set()
    for source in scope.sources.values():
        found |= _source_columns(source, column.name, catalog_columns)
    return found


def _passed_through(
    scope: Scope, select: exp.Expr, catalog_columns: Mapping[str, frozenset[str]]
) -> set[BaseColumn]:
    """Columns whose values reach the output unaggregated (bare, cast, concatenated...)."""
    found: set[BaseColumn] = set()
    for column in select.find_all(exp.Column):
        if not _aggregated(column, select):
            found |= _resolve(scope, column, catalog_columns)
    return found


def _aggregated(column: exp.Column, top: exp.Expr) -> bool:
    """Is ``column`` inside an aggregate or a subquery within ``top``?"""
    node: exp.Expr | None = column
    while node is not None and node is not top:
        if isinstance(node, exp.AggFunc | exp.Subquery):
            return True
        node = node.parent
    return False


@lru_cache(maxsize=4096)
def _lineage(sql: str, catalog_key: tuple[tuple[str, frozenset[str]], ...]) -> Lineage:
    catalog_columns = dict(catalog_key)
    tree = sqlglot.parse_one(sql, read="postgres")
    root = build_scope(tree)
    if root is None:
        return Lineage(frozenset(), (), frozenset())
    read: set[BaseColumn] = set()
    relations: set[str] = set()
    for scope in root.traverse():
        for source in scope.sources.values():
            if isinstance(source, exp.Table):
                relations.add(source.name)
        for column in scope.columns:
            read |= _resolve(scope, column, catalog_columns)
    outputs: list[frozenset[BaseColumn]] = []
    selects = tree.selects if isinstance(tree, exp.Query) else []
    for select in selects:
        if isinstance(select, exp.Star):
            outputs.append(frozenset(read))
        else:
            outputs.append(frozenset(_passed_through(root, select, catalog_columns)))
    return Lineage(frozenset(read), tuple(outputs), frozenset(relations))


def lineage(sql: str, catalog_columns: Mapping[str, frozenset[str]]) -> Lineage | None:
    """The lineage of ``sql``, or None when sqlglot cannot read it (the caller decides:
    unreadable SQL never got past the guard anyway)."""
    try:
        return _lineage(sql, tuple(sorted(catalog_columns.items())))
    except (SqlglotError, RecursionError):
        return None
