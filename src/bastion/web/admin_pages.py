"""Admin pages: prompt packs, the model registry, the audit log and users of an org.

Only admins open them (everyone else gets a 403 page that says so), and each page reads
and changes through the same services as the API with the same principal, so it shows
exactly what the API would: the admin's own org, nothing else.

Every change is a POST form whose CSRF token is checked first; a change that worked
redirects to the page it changed (a reload does not repeat it), with a notice chosen
from ``PACK_NOTICES`` or ``USER_NOTICES``. A service's error is a sentence on the page
(role="alert"), never a traceback: a form shows its page again with the error, and
``AdminRoute`` turns any other ``BastionError`` or unreadable input into an error page
with the error's status.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from bastion.ask import audit
from bastion.ask.flow import STAGES, stage_name
from bastion.config.changelog import list_changes
from bastion.db.models import ModelConfig
from bastion.errors import AccessDenied, BastionError
from bastion.http.deps import ServicesDep
from bastion.identity import service as identity
from bastion.identity.schemas import UserPublic
from bastion.models import registry, usage
from bastion.models.probe import test_model
from bastion.models.registry import ModelNotFound
from bastion.models.schemas import (
    ModelConfigCreate,
    ModelConfigPublic,
    ModelConfigUpdate,
    ModelTestResult,
    parse_entry,
)
from bastion.policy import service as policy
from bastion.prompts import service as prompts
from bastion.secrets import store as secret_store
from bastion.services import Services
from bastion.vocabulary import (
    ASK_STATUSES,
    MODEL_PURPOSES,
    PROVIDERS,
    ROLES,
    TIERS,
    AskStatus,
    UserChange,
    VersionChange,
)
from bastion.web.pages import PageRoute, WebSession, WebUser, render

AUDIT_PAGE = 50
STAGE_NAMES = tuple(stage_name(fn) for fn in STAGES)

# What a page says after a change (``?done=``): shown only when the version shown has the
# status the change gives it, and with the user's name from the database, so that an
# address cannot make a page claim what did not happen.
PACK_NOTICES = {
    "activated": ("active", "Version {version} is now active."),
    "archived": ("archived", "Version {version} is archived."),
    "rolled_back": ("active", "Rolled back: version {version} is active again."),
}
USER_NOTICES: dict[str, tuple[Callable[[UserPublic], bool], str]] = {
    "created": (lambda user: True, "User {name} was created."),
    "disabled": (
        lambda user: not user.is_active,
        "{name} is disabled: their sessions end and they cannot sign in.",
    ),
    "enabled": (lambda user: user.is_active, "{name} is enabled and may sign in again."),
    "unlocked": (
        lambda user: user.locked_until is None,
        "{name} is unlocked and may try to sign in again.",
    ),
    "stores": (
        lambda user: True,
        "The store access of {name} is saved; it applies to their next request.",
    ),
}


# --- errors as pages, and who may open them -------------------------------------------


def admin_session(request: Request, session: WebUser) -> WebSession:
    if not session.principal.is_admin:
        raise AccessDenied(
            "Only administrators may open this page; ask an administrator of your "
            "organisation if you need something here.",
            code="auth.admin_required",
        )
    return session


AdminUser = Annotated[WebSession, Depends(admin_session)]
CsrfToken = Annotated[str, Form(max_length=200)]


def model_form(
    provider: Annotated[str, Form(max_length=32)] = "",
    base_url: Annotated[str, Form(max_length=2000)] = "",
    model: Annotated[str, Form(max_length=300)] = "",
    api_key_ref: Annotated[str, Form(max_length=600)] = "",
    tier: Annotated[str, Form(max_length=32)] = "",
    purposes: Annotated[list[str] | None, Form(max_length=10)] = None,
    priority: Annotated[str, Form(max_length=20)] = "",
    timeout_seconds: Annotated[str, Form(max_length=20)] = "",
    cost_input_per_1k: Annotated[str, Form(max_length=30)] = "",
    cost_output_per_1k: Annotated[str, Form(max_length=30)] = "",
    is_active: Annotated[bool, Form()] = False,
) -> dict[str, Any]:
    """The fields of the model form as typed (``parse_entry`` says what is wrong with
    them); an empty API key reference is none."""
    return {
        "provider": provider,
        "base_url": base_url.strip(),
        "model": model.strip(),
        "api_key_ref": api_key_ref.strip() or None,
        "tier": tier,
        "purposes": purposes or [],
        "priority": priority.strip(),
        "timeout_seconds": timeout_seconds.strip(),
        "cost_input_per_1k": cost_input_per_1k.strip(),
        "cost_output_per_1k": cost_output_per_1k.strip(),
        "is_active": is_active,
    }


router = APIRouter(prefix="/app/admin", include_in_schema=False, route_class=PageRoute)


def redirect(path: str, **query: object) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(query)}" if query else path, status_code=303)


@router.get("")
def admin_home(session: AdminUser) -> RedirectResponse:
    return redirect("/app/admin/prompts")


# --- prompt packs ----------------------------------------------------------------------

PACK_DONE: dict[VersionChange, str] = {
    "activate": "activated",
    "archive": "archived",
    "rollback": "rolled_back",
}


@router.get("/prompts", response_class=HTMLResponse)
def prompt_packs(request: Request, session: AdminUser, services: ServicesDep) -> HTMLResponse:
    principal = session.principal
    with services.db.session() as db:
        packs = prompts.list_packs(db, principal.org_id, principal)
        public = [prompts.pack_public(db, found) for found in packs]
    return render(request, "admin/prompts.html", session, packs=public)


def _pack_page(
    request: Request,
    session: WebSession,
    services: Services,
    pack_id: int,
    *,
    version: int | None = None,
    compare: tuple[int, int] | None = None,
    done: str = "",
    error: BastionError | None = None,
) -> HTMLResponse:
    principal, org_id = session.principal, session.principal.org_id
    with services.db.session() as db:
        pack = prompts.pack_public(db, prompts.get_pack(db, org_id, principal, pack_id))
        versions = prompts.list_versions(db, org_id, principal, pack_id)
        shown = prompts.get_version(db, org_id, principal, pack_id, version)
        diff = prompts.diff_versions(db, org_id, principal, pack_id, *compare) if compare else None
    numbers = [v.version for v in versions]
    earlier = [n for n in numbers if n < shown.version]
    status, notice = PACK_NOTICES.get(done, ("", None))
    return render(
        request,
        "admin/prompt_pack.html",
        session,
        status_code=error.status_code if error else 200,
        pack=pack,
        versions=versions,
        shown=shown,
        diff=diff,
        compare=compare or (earlier[-1] if earlier else numbers[0], shown.version),
        notice=notice.format(version=shown.version) if notice and shown.status == status else None,
        error=error,
    )


@router.get("/prompts/{pack_id}", response_class=HTMLResponse)
def prompt_pack(
    request: Request,
    pack_id: int,
    session: AdminUser,
    services: ServicesDep,
    version: Annotated[int | None, Query(ge=1)] = None,
    from_: Annotated[int | None, Query(alias="from", ge=1)] = None,
    to: Annotated[int | None, Query(ge=1)] = None,
    done: Annotated[str, Query(max_length=32)] = "",
) -> HTMLResponse:
    compare = (from_, to) if from_ is not None and to is not None else None
    return _pack_page(
        request, session, services, pack_id, version=version, compare=compare, done=done
    )


@router.post("/prompts/{pack_id}/{change}", response_class=HTMLResponse)
def change_pack(
    request: Request,
    pack_id: int,
    change: VersionChange,
    session: AdminUser,
    services: ServicesDep,
    version: Annotated[int, Form(ge=1)],
    csrf_token: CsrfToken = "",
) -> Response:
    """Activate, archive or roll back to a version, through the prompt service."""
    session.check(csrf_token)
    run, done = prompts.VERSION_CHANGES[change], PACK_DONE[change]
    principal = session.principal
    try:
        with services.db.session() as db:
            changed = run(db, principal.org_id, principal, pack_id, version)
    except BastionError as exc:
        return _pack_page(request, session, services, pack_id, version=version, error=exc)
    return redirect(f"/app/admin/prompts/{pack_id}", version=changed.version, done=done)


# --- models ----------------------------------------------------------------------------

# A new entry's form starts as the API's defaults do.
NEW_MODEL: dict[str, Any] = {
    "provider": "other",
    "tier": "standard",
    "purposes": [],
    "priority": 100,
    "timeout_seconds": 20.0,
    "cost_input_per_1k": "0",
    "cost_output_per_1k": "0",
    "is_active": True,
}
MODEL_NOTICES = {
    "added": "Model {name} was added (version {version}).",
    "saved": "Model {name} is saved (version {version}).",
    "removed": "Model {name} was removed.",
    "secret_stored": "Secret {name} is stored (version {version}); reference it as secret:{name}.",
    "secret_removed": "Secret {name} was removed.",
}


def _model_public(services: Services, row: ModelConfig) -> ModelConfigPublic:
    breaker_open = services.router.breakers.is_open(registry.spec_of(row).breaker_key)
    return registry.public(row, breaker_open)


def _model_choices(services: Services) -> dict[str, Any]:
    hosts = [h.strip() for h in services.settings.model_hosts.split(",") if h.strip()]
    return {
        "providers": PROVIDERS,
        "tiers": TIERS,
        "purposes": MODEL_PURPOSES,
        "model_hosts": hosts,
    }


def _models_page(
    request: Request,
    session: WebSession,
    services: Services,
    *,
    tested: ModelTestResult | None = None,
    notice: str | None = None,
    error: BastionError | None = None,
    form: dict[str, Any] | None = None,
) -> HTMLResponse:
    org_id = session.principal.org_id
    with services.db.session() as db:
        models = [_model_public(services, row) for row in registry.list_models(db, org_id)]
        secrets = secret_store.list_secrets(db, org_id)
        settings = registry.get_model_settings(db, org_id, services.settings)
        month = usage.parse_month(None)
        report = usage.usage_report(db, org_id, month, settings.monthly_token_budget)
    return render(
        request,
        "admin/models.html",
        session,
        status_code=error.status_code if error else 200,
        models=models,
        secrets=secrets,
        settings=settings,
        usage=report,
        tested=tested,
        notice=notice,
        error=error,
        form=form or NEW_MODEL,
        **_model_choices(services),
    )


def _secret_notice(services: Services, org_id: int, done: str, name: str) -> str | None:
    """Stored: the secret is there (its version from the database); removed: it is not."""
    if not name:
        return None
    with services.db.session() as db:
        found = secret_store.list_secrets(db, org_id, name)
    if done == "secret_stored" and found:
        return MODEL_NOTICES[done].format(name=name, version=found[0].version)
    if done == "secret_removed" and not found:
        return MODEL_NOTICES[done].format(name=name)
    return None


def _model_notice(
    services: Services, org_id: int, done: str, model_id: int | None, secret: str = ""
) -> str | None:
    """The notice of ``?done=``, only when the registry (or, for a removal, its
    changelog) shows that it happened."""
    if done.startswith("secret_"):
        return _secret_notice(services, org_id, done, secret)
    if done not in MODEL_NOTICES or model_id is None:
        return None
    with services.db.session() as db:
        if done == "removed":
            removed = list_changes(
                db,
                org_id,
                config_type=registry.CONFIG_TYPE,
                config_id=model_id,
                change_type="delete",
                limit=1,
            )
            return MODEL_NOTICES[done].format(name=removed[0].config_name) if removed else None
        try:
            row = registry.get_model(db, org_id, model_id)
        except ModelNotFound:
            return None
        return MODEL_NOTICES[done].format(name=row.name, version=row.version)


@router.get("/models", response_class=HTMLResponse)
def models_page(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    done: Annotated[str, Query(max_length=32)] = "",
    model_id: Annotated[int | None, Query(ge=1)] = None,
    secret: Annotated[str, Query(max_length=64)] = "",
) -> HTMLResponse:
    notice = _model_notice(services, session.principal.org_id, done, model_id, secret)
    return _models_page(request, session, services, notice=notice)


@router.post("/models/secrets", response_class=HTMLResponse)
def store_secret(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    name: Annotated[str, Form(max_length=64)] = "",
    value: Annotated[str, Form(max_length=8192)] = "",
    csrf_token: CsrfToken = "",
) -> Response:
    """Store or replace one of the org's secrets; the value is never shown again."""
    session.check(csrf_token)
    principal = session.principal
    try:
        with services.db.session() as db:
            secret_store.put_secret(
                db, services.secret_box, principal.org_id, name.strip(), value, principal
            )
    except BastionError as exc:
        return _models_page(request, session, services, error=exc)
    return redirect("/app/admin/models", done="secret_stored", secret=name.strip())


