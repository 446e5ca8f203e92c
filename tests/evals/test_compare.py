"""Execution accuracy rule by rule (bastion.evals.compare): multisets, the column mapping,
numbers, percentages, time, text, NULLs, truncation and ties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from bastion.evals.compare import Table, compare, looks_like_percent, moment


def table(columns: str, *rows: tuple[Any, ...], **options: Any) -> Table:
    return Table(tuple(columns.split()), list(rows), **options)


# --- rows as multisets -------------------------------------------------------------------


def test_the_same_rows_in_another_order_match() -> None:
    gold = table("rating films", ("G", 178), ("PG", 194), ("R", 195))
    answer = table("rating films", ("R", 195), ("G", 178), ("PG", 194))
    result = compare(gold, answer)
    assert result.matches and result.reason is None
    assert result.mapping == (0, 1) and result.scales == (1, 1)


def test_a_list_cell_equals_one_row_per_item_either_way() -> None:
    kept = table("title features", ("BORN SPINAL", ["Trailers", "Commentaries"]))
    spread = table("title features", ("BORN SPINAL", "Commentaries"), ("BORN SPINAL", "Trailers"))
    assert compare(kept, spread).matches
    assert compare(spread, kept).matches
    assert compare(table("features", (["Trailers", "Commentaries"],)), spread).matches


def test_a_list_cell_with_another_item_is_wrong() -> None:
    gold = table("title features", ("BORN SPINAL", ["Trailers", "Commentaries"]))
    answer = table("title features", ("BORN SPINAL", ["Trailers", "Deleted Scenes"]))
    assert not compare(gold, answer).matches
    assert not compare(gold, table("title features", ("BORN SPINAL", ["Trailers"]))).matches


def test_duplicates_count_as_in_a_bag() -> None:
    gold = table("name", ("a",), ("a",), ("b",))
    assert compare(gold, table("name", ("a",), ("b",), ("a",))).matches
    result = compare(gold, table("name", ("a",), ("b",), ("b",)))
    assert not result.matches and result.reason == "values"


def test_a_different_number_of_rows_is_wrong() -> None:
    result = compare(table("n", (1,), (2,)), table("n", (1,)))
    assert (result.matches, result.reason) == (False, "row_count")
    assert result.message == "The answer has 1 rows; the gold answer has 2."


def test_two_empty_results_match() -> None:
    assert compare(table("n"), table("x y")).matches


def test_an_empty_answer_to_a_question_with_rows_is_wrong() -> None:
    assert compare(table("n", (1,)), table("n")).reason == "row_count"


# --- the column mapping ------------------------------------------------------------------


def test_extra_answer_columns_names_and_order_are_ignored() -> None:
    gold = table("name films", ("Horror", 142), ("Comedy", 143))
    answer = table("films share category", (143, 0.5, "Comedy"), (142, 0.5, "Horror"))
    result = compare(gold, answer)
    assert result.matches and result.mapping == (2, 0)


def test_fewer_answer_columns_than_gold_columns_is_wrong() -> None:
    result = compare(table("name films", ("Horror", 142)), table("films", (142,)))
    assert (result.matches, result.reason) == (False, "columns")


def test_each_gold_column_needs_its_own_answer_column() -> None:
    gold = table("a b", (5, 5))
    assert not compare(gold, table("x y", (5, 6))).matches
    assert compare(gold, table("x y", (5, 5))).mapping == (0, 1)


def test_a_gold_column_no_answer_column_holds_is_named() -> None:
    result = compare(table("name films", ("Horror", 142)), table("category films", ("Action", 142)))
    assert result.reason == "values"
    assert result.message == "No answer column holds the values of gold column 'name'."


def test_columns_that_match_one_by_one_must_also_pair_up_row_by_row() -> None:
    gold = table("category films", ("Horror", 1), ("Comedy", 2))
    answer = table("category films", ("Horror", 2), ("Comedy", 1))
    result = compare(gold, answer)
    assert (result.matches, result.reason) == (False, "values")
    assert "do not pair up" in result.message


def test_the_mapping_is_searched_when_columns_hold_the_same_values() -> None:
    gold = table("a b", (1, 2), (2, 3), (3, 1))
    answer = table("b a", (2, 1), (3, 2), (1, 3))
    result = compare(gold, answer)
    assert result.matches and result.mapping == (1, 0)


# --- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1000, 1000.0, Decimal("1000"), Decimal("1000.00")])
def test_decimal_float_and_int_are_equal_when_numerically_equal(value: object) -> None:
    assert compare(table("films", (Decimal("1000"),)), table("films", (value,))).matches


@pytest.mark.parametrize(
    ("gold", "answer", "matches"),
    [
        (Decimal("0.4997"), 0.49966, True),  # rounded to the gold's 4 decimals
        (Decimal("0.4997"), Decimal("0.4996"), False),
        (Decimal("0.4997"), Decimal("0.50"), True),  # the answer gives 2 decimals
        (Decimal("12.5"), 12.53, True),
        (Decimal("12.5"), 12.56, False),  # 12.6
        (Decimal("4.20"), 4.2, True),
        (27, Decimal("26.8"), True),  # an integer gold value: the answer rounded to units
        (27, Decimal("26.4"), False),
        (Decimal("2.5"), Decimal("3"), True),  # half away from zero, as PostgreSQL rounds
        (Decimal("-2.5"), Decimal("-3"), True),
        (0.3, 0.1 + 0.2, True),  # float noise stays below MAX_DECIMALS
        (Decimal("1.0000001"), Decimal("1.0000002"), True),  # beyond 6 decimals
        (Decimal("67416.51"), Decimal("67416.52"), False),
    ],
)
def test_numbers_are_rounded_to_the_less_precise_side(
    gold: object, answer: object, matches: bool
) -> None:
    assert compare(table("v", (gold,)), table("v", (answer,))).matches is matches


def test_precision_belongs_to_the_column_not_to_each_value() -> None:
    """Gold ratios of 4 decimals stay 4 decimals where one happens to be 0.5: 0.50004
    is 0.5000 and matches, 0.50006 is 0.5001 and does not."""
    gold = table("store share", (1, 0.5), (2, 0.4997))
    assert compare(gold, table("store share", (1, 0.50004), (2, 0.49974))).matches
    assert not compare(gold, table("store share", (1, 0.50006), (2, 0.49974))).matches
    # An answer that gives one decimal throughout is compared at one decimal.
    assert compare(gold, table("store share", (1, 0.5), (2, 0.5))).matches


# --- percentages -------------------------------------------------------------------------


def test_a_percent_column_may_hold_100_times_the_gold_ratio() -> None:
    gold = table("store share", (1, Decimal("0.4997")), (2, Decimal("0.5003")))
    answer = table("store pct_revenue", (1, 49.97), (2, 50.03), percent=frozenset({1}))
    result = compare(gold, answer)
    assert result.matches and result.scales == (1, 100)
    plain = table("store revenue", (1, 49.97), (2, 50.03))
    assert not compare(gold, plain).matches  # not a percent column: no scaling
    ratio = table("store share", (1, 0.4997), (2, 0.5003), percent=frozenset({1}))
    assert compare(gold, ratio).scales == (1, 1)  # a ratio in a percent column still matches


def test_a_percent_column_still_rounds_to_the_gold_precision() -> None:
    gold = table("share", (Decimal("0.4997"),))
    assert not compare(gold, table("pct", (49.9,), percent=frozenset({0}))).matches
    assert compare(gold, table("pct", (50,), percent=frozenset({0}))).matches  # 50 vs 49.97


@pytest.mark.parametrize(
    ("name", "label", "fmt", "expected"),
    [
        ("share", "Share", "percent", True),
        ("pct_revenue", "", "", True),
        ("revenue_percent", "", "", True),
        ("share", "Share of revenue (%)", "", True),
        ("percentage", "", "", True),
        ("rental_rate", "Rental rate", "currency", False),
        ("percentile", "", "", False),
        ("revenue", "Revenue", "currency", False),
    ],
)
def test_which_columns_hold_percentages(name: str, label: str, fmt: str, expected: bool) -> None:
    assert looks_like_percent(name, label, fmt) is expected


# --- time --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        date(2022, 5, 1),
        "2022-05-01",
        datetime(2022, 5, 1),
        datetime(2022, 5, 1, tzinfo=UTC),
        datetime(2022, 5, 1, 2, tzinfo=timezone(timedelta(hours=2))),  # midnight UTC
        " 2022-05-01T00:00:00 ",
    ],
)
def test_dates_timestamps_and_date_strings_name_the_same_day(answer: object) -> None:
    assert compare(table("day", (date(2022, 5, 1),)), table("day", (answer,))).matches


@pytest.mark.parametrize("answer", ["2022-05", "May 2022", "may 2022", "May. 2022"])
def test_a_month_equals_the_first_day_of_that_month(answer: str) -> None:
    gold = table("month revenue", (date(2022, 5, 1), Decimal("10.00")))
    assert compare(gold, table("month revenue", (answer, 10))).matches


def test_a_month_label_is_not_a_day_inside_the_month() -> None:
    gold = table("day", (date(2022, 5, 15),))
    assert not compare(gold, table("month", ("2022-05",))).matches
    assert not compare(table("day", (date(2022, 6, 1),)), table("m", ("2022-05",))).matches


def test_month_labels_compare_with_each_other() -> None:
    gold = table("month", ("2022-05",), ("2022-09",))
    assert compare(gold, table("month", ("Sep 2022",), ("May 2022",))).matches
    assert compare(gold, table("month", ("Sept 2022",), ("May 2022",))).matches


def test_timestamps_keep_their_time() -> None:
    gold = table("at", (datetime(2022, 5, 1, 10, 30),))
    assert compare(gold, table("at", ("2022-05-01T10:30:00",))).matches
    assert compare(gold, table("at", (datetime(2022, 5, 1, 10, 30, tzinfo=UTC),))).matches
    assert not compare(gold, table("at", (date(2022, 5, 1),))).matches


def test_what_names_a_moment() -> None:
    assert moment("2022-13") is None
    assert moment("Maybe 2022") is None
    assert moment("2022-02-30") is None
    assert moment(20220501) is None
    assert moment("May 2022") == (date(2022, 5, 1), "month")


def test_text_that_is_no_date_is_compared_as_text() -> None:
    gold = table("day", (date(2022, 5, 1),))
    assert not compare(gold, table("day", ("yesterday",))).matches


# --- text and NULLs ----------------------------------------------------------------------


def test_text_is_case_sensitive_but_trimmed() -> None:
    gold = table("category", ("Action",))
    assert compare(gold, table("category", (" Action  ",))).matches
    assert not compare(gold, table("category", ("action",))).matches
    assert not compare(gold, table("category", ("ACTION",))).matches


def test_null_equals_null_and_nothing_else() -> None:
    gold = table("returned", (None,), (1,))
    assert compare(gold, table("returned", (1,), (None,))).matches
    assert not compare(gold, table("returned", (0,), (1,))).matches
    assert not compare(table("name", (None,)), table("name", ("",))).matches


def test_text_and_numbers_are_different_values() -> None:
    assert not compare(table("store", (1,)), table("store", ("1",))).matches
    assert not compare(table("flag", (True,)), table("flag", ("true",))).matches
    assert not compare(table("flag", (True,)), table("flag", (2,))).matches
    assert compare(table("flag", (True,)), table("flag", (True,))).matches


# --- truncation and ties -----------------------------------------------------------------


def test_a_truncated_answer_is_wrong_even_where_the_shown_rows_match() -> None:
    rows = [(n,) for n in range(3)]
    gold = table("n", *rows, (3,))
    result = compare(gold, table("n", *rows, truncated=True))
    assert (result.matches, result.reason) == (False, "truncated")
    assert "cut at 3 rows" in result.message
    assert compare(table("n", *rows), table("n", *rows, truncated=True)).reason == "truncated"


def test_an_answer_that_cuts_ties_off_is_wrong() -> None:
    gold = table("film cost", ("A", 29.99), ("B", 29.99), ("C", 29.99))
    answer = table("film cost", ("A", 29.99), ("B", 29.99))
    result = compare(gold, answer, ties=True)
    assert (result.matches, result.reason) == (False, "ties_cut")
    assert "every tied row (3)" in result.message
    assert compare(gold, answer).reason == "row_count"  # not marked as a ties question
    assert compare(gold, table("film cost", *gold.rows), ties=True).matches


def test_a_comparison_as_json() -> None:
    result = compare(table("a", (1,)), table("x a", ("x", 1)))
    assert result.to_json() == {
        "matches": True,
        "reason": None,
        "message": "The rows match.",
        "mapping": [1],
        "scales": [1],
    }


# --- ids a policy masks ------------------------------------------------------------------


def test_masked_ids_match_gold_ids_by_the_digits_shown() -> None:
    gold = table("customer_id rentals", (115, 18), (219, 18), (21, 17))
    answer = table("customer name rentals", ("***15", "H*** H***", 18), ("***19", "S***", 18),
                   ("***21", "M***", 17))  # fmt: skip
    assert compare(gold, answer).matches


def test_a_short_masked_id_shows_all_its_digits() -> None:
    """Customer 5 is shown as "***5" beside "***48": fewer digits, the same rule."""
    gold = table("customer_id rentals", (148, 46), (5, 38))
    answer = table("customer rentals", ("***48", 46), ("***5", 38))
    assert compare(gold, answer).matches
    assert not compare(gold, table("customer rentals", ("***48", 46), ("***6", 38))).matches


def test_masked_ids_still_need_the_rest_of_the_row() -> None:
    gold = table("customer_id rentals", (115, 18), (219, 17))
    answer = table("customer rentals", ("***15", 17), ("***19", 18))
    assert not compare(gold, answer).matches


def test_masked_ids_whose_digits_differ_are_wrong() -> None:
    gold = table("customer_id rentals", (115, 18))
    assert not compare(gold, table("customer rentals", ("***16", 18))).matches
    assert not compare(table("name", ("Ann",)), table("name", ("***15",))).matches


def test_a_yes_no_column_as_1_0_matches_true_false() -> None:
    """customer.active is 1/0 in Pagila and true/false in Bastion's view: the same fact."""
    gold = table("store_id active customers", (1, 1, 318), (1, 0, 8), (2, 0, 7))
    answer = table("active store customers", (True, 1, 318), (False, 1, 8), (False, 2, 7))
    assert compare(gold, answer).matches
    swapped = table("active store customers", (False, 1, 318), (True, 1, 8), (True, 2, 7))
    assert not compare(gold, swapped).matches
    counts = table("store_id active customers", (1, 2, 318), (1, 0, 8), (2, 0, 7))
    assert not compare(counts, answer).matches  # 2 is no yes/no value
