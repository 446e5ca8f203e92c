"""``bastion``: set up, serve and administer Bastion.

Every command that a script might call takes ``--json``. Errors are one line on stderr
(and a JSON error body on stdout with ``--json``) and a non-zero exit code; tracebacks go
to ``BASTION_HOME/logs/bastion.log``, never to the terminal.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from sqlalchemy.orm import Session

from bastion import __version__
from bastion.cli.approvals import approvals_app
from bastion.cli.common import JsonOpt, open_db, settings
from bastion.cli.embeddings import embeddings_app
from bastion.cli.evals import evals_app
from bastion.cli.examples import examples_app
from bastion.cli.guard import guard_app
from bastion.cli.models import models_app
from bastion.cli.output import console, emit, err_console, progress_for_humans
from bastion.cli.policies import policies_app
from bastion.cli.prompts import prompts_app
from bastion.cli.secrets import secrets_app
from bastion.db import migrate
from bastion.db.home import command_line, ensure_home, home_lock
from bastion.db.server import describe, libpq_uri, stop_embedded
from bastion.demo.users import DEMO_USERS, DemoUser
from bastion.embeddings import embedder_for
from bastion.errors import BastionError, InvalidInput
from bastion.identity import service
from bastion.identity.passwords import Passwords
from bastion.identity.tokens import TokenIssuer
from bastion.services import Services
from bastion.settings import get_settings
from bastion.vocabulary import ROLES, UserChange

app = typer.Typer(
    name="bastion",
    help="Bastion: governed AI analytics over your company's data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="The database: migrations, connection URL, embedded server.")
users_app = typer.Typer(help="Users of an organisation: list, create, disable, unlock.")
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(guard_app, name="guard")
app.add_typer(prompts_app, name="prompts")
app.add_typer(models_app, name="models")
app.add_typer(secrets_app, name="secrets")
app.add_typer(approvals_app, name="approvals")
app.add_typer(policies_app, name="policies")
app.add_typer(evals_app, name="eval")
app.add_typer(embeddings_app, name="embeddings")
app.add_typer(examples_app, name="examples")

# --- set-up -----------------------------------------------------------------------------


@app.command()
def init(
    generate: Annotated[
        bool,
        typer.Option(
            "--generate",
            help="Generate Pagila-shaped data instead of loading the real Pagila "
            "(--scale or --seed imply it).",
        ),
    ] = False,
    scale: Annotated[
        float | None,
        typer.Option(help="Size of the generated data (default 1, about Pagila's size)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the data that is loaded.")
    ] = False,
    seed: Annotated[
        int | None, typer.Option(help="Random seed of the generated data (default 20220214).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create the database, load the demo data (the real Pagila) and the demo users
    (idempotent)."""
    from bastion.demo.setup import check_scale, initialise

    if scale is not None:
        check_scale(scale)
    s = settings()
    with home_lock(s.home, command_line()), progress_for_humans() as progress:
        progress.stage("starting the database")
        db = open_db(initialised=False)
        result = initialise(
            db,
            Passwords.from_settings(s),
            generate=generate,
            scale=scale,
            seed=seed,
            force=force,
            progress=progress,
        )

    def human() -> None:
        ds = result.dataset
        what = "Pagila" if ds.kind == "pagila" else f"{ds.kind}, scale {ds.scale or 0:g}"
        how = "reused" if ds.reused else f"loaded in {result.load_seconds:.1f}s"
        console.print(f"Database: {result.database} (revision {result.revision})", soft_wrap=True)
        console.print(f"Analytics data: {what}, {ds.total_rows:,} rows, {how}")
        if ds.reused:
            console.print("  (already present; 'bastion init --force' replaces it)")
        _print_demo_logins(result.users)

    emit(result.to_json(), as_json, human)


def _print_demo_logins(users: Sequence[tuple[DemoUser, bool]]) -> None:
    console.print("\nDEMO CREDENTIALS (for the demo organisation only; do not use for real data):")
    for demo, _created in users:
        console.print(f"  {demo.username:<16} {demo.password:<14} {demo.role:<14} {demo.scope}")


