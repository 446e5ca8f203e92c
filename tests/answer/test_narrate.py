"""The narrator states the real numbers of a result, per intent, and nothing else."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import permutations

import pytest

from bastion.answer import NarrationStyle, narrate, widgets_for
from bastion.answer.formats import format_period
from bastion.answer.infer import describe_result, infer_columns
from bastion.answer.shape import LONGEST_NAME
from bastion.answer.wording import period_label
from bastion.catalog.spec import Grain
from bastion.planner.plan import Filter, Having, OrderBy, ResultColumn, TimeRange

from .samples import (
    ALL,
    CATEGORY,
    COMPARISON,
    DISTRIBUTION,
    FILM_LIST,
    INTENTS,
    KPI,
    KPI_TWO_MEASURES,
    LOWEST_RANKING,
    MANY_CATEGORIES_SHARE,
    NULL_KPI,
    ODD_LABELS,
    RANKING,
    RENTALS,
    REVENUE,
    STORE_1_HIGHER,
    TREND,
    Sample,
    plan,
)

DETAILED = NarrationStyle(detail="detailed")
GRAINS: tuple[Grain, ...] = ("day", "week", "month", "quarter", "year")


def say(sample: Sample, style: NarrationStyle | None = None) -> str:
    return narrate(sample.plan, sample.columns, sample.rows, style=style)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part]


GOLDEN = {
    "kpi": "Revenue was $67,416.51 in 2022.",
    "kpi_two_measures": "Revenue was $67,416.51 and payments were 16,049 in 2022.",
    "kpi_store_1": "Revenue was $33,689.74 and payments were 7,928 in store 1 in 2022.",
    "ranking": "Sports led revenue in 2022 with $5,314.21, followed by Sci-Fi ($4,756.98) "
    "and Animation ($4,656.30).",
    "trend": "Revenue in 2022 fell 93.8% from $8,351.84 in February 2022 to $514.18 in "
    "May 2022. The peak was $28,559.46 in April 2022.",
    "distribution": "PG-13 had the largest share of revenue in 2022: $15,310.68, 22.7% of the "
    "$67,416.51 total.",
    "comparison": "Store 1 took $33,689.74 and store 2 $33,726.77 in 2022; store 2 was $37.03 "
    "(0.1%) higher.",
    "no_rows": "No payments matched in May 2021.",
    "tied_ranking": "Sports and Sci-Fi tie for the highest revenue in 2022, $5,314.21 each, "
    "followed by Animation ($4,656.30).",
    "lowest_ranking": "Music had the lowest revenue in 2022 with $3,417.72, followed by "
    "Travel ($3,549.64) and Classics ($3,639.59).",
    "ranking_with_nulls": "Sports led revenue in 2022 with $5,314.21, followed by Drama ($0.00).",
    "null_kpi": "No payments matched in May 2021.",
    "zero_kpi": "There were 0 payments in 2022.",
    "rising_from_zero": "Rentals in 2022 rose from 0 in Q1 2022 to 1,350 in Q3 2022. "
    "Q3 2022 was the peak quarter.",
    "weekly_rise": "Revenue for Action films in 2022 rose 25.2% from $310.45 in the week of "
    "2022-05-02 to $388.60 in the week of 2022-05-16. The peak was $402.17 in the week of "
    "2022-05-09.",
    "single_period": "Revenue was $67,416.51 in 2022, the only year with data.",
    "series_trend": "In April 2022, store 2 had the highest revenue at $14,479.10, "
    "ahead of store 1 ($14,080.36). Store 2 rose 245.5% from $4,191.00 in February 2022.",
    "average_by_rating": "PG-13 had the highest average payment in 2022: $4.35.",
    "stores_equal": "Payments in 2022 were 8,040 for store 1 and 8,040 for store 2; "
    "the two were equal.",
    "store_1_higher": "Rentals in 2022 were 8,121 for store 1 and 7,923 for store 2; "
    "store 1 was 198 (2.5%) higher.",
    "three_categories": "Revenue in stores 1 and 2 in 2022 was $4,375.85 for Action, $4,383.58 "
    "for Comedy and $4,587.39 for Drama; Drama was highest, $211.54 (4.8%) above Action.",
    "negative_change": "Return rate in 2022 was 94.1% for store 1 and 91.8% for store 2; "
    "store 1 was 2.4 percentage points higher.",
    "months_compared": "May 2022 took $4,824.43 and June 2022 $9,631.88; June 2022 was "
    "$4,807.45 (99.6%) higher.",
    "two_dimensions": "Store 1 / Sports led revenue in 2022 with $2,793.42, followed by "
    "store 2 / Sci-Fi ($2,599.75).",
    "many_categories_share": "Sports had the largest share of revenue in 2022: $5,314.21, 7.9% "
    "of the $67,406.56 total.",
    "many_days": "Revenue in 2022 rose 5.9% from $150.00 on 2022-01-01 to $158.81 on "
    "2022-07-19. The peak was $239.75 on 2022-01-26.",
    "many_films": "FILM 000, FILM 001, FILM 002 and 7 others tie for the most rentals in "
    "2022, 40 each.",
    "one_store": "Store 1 had 7,923 rentals in 2022.",
    "top_actor": "GINA DEGENERES had the most films: 42.",
    "tied_actors": "GINA DEGENERES and WALTER TORN tie for the most films, 42 each, followed "
    "by MARY KEITEL (40).",
    "same_names": "SUSAN DAVIS (#101) had the most films with 54, followed by SUSAN DAVIS "
    "(#110) (31) and PENELOPE GUINESS (19).",
    "film_list": "8 films: ACADEMY DINOSAUR, ACE GOLDFINGER, ADAPTATION HOLES, AFFAIR "
    "PREJUDICE, AFRICAN EGG and 3 more.",
    "one_film": "1 title: ACADEMY DINOSAUR.",
    "one_store_series": "Revenue for store 1 in 2022 rose 238.4% from $4,160.84 in February "
    "2022 to $14,080.36 in April 2022. April 2022 was the peak month.",
    "tied_series": "In June 2022, store 1 and store 2 tie for the most rentals, 1,300 each. "
    "Store 1 rose 18.2% from 1,100 in May 2022.",
    "cities_top_5": "Aurora and London tie for the most customers, 2 each.",
}


@pytest.mark.parametrize("sample", [s for s in ALL if s.name in GOLDEN], ids=lambda s: s.name)
def test_short_answers(sample: Sample) -> None:
    assert say(sample) == GOLDEN[sample.name]


FILMS = ResultColumn(name="films", label="Films", role="measure", format="integer")
ACTORS = ResultColumn(name="actors", label="Actors", role="measure", format="integer")
CUSTOMERS = ResultColumn(name="customers", label="Customers", role="measure", format="integer")


@pytest.mark.parametrize(
    ("counted", "filters", "time_range", "value", "expected"),
    [
        (FILMS, (Filter(dimension="rating", values=("PG-13",)),), None, 223,
         "There are 223 films rated PG-13."),
        (FILMS, (Filter(dimension="category", values=("Action",)),), None, 1,
         "There is 1 Action film."),
        (ACTORS, (Filter(dimension="first_name", values=("NICK",)),), None, 3,
         "There are 3 actors with first name NICK."),
        (FILMS, (Filter(dimension="length", values=(180.0,), op=">"),), None, 39,
         "There are 39 films with length over 180."),
        (RENTALS, (Filter(dimension="store", values=(1,)),), TimeRange(
            start=date(2022, 7, 1), end=date(2022, 8, 1), label="last month (July 2022)"),
         3352, "There were 3,352 rentals in store 1 last month (July 2022)."),
        (CUSTOMERS, (Filter(dimension="active", values=("true",)),
                     Filter(dimension="customer_country", values=("Canada",))), None, 5,
         "There are 5 active customers in Canada."),
        (CUSTOMERS, (Filter(dimension="active", values=("true",), negate=True),), None, 15,
         "There are 15 inactive customers."),
        (FILMS, (Filter(dimension="replacement_cost", values=(29.99,)),
                 Filter(dimension="rental_rate", values=(0.99,))), None, 3,
         "There are 3 films with replacement cost 29.99 and rental rate 0.99."),
    ],
)  # fmt: skip
def test_a_count_of_things_reads_as_a_sentence_about_them(
    counted: ResultColumn,
    filters: tuple[Filter, ...],
    time_range: TimeRange | None,
    value: int,
    expected: str,
) -> None:
    """ "How many films are rated PG-13?" is answered "There are 223 films rated PG-13.",
    not "Films were 223 for films rated PG-13."."""
    counting = plan("kpi", counted.name, filters=filters, time_range=time_range)
    assert narrate(counting, (counted,), [[value]]) == expected


def test_one_listed_thing_is_said_with_what_was_asked_of_it() -> None:
    """ "Rental rate of ACADEMY DINOSAUR" is answered with the rate, not "1 film: ACADEMY
    DINOSAUR 0.99"; several rows of one film name what differs (its categories)."""
    title = ResultColumn(name="film", label="Film", role="dimension")
    film_id = ResultColumn(name="film_id", label="Film id", role="dimension")
    rate = ResultColumn(
        name="rental_rate", label="Rental rate", role="dimension", format="currency"
    )
    asked = plan("list", dimensions=("film", "rental_rate"), time_range=None)
    assert narrate(asked, (title, film_id, rate), [["ACADEMY DINOSAUR", 1, Decimal("0.99")]]) == (
        "ACADEMY DINOSAUR: rental rate $0.99."
    )
    category = ResultColumn(name="category", label="Category", role="dimension")
    categories = plan("list", dimensions=("film", "category"), time_range=None)
    rows = [["ALADDIN CALENDAR", 10, name] for name in ("Children", "Games", "Travel")]
    assert narrate(categories, (title, film_id, category), rows) == (
        "ALADDIN CALENDAR has 3 categories: Children, Games and Travel."
    )
    films = plan("list", dimensions=("film",), time_range=None,
                 filters=(Filter(dimension="rating", values=("R",)),))  # fmt: skip
    assert narrate(films, (title, film_id), [["AIRPORT POLLOCK", 8], ["ALONE TRIP", 17]]) == (
        "2 films rated R: AIRPORT POLLOCK and ALONE TRIP."
    )
    # "film id for ZORRO ARK": the one film named, with its id
    named = plan("list", dimensions=("film",), time_range=None,
                 filters=(Filter(dimension="film", values=("ZORRO ARK",)),))  # fmt: skip
    assert narrate(named, (title, film_id), [["ZORRO ARK", 1000]]) == "ZORRO ARK: film id 1000."


