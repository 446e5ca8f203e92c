"""The ASGI application: the JSON API (``bastion.api``) and the web app (``bastion.web``)
on one FastAPI app, with the shared middleware and error handler (``bastion.http``), the
composition root (``bastion.services``) made at start, the embedding model loaded in the
background, and the background approval sweeper. ``bastion serve`` runs it with uvicorn."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import quote

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bastion import __version__
from bastion.api.routes import (
    approvals,
    ask,
    auth,
    config,
    examples,
    guard,
    health,
    models,
    policies,
    prompts,
    secrets,
    users,
)
from bastion.approvals.sweeper import Sweeper
from bastion.embeddings import embedder_for
from bastion.errors import BastionError
from bastion.http.errors import install_error_handlers
from bastion.http.middleware import (
    BodySizeLimitMiddleware,
    RequestIdMiddleware,
    SecurityHeadersMiddleware,
)
from bastion.policy import pii
from bastion.services import Services
from bastion.settings import Settings, get_settings
from bastion.web import admin_pages, approvals_pages, charts, pages

log = logging.getLogger("bastion.api")


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app. With no ``services`` they are made from settings at start-up (which
    starts the embedded database when no BASTION_DATABASE_URL is set)."""
    settings = settings or (services.settings if services else get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = services is None
        # Sync routes run in a thread pool; more threads than the work can use only make
        # them fight over the GIL and the cores (latency tails).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.api_threads
        # The embedding model loads in a background thread (seconds), started first so
        # that it loads while the database starts: readiness does not wait for it, and a
        # question that needs it waits at most BASTION_EMBEDDINGS_WAIT_SECONDS.
        embedder = services.embedder if services is not None else embedder_for(settings)
        embedder.start_loading()
        if services is None:  # Presidio's first analyzer (seconds of imports), meanwhile too
            threading.Thread(target=pii.warm_up, name="pii-warm-up", daemon=True).start()
        app.state.services = services or Services.from_settings(settings, embedder=embedder)
        if owned:
            try:
                await asyncio.to_thread(app.state.services.warm_up)
            except BastionError as exc:  # not ready yet: /readyz says why, questions fail
                log.warning("warm-up skipped: %s", exc.message)
            # The chart engine starts in the background: readiness does not wait for it.
            asyncio.get_running_loop().run_in_executor(None, charts.warm_up)
        # Once the model is loaded, the catalog's terms are embedded for the planner. Not
        # a daemon: a process that stops meanwhile lets it end rather than kill the model
        # mid-computation (which aborted the interpreter as it exited).
        threading.Thread(
            target=app.state.services.prepare_embeddings, name="embed-terms", daemon=False
        ).start()
        # Escalates and expires approval requests; every process may run one (each
        # request changes state once), and 0 seconds turns it off.
        sweeper = None
        if settings.approval_sweep_seconds > 0:
            sweeper = Sweeper(app.state.services, settings.approval_sweep_seconds).start()
        try:
            yield
        finally:
            if sweeper is not None:
                await asyncio.to_thread(sweeper.stop)  # lets a running sweep finish
            if owned:
                app.state.services.dispose()

    app = FastAPI(
        title="Bastion",
        version=__version__,
        description="Governed AI analytics: plain-language questions, scoped SQL, audited answers.",
        lifespan=lifespan,
    )
    if services is not None:
        app.state.services = services
    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestIdMiddleware)
    for module in (
        health,
        auth,
        users,
        ask,
        guard,
        prompts,
        config,
        models,
        secrets,
        examples,
        policies,
        approvals,
    ):
        app.include_router(module.router)
    install_web(app)
    logging.getLogger("bastion").setLevel(settings.log_level.upper())
    return app


def install_web(app: FastAPI) -> None:
    """The web app's pages and static files; a page that needs a signed-in user
    redirects to the sign-in page."""

    async def sign_in(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, pages.SignInRequired)
        target = pages.safe_next(exc.next_path)
        return RedirectResponse(f"/app/login?next={quote(target)}", status_code=303)

    app.add_exception_handler(pages.SignInRequired, sign_in)
    app.mount("/app/static", StaticFiles(packages=[("bastion.web", "static")]), name="static")
    for module in (pages, approvals_pages, admin_pages):
        app.include_router(module.router)


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (used by ``bastion serve --workers N``)."""
    return create_app()
