"""Sentence embeddings: text to 384-dimensional vectors, computed locally and offline by
all-MiniLM-L6-v2, for matching a question's words to catalog terms, retrieving knowledge
and finding similar example questions ([docs/embeddings.md](../../../docs/embeddings.md)).

``embedder_for(settings)`` gives the process's ``Embedder``; ``cosine`` and
``most_similar`` compare its vectors. Callers catch ``EmbeddingsUnavailable`` and fall back.
"""

from bastion.embeddings.embedder import (
    DisabledEmbedder,
    Embedder,
    EmbedderStatus,
    EmbeddingsUnavailable,
    Vectors,
)
from bastion.embeddings.local import (
    DIMENSIONS,
    MODEL_NAME,
    LocalEmbedder,
    bundled_model_path,
    english_words,
)
from bastion.embeddings.process import embedder_for, local_embedder
from bastion.embeddings.similarity import Match, cosine, most_similar

__all__ = [
    "DIMENSIONS",
    "MODEL_NAME",
    "DisabledEmbedder",
    "Embedder",
    "EmbedderStatus",
    "EmbeddingsUnavailable",
    "LocalEmbedder",
    "Match",
    "Vectors",
    "bundled_model_path",
    "cosine",
    "embedder_for",
    "english_words",
    "local_embedder",
    "most_similar",
]
