"""The embedder of a process: one local model shared by everything in it, or none."""

from __future__ import annotations

import threading

from bastion.embeddings.embedder import DisabledEmbedder, Embedder
from bastion.embeddings.local import LocalEmbedder
from bastion.settings import Settings, get_settings

_shared: LocalEmbedder | None = None
_shared_lock = threading.Lock()


def local_embedder(settings: Settings | None = None) -> LocalEmbedder:
    """The process's one local model (loaded once, however many callers). The settings of
    the first call configure it."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = LocalEmbedder.from_settings(settings or get_settings())
        return _shared


def embedder_for(settings: Settings) -> Embedder:
    """What ``BASTION_EMBEDDINGS`` asks for: the shared local model, or none."""
    if settings.embeddings == "off":
        return DisabledEmbedder()
    return local_embedder(settings)
