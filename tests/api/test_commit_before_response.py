"""A 2xx means the change is committed: the session of a request commits before the
response is sent, so the next read (any process, any client) sees it."""

from __future__ import annotations

import httpx
from sqlalchemy import text

from bastion.services import Services
from tests.helpers import bearer, org_admin, token_for


def test_a_change_is_visible_as_soon_as_its_response_arrives(
    client: httpx.Client, services: Services
) -> None:
    slug, admin = org_admin(services)
    headers = bearer(token_for(client, admin))
    with services.db.autocommit.connect() as conn:  # open already: read at once
        for budget in range(1, 101):
            response = client.put(
                "/api/models/settings", headers=headers, json={"monthly_token_budget": budget}
            )
            assert response.status_code == 200, response.text
            stored = conn.execute(
                text(
                    "SELECT s.monthly_token_budget FROM bastion.model_settings s"
                    " JOIN bastion.orgs o ON o.id = s.org_id WHERE o.slug = :slug"
                ),
                {"slug": slug},
            ).scalar()
            assert stored == budget
