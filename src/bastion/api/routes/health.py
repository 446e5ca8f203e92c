"""Liveness and readiness."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from bastion.api.deps import ServicesDep
from bastion.db import migrate
from bastion.errors import BastionError

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The database is reachable and migrated")
async def readyz(services: ServicesDep) -> JSONResponse:
    try:
        current = await asyncio.to_thread(migrate.current_revision, services.db)
    except BastionError as exc:
        return JSONResponse(
            {"error": {"code": exc.code, "message": exc.message, "details": exc.details}},
            status_code=503,
        )
    head = migrate.head_revision()
    if current != head:
        return JSONResponse(
            {
                "error": {
                    "code": "db.migrations_pending",
                    "message": "The database is not migrated to this version of Bastion; "
                    "run 'bastion db upgrade'.",
                    "details": {"current": current, "head": head},
                }
            },
            status_code=503,
        )
    return JSONResponse({"status": "ready", "revision": current})
