"""Every function called must be in the allowlist, and every cast must target a plain type.

The allowlist is small on purpose: aggregates, window functions, date/time, string, math
and conditional functions that only compute on their arguments. Everything else is denied
however it is written (upper case, quoted, schema-qualified, in a CTE, subquery, ORDER BY,
LIMIT, JOIN ON or VALUES, or as a table function in FROM): ``pg_sleep``, ``set_config``,
``current_setting``, ``pg_read_file``, ``dblink``, ``lo_import``, ``nextval``,
``generate_series``, ``version``, ``random``, ``current_user`` ...

sqlglot parses most functions to typed nodes (``sum`` -> ``exp.Sum``, ``strpos`` ->
``exp.StrPosition``) and the rest to ``exp.Anonymous``: typed nodes are allowed by class,
anonymous ones by name. The SQL that runs is generated from the tree, so a class stands
for the function sqlglot writes for it (``now()`` runs as ``CURRENT_TIMESTAMP``).

PostgreSQL also calls functions without parentheses: bare words such as ``user`` and
``current_role`` (which sqlglot parses as columns) and attribute notation (``f.row_to_json``
is ``row_to_json(f)``); the known ones are denied as functions.

Codes:

- ``guard.function_not_allowed``: a function outside the allowlist, a quoted function name,
  a schema-qualified function (``pg_catalog.set_config``), a column name that PostgreSQL
  runs as a function, ``lpad``/``rpad`` to more than ``MAX_PAD_LENGTH`` characters.
- ``guard.type_not_allowed``: a cast to a type outside the plain scalar types (``regclass``,
  ``oid``, arrays, JSON, user-defined types ...).
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext
from bastion.guard.parse import dialect
from bastion.guard.references import fold, fold_unquoted

# Node class -> the SQL names that parse to it (documentation and messages).
ALLOWED_FUNCTION_NODES: dict[type[exp.Expr], str] = {
    # aggregates
    exp.Count: "count",
    exp.Sum: "sum",
    exp.Avg: "avg",
    exp.Min: "min",
    exp.Max: "max",
    exp.Stddev: "stddev",
    exp.StddevSamp: "stddev_samp",
    exp.StddevPop: "stddev_pop",
    exp.Variance: "variance, var_samp",
    exp.VariancePop: "var_pop",
    exp.PercentileCont: "percentile_cont",
    exp.PercentileDisc: "percentile_disc",
    exp.Mode: "mode",
    exp.GroupConcat: "string_agg",
    exp.ArrayAgg: "array_agg",
    # set-returning in a select list only: one row per element of an array value (a film's
    # special features); as a table in FROM (``exp.Unnest``) it stays denied
    exp.Explode: "unnest",
    exp.LogicalAnd: "bool_and",
    exp.LogicalOr: "bool_or",
    # window functions
    exp.RowNumber: "row_number",
    exp.Rank: "rank",
    exp.DenseRank: "dense_rank",
    exp.PercentRank: "percent_rank",
    exp.CumeDist: "cume_dist",
    exp.Ntile: "ntile",
    exp.Lag: "lag",
    exp.Lead: "lead",
    exp.FirstValue: "first_value",
    exp.LastValue: "last_value",
    exp.NthValue: "nth_value",
    # date and time
    exp.TimestampTrunc: "date_trunc",
    exp.Extract: "extract, date_part",
    exp.TimeToStr: "to_char",
    exp.StrToDate: "to_date",
    exp.CurrentDate: "current_date",
    exp.CurrentTimestamp: "now, current_timestamp",
    exp.JustifyDays: "justify_days",
    exp.JustifyHours: "justify_hours",
    exp.JustifyInterval: "justify_interval",
    exp.DateBin: "date_bin",
    # strings
    exp.Lower: "lower",
    exp.Upper: "upper",
    exp.Initcap: "initcap",
    exp.Length: "length, char_length",
    exp.Substring: "substring, substr",
    exp.Trim: "trim, btrim, ltrim, rtrim",
    exp.Concat: "concat",
    exp.ConcatWs: "concat_ws",
    exp.Left: "left",
    exp.Right: "right",
    exp.Replace: "replace",
    exp.StrPosition: "position, strpos",
    exp.SplitPart: "split_part",
    exp.StartsWith: "starts_with",
    exp.Pad: "lpad, rpad",
    exp.Reverse: "reverse",
    # math
    exp.Round: "round",
    exp.Floor: "floor",
    exp.Ceil: "ceil, ceiling",
    exp.Abs: "abs",
    exp.Sign: "sign",
    exp.Pow: "power",
    exp.Sqrt: "sqrt",
    exp.Cbrt: "cbrt",
    exp.Exp: "exp",
    exp.Ln: "ln",
    exp.Log: "log",
    exp.Greatest: "greatest",
    exp.Least: "least",
    exp.Trunc: "trunc",
    exp.WidthBucket: "width_bucket",
    # conditionals and syntax that sqlglot models as functions
    exp.Coalesce: "coalesce",
    exp.Nullif: "nullif",
    exp.Case: "CASE",
    exp.If: "CASE WHEN",
    exp.Cast: "CAST, ::",
    exp.Exists: "EXISTS",
    exp.Array: "ARRAY[...]",
    exp.And: "AND",
    exp.Or: "OR",
}

# Allowed functions by name, for the ones sqlglot parses to exp.Anonymous. Every name of
# the allowlist is here, so a sqlglot version that stops typing one keeps it allowed.
ALLOWED_FUNCTION_NAMES = frozenset(
    {"every", "make_date", "age", "timezone", "mod", "cardinality"}
    | {
        name.strip()
        for names in ALLOWED_FUNCTION_NODES.values()
        for name in names.split(",")
        if name.strip().isidentifier() and name.strip().islower()
    }
)

ALLOWED_CAST_TYPES = frozenset(
    {
        exp.DataType.Type.SMALLINT,
        exp.DataType.Type.INT,
        exp.DataType.Type.BIGINT,
        exp.DataType.Type.DECIMAL,
        exp.DataType.Type.FLOAT,
        exp.DataType.Type.DOUBLE,
        exp.DataType.Type.TEXT,
        exp.DataType.Type.VARCHAR,
        exp.DataType.Type.CHAR,
        exp.DataType.Type.BOOLEAN,
        exp.DataType.Type.DATE,
        exp.DataType.Type.TIME,
        exp.DataType.Type.TIMESTAMP,
        exp.DataType.Type.TIMESTAMPTZ,
        exp.DataType.Type.INTERVAL,
    }
)


# Words PostgreSQL reads as function calls although sqlglot parses them as column names.
KEYWORD_FUNCTIONS = frozenset(
    {"user", "current_user", "session_user", "current_role", "system_user", "current_catalog"}
)
# PostgreSQL reads ``t.f`` as ``f(t)`` when ``t`` has no column ``f`` (attribute notation):
# the core functions that take any row that way (PostgreSQL 18's one-argument functions of
# record, "any" and polymorphic types; tests/guard/test_database.py compares with pg_proc),
# but for the allowed ones (count, min, max, concat).
ATTRIBUTE_FUNCTIONS = frozenset(
    """any_out any_value anycompatible_out anyelement_out hash_record json_agg
    json_agg_strict json_build_array json_build_object jsonb_agg jsonb_agg_strict
    jsonb_build_array jsonb_build_object num_nonnulls num_nulls pg_collation_for
    pg_column_compression pg_column_size pg_column_toast_chunk_id pg_restore_attribute_stats
    pg_restore_relation_stats pg_typeof quote_literal quote_nullable record_out record_send
    row_to_json to_json to_jsonb""".split()  # noqa: SIM905 (reads better as text)
)
# lpad/rpad allocate their length argument for every row: only small literal lengths.
MAX_PAD_LENGTH = 1_000


def allowed_functions(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    for node in ctx.nodes(tree):
        if type(node) is exp.Column or type(node) is exp.Dot:
            _check_column(node, ctx)
            continue
        if not isinstance(node, exp.Func):
            continue
        if _is_qualified(node):
            ctx.deny(
                "guard.function_not_allowed",
                f"The function {_qualified_name(node, ctx.policy.dialect)} is not allowed: "
                "functions may not be schema-qualified.",
            )
        elif isinstance(node, exp.Anonymous):
            name = node.args.get("this")
            if isinstance(name, exp.Identifier) and name.quoted:
                ctx.deny(
                    "guard.function_not_allowed",
                    f'The function "{name.this}" is not allowed: names of functions may '
                    "not be quoted.",
                )
            elif _anonymous_name(node) not in ALLOWED_FUNCTION_NAMES:
                ctx.deny(
                    "guard.function_not_allowed",
                    f"The function {_anonymous_name(node)} is not allowed.",
                )
        elif type(node) not in ALLOWED_FUNCTION_NODES:
            ctx.deny(
                "guard.function_not_allowed",
                f"The function {function_name(node, ctx.policy.dialect)} is not allowed.",
            )
        elif isinstance(node, exp.Pad) and not _small_literal(node.args.get("expression")):
            ctx.deny(
                "guard.function_not_allowed",
                f"The length given to lpad or rpad must be a number up to {MAX_PAD_LENGTH:,}.",
            )
        elif isinstance(node, exp.Cast):
            target = node.args.get("to")
            if type(target) is not exp.DataType or target.this not in ALLOWED_CAST_TYPES:
                shown = target.sql(dialect=dialect(ctx.policy.dialect)) if target else "?"
                ctx.deny(
                    "guard.type_not_allowed",
                    f"Casting to {shown.lower()} is not allowed; cast to a number, text, "
                    "boolean, date, time or interval type.",
                )
    return tree


def _check_column(node: exp.Expr, ctx: GuardContext) -> None:
    """A column name that PostgreSQL would run as a function."""
    name = node.args.get("this") if type(node) is exp.Column else node.args.get("expression")
    if not isinstance(name, exp.Identifier):
        return
    folded = fold(name)
    qualified = type(node) is exp.Dot or node.args.get("table") is not None
    if qualified and folded in ATTRIBUTE_FUNCTIONS:
        ctx.deny(
            "guard.function_not_allowed",
            f"The function {folded} is not allowed (written as the column {node.sql()}).",
        )
    elif not qualified and not name.quoted and folded in KEYWORD_FUNCTIONS:
        ctx.deny("guard.function_not_allowed", f"The function {folded} is not allowed.")


def _small_literal(value: exp.Expr | None) -> bool:
    return (
        isinstance(value, exp.Literal)
        and value.is_int
        and not value.is_string
        and int(value.this) <= MAX_PAD_LENGTH
    )


def _is_qualified(node: exp.Func) -> bool:
    parent = node.parent
    if isinstance(parent, exp.Dot):
        return node.arg_key == "expression"
    if isinstance(parent, exp.Table):  # FROM schema.function(...)
        return node.arg_key == "this" and parent.args.get("db") is not None
    return False


def _anonymous_name(node: exp.Anonymous) -> str:
    return fold_unquoted(node.name)  # quoted names are denied before this is asked


def _qualified_name(node: exp.Func, dialect_name: str) -> str:
    parent = node.parent
    assert parent is not None
    qualifier = parent.this if isinstance(parent, exp.Dot) else parent.args.get("db")
    if isinstance(qualifier, exp.Identifier | str):
        prefix = fold(qualifier)
    else:
        prefix = qualifier.sql(dialect=dialect(dialect_name)) if qualifier is not None else "?"
    if isinstance(node, exp.Anonymous):
        return f"{prefix}.{_anonymous_name(node)}"
    return f"{prefix}.{function_name(node, dialect_name)}"


def function_name(node: exp.Func, dialect_name: str) -> str:
    """The name the function is written with in SQL (``random``, not sqlglot's ``rand``)."""
    written = node.sql(dialect=dialect(dialect_name))
    head, paren, _ = written.partition("(")
    if paren and head.replace("_", "").isalnum():
        return head.lower()
    return node.sql_name().lower()
