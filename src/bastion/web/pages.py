"""The pages people use: sign-in, asking, and the shared page frame. Admin and approval
pages live in their own modules and use what is here (``WebUser``, ``render``).

Pages check permissions on the server exactly like the API: the same principal from the
same token, the same services. Every page is rendered by Jinja2 with autoescaping, so
a film title or a question containing ``<script>`` is text.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from pydantic import ValidationError
from starlette.background import BackgroundTask

from bastion.answer.formats import DEFAULT_STYLE, NarrationStyle, cell_text
from bastion.ask import audit
from bastion.ask.context import AskRequest
from bastion.ask.flow import answer_question
from bastion.ask.schemas import AskResponse, to_response
from bastion.ask.suggestions import askable
from bastion.catalog.spec import Grain
from bastion.errors import AuthenticationFailed, BastionError, InvalidInput, NotFound
from bastion.http import downloads
from bastion.http.deps import ServicesDep, services_of
from bastion.http.sessions import (
    CSRF_FIELD,
    CSRF_HEADER,
    SESSION_COOKIE,
    check_csrf,
    clear_session,
    login_nonce,
    set_login_nonce,
    set_session,
)
from bastion.identity import service
from bastion.identity.principal import Principal
from bastion.services import Services
from bastion.web import charts
from bastion.web.highlight import sql_html

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["sql"] = sql_html


@pass_context
def chart_src(context: Context, spec: dict[str, Any]) -> tuple[str | None, str | None]:
    """The ``<img src>`` of a widget's chart drawn for the answer card, and the ``<source
    srcset>`` of the chart drawn for a phone's card (``charts.NARROW_MEDIA``). Each is
    inline if it was rendered before, else an address the browser loads while the chart
    renders after the page is sent, or when a phone asks for it (see
    ``bastion.web.charts``). None: no chart (the table stays)."""
    return (
        _chart_uri(context, charts.sized(spec, charts.WIDE), eager=True),
        _chart_uri(context, charts.sized(spec, charts.NARROW), eager=False),
    )


def _chart_uri(context: Context, spec: dict[str, Any], *, eager: bool) -> str | None:
    user, request = context.get("user"), context.get("request")
    uri = charts.cached_data_uri(spec)
    if uri is not None or not isinstance(user, Principal) or not isinstance(request, Request):
        return uri or charts.svg_data_uri(spec)
    promise = charts.promise(spec, eager)
    request.state.promised_charts = [*getattr(request.state, "promised_charts", ()), promise]
    return promise.address


templates.env.filters["chart"] = chart_src


def utc_time(value: datetime | None, seconds: bool = False) -> str:
    """A time as pages show it, in UTC (``2026-05-01 14:03 UTC``); nothing for none."""
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "") + " UTC")


templates.env.filters["utc_time"] = utc_time


def table_cells(
    rows: list[list[Any]],
    columns: list[dict[str, Any]],
    grain: Grain | None = None,
    style: dict[str, Any] | None = None,
) -> list[list[tuple[Any, str]]]:
    """Each cell of a rows table as (raw value, text): the text written as the answer
    writes its numbers and periods (``answer.formats.cell_text``), the raw value kept for
    sorting and the CSV download."""
    written = NarrationStyle(**style) if style else DEFAULT_STYLE
    formats = [column.get("format", "text") for column in columns]
    return [
        [
            (value, cell_text(value, fmt, grain, written))
            for value, fmt in zip(row, formats, strict=False)
        ]
        for row in rows
    ]


templates.env.globals["table_cells"] = table_cells
templates.env.globals["narrow_media"] = charts.NARROW_MEDIA

HEADINGS = {403: "Not allowed", 404: "Not found", 409: "Not done", 422: "Check what was entered"}


class PageRoute(APIRoute):
    """A route whose errors are pages: a ``BastionError`` (raised by a service or by a
    dependency, a missing CSRF token too) or input the route cannot read becomes one
    sentence on an error page, with the right status, never a JSON body."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_page(request: Request) -> Response:
            try:
                return await handle(request)
            except BastionError as exc:
                return error_page(request, exc)
            except RequestValidationError as exc:
                return error_page(request, unreadable(exc))

        return handle_page


ASK_LINK = ("/app/ask", "Back to asking questions")


