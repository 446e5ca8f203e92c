"""Time phrases -> half-open ranges, relative to an as-of date (no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bastion.planner.dates import add_months, find_time_phrases

AS_OF = date(2022, 8, 24)  # a Wednesday


def one_range(text: str, as_of: date = AS_OF) -> tuple[date | None, date | None, str]:
    phrases = find_time_phrases(text.lower(), as_of)
    assert len(phrases) == 1, phrases
    found = phrases[0].time_range
    return found.start, found.end, found.label


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on 2022-05-14", date(2022, 5, 14), date(2022, 5, 15)),
        # days known by name, from the holiday calendar (moving ones too), any year
        ("on Memorial Day", date(2022, 5, 30), date(2022, 5, 31)),
        ("fathers day", date(2022, 6, 19), date(2022, 6, 20)),
        ("mother's day 2021", date(2021, 5, 9), date(2021, 5, 10)),
        ("easter", date(2022, 4, 17), date(2022, 4, 18)),
        ("thanksgiving 2021", date(2021, 11, 25), date(2021, 11, 26)),
        ("on valentine's day", date(2022, 2, 14), date(2022, 2, 15)),
        ("christmas eve", date(2022, 12, 24), date(2022, 12, 25)),
        ("the week of memorial day", date(2022, 5, 30), date(2022, 6, 6)),
        ("between mother's day and father's day", date(2022, 5, 8), date(2022, 6, 20)),
        ("May 14", date(2022, 5, 14), date(2022, 5, 15)),
        ("14th of May 2022", date(2022, 5, 14), date(2022, 5, 15)),
        ("march 3rd, 2022", date(2022, 3, 3), date(2022, 3, 4)),
        ("in June", date(2022, 6, 1), date(2022, 7, 1)),
        ("in June 2021", date(2021, 6, 1), date(2021, 7, 1)),
        ("July last year", date(2021, 7, 1), date(2021, 8, 1)),
        ("march of this year", date(2022, 3, 1), date(2022, 4, 1)),
        ("sept. 2022", date(2022, 9, 1), date(2022, 10, 1)),
        ("Q2", date(2022, 4, 1), date(2022, 7, 1)),
        ("q4 2021", date(2021, 10, 1), date(2022, 1, 1)),
        ("2022 Q3", date(2022, 7, 1), date(2022, 10, 1)),
        ("the second quarter of 2022", date(2022, 4, 1), date(2022, 7, 1)),
        ("H2", date(2022, 7, 1), date(2023, 1, 1)),
        ("in 2022", date(2022, 1, 1), date(2023, 1, 1)),
        ("between May 1 and May 15", date(2022, 5, 1), date(2022, 5, 16)),
        ("from May to July", date(2022, 5, 1), date(2022, 8, 1)),
        ("2022-05-01 to 2022-05-07", date(2022, 5, 1), date(2022, 5, 8)),
        ("from November to February 2022", date(2021, 11, 1), date(2022, 3, 1)),
        ("since April", date(2022, 4, 1), None),
        ("after May", date(2022, 6, 1), None),
        ("before June", None, date(2022, 6, 1)),
        ("through June 15", None, date(2022, 6, 16)),
        ("today", date(2022, 8, 24), date(2022, 8, 25)),
        ("yesterday", date(2022, 8, 23), date(2022, 8, 24)),
        ("this month", date(2022, 8, 1), date(2022, 9, 1)),
        ("this week", date(2022, 8, 22), date(2022, 8, 29)),
        ("this quarter", date(2022, 7, 1), date(2022, 10, 1)),
        ("this year", date(2022, 1, 1), date(2023, 1, 1)),
        ("last month", date(2022, 7, 1), date(2022, 8, 1)),
        ("previous week", date(2022, 8, 15), date(2022, 8, 22)),
        ("last quarter", date(2022, 4, 1), date(2022, 7, 1)),
        ("last year", date(2021, 1, 1), date(2022, 1, 1)),
        ("last 30 days", date(2022, 7, 26), date(2022, 8, 25)),
        ("the past 7 days", date(2022, 8, 18), date(2022, 8, 25)),
        ("last two weeks", date(2022, 8, 11), date(2022, 8, 25)),
        ("the last 3 months", date(2022, 5, 25), date(2022, 8, 25)),
        ("past month", date(2022, 7, 25), date(2022, 8, 25)),
        ("year to date", date(2022, 1, 1), date(2022, 8, 25)),
        ("mtd", date(2022, 8, 1), date(2022, 8, 25)),
        # "Aug 22" is a month of this year; "Aug 21" a day that has come, not August 2021
        ("jun 22", date(2022, 6, 1), date(2022, 7, 1)),
        ("aug 21", date(2022, 8, 21), date(2022, 8, 22)),
        ("dec 21", date(2021, 12, 1), date(2022, 1, 1)),
    ],
)
def test_phrase_gives_half_open_range(text: str, start: date | None, end: date | None) -> None:
    assert one_range(text)[:2] == (start, end)


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert one_range("last month", date(2023, 1, 10))[:2] == (date(2022, 12, 1), date(2023, 1, 1))


def test_labels_say_the_dates() -> None:
    assert one_range("last month")[2] == "last month (July 2022)"
    assert one_range("in May")[2] == "in May 2022"
    assert one_range("between May 1 and May 15")[2] == "from 1 May 2022 to 15 May 2022"
    assert one_range("last 30 days")[2] == "the last 30 days (26 Jul 2022 to 24 Aug 2022)"


def test_two_periods_are_two_phrases() -> None:
    phrases = find_time_phrases("may vs june", AS_OF)
    assert [(p.time_range.start, p.time_range.end) for p in phrases] == [
        (date(2022, 5, 1), date(2022, 6, 1)),
        (date(2022, 6, 1), date(2022, 7, 1)),
    ]


def test_between_and_keeps_both_ends_for_comparisons() -> None:
    (phrase,) = find_time_phrases("between may and june", AS_OF)
    assert [p.label for p in phrase.parts] == ["in May 2022", "in June 2022"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # the later one first: both ends all the same, in time order (never nothing)
        ("between last week and the week of july 25", date(2022, 7, 25), date(2022, 8, 15)),
        ("between the week of july 25 and the week of july 11", date(2022, 7, 11),
         date(2022, 7, 25)),
        # across the new year, the nearer reading
        ("between november and february", date(2021, 11, 1), date(2022, 2, 1)),
    ],
)  # fmt: skip
def test_between_and_in_either_order(text: str, first: date, last: date) -> None:
    (phrase,) = find_time_phrases(text, AS_OF)
    assert [p.start for p in phrase.parts] == [first, last]


@pytest.mark.parametrize(
    "text", ["may i see revenue", "store 12 rentals", "top 5 films", "february 30", "2022-13-01"]
)
def test_not_a_period(text: str) -> None:
    assert find_time_phrases(text, AS_OF) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the week of July 27, 2022", date(2022, 7, 25)),  # a Wednesday: its Monday
        ("week of 2022-05-02", date(2022, 5, 2)),  # a Monday
        ("the week starting 2022-07-27", date(2022, 7, 27)),  # seven days from that day
    ],
)
def test_the_week_of_a_day(text: str, start: date) -> None:
    assert one_range(text)[:2] == (start, start + timedelta(days=7))


@pytest.mark.parametrize("text", ["store 1 july 2022", "late returns at store 2 july 2022"])
def test_the_number_of_a_store_is_not_a_day(text: str) -> None:
    assert one_range(text)[:2] == (date(2022, 7, 1), date(2022, 8, 1))


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2022, 3, 31), -1) == date(2022, 2, 28)
    assert add_months(date(2022, 12, 15), 1) == date(2023, 1, 15)
