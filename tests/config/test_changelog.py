"""Every change of configuration goes through ``log_change``: exactly one changelog row
and one bump of its kind's counter, in the change's transaction, so the per-process
caches see it at the next lookup."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from bastion.catalog.catalog import load_catalog
from bastion.config import context_rules
from bastion.config.changelog import read_counters
from bastion.db.engine import Database
from bastion.identity import service as identity
from bastion.identity.principal import Principal
from bastion.models import registry
from bastion.models.schemas import ModelConfigCreate, ModelConfigUpdate, ModelSettingsUpdate
from bastion.policy import service as policies
from bastion.policy.defaults import DEFAULT_RULES
from bastion.policy.engine import PolicyCache
from bastion.policy.schemas import PolicyCreate, PolicyUpdate
from bastion.prompts import service as prompts
from bastion.prompts.defaults import DEFAULT_PACKS, ensure_default_packs
from bastion.prompts.resolve import PromptCache
from bastion.prompts.schemas import BlockIn, PromptBlocksUpdate, PromptPackCreate
from bastion.services import Services
from bastion.tenancy import ensure_org
from tests.helpers import org_admin, unique_name


@dataclass
class World:
    """A fresh org: an admin, a narration pack with version 1 (archived) and 2 (active),
    a model, and a second active policy next to the default one."""

    services: Services
    admin: Principal
    pack_id: int
    model_id: int
    policy_id: int

    @property
    def org_id(self) -> int:
        return self.admin.org_id


def style(detail: str) -> list[BlockIn]:
    return [BlockIn(name="style", template=f"detail: {detail}")]


def new_model(name: str) -> ModelConfigCreate:
    url = "http://127.0.0.1:9/v1"
    return ModelConfigCreate(name=name, base_url=url, model="m", purposes=["sql"])  # type: ignore[arg-type]


@pytest.fixture
def world(services: Services) -> World:
    _, admin_name = org_admin(services)
    with services.db.session() as session:
        admin = identity.principal_of(identity.find_user(session, admin_name))
        org = admin.org_id
        pack = prompts.create_pack(
            session,
            org,
            admin,
            PromptPackCreate(name="house-style", purpose="narration", blocks=style("short")),
        )
        prompts.save_version(
            session, org, admin, pack.id, PromptBlocksUpdate(blocks=style("detailed"))
        )
        prompts.activate(session, org, admin, pack.id, 2)
        model = registry.create_model(session, org, new_model("first"), admin, services.settings)
        policy = policies.create_policy(
            session, org, PolicyCreate(name="extra", rules={"topics": []}), admin
        )
    return World(services, admin, pack.id, model.id, policy.id)


def changes_and_counters(db: Database) -> tuple[int, dict[str, int]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM bastion.config_changelog")).scalar_one()
        return rows, read_counters(conn)


@contextmanager
def logged(db: Database, counter: str, changes: int = 1) -> Iterator[None]:
    """Assert that the block adds ``changes`` changelog rows and bumps ``counter`` (and
    no other counter) as often."""
    rows_before, counters_before = changes_and_counters(db)
    yield
    rows_after, counters_after = changes_and_counters(db)
    assert rows_after - rows_before == changes
    bumped = {
        name: value - counters_before.get(name, 0)
        for name, value in counters_after.items()
        if value != counters_before.get(name, 0)
    }
    assert bumped == ({counter: changes} if changes else {})


Change = Callable[[Session, World], object]

CHANGES: dict[str, tuple[str, Change]] = {
    "prompt pack created": (
        "prompts",
        lambda s, w: prompts.create_pack(
            s,
            w.org_id,
            w.admin,
            PromptPackCreate(name=unique_name("pack"), purpose="sql", blocks=style("short")),
        ),
    ),
    "prompt version saved": (
        "prompts",
        lambda s, w: prompts.save_version(
            s, w.org_id, w.admin, w.pack_id, PromptBlocksUpdate(blocks=style("short"))
        ),
    ),
    "prompt version activated": (
        "prompts",
        lambda s, w: prompts.activate(s, w.org_id, w.admin, w.pack_id, 1),
    ),
    "prompt pack rolled back": (
        "prompts",
        lambda s, w: prompts.rollback(s, w.org_id, w.admin, w.pack_id, None),
    ),
    "prompt version archived": (
        "prompts",
        lambda s, w: prompts.archive(s, w.org_id, w.admin, w.pack_id, None),
    ),
    "prompt label moved": (
        "prompts",
        lambda s, w: prompts.set_label(s, w.org_id, w.admin, w.pack_id, "staging", 1),
    ),
    "context rules saved": (
        "context_rules",
        lambda s, w: context_rules.save_rules(
            s, w.org_id, w.admin, context_rules.ContextRulesSave(domain="payments")
        ),
    ),
    "model added": (
        "models",
        lambda s, w: registry.create_model(
            s, w.org_id, new_model("second"), w.admin, w.services.settings
        ),
    ),
    "model changed": (
        "models",
        lambda s, w: registry.update_model(
            s, w.org_id, w.model_id, ModelConfigUpdate(priority=7), w.admin, w.services.settings
        ),
    ),
    "model removed": (
        "models",
        lambda s, w: registry.delete_model(s, w.org_id, w.model_id, w.admin),
    ),
    "model settings changed": (
        "models",
        lambda s, w: registry.update_model_settings(
            s, w.org_id, ModelSettingsUpdate(mode="sql"), w.services.settings, w.admin
        ),
    ),
    "policy added": (
        "policies",
        lambda s, w: policies.create_policy(
            s, w.org_id, PolicyCreate(name="more", rules={"topics": []}), w.admin
        ),
    ),
    "policy changed": (
        "policies",
        lambda s, w: policies.update_policy(
            s, w.org_id, w.policy_id, PolicyUpdate(description="changed"), w.admin
        ),
    ),
    "policy removed": (
        "policies",
        lambda s, w: policies.delete_policy(s, w.org_id, w.policy_id, w.admin),
    ),
    "new org's default policy": (
        "policies",
        lambda s, w: ensure_org(s, unique_name("org").replace("_", "-"), "New"),
    ),
}


@pytest.mark.parametrize("kind", CHANGES)
def test_each_change_is_one_changelog_row_and_one_counter_bump(world: World, kind: str) -> None:
    counter, change = CHANGES[kind]
    with logged(world.services.db, counter), world.services.db.session() as session:
        change(session, world)


def test_the_built_in_packs_are_one_change_each(services: Services) -> None:
    with services.db.session() as session:
        org = ensure_org(session, unique_name("org").replace("_", "-"), "Fresh")
    with logged(services.db, "prompts", len(DEFAULT_PACKS)), services.db.session() as session:
        assert ensure_default_packs(session, org.id) == len(DEFAULT_PACKS)
    with logged(services.db, "prompts", 0), services.db.session() as session:
        assert ensure_default_packs(session, org.id) == 0  # already there: no change
    with services.db.engine.connect() as conn:
        log = conn.execute(
            text(
                "SELECT config_type, change_type, new_version, changed_by_name, new_data"
                " FROM bastion.config_changelog WHERE org_id = :org ORDER BY id"
            ),
            {"org": org.id},
        ).all()
    assert [(r[0], r[1], r[2], r[3]) for r in log] == [
        ("policy", "create", 1, "system"),
        *[("prompt_pack", "create", 1, "system")] * len(DEFAULT_PACKS),
    ]
    assert log[0].new_data["rules"] == DEFAULT_RULES


def test_caches_see_each_change_at_the_next_lookup(world: World) -> None:
    """Prompts, models and policies are cached per process; a change made through any
    session is seen by the next lookup (the counter moved)."""
    db, admin, org = world.services.db, world.admin, world.org_id
    engine = db.autocommit
    prompt_cache = PromptCache()
    model_cache = registry.ModelCache(world.services.settings)
    policy_cache = PolicyCache(load_catalog())

    def seen() -> tuple[str, list[str], list[tuple[str, int]]]:
        resolved = prompt_cache.resolve(engine, org, admin.role, admin.user_id)
        models = [s.name for s in model_cache.route(engine, org).specs]
        active = [(p.name, p.version) for p in policy_cache.for_org(engine, org).policies]
        return resolved.style.detail, models, active

    assert seen() == ("detailed", ["first"], [("default", 1), ("extra", 1)])
    with db.session() as session:
        prompts.rollback(session, org, admin, world.pack_id, None)
        registry.create_model(session, org, new_model("second"), admin, world.services.settings)
        policies.update_policy(session, org, world.policy_id, PolicyUpdate(description="x"), admin)
    assert seen() == ("short", ["first", "second"], [("default", 1), ("extra", 2)])