def test_every_sample_has_a_golden_answer() -> None:
    assert {s.name for s in ALL} - {"odd_labels"} == set(GOLDEN)


@pytest.mark.parametrize(
    ("sample", "detail"),
    [
        (KPI, "It covers 2022-01-01 to 2022-12-31."),
        (
            RANKING,
            "Across the 16 categories shown, the average was $4,212.91 and the lowest was "
            "Music ($3,417.72).",
        ),
        (TREND, "Over 4 months, the average was $15,328.01 and the low was $514.18 in May 2022."),
        (DISTRIBUTION, "The top 3 of 5 ratings made up 63.4% of it."),
        (COMPARISON, "Together they came to $67,416.51."),
        (
            LOWEST_RANKING,
            "Across the 3 categories shown, the average was $3,535.65 and the "
            "highest was Classics ($3,639.59).",
        ),
    ],
    ids=lambda value: value.name if isinstance(value, Sample) else "",
)
def test_detailed_answers_add_one_sentence(sample: Sample, detail: str) -> None:
    short, detailed = say(sample), say(sample, DETAILED)
    assert detailed == f"{short} {detail}"


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.name)
@pytest.mark.parametrize("style", [NarrationStyle(), DETAILED], ids=["short", "detailed"])
def test_one_to_three_sentences(sample: Sample, style: NarrationStyle) -> None:
    assert 1 <= len(sentences(say(sample, style))) <= 3


