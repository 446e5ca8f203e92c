"""The compiler on its own: the shape of the SQL it writes, its result columns, plans it
refuses, and that the SQL guard accepts everything the planner suite compiles."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest

from bastion.catalog import Catalog, KnownValues
from bastion.guard.check import check_sql
from bastion.guard.policy import GuardPolicy
from bastion.planner import (
    Comparison,
    Filter,
    OrderBy,
    QueryPlan,
    ResultColumn,
    TimeRange,
    compile_plan,
)
from bastion.planner.plan import Having
from bastion.planner.resolve_plan import PlanNotResolvable, relations_for_plan
from tests.planner.cases import read_cases
from tests.planner.test_questions import plan_case

MAY = TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1), label="May 2022")
SINCE_JUNE = TimeRange(start=date(2022, 6, 1), label="Since June 2022")


def test_result_columns_are_named_labelled_and_formatted(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="trend",
        measures=("revenue", "rentals", "late_return_rate"),
        dimensions=("category",),
        time_grain="month",
    )
    assert compile_plan(plan, catalog).columns == (
        ResultColumn(name="month", label="Month", role="time", format="date"),
        # a film is in several categories: the categories' figures overlap
        ResultColumn(
            name="category", label="Category", role="dimension", format="text", overlaps=True
        ),
        ResultColumn(name="revenue", label="Revenue", role="measure", format="currency"),
        ResultColumn(name="rentals", label="Rentals", role="measure", format="integer"),
        ResultColumn(
            name="late_return_rate", label="Late return rate", role="measure", format="percent"
        ),
    )


@pytest.mark.parametrize(
    ("measure", "dimension", "overlaps"),
    [
        ("revenue", "category", True),  # film -> film_category repeats a payment
        ("films", "special_features", True),  # a film has several features
        ("films", "rating", False),
        ("customers", "customer_country", False),  # customer -> address -> city -> country
        ("revenue", "store", False),
    ],
)
def test_groups_that_can_share_rows_are_marked_as_overlapping(
    catalog: Catalog, measure: str, dimension: str, overlaps: bool
) -> None:
    plan = QueryPlan(intent="distribution", measures=(measure,), dimensions=(dimension,))
    [column] = [c for c in compile_plan(plan, catalog).columns if c.name == dimension]
    assert column.overlaps is overlaps


def test_a_filter_behind_a_join_that_multiplies_rows_is_a_semi_join(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="kpi",
        measures=("rentals",),
        filters=(Filter(dimension="category", values=("Action", "Comedy")),),
    )
    sql = compile_plan(plan, catalog).sql
    assert "r.film_id IN (\n    SELECT\n      fc.film_id" in sql
    assert "c.name IN ('Action', 'Comedy')" in sql
    assert "GROUP BY" not in sql


def test_a_grouped_dimension_is_joined(catalog: Catalog) -> None:
    plan = QueryPlan(intent="distribution", measures=("rentals",), dimensions=("category",))
    sql = compile_plan(plan, catalog).sql
    assert "JOIN analytics.film_category AS fc\n  ON fc.film_id = r.film_id" in sql
    assert "ORDER BY\n  category ASC\nLIMIT 200" in sql


def test_languages_and_categories_are_shown_with_their_ids(catalog: Catalog) -> None:
    for name, key in (("language", "language_id"), ("category", "category_id")):
        plan = QueryPlan(intent="distribution", measures=("films",), dimensions=(name,))
        columns = [c.name for c in compile_plan(plan, catalog).columns]
        assert columns == [name, key, "films"]


def test_a_list_holding_only_the_values_named_checks_its_size(catalog: Catalog) -> None:
    only = Filter(dimension="special_features", values=("Trailers",), op="only")
    plan = QueryPlan(intent="list", dimensions=("film",), filters=(only,))
    sql = " ".join(compile_plan(plan, catalog).sql.split())
    assert "'Trailers' = ANY( f.special_features ) AND CARDINALITY(f.special_features) = 1" in sql


def test_ranking_order_breaks_ties_by_every_grouped_column(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="ranking",
        measures=("revenue",),
        dimensions=("store", "category"),
        order=(OrderBy(key="revenue", direction="desc"),),
        limit=7,
    )
    sql = compile_plan(plan, catalog).sql
    assert sql.endswith(
        "ORDER BY\n  revenue DESC NULLS LAST,\n  store ASC,\n  category ASC\nLIMIT 7"
    )


def test_measures_over_two_relations_join_their_totals(catalog: Catalog) -> None:
    by_store = compile_plan(
        QueryPlan(intent="distribution", measures=("revenue", "rentals"), dimensions=("store",)),
        catalog,
    )
    assert "FULL JOIN rental_totals\n  USING (store)" in by_store.sql
    assert by_store.relations == ("v_payment_scoped", "v_rental_scoped")
    totals = compile_plan(QueryPlan(intent="kpi", measures=("revenue", "customers")), catalog)
    assert "CROSS JOIN customer_totals" in totals.sql


CUSTOMERS = QueryPlan(
    intent="ranking",
    measures=("revenue",),
    dimensions=("customer",),
    order=(OrderBy(key="revenue", direction="desc"),),
    limit=5,
)


def test_customers_asked_by_name_get_their_masked_names_beside_the_id(catalog: Catalog) -> None:
    named = compile_plan(CUSTOMERS, catalog, frozenset({"customer"}))
    assert named.columns[:2] == (
        ResultColumn(name="customer", label="Customer", role="dimension", format="text"),
        ResultColumn(name="customer_name", label="Customer name", role="label", names="customer"),
    )
    assert "  cu.first_name_masked || ' ' || cu.last_name_masked AS customer_name,\n" in named.sql
    # A LEFT JOIN: a customer whose name the reader may not see still counts.
    assert "LEFT JOIN analytics.v_customer_masked AS cu\n  ON cu.customer_id = p.customer_id" in (
        named.sql
    )
    assert "GROUP BY\n  p.customer_id,\n  cu.first_name_masked || ' ' ||" in named.sql
    assert named.relations == ("v_customer_masked", "v_payment_scoped")
    # Without names (or with names nobody asked for): as before.
    plain = compile_plan(CUSTOMERS, catalog)
    assert "v_customer_masked" not in plain.sql and len(plain.columns) == 2
    assert compile_plan(CUSTOMERS, catalog, frozenset({"store"})) == plain


def test_names_are_left_out_where_the_sql_combines_totals(catalog: Catalog) -> None:
    two = CUSTOMERS.model_copy(update={"measures": ("revenue", "rentals")})
    compiled = compile_plan(two, catalog, frozenset({"customer"}))
    assert compiled == compile_plan(two, catalog)
    # Customers' own relation needs no join for their names.
    own = QueryPlan(intent="distribution", measures=("customers",), dimensions=("customer",))
    named = compile_plan(own, catalog, frozenset({"customer"}))
    assert "JOIN" not in named.sql and "cu.first_name_masked" in named.sql


def test_periods_have_one_row_each_even_without_data(
    catalog: Catalog, analytics: psycopg.Connection[Any]
) -> None:
    empty = TimeRange(start=date(2021, 1, 1), end=date(2021, 2, 1), label="January 2021")
    plan = QueryPlan(
        intent="comparison",
        measures=("revenue", "average_payment"),
        comparison=Comparison(periods=(MAY, empty, SINCE_JUNE)),
    )
    compiled = compile_plan(plan, catalog)
    rows = analytics.execute(compiled.sql).fetchall()
    assert [r[0] for r in rows] == ["May 2022", "January 2021", "Since June 2022"]
    assert rows[1][1:] == (0, None)  # no revenue is 0; an average of nothing is unknown


def test_time_is_filtered_half_open_on_the_measures_date(catalog: Catalog) -> None:
    plan = QueryPlan(intent="kpi", measures=("late_returns",), time_range=MAY)
    sql = compile_plan(plan, catalog).sql
    assert "r.rental_date >= CAST('2022-05-01' AS DATE)" in sql
    assert "r.rental_date < CAST('2022-06-01' AS DATE)" in sql


@pytest.mark.parametrize(
    ("plan", "says"),
    [
        (QueryPlan(intent="kpi", measures=("profit",)), "no measure called 'profit'"),
        (
            QueryPlan(intent="distribution", measures=("revenue",), dimensions=("colour",)),
            "no dimension called 'colour'",
        ),
        (
            QueryPlan(intent="trend", measures=("films",), time_grain="month"),
            "Films has no date",
        ),
        (
            QueryPlan(intent="distribution", measures=("customers",), dimensions=("actor",)),
            "Customers can't be broken down or filtered by actor",
        ),
        (  # a threshold of a number on a date: a database error before, now a reason
            QueryPlan(
                intent="distribution",
                measures=("last_payment",),
                dimensions=("store",),
                having=(Having(measure="last_payment", op=">", value=10),),
            ),
            "is a date: it can't be compared with a number",
        ),
        (  # rentals and returns in one group share no hour: the rental's is not the return's
            QueryPlan(intent="distribution", measures=("rentals", "returns"), dimensions=("hour",)),
            "read from another date than the",
        ),
        (
            QueryPlan(
                intent="kpi",
                measures=("rentals", "returns"),
                filters=(Filter(dimension="weekday", values=("Saturday",)),),
            ),
            "read from another date than the",
        ),
    ],
)
def test_plans_the_catalog_cannot_answer_are_refused(
    catalog: Catalog, plan: QueryPlan, says: str
) -> None:
    with pytest.raises(PlanNotResolvable) as caught:
        compile_plan(plan, catalog)
    assert says in caught.value.message
    with pytest.raises(PlanNotResolvable):
        relations_for_plan(plan, catalog)


def test_the_guard_accepts_every_compiled_question(
    catalog: Catalog, as_of: date, known_values: KnownValues
) -> None:
    """The compiler writes what the guard allows: the role's relations, allowed functions
    and casts, one statement; the guard then injects the store scope."""
    for case in read_cases():
        plan = plan_case(case, catalog, as_of, known_values)
        policy = GuardPolicy(
            allowed_relations=catalog.relations_for_role(case.role),
            scoped_relations=dict(catalog.scoped_relations),
            store_ids=(1,),
            all_stores=False,
        )
        verdict = check_sql(compile_plan(plan, catalog).sql, policy)
        assert verdict.allowed, (case.id, verdict.reasons)
