"""Which base columns a query reads and which base columns each output column may carry,
with sqlglot's scopes (never regexes): what column rules and data classes are checked
against.

Deny by default: a column's values reach an output through any expression (a cast, a
concatenation, ``max``, ``string_agg``, a window function, a scalar subquery, a star over
a derived table, a whole-row reference) unless the only thing done with them is counting
(``count(customer_id)``: a number about many rows, never the values). A star is expanded
by the names the result really has. When a reference cannot be resolved to one relation
(an unqualified name over several sources) it is attributed to every source that has a
column of that name; when lineage cannot be established at all, every output column is
taken to carry every column the query reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, build_scope

BaseColumn = tuple[str, str]  # (relation, column), relation unqualified
Columns = Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Lineage:
    read: frozenset[BaseColumn]
    outputs: tuple[frozenset[BaseColumn], ...]  # per output column, what it may carry
    relations: frozenset[str]


class _Unknown(Exception):
    """Lineage that cannot be established: the caller assumes the worst."""


def _is_star(node: exp.Expr) -> bool:
    return isinstance(node, exp.Star) or (
        isinstance(node, exp.Column) and isinstance(node.this, exp.Star)
    )


class _Tracer:
    """Lineage through one statement's scopes."""

    def __init__(self, root: Scope, catalog_columns: Columns) -> None:
        self.columns = catalog_columns
        self.scopes = {id(s.expression): s for s in root.traverse()}

    # -- what a name of a source carries ----------------------------------------------

    def named(self, source: object, name: str) -> set[BaseColumn]:
        """What the column ``name`` of ``source`` (a table or a derived scope) carries."""
        if isinstance(source, exp.Table):
            columns = self.columns.get(source.name)
            return {(source.name, name)} if columns is None or name in columns else set()
        if isinstance(source, Scope):
            if isinstance(source.expression, exp.Values):
                return self._values(source)
            if isinstance(source.expression, exp.Lateral):
                return self._lateral(source, name)
            return self._scope_named(source, name)
        return set()

    @staticmethod
    def _lateral_query(scope: Scope) -> Scope:
        """The query inside a LATERAL item (its unnamed source)."""
        inner = scope.sources.get("")
        if not isinstance(inner, Scope):
            raise _Unknown
        return inner

    def _lateral(self, scope: Scope, name: str) -> set[BaseColumn]:
        """A LATERAL item: its query's columns, renamed by its alias's column list."""
        inner = self._lateral_query(scope)
        alias = scope.expression.args.get("alias")
        names = [c.name for c in alias.columns] if isinstance(alias, exp.TableAlias) else []
        if not names:
            return self.named(inner, name)
        if name not in names:
            return set()
        return self.whole(inner)  # renamed by position: whatever any of its columns carries

    def has(self, source: object, name: str) -> bool:
        """Whether ``source`` has a column ``name`` (whatever it carries)."""
        if isinstance(source, exp.Table):
            columns = self.columns.get(source.name)
            return columns is None or name in columns
        if not isinstance(source, Scope):
            return True  # a source of a kind not traced here: assume it has it
        aliases = _alias_columns(source)
        if aliases is not None:
            return name in aliases
        expression = source.expression
        if isinstance(expression, exp.Values | exp.Lateral):
            return True
        selects = self.selects(source) or getattr(expression, "selects", ())
        return any(
            any(self.has(inner, name) for inner in self.star_sources(source, s))
            if _is_star(s)
            else s.alias_or_name == name
            for s in selects
        )

    def _values(self, scope: Scope) -> set[BaseColumn]:
        """A VALUES list: any of its columns may carry what any of its cells refers to
        (``LATERAL (VALUES (r.customer_id))``); a list of constants carries nothing."""
        found: set[BaseColumn] = set()
        for column in scope.expression.find_all(exp.Column):
            found |= self.resolve(scope, column)
        return found

    def whole(self, source: object) -> set[BaseColumn]:
        """Everything a whole row of ``source`` carries (``t.*``, ``row_to_json(t)``)."""
        if isinstance(source, exp.Table):
            columns = self.columns.get(source.name)
            if columns is None:
                raise _Unknown
            return {(source.name, c) for c in columns}
        if isinstance(source, Scope):
            if isinstance(source.expression, exp.Values):
                return self._values(source)
            if isinstance(source.expression, exp.Lateral):
                return self.whole(self._lateral_query(source))
            found: set[BaseColumn] = set()
            for select in self.selects(source):
                found |= self.carried(source, select)
            if isinstance(source.expression, exp.SetOperation):
                for child in source.set_operation_scopes:
                    found |= self.whole(child)
            return found
        raise _Unknown

    def selects(self, scope: Scope) -> Sequence[exp.Expr]:
        expression = scope.expression
        return expression.selects if isinstance(expression, exp.Select) else ()

    def _scope_named(self, scope: Scope, name: str) -> set[BaseColumn]:
        found: set[BaseColumn] = set()
        expression = scope.expression
        aliases = _alias_columns(scope)
        if aliases is not None:  # (SELECT a, b ...) AS x(c, d): the columns by position
            if name not in aliases:
                return found
            selects = self.selects(scope)
            position = aliases.index(name)
            if isinstance(expression, exp.SetOperation) or any(_is_star(s) for s in selects):
                return self.whole(scope)
            return self.carried(scope, selects[position]) if position < len(selects) else found
        if isinstance(expression, exp.SetOperation):
            # Columns of a UNION are positional: the n-th column of every branch.
            names = [s.alias_or_name for s in expression.selects]
            if name not in names:
                return found
            position = names.index(name)
            for child in scope.set_operation_scopes:
                branch = self.selects(child)
                if position < len(branch):
                    found |= self.carried(child, branch[position])
            return found
        for select in self.selects(scope):
            if _is_star(select):
                for source in self.star_sources(scope, select):
                    found |= self.named(source, name)
            elif select.alias_or_name == name:
                found |= self.carried(scope, select)
        return found

    def star_sources(self, scope: Scope, star: exp.Expr) -> list[object]:
        table = star.table if isinstance(star, exp.Column) else ""
        if table:
            if table not in scope.sources:
                raise _Unknown
            return [scope.sources[table]]
        return list(scope.sources.values())

    # -- what an expression carries ---------------------------------------------------

    def resolve(self, scope: Scope, column: exp.Column) -> set[BaseColumn]:
        """What one column reference carries in ``scope``."""
        if isinstance(column.this, exp.Star):
            return set().union(*(self.whole(s) for s in self.star_sources(scope, column)))
        table, name = column.table, column.name
        current: Scope | None = scope
        while current is not None:  # the scope's own sources, then outer ones (correlated)
            sources = current.sources
            if table:
                if table in sources:
                    return self.named(sources[table], name)
            else:
                having = [s for s in sources.values() if self.has(s, name)]
                if having:
                    return set().union(*(self.named(s, name) for s in having))
                if name in sources:
                    # A bare table alias is the whole row (``SELECT r FROM rental r``).
                    return self.whole(sources[name])
            current = current.parent
        raise _Unknown  # a reference resolved nowhere: assume the worst

    def carried(self, scope: Scope, select: exp.Expr) -> set[BaseColumn]:
        """What one select expression carries: every column in it that is not only
        counted, and what its scalar subqueries select."""
        if _is_star(select):
            return set().union(*(self.whole(s) for s in self.star_sources(scope, select)))
        found: set[BaseColumn] = set()
        for node in select.find_all(exp.Column, exp.Subquery):
            if _counted_or_nested(node, select):
                continue
            if isinstance(node, exp.Subquery):
                inner = self.scopes.get(id(node.this))
                if inner is None:
                    raise _Unknown
                found |= self.whole(inner)
            elif isinstance(node, exp.Column):
                found |= self.resolve(scope, node)
        return found