def test_detailed_is_the_short_answer_and_more_for_every_intent() -> None:
    for sample in INTENTS:
        short, detailed = say(sample), say(sample, DETAILED)
        assert detailed.startswith(short)
        assert len(sentences(detailed)) == len(sentences(short)) + 1, sample.name


def test_no_rows_says_nothing_matched_with_filters_and_time() -> None:
    action = (Filter(dimension="category", values=("Action",)),)
    sample = Sample(
        "none",
        plan("kpi", "rentals", filters=action, time_range=NULL_KPI.plan.time_range),
        (REVENUE,),
        [],
    )
    assert say(sample) == "No rentals matched for Action films in May 2021."
    assert say(sample, DETAILED) == say(sample)


def test_a_null_aggregate_is_no_data() -> None:
    assert say(NULL_KPI) == "No payments matched in May 2021."
    ranking = Sample("nulls", RANKING.plan, RANKING.columns, [["Sports", None], [None, None]])
    assert say(ranking) == "No payments matched in 2022."


@pytest.mark.parametrize(
    ("filters", "phrase"),
    [
        ((Filter(dimension="store", values=(1,)),), "in store 1"),
        ((Filter(dimension="store_id", values=(1, 2)),), "in stores 1 and 2"),
        ((Filter(dimension="store", values=(1,), negate=True),), "excluding store 1"),
        ((Filter(dimension="category", values=("Action",)),), "for Action films"),
        (
            (Filter(dimension="category", values=("Action", "Comedy", "Drama")),),
            "for Action, Comedy and Drama films",
        ),
        ((Filter(dimension="rating", values=("PG-13",)),), "for films rated PG-13"),
        ((Filter(dimension="customer_segment", values=("gold",)),), "for customer segment gold"),
        ((Filter(dimension="length", values=(180,), op=">"),), "with length over 180"),
        ((Filter(dimension="film", values=("q",), op="starts"),), "with title starting with “q”"),
        (
            (Filter(dimension="film", values=("day",), op="word"),),
            "with title having the word “day”",
        ),
        (
            (Filter(dimension="description", values=("crocodile",), op="contains"),),
            "with description containing “crocodile”",
        ),
        (
            (Filter(dimension="special_features", values=("Trailers",), op="only"),),
            "with special features that are only Trailers",
        ),
        (
            (
                Filter(dimension="category", values=("Action",)),
                Filter(dimension="store", values=(2,)),
            ),
            "for Action films in store 2",
        ),
        # times of day: a run of whole hours reads as the span of the clock it covers
        ((Filter(dimension="hour", values=(20, 21, 22, 23)),), "between 20:00 and midnight"),
        ((Filter(dimension="hour", values=(9,)),), "between 09:00 and 10:00"),
        ((Filter(dimension="hour", values=tuple(range(12))),), "between 00:00 and 12:00"),
    ],
)
def test_filters_read_as_phrases(filters: tuple[Filter, ...], phrase: str) -> None:
    sample = Sample("kpi", plan("kpi", "revenue", filters=filters), KPI.columns, KPI.rows)
    assert say(sample) == f"Revenue was $67,416.51 {phrase} in 2022."