def error_page(
    request: Request, exc: BastionError, back: tuple[str, str] = ASK_LINK
) -> HTMLResponse:
    """The page of any error: a heading by status, the sentence and code, a link back
    (``back``: address, words). The user's header and navigation when signed in."""
    session: WebSession | None = getattr(request.state, "web_session", None)
    return render(
        request,
        "error.html",
        session,
        status_code=exc.status_code,
        error=exc,
        heading=HEADINGS.get(exc.status_code, "Something went wrong"),
        back=back,
    )


def unreadable(exc: RequestValidationError) -> InvalidInput:
    # A location reads (where, name, ...): ("query", "status", "literal['ok', ...]").
    fields = sorted({str(e["loc"][1]) for e in exc.errors() if len(e.get("loc", ())) > 1})
    return InvalidInput(
        f"This page could not read the value of {', '.join(fields) or 'its input'}; "
        "check the address or the form and try again.",
        code="request.invalid",
    )


router = APIRouter(include_in_schema=False, route_class=PageRoute)


class SignInRequired(Exception):
    """A page needs a signed-in user: the handler redirects to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


@dataclass(frozen=True)
class WebSession:
    principal: Principal
    token: str
    csrf: str

    def check(self, sent: str | None) -> None:
        check_csrf(self.csrf, sent)


def web_session(request: Request, services: ServicesDep) -> WebSession:
    token = request.cookies.get(SESSION_COOKIE)
    if token is None:
        raise SignInRequired(request.url.path)
    try:
        with services.db.autocommit.connect() as conn:
            principal = service.principal_from_token(conn, services.tokens, token)
    except AuthenticationFailed:
        raise SignInRequired(request.url.path) from None
    session = WebSession(principal, token, services.tokens.csrf_for(token))
    request.state.web_session = session  # an error page's header and navigation
    return session


WebUser = Annotated[WebSession, Depends(web_session)]


def nav_for(principal: Principal) -> list[tuple[str, str]]:
    """The pages a role may open (the routes check again)."""
    items = [("/app/ask", "Ask"), ("/app/approvals", "Approvals")]
    if principal.is_admin:
        items += [
            ("/app/admin/prompts", "Prompt packs"),
            ("/app/admin/models", "Models"),
            ("/app/admin/audit", "Audit log"),
            ("/app/admin/users", "Users"),
        ]
    return items


def render(
    request: Request,
    name: str,
    session: WebSession | None = None,
    *,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    values: dict[str, Any] = {"request": request, **context}
    if session is not None:
        values.update(
            user=session.principal,
            csrf=session.csrf,
            csrf_field=CSRF_FIELD,
            nav=nav_for(session.principal),
            path=request.url.path,
        )
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    promised: list[charts.Promise] = getattr(request.state, "promised_charts", [])
    if promised and session is not None:
        # Stored before the page is sent (any process may get the image request), and
        # rendered once it is sent.
        db = services_of(request).db
        charts.keep(db, session.principal, promised)
        tokens = [p.token for p in promised if p.eager]
        response.background = BackgroundTask(charts.render_promised, db, tokens)
        request.state.promised_charts = []
    return response


def safe_next(value: str | None) -> str:
    """Only our own pages: never an absolute or protocol-relative URL."""
    if value and value.startswith("/app/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/app/ask"


# --- signing in and out -------------------------------------------------------------------


@router.get("/")
@router.get("/app")
@router.get("/app/")
def home() -> RedirectResponse:
    return RedirectResponse("/app/ask", status_code=303)


def _login_page(
    request: Request,
    services: ServicesDep,
    *,
    error: str | None,
    next_path: str,
    status: int,
    notice: str | None = None,
) -> HTMLResponse:
    nonce = login_nonce(request)
    response = render(
        request,
        "login.html",
        status_code=status,
        error=error,
        notice=notice,
        next_path=next_path,
        csrf=services.tokens.csrf_for("login:" + nonce),
        csrf_field=CSRF_FIELD,
    )
    set_login_nonce(response, nonce, services.settings)
    return response


@router.get("/app/login", response_class=HTMLResponse)
def login_form(
    request: Request, services: ServicesDep, next: str | None = None, changed: bool = False
) -> HTMLResponse:
    notice = "Your password is changed; sign in with the new one." if changed else None
    return _login_page(
        request, services, error=None, next_path=safe_next(next), status=200, notice=notice
    )


@router.post("/app/login", response_class=HTMLResponse)
def login(
    request: Request,
    services: ServicesDep,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=500)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/app/ask",
) -> Response:
    nonce = request.cookies.get("bastion_login", "")
    target = safe_next(next)
    try:
        check_csrf(services.tokens.csrf_for("login:" + nonce), csrf_token)
    except BastionError:
        return _login_page(
            request,
            services,
            error="The sign-in form had expired. Please try again.",
            next_path=target,
            status=400,
        )
    if not username.strip() or not password:
        return _login_page(
            request,
            services,
            error="Enter your username and password.",
            next_path=target,
            status=400,
        )
    try:
        client = request.client.host if request.client else None
        services.throttle.hit(client, service.normalise_username(username))
        with services.db.session() as db:
            user = service.authenticate(
                db, services.settings, services.passwords, username, password
            )
            token, _ = service.issue_token(services.tokens, user)
    except BastionError as exc:
        if exc.code in ("auth.account_locked", "auth.account_disabled", "auth.rate_limited"):
            message = exc.message  # says what happened and what to do
        else:
            message = "The username or password is not right."
        page = _login_page(
            request, services, error=message, next_path=target, status=exc.status_code
        )
        page.headers.update(exc.headers)
        return page
    response = RedirectResponse(target, status_code=303)
    set_session(response, token, services.settings)
    response.delete_cookie("bastion_login")
    return response


@router.get("/app/account", response_class=HTMLResponse)
def account(request: Request, session: WebUser) -> HTMLResponse:
    """The signed-in user's own account: a new password."""
    return render(request, "account.html", session)


