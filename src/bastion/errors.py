"""The root of Bastion's exceptions.

Each error carries an HTTP status and a stable machine code (``auth.invalid_token``), a
sentence for people, and structured details. The API turns them into one body shape:
``{"error": {"code", "message", "details"}}``; the CLI prints the sentence on one line.
"""

from __future__ import annotations

from typing import Any


class BastionError(Exception):
    status_code: int = 400
    code: str = "bastion.error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: Any = None,
        status_code: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status_code is not None:
            self.status_code = status_code
        self.details = details
        self.headers = headers or {}

    def to_body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class AuthenticationFailed(BastionError):
    status_code = 401
    code = "auth.invalid_token"


class AccountLocked(BastionError):
    status_code = 423
    code = "auth.account_locked"


class AccessDenied(BastionError):
    status_code = 403
    code = "auth.forbidden"


class NotFound(BastionError):
    status_code = 404
    code = "not_found"


class Conflict(BastionError):
    status_code = 409
    code = "conflict"


class InvalidInput(BastionError):
    status_code = 422
    code = "request.invalid"


class DatabaseUnavailable(BastionError):
    status_code = 503
    code = "db.unavailable"


class ConfigurationError(BastionError):
    status_code = 500
    code = "config.invalid"


class HomeLocked(BastionError):
    status_code = 409
    code = "home.locked"
