"""check_sql as a whole, the verdict's shape, each rule on its own, and the risk score."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from bastion.guard import GUARDS, GuardPolicy, RiskFactors, check_sql, score_risk
from bastion.guard.cap_limit import cap_limit
from bastion.guard.context import GuardContext
from bastion.guard.parse import dialect
from bastion.guard.scope_rows import scope_rows
from bastion.guard.single_statement import single_statement
from tests.guard.golden import SCOPED_RELATIONS, policy

ROOT = Path(__file__).parents[2]
POLICY = policy("store_manager", "1")


def parse(sql: str) -> exp.Expr:
    tree = dialect("postgres").parse(sql)[0]
    assert tree is not None
    return tree


def test_the_guard_was_reviewed_against_this_sqlglot() -> None:
    """The guard's node lists and arg names (``from_``, ``with_``) follow sqlglot 30's
    trees; another major version must be reviewed (and the fuzz test run) before use."""
    assert sqlglot.__version__.startswith("30."), sqlglot.__version__


def test_the_rules_run_in_the_documented_order() -> None:
    assert [guard.__name__ for guard in GUARDS] == [
        "single_statement",
        "bounded_size",
        "read_only",
        "allowed_relations",
        "allowed_functions",
        "scope_rows",
        "cap_limit",
    ]


def test_an_allowed_verdict_as_json() -> None:
    verdict = check_sql(
        "SELECT c.name, SUM(p.amount) FROM v_payment_scoped p "
        "JOIN film_category fc ON fc.film_id = p.film_id "
        "JOIN category c ON c.category_id = fc.category_id GROUP BY 1 LIMIT 500",
        POLICY,
    )
    body = verdict.to_json()
    assert body == {
        "verdict": "allow",
        "sql": verdict.sql,
        "reasons": [],
        "relations": ["category", "film_category", "v_payment_scoped"],
        "limit_applied": 200,
        "risk": {
            "score": 30,
            "level": "medium",
            "factors": ["2 joins", "unfiltered scan of v_payment_scoped"],
        },
    }
    assert verdict.risk_factors == RiskFactors(joins=2, unfiltered_scans=("v_payment_scoped",))


@pytest.mark.parametrize(
    "where",
    ["", "WHERE p.amount IS NOT NULL", "WHERE NOT p.payment_date IS NULL AND p.amount IS NOT NULL"],
)
def test_dropping_nulls_is_still_an_unfiltered_scan(where: str) -> None:
    # a condition that keeps every row does not hide a full scan from the risk score
    verdict = check_sql(f"SELECT SUM(p.amount) FROM v_payment_scoped p {where}", POLICY)
    assert verdict.risk_factors.unfiltered_scans == ("v_payment_scoped",)


def test_two_totals_side_by_side_and_a_ratio_over_them_are_not_risky() -> None:
    # "average revenue per rental": one row each, joined without a condition, divided
    verdict = check_sql(
        "SELECT t.revenue / NULLIF(t.rentals, 0) FROM (WITH a AS (SELECT SUM(amount) AS revenue "
        "FROM v_payment_scoped WHERE store_id = 1), b AS (SELECT COUNT(*) AS rentals FROM "
        "v_rental_scoped WHERE store_id = 1) SELECT * FROM a CROSS JOIN b) AS t",
        POLICY,
    )
    assert verdict.risk_factors.joins_without_condition == 0
    crossed = check_sql(
        "SELECT * FROM v_payment_scoped p CROSS JOIN v_rental_scoped r WHERE p.store_id = 1",
        POLICY,
    )
    assert crossed.risk_factors.joins_without_condition == 1


def test_a_denied_verdict_names_every_offending_relation() -> None:
    verdict = check_sql(
        "SELECT * FROM payment JOIN customer USING (customer_id) JOIN pg_catalog.pg_user ON true",
        POLICY,
    )
    body = verdict.to_json()
    assert body["verdict"] == "deny"
    assert body["sql"] is None
    assert body["limit_applied"] is None
    assert body["relations"] == ["customer", "payment", "pg_catalog.pg_user"]
    assert body["reasons"] == [
        {
            "code": "guard.relation_not_allowed",
            "message": "The relation payment is not allowed for this role.",
        },
        {
            "code": "guard.relation_not_allowed",
            "message": "The relation customer is not allowed for this role.",
        },
        {
            "code": "guard.schema_not_allowed",
            "message": "The relation pg_catalog.pg_user is in schema pg_catalog; only relations "
            "in schema analytics are allowed.",
        },
    ]


def test_cte_names_are_not_relations() -> None:
    verdict = check_sql("WITH payment AS (SELECT film_id FROM film) SELECT * FROM payment", POLICY)
    assert verdict.relations == ("film",)


def test_single_statement_alone() -> None:
    ctx = GuardContext(POLICY, statements=(parse("SELECT 1"), parse("SELECT 2")))
    single_statement(ctx.statements[0], ctx)
    assert [reason.code for reason in ctx.reasons] == ["guard.multiple_statements"]


def test_scope_rows_alone_rewrites_and_leaves_all_stores_alone() -> None:
    sql = "SELECT * FROM analytics.inventory AS i JOIN analytics.store AS s USING (store_id)"
    scoped = scope_rows(parse(sql), GuardContext(policy("admin", "2,1")))
    assert scoped.sql(dialect="postgres") == (
        "SELECT * FROM (SELECT * FROM analytics.inventory WHERE store_id IN (1, 2)) AS i "
        "JOIN (SELECT * FROM analytics.store WHERE store_id IN (1, 2)) AS s USING (store_id)"
    )
    untouched = scope_rows(parse(sql), GuardContext(policy("admin", "all")))
    assert untouched.sql(dialect="postgres") == sql


def test_scope_rows_uses_the_policys_scope_column() -> None:
    custom = GuardPolicy(
        allowed_relations=frozenset({"inventory"}),
        scoped_relations={**SCOPED_RELATIONS, "inventory": "shop"},
        store_ids=(3,),
        all_stores=False,
    )
    verdict = check_sql("SELECT COUNT(*) FROM inventory", custom)
    assert verdict.sql == (
        "SELECT COUNT(*) FROM (SELECT * FROM analytics.inventory WHERE shop IN (3)) "
        "AS inventory LIMIT 200"
    )


@pytest.mark.parametrize(
    ("sql", "limit"),
    [
        ("SELECT 1", 200),
        ("SELECT 1 LIMIT 7", 7),
        ("SELECT 1 LIMIT 9999999999999999999999", 200),
        ("SELECT 1 LIMIT ALL", 200),
        ("SELECT 1 FETCH FIRST 3 ROWS ONLY", 3),
    ],
)
def test_cap_limit_alone(sql: str, limit: int) -> None:
    ctx = GuardContext(POLICY)
    tree = cap_limit(parse(sql), ctx)
    assert ctx.reasons == []
    assert ctx.limit_applied == limit
    assert tree.sql(dialect="postgres") == f"SELECT 1 LIMIT {limit}"


def test_policy_names_must_be_lowercase_and_unqualified() -> None:
    with pytest.raises(ValueError, match="lowercase"):
        GuardPolicy(frozenset({"Film"}), {}, (), all_stores=True)
    with pytest.raises(ValueError, match="lowercase"):
        GuardPolicy(frozenset({"analytics.film"}), {}, (), all_stores=True)
    with pytest.raises(ValueError, match="positive"):
        GuardPolicy(frozenset(), {}, (), all_stores=True, max_limit=0)


def test_risk_of_a_cross_join_of_fact_views_is_high() -> None:
    verdict = check_sql(
        "SELECT COUNT(*) FROM v_payment_scoped, v_rental_scoped", policy("admin", "all")
    )
    assert verdict.risk_factors.joins_without_condition == 1
    assert verdict.risk.level == "high"
    assert "1 join without a condition" in verdict.risk.factors


def test_risk_counts_subqueries_windows_and_distinct_over_unfiltered_scans() -> None:
    verdict = check_sql(
        "SELECT DISTINCT customer_id, RANK() OVER (ORDER BY amount) FROM v_payment_scoped "
        "WHERE false OR customer_id IN (SELECT customer_id FROM v_rental_scoped)",
        POLICY,
    )
    factors = verdict.risk_factors
    assert factors.subqueries == 1
    assert factors.window_functions == 1
    assert factors.unfiltered_scans == ("v_rental_scoped",)
    assert not factors.distinct_over_unfiltered  # the DISTINCT level has a WHERE
    distinct = check_sql("SELECT DISTINCT customer_id FROM v_rental_scoped", POLICY)
    assert distinct.risk_factors.distinct_over_unfiltered


def test_risk_sees_through_the_scope_rewrite() -> None:
    """A scope subquery counts as its relation, not as a subquery, and joins hung on it in
    a parenthesised join still count."""
    verdict = check_sql("SELECT COUNT(*) FROM (v_rental_scoped JOIN film USING (film_id))", POLICY)
    assert verdict.sql is not None and "(SELECT * FROM analytics.v_rental_scoped" in verdict.sql
    assert verdict.risk_factors == RiskFactors(joins=1, unfiltered_scans=("v_rental_scoped",))


def test_a_filtered_query_on_small_relations_is_low_risk() -> None:
    verdict = check_sql("SELECT title FROM film WHERE rating = 'G' ORDER BY title", POLICY)
    assert verdict.risk.score == 0
    assert verdict.risk.level == "low"


def test_the_row_estimate_raises_the_score() -> None:
    factors = RiskFactors(joins=2)
    assert score_risk(factors).score == 10
    assert score_risk(factors, 5_000).score == 10
    assert score_risk(factors, 50_000).score == 20
    many = score_risk(factors, 2_000_000)
    assert many.score == 50
    assert many.level == "medium"
    assert "about 2,000,000 rows estimated" in many.factors
    assert score_risk(RiskFactors(joins_without_condition=4)).score == 100


def _documented_codes() -> set[str]:
    text = (ROOT / "docs" / "guard.md").read_text()
    return set(re.findall(r"^\| `(guard\.[a-z_]+)` \|", text, flags=re.MULTILINE))


def test_every_reason_code_is_documented_and_nothing_else() -> None:
    source = "\n".join(
        path.read_text() for path in (ROOT / "src" / "bastion" / "guard").glob("*.py")
    )
    in_code = set(re.findall(r'"(guard\.[a-z_]+)"', source))
    assert _documented_codes() == in_code


def test_every_documented_code_is_exercised_by_a_test() -> None:
    tests = "\n".join(path.read_text() for path in Path(__file__).parent.rglob("*.*"))
    for code in _documented_codes():
        assert f"expect: {code}" in tests or f'"{code}"' in tests, code


@pytest.mark.parametrize(
    ("on", "products"),
    [
        ("ON TRUE", 1),
        ("ON 1 = 1", 1),
        ("ON a.film_id <> b.film_id", 1),
        ("ON a.film_id > b.film_id", 1),
        ("ON a.film_id = a.film_id", 1),
        ("ON a.film_id = b.film_id OR TRUE", 1),
        ("ON a.film_id = b.film_id", 0),
        ("ON (a.film_id = b.film_id) AND a.amount > 1", 0),
        ("USING (film_id)", 0),
    ],
)
def test_a_join_that_does_not_equate_keys_is_a_product(on: str, products: int) -> None:
    """Four CROSS JOINs were held at 100; the same written ON TRUE scored 15 and ran."""
    sql = f"SELECT count(*) FROM v_payment_scoped a JOIN v_rental_scoped b {on}"
    verdict = check_sql(sql, policy("admin", "all"))
    assert verdict.risk_factors.joins_without_condition == products, on


def test_a_four_way_product_scores_the_same_however_it_is_written() -> None:
    spellings = [
        "SELECT count(*) FROM v_rental_scoped a CROSS JOIN v_rental_scoped b"
        " CROSS JOIN v_rental_scoped c CROSS JOIN v_rental_scoped d",
        "SELECT count(*) FROM v_rental_scoped a JOIN v_rental_scoped b ON TRUE"
        " JOIN v_rental_scoped c ON TRUE JOIN v_rental_scoped d ON TRUE",
        "SELECT count(*) FROM v_rental_scoped a JOIN v_rental_scoped b ON a.film_id <> b.film_id"
        " JOIN v_rental_scoped c ON b.film_id <> c.film_id"
        " JOIN v_rental_scoped d ON c.film_id <> d.film_id",
    ]
    scores = {check_sql(sql, policy("admin", "all")).risk.score for sql in spellings}
    assert scores == {100}


def test_the_cost_estimate_raises_the_score_and_is_banded_for_others() -> None:
    factors = RiskFactors()
    assert score_risk(factors, 1, estimated_cost=50_000.0).score == 0
    costly = score_risk(factors, 1, estimated_cost=2_500_000.0)
    assert costly.score == 40 and costly.factors == ("an estimated cost of 2,500,000",)
    banded = score_risk(factors, 1, estimated_cost=2_500_000.0, exact=False)
    assert banded.factors == ("an estimated cost of at least 1,000,000",)
    assert score_risk(factors, 1, estimated_cost=2e7).level == "high"
