"""The web app (issue 7): first meaningful paint of the ask page on localhost (under 1 s)
and what the page adds to the API's own time for a question (under 50 ms), in Debian's
chromium driven by Playwright against `bastion serve`."""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import bastion, report, served

WARM_UP = "total revenue"  # starts the chart engine
# Every question once: each chart is new, so its rendering is part of what is measured.
QUESTIONS = [
    "revenue by store",
    "rentals by month",
    "top 5 categories by revenue",
    "top 10 films by rentals",
    "rentals by category",
    "average payment by month",
    "revenue by month",
    "rentals by store",
    "revenue by category",
    "top 3 categories by rentals",
    "rentals by week",
    "revenue by week",
    "rentals by day of week",
    "revenue by hour of day",
    "top 5 films by revenue",
    "revenue by quarter",
    "late returns by category",
    "rentals by hour of day",
    "revenue by day of week",
    "rentals by rating",
]
# The paint entry may arrive after "load" in a headless browser: wait for it.
FIRST_PAINT = """new Promise(resolve => new PerformanceObserver(list => {
    const entry = list.getEntries().find(e => e.name === 'first-contentful-paint');
    if (entry) resolve(entry.startTime);
}).observe({type: 'paint', buffered: true}))"""
NAVIGATION = """(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return {response: n.responseEnd, dom: n.domContentLoadedEventEnd, load: n.loadEventEnd};
})()"""
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def measure(url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page: Any = browser.new_page(base_url=url, viewport={"width": 1280, "height": 900})
        page.goto("/app/login")
        page.get_by_label("Username").fill("manager_multi")
        page.get_by_label("Password").fill("manager123")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/app/ask")
        paints, navigations = [], []
        for _ in range(15):
            page.goto("/app/ask")
            page.wait_for_load_state("load")
            paints.append(page.evaluate(FIRST_PAINT))
            navigations.append(page.evaluate(NAVIGATION))
        overheads, totals, rendering, transfer, drawn = [], [], [], [], []
        for index, question in enumerate([WARM_UP, *QUESTIONS]):
            before = page.locator("#thread article.turn").count()
            page.get_by_label("Your question").fill(question)
            page.get_by_role("button", name="Ask", exact=True).click()
            turn = page.locator("#thread article.turn").nth(before)
            turn.wait_for()
            has_chart = turn.locator("figure.chart img").count() > 0
            if has_chart:  # a new chart is drawn after the answer shows
                page.wait_for_function("t => t.dataset.chartMs", arg=turn.element_handle())
            client = float(turn.get_attribute("data-client-ms"))
            server = float(turn.get_attribute("data-server-ask-ms"))
            server_page = float(turn.get_attribute("data-server-page-ms"))
            if index > 0:
                overheads.append(client - server)
                totals.append(client)
                rendering.append(server_page - server)
                transfer.append(client - server_page)
                if has_chart:
                    drawn.append(float(turn.get_attribute("data-chart-ms")) - server)
        browser.close()
    print(
        f"ask page first contentful paint: p50 {statistics.median(paints):.0f} ms, "
        f"max {max(paints):.0f} ms over {len(paints)} loads; navigation p50: response end "
        f"{statistics.median(n['response'] for n in navigations):.0f} ms, DOM content loaded "
        f"{statistics.median(n['dom'] for n in navigations):.0f} ms, load "
        f"{statistics.median(n['load'] for n in navigations):.0f} ms",
        flush=True,
    )
    report(
        "ask page first contentful paint (p50)", statistics.median(paints), "ms", 1000.0,
        lower_is_better=True,
    )  # fmt: skip
    print(
        f"question in the browser: p50 {statistics.median(totals):.1f} ms end to end "
        f"over {len(totals)} questions",
        flush=True,
    )
    report(
        "what the page adds to the API's own time per question (p50)",
        statistics.median(overheads),
        "ms",
        50.0,
        lower_is_better=True,
    )
    print(
        f"  of which server rendering {statistics.median(rendering):.1f} ms, HTTP and script "
        f"{statistics.median(transfer):.1f} ms (p50, max overhead {max(overheads):.1f} ms); "
        f"chart shown {statistics.median(drawn):.1f} ms after the ask flow",
        flush=True,
    )


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bastion-bench-web-"))
    try:
        bastion(home, "init", "--generate", "--scale", "1")
        with served(home) as (url, _ready, _):
            measure(url)
    finally:
        bastion(home, "db", "stop")
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