@router.post("/app/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    session: WebUser,
    services: ServicesDep,
    current_password: Annotated[str, Form(max_length=1024)] = "",
    new_password: Annotated[str, Form(max_length=1024)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """A new password ends every session of the user's, this one too: back to sign-in."""
    session.check(csrf_token)
    try:
        with services.db.session() as db:
            service.change_own_password(
                db, services.passwords, session.principal, current_password, new_password
            )
    except BastionError as exc:
        return render(
            request, "account.html", session, status_code=exc.status_code, error=exc.message
        )
    response = RedirectResponse("/app/login?changed=1", status_code=303)
    clear_session(response)
    return response


@router.post("/app/logout")
def logout(
    session: WebUser, services: ServicesDep, csrf_token: Annotated[str, Form(max_length=200)] = ""
) -> RedirectResponse:
    """Sign out: the session's token is revoked, not only its cookie dropped."""
    session.check(csrf_token)
    with services.db.autocommit.connect() as conn:
        service.end_session(conn, session.principal)
    response = RedirectResponse("/app/login", status_code=303)
    clear_session(response)
    return response


# --- asking ---------------------------------------------------------------------------------

FINAL_STEPS = {"approved": "running", "executed": "executed", "failed": "failed to run"}


def approval_steps(log: Mapping[str, Any]) -> list[str]:
    """What became of a held question, step by step ("held", "approved by ann",
    "executed"), from its audit log's ``approval_*`` fields: the log keeps the status it
    was answered with, the approval request what happened next. Nothing for a question
    that was not held."""
    status = log.get("approval_status")
    if status is None:
        return []
    by = f" by {log['approval_decided_by']}" if log.get("approval_decided_by") else ""
    if status in FINAL_STEPS:
        return ["held", f"approved{by}", FINAL_STEPS[status]]
    decided = {"pending": "waiting for an approver", "rejected": f"rejected{by}"}
    return ["held", decided.get(status, status)]


templates.env.globals["approval_steps"] = approval_steps


@dataclass(frozen=True)
class Turn:
    """A question of a conversation shown again: its audit log, and the answer as it was
    shown (None when it may not be shown again, or was asked before answers were kept)."""

    log: dict[str, Any]
    shown: AskResponse | None


def _shown(turn: dict[str, Any]) -> AskResponse | None:
    if turn["response"] is None:
        return None
    try:
        return AskResponse.model_validate(turn["response"])
    except ValidationError:  # kept by another version of Bastion: the text stays
        return None


def _conversation(
    services: Services, principal: Principal, conversation: uuid.UUID
) -> dict[str, Any]:
    """The conversation and its turns for this user; ``ask.conversation_not_found`` (a
    404 page) for anyone but its owner and their org's admins."""
    readable = services.catalog.relations_for_role(principal.role)
    with services.db.engine.connect() as conn:
        found = audit.get_conversation(conn, principal, conversation, readable)
    found["turns"] = [Turn(log, _shown(log)) for log in found["turns"]]
    return found


def _ask_page(
    request: Request,
    session: WebSession,
    services: Services,
    *,
    conversation: dict[str, Any] | None = None,
    answers: tuple[AskResponse, ...] = (),
    template: str = "ask.html",
) -> HTMLResponse:
    """The ask page (or, for the page's script, one answer): the conversation shown, and
    beside it the user's conversations."""
    principal = session.principal
    with services.db.engine.connect() as conn:
        history = audit.list_conversations(conn, principal)
    mine = conversation is not None and conversation["user_id"] == principal.user_id
    return render(
        request,
        template,
        session,
        suggestions=askable(services, principal),
        conversation=conversation,
        # Follow-ups continue only one's own conversation; another's is read only.
        conversation_id=conversation["id"] if mine and conversation else None,
        turns=conversation["turns"] if conversation else [],
        answers=answers,
        history=history,
    )


@router.get("/app/ask", response_class=HTMLResponse)
def ask_page(
    request: Request, session: WebUser, services: ServicesDep, c: uuid.UUID | None = None
) -> HTMLResponse:
    """The ask page; ``?c=`` shows a conversation again, to its owner (who may continue
    it) and their org's admins."""
    found = _conversation(services, session.principal, c) if c is not None else None
    return _ask_page(request, session, services, conversation=found)


@router.post("/app/ask", response_class=HTMLResponse)
def ask(
    request: Request,
    session: WebUser,
    services: ServicesDep,
    question: Annotated[str, Form(min_length=1, max_length=1000)],
    conversation_id: Annotated[str, Form(max_length=64)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Answer a question: the answer as a page fragment for the page's script (header
    X-Requested-With: fetch), or, without the script, a redirect to the conversation's
    address, which shows it with the new answer (a reload asks nothing again)."""
    session.check(request.headers.get(CSRF_HEADER) or csrf_token)
    started = time.perf_counter()
    try:
        conversation = uuid.UUID(conversation_id) if conversation_id else None
    except ValueError:
        conversation = None
    ctx = answer_question(
        services,
        session.principal,
        AskRequest(question=question.strip() or question, conversation_id=conversation),
    )
    answer = to_response(ctx)
    if ctx.error_stage == "context":  # no conversation of this user (someone else's id?)
        answer = answer.model_copy(update={"conversation_id": None})
    fragment = request.headers.get("x-requested-with") == "fetch"
    response: Response
    if fragment:
        response = render(request, "_answer.html", session, answer=answer)
    elif answer.conversation_id is None:
        response = _ask_page(request, session, services, answers=(answer,))
    else:
        address = f"/app/ask?c={answer.conversation_id}#turn-{answer.audit_id}"
        response = RedirectResponse(address, status_code=303)
    response.headers["x-bastion-ask-ms"] = f"{ctx.total_ms:.3f}"
    response.headers["x-bastion-page-ms"] = f"{(time.perf_counter() - started) * 1000:.3f}"
    return response


@router.get("/app/charts/{token}.svg")
def chart(token: str, session: WebUser, services: ServicesDep) -> Response:
    """A chart promised to this user's page, by any process (404 for anyone else, an
    unknown or an expired token)."""
    svg = charts.promised_svg(services.db, token, session.principal)
    if svg is None:
        return Response(status_code=404, headers={"cache-control": "no-store"})
    return Response(
        svg, media_type="image/svg+xml", headers={"cache-control": "private, max-age=86400"}
    )


@router.get("/app/answers/{log_id}.csv")
def answer_csv(
    log_id: int,
    session: WebUser,
    services: ServicesDep,
    sort: Annotated[int | None, Query(ge=0, le=1000)] = None,
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
) -> Response:
    """An answer's rows as CSV, built here (formulas neutralised), in the order the
    table was sorted; 404 for anyone who may not see the answer."""
    try:
        return downloads.answer_csv(services, session.principal, log_id, sort, order == "desc")
    except NotFound:
        return Response(status_code=404, headers={"cache-control": "no-store"})


def answer_csv_url(answer: AskResponse) -> str | None:
    return f"/app/answers/{answer.audit_id}.csv" if answer.audit_id else None


templates.env.globals["csv_url"] = answer_csv_url
templates.env.globals["quote"] = quote
