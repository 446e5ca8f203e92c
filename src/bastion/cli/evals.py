"""``bastion eval questions``: a golden question set through the ask flow, scored by
execution accuracy. A report, not a gate: wrong answers do not change the exit code;
only usage errors (a bad file, an unknown user or form) do."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from bastion.cli.common import JsonOpt, open_services
from bastion.cli.output import console, emit, progress_for_humans
from bastion.demo.users import DEMO_ORG_SLUG
from bastion.errors import InvalidInput
from bastion.evals.questions import FORMS, load_questions
from bastion.evals.report import Report
from bastion.evals.run import evaluate

evals_app = typer.Typer(help="Evaluation: golden question sets through the ask flow.")

SHOWN_WRONG = 20  # wrong answers printed for people; the report file has all


@evals_app.command("questions")
def questions(
    path: Annotated[Path, typer.Argument(metavar="FILE.jsonl", help="The question set.")],
    user: Annotated[
        str | None, typer.Option("--user", help="Ask every question as this user.")
    ] = None,
    form: Annotated[
        str | None, typer.Option("--form", help=f"Only this form: {', '.join(FORMS)}.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N questions.")
    ] = None,
    report_path: Annotated[
        Path | None,
        typer.Option("--report", metavar="FILE", help="Write the full JSON report here."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask a question set (JSON Lines with gold SQL or rows) as its users and report
    execution accuracy, wrong answers and refusals per form, user, role and style."""
    if form is not None and form not in FORMS:
        raise InvalidInput(
            f"Unknown form '{form}'; choose one of {', '.join(FORMS)}.", code="eval.unknown_form"
        )
    if report_path is not None and not report_path.parent.is_dir():
        raise InvalidInput(
            f"There is no folder {report_path.parent} for the report.", code="eval.report_path"
        )
    selected = [q for q in load_questions(path) if form is None or q.form == form][:limit]
    if not selected:
        raise InvalidInput(f"{path} has no questions of form '{form}'.", code="eval.no_questions")
    started = time.perf_counter()
    services = open_services()
    try:
        with progress_for_humans() as progress:
            progress.stage("warming up")
            services.warm_up()  # so that the first question's latency is not the start-up's
            # the planner matches words by meaning once the embeddings are loaded: wait for
            # them, so that a run does not depend on how fast they loaded
            progress.stage("loading the embedding model")
            services.embedder.start_loading()
            services.prepare_embeddings(timeout=180)
            results = evaluate(
                services, selected, org_slug=DEMO_ORG_SLUG, user=user, progress=progress
            )
    finally:
        services.dispose()
    report = Report(str(path), results, user=user, seconds=time.perf_counter() - started)
    if report_path is not None:
        report_path.write_text(json.dumps(report.to_json(), indent=2, default=str) + "\n")
    summary = report.summary()
    emit(summary, as_json, lambda: _print_report(summary, report_path))


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _print_report(summary: dict[str, Any], report_path: Path | None) -> None:
    t = summary["totals"]
    codes = summary["refusal_codes"]
    planning = summary["timings"]["planning_ms"]
    console.print(
        f"{t['questions']} questions from {summary['file']}: execution accuracy "
        f"{_percent(t['execution_accuracy'])}, wrong {_percent(t['wrong_rate'])}, "
        f"refused {_percent(t['refusal_rate'])}, errors {_percent(t['error_rate'])}",
        highlight=False,
        soft_wrap=True,
    )
    console.print(
        f"  correct {t['correct']}, correct refusals {t['correct_refusal']} "
        f"({codes['matching']} of {codes['with_reason']} with the expected code), "
        f"wrong {t['wrong']}, wrongly answered {t['wrongly_answered']}, "
        f"refused {t['refused']}, errors {t['error']}",
        highlight=False,
        soft_wrap=True,
    )
    if planning["measured"]:
        console.print(
            f"  planning p50 {planning['p50']:.2f} ms, p99 {planning['p99']:.2f} ms "
            f"({planning['measured']} questions); {summary['seconds']:.1f} s in all",
            highlight=False,
        )
    for group in ("form", "role", "user", "style"):
        console.print(_breakdown_table(group, summary[f"by_{group}"]))
    wrong = summary["wrong_answers"]
    if wrong:
        console.print(f"Wrong answers ({len(wrong)}):", highlight=False)
        for item in wrong[:SHOWN_WRONG]:
            _print_wrong(item)
        if len(wrong) > SHOWN_WRONG:
            console.print(
                f"  ... {len(wrong) - SHOWN_WRONG} more (--json or --report FILE for all)"
            )
    for error in summary["errors"]:
        console.print(
            f"Error {error['id']}: {error.get('code')} at {error.get('stage')}: "
            f"{error.get('message')}",
            highlight=False,
            soft_wrap=True,
            markup=False,
        )
    if report_path is not None:
        console.print(f"Full report: {report_path}", highlight=False, soft_wrap=True)


def _breakdown_table(title: str, groups: dict[str, dict[str, Any]]) -> Table:
    """One row per group; correct counts correct refusals, wrong counts wrongly answered."""
    table = Table(title, "n", "correct", "wrong", "refused", "error", "accuracy", "wrong %")
    table.box = box.SIMPLE
    for name, t in sorted(groups.items()):
        table.add_row(
            name,
            str(t["questions"]),
            str(t["correct"] + t["correct_refusal"]),
            str(t["wrong"] + t["wrongly_answered"]),
            str(t["refused"]),
            str(t["error"]),
            _percent(t["execution_accuracy"]),
            _percent(t["wrong_rate"]),
        )
    return table


def _rows(table: dict[str, Any] | None) -> str:
    if table is None:
        return "none"
    shown = "; ".join(", ".join(map(str, row)) for row in table["rows"])
    more = ", ..." if table["row_count"] > len(table["rows"]) else ""
    return f"{table['row_count']} row(s) [{', '.join(table['columns'])}]: {shown}{more}"


def _print_wrong(item: dict[str, Any]) -> None:
    console.print(
        f"  {item['id']} [{item['user']}, {item['form']}] {item['question']}\n"
        f"    {item['message']}\n"
        f"    gold:   {_rows(item['gold'])}\n"
        f"    answer: {_rows(item['answer'])}\n"
        f"    SQL:    {item['sql']}",
        highlight=False,
        soft_wrap=True,
        markup=False,
    )
