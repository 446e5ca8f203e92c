"""API keys of models are referenced, never stored: ``env:NAME`` reads an environment
variable when the model is called, ``file:PATH`` reads a file (relative paths are under
``BASTION_HOME/secrets``). A value that looks like a key itself is refused."""

from __future__ import annotations

import os
from pathlib import Path

from bastion.errors import ConfigurationError, InvalidInput

MAX_KEY_BYTES = 8192


def check_ref(ref: str | None) -> str | None:
    """The reference as stored, or ``InvalidInput`` for anything but env:/file: refs."""
    if ref is None or ref == "":
        return None
    kind, _, target = ref.partition(":")
    if kind not in ("env", "file") or not target.strip():
        raise InvalidInput(
            "api_key_ref must be env:VARIABLE or file:PATH; keys themselves are never stored.",
            code="models.secret_ref_invalid",
        )
    if kind == "env" and not target.replace("_", "").isalnum():
        raise InvalidInput(
            "An env: reference names an environment variable (letters, digits, _).",
            code="models.secret_ref_invalid",
        )
    return f"{kind}:{target.strip()}"


def resolve_secret(ref: str | None, home: Path) -> str | None:
    """The key a reference points at, read now (so rotating it needs no restart)."""
    if ref is None:
        return None
    kind, _, target = ref.partition(":")
    if kind == "env":
        value = os.environ.get(target)
        if value is None:
            raise ConfigurationError(
                f"The environment variable {target} named by a model's api_key_ref is not set.",
                code="models.secret_missing",
            )
        return value
    path = Path(target)
    if not path.is_absolute():
        path = home.resolve() / "secrets" / path
    try:
        data = path.read_bytes()[:MAX_KEY_BYTES]
    except OSError:
        raise ConfigurationError(
            f"The secret file {path} named by a model's api_key_ref cannot be read.",
            code="models.secret_missing",
        ) from None
    return data.decode("utf-8", "replace").strip()
