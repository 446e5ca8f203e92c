"""The function allowlist: what is in it works, and what is not in it is denied however it
is written and wherever it appears."""

from __future__ import annotations

import pytest
from sqlglot import exp

from bastion.guard import check_sql
from bastion.guard.allowed_functions import ALLOWED_FUNCTION_NAMES, ALLOWED_FUNCTION_NODES
from bastion.guard.parse import dialect
from tests.guard.golden import policy

POLICY = policy("admin", "all")

DANGEROUS = {
    "set_config": "('role', 'postgres', false)",
    "pg_sleep": "(10)",
    "pg_read_file": "('/etc/passwd')",
    "current_setting": "('is_superuser')",
    "dblink": "('dbname=bastion', 'SELECT 1')",
    "lo_import": "('/etc/passwd')",
    "txid_current": "()",
    "version": "()",
    "pg_terminate_backend": "(1)",
    "query_to_xml": "('SELECT 1', true, true, '')",
    "nextval": "('analytics.film_film_id_seq')",
    "setval": "('analytics.film_film_id_seq', 1)",
    "generate_series": "(1, 10)",
    "pg_ls_dir": "('.')",
    "random": "()",
}
SPELLINGS = {
    "plain": "{name}{args}",
    "upper": "{upper}{args}",
    "quoted": '"{name}"{args}',
    "qualified": "pg_catalog.{name}{args}",
    "qualified-upper": "PG_CATALOG.{upper}{args}",
}
POSITIONS = {
    "select list": "SELECT {call}",
    "where": "SELECT title FROM film WHERE {call} IS NOT NULL",
    "cte": "WITH x AS (SELECT {call} AS v) SELECT * FROM x",
    "subquery": "SELECT * FROM (SELECT {call} AS v) AS s",
    "order by": "SELECT title FROM film ORDER BY {call}",
    "limit": "SELECT title FROM film LIMIT {call}",
    "join on": "SELECT 1 FROM film f JOIN category c ON {call} IS NULL",
    "values": "SELECT * FROM (VALUES ({call})) AS v(x)",
    "having": "SELECT COUNT(*) FROM film HAVING {call} IS NULL",
    "union": "SELECT 1 UNION SELECT {call}",
    "from": "SELECT * FROM {call} AS f",
}


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("name", DANGEROUS)
def test_dangerous_functions_are_denied_everywhere(name: str, spelling: str) -> None:
    call = SPELLINGS[spelling].format(name=name, upper=name.upper(), args=DANGEROUS[name])
    for position, template in POSITIONS.items():
        verdict = check_sql(template.format(call=call), POLICY)
        codes = [reason.code for reason in verdict.reasons]
        assert codes == ["guard.function_not_allowed"], (position, call, verdict.reasons)
        assert name in verdict.reasons[0].message.lower(), (position, verdict.reasons)