@pytest.mark.parametrize(
    ("time_range", "text"),
    [
        (None, "Revenue was $67,416.51."),
        (TimeRange(label="last month"), "Revenue was $67,416.51 last month."),
        (TimeRange(label="May 2022"), "Revenue was $67,416.51 in May 2022."),
        (TimeRange(label="Q2 2022"), "Revenue was $67,416.51 in Q2 2022."),
        (TimeRange(label="Last 30 days"), "Revenue was $67,416.51 last 30 days."),
        (
            TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1)),
            "Revenue was $67,416.51 from 2022-05-01 to 2022-05-31.",
        ),
        (TimeRange(start=date(2022, 5, 1)), "Revenue was $67,416.51 since 2022-05-01."),
    ],
)
def test_time_range_label_or_dates(time_range: TimeRange | None, text: str) -> None:
    sample = Sample("kpi", plan("kpi", "revenue", time_range=time_range), KPI.columns, KPI.rows)
    assert say(sample) == text


def test_ranking_does_not_trust_row_order() -> None:
    shuffled = list(RANKING.rows)
    random.Random(7).shuffle(shuffled)
    as_tuples = [tuple(row) for row in shuffled]  # psycopg returns tuples
    assert say(Sample("r", RANKING.plan, RANKING.columns, as_tuples)) == GOLDEN["ranking"]


