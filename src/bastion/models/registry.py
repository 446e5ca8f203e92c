"""The per-org model registry and model settings: create, change (a new version each
time), remove, list; every change writes ``config_changelog`` and bumps the ``models``
counter in its transaction, which tells every API process that its cache is stale.

``ModelCache.route`` is what a question reads: the org's active models and settings, or,
for an org with no models in its registry, the models configured by the environment
(``BASTION_LLM_*``, seed 001).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bastion.config.cache import CounterCache
from bastion.config.changelog import log_change
from bastion.db.models import ModelConfig, ModelSettings
from bastion.errors import Conflict, InvalidInput, NotFound
from bastion.identity.principal import Principal
from bastion.models.schemas import (
    ModelConfigCreate,
    ModelConfigPublic,
    ModelConfigUpdate,
    ModelSettingsPublic,
    ModelSettingsUpdate,
)
from bastion.models.spec import ModelSpec, route_order
from bastion.secrets import HostAllowlist, check_ref
from bastion.secrets import store as secret_store
from bastion.settings import Settings
from bastion.vocabulary import ModelPurpose

COUNTER = "models"
CONFIG_TYPE = "model"
SETTINGS_TYPE = "model_settings"


class ModelNotFound(NotFound):
    code = "models.not_found"


class ModelNameTaken(Conflict):
    code = "models.name_taken"


def _data(row: ModelConfig) -> dict[str, Any]:
    """A registry entry as the changelog keeps it (the key reference, never a key)."""
    return {
        "name": row.name,
        "version": row.version,
        "provider": row.provider,
        "base_url": row.base_url,
        "model": row.model,
        "api_key_ref": row.api_key_ref,
        "timeout_seconds": row.timeout_seconds,
        "parameters": row.parameters,
        "tier": row.tier,
        "purposes": list(row.purposes),
        "priority": row.priority,
        "is_active": row.is_active,
        # As stored (numeric(14, 6)), so that 0.5 and 0.500000 compare equal.
        "cost_input_per_1k": f"{Decimal(row.cost_input_per_1k):.6f}",
        "cost_output_per_1k": f"{Decimal(row.cost_output_per_1k):.6f}",
    }


def public(row: ModelConfig, breaker_open: bool = False) -> ModelConfigPublic:
    return ModelConfigPublic.model_validate(
        {**_data(row), "id": row.id, "created_at": row.created_at, "updated_at": row.updated_at}
        | {"breaker_open": breaker_open}
    )


def spec_of(row: ModelConfig | Row[Any]) -> ModelSpec:
    return ModelSpec(
        name=row.name,
        base_url=row.base_url,
        model=row.model,
        provider=row.provider,
        tier=row.tier,
        purposes=tuple(row.purposes),
        priority=row.priority,
        timeout_seconds=row.timeout_seconds,
        parameters=dict(row.parameters or {}),
        api_key_ref=row.api_key_ref,
        org_id=row.org_id,
        cost_input_per_1k=Decimal(row.cost_input_per_1k),
        cost_output_per_1k=Decimal(row.cost_output_per_1k),
        config_id=row.id,
        version=row.version,
    )


# --- registry entries --------------------------------------------------------------------


def list_models(session: Session, org_id: int) -> list[ModelConfig]:
    query = select(ModelConfig).where(ModelConfig.org_id == org_id)
    return list(session.scalars(query.order_by(ModelConfig.priority, ModelConfig.name)))


def get_model(session: Session, org_id: int, model_id: int, *, lock: bool = False) -> ModelConfig:
    query = select(ModelConfig).where(ModelConfig.id == model_id, ModelConfig.org_id == org_id)
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise ModelNotFound(f"There is no model {model_id} in your organisation.")
    return row


def find_model(session: Session, org_id: int, name_or_id: str) -> ModelConfig:
    """By id (digits) or by name, for the CLI."""
    if name_or_id.isdigit():
        return get_model(session, org_id, int(name_or_id))
    row = session.scalars(
        select(ModelConfig).where(ModelConfig.org_id == org_id, ModelConfig.name == name_or_id)
    ).one_or_none()
    if row is None:
        raise ModelNotFound(f"There is no model named {name_or_id!r} in your organisation.")
    return row


def _checked_url(url: object, settings: Settings) -> str:
    """The endpoint as stored, if the operator allows models at its host."""
    base_url = str(url).rstrip("/")
    HostAllowlist.from_settings(settings).check(base_url)
    return base_url


def _checked_ref(
    session: Session, org_id: int, ref: str | None, actor: Principal | None, settings: Settings
) -> str | None:
    """The key reference as stored: allowed for the actor, and naming a secret the org
    has (a typo shows now, not at the first question)."""
    checked = check_ref(ref, settings, operator=actor is None)
    if checked is not None and checked.startswith("secret:"):
        name = checked.removeprefix("secret:")
        if not secret_store.has_secret(session, org_id, name):
            raise InvalidInput(
                f"Your organisation has no secret named {name}: store it first "
                "(Admin > Models > Secrets, PUT /api/secrets/NAME or `bastion secrets set`).",
                code="models.secret_missing",
            )
    return checked


def create_model(
    session: Session,
    org_id: int,
    data: ModelConfigCreate,
    actor: Principal | None,
    settings: Settings,
) -> ModelConfig:
    """``actor`` None is the operator at the CLI, who alone may use env: and file: keys."""
    row = ModelConfig(
        org_id=org_id,
        name=data.name,
        provider=data.provider,
        base_url=_checked_url(data.base_url, settings),
        model=data.model,
        api_key_ref=_checked_ref(session, org_id, data.api_key_ref, actor, settings),
        timeout_seconds=data.timeout_seconds,
        parameters=data.parameters,
        tier=data.tier,
        purposes=list(data.purposes),
        priority=data.priority,
        is_active=data.is_active,
        cost_input_per_1k=data.cost_input_per_1k,
        cost_output_per_1k=data.cost_output_per_1k,
        created_by=actor.user_id if actor is not None else None,
        version=1,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        raise ModelNameTaken(f"A model named {data.name!r} already exists.") from None
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="create",
        actor=actor,
        summary=f"added model {row.name} ({row.model}, {row.tier})",
        after=_data(row),
    )
    session.flush()
    session.refresh(row)
    return row


def update_model(
    session: Session,
    org_id: int,
    model_id: int,
    data: ModelConfigUpdate,
    actor: Principal | None,
    settings: Settings,
) -> ModelConfig:
    row = get_model(session, org_id, model_id, lock=True)
    before = _data(row)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    operator_key = row.api_key_ref is not None and not row.api_key_ref.startswith("secret:")
    keeps_key = "api_key_ref" not in data.model_fields_set
    if actor is not None and operator_key and keeps_key and "base_url" in changes:
        # The operator's env:/file: key must not follow the model to a host an org admin
        # picks (another port of an allowed host, another name under a wildcard).
        raise InvalidInput(
            "This model's key is the operator's: its base URL is changed at the server's "
            "command line, or give the model one of your organisation's secrets at the same "
            "time.",
            code="models.secret_ref_operator_only",
        )
    if "api_key_ref" in data.model_fields_set:
        changes["api_key_ref"] = _checked_ref(session, org_id, data.api_key_ref, actor, settings)
    if "base_url" in changes:
        changes["base_url"] = _checked_url(data.base_url, settings)
    if "purposes" in changes:
        changes["purposes"] = list(dict.fromkeys(changes["purposes"]))
    for name, value in changes.items():
        setattr(row, name, value)
    after = {**_data(row), "version": row.version + 1}
    changed = sorted(k for k in after if k != "version" and after[k] != before[k])
    if not changed:
        return row
    row.version += 1
    row.updated_at = func.now()
    session.flush()
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="update",
        actor=actor,
        summary=f"changed {', '.join(changed)} of model {row.name}",
        before=before,
        after=after,
    )
    session.flush()
    session.refresh(row)
    return row


def delete_model(session: Session, org_id: int, model_id: int, actor: Principal | None) -> None:
    row = get_model(session, org_id, model_id, lock=True)
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=row.id,
        config_name=row.name,
        change_type="delete",
        actor=actor,
        summary=f"removed model {row.name}",
        before=_data(row),
    )
    session.delete(row)
    session.flush()


# --- org settings ------------------------------------------------------------------------


def _settings_public(
    row: ModelSettings | Row[Any] | None, settings: Settings
) -> ModelSettingsPublic:
    mode = row.mode if row is not None else None
    return ModelSettingsPublic(
        version=row.version if row is not None else 0,
        mode=mode,
        effective_mode=mode or settings.llm_mode,
        monthly_token_budget=row.monthly_token_budget if row is not None else None,
        rows_to_model=row.rows_to_model if row is not None else "aggregates",
        max_rows_to_model=row.max_rows_to_model if row is not None else 50,
    )


def get_model_settings(session: Session, org_id: int, settings: Settings) -> ModelSettingsPublic:
    return _settings_public(session.get(ModelSettings, org_id), settings)


def update_model_settings(
    session: Session,
    org_id: int,
    data: ModelSettingsUpdate,
    settings: Settings,
    actor: Principal | None,
) -> ModelSettingsPublic:
    session.execute(
        text(
            "INSERT INTO bastion.model_settings (org_id, version) VALUES (:org, 0)"
            " ON CONFLICT (org_id) DO NOTHING"
        ),
        {"org": org_id},
    )
    row = session.get(ModelSettings, org_id, with_for_update=True, populate_existing=True)
    assert row is not None
    before = _settings_public(row, settings).model_dump()
    if data.clear_mode:
        row.mode = None
    elif data.mode is not None:
        row.mode = data.mode
    if data.clear_budget:
        row.monthly_token_budget = None
    elif data.monthly_token_budget is not None:
        row.monthly_token_budget = data.monthly_token_budget
    if data.rows_to_model is not None:
        row.rows_to_model = data.rows_to_model
    if data.max_rows_to_model is not None:
        row.max_rows_to_model = data.max_rows_to_model
    after = _settings_public(row, settings).model_dump()
    changed = sorted(k for k in after if k != "version" and after[k] != before[k])
    if changed:
        row.version += 1
        row.updated_at = func.now()
        log_change(
            session,
            COUNTER,
            org_id=org_id,
            config_type=SETTINGS_TYPE,
            config_id=org_id,
            config_name="model settings",
            change_type="update",
            actor=actor,
            summary=f"changed {', '.join(changed)} of the model settings",
            before=before,
            after={**after, "version": row.version},
        )
    session.flush()
    return _settings_public(row, settings)


# --- what a question reads ---------------------------------------------------------------


def env_specs(settings: Settings) -> tuple[ModelSpec, ...]:
    """Seed 001's configuration: BASTION_LLM_MODEL then BASTION_LLM_FALLBACK_MODELS, all
    at one endpoint, in that order."""
    if not settings.llm_model or not settings.llm_base_url:
        return ()
    names = [settings.llm_model] + [
        m.strip() for m in settings.llm_fallback_models.split(",") if m.strip()
    ]
    purposes: tuple[ModelPurpose, ...] = (
        ("plan", "sql", "narration") if settings.llm_narration else ("plan", "sql")
    )
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return tuple(
        ModelSpec(
            name=f"env:{name}",
            base_url=settings.llm_base_url.rstrip("/"),
            model=name,
            provider="env",
            tier="standard",
            purposes=purposes,
            priority=i,
            timeout_seconds=settings.llm_timeout_seconds,
            api_key=key,
        )
        for i, name in enumerate(dict.fromkeys(names))
    )


@dataclass(frozen=True)
class OrgModels:
    """An org's models and settings as one question uses them."""

    specs: tuple[ModelSpec, ...]
    settings: ModelSettingsPublic
    source: str  # registry | environment | none
    org_name: str = ""

    def for_purpose(self, purpose: str) -> list[ModelSpec]:
        return route_order([s for s in self.specs if purpose in s.purposes])