@router.post("/models/secrets/{name}/remove", response_class=HTMLResponse)
def remove_secret(
    request: Request,
    name: Annotated[str, Path(max_length=64)],
    session: AdminUser,
    services: ServicesDep,
    csrf_token: CsrfToken = "",
) -> Response:
    session.check(csrf_token)
    principal = session.principal
    try:
        with services.db.session() as db:
            secret_store.delete_secret(db, principal.org_id, name, principal)
    except BastionError as exc:
        return _models_page(request, session, services, error=exc)
    return redirect("/app/admin/models", done="secret_removed", secret=name)


ModelForm = Annotated[dict[str, Any], Depends(model_form)]


@router.post("/models", response_class=HTMLResponse)
def add_model(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    form: ModelForm,
    name: Annotated[str, Form(max_length=200)] = "",
    csrf_token: CsrfToken = "",
) -> Response:
    """Add a registry entry (version 1) through the registry service."""
    session.check(csrf_token)
    values = {"name": name.strip(), **form}
    try:
        entry = parse_entry(ModelConfigCreate, values)
        with services.db.session() as db:
            row = registry.create_model(
                db, session.principal.org_id, entry, session.principal, services.settings
            )
            model_id = row.id
    except BastionError as exc:
        return _models_page(request, session, services, error=exc, form=values)
    return redirect("/app/admin/models", done="added", model_id=model_id)