def _alias_columns(scope: Scope) -> list[str] | None:
    """The column names a derived table or CTE is given by its alias (``AS x(a, b)``)."""
    holder = scope.expression.parent
    alias = holder.args.get("alias") if isinstance(holder, exp.Subquery | exp.CTE) else None
    columns = alias.columns if isinstance(alias, exp.TableAlias) else None
    return [c.name for c in columns] if columns else None


def _counted_or_nested(node: exp.Expr, top: exp.Expr) -> bool:
    """Is ``node`` inside ``count(...)`` or inside a subquery within ``top`` (a subquery's
    own columns are what its select list carries, traced on their own)?"""
    if node is top:
        return False
    parent = node.parent
    while parent is not None and parent is not top:
        if isinstance(parent, exp.Count | exp.Subquery):
            return True
        parent = parent.parent
    return False


def _outputs(
    tracer: _Tracer, root: Scope, tree: exp.Expr, names: Sequence[str] | None
) -> tuple[frozenset[BaseColumn], ...]:
    """Per result column, what it carries. One star stands for as many result columns as
    the result has beyond the other select items, each traced by its name in the star's
    sources; with several stars, every column carries what any of them has under its
    name and everything the other select items carry."""
    selects = list(tree.selects) if isinstance(tree, exp.Query) else []
    if isinstance(tree, exp.SetOperation):
        wanted = names if names is not None else [s.alias_or_name for s in selects]
        return tuple(frozenset(tracer.named(root, name)) for name in wanted)
    stars = [s for s in selects if _is_star(s)]
    if not stars:
        if names is not None and len(names) != len(selects):
            raise _Unknown
        return tuple(frozenset(tracer.carried(root, s)) for s in selects)
    if names is None or len(names) < len(selects) - len(stars):
        raise _Unknown

    def by_name(star: exp.Expr, name: str) -> set[BaseColumn]:
        return set().union(*(tracer.named(s, name) for s in tracer.star_sources(root, star)))

    if len(stars) > 1:
        plain = set().union(*(tracer.carried(root, s) for s in selects if not _is_star(s)))
        return tuple(
            frozenset(plain.union(*(by_name(star, name) for star in stars))) for name in names
        )
    expanded = len(names) - (len(selects) - 1)
    outputs: list[frozenset[BaseColumn]] = []
    for select in selects:
        if _is_star(select):
            start = len(outputs)
            outputs += [frozenset(by_name(select, n)) for n in names[start : start + expanded]]
        else:
            outputs.append(frozenset(tracer.carried(root, select)))
    return tuple(outputs)


