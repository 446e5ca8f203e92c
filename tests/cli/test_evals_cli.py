"""`bastion eval questions` from the shell: the report as JSON and for people, the full
report file, filters, and usage errors (the only non-zero exits)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from tests.cli.test_cli import assert_one_line_error, run
from tests.evals.conftest import SAMPLE


def evaluate(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"BASTION_DATABASE_URL": libpq_uri(db.url), "COLUMNS": "200"}
    return run(home, "eval", "questions", *args, env=env)


def test_json_report_and_full_report_file(tmp_path: Path, fresh_db: Database) -> None:
    report = tmp_path / "report.json"
    result = evaluate(tmp_path, fresh_db, str(SAMPLE), "--json", "--report", str(report))
    assert result.returncode == 0, result.stderr  # wrong answers are reported, not failed
    summary = json.loads(result.stdout)
    assert summary["file"] == str(SAMPLE)
    totals = summary["totals"]
    assert (totals["questions"], totals["correct"], totals["wrong"]) == (11, 5, 1)
    assert (totals["refused"], totals["correct_refusal"], totals["wrongly_answered"]) == (1, 2, 1)
    assert totals["error"] == 1
    assert [w["id"] for w in summary["wrong_answers"]] == ["w1", "x3"]
    assert "questions" not in summary  # per-question details are in the report file
    assert "e1 (admin_user) (11/11)" in result.stderr  # progress lines, not on a terminal
    full = json.loads(report.read_text())
    assert full["totals"] == totals
    details = {q["id"]: q for q in full["questions"]}
    assert details["c3"]["answer"]["row_count"] == details["c3"]["gold"]["row_count"]
    assert details["f1"]["previous_statuses"] == ["ok"]


def test_for_people_with_filters(tmp_path: Path, fresh_db: Database) -> None:
    result = evaluate(
        tmp_path, fresh_db, str(SAMPLE), "--form", "count", "--limit", "3", "--user", "admin_user"
    )
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"3 questions from {SAMPLE}: execution accuracy 66.7%, wrong 33.3%")
    assert "admin_user" in result.stdout and "marketing" not in result.stdout
    assert "Wrong answers (1):" in result.stdout and "w1 [admin_user, count]" in result.stdout


def test_usage_errors_are_one_line(tmp_path: Path, fresh_db: Database) -> None:
    assert_one_line_error(
        evaluate(tmp_path, fresh_db, str(SAMPLE), "--form", "riddle"), "Unknown form 'riddle'"
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "q1"}\n')
    result = evaluate(tmp_path, fresh_db, str(bad), "--json")
    assert_one_line_error(result, "line 1: question q1:")
    assert json.loads(result.stdout)["error"]["code"] == "eval.bad_question_file"
    assert_one_line_error(
        evaluate(tmp_path, fresh_db, str(SAMPLE), "--user", "nobody"), "no user named 'nobody'"
    )