def test_trend_orders_periods_itself_and_reads_datetime_buckets() -> None:
    rows = [[datetime.combine(d, datetime.min.time(), UTC), v] for d, v in TREND.rows]  # type: ignore[arg-type]
    for order in permutations(rows):
        assert say(Sample("t", TREND.plan, TREND.columns, list(order))) == GOLDEN["trend"]


def test_trend_flat_and_single_point() -> None:
    flat = [[date(2022, 5, 1), Decimal("10")], [date(2022, 6, 1), Decimal("10")]]
    assert say(Sample("t", TREND.plan, TREND.columns, flat)) == (
        "Revenue in 2022 was $10.00 in May 2022 and the same in June 2022."
    )


def test_trend_peak_at_the_start() -> None:
    rows = [
        [date(2022, 1, 1), Decimal("300")],
        [date(2022, 2, 1), Decimal("200")],
        [date(2022, 3, 1), Decimal("250")],
    ]
    assert say(Sample("t", TREND.plan, TREND.columns, rows)) == (
        "Revenue in 2022 fell 16.7% from $300.00 in January 2022 to $250.00 in March 2022. "
        "January 2022 was the peak month."
    )


def test_odd_labels_are_plain_text_and_long_ones_are_shortened() -> None:
    text = say(ODD_LABELS)
    assert text.startswith("<script>alert(1)</script> had the most rentals in 2022 with 34")
    assert "Ångström — the “quoted” épopée of 東京 🎬 (33)" in text
    assert "A" * (LONGEST_NAME - 1) + "… (32)" in text
    assert "A" * LONGEST_NAME not in text
    # The table keeps the whole value; shortening is for sentences only.
    table = widgets_for(ODD_LABELS.plan, ODD_LABELS.columns, ODD_LABELS.rows)[-1]
    assert table["rows"][2][0] == "A" * 300  # type: ignore[index]


def test_style_sets_currency_and_decimals() -> None:
    euro = NarrationStyle(currency_symbol="€", decimals=0)
    assert say(KPI_TWO_MEASURES, euro) == "Revenue was €67,417 and payments were 16,049 in 2022."
    assert say(COMPARISON, NarrationStyle(currency_symbol="EUR")) == (
        "Store 1 took EUR 33,689.74 and store 2 EUR 33,726.77 in 2022; store 2 was EUR 37.03 "
        "(0.1%) higher."
    )


def test_same_input_same_text() -> None:
    for sample in ALL:
        copy = Sample(sample.name, sample.plan, sample.columns, [list(r) for r in sample.rows])
        assert say(sample) == say(copy) == say(sample)


def test_store_1_higher_names_the_higher_store_first() -> None:
    assert "store 1 was 198 (2.5%) higher" in say(STORE_1_HIGHER)


# Every number in a narration must be derivable from the rows: a cell, or a difference,
# percentage, share, total, average or count computed from them. Numbers that name things
# (dates, periods, store 1, the plan's labels) are removed first.
_NUMBER = re.compile(r"(<)?(\d[\d,]*(?:\.\d+)?)")


