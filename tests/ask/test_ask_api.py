"""POST /api/ask end to end over real HTTP: answers, scope, refusals, audit (seed 001's
smoke set included)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy.engine import URL

from bastion.db.engine import Database
from bastion.db.server import libpq_uri
from bastion.services import Services
from tests.helpers import bearer, make_user, token_for

DEMO = {
    "admin_user": "admin123",
    "manager_store1": "manager123",
    "manager_multi": "manager123",
    "marketing_user": "marketing123",
    "finance_user": "finance123",
}


@pytest.fixture(scope="module")
def tokens(live_server: Any) -> dict[str, dict[str, str]]:
    with httpx.Client(base_url=live_server.url) as http:
        return {name: bearer(token_for(http, name, pw)) for name, pw in DEMO.items()}


def ask(client: httpx.Client, headers: dict[str, str], question: str, **extra: Any) -> Any:
    response = client.post("/api/ask", headers=headers, json={"question": question, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def owner_sql(db: Database, sql: str) -> list[tuple[Any, ...]]:
    """Expected results, by hand-written SQL over the base tables as the owner."""
    with psycopg.connect(libpq_uri(db.url)) as conn:
        return conn.execute(sql).fetchall()


REVENUE_BY_STORE = """
    SELECT i.store_id, sum(p.amount) FROM analytics.payment p
    JOIN analytics.rental r ON r.rental_id = p.rental_id
    JOIN analytics.inventory i ON i.inventory_id = r.inventory_id
    GROUP BY 1 ORDER BY 1