ACTIVE_MODELS = text(
    "SELECT * FROM bastion.model_configs WHERE org_id = :org AND is_active ORDER BY priority, name"
)


class ModelCache:
    """``OrgModels`` per org, valid while the ``models`` counter stays where it was."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._env = env_specs(settings)
        self._cache: CounterCache[int, OrgModels] = CounterCache(COUNTER)

    def route(self, engine: Engine, org_id: int, counter: int | None = None) -> OrgModels:
        def load(conn: Connection) -> OrgModels:
            rows = conn.execute(ACTIVE_MODELS, {"org": org_id}).all()
            settings_row = conn.execute(
                text("SELECT * FROM bastion.model_settings WHERE org_id = :org"), {"org": org_id}
            ).one_or_none()
            org_name = conn.execute(
                text("SELECT name FROM bastion.orgs WHERE id = :org"), {"org": org_id}
            ).scalar()
            return self._org_models(rows, settings_row, str(org_name or ""))

        return self._cache.get(engine, org_id, load, counter)

    def _org_models(
        self, rows: Sequence[Row[Any]], settings_row: Row[Any] | None, org_name: str
    ) -> OrgModels:
        org_settings = _settings_public(settings_row, self._settings)
        if rows:
            specs, source = tuple(spec_of(r) for r in rows), "registry"
        elif self._env:
            specs, source = self._env, "environment"
        else:
            specs, source = (), "none"
        return OrgModels(specs, org_settings, source, org_name)