def _names(sample: Sample) -> list[str]:
    names: set[str] = set()
    plan_ = sample.plan
    ranges = [plan_.time_range] if plan_.time_range else []
    ranges += list(plan_.comparison.periods) if plan_.comparison else []
    for time_range in ranges:
        names |= {time_range.label, period_label(time_range)}
        for day in (time_range.start, time_range.end):
            if day is not None:
                names |= {day.isoformat(), (day - timedelta(days=1)).isoformat()}
    for item in plan_.filters:
        names |= {str(value) for value in item.values}
    for row in sample.rows:
        for cell, column in zip(row, sample.columns, strict=True):
            if column.role == "measure" or cell is None:
                continue
            names.add(str(cell))
            names.add(str(cell)[: LONGEST_NAME - 1])
            if column.role == "time":
                for grain in GRAINS:
                    names.add(format_period(cell, grain))
    return sorted((n for n in names if any(c.isdigit() for c in n)), key=len, reverse=True)


def _derived(sample: Sample) -> list[Decimal]:
    """Every number the narrator may state for this sample."""
    found: list[Decimal] = [Decimal(n) for n in range(len(sample.rows) + 1)]
    for index, column in enumerate(sample.columns):
        if column.role != "measure":
            continue
        values = [Decimal(str(row[index])) for row in sample.rows if row[index] is not None]
        if column.format == "percent":
            values = [value * 100 for value in values]
        total = sum(values, Decimal(0))
        found += [*values, total]
        if values:
            found.append(total / len(values))
        ranked = sorted(values, reverse=True)
        running = Decimal(0)
        for value in ranked:
            running += value
            if total:
                found += [value / total * 100, running / total * 100]
        for a in values:
            for b in values:
                found.append(abs(a - b))
                if b:
                    found.append(abs(a - b) / abs(b) * 100)
    return found


def stated_numbers_not_derived(text: str, sample: Sample) -> list[str]:
    for name in _names(sample):
        text = re.sub(rf"(?<![\w.,]){re.escape(name)}(?![\w]|[.,]\d)", " ", text)
    derived = _derived(sample)
    wrong = []
    for below, token in _NUMBER.findall(text):
        number = Decimal(token.replace(",", ""))
        places = len(token.partition(".")[2])
        tolerance = Decimal(5).scaleb(-(places + 1))  # half a unit in the last place
        if below:
            ok = any(0 < abs(value) < number for value in derived)
        else:
            ok = any(abs(abs(value) - number) <= tolerance for value in derived)
        if not ok:
            wrong.append(token)
    return wrong


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.name)
@pytest.mark.parametrize(
    "style",
    [NarrationStyle(), DETAILED, NarrationStyle(decimals=0, detail="detailed")],
    ids=["short", "detailed", "whole"],
)
def test_every_number_comes_from_the_rows(sample: Sample, style: NarrationStyle) -> None:
    text = say(sample, style)
    assert stated_numbers_not_derived(text, sample) == [], text


def test_the_number_check_catches_an_invented_number() -> None:
    assert stated_numbers_not_derived("Revenue was $67,416.51 in 2022.", KPI) == []
    assert stated_numbers_not_derived("Revenue was $67,416.52 in 2022.", KPI) == ["67,416.52"]
    assert stated_numbers_not_derived("Revenue grew 12.0% in 2022.", KPI) == ["12.0"]


# --- issue 12: answers that fit the question ---------------------------------------------


def test_a_result_the_row_cap_cut_states_no_share_and_says_it_was_cut() -> None:
    sample = MANY_CATEGORIES_SHARE
    whole = say(sample)
    assert "7.9% of the $67,406.56 total" in whole
    cut = narrate(sample.plan, sample.columns, sample.rows, truncated=True)
    assert cut == (
        "Sports had the highest revenue in 2022: $5,314.21. "
        "The list was cut at 16 rows; more rows matched."
    )
    detailed = narrate(sample.plan, sample.columns, sample.rows, style=DETAILED, truncated=True)
    assert "%" not in detailed and "16 categories shown" in detailed