def _model_page(
    request: Request,
    session: WebSession,
    services: Services,
    model_id: int,
    *,
    error: BastionError | None = None,
    form: dict[str, Any] | None = None,
) -> HTMLResponse:
    with services.db.session() as db:
        model = _model_public(services, registry.get_model(db, session.principal.org_id, model_id))
    return render(
        request,
        "admin/model.html",
        session,
        status_code=error.status_code if error else 200,
        model=model,
        error=error,
        form=form or model.model_dump(),
        **_model_choices(services),
    )


@router.get("/models/{model_id}", response_class=HTMLResponse)
def model_page(
    request: Request, model_id: int, session: AdminUser, services: ServicesDep
) -> HTMLResponse:
    return _model_page(request, session, services, model_id)


@router.post("/models/{model_id}", response_class=HTMLResponse)
def change_model(
    request: Request,
    model_id: int,
    session: AdminUser,
    services: ServicesDep,
    form: ModelForm,
    csrf_token: CsrfToken = "",
) -> Response:
    """Change an entry (a new version when anything changed) through the registry service."""
    session.check(csrf_token)
    principal = session.principal
    try:
        change = parse_entry(ModelConfigUpdate, form)
        with services.db.session() as db:
            registry.update_model(
                db, principal.org_id, model_id, change, principal, services.settings
            )
    except BastionError as exc:
        return _model_page(request, session, services, model_id, error=exc, form=form)
    return redirect("/app/admin/models", done="saved", model_id=model_id)


