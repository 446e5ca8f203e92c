"""One real all-MiniLM-L6-v2 for the session: the process's shared model, loaded once."""

from __future__ import annotations

import pytest

from bastion.embeddings import LocalEmbedder, local_embedder


@pytest.fixture(scope="session")
def embedder() -> LocalEmbedder:
    return local_embedder().load()
