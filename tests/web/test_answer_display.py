"""How an answer reads on the page, in a real browser against the real server: the rows
table writes numbers and periods as the answer text does (sorting and the CSV keep the
raw values), and charts fill the card with labels that read, on a phone too."""

from __future__ import annotations

import base64
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from bastion.answer.formats import format_money, format_period
from bastion.execution.executor import Scope
from bastion.services import Services
from bastion.web import charts
from tests.web.conftest import ask, drawn_chart, new_page, sign_in

TEXT = re.compile(r"<text([^>]*)>([^<]*)</text>")


def chart_svg(page: Any, img: Any) -> str:
    """The SVG the browser shows (inline, or loaded from the chart's address)."""
    drawn_chart(img)
    src = str(img.evaluate("img => img.currentSrc"))
    if src.startswith("data:"):
        return base64.b64decode(src.split(",", 1)[1]).decode()
    return str(page.request.get(src).text())


def labels(svg: str) -> dict[str, str]:
    """Each text of a chart with its attributes."""
    return {text: attributes for attributes, text in TEXT.findall(svg)}


def fills_its_card(img: Any) -> bool:
    return bool(
        img.evaluate(
            """img => {
                const card = img.closest("figure").getBoundingClientRect();
                return Math.abs(img.getBoundingClientRect().width - card.width) < 1;
            }"""
        )
    )


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

    # The CSV, built on the server, has the raw values, in the order shown.
    with page.expect_download() as download:
        turn.get_by_role("link", name="Download CSV").click()
    saved = tmp_path / "rows.csv"
    download.value.save_as(saved)
    assert download.value.suggested_filename.startswith("bastion-answer-")
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Month,Revenue"
    first_month, first_amount = lines[1].split(",")
    assert (first_month, Decimal(first_amount)) == (best[0].isoformat(), best[1])
    assert page.console_errors == []


def test_charts_fill_the_card_with_labels_that_read(page: Any, services: Services) -> None:
    sign_in(page, "manager_multi")
    ranked = ask(page, "Top 5 categories by revenue")
    img = ranked.get_by_role("img", name="Chart: Revenue by category")
    texts = labels(chart_svg(page, img))
    assert img.evaluate("img => img.naturalWidth") == charts.WIDE and fills_its_card(img)
    names = ranked.locator("table.rows tbody tr td:first-child").all_inner_texts()
    assert len(names) == 5 and all(name in texts for name in names)  # whole, not cut
    rotated = [text for text, attributes in texts.items() if "rotate(" in attributes]
    assert rotated == ["Revenue"]  # only the axis title stands on its side
    assert all('text-anchor="middle"' in texts[name] for name in names)  # bars stand up
    ticks = [text for text in texts if text.startswith("$")]
    assert ticks and all(re.fullmatch(r"\$\d{1,3}(,\d{3})*", tick) for tick in ticks)

    # A trend over months: months named as the answer names them, amounts as money.
    trend = ask(page, "revenue by month")
    img = trend.get_by_role("img", name="Chart: Revenue by month")
    texts = labels(chart_svg(page, img))
    assert fills_its_card(img)
    months = [text for text in texts if re.fullmatch(r"[A-Z][a-z]{2} \d{4}", text)]
    assert len(months) >= 3
    assert not any("rotate(" in texts[month] for month in months)
    assert any(re.fullmatch(r"\$\d{1,3},\d{3}", text) for text in texts)
    assert page.console_errors == []


def test_on_a_phone_charts_are_drawn_for_its_width(browser: Any, live_server: Any) -> None:
    phone = new_page(browser, live_server.url, width=375, height=800)
    sign_in(phone, "manager_multi")
    turn = ask(phone, "Top 5 categories by revenue")
    img = turn.get_by_role("img", name="Chart: Revenue by category")
    texts = labels(chart_svg(phone, img))
    assert img.evaluate("img => img.naturalWidth") == charts.NARROW and fills_its_card(img)
    assert img.evaluate("img => img.getBoundingClientRect().right") <= 375
    names = turn.locator("table.rows tbody tr td:first-child").all_inner_texts()
    assert all('text-anchor="end"' in texts[name] for name in names)  # the bars lie down
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert phone.console_errors == []
    phone.context.close()


MASKED_NAME = re.compile(r"[A-Z]\*+ [A-Z]\*+")


def test_customers_appear_by_their_masked_names_to_roles_that_may_see_them(
    page: Any, browser: Any, live_server: Any
) -> None:
    sign_in(page, "admin_user")
    turn = ask(page, "top 5 customers by revenue")
    table = turn.locator("table.rows")
    assert table.locator("thead th").all_inner_texts() == ["Customer", "Customer name", "Revenue"]
    ids = table.locator("tbody td:nth-child(1)").all_inner_texts()
    names = table.locator("tbody td:nth-child(2)").all_inner_texts()
    assert all(i.isdigit() for i in ids) and all(MASKED_NAME.fullmatch(n) for n in names)
    first = f"{names[0]} (#{ids[0]})"
    assert turn.locator(".answer-text").inner_text().startswith(first)
    texts = labels(chart_svg(page, turn.locator("figure.chart img")))
    assert first in texts  # the bars are named too

    # Marketing: names too, the ids masked as the policy says.
    marketing = new_page(browser, live_server.url)
    sign_in(marketing, "marketing_user")
    rented = ask(marketing, "top 5 customers by rentals")
    cells = rented.locator("table.rows tbody tr").first.locator("td").all_inner_texts()
    assert cells[0].startswith("***") and MASKED_NAME.fullmatch(cells[1])
    marketing.context.close()

    # A store manager may not read the masked customers: by id alone, as before.
    manager = new_page(browser, live_server.url)
    sign_in(manager, "manager_multi")
    by_id = ask(manager, "top 5 customers by revenue")
    headers = by_id.locator("table.rows thead th").all_inner_texts()
    assert headers == ["Customer", "Revenue"]
    assert "*" not in by_id.inner_text()
    by_id.locator("details.sql summary").click()
    assert "v_customer_masked" not in by_id.locator("details.sql code").inner_text()
    manager.context.close()
    assert page.console_errors == []


def test_a_list_cut_at_the_row_cap_says_so_above_its_rows(page: Any) -> None:
    sign_in(page, "admin_user")
    turn = ask(page, "revenue by film")
    cut = "The list was cut at 200 rows; more rows matched."
    assert turn.locator(".answer-text").inner_text().endswith(cut)
    assert turn.locator("table.rows caption").inner_text() == cut
    assert turn.locator("table.rows tbody tr").count() == 200
