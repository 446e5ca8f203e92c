"""Context rules (seed 003) over HTTP: versions, one active per domain, checks, changelog."""

from __future__ import annotations

import httpx

from bastion.services import Services
from tests.helpers import bearer, make_user, org_admin, token_for


def test_context_rules_are_versioned_checked_and_logged(
    client: httpx.Client, services: Services
) -> None:
    slug, admin_name = org_admin(services)
    admin = bearer(token_for(client, admin_name))
    url = "/api/config/context-rules"
    first = client.post(
        url, headers=admin, json={"domain": "payments", "important": ["refund"], "ignore": []}
    )
    assert first.status_code == 201, first.text
    assert (first.json()["version"], first.json()["is_active"]) == (1, True)
    second = client.post(
        url,
        headers=admin,
        json={"domain": "payments", "important": ["refund", "chargeback"], "ignore": ["^test"]},
    )
    assert second.json()["version"] == 2
    client.post(url, headers=admin, json={"domain": "rentals", "important": ["late"]})

    active = client.get(url, headers=admin).json()
    assert [(r["domain"], r["version"]) for r in active] == [("payments", 2), ("rentals", 1)]
    every = client.get(url, headers=admin, params={"domain": "payments", "all": "true"}).json()
    assert [(r["version"], r["is_active"]) for r in every] == [(1, False), (2, True)]

    bad = client.post(url, headers=admin, json={"domain": "payments", "ignore": ["(unclosed"]})
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "context_rules.invalid_pattern"

    changes = client.get(
        "/api/config/changelog", headers=admin, params={"config_type": "context_rule"}
    ).json()
    latest = changes[1]  # newest first: rentals v1, payments v2, payments v1
    assert latest["change_type"] == "new_version"
    assert latest["previous_data"]["important"] == ["refund"]
    assert latest["new_data"]["important"] == ["refund", "chargeback"]

    user = bearer(token_for(client, make_user(services, role="finance", org_slug=slug)))
    assert client.get(url, headers=user).status_code == 403
    refused = client.post(url, headers=user, json={"domain": "x"})
    assert refused.status_code == 403