@router.post("/models/{model_id}/remove", response_class=HTMLResponse)
def remove_model(
    model_id: int, session: AdminUser, services: ServicesDep, csrf_token: CsrfToken = ""
) -> Response:
    session.check(csrf_token)
    principal = session.principal
    with services.db.session() as db:
        registry.delete_model(db, principal.org_id, model_id, principal)
    return redirect("/app/admin/models", done="removed", model_id=model_id)


@router.post("/models/{model_id}/test", response_class=HTMLResponse)
def run_model_test(
    request: Request,
    model_id: int,
    session: AdminUser,
    services: ServicesDep,
    csrf_token: CsrfToken = "",
) -> HTMLResponse:
    """Call the model once (recorded in the usage like any call) and show how it went."""
    session.check(csrf_token)
    principal = session.principal
    # A short session: no database connection is held while the model answers.
    with services.db.session() as db:
        row = registry.get_model(db, principal.org_id, model_id)
    result = test_model(services.router, services.db, row, principal.org_id, principal.user_id)
    return _models_page(request, session, services, tested=result)


# --- audit log -------------------------------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
def audit_logs(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    user: Annotated[str, Query(max_length=64)] = "",
    status: Annotated[AskStatus | Literal[""], Query()] = "",
    stage: Annotated[str, Query(max_length=64)] = "",
    before_id: Annotated[int | None, Query(ge=1)] = None,
) -> HTMLResponse:
    filters = {"user": user.strip(), "status": status, "stage": stage}
    with services.db.engine.connect() as conn:
        rows = audit.list_logs(
            conn,
            session.principal,
            user=filters["user"] or None,
            status=status or None,
            stage=stage or None,
            before_id=before_id,
            limit=AUDIT_PAGE + 1,
        )
    chosen = {key: value for key, value in filters.items() if value}
    older = None
    if len(rows) > AUDIT_PAGE:
        rows = rows[:AUDIT_PAGE]
        older = urlencode({**chosen, "before_id": rows[-1]["id"]})
    return render(
        request,
        "admin/audit.html",
        session,
        rows=rows,
        filters=filters,
        statuses=ASK_STATUSES,
        stages=STAGE_NAMES,
        older=older,
        newest=urlencode(chosen) if before_id is not None else None,
    )


