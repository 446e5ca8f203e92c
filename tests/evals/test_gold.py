"""Gold rows (bastion.evals.gold): gold SQL over bare table names, run read-only, one
statement, in UTC, with a timeout; or the rows a question gives inline."""

from __future__ import annotations

import pytest

from bastion.db.engine import Database
from bastion.evals.gold import GoldFailed, gold_table, run_gold_sql
from bastion.evals.questions import Question


def gold(db: Database, sql: str, **options: int) -> list[tuple[object, ...]]:
    return [tuple(row) for row in run_gold_sql(db, sql, "analytics", **options).rows]


def test_gold_sql_names_bare_tables_of_the_data_schema(eval_db: Database) -> None:
    table = run_gold_sql(eval_db, "SELECT count(*) AS films FROM film", "analytics")
    assert table.columns == ("films",) and list(table.rows) == [(1000,)]
    # A % in the SQL is text, not a placeholder; the session's time zone is UTC.
    assert gold(eval_db, "SELECT count(*) > 0 FROM film WHERE title LIKE 'A%'") == [(True,)]
    assert gold(eval_db, "SELECT current_setting('TimeZone')") == [("UTC",)]


def test_gold_sql_cannot_change_anything(eval_db: Database) -> None:
    with pytest.raises(GoldFailed) as caught:
        gold(eval_db, "DELETE FROM film")
    assert caught.value.code == "eval.gold_failed"
    assert "read-only transaction" in caught.value.message
    with pytest.raises(GoldFailed, match="multiple commands"):
        gold(eval_db, "SELECT 1; DELETE FROM film")
    assert gold(eval_db, "SELECT count(*) FROM film") == [(1000,)]


def test_gold_sql_has_a_statement_timeout(eval_db: Database) -> None:
    with pytest.raises(GoldFailed, match=r"longer than 0.05 s"):
        gold(eval_db, "SELECT pg_sleep(2)", timeout_ms=50)


def test_gold_rows_given_inline(eval_db: Database) -> None:
    question = Question(
        id="q1",
        question="films per rating",
        user="admin_user",
        form="breakdown",
        expect="answer",
        gold_rows=[["G", 178], ["PG", 194]],
    )
    table = gold_table(eval_db, question, "analytics")
    assert table.columns == ("column_1", "column_2")
    assert table.rows == [["G", 178], ["PG", 194]]
