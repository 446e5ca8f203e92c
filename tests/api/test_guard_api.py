"""POST /api/guard/check: as yourself, and as another role only for admins."""

from __future__ import annotations

import httpx

from tests.helpers import bearer, token_for


def check(client: httpx.Client, user: str, password: str, **body: object) -> httpx.Response:
    headers = bearer(token_for(client, user, password))
    return client.post("/api/guard/check", headers=headers, json=body)


def test_check_as_yourself_rewrites_scope_and_limit(client: httpx.Client) -> None:
    response = check(
        client, "manager_store1", "manager123", sql="SELECT sum(amount) FROM v_payment_scoped"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "allow"
    assert "store_id IN (1)" in body["sql"] or "store_id = 1" in body["sql"]
    assert body["limit_applied"] == 200
    assert body["relations"] == ["v_payment_scoped"]
    assert body["policy"] == {"role": "store_manager", "store_ids": [1], "all_stores": False}
    # The planner's estimate counts every store's rows: a store manager is not shown it,
    # nor, in the risk's reasons, more than the band it falls in.
    assert "estimated_rows" not in body
    assert body["risk"]["level"] in {"low", "medium", "high"}
    product = "SELECT p.amount FROM v_payment_scoped p CROSS JOIN v_rental_scoped r"
    banded = check(client, "manager_store1", "manager123", sql=product).json()
    estimate = [f for f in banded["risk"]["factors"] if f.endswith("rows estimated")]
    assert estimate in (["at least 100,000 rows estimated"], ["at least 1,000,000 rows estimated"])
    assert "estimated_rows" not in banded
    admin = check(client, "admin_user", "admin123", sql=product).json()
    assert admin["estimated_rows"] >= 1_000_000
    assert f"about {admin['estimated_rows']:,} rows estimated" in admin["risk"]["factors"]


def test_denials_carry_codes(client: httpx.Client) -> None:
    body = check(
        client, "marketing_user", "marketing123", sql="SELECT * FROM analytics.payment"
    ).json()
    assert body["verdict"] == "deny"
    assert body["reasons"][0]["code"] == "guard.relation_not_allowed"
    body = check(client, "admin_user", "admin123", sql="DELETE FROM film").json()
    assert body["verdict"] == "deny"
    assert body["reasons"][0]["code"] == "guard.not_read_only"


def test_only_admins_check_as_others(client: httpx.Client) -> None:
    refused = check(client, "manager_store1", "manager123", sql="SELECT 1", role="admin")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "guard.impersonation_forbidden"
    widened = check(client, "manager_store1", "manager123", sql="SELECT 1", store_ids=[1, 2])
    assert widened.status_code == 403
    body = check(
        client,
        "admin_user",
        "admin123",
        sql="SELECT count(*) FROM v_rental_scoped",
        role="finance",
        store_ids=[2],
    ).json()
    assert body["verdict"] == "deny"  # finance may not read rentals
    body = check(
        client,
        "admin_user",
        "admin123",
        sql="SELECT count(*) FROM store",
        role="finance",
        store_ids=[2],
    ).json()
    assert body["verdict"] == "allow" and body["policy"]["store_ids"] == [2]


def test_garbage_and_oversize(client: httpx.Client) -> None:
    body = check(client, "admin_user", "admin123", sql="SELEC FROM WHERE ((").json()
    assert body["verdict"] == "deny" and body["reasons"][0]["code"] == "guard.parse_error"
    body = check(client, "admin_user", "admin123", sql="SELECT 1 " + "-- x\n" * 10000).json()
    assert body["verdict"] == "deny"
    too_big = check(client, "admin_user", "admin123", sql="x" * 200_000)
    assert too_big.status_code == 422


def test_a_500_cte_chain_is_denied_before_the_database_plans_it(client: httpx.Client) -> None:
    chain = ["c0 AS (SELECT payment_id AS x FROM v_payment_scoped)"]
    chain += [f"c{i} AS (SELECT x FROM c{i - 1})" for i in range(1, 500)]
    sql = "WITH " + ", ".join(chain) + " SELECT count(*) FROM c499"
    response = check(client, "manager_store1", "manager123", sql=sql)
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "deny" and body["reasons"][0]["code"] == "guard.too_complex"
    assert "500 common table expressions" in body["reasons"][0]["message"]


def test_an_explain_that_fails_is_part_of_the_verdict_not_a_500(client: httpx.Client) -> None:
    # PostgreSQL folds constants while planning: EXPLAIN itself divides by zero.
    response = check(client, "admin_user", "admin123", sql="SELECT 1 / 0 AS x FROM film")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] == "allow" and body["estimated_rows"] is None
    assert body["explain"]["ok"] is False and body["explain"]["code"] == "execution.failed"
    assert "division by zero" in body["explain"]["message"]
