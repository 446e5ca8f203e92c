"""SQL on pages: laid out by sqlglot's pretty printer only when that keeps every token,
and highlighted with the SQL escaped."""

from __future__ import annotations

from bastion.web.highlight import pretty_sql, sql_html

GUARDED = (
    "SELECT p.store_id AS store, COALESCE(SUM(p.amount), 0) AS revenue FROM (SELECT * FROM"
    " analytics.v_payment_scoped WHERE store_id IN (1, 2)) AS p GROUP BY p.store_id"
    " ORDER BY revenue DESC NULLS LAST, store ASC LIMIT 200"
)


def test_sql_is_laid_out_one_clause_per_line() -> None:
    assert pretty_sql(GUARDED).splitlines() == [
        "SELECT",
        "  p.store_id AS store,",
        "  COALESCE(SUM(p.amount), 0) AS revenue",
        "FROM (",
        "  SELECT",
        "    *",
        "  FROM analytics.v_payment_scoped",
        "  WHERE",
        "    store_id IN (1, 2)",
        ") AS p",
        "GROUP BY",
        "  p.store_id",
        "ORDER BY",
        "  revenue DESC NULLS LAST,",
        "  store ASC",
        "LIMIT 200",
    ]


def test_sql_the_layout_would_change_is_shown_as_it_is() -> None:
    for sql in (
        "select count(distinct x) from t",  # key words would change case
        "SELECT a -- why\nFROM t",  # the comment would change its form
        "SELECT 1; SELECT 2",
        "SELEC nonsense (((",
    ):
        assert pretty_sql(sql) == sql


def test_highlighted_sql_is_escaped() -> None:
    html = str(sql_html("SELECT '<script>alert(1)</script>' AS x"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<span class="sql-k">SELECT</span>' in html
