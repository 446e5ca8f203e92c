"""One error body for every API error, request ids everywhere, no stack traces."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from bastion.errors import BastionError
from bastion.server import create_app
from bastion.services import Services


def _assert_error_shape(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"].endswith(".")
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]


def test_every_kind_of_error_has_the_same_body(client: httpx.Client) -> None:
    _assert_error_shape(client.get("/api/nothing-here"), 404, "http.not_found")
    _assert_error_shape(client.delete("/api/auth/login"), 405, "http.method_not_allowed")
    _assert_error_shape(client.post("/api/auth/login", json={}), 422, "request.invalid")
    _assert_error_shape(client.get("/api/me"), 401, "auth.required")
    _assert_error_shape(
        client.post("/api/auth/login", json={"username": "x", "password": "y" * 2_000_000}),
        413,
        "request.too_large",
    )
    _assert_error_shape(
        client.post("/api/auth/login", json={"username": "ghost", "password": "nope"}),
        401,
        "auth.invalid_credentials",
    )


def test_unexpected_errors_are_500_without_a_trace(services: Services) -> None:
    app = create_app(services=services)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    @app.get("/domain")
    def domain() -> None:
        raise BastionError("A clear sentence.", code="test.domain", status_code=409)

    with TestClient(app, raise_server_exceptions=False) as http:
        response = http.get("/boom", headers={"x-request-id": "req-123"})
        _assert_error_shape(response, 500, "internal.error")
        assert "secret internals" not in response.text
        assert response.json()["error"]["details"] == {"request_id": "req-123"}
        _assert_error_shape(http.get("/domain"), 409, "test.domain")


def test_request_id_is_generated_or_echoed(client: httpx.Client) -> None:
    generated = client.get("/healthz").headers["x-request-id"]
    assert len(generated) == 32
    assert client.get("/healthz", headers={"x-request-id": "abc-1"}).headers["x-request-id"] == (
        "abc-1"
    )
    # An id that could inject into logs is replaced, not echoed.
    odd = client.get("/healthz", headers={"x-request-id": "a b\tc"}).headers["x-request-id"]
    assert odd != "a b\tc"


def test_the_error_handler_is_the_only_way_errors_leave(tmp_path: Path) -> None:
    """Routes never build error JSON themselves: every non-2xx comes from api/errors.py."""
    routes = Path(__file__).parents[2] / "src" / "bastion" / "api" / "routes"
    for path in routes.glob("*.py"):
        text = path.read_text()
        assert "JSONResponse" not in text, f"{path.name} builds its own error response"
        assert '{"error":' not in text, f"{path.name} builds its own error body"