# One use of each allowed SQL name (c: text, n: number, d: timestamp, b: boolean).
SAMPLES = {
    "count": "count(*)",
    "sum": "sum(n)",
    "avg": "avg(n)",
    "min": "min(n)",
    "max": "max(n)",
    "stddev": "stddev(n)",
    "stddev_samp": "stddev_samp(n)",
    "stddev_pop": "stddev_pop(n)",
    "variance": "variance(n)",
    "var_samp": "var_samp(n)",
    "var_pop": "var_pop(n)",
    "percentile_cont": "percentile_cont(0.5) WITHIN GROUP (ORDER BY n)",
    "percentile_disc": "percentile_disc(0.5) WITHIN GROUP (ORDER BY n)",
    "mode": "mode() WITHIN GROUP (ORDER BY n)",
    "string_agg": "string_agg(c, ',')",
    "array_agg": "array_agg(n)",
    "unnest": "unnest(ARRAY[c, c])",
    "cardinality": "cardinality(ARRAY[c, c])",
    "bool_and": "bool_and(b)",
    "bool_or": "bool_or(b)",
    "every": "every(b)",
    "row_number": "row_number() OVER ()",
    "rank": "rank() OVER (ORDER BY n)",
    "dense_rank": "dense_rank() OVER (ORDER BY n)",
    "percent_rank": "percent_rank() OVER (ORDER BY n)",
    "cume_dist": "cume_dist() OVER (ORDER BY n)",
    "ntile": "ntile(4) OVER (ORDER BY n)",
    "lag": "lag(n, 1, 0) OVER (ORDER BY n)",
    "lead": "lead(n) OVER (ORDER BY n)",
    "first_value": "first_value(n) OVER (ORDER BY n)",
    "last_value": "last_value(n) OVER (ORDER BY n)",
    "nth_value": "nth_value(n, 2) OVER (ORDER BY n)",
    "date_trunc": "date_trunc('month', d)",
    "extract": "extract(month FROM d)",
    "date_part": "date_part('month', d)",
    "to_char": "to_char(d, 'YYYY-MM')",
    "to_date": "to_date('2022-05', 'YYYY-MM')",
    "make_date": "make_date(2022, 5, 1)",
    "age": "age(d, d)",
    "current_date": "current_date",
    "now": "now()",
    "current_timestamp": "current_timestamp",
    "justify_days": "justify_days(interval '35 days')",
    "justify_hours": "justify_hours(interval '30 hours')",
    "justify_interval": "justify_interval(interval '35 days')",
    "date_bin": "date_bin('15 minutes', d, timestamp '2022-01-01')",
    "timezone": "timezone('UTC', d)",
    "lower": "lower(c)",
    "upper": "upper(c)",
    "initcap": "initcap(c)",
    "length": "length(c)",
    "char_length": "char_length(c)",
    "substring": "substring(c, 1, 2)",
    "substr": "substr(c, 1, 2)",
    "trim": "trim(c)",
    "btrim": "btrim(c)",
    "ltrim": "ltrim(c)",
    "rtrim": "rtrim(c)",
    "concat": "concat(c, c)",
    "concat_ws": "concat_ws(',', c, c)",
    "left": "left(c, 2)",
    "right": "right(c, 2)",
    "replace": "replace(c, 'a', 'b')",
    "position": "position('a' IN c)",
    "strpos": "strpos(c, 'a')",
    "split_part": "split_part(c, ' ', 1)",
    "starts_with": "starts_with(c, 'A')",
    "lpad": "lpad(c, 5)",
    "rpad": "rpad(c, 5, '.')",
    "reverse": "reverse(c)",
    "round": "round(n, 2)",
    "floor": "floor(n)",
    "ceil": "ceil(n)",
    "ceiling": "ceiling(n)",
    "abs": "abs(n)",
    "sign": "sign(n)",
    "mod": "mod(7, 3)",
    "power": "power(n, 2)",
    "sqrt": "sqrt(n)",
    "cbrt": "cbrt(n)",
    "exp": "exp(1)",
    "ln": "ln(n)",
    "log": "log(n)",
    "greatest": "greatest(n, 1)",
    "least": "least(n, 1)",
    "trunc": "trunc(n, 1)",
    "width_bucket": "width_bucket(n, 0, 10, 5)",
    "coalesce": "coalesce(n, 0)",
    "nullif": "nullif(n, 0)",
}
SAMPLE_TABLE = "(VALUES ('abc', 1.5, timestamp '2022-05-01 10:00', true)) AS t(c, n, d, b)"


def sample_sql(name: str) -> str:
    return f"SELECT {SAMPLES[name]} AS x FROM {SAMPLE_TABLE}"


def test_every_allowed_name_has_a_sample() -> None:
    assert set(SAMPLES) == ALLOWED_FUNCTION_NAMES


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_allowed_functions_are_allowed(name: str) -> None:
    verdict = check_sql(sample_sql(name), POLICY)
    assert verdict.allowed, verdict.reasons


def test_every_allowed_node_class_is_reached_by_a_sample() -> None:
    reached: set[type[exp.Expr]] = set()
    for name in SAMPLES:
        tree = dialect("postgres").parse(sample_sql(name))[0]
        assert tree is not None
        reached |= {type(node) for node in tree.walk() if isinstance(node, exp.Func)}
    syntax = {exp.Case, exp.If, exp.Cast, exp.Exists, exp.Array, exp.And, exp.Or}
    assert set(ALLOWED_FUNCTION_NODES) - syntax <= reached


def test_unnest_is_allowed_in_a_select_list_but_not_as_a_table() -> None:
    # a film's special features, one row each; as a table in FROM it is a table function
    assert check_sql(f"SELECT unnest(ARRAY[c]) AS x FROM {SAMPLE_TABLE}", POLICY).allowed
    verdict = check_sql("SELECT x FROM unnest(ARRAY[1, 2]) AS u(x)", POLICY)
    assert not verdict.allowed


@pytest.mark.parametrize(
    "cast", ["n::int", "n::bigint", "n::numeric(10, 2)", "c::text", "d::date", "b::boolean"]
)
def test_casts_to_plain_types_are_allowed(cast: str) -> None:
    assert check_sql(f"SELECT {cast} FROM {SAMPLE_TABLE}", POLICY).allowed


@pytest.mark.parametrize(
    "cast",
    ["c::regclass", "c::regproc", "n::oid", "c::json", "n::int[]", "c::analytics.mpaa_rating"],
)
def test_casts_to_other_types_are_denied(cast: str) -> None:
    verdict = check_sql(f"SELECT {cast} FROM {SAMPLE_TABLE}", POLICY)
    assert [reason.code for reason in verdict.reasons] == ["guard.type_not_allowed"]