def test_groups_that_overlap_state_no_share_of_their_sum() -> None:
    # A film counts in each of its categories (or special features): the groups' sum is
    # more than the whole, so "x% of the total" would be wrong.
    sample = MANY_CATEGORIES_SHARE
    overlapping = tuple(
        c.model_copy(update={"overlaps": True}) if c.role == "dimension" else c
        for c in sample.columns
    )
    text = narrate(sample.plan, overlapping, sample.rows, style=DETAILED)
    assert text.startswith("Sports had the highest revenue in 2022: $5,314.21.")
    assert "%" not in text and "total" not in text


def test_groups_past_a_threshold_state_no_share_of_their_sum() -> None:
    # "categories with revenue over $4,000": the groups left out are part of the whole
    sample = MANY_CATEGORIES_SHARE
    having = (Having(measure="revenue", op=">", value=4000),)
    past = sample.plan.model_copy(update={"having": having})
    text = narrate(past, sample.columns, sample.rows, style=DETAILED)
    assert text.startswith("Sports had the highest revenue in 2022: $5,314.21.")
    assert "%" not in text


def test_a_top_n_states_no_share_of_its_rows() -> None:
    top_3 = DISTRIBUTION.plan.model_copy(update={"limit": 3})
    text = narrate(top_3, DISTRIBUTION.columns, DISTRIBUTION.rows[:3], style=DETAILED)
    assert text == (
        "PG-13 had the highest revenue in 2022: $15,310.68. "
        "Across the 3 ratings shown, the average was $14,241.57."
    )


def test_a_cut_list_says_it_shows_the_first_rows() -> None:
    text = narrate(FILM_LIST.plan, FILM_LIST.columns, FILM_LIST.rows, truncated=True)
    assert text.startswith("The first 8 films: ACADEMY DINOSAUR, ACE GOLDFINGER")
    assert text.endswith("and 3 more. The list was cut at 8 rows; more rows matched.")


@pytest.mark.parametrize(
    ("names", "rows", "text"),
    [
        (
            ["film_id", "title"],
            [[1, "ACADEMY DINOSAUR"], [2, "ACE GOLDFINGER"]],
            "2 films: ACADEMY DINOSAUR and ACE GOLDFINGER.",
        ),
        (
            ["title", "rating"],
            [["ACADEMY DINOSAUR", "PG"], ["ACE GOLDFINGER", "G"]],
            "2 titles: ACADEMY DINOSAUR and ACE GOLDFINGER.",
        ),
        (["film_id"], [[1], [2], [3]], "3 film ids: film id 1, film id 2 and film id 3."),
        (
            ["actor_id", "first_name", "last_name"],
            [[1, "PENELOPE", "GUINESS"]],
            "1 actor: PENELOPE GUINESS.",
        ),
        (["title"], [[None], ["X"]], "2 titles: unknown title and X."),
    ],
    ids=["id_and_title", "two_texts", "ids_only", "one_actor", "nulls"],
)
def test_model_sql_without_a_measure_reads_as_a_list_and_shows_a_table(
    names: list[str], rows: list[list[object]], text: str
) -> None:
    columns = infer_columns(names, rows)
    described = describe_result(columns, rows)
    assert narrate(described, columns, rows) == text
    assert [w["type"] for w in widgets_for(described, columns, rows)] == ["table"]


