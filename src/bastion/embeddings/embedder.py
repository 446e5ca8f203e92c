"""What every embedder offers (``Embedder``), the error callers fall back on
(``EmbeddingsUnavailable``), and the embedder that is switched off."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Protocol

import numpy as np
from numpy.typing import NDArray

from bastion.errors import BastionError

EmbedderStatus = Literal["off", "not_loaded", "loading", "ready", "failed"]
"""Where an embedder stands: ``/readyz`` and ``bastion embeddings check`` show it."""

Vectors = NDArray[np.float32]
"""Embeddings, one row per text: shape (n, dimensions), each row of length 1."""


class EmbeddingsUnavailable(BastionError):
    """No embeddings now: switched off, still loading past the wait, or the model failed to
    load, or failed on this input. ``details["reason"]`` (``disabled``, ``loading``,
    ``load_failed``, ``embed_failed``) says which; callers fall back (fuzzy matching,
    full-text search) instead of failing a question."""

    status_code = 503
    code = "embeddings.unavailable"

    def __init__(self, message: str, *, reason: str, **details: Any) -> None:
        super().__init__(message, details={"reason": reason, **details})
        self.reason = reason


class Embedder(Protocol):
    """Text to vectors. ``start_loading`` and ``wait_ready`` let a server warm a model in
    the background; an embedder that needs no warming is ready at once."""

    @property
    def name(self) -> str: ...

    @property
    def dimensions(self) -> int: ...

    @property
    def status(self) -> EmbedderStatus: ...

    @property
    def is_ready(self) -> bool: ...

    def start_loading(self) -> None:
        """Begin loading in the background and return at once."""

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds (None: as long as it takes); True when ready."""

    def embed(self, texts: Sequence[str]) -> Vectors:
        """L2-normalised float32 vectors, one row per text, in order. Raises
        ``EmbeddingsUnavailable`` when there are none to be had."""


class DisabledEmbedder:
    """``BASTION_EMBEDDINGS=off``: never ready, every ``embed`` raises."""

    name = "off"
    dimensions = 0
    status: EmbedderStatus = "off"
    is_ready = False

    def start_loading(self) -> None:
        pass

    def wait_ready(self, timeout: float | None = None) -> bool:
        return False

    def embed(self, texts: Sequence[str]) -> Vectors:
        raise EmbeddingsUnavailable(
            "Embeddings are switched off (BASTION_EMBEDDINGS=off).", reason="disabled"
        )