"""


def test_an_answer_has_every_part(client: httpx.Client, tokens: Any, session_db: Database) -> None:
    body = ask(client, tokens["admin_user"], "What is the total revenue?")
    assert body["status"] == "ok"
    expected = sum(v for _, v in owner_sql(session_db, REVENUE_BY_STORE))
    assert body["rows"] == [[float(expected)]]
    assert f"{expected:,.2f}" in body["answer"]
    assert body["intent"] == "kpi"
    assert body["sql"].lower().startswith(("select", "with"))
    assert body["columns"][0]["format"] == "currency"
    assert body["widgets"][0]["type"] == "metric"
    assert body["security"] == {
        "role": "admin",
        "store_ids": [],
        "is_all_stores": True,
        "relations": ["v_payment_scoped"],
        "limit_applied": body["security"]["limit_applied"],
    }
    assert body["security"]["limit_applied"] <= 200
    for stage in (
        "context",
        "rag_retrieval",
        "planning",
        "sql_generation",
        "validation",
        "db_execution",
        "narration",
        "total",
    ):
        assert stage in body["timings"]
    assert body["audit_id"] and body["conversation_id"]
    assert body["error"] is None


# --- seed 001 smoke set: scope -------------------------------------------------------


def revenue_by_store(
    client: httpx.Client, headers: dict[str, str], **extra: Any
) -> dict[int, float]:
    body = ask(client, headers, "revenue by store", **extra)
    assert body["status"] == "ok", body
    return {row[0]: row[1] for row in body["rows"]}


def test_admin_sees_all_stores(client: httpx.Client, tokens: Any, session_db: Database) -> None:
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert revenue_by_store(client, tokens["admin_user"]) == expected


def test_single_store_manager_sees_only_store_1(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert revenue_by_store(client, tokens["manager_store1"]) == {1: expected[1]}


def test_multi_store_manager_sees_both_and_can_narrow(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert revenue_by_store(client, tokens["manager_multi"]) == expected
    assert revenue_by_store(client, tokens["manager_multi"], store_id=2) == {2: expected[2]}


def test_store_id_outside_scope_is_403_and_on_record(client: httpx.Client, tokens: Any) -> None:
    response = client.post(
        "/api/ask",
        headers=tokens["manager_store1"],
        json={"question": "What is total revenue for my store?", "store_id": 2},
    )
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "scope.store_not_allowed"
    audit_id = error["details"]["audit_id"]
    log = client.get(f"/api/audit/logs/{audit_id}", headers=tokens["manager_store1"]).json()
    assert log["status"] == "refused" and log["error_stage"] == "context"


def test_asking_for_another_store_in_words_is_refused(client: httpx.Client, tokens: Any) -> None:
    body = ask(client, tokens["manager_store1"], "total revenue for store 2")
    assert body["status"] == "refused"
    assert body["error"]["code"] == "scope.store_not_allowed"
    assert body["rows"] == [] and body["sql"] is None
    assert len(body["suggestions"]) >= 2


def test_a_store_named_by_its_city_is_that_store(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    # "the Hamilton store" is the store whose address is in Hamilton (store 2): never the
    # customers who live in Hamilton, and outside a store-1 manager's scope
    [(city,)] = owner_sql(
        session_db,
        "SELECT ci.city FROM analytics.store s JOIN analytics.address a USING (address_id)"
        " JOIN analytics.city ci USING (city_id) WHERE s.store_id = 2",
    )
    body = ask(client, tokens["manager_store1"], f"total revenue of the {city} store")
    assert body["status"] == "refused"
    assert body["error"]["code"] == "scope.store_not_allowed"
    [(revenue,)] = owner_sql(
        session_db,
        "SELECT sum(p.amount) FROM analytics.payment p JOIN analytics.rental r USING (rental_id)"
        " JOIN analytics.inventory i USING (inventory_id) WHERE i.store_id = 2",
    )
    body = ask(client, tokens["admin_user"], f"total revenue of our store in {city}")
    assert body["status"] == "ok"
    assert body["rows"] == [[float(revenue)]]


def test_finance_sees_revenue_of_its_store_but_not_rentals(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert revenue_by_store(client, tokens["finance_user"]) == {1: expected[1]}
    body = ask(client, tokens["finance_user"], "How many rentals were there?")
    assert body["status"] == "refused"
    assert body["error"]["code"] == "scope.relation_not_allowed"


def test_marketing_never_sees_payments(client: httpx.Client, tokens: Any) -> None:
    for question in (
        "What is the total revenue?",
        "average payment by month",
        "top 5 films by revenue",
    ):
        body = ask(client, tokens["marketing_user"], question)
        assert body["status"] == "refused", question
        assert body["error"]["code"] == "scope.relation_not_allowed"
        assert body["rows"] == []


@pytest.mark.parametrize(
    ("question", "code", "stage"),
    [
        ("What are the customers' email addresses?", "planner.unknown_data", "planning"),
        ("list customer phone numbers", "planner.unknown_data", "planning"),
        # The default policy refuses changes first; the planner would refuse them too.
        ("delete all payments from store 2", "policy.blocked_topic", "policy_request"),
        (
            "update the rental rate of ACADEMY DINOSAUR to 0.99",
            "policy.blocked_topic",
            "policy_request",
        ),
        ("cancel the rental of ACADEMY DINOSAUR", "request.modification", "planning"),
        ("what is the meaning of life", "planner.not_understood", "planning"),
    ],
)
def test_refusals_say_why_with_a_stable_code(
    client: httpx.Client, tokens: Any, question: str, code: str, stage: str
) -> None:
    body = ask(client, tokens["admin_user"], question)
    assert body["status"] == "refused"
    assert body["error"]["code"] == code
    assert body["error"]["stage"] == stage
    assert body["answer"] and body["suggestions"]


def test_bad_requests(client: httpx.Client, tokens: Any) -> None:
    assert client.post("/api/ask", json={"question": "revenue"}).status_code == 401
    for payload in (
        {},
        {"question": ""},
        {"question": "x" * 1001},
        {"question": "revenue", "store_id": "two"},
    ):
        response = client.post("/api/ask", headers=tokens["admin_user"], json=payload)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "request.invalid"


# --- conversations and audit ----------------------------------------------------------


def test_follow_up_changes_one_part(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    first = ask(client, tokens["manager_multi"], "total revenue for store 1")
    follow = ask(
        client,
        tokens["manager_multi"],
        "and for store 2?",
        conversation_id=first["conversation_id"],
    )
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert first["rows"] == [[expected[1]]]
    assert follow["rows"] == [[expected[2]]]
    assert follow["explain"]["follow_up"] is True
    thread = client.get(
        f"/api/conversations/{first['conversation_id']}", headers=tokens["manager_multi"]
    ).json()
    assert [t["question"] for t in thread["turns"]] == [
        "total revenue for store 1",
        "and for store 2?",
    ]
    # Each turn has the answer as it was given, to show it again.
    shown = thread["turns"][1]["response"]
    assert thread["turns"][1]["visible"] is True
    assert {k: shown[k] for k in ("audit_id", "answer", "rows", "sql")} == {
        k: follow[k] for k in ("audit_id", "answer", "rows", "sql")
    }
    assert all(w["type"] != "table" for w in shown["widgets"])  # its rows are the rows
    mine = client.get("/api/conversations", headers=tokens["manager_multi"]).json()
    assert mine[0]["id"] == first["conversation_id"]
    assert (mine[0]["title"], mine[0]["turns"]) == ("total revenue for store 1", 2)
    theirs = client.get("/api/conversations", headers=tokens["manager_store1"]).json()
    assert first["conversation_id"] not in [c["id"] for c in theirs]
    # Someone else's conversation is not found, whoever asks.
    other = client.get(
        f"/api/conversations/{first['conversation_id']}", headers=tokens["manager_store1"]
    )
    assert other.status_code == 404
    stolen = client.post(
        "/api/ask",
        headers=tokens["manager_store1"],
        json={"question": "and for store 1?", "conversation_id": first["conversation_id"]},
    )
    assert stolen.status_code == 404


def test_a_follow_up_of_a_refused_question_is_refused_not_answered_alone(
    client: httpx.Client, tokens: Any
) -> None:
    """ "So how many titles in total?" after a question that was refused is not the number
    of all films (nor a change to the answered question before the refused one); a
    question asked in full is answered as always."""
    first = ask(client, tokens["admin_user"], "total revenue for store 1")
    refused = ask(
        client,
        tokens["admin_user"],
        "films whose titles rhyme with their descriptions",
        conversation_id=first["conversation_id"],
    )
    assert refused["status"] == "refused"
    for question in ("so how many titles in total?", "and for store 2?"):
        after = ask(
            client, tokens["admin_user"], question, conversation_id=first["conversation_id"]
        )
        assert after["status"] == "refused", after
        assert "previous question" in after["error"]["message"]
    full = ask(
        client, tokens["admin_user"], "How many films are there?",
        conversation_id=first["conversation_id"],
    )  # fmt: skip
    assert full["status"] == "ok", full
    assert full["explain"]["follow_up"] is False and len(full["rows"]) == 1


def test_a_question_refused_for_another_store_can_be_asked_again_for_ones_own(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    """Store 1's manager asks about store 2 and is refused; "ok, how many at my store
    then" is the same question for store 1 (the refused plan is on record, and the new
    one is checked again: a follow-up that keeps store 2 is refused again)."""
    manager = tokens["manager_store1"]
    refused = ask(client, manager, "total revenue for store 2")
    assert refused["status"] == "refused"
    assert refused["error"]["code"] == "scope.store_not_allowed"
    log = client.get(f"/api/audit/logs/{refused['audit_id']}", headers=manager).json()
    assert log["status"] == "refused" and log["plan"]["filters"][0]["values"] == [2]
    conversation = refused["conversation_id"]
    mine = ask(client, manager, "ok fine, and at my store then?", conversation_id=conversation)
    expected = {s: float(v) for s, v in owner_sql(session_db, REVENUE_BY_STORE)}
    assert mine["status"] == "ok", mine
    assert mine["rows"] == [[expected[1]]] and mine["explain"]["follow_up"] is True
    # "both stores" names the other store too: refused, never store 1's figure as both
    both = ask(client, manager, "July takings for both stores side by side")
    assert both["status"] == "refused" and both["error"]["code"] == "scope.store_not_allowed"
    again = ask(client, manager, "total revenue for store 2", conversation_id=conversation)
    kept = ask(client, manager, "and in July?", conversation_id=conversation)
    assert again["status"] == kept["status"] == "refused"
    assert kept["error"]["code"] == "scope.store_not_allowed"


def test_every_question_is_on_record_with_its_stages(client: httpx.Client, tokens: Any) -> None:
    ok = ask(client, tokens["manager_store1"], "How many rentals by month?")
    log = client.get(f"/api/audit/logs/{ok['audit_id']}", headers=tokens["manager_store1"]).json()
    assert log["status"] == "ok" and log["question"] == "How many rentals by month?"
    assert log["plan"]["intent"] == "trend"
    assert log["sql"] == ok["sql"] and log["row_count"] == len(ok["rows"])
    stages = [e["stage"] for e in log["events"]]
    assert stages == [
        "context",
        "rag_retrieval",
        "policy_request",
        "planning",
        "sql_generation",
        "validation",
        "policy_sql",
        "approval",
        "db_execution",
        "policy_result",
        "narration",
        "completed",
    ]
    assert all(e["duration_ms"] >= 0 for e in log["events"])
    assert set(log["timings"]) >= {"planning", "db_execution"}

    refused = ask(client, tokens["manager_store1"], "delete all rentals")
    log = client.get(
        f"/api/audit/logs/{refused['audit_id']}", headers=tokens["manager_store1"]
    ).json()
    assert log["status"] == "refused" and log["error_stage"] == "policy_request"
    assert log["error_code"] == "policy.blocked_topic"
    assert [e["stage"] for e in log["events"]][-1] == "refused"


def test_audit_visibility(client: httpx.Client, tokens: Any, services: Services) -> None:
    mine = ask(client, tokens["finance_user"], "total revenue")
    admin_view = client.get(
        "/api/audit/logs?user=finance_user&limit=5", headers=tokens["admin_user"]
    ).json()
    assert mine["audit_id"] in [r["id"] for r in admin_view]
    others = client.get(f"/api/audit/logs/{mine['audit_id']}", headers=tokens["manager_store1"])
    assert others.status_code == 404
    own_list = client.get("/api/audit/logs", headers=tokens["manager_store1"]).json()
    assert {r["username"] for r in own_list} <= {"manager_store1"}
    refused = client.get("/api/audit/logs?status=refused", headers=tokens["admin_user"]).json()
    assert refused and all(r["status"] == "refused" for r in refused)
    # An admin of another org sees none of the demo org's questions.
    outsider = make_user(
        services, role="admin", is_all_stores=True, store_ids=(), org_slug="another-org"
    )
    assert client.get("/api/audit/logs", headers=bearer(token_for(client, outsider))).json() == []


def _as_decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def test_rows_match_hand_written_sql_for_a_ranking(
    client: httpx.Client, tokens: Any, template_url: URL, session_db: Database
) -> None:
    body = ask(client, tokens["admin_user"], "top 5 categories by revenue")
    expected = owner_sql(
        session_db,
        """
        SELECT c.name, sum(p.amount) AS revenue FROM analytics.payment p
        JOIN analytics.rental r ON r.rental_id = p.rental_id
        JOIN analytics.inventory i ON i.inventory_id = r.inventory_id
        JOIN analytics.film_category fc ON fc.film_id = i.film_id
        JOIN analytics.category c ON c.category_id = fc.category_id
        GROUP BY c.name ORDER BY revenue DESC FETCH FIRST 5 ROWS WITH TIES
    """,
    )
    # each row: the category, its id, the revenue (ties at the fifth place kept)
    assert sorted((r[0], _as_decimal(r[2])) for r in body["rows"]) == sorted(expected)
    assert body["intent"] == "ranking"
    assert body["widgets"][0]["type"] == "bar"


# --- follow-ups about the rows of the previous answer ---------------------------------

TOP_SPENDER_JULY = """
    WITH spent AS (
        SELECT p.customer_id, sum(p.amount) AS total FROM analytics.payment p
        WHERE p.payment_date >= '2022-07-01' AND p.payment_date < '2022-08-01'
        GROUP BY p.customer_id)
    SELECT customer_id, total FROM spent WHERE total = (SELECT max(total) FROM spent)
