"""Inputs that cannot be written in a golden file: empty, oversize, binary garbage,
invisible characters, pathological nesting."""

from __future__ import annotations

import random

import pytest

from bastion.guard import check_sql
from tests.guard.golden import policy

POLICY = policy("store_manager", "1")


def codes(sql: str) -> set[str]:
    verdict = check_sql(sql, POLICY)
    assert not verdict.allowed
    assert verdict.sql is None
    return {reason.code for reason in verdict.reasons}


@pytest.mark.parametrize("sql", ["", " ", "\n\t \r\n", ";", " ; ;; "])
def test_empty_input(sql: str) -> None:
    assert codes(sql) == {"guard.empty"}


def test_input_at_the_size_limit_is_checked_and_one_more_character_is_refused() -> None:
    head = "SELECT title FROM film WHERE title <> '"
    tail = "' LIMIT 1"
    at_limit = head + "x" * (POLICY.max_sql_chars - len(head) - len(tail)) + tail
    assert len(at_limit) == POLICY.max_sql_chars
    assert check_sql(at_limit, POLICY).allowed
    assert codes(at_limit + " ") == {"guard.too_large"}


def test_very_long_input_is_refused_before_parsing() -> None:
    huge = "SELECT 1 UNION ALL " * 100_000 + "SELECT 1"
    verdict = check_sql(huge, POLICY)
    assert [reason.code for reason in verdict.reasons] == ["guard.too_large"]
    assert "20,000" in verdict.reasons[0].message


@pytest.mark.parametrize(
    "sql",
    [
        "\x00",
        "SELECT 1\x00; DROP TABLE film",
        bytes(range(256)).decode("latin-1"),
        random.Random(7).randbytes(300).decode("latin-1"),
        random.Random(8).randbytes(300).decode("utf-8", errors="replace"),
        "SELECT\x0b1",  # vertical tab
        "SELECT\x1b[2J 1",  # terminal escape
    ],
    ids=["nul", "nul-stacked", "all-bytes", "random-latin1", "random-utf8", "vt", "escape"],
)
def test_binary_garbage_is_refused(sql: str) -> None:
    assert codes(sql) == {"guard.invalid_characters"}


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM fi\u200blm",  # zero-width space inside a name
        "SELECT\u200b* FROM film",
        "\ufeffSELECT * FROM film",  # byte-order mark
        "SELECT title FROM film WHERE title = '\u202egnp.exe'",  # right-to-left override
        "SELECT\u00a0title FROM film",  # no-break space
        "SELECT 1 -- \u2028DROP TABLE film",  # line separator
        "SELECT 1\u2066;\u2069",  # bidi isolates
    ],
    ids=["zwsp-name", "zwsp-keyword", "bom", "rlo", "nbsp", "line-separator", "isolates"],
)
def test_invisible_characters_are_refused(sql: str) -> None:
    assert codes(sql) == {"guard.invalid_characters"}


def test_the_kelvin_sign_does_not_fold_to_k() -> None:
    """Python's lower() maps U+212A to "k"; PostgreSQL folds ASCII only."""
    verdict = check_sql("SELECT * FROM v_customer_mas\u212aed", policy("admin", "all"))
    assert [reason.code for reason in verdict.reasons] == ["guard.relation_not_allowed"]


def test_ordinary_nesting_is_fine() -> None:
    assert check_sql("SELECT " + "(" * 10 + "1" + ")" * 10, POLICY).allowed


@pytest.mark.parametrize("depth", [300, 3_000, 9_000])
def test_deep_nesting_is_refused_not_crashed(depth: int) -> None:
    assert codes("SELECT " + "(" * depth + "1" + ")" * depth) == {"guard.too_complex"}


def test_parse_errors_say_where_without_echoing_internals() -> None:
    verdict = check_sql("SELECT * FROM", POLICY)
    (reason,) = verdict.reasons
    assert reason.code == "guard.parse_error"
    assert reason.message == "The SQL could not be parsed: invalid syntax at line 1, column 13."