def test_the_one_change_asked_says_the_change() -> None:
    """ "Rental growth at store 1 last month": July's rentals and the change on June, not
    "the only month with data"."""
    growth = ResultColumn(name="growth", label="Growth", role="measure", format="percent")
    month = ResultColumn(name="month", label="Month", role="time", format="date")
    asked = plan(
        "trend", "rentals", grain="month", limit=1,
        filters=(Filter(dimension="store", values=(1,)),),
        time_range=TimeRange(start=date(2022, 6, 1), end=date(2022, 8, 1), label=""),
    ).model_copy(update={"derived": "growth"})  # fmt: skip
    said = narrate(asked, (month, RENTALS, growth), [[date(2022, 7, 1), 3352, 1.9902]])
    assert said == "Rentals in store 1 were 3,352 in July 2022, up 199.0% on the month before."
    fell = narrate(asked, (month, RENTALS, growth), [[date(2022, 7, 1), 3352, -0.1129]])
    assert fell.endswith("down 11.3% on the month before.")


def test_a_yes_no_group_is_named_by_its_label_not_true_or_false() -> None:
    from bastion.answer.wording import item_name

    assert (item_name(True, "active", "Active"), item_name(False, "active", "Active")) == (
        "active",
        "not active",
    )


def test_a_number_that_sorts_named_values_is_not_their_name() -> None:
    """Day of week "Monday" comes with its number 1 (to sort by): "Monday had ...", not
    "1 (#Monday) had ..."."""
    weekday = ResultColumn(name="weekday", label="Day of week", role="dimension")
    number = ResultColumn(
        name="weekday_id", label="Day of week number", role="label", names="weekday"
    )
    ranked = plan("ranking", "rentals", dimensions=("weekday",), limit=1)
    said = narrate(ranked, (weekday, number, RENTALS), [["Monday", 1, 464]])
    assert said == "Monday had 464 rentals in 2022."


def test_a_yes_no_fact_of_one_row_reads_as_a_state() -> None:
    customer = ResultColumn(name="customer", label="Customer", role="dimension")
    active = ResultColumn(name="active", label="Active", role="dimension")
    asked = plan("list", dimensions=("customer", "active"), time_range=None)
    assert narrate(asked, (customer, active), [[16, False]]) == "Customer 16: not active."
    assert narrate(asked, (customer, active), [[1, True]]) == "Customer 1: active."


def test_a_place_in_a_ranking_is_said_with_the_place() -> None:
    """ "Which category comes in second for revenue": never said as the one that led."""
    second = plan(
        "ranking", "revenue", dimensions=("category",), order=(OrderBy(key="revenue"),), limit=1
    ).model_copy(update={"place": 2, "ties": True})
    text = narrate(second, (CATEGORY, REVENUE), [["Sci-Fi", Decimal("4756.98")]])
    assert text == "Sci-Fi had the second highest revenue in 2022: $4,756.98."


def test_a_change_between_two_periods_reads_from_the_first_to_the_second() -> None:
    from bastion.planner.plan import Comparison

    may = TimeRange(start=date(2022, 5, 1), end=date(2022, 6, 1), label="May 2022")
    july = TimeRange(start=date(2022, 7, 1), end=date(2022, 8, 1), label="July 2022")
    changed = plan("comparison", "revenue", time_range=None).model_copy(
        update={"derived": "change", "comparison": Comparison(periods=(may, july))}
    )
    columns = [
        REVENUE.model_copy(update={"name": "revenue_first", "label": "Revenue, May 2022"}),
        REVENUE.model_copy(update={"name": "revenue_last", "label": "Revenue, July 2022"}),
        REVENUE.model_copy(update={"name": "difference", "label": "Difference"}),
        ResultColumn(name="change", label="Change", role="measure", format="percent"),
    ]
    rows = [[Decimal("11347.28"), Decimal("9712.65"), Decimal("-1634.63"), Decimal("-0.1441")]]
    assert narrate(changed, columns, rows) == (
        "Revenue fell 14.4% from $11,347.28 in May 2022 to $9,712.65 in July 2022."
    )
    same = [[Decimal(5), Decimal(5), Decimal(0), Decimal(0)]]
    assert narrate(changed, columns, same) == "Revenue was $5.00 both in May 2022 and in July 2022."