"""


def test_a_follow_up_about_the_top_rows_carries_them(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    """ "Top paying customer July", then "and how much did they spend": that customer, in
    July (the previous answer's rows, its period), not everyone's revenue of all time."""
    top = owner_sql(session_db, TOP_SPENDER_JULY)
    first = ask(client, tokens["admin_user"], "top paying customer july")
    follow = ask(
        client,
        tokens["admin_user"],
        "and how much did they spend",
        conversation_id=first["conversation_id"],
    )
    assert follow["status"] == "ok", follow["error"]
    plan = follow["explain"]["plan"]
    customers = sorted(customer for customer, _ in top)
    assert {"dimension": "customer", "values": customers} in [
        {k: f[k] for k in ("dimension", "values")} for f in plan["filters"]
    ]
    assert plan["time_range"]["start"] == "2022-07-01"
    assert sorted(_as_decimal(row[-1]) for row in follow["rows"]) == sorted(t for _, t in top)


def test_a_follow_up_about_the_busiest_month_counts_that_month(
    client: httpx.Client, tokens: Any, session_db: Database
) -> None:
    months = owner_sql(
        session_db,
        """
        WITH months AS (SELECT date_trunc('month', rental_date)::date AS month, count(*) AS n
                        FROM analytics.rental GROUP BY 1)
        SELECT m.month, count(*) FILTER (WHERE i.store_id = 2) FROM months m
        JOIN analytics.rental r ON date_trunc('month', r.rental_date)::date = m.month
        JOIN analytics.inventory i ON i.inventory_id = r.inventory_id
        WHERE m.n = (SELECT max(n) FROM months) GROUP BY m.month
        """,
    )
    assert len(months) == 1, "the demo data has one busiest month"
    [(month, store_2)] = months
    first = ask(client, tokens["admin_user"], "What was the busiest month for rentals?")
    follow = ask(
        client,
        tokens["admin_user"],
        "how many of those rentals were from store 2?",
        conversation_id=first["conversation_id"],
    )
    assert follow["status"] == "ok", follow["error"]
    assert follow["explain"]["plan"]["time_range"]["start"] == month.isoformat()
    assert follow["rows"] == [[store_2]]


def test_rows_a_role_saw_masked_are_not_carried(client: httpx.Client, tokens: Any) -> None:
    """Marketing sees customer ids masked: a follow-up about "them" would put the ids in
    its plan, so it is refused instead."""
    first = ask(client, tokens["marketing_user"], "top renter in july")
    assert first["status"] == "ok"
    follow = ask(
        client,
        tokens["marketing_user"],
        "and what country are they from",
        conversation_id=first["conversation_id"],
    )
    assert follow["status"] == "refused"
    assert "carry the rows" in follow["error"]["message"]
    assert follow["explain"] is None or follow["explain"].get("plan") is None
