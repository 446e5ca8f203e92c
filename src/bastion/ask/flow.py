"""The ask flow, top to bottom. ``STAGES`` lists the stages in order; ``answer_question``
runs them, turns any failure into a recorded status with the stage that stopped it, and
always writes the audit trail."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bastion.ask import stages
from bastion.ask.audit import record
from bastion.ask.context import (
    AskContext,
    AskRequest,
    AskServices,
    PendingApproval,
    Refused,
    StageEvent,
)
from bastion.errors import BastionError
from bastion.identity.principal import Principal
from bastion.vocabulary import AskStatus

log = logging.getLogger("bastion.ask")

Stage = Callable[[AskContext], None]

STAGES: tuple[Stage, ...] = (
    stages.load_context,
    stages.retrieve,
    stages.check_request,
    stages.plan,
    stages.generate_sql,
    stages.guard,
    stages.check_sql,
    stages.hold_for_approval,
    stages.execute,
    stages.filter_result,
    stages.narrate,
)


def stage_name(fn: Stage) -> str:
    return str(getattr(fn, "stage_name", fn.__name__))


def answer_question(services: AskServices, principal: Principal, request: AskRequest) -> AskContext:
    ctx = AskContext(services=services, principal=principal, request=request)
    for fn in STAGES:
        name = stage_name(fn)
        ctx.meta = {}
        started = time.perf_counter()
        status: AskStatus = "ok"
        try:
            fn(ctx)
        except Refused as exc:
            status = "refused"
            ctx.status, ctx.error, ctx.error_stage = "refused", exc, name
        except PendingApproval:
            status = "pending_approval"
            ctx.status = "pending_approval"
        except BastionError as exc:
            status = "error" if exc.status_code != 403 else "refused"
            ctx.status, ctx.error, ctx.error_stage = status, exc, name
        except Exception as exc:
            log.exception("stage %s failed", name)
            status = "error"
            ctx.status, ctx.error_stage = "error", name
            ctx.error = BastionError(
                "Something went wrong while answering; the error was logged.",
                code="internal.error",
                status_code=500,
            )
            ctx.meta["exception"] = type(exc).__name__
        if ctx.error is not None:
            ctx.meta.setdefault("code", ctx.error.code)
        ctx.events.append(
            StageEvent(name, status, (time.perf_counter() - started) * 1000, ctx.meta)
        )
        if ctx.status != "ok":
            break
    ctx.total_ms = (time.perf_counter() - ctx.started) * 1000
    record(ctx)
    return ctx
