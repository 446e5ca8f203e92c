"""How an answer reads on the page, in a real browser against the real server: the rows
table writes numbers and periods as the answer text does (sorting and the CSV keep the
raw values)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from bastion.answer.formats import format_money, format_period
from bastion.execution.executor import Scope
from bastion.services import Services
from tests.web.conftest import ask, sign_in


def test_rows_read_like_the_answer_and_sort_and_download_raw(
    page: Any, services: Services, tmp_path: Path
) -> None:
    sign_in(page, "manager_multi")
    turn = ask(page, "revenue by month")
    months = services.executor.run(
        "SELECT CAST(date_trunc('month', payment_date) AS date), SUM(amount)"
        " FROM analytics.v_payment_scoped GROUP BY 1 ORDER BY 1",
        Scope((1, 2), False),
    ).rows
    table = turn.locator("table.rows")
    shown = [row.locator("td").all_inner_texts() for row in table.locator("tbody tr").all()]
    assert shown == [[format_period(m, "month"), format_money(v)] for m, v in months]
    # The answer states the same amounts the same way.
    best = max(months, key=lambda row: row[1])
    assert format_money(best[1]) in turn.locator(".answer-text").inner_text()
    assert table.locator("tbody td.num").count() == len(months)  # amounts align right

    # Sorting compares the raw numbers ("$9,..." would sort after "$10,..." as text).
    table.get_by_role("button", name="Revenue").click()
    ascending = sorted(months, key=lambda row: row[1])
    assert table.locator("tbody tr td:nth-child(2)").all_inner_texts() == [
        format_money(v) for _, v in ascending
    ]
    assert table.locator("th", has_text="Revenue").get_attribute("aria-sort") == "ascending"
    table.get_by_role("button", name="Revenue").click()
    assert table.locator("tbody tr td:nth-child(2)").first.inner_text() == format_money(best[1])

    # The CSV has the raw values, in the order shown.
    with page.expect_download() as download:
        turn.get_by_role("button", name="Download CSV").click()
    saved = tmp_path / "rows.csv"
    download.value.save_as(saved)
    lines = saved.read_text().splitlines()
    assert lines[0] == "Month,Revenue"
    first_month, first_amount = lines[1].split(",")
    assert (first_month, Decimal(first_amount)) == (best[0].isoformat(), best[1])
    assert page.console_errors == []
