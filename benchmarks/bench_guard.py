"""SQL guard throughput (issue: "at least 500 checks/s on one core for the planner's typical
queries"): ``check_sql`` over planner-shaped queries, one thread, for a few seconds."""

from __future__ import annotations

import time

from bastion.guard import GuardPolicy, check_sql
from benchmarks.common import report

TARGET_CHECKS_PER_SECOND = 500
SECONDS = 3.0

POLICY = GuardPolicy(
    allowed_relations=frozenset(
        {
            "v_payment_scoped",
            "v_rental_scoped",
            "film",
            "category",
            "film_category",
            "inventory",
            "store",
        }
    ),
    scoped_relations={
        "v_payment_scoped": "store_id",
        "v_rental_scoped": "store_id",
        "v_customer_masked": "store_id",
        "inventory": "store_id",
        "store": "store_id",
    },
    store_ids=(1,),
    all_stores=False,
)

_REVENUE_BY_CATEGORY = """
SELECT c.name AS category, SUM(p.amount) AS revenue
FROM analytics.v_payment_scoped p
JOIN analytics.film_category fc ON fc.film_id = p.film_id
JOIN analytics.category c ON c.category_id = fc.category_id
WHERE p.payment_date >= '2022-05-01' AND p.payment_date < '2022-06-01'
GROUP BY c.name ORDER BY revenue DESC LIMIT 10
"""

QUERIES = (
    "SELECT SUM(amount) AS revenue FROM analytics.v_payment_scoped",
    "SELECT COUNT(*) AS rentals FROM analytics.v_rental_scoped "
    "WHERE rental_date >= '2022-05-01' AND rental_date < '2022-06-01'",
    _REVENUE_BY_CATEGORY,
    "SELECT date_trunc('month', p.payment_date) AS month, SUM(p.amount) AS revenue "
    "FROM analytics.v_payment_scoped p GROUP BY 1 ORDER BY 1",
    "SELECT date_trunc('month', r.rental_date) AS month, COUNT(*) AS rentals "
    "FROM analytics.v_rental_scoped r GROUP BY 1 ORDER BY 1 LIMIT 24",
    "SELECT f.title, COUNT(*) AS rentals FROM analytics.v_rental_scoped r "
    "JOIN analytics.film f ON f.film_id = r.film_id GROUP BY f.title "
    "ORDER BY rentals DESC LIMIT 10",
    "SELECT f.title, SUM(p.amount) AS revenue FROM analytics.v_payment_scoped p "
    "JOIN analytics.film f ON f.film_id = p.film_id "
    "WHERE p.payment_date >= '2022-03-01' GROUP BY f.title ORDER BY revenue DESC LIMIT 10",
    "SELECT c.name AS category, COUNT(*) AS rentals FROM analytics.v_rental_scoped r "
    "JOIN analytics.film_category fc ON fc.film_id = r.film_id "
    "JOIN analytics.category c ON c.category_id = fc.category_id "
    "GROUP BY c.name ORDER BY rentals DESC LIMIT 10",
    "SELECT date_trunc('month', p.payment_date) AS month, c.name AS category, "
    "SUM(p.amount) AS revenue FROM analytics.v_payment_scoped p "
    "JOIN analytics.film_category fc ON fc.film_id = p.film_id "
    "JOIN analytics.category c ON c.category_id = fc.category_id "
    "WHERE c.name IN ('Action', 'Comedy') GROUP BY 1, 2 ORDER BY 1, 2",
    "SELECT p.store_id, SUM(p.amount) AS revenue FROM analytics.v_payment_scoped p "
    "GROUP BY p.store_id ORDER BY p.store_id",
    "SELECT AVG(p.amount) AS average_payment FROM analytics.v_payment_scoped p "
    "WHERE p.payment_date >= '2022-04-01' AND p.payment_date < '2022-07-01'",
    "SELECT f.rating, COUNT(*) AS rentals FROM analytics.v_rental_scoped r "
    "JOIN analytics.film f ON f.film_id = r.film_id GROUP BY f.rating ORDER BY rentals DESC",
    "SELECT COUNT(DISTINCT r.customer_id) AS customers FROM analytics.v_rental_scoped r "
    "WHERE r.rental_date >= '2022-05-01' AND r.rental_date < '2022-06-01'",
    "SELECT date_trunc('week', r.rental_date) AS week, COUNT(*) AS rentals "
    "FROM analytics.v_rental_scoped r WHERE r.rental_date >= '2022-05-01' "
    "GROUP BY 1 ORDER BY 1",
    "SELECT f.title, ROUND(AVG(r.return_date::date - r.rental_date::date), 1) AS days "
    "FROM analytics.v_rental_scoped r JOIN analytics.film f ON f.film_id = r.film_id "
    "WHERE r.return_date IS NOT NULL GROUP BY f.title ORDER BY days DESC LIMIT 10",
    "SELECT c.name AS category, SUM(p.amount) AS revenue, COUNT(*) AS payments "
    "FROM analytics.v_payment_scoped p JOIN analytics.film_category fc ON fc.film_id = p.film_id "
    "JOIN analytics.category c ON c.category_id = fc.category_id "
    "WHERE p.payment_date >= '2022-06-01' AND p.payment_date < '2022-07-01' "
    "AND c.name <> 'Music' GROUP BY c.name ORDER BY revenue DESC LIMIT 5",
    "SELECT date_trunc('month', p.payment_date) AS month, p.store_id, SUM(p.amount) AS revenue "
    "FROM analytics.v_payment_scoped p WHERE p.store_id IN (1, 2) GROUP BY 1, 2 ORDER BY 1, 2",
    "SELECT f.title, COUNT(*) AS copies FROM analytics.inventory i "
    "JOIN analytics.film f ON f.film_id = i.film_id GROUP BY f.title "
    "ORDER BY copies DESC LIMIT 10",
    "SELECT extract(dow FROM r.rental_date) AS weekday, COUNT(*) AS rentals "
    "FROM analytics.v_rental_scoped r GROUP BY 1 ORDER BY 1",
    "SELECT date_trunc('quarter', p.payment_date) AS quarter, SUM(p.amount) AS revenue, "
    "COALESCE(SUM(p.amount) FILTER (WHERE p.amount > 5), 0) AS large "
    "FROM analytics.v_payment_scoped p GROUP BY 1 ORDER BY 1 LIMIT 12",
)


def main() -> None:
    for sql in QUERIES:  # all typical queries must pass, or the figure means nothing
        verdict = check_sql(sql, POLICY)
        if not verdict.allowed:
            raise SystemExit(f"guard denied a typical query: {verdict.reasons}: {sql}")
    checks = 0
    started = time.perf_counter()
    deadline = started + SECONDS
    while time.perf_counter() < deadline:
        for sql in QUERIES:
            check_sql(sql, POLICY)
        checks += len(QUERIES)
    elapsed = time.perf_counter() - started
    report(
        f"guard checks of {len(QUERIES)} typical planner queries (one thread)",
        checks / elapsed,
        "checks/s",
        TARGET_CHECKS_PER_SECOND,
        lower_is_better=False,
    )


if __name__ == "__main__":
    main()
