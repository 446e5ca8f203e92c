"""One error body for every API error: ``{"error": {"code", "message", "details"}}``.

People read the message; programs read the code. No stack trace ever reaches a client:
unexpected errors are logged with the request id and answered with ``internal.error``.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from bastion.errors import BastionError
from bastion.http.middleware import request_id_var

log = logging.getLogger("bastion.api")

HTTP_CODES = {
    401: "auth.required",
    403: "auth.forbidden",
    404: "http.not_found",
    405: "http.method_not_allowed",
    406: "http.not_acceptable",
    413: "request.too_large",
    415: "http.unsupported_media_type",
}


def error_response(
    status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "details": details}},
        status_code=status,
        headers=headers,
    )


async def bastion_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BastionError)
    return error_response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ()) if part not in ("body", "query", "path")]
        field = ".".join(loc) or "body"
        problem = {"field": field, "message": err.get("msg", "invalid"), "type": err.get("type")}
        problems.append(problem)
    summary = "; ".join(f"{p['field']}: {str(p['message']).lower()}" for p in problems)
    return error_response(422, "request.invalid", f"Invalid request ({summary}).", problems)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_CODES.get(exc.status_code, f"http.{exc.status_code}")
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = "HTTP error"
    message = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else phrase
    if not message.endswith("."):
        message += "."
    return error_response(exc.status_code, code, message, None, dict(exc.headers or {}))


async def data_error(request: Request, exc: Exception) -> JSONResponse:
    """A value the database cannot take as its type (an id beyond bigint, a date before
    year 1): bad input, said as such, never a 500. Nothing was written: the statement
    failed and its transaction is rolled back."""
    assert isinstance(exc, DataError)
    log.info("value out of range on %s %s: %s", request.method, request.url.path, exc.orig)
    return error_response(
        422,
        "request.invalid",
        "A value of the request is out of range (an id, a number or a date too large or "
        "too small).",
    )


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # This handler runs outside the request-id middleware, so read the id from the scope.
    request_id = str(request.scope.get("state", {}).get("request_id", request_id_var.get()))
    log.exception(
        "unhandled error on %s %s (request %s)", request.method, request.url.path, request_id
    )
    return error_response(
        500,
        "internal.error",
        "Something went wrong on our side; the error was logged.",
        {"request_id": request_id},
        {"x-request-id": request_id},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BastionError, bastion_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(DataError, data_error)
    app.add_exception_handler(Exception, unexpected_error)
