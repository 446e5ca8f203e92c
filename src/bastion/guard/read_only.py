"""A plain read query and nothing else: SELECT, a set operation of SELECTs, WITH ... SELECT.

Codes:

- ``guard.not_read_only``: another statement kind (INSERT, UPDATE, DELETE, MERGE, DDL such
  as CREATE or DROP, SET, RESET, SHOW, COPY, CALL, DO, EXPLAIN, transaction control, ...,
  including sqlglot's ``Command`` fallback for statements it does not model), a
  data-modifying CTE, ``SELECT ... INTO`` or a locking clause (``FOR UPDATE/SHARE``).
- ``guard.recursive_query``: ``WITH RECURSIVE``; analytics never needs it and it can run
  without bound.
- ``guard.syntax_not_allowed``: any syntax the guard does not know to be a harmless part of
  a read query (deny by default); functions and types are left to ``allowed_functions``.

sqlglot reads many dialects, so its tree can hold forms PostgreSQL does not have (a
FROM-first SELECT as a join, Hive's LATERAL VIEW, LIMIT inside a function call) or leaves
that it writes out verbatim although their text came from a string (``date_part('epoch',
d)`` becomes ``EXTRACT(EPOCH FROM d)``). Those are denied too, so that the SQL generated
from the tree means in PostgreSQL what the guard checked: FROM and JOIN items are
relations, subqueries, VALUES, LATERAL or function calls; keywords are single words,
unquoted names plain names, numbers only digits; an unquoted column is not a reserved word.
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext

QUERIES = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery)
CTE_BODIES = (*QUERIES, exp.Values)
# Leaves sqlglot writes out verbatim, and what each must be.
WORDS: dict[type[exp.Expr], str] = {
    exp.Var: "keyword",
    exp.Identifier: "name",
    exp.Literal: "number",
}
ROW_LIMITS: frozenset[type[exp.Expr]] = frozenset({exp.Limit, exp.Offset, exp.Fetch})
# PostgreSQL's reserved key words (its documentation's appendix C), but for the ones
# that are functions (user, current_role, ...: allowed_functions judges those).
RESERVED_WORDS = frozenset(
    """all analyse analyze and any array as asc asymmetric authorization binary both case
    cast check collate collation column concurrently constraint create cross default
    deferrable desc distinct do else end except false fetch for foreign freeze from full
    grant group having ilike in initially inner intersect into is isnull join lateral
    leading left like limit natural not notnull null offset on only or order outer
    overlaps placing primary references returning right select similar some symmetric
    table tablesample then to trailing true union unique using variadic verbose when where
    window with""".split()  # noqa: SIM905 (a list of 90 words reads better as text)
)
_NUMBER_CHARS = frozenset("0123456789.eE+-_")
FROM_ITEMS: frozenset[type[exp.Expr]] = frozenset(
    {exp.Table, exp.Subquery, exp.Lateral, exp.Values, exp.Unnest}
)

# Every node kind a plain read query is made of, besides functions and data types.
PLAIN_NODES: frozenset[type[exp.Expr]] = frozenset(
    {
        # query structure
        exp.Select,
        exp.Union,
        exp.Intersect,
        exp.Except,
        exp.Subquery,
        exp.With,
        exp.CTE,
        exp.From,
        exp.Join,
        exp.Lateral,
        exp.Table,
        exp.TableAlias,
        exp.Values,
        exp.Tuple,
        exp.Where,
        exp.Group,
        exp.Rollup,
        exp.Cube,
        exp.GroupingSets,
        exp.Having,
        exp.Order,
        exp.Ordered,
        exp.Limit,
        exp.Fetch,
        exp.LimitOptions,
        exp.Offset,
        exp.Distinct,
        exp.Window,
        exp.WindowSpec,
        exp.Filter,
        exp.WithinGroup,
        # values and names
        exp.Column,
        exp.Identifier,
        exp.Star,
        exp.Alias,
        exp.Literal,
        exp.RawString,
        exp.Boolean,
        exp.Null,
        exp.Var,
        exp.Interval,
        exp.Paren,
        exp.Dot,
        exp.Bracket,
        exp.AtTimeZone,
        exp.DataTypeParam,  # numeric(10, 2): DataType itself is judged by allowed_functions
        # operators
        exp.And,
        exp.Or,
        exp.Not,
        exp.Neg,
        exp.EQ,
        exp.NEQ,
        exp.GT,
        exp.GTE,
        exp.LT,
        exp.LTE,
        exp.NullSafeEQ,
        exp.NullSafeNEQ,
        exp.Is,
        exp.In,
        exp.Between,
        exp.Like,
        exp.ILike,
        exp.Escape,
        exp.Any,
        exp.All,
        exp.Add,
        exp.Sub,
        exp.Mul,
        exp.Div,
        exp.Mod,
        exp.DPipe,
    }
)

WRITES: dict[type[exp.Expr], str] = {
    exp.Insert: "INSERT",
    exp.Update: "UPDATE",
    exp.Delete: "DELETE",
    exp.Merge: "MERGE",
    exp.Copy: "COPY",
    exp.TruncateTable: "TRUNCATE",
    exp.Create: "CREATE",
    exp.Drop: "DROP",
    exp.Alter: "ALTER",
    exp.Grant: "GRANT",
    exp.Revoke: "REVOKE",
    exp.Set: "SET",
    exp.Transaction: "BEGIN",
    exp.Commit: "COMMIT",
    exp.Rollback: "ROLLBACK",
    exp.Analyze: "ANALYZE",
    exp.Describe: "DESCRIBE",
    exp.Show: "SHOW",
    exp.Use: "USE",
    exp.Comment: "COMMENT",
    exp.Values: "VALUES",
}


def read_only(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    if not isinstance(tree, QUERIES):
        statement = statement_kind(tree)
        what = f"{_a(statement)} statement" if statement else "not a statement it recognises"
        ctx.deny("guard.not_read_only", f"Only read queries (SELECT) are allowed; this is {what}.")
        return tree
    exempt = _limit_nodes(tree)  # the outermost LIMIT value: cap_limit judges it
    reported: set[int] = set()  # subtrees of what was denied already
    for node in ctx.nodes(tree):
        kind = type(node)
        if kind in PLAIN_NODES:
            if kind in WORDS:
                if not _is_plain_word(node):
                    what = WORDS[kind]
                    ctx.deny(
                        "guard.syntax_not_allowed",
                        f"{str(node.this)[:40]!r} is not a plain {what}, and sqlglot would "
                        "write it into the SQL as it is.",
                    )
            elif kind is exp.CTE and not isinstance(node.this, CTE_BODIES):
                ctx.deny(
                    "guard.not_read_only",
                    f"The CTE {node.alias or '?'} runs {_a(statement_kind(node.this))} statement; "
                    "data-modifying CTEs are not allowed.",
                )
                reported.update(id(inner) for inner in node.this.walk())
            elif kind is exp.With and node.args.get("recursive"):
                ctx.deny(
                    "guard.recursive_query",
                    "WITH RECURSIVE is not allowed: a recursive query can run without bound.",
                )
            elif kind is exp.Select and not node.expressions:
                ctx.deny("guard.syntax_not_allowed", "A SELECT must list what it returns.")
            elif kind is exp.Select and node.args.get("joins") and not node.args.get("from_"):
                ctx.deny("guard.syntax_not_allowed", "A JOIN needs a FROM clause to join to.")
            elif kind in ROW_LIMITS and not _limits_a_query(node):
                ctx.deny(
                    "guard.syntax_not_allowed",
                    "LIMIT, OFFSET and FETCH belong to a query, not inside an expression.",
                )
            elif kind is exp.Column and _is_reserved_word(node):
                ctx.deny(
                    "guard.syntax_not_allowed",
                    f"{node.name} is a reserved word in PostgreSQL; quote it to use it as a "
                    "column name.",
                )
            elif kind is exp.Lateral and not _is_from_lateral(node):
                ctx.deny(
                    "guard.syntax_not_allowed",
                    "LATERAL must introduce a subquery or function call in FROM or JOIN.",
                )
            elif (kind is exp.From or kind is exp.Join) and type(node.this) not in FROM_ITEMS:
                # sqlglot also reads other dialects' forms, such as DuckDB's FROM-first
                # SELECT in a join; PostgreSQL's FROM items are these.
                ctx.deny(
                    "guard.syntax_not_allowed",
                    f"A FROM item must be a relation, subquery, VALUES list or function "
                    f"call, not {type(node.this).__name__}.",
                )
        elif isinstance(node, exp.Func | exp.DataType) or id(node) in reported:
            continue  # functions and types: allowed_functions
        elif kind is exp.ColumnDef and isinstance(node.parent, exp.TableAlias):
            continue  # FROM f(...) AS t(a int): the function is judged by allowed_functions
        elif kind is exp.Into:
            ctx.deny(
                "guard.not_read_only",
                "SELECT ... INTO creates a table; only plain read queries are allowed.",
            )
        elif kind is exp.Lock:
            ctx.deny(
                "guard.not_read_only",
                f"{lock_clause(node)} locks rows; only plain read queries are allowed.",
            )
        elif kind in WRITES or isinstance(node, exp.Command | exp.DML | exp.DDL):
            ctx.deny(
                "guard.not_read_only",
                f"The SQL contains {_a(statement_kind(node))} statement; "
                "only plain read queries are allowed.",
            )
            reported.update(id(inner) for inner in node.walk())
        elif id(node) not in exempt:
            ctx.deny(
                "guard.syntax_not_allowed",
                f"The SQL uses {kind.__name__} syntax, which the guard does not accept.",
            )
            reported.update(id(inner) for inner in node.walk())
    return tree


def _is_plain_word(node: exp.Expr) -> bool:
    """Leaves that sqlglot writes out verbatim must be one token in PostgreSQL too.

    sqlglot moves some string contents into such leaves (``date_part('epoch', d)`` becomes
    ``EXTRACT(EPOCH FROM d)`` with ``EPOCH`` a Var), so a string could otherwise smuggle
    SQL past every check: ``date_part('epoch FROM pg_sleep(1)) + extract(epoch', d)``.
    """
    text = node.this
    if not isinstance(text, str):
        return False
    if type(node) is exp.Literal:
        if node.is_string:
            return True  # written quoted and escaped
        return any(c.isdigit() for c in text) and all(c in _NUMBER_CHARS for c in text)
    if type(node) is exp.Identifier and node.quoted:
        return True  # written quoted and escaped
    if not text:
        return False
    # Var: an ASCII keyword; unquoted Identifier: a name (PostgreSQL allows letters beyond
    # ASCII, digits, "_" and "$", and no digit or "$" first).
    allowed = "_" if type(node) is exp.Var else "_$"
    plain = all(c.isalnum() or c in allowed for c in text) and not text[0].isdigit()
    return plain and text[0] != "$" and (text.isascii() or type(node) is exp.Identifier)


def _limits_a_query(node: exp.Expr) -> bool:
    return node.arg_key in ("limit", "offset") and isinstance(node.parent, QUERIES)


def _is_reserved_word(column: exp.Expr) -> bool:
    """An unqualified, unquoted column name that PostgreSQL reads as a keyword instead (so
    it would run something else than what was checked); ``user`` and the like are
    functions, left to allowed_functions."""
    name = column.args.get("this")
    return (
        isinstance(name, exp.Identifier)
        and not name.quoted
        and column.args.get("table") is None
        and name.name.lower() in RESERVED_WORDS
    )


def _is_from_lateral(node: exp.Expr) -> bool:
    """PostgreSQL's LATERAL (a FROM item), not Hive's ``LATERAL VIEW`` that sqlglot also
    reads into a SELECT's ``laterals``."""
    return (
        node.arg_key == "this"
        and isinstance(node.parent, exp.From | exp.Join)
        and isinstance(node.this, exp.Subquery | exp.Func)
    )


def _limit_nodes(tree: exp.Expr) -> set[int]:
    """The outermost LIMIT/FETCH value is judged by cap_limit, with its own code."""
    limit = tree.args.get("limit")
    return {id(node) for node in limit.walk()} if limit is not None else set()


def statement_kind(node: exp.Expr) -> str | None:
    """``DELETE``, ``CREATE TABLE``, ``COPY``, ...; None for what is not a statement."""
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    for kind, name in WRITES.items():
        if isinstance(node, kind):
            detail = node.args.get("kind") if kind in (exp.Create, exp.Drop) else None
            return f"{name} {str(detail).upper()}" if detail else name
    if isinstance(node, exp.DML | exp.DDL):
        return type(node).__name__.upper()
    return None


def lock_clause(lock: exp.Expr) -> str:
    strength = "UPDATE" if lock.args.get("update") else "SHARE"
    if lock.args.get("key"):
        strength = "NO KEY UPDATE" if strength == "UPDATE" else "KEY SHARE"
    return f"FOR {strength}"


def _a(kind: str | None) -> str:
    """``a DELETE``, ``an INSERT``, ``an unrecognised``."""
    word = kind or "unrecognised"
    return f"{'an' if word[0] in 'AEIOUaeiou' else 'a'} {word}"
