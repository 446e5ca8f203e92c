"""/api/examples over real HTTP: admins add, list, find the nearest and remove their
org's worked examples; other roles may not; another org's are out of reach."""

from __future__ import annotations

from typing import Any

import httpx

from bastion.services import Services
from tests.helpers import bearer, make_user, org_admin, token_for

PLAN = {"intent": "kpi", "measures": ["revenue"]}
BY_STORE = {"intent": "distribution", "measures": ["revenue"], "dimensions": ["store"]}


def admin_headers(client: httpx.Client, services: Services) -> tuple[str, dict[str, str]]:
    slug, admin = org_admin(services)
    return slug, bearer(token_for(client, admin))


def add(client: httpx.Client, headers: dict[str, str], question: str, plan: Any) -> Any:
    return client.post("/api/examples", headers=headers, json={"question": question, "plan": plan})


def test_an_admin_adds_lists_finds_and_removes(client: httpx.Client, services: Services) -> None:
    _, headers = admin_headers(client, services)
    assert client.get("/api/examples", headers=headers).json() == []  # a new org has none
    created = add(client, headers, " how much   cash came in ", PLAN)
    assert created.status_code == 201, created.text
    example = created.json()
    assert (example["question"], example["plan"], example["source"]) == (
        "how much cash came in",
        PLAN,
        "admin",
    )
    assert add(client, headers, "cash per shop", BY_STORE).status_code == 201
    listed = client.get("/api/examples", headers=headers).json()
    assert [e["question"] for e in listed] == ["how much cash came in", "cash per shop"]
    assert client.get("/api/examples?source=seed", headers=headers).json() == []

    nearest = client.get(
        "/api/examples/nearest", headers=headers, params={"question": "cash in each shop", "k": 1}
    ).json()
    assert [(n["question"], n["plan"]) for n in nearest] == [("cash per shop", BY_STORE)]
    assert nearest[0]["method"] in {"fuzzy", "embeddings"}

    removed = client.delete(f"/api/examples/{example['id']}", headers=headers)
    assert removed.status_code == 204
    assert [e["question"] for e in client.get("/api/examples", headers=headers).json()] == [
        "cash per shop"
    ]
    changes = client.get(
        "/api/config/changelog", headers=headers, params={"config_type": "plan_example"}
    ).json()
    assert {(c["change_type"], c["config_id"]) for c in changes} >= {
        ("create", example["id"]),
        ("delete", example["id"]),
    }


def test_bad_examples_are_refused_with_a_code(client: httpx.Client, services: Services) -> None:
    _, headers = admin_headers(client, services)
    unknown = add(client, headers, "happiness", {"intent": "kpi", "measures": ["happiness"]})
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "examples.invalid_plan"
    assert add(client, headers, "q", {"intent": "kpi"}).json()["error"]["code"] == (
        "request.invalid"
    )
    assert add(client, headers, "   ", PLAN).status_code == 422
    assert add(client, headers, "cash", PLAN).status_code == 201
    taken = add(client, headers, "cash", PLAN)
    assert taken.status_code == 409 and taken.json()["error"]["code"] == "examples.question_taken"


def test_only_admins_of_the_org_reach_its_examples(
    client: httpx.Client, services: Services
) -> None:
    slug, headers = admin_headers(client, services)
    example = add(client, headers, "cash", PLAN).json()
    manager = bearer(token_for(client, make_user(services, org_slug=slug)))
    for response in (
        client.get("/api/examples", headers=manager),
        add(client, manager, "more cash", PLAN),
        client.delete(f"/api/examples/{example['id']}", headers=manager),
        client.get("/api/examples/nearest", headers=manager, params={"question": "cash"}),
    ):
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "auth.admin_required"
    _, other = admin_headers(client, services)
    assert client.get("/api/examples", headers=other).json() == []
    missing = client.delete(f"/api/examples/{example['id']}", headers=other)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "examples.not_found"
    assert (
        client.get("/api/examples/nearest", headers=other, params={"question": "cash"}).json() == []
    )
    assert client.get("/api/examples", headers=headers).json()[0]["id"] == example["id"]
