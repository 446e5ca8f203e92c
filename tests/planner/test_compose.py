"""The SQL of the compositional forms (issue 12, point 2), where its shape matters beyond
its rows: escaping, ties, shares over the whole, named columns for the policies' lineage.
Their rows are checked against hand-written SQL in fixtures/questions.sql."""

from __future__ import annotations

from datetime import date

import pytest
import sqlglot
from sqlglot import exp

from bastion.catalog import Catalog
from bastion.planner import Comparison, Filter, OrderBy, QueryPlan, TimeRange, compile_plan
from bastion.planner.resolve_plan import PlanNotResolvable

APRIL = TimeRange(start=date(2022, 4, 1), end=date(2022, 5, 1), label="April 2022")
MAY = TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1), label="May 2022")


def tree(plan: QueryPlan, catalog: Catalog) -> exp.Expr:
    return sqlglot.parse_one(compile_plan(plan, catalog).sql, dialect="postgres")


def test_a_word_in_a_title_is_an_escaped_ilike(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="list",
        dimensions=("film",),
        filters=(Filter(dimension="film", values=("100%_sure",), op="contains"),),
    )
    like = tree(plan, catalog).find(exp.ILike)
    assert like is not None
    assert like.expression.this == "%100\\%\\_sure%"  # the wildcards are literal


def test_a_ranking_keeps_its_ties_inside_and_names_its_columns_outside(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="ranking",
        measures=("rentals",),
        dimensions=("film",),
        order=(OrderBy(key="rentals"),),
        limit=10,
        ties=True,
    )
    sql = tree(plan, catalog)
    fetch = sql.find(exp.Fetch)
    assert fetch is not None and fetch.args["limit_options"].args["with_ties"]
    assert not any(isinstance(e, exp.Star) for e in sql.expressions)  # lineage sees through
    assert sql.args["limit"].expression.this == "200"


def test_a_share_divides_two_totals_not_a_sum_of_groups(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="kpi",
        measures=("revenue",),
        derived="share",
        share_of=Filter(dimension="category", values=("Action",)),
    )
    sql = tree(plan, catalog)
    assert not sql.args.get("joins")  # scalar subqueries: no cross join to hold
    assert len(list(sql.find_all(exp.Subquery))) >= 2
    grouped = plan.model_copy(
        update={
            "dimensions": ("store",),
            "intent": "distribution",
            "share_of": Filter(dimension="rating", values=("R",)),
        }
    )
    join = tree(grouped, catalog).find(exp.Join)
    assert join is not None and join.args.get("using")


def test_never_is_not_in_and_a_threshold_compares_the_unrounded_value(catalog: Catalog) -> None:
    from bastion.planner.plan import Exists, Having

    listed = QueryPlan(
        intent="list", dimensions=("film",), exists=(Exists(measure="rentals", negate=True),)
    )
    negated = tree(listed, catalog).find(exp.Not)
    assert negated is not None and isinstance(negated.this, exp.In)
    grouped = QueryPlan(
        intent="distribution",
        measures=("average_rental_rate",),
        dimensions=("category",),
        having=(Having(measure="average_rental_rate", op=">", value=3),),
    )
    having = tree(grouped, catalog).find(exp.Having)
    assert having is not None and having.find(exp.Round) is None


def test_growth_per_group_compares_each_group_with_itself(catalog: Catalog) -> None:
    plan = QueryPlan(
        intent="trend",
        measures=("rentals",),
        dimensions=("store",),
        time_grain="month",
        order=(OrderBy(key="month"),),
        limit=1,
        derived="growth",
    )
    sql = tree(plan, catalog)
    windows = [w for w in sql.find_all(exp.Window) if isinstance(w.this, exp.Lag)]
    assert windows and all(w.args.get("partition_by") for w in windows)
    assert sql.args.get("where") is not None  # the last period of every store, not one row


def test_a_share_in_each_of_several_periods_is_refused_not_a_crash(catalog: Catalog) -> None:
    """A model's plan of this shape once raised a KeyError (an HTTP 500)."""
    plan = QueryPlan(
        intent="kpi",
        measures=("revenue",),
        comparison=Comparison(periods=(MAY, APRIL)),
        derived="share",
        share_of=Filter(dimension="store", values=(2,)),
    )
    with pytest.raises(PlanNotResolvable, match="several periods"):
        compile_plan(plan, catalog)


def test_periods_compared_per_film_keep_the_films_id(catalog: Catalog) -> None:
    """The columns compiled are the SQL's: the policies judge each by its name (a film's id
    once went missing from the SQL, and the result stage failed with a 500)."""
    plan = QueryPlan(
        intent="distribution",
        measures=("first_rental",),
        dimensions=("film",),
        comparison=Comparison(periods=(APRIL, MAY)),
        order=(OrderBy(key="first_rental"),),
    )
    compiled = compile_plan(plan, catalog)
    names = [c.name for c in compiled.columns]
    assert names == ["period", "film", "film_id", "first_rental"]
    assert sqlglot.parse_one(compiled.sql, dialect="postgres").named_selects == names
