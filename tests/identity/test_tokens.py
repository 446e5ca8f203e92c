"""Token signing secrets and claims, without HTTP."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bastion.errors import AuthenticationFailed, ConfigurationError
from bastion.identity.tokens import TokenIssuer
from bastion.settings import Settings


def settings(home: Path, **values: object) -> Settings:
    return Settings(_env_file=None, home=home, **values)  # type: ignore[call-arg]


def test_secret_is_generated_once_into_the_home_and_kept_private(tmp_path: Path) -> None:
    first = TokenIssuer.from_settings(settings(tmp_path))
    token = first.issue(
        username="a", user_id=1, org_id=1, role="admin", store_ids=[], is_all_stores=True
    ).access_token
    secret_file = tmp_path / "secrets" / "jwt_secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert len(secret_file.read_text()) >= 32
    # A second process (a restart, another worker) reads the same secret.
    assert TokenIssuer.from_settings(settings(tmp_path)).decode(token)["sub"] == "a"
    # Another home has another secret.
    with pytest.raises(AuthenticationFailed):
        TokenIssuer.from_settings(settings(tmp_path / "other")).decode(token)


def test_configured_secret_wins_and_must_be_long(tmp_path: Path) -> None:
    TokenIssuer.from_settings(settings(tmp_path, jwt_secret="s" * 32))
    assert not (tmp_path / "secrets" / "jwt_secret").exists()
    with pytest.raises(ConfigurationError) as caught:
        TokenIssuer.from_settings(settings(tmp_path, jwt_secret="short"))
    assert caught.value.code == "config.jwt_secret"


def test_secret_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BASTION_JWT_SECRET", "e" * 40)
    monkeypatch.setenv("BASTION_JWT_TTL_SECONDS", "120")
    loaded = Settings(_env_file=None, home=tmp_path)  # type: ignore[call-arg]
    issuer = TokenIssuer.from_settings(loaded)
    assert issuer.ttl_seconds == 120
    assert not (tmp_path / "secrets").exists()
    assert os.environ["BASTION_JWT_SECRET"] == loaded.jwt_secret.get_secret_value()  # type: ignore[union-attr]


def test_dotenv_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("BASTION_LOCKOUT_MINUTES=42\nBASTION_PORT=9001\n")
    monkeypatch.chdir(tmp_path)
    loaded = Settings()
    assert (loaded.lockout_minutes, loaded.port) == (42, 9001)
