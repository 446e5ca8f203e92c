"""Names as PostgreSQL resolves them, and which table references in a tree are relations.

An unquoted identifier folds to lowercase (ASCII only, as PostgreSQL does in UTF-8
databases); a quoted one is taken as written, so ``"V_PAYMENT_SCOPED"`` is another name
than ``v_payment_scoped``. An unqualified name that matches a CTE visible at that point is
the CTE, not a relation; a schema-qualified name never is.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import ascii_lowercase, ascii_uppercase

from sqlglot import exp

_ASCII_FOLD = str.maketrans(ascii_uppercase, ascii_lowercase)


def fold(identifier: exp.Expr | str | None) -> str | None:
    """The name PostgreSQL sees for an identifier (None stays None)."""
    if identifier is None:
        return None
    if isinstance(identifier, str):  # sqlglot keeps some name parts as text ("a..b")
        return fold_unquoted(identifier)
    if isinstance(identifier, exp.Identifier) and identifier.quoted:
        return str(identifier.this)
    return fold_unquoted(identifier.name)


def fold_unquoted(name: str) -> str:
    return name.translate(_ASCII_FOLD)


@dataclass(frozen=True)
class Reference:
    """A table reference that names a relation (not a CTE, not a table function)."""

    table: exp.Table
    name: str
    schema: str | None
    catalog: str | None

    def display(self, default_schema: str) -> str:
        """``name`` for the policy's schema, else the name as qualified in the SQL."""
        if self.catalog is None and self.schema in (None, default_schema):
            return self.name
        return ".".join(part for part in (self.catalog, self.schema, self.name) if part)


@dataclass(frozen=True)
class References:
    tree: exp.Expr
    relations: tuple[Reference, ...]
    functions: tuple[exp.Table, ...]  # FROM some_function(...): left to allowed_functions
    unknown: tuple[exp.Table, ...]  # neither a name nor a function (ROWS FROM, ...)


def resolve_references(tree: exp.Expr, nodes: list[exp.Expr]) -> References:
    tables = [node for node in nodes if isinstance(node, exp.Table)]
    has_ctes = any(isinstance(node, exp.With) for node in nodes)
    relations: list[Reference] = []
    functions: list[exp.Table] = []
    unknown: list[exp.Table] = []
    for table in tables:
        this = table.this
        if isinstance(this, exp.Func):
            functions.append(table)
        elif not isinstance(this, exp.Identifier):
            unknown.append(table)
        else:
            name = fold(this)
            schema = fold(table.args.get("db"))
            catalog = fold(table.args.get("catalog"))
            assert name is not None
            if schema is None and catalog is None and has_ctes and name in visible_ctes(table):
                continue
            relations.append(Reference(table, name, schema, catalog))
    return References(tree, tuple(relations), tuple(functions), tuple(unknown))


def visible_ctes(node: exp.Expr) -> set[str]:
    """Names of the CTEs in scope at ``node``: those of every enclosing WITH, except that
    inside a CTE's body only the earlier CTEs (and itself, if RECURSIVE) are visible."""
    names: set[str] = set()
    child, parent = node, node.parent
    while parent is not None:
        if isinstance(parent, exp.With) and isinstance(child, exp.CTE):
            ctes = parent.expressions
            upto = (child.index or 0) + (1 if parent.args.get("recursive") else 0)
            names.update(cte_name(cte) for cte in ctes[:upto])
        elif isinstance(parent, exp.Query):
            with_ = parent.args.get("with_")
            if with_ is not None and child is not with_:
                names.update(cte_name(cte) for cte in with_.expressions)
        child, parent = parent, parent.parent
    return names


def cte_name(cte: exp.Expr) -> str:
    alias = cte.args.get("alias")
    name = fold(alias.this if alias is not None else None)
    return name or ""