@app.command("import-pagila")
def import_pagila(
    data: Annotated[
        Path, typer.Argument(metavar="DATA.sql", help="pagila-data.sql, plain or gzipped.")
    ],
    schema: Annotated[
        Path | None,
        typer.Option(
            metavar="SCHEMA.sql", help="pagila-schema.sql, to check that the data is Pagila's."
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Replace the analytics data with a copy of the Pagila dump."""
    from bastion.demo.setup import check_files, load_pagila

    check_files(*([schema] if schema else []), data)  # before anything starts
    s = settings()
    with home_lock(s.home, command_line()), progress_for_humans() as progress:
        progress.stage("starting the database")
        result = load_pagila(
            open_db(initialised=False), data, schema_path=schema, progress=progress
        )

    def human() -> None:
        console.print(
            f"Imported Pagila: {result.dataset.total_rows:,} rows in {result.load_seconds:.1f}s"
        )
        for table, count in result.dataset.row_counts.items():
            console.print(f"  {table:<15} {count:>8,}")

    emit(result.to_json(), as_json, human)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="API processes (default BASTION_WORKERS).")
    ] = None,
) -> None:
    """Run the API server (http://127.0.0.1:8000 by default)."""
    import uvicorn

    from bastion.server import create_app

    s = settings()
    host = host or s.host
    port = port or s.port
    workers = workers or s.workers
    with home_lock(s.home, command_line()):
        # The embedding model loads in the background while the database starts.
        embedder = embedder_for(s)
        if workers == 1:
            embedder.start_loading()
        services = Services.from_settings(s, embedder=embedder)
        if not migrate.is_current(services.db):
            err_console.print(
                "warning: the database is not migrated; run 'bastion init' or "
                "'bastion db upgrade' (/readyz answers 503 until then)"
            )
        _print_demo_users_present(services)
        err_console.print(f"Bastion {__version__} on http://{host}:{port}  (API docs: /docs)")
        if workers > 1:
            services.db.dispose()
            uvicorn.run(
                "bastion.server:create_app_from_env",
                factory=True,
                host=host,
                port=port,
                workers=workers,
                log_level=s.log_level,
            )
        else:
            uvicorn.run(create_app(services=services), host=host, port=port, log_level=s.log_level)


def _print_demo_users_present(services: Services) -> None:
    with services.db.session() as session:
        present = {u.user.username for u in service.list_users(session) if u.user.is_demo}
    demo = [(u, False) for u in DEMO_USERS if u.username in present]
    if demo:
        _print_demo_logins(demo)


# --- database ---------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(as_json: JsonOpt = False) -> None:
    """Apply database migrations (safe on a fresh or a migrated database)."""
    s = settings()
    with home_lock(s.home, command_line()):
        db = open_db(initialised=False)
        before, after = migrate.upgrade(db)
    data = {"database": describe(db.url), "revision_before": before, "revision": after}
    emit(
        data,
        as_json,
        lambda: console.print(
            f"Database at revision {after}"
            + (" (already current)" if before == after else f" (was {before or 'empty'})")
        ),
    )


@db_app.command("url")
def db_url(as_json: JsonOpt = False) -> None:
    """Print the connection URI of the database in use (starts the embedded server and
    leaves it running, so that psql "$(bastion db url)" works)."""
    db = open_db(keep_running=True, initialised=False)
    uri = libpq_uri(db.url)
    emit({"url": uri, "embedded": settings().embedded}, as_json, lambda: print(uri))


@db_app.command("stop")
def db_stop(as_json: JsonOpt = False) -> None:
    """Stop the embedded PostgreSQL server if it is running."""
    s = settings()
    if not s.embedded:
        raise InvalidInput(
            "BASTION_DATABASE_URL is set: Bastion does not run that server.", code="db.not_embedded"
        )
    stopped = stop_embedded(s.pgdata)
    emit(
        {"stopped": stopped},
        as_json,
        lambda: console.print(
            "Embedded database stopped." if stopped else "The embedded database was not running."
        ),
    )


@db_app.command("current")
def db_current(as_json: JsonOpt = False) -> None:
    """Print the database's migration revision and the latest one this version knows."""
    db = open_db(initialised=False)
    current, head = migrate.current_revision(db), migrate.head_revision()
    data = {"revision": current, "head": head, "current": current == head}
    emit(
        data,
        as_json,
        lambda: console.print(
            f"revision {current or 'none'} (latest {head})"
            + ("" if current == head else ": run 'bastion db upgrade'")
        ),
    )


# --- users ------------------------------------------------------------------------------


def _org_id(session: Session, org: str | None) -> int | None:
    return service.get_org(session, org).id if org else None


@users_app.command("list")
def users_list(
    org: Annotated[str | None, typer.Option(help="Only this org (slug).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List users with their role, stores and lock state."""

    with open_db().session() as session:
        rows = [s.public() for s in service.list_users(session, _org_id(session, org))]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "username", "role", "stores", "active", "locked until", "demo")
        for u in rows:
            stores = "all" if u.is_all_stores else ",".join(map(str, u.store_ids))
            locked = f"{u.locked_until:%Y-%m-%d %H:%M}" if u.locked_until else ""
            table.add_row(
                str(u.id),
                u.username,
                u.role,
                stores,
                "yes" if u.is_active else "no",
                locked,
                "yes" if u.is_demo else "",
            )
        console.print(table)

    emit([u.model_dump(mode="json") for u in rows], as_json, human)


PasswordStdinOpt = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from stdin.")
]


def _read_password(from_stdin: bool, prompt: str) -> str:
    """One line of standard input, or typed twice at a hidden prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=True))


@users_app.command("create")
def users_create(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option(help=f"One of: {', '.join(ROLES)}.")],
    stores: Annotated[str | None, typer.Option(help="Store ids, e.g. 1,2.")] = None,
    all_stores: Annotated[bool, typer.Option("--all-stores", help="Every store.")] = False,
    org: Annotated[str, typer.Option(help="Org slug.")] = "demo",
    display_name: Annotated[str | None, typer.Option(help="Name shown in the app.")] = None,
    password_stdin: PasswordStdinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Create a user (asks for the password, or reads it with --password-stdin)."""
    password = _read_password(password_stdin, "Password")
    s = settings()
    with open_db().session() as session:
        user = service.create_user(
            session,
            Passwords.from_settings(s),
            org_id=service.get_org(session, org).id,
            username=username,
            password=password,
            role=role,
            store_ids=service.parse_store_ids(stores or ""),
            is_all_stores=all_stores,
            display_name=display_name,
        )
        data = {
            "id": user.id,
            "username": user.username,
            "role": user.role,
            "store_ids": user.store_ids,
            "is_all_stores": user.is_all_stores,
            "org": org,
        }
    emit(data, as_json, lambda: console.print(f"Created user {data['username']} ({role})."))


UserOrgOpt = Annotated[str | None, typer.Option(help="The user's org (slug).")]


@users_app.command("set-password")
def users_set_password(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    org: UserOrgOpt = None,
    password_stdin: PasswordStdinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Give a user a new password; every session of theirs ends at once."""
    password = _read_password(password_stdin, "New password")
    with open_db().session() as session:
        user = service.find_user(session, username, _org_id(session, org))
        service.set_password(session, Passwords.from_settings(settings()), user, password)
        data = {"username": user.username, "sessions_ended": True}
    emit(
        data,
        as_json,
        lambda: console.print(f"New password for {data['username']}; their sessions ended."),
    )


def _user_command(change: UserChange) -> Callable[..., None]:
    """The command of one change of an account (``service.change_user``)."""

    def change_user(username: str, org: UserOrgOpt = None, as_json: JsonOpt = False) -> None:
        with open_db().session() as session:
            user = service.find_user(session, username, _org_id(session, org))
            changed = service.change_user(session, user, change)
            data = {
                "username": user.username,
                "action": change,
                "changed": changed,
                "is_active": user.is_active,
            }
        emit(
            data,
            as_json,
            lambda: console.print(
                f"User {data['username']} {service.PAST[change]}."
                if changed
                else f"User {data['username']}: nothing to do."
            ),
        )

    return change_user


USER_HELP: dict[UserChange, str] = {
    "disable": "Disable a user: sign-in and existing tokens stop working.",
    "enable": "Enable a disabled user.",
    "unlock": "Clear a lockout after failed sign-ins.",
}
for _change, _help in USER_HELP.items():
    users_app.command(_change, help=_help)(_user_command(_change))


# --- asking ---------------------------------------------------------------------------


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in plain language.")],
    user: Annotated[str, typer.Option("--user", help="Ask as this user (their role and stores).")],
    store: Annotated[int | None, typer.Option("--store", help="Only this store.")] = None,
    conversation: Annotated[
        str | None, typer.Option("--conversation", help="Continue this conversation (id).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask a question as a user, in-process: the answer, rows, SQL and scope."""
    import uuid

    from bastion.ask.context import AskRequest
    from bastion.ask.flow import answer_question
    from bastion.ask.schemas import to_response

    try:
        conversation_id = uuid.UUID(conversation) if conversation else None
    except ValueError:
        raise InvalidInput(
            f"--conversation takes a conversation id, not '{conversation}'.",
            code="ask.invalid_conversation",
        ) from None
    s = settings()
    services = Services.from_settings(s, db=open_db())
    with services.db.session() as session:
        found = service.find_user(session, user)
        if not found.is_active:
            raise InvalidInput(f"User '{found.username}' is disabled.", code="users.disabled")
        principal = service.principal_of(found)
    ctx = answer_question(
        services, principal, AskRequest(question, store_id=store, conversation_id=conversation_id)
    )
    response = to_response(ctx)
    if as_json:
        print(response.model_dump_json(indent=2))
    else:
        _print_answer(response)
    if response.status != "ok":
        if not as_json:
            err_console.print(
                f"{'refused' if response.status == 'refused' else 'error'}: "
                f"{response.error.message if response.error else response.answer}",
                highlight=False,
                soft_wrap=True,
            )
        raise typer.Exit(1)


def _print_answer(response: Any) -> None:
    from rich.table import Table

    from bastion.answer.formats import cell_text

    if response.status == "ok":
        console.print(response.answer, highlight=False, soft_wrap=True)
        if response.rows:
            table = Table(*[c["label"] for c in response.columns])
            for row in response.rows[:25]:
                # (a list cell, a film's special features, as "Trailers, Commentaries")
                table.add_row(
                    *[f"{v:,}" if isinstance(v, int) else cell_text(v, "text") for v in row]
                )
            console.print(table)
            if len(response.rows) > 25:
                console.print(f"... {len(response.rows) - 25} more rows (use --json for all)")
        console.print(f"SQL: {response.sql}", highlight=False, soft_wrap=True)
        sec = response.security
        stores = "all stores" if sec.is_all_stores else f"stores {sec.store_ids}"
        console.print(
            f"Scope: {sec.role}, {stores}; relations {', '.join(sec.relations)}; "
            f"limit {sec.limit_applied}; {response.timings['total']:.1f} ms; "
            f"conversation {response.conversation_id}",
            highlight=False,
            soft_wrap=True,
        )
        if response.notice:
            console.print(f"Note: {response.notice}", highlight=False, soft_wrap=True)
        if response.ai_disclosure:
            console.print(response.ai_disclosure, highlight=False, soft_wrap=True)
    elif response.suggestions:
        console.print("Try instead:")
        for suggestion in response.suggestions:
            console.print(f"  - {suggestion}")


# --- tokens -----------------------------------------------------------------------------


@app.command()
def token(
    user: Annotated[str, typer.Option("--user", help="Username to issue the token for.")],
    as_json: JsonOpt = False,
) -> None:
    """Print an access token for a user (for scripts and curl)."""
    s = settings()
    with open_db().session() as session:
        found = service.find_user(session, user)
        if not found.is_active:
            raise InvalidInput(f"User '{found.username}' is disabled.", code="users.disabled")
        access_token, expires_in = service.issue_token(TokenIssuer.from_settings(s), found)
    emit(
        {"access_token": access_token, "token_type": "bearer", "expires_in": expires_in},
        as_json,
        lambda: print(access_token),
    )


@app.command()
def version(as_json: JsonOpt = False) -> None:
    """Print Bastion's version."""
    emit({"version": __version__}, as_json, lambda: print(f"bastion {__version__}"))


# --- entry point ------------------------------------------------------------------------


def _log_traceback() -> Path | None:
    try:
        folder = ensure_home(get_settings().home) / "logs"
        folder.mkdir(exist_ok=True)
        path = folder / "bastion.log"
        with path.open("a") as handle:
            handle.write(f"--- {' '.join(sys.argv)}\n{traceback.format_exc()}\n")
        return path
    except Exception:
        return None


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    as_json = "--json" in sys.argv
    try:
        app()
    except BastionError as exc:
        if as_json:
            print(json.dumps(exc.to_body()))
        err_console.print(f"error: {exc.message}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except ValidationError as exc:  # a BASTION_* setting that does not parse
        if exc.title != "Settings":  # any other model: a bug, reported as one
            _unexpected(exc, as_json)
        problems = "; ".join(
            f"BASTION_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        if as_json:
            body = {"code": "config.invalid", "message": problems, "details": None}
            print(json.dumps({"error": body}))
        err_console.print(f"error: invalid setting: {problems}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        _unexpected(exc, as_json)


def _unexpected(exc: Exception, as_json: bool) -> None:
    """A bug: one line for people (the traceback goes to a log file), then exit 1."""
    path = _log_traceback()
    where = f" (details in {path})" if path else ""
    if as_json:
        error = {"code": "internal.error", "message": str(exc), "details": None}
        print(json.dumps({"error": error}))
    err_console.print(
        f"error: unexpected {type(exc).__name__}: {exc}{where}", highlight=False, soft_wrap=True
    )
    sys.exit(1)