def _details(values: dict[str, Any] | None) -> str:
    """A stage's metadata or a decision's detail on one line: ``key=value`` pairs (JSON
    for anything nested)."""
    parts = []
    for key, value in (values or {}).items():
        shown = value if isinstance(value, str) else json.dumps(value, default=str)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)


@router.get("/audit/{log_id}", response_class=HTMLResponse)
def audit_entry(
    request: Request, log_id: int, session: AdminUser, services: ServicesDep
) -> HTMLResponse:
    principal = session.principal
    with services.db.session() as db:
        log = audit.get_log(db.connection(), principal, log_id)
        decisions = policy.list_decisions(db, principal.org_id, log_id=log_id, limit=500)
    events = log["events"]
    longest = max([log["total_ms"] or 0.0, *(e["duration_ms"] or 0.0 for e in events)])
    return render(
        request,
        "admin/audit_entry.html",
        session,
        log=log,
        events=events,
        longest=longest or 1.0,
        attempts=log["model_attempts"],
        decisions=list(reversed(decisions)),
        details=_details,
    )


# --- users -----------------------------------------------------------------------------


def _user(db: Session, user_id: int, org_id: int) -> UserPublic:
    user = identity.get_user(db, user_id, org_id)  # NotFound for another org's user
    return next(s for s in identity.list_users(db, org_id) if s.user.id == user.id).public()


def _users_page(
    request: Request,
    session: WebSession,
    services: Services,
    *,
    notice: str | None = None,
    error: BastionError | None = None,
    form: dict[str, Any] | None = None,
) -> HTMLResponse:
    with services.db.session() as db:
        users = [s.public() for s in identity.list_users(db, session.principal.org_id)]
    return render(
        request,
        "admin/users.html",
        session,
        status_code=error.status_code if error else 200,
        users=users,
        roles=ROLES,
        notice=notice,
        error=error,
        form=form or {"role": "store_manager"},
    )


def _notice(services: Services, org_id: int, done: str, user_id: int | None) -> str | None:
    if done not in USER_NOTICES or user_id is None:
        return None
    with services.db.session() as db:
        user = _user(db, user_id, org_id)
    happened, notice = USER_NOTICES[done]
    return notice.format(name=user.username) if happened(user) else None


