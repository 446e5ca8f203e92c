"""Liveness and readiness."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import Response

from bastion.db import migrate
from bastion.errors import BastionError
from bastion.http.deps import ServicesDep
from bastion.http.errors import error_response

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}  # on the event loop: it answers however busy the threads are


@router.get(
    "/readyz",
    summary="The database is reachable and migrated (and where the embedding model stands)",
    response_model=None,
)
async def readyz(services: ServicesDep) -> dict[str, str | None] | Response:
    try:
        current = await asyncio.to_thread(migrate.current_revision, services.db)
    except BastionError as exc:
        return error_response(503, exc.code, exc.message, exc.details)
    head = migrate.head_revision()
    if current != head:
        return error_response(
            503,
            "db.migrations_pending",
            "The database is not migrated to this version of Bastion; run 'bastion db upgrade'.",
            {"current": current, "head": head},
        )
    # Not a condition of readiness: questions fall back while the model loads.
    return {"status": "ready", "revision": current, "embeddings": services.embedder.status}