@lru_cache(maxsize=4096)
def _lineage(
    sql: str, catalog_key: tuple[tuple[str, frozenset[str]], ...], names: tuple[str, ...] | None
) -> Lineage:
    catalog_columns = dict(catalog_key)
    tree = sqlglot.parse_one(sql, read="postgres")
    root = build_scope(tree)
    if root is None:
        return Lineage(frozenset(), (), frozenset())
    tracer = _Tracer(root, catalog_columns)
    read: set[BaseColumn] = set()
    relations: set[str] = set()
    for scope in root.traverse():
        for source in scope.sources.values():
            if isinstance(source, exp.Table):
                relations.add(source.name)
                starred = any(_is_star(s) for s in tracer.selects(scope))
                if (starred or _whole_rows(scope)) and source.name in catalog_columns:
                    read |= tracer.whole(source)
        for column in scope.columns:
            if not isinstance(column.this, exp.Star):
                try:
                    read |= tracer.resolve(scope, column)
                except _Unknown:  # an output alias (ORDER BY revenue): reads nothing
                    continue
    try:
        outputs = _outputs(tracer, root, tree, names)
    except _Unknown:
        count = len(names) if names is not None else len(getattr(tree, "selects", ()))
        outputs = tuple(frozenset(read) for _ in range(count))
    return Lineage(frozenset(read), outputs, frozenset(relations))


def _whole_rows(scope: Scope) -> bool:
    """Does ``scope`` use a table alias as a value (a whole row)?"""
    return any(not column.table and column.name in scope.sources for column in scope.columns)


def lineage(
    sql: str, catalog_columns: Columns, names: Sequence[str] | None = None
) -> Lineage | None:
    """The lineage of ``sql`` (its outputs per result column when the result's ``names``
    are given), or None when sqlglot cannot read it (the caller decides: unreadable SQL
    never got past the guard anyway)."""
    try:
        key = tuple(names) if names is not None else None
        return _lineage(sql, tuple(sorted(catalog_columns.items())), key)
    except (SqlglotError, RecursionError, _Unknown):
        return None