@router.get("/users", response_class=HTMLResponse)
def users_page(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    done: Annotated[str, Query(max_length=32)] = "",
    user_id: Annotated[int | None, Query(ge=1)] = None,
) -> HTMLResponse:
    notice = _notice(services, session.principal.org_id, done, user_id)
    return _users_page(request, session, services, notice=notice)


@router.post("/users", response_class=HTMLResponse)
def create_user(
    request: Request,
    session: AdminUser,
    services: ServicesDep,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
    role: Annotated[str, Form(max_length=32)] = "",
    stores: Annotated[str, Form(max_length=2000)] = "",
    all_stores: Annotated[bool, Form()] = False,
    display_name: Annotated[str, Form(max_length=200)] = "",
    csrf_token: CsrfToken = "",
) -> Response:
    session.check(csrf_token)
    form = {
        "username": username,
        "display_name": display_name,
        "role": role,
        "stores": stores,
        "all_stores": all_stores,
    }
    try:
        with services.db.session() as db:
            user = identity.create_user(
                db,
                services.passwords,
                org_id=session.principal.org_id,
                username=username,
                password=password,
                role=role,
                store_ids=identity.parse_store_ids(stores),
                is_all_stores=all_stores,
                display_name=display_name.strip() or None,
            )
            user_id = user.id
    except BastionError as exc:
        return _users_page(request, session, services, error=exc, form=form)
    return redirect("/app/admin/users", done="created", user_id=user_id)


def _user_page(
    request: Request,
    session: WebSession,
    services: Services,
    user_id: int,
    *,
    notice: str | None = None,
    error: BastionError | None = None,
    form: dict[str, Any] | None = None,
) -> HTMLResponse:
    with services.db.session() as db:
        user = _user(db, user_id, session.principal.org_id)
    return render(
        request,
        "admin/user.html",
        session,
        status_code=error.status_code if error else 200,
        u=user,
        notice=notice,
        error=error,
        form=form
        or {"stores": ", ".join(map(str, user.store_ids)), "all_stores": user.is_all_stores},
    )


@router.get("/users/{user_id}", response_class=HTMLResponse)
def user_page(
    request: Request,
    user_id: int,
    session: AdminUser,
    services: ServicesDep,
    done: Annotated[str, Query(max_length=32)] = "",
) -> HTMLResponse:
    notice = _notice(services, session.principal.org_id, done, user_id)
    return _user_page(request, session, services, user_id, notice=notice)


@router.post("/users/{user_id}/stores", response_class=HTMLResponse)
def change_stores(
    request: Request,
    user_id: int,
    session: AdminUser,
    services: ServicesDep,
    stores: Annotated[str, Form(max_length=2000)] = "",
    all_stores: Annotated[bool, Form()] = False,
    csrf_token: CsrfToken = "",
) -> Response:
    session.check(csrf_token)
    try:
        with services.db.session() as db:
            user = identity.get_user(db, user_id, session.principal.org_id)
            identity.set_store_access(db, user, identity.parse_store_ids(stores), all_stores)
    except BastionError as exc:
        form = {"stores": stores, "all_stores": all_stores}
        return _user_page(request, session, services, user_id, error=exc, form=form)
    return redirect(f"/app/admin/users/{user_id}", done="stores")


# Last: "{change}" would match "stores" as well.
@router.post("/users/{user_id}/{change}", response_class=HTMLResponse)
def change_user(
    request: Request,
    user_id: int,
    change: UserChange,
    session: AdminUser,
    services: ServicesDep,
    csrf_token: CsrfToken = "",
) -> Response:
    session.check(csrf_token)
    try:
        with services.db.session() as db:
            identity.change_user(
                db, identity.get_user(db, user_id, session.principal.org_id), change
            )
    except BastionError as exc:
        return _users_page(request, session, services, error=exc)
    return redirect("/app/admin/users", done=identity.PAST[change], user_id=user_id)
