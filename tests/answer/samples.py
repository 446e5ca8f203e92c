"""Realistic results built by hand, shaped as psycopg returns them (Decimal money, int
counts, date buckets, None for NULL), with the plans and columns that produced them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bastion.planner.plan import (
    Comparison,
    Filter,
    Grain,
    Intent,
    OrderBy,
    QueryPlan,
    ResultColumn,
    TimeRange,
)

REVENUE = ResultColumn(name="revenue", label="Revenue", role="measure", format="currency")
PAYMENTS = ResultColumn(name="payments", label="Payments", role="measure", format="integer")
RENTALS = ResultColumn(name="rentals", label="Rentals", role="measure", format="integer")
AVG_PAYMENT = ResultColumn(
    name="avg_payment", label="Average payment", role="measure", format="currency"
)
RETURN_RATE = ResultColumn(
    name="return_rate", label="Return rate", role="measure", format="percent"
)
CATEGORY = ResultColumn(name="category", label="Category", role="dimension")
RATING = ResultColumn(name="rating", label="Rating", role="dimension")
FILM = ResultColumn(name="film", label="Film", role="dimension")
STORE = ResultColumn(name="store_id", label="Store", role="dimension", format="integer")
MONTH = ResultColumn(name="month", label="Month", role="time", format="date")
DAY = ResultColumn(name="day", label="Day", role="time", format="date")
WEEK = ResultColumn(name="week", label="Week", role="time", format="date")
QUARTER = ResultColumn(name="quarter", label="Quarter", role="time", format="date")
YEAR = ResultColumn(name="year", label="Year", role="time", format="date")

IN_2022 = TimeRange(start=date(2022, 1, 1), end=date(2023, 1, 1), label="in 2022")
IN_MAY_2021 = TimeRange(start=date(2021, 5, 1), end=date(2021, 6, 1), label="in May 2021")

Rows = Sequence[Sequence[object]]


@dataclass(frozen=True)
class Sample:
    """One plan with its result columns and rows."""

    name: str
    plan: QueryPlan
    columns: tuple[ResultColumn, ...]
    rows: Rows


def plan(
    intent: Intent,
    *measures: str,
    dimensions: tuple[str, ...] = (),
    grain: Grain | None = None,
    time_range: TimeRange | None = IN_2022,
    filters: tuple[Filter, ...] = (),
    comparison: Comparison | None = None,
    order: tuple[OrderBy, ...] = (),
    limit: int | None = None,
) -> QueryPlan:
    return QueryPlan(
        intent=intent,
        measures=measures,
        dimensions=dimensions,
        time_grain=grain,
        time_range=time_range,
        filters=filters,
        comparison=comparison,
        order=order,
        limit=limit,
    )


CATEGORY_REVENUE: Rows = [
    ["Sports", Decimal("5314.21")],
    ["Sci-Fi", Decimal("4756.98")],
    ["Animation", Decimal("4656.30")],
    ["Drama", Decimal("4587.39")],
    ["Comedy", Decimal("4383.58")],
    ["Action", Decimal("4375.85")],
    ["New", Decimal("4351.62")],
    ["Games", Decimal("4281.33")],
    ["Foreign", Decimal("4270.67")],
    ["Family", Decimal("4226.07")],
    ["Documentary", Decimal("4217.52")],
    ["Horror", Decimal("3722.54")],
    ["Children", Decimal("3655.55")],
    ["Classics", Decimal("3639.59")],
    ["Travel", Decimal("3549.64")],
    ["Music", Decimal("3417.72")],
]
MONTHLY_REVENUE: Rows = [
    [date(2022, 2, 1), Decimal("8351.84")],
    [date(2022, 3, 1), Decimal("23886.56")],
    [date(2022, 4, 1), Decimal("28559.46")],
    [date(2022, 5, 1), Decimal("514.18")],
]
RATING_REVENUE: Rows = [
    ["PG-13", Decimal("15310.68")],
    ["NC-17", Decimal("13994.17")],
    ["R", Decimal("13419.87")],
    ["PG", Decimal("13080.54")],
    ["G", Decimal("11611.25")],
]

BY_CATEGORY = (OrderBy(key="revenue", direction="desc"),)

KPI = Sample("kpi", plan("kpi", "revenue"), (REVENUE,), [[Decimal("67416.51")]])
KPI_TWO_MEASURES = Sample(
    "kpi_two_measures",
    plan("kpi", "revenue", "payments"),
    (REVENUE, PAYMENTS),
    [[Decimal("67416.51"), 16049]],
)
KPI_STORE_1 = Sample(
    "kpi_store_1",
    plan("kpi", "revenue", "payments", filters=(Filter(dimension="store", values=(1,)),)),
    (REVENUE, PAYMENTS),
    [[Decimal("33689.74"), 7928]],
)
RANKING = Sample(
    "ranking",
    plan("ranking", "revenue", dimensions=("category",), order=BY_CATEGORY, limit=16),
    (CATEGORY, REVENUE),
    CATEGORY_REVENUE,
)
TREND = Sample(
    "trend",
    plan("trend", "revenue", dimensions=(), grain="month"),
    (MONTH, REVENUE),
    MONTHLY_REVENUE,
)
DISTRIBUTION = Sample(
    "distribution",
    plan("distribution", "revenue", dimensions=("rating",)),
    (RATING, REVENUE),
    RATING_REVENUE,
)
COMPARISON = Sample(
    "comparison",
    plan(
        "comparison",
        "revenue",
        dimensions=("store",),
        comparison=Comparison(dimension="store", values=(1, 2)),
    ),
    (STORE, REVENUE),
    [[1, Decimal("33689.74")], [2, Decimal("33726.77")]],
)
NO_ROWS = Sample("no_rows", plan("kpi", "revenue", time_range=IN_MAY_2021), (REVENUE,), [])

INTENTS = (KPI, KPI_TWO_MEASURES, KPI_STORE_1, RANKING, TREND, DISTRIBUTION, COMPARISON)

# Edge cases: ties, ascending order, odd labels, NULLs, negative and zero values, many rows.
TIED_RANKING = Sample(
    "tied_ranking",
    plan("ranking", "revenue", dimensions=("category",), order=BY_CATEGORY),
    (CATEGORY, REVENUE),
    [
        ["Sports", Decimal("5314.21")],
        ["Sci-Fi", Decimal("5314.21")],
        ["Animation", Decimal("4656.30")],
        ["Drama", Decimal("4587.39")],
    ],
)
LOWEST_RANKING = Sample(
    "lowest_ranking",
    plan(
        "ranking",
        "revenue",
        dimensions=("category",),
        order=(OrderBy(key="revenue", direction="asc"),),
        limit=3,
    ),
    (CATEGORY, REVENUE),
    [
        ["Music", Decimal("3417.72")],
        ["Travel", Decimal("3549.64")],
        ["Classics", Decimal("3639.59")],
    ],
)
ODD_LABELS = Sample(
    "odd_labels",
    plan("ranking", "rentals", dimensions=("film",), order=(OrderBy(key="rentals"),)),
    (FILM, RENTALS),
    [
        ["<script>alert(1)</script>", 34],
        ["Ångström — the “quoted” épopée of 東京 🎬", 33],
        ["A" * 300, 32],
        ['Back\\slash "and" quotes', 31],
    ],
)
RANKING_WITH_NULLS = Sample(
    "ranking_with_nulls",
    plan("ranking", "revenue", dimensions=("category",), order=BY_CATEGORY),
    (CATEGORY, REVENUE),
    [[None, None], ["Sports", Decimal("5314.21")], ["Sci-Fi", None], ["Drama", Decimal("0")]],
)
NULL_KPI = Sample("null_kpi", plan("kpi", "revenue", time_range=IN_MAY_2021), (REVENUE,), [[None]])
ZERO_KPI = Sample("zero_kpi", plan("kpi", "payments"), (PAYMENTS,), [[0]])
RISING_FROM_ZERO = Sample(
    "rising_from_zero",
    plan("trend", "rentals", grain="quarter"),
    (QUARTER, RENTALS),
    [[date(2022, 1, 1), 0], [date(2022, 4, 1), 1204], [date(2022, 7, 1), 1350]],
)
WEEKLY_RISE = Sample(
    "weekly_rise",
    plan(
        "trend",
        "revenue",
        grain="week",
        filters=(Filter(dimension="category", values=("Action",)),),
    ),
    (WEEK, REVENUE),
    [
        [date(2022, 5, 2), Decimal("310.45")],
        [date(2022, 5, 9), Decimal("402.17")],
        [date(2022, 5, 16), Decimal("388.60")],
    ],
)
SINGLE_PERIOD = Sample(
    "single_period",
    plan("trend", "revenue", grain="year", time_range=None),
    (YEAR, REVENUE),
    [[date(2022, 1, 1), Decimal("67416.51")]],
)
SERIES_TREND = Sample(
    "series_trend",
    plan("trend", "revenue", dimensions=("store",), grain="month"),
    (MONTH, STORE, REVENUE),
    [
        [date(2022, 2, 1), 1, Decimal("4160.84")],
        [date(2022, 2, 1), 2, Decimal("4191.00")],
        [date(2022, 3, 1), 1, Decimal("11776.83")],
        [date(2022, 3, 1), 2, Decimal("12109.73")],
        [date(2022, 4, 1), 1, Decimal("14080.36")],
        [date(2022, 4, 1), 2, Decimal("14479.10")],
    ],
)
AVERAGE_BY_RATING = Sample(
    "average_by_rating",
    plan("distribution", "avg_payment", dimensions=("rating",)),
    (RATING, AVG_PAYMENT),
    [["PG-13", Decimal("4.3521")], ["NC-17", Decimal("4.2240")], ["G", Decimal("4.1802")]],
)
STORES_EQUAL = Sample(
    "stores_equal",
    plan("comparison", "payments", dimensions=("store",)),
    (STORE, PAYMENTS),
    [[1, 8040], [2, 8040]],
)
STORE_1_HIGHER = Sample(
    "store_1_higher",
    plan("comparison", "rentals", dimensions=("store",)),
    (STORE, RENTALS),
    [[1, 8121], [2, 7923]],
)
THREE_CATEGORIES = Sample(
    "three_categories",
    plan(
        "comparison",
        "revenue",
        dimensions=("category",),
        filters=(Filter(dimension="store", values=(1, 2)),),
    ),
    (CATEGORY, REVENUE),
    [["Action", Decimal("4375.85")], ["Comedy", Decimal("4383.58")], ["Drama", Decimal("4587.39")]],
)
NEGATIVE_CHANGE = Sample(
    "negative_change",
    plan("comparison", "return_rate", dimensions=("store",)),
    (STORE, RETURN_RATE),
    [[1, Decimal("0.9412")], [2, Decimal("0.9175")]],
)
MONTHS_COMPARED = Sample(
    "months_compared",
    plan(
        "comparison",
        "revenue",
        time_range=None,
        comparison=Comparison(
            periods=(
                TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1), label="in May 2022"),
                TimeRange(start=date(2022, 6, 1), end=date(2022, 7, 1), label="in June 2022"),
            )
        ),
    ),
    (REVENUE,),
    [[Decimal("4824.43")], [Decimal("9631.88")]],
)
TWO_DIMENSIONS = Sample(
    "two_dimensions",
    plan("ranking", "revenue", dimensions=("store", "category"), order=BY_CATEGORY),
    (STORE, CATEGORY, REVENUE),
    [[1, "Sports", Decimal("2793.42")], [2, "Sci-Fi", Decimal("2599.75")]],
)
MANY_CATEGORIES_SHARE = Sample(
    "many_categories_share",
    plan("distribution", "revenue", dimensions=("category",)),
    (CATEGORY, REVENUE),
    CATEGORY_REVENUE,
)


def _daily(count: int) -> Rows:
    """``count`` days of revenue with a deterministic up-and-down pattern."""
    start = date(2022, 1, 1).toordinal()
    return [
        [date.fromordinal(start + i), Decimal(150_00 + (i * 7919) % 9000) / 100]
        for i in range(count)
    ]


MANY_DAYS = Sample(
    "many_days",
    plan("trend", "revenue", grain="day", limit=200),
    (DAY, REVENUE),
    _daily(200),
)
MANY_FILMS = Sample(
    "many_films",
    plan("ranking", "rentals", dimensions=("film",), order=(OrderBy(key="rentals"),), limit=200),
    (FILM, RENTALS),
    [[f"FILM {i:03d}", 40 - i // 10] for i in range(200)],
)

# Shapes of issue 12's answers: one group, a top 1, ties, entities named by several columns,
# lists without a measure, a trend of one series.
FILMS = ResultColumn(name="films", label="Films", role="measure", format="integer")
CUSTOMERS = ResultColumn(name="customers", label="Customers", role="measure", format="integer")
CITY = ResultColumn(name="customer_city", label="Customer city", role="dimension")
ACTOR_ID = ResultColumn(name="actor_id", label="Actor id", role="dimension", format="integer")
FIRST_NAME = ResultColumn(name="first_name", label="First name", role="dimension")
LAST_NAME = ResultColumn(name="last_name", label="Last name", role="dimension")
FILM_ID = ResultColumn(name="film_id", label="Film", role="dimension", format="integer")
TITLE = ResultColumn(name="title", label="Title", role="dimension")
BY_FILMS = (OrderBy(key="films"),)
ACTORS = (ACTOR_ID, FIRST_NAME, LAST_NAME, FILMS)
TITLES = (
    "ACADEMY DINOSAUR",
    "ACE GOLDFINGER",
    "ADAPTATION HOLES",
    "AFFAIR PREJUDICE",
    "AFRICAN EGG",
    "AGENT TRUMAN",
    "AIRPLANE SIERRA",
    "AIRPORT POLLOCK",
)

ONE_STORE = Sample(
    "one_store",
    plan("distribution", "rentals", dimensions=("store",)),
    (STORE, RENTALS),
    [[1, 7923]],
)
TOP_ACTOR = Sample(
    "top_actor",
    plan("ranking", "films", dimensions=("actor",), order=BY_FILMS, limit=1, time_range=None),
    ACTORS,
    [[107, "GINA", "DEGENERES", 42]],
)
TIED_ACTORS = Sample(
    "tied_actors",
    plan("ranking", "films", dimensions=("actor",), order=BY_FILMS, limit=3, time_range=None),
    ACTORS,
    [[107, "GINA", "DEGENERES", 42], [102, "WALTER", "TORN", 42], [198, "MARY", "KEITEL", 40]],
)
SAME_NAMES = Sample(
    "same_names",
    plan("ranking", "films", dimensions=("actor",), order=BY_FILMS, time_range=None),
    ACTORS,
    [[101, "SUSAN", "DAVIS", 54], [110, "SUSAN", "DAVIS", 31], [1, "PENELOPE", "GUINESS", 19]],
)
FILM_LIST = Sample(
    "film_list",
    plan("ranking", "film_id", time_range=None),
    (FILM_ID, TITLE),
    [[i + 1, title] for i, title in enumerate(TITLES)],
)
ONE_FILM = Sample(
    "one_film", plan("kpi", "title", time_range=None), (TITLE,), [["ACADEMY DINOSAUR"]]
)
ONE_STORE_SERIES = Sample(
    "one_store_series",
    plan("trend", "revenue", dimensions=("store",), grain="month"),
    (MONTH, STORE, REVENUE),
    [[row[0], 1, row[2]] for row in SERIES_TREND.rows if row[1] == 1],
)
TIED_SERIES = Sample(
    "tied_series",
    plan("trend", "rentals", dimensions=("store",), grain="month"),
    (MONTH, STORE, RENTALS),
    [
        [date(2022, 5, 1), 1, 1100],
        [date(2022, 5, 1), 2, 1200],
        [date(2022, 6, 1), 1, 1300],
        [date(2022, 6, 1), 2, 1300],
    ],
)
CITIES_TOP_5 = Sample(
    "cities_top_5",
    plan("distribution", "customers", dimensions=("customer_city",), limit=5, time_range=None),
    (CITY, CUSTOMERS),
    [["Aurora", 2], ["London", 2], ["Adana", 1], ["Akishima", 1], ["Allappuzha", 1]],
)

EDGES = (
    TIED_RANKING,
    LOWEST_RANKING,
    ODD_LABELS,
    RANKING_WITH_NULLS,
    NULL_KPI,
    ZERO_KPI,
    RISING_FROM_ZERO,
    WEEKLY_RISE,
    SINGLE_PERIOD,
    SERIES_TREND,
    AVERAGE_BY_RATING,
    STORES_EQUAL,
    STORE_1_HIGHER,
    THREE_CATEGORIES,
    NEGATIVE_CHANGE,
    MONTHS_COMPARED,
    TWO_DIMENSIONS,
    MANY_CATEGORIES_SHARE,
    MANY_DAYS,
    MANY_FILMS,
    ONE_STORE,
    TOP_ACTOR,
    TIED_ACTORS,
    SAME_NAMES,
    FILM_LIST,
    ONE_FILM,
    ONE_STORE_SERIES,
    TIED_SERIES,
    CITIES_TOP_5,
)
ALL = (*INTENTS, NO_ROWS, *EDGES)
