"""The local model for real: loaded offline from the installed package, unit vectors of 384
dimensions that place synonyms near each other, a cache, and loading in the background."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from bastion.embeddings import (
    DIMENSIONS,
    MODEL_NAME,
    EmbeddingsUnavailable,
    LocalEmbedder,
    bundled_model_path,
    cosine,
    embedder_for,
    local_embedder,
    most_similar,
)
from bastion.embeddings.local import TorchModel
from bastion.embeddings.onnx import exported_path
from bastion.settings import Settings

CATALOG_TERMS = ["revenue", "rentals", "customers", "films", "stores", "staff", "actors"]


def similarity(embedder: LocalEmbedder, a: str, b: str) -> float:
    va, vb = embedder.embed([a, b])
    return float(cosine(va, vb)[0, 0])


def test_the_model_loads_offline_from_the_installed_package(embedder: LocalEmbedder) -> None:
    assert embedder.status == "ready" and embedder.is_ready
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"
    assert embedder.model_path == bundled_model_path()
    assert (bundled_model_path() / "model.safetensors").is_file()
    assert embedder.load_seconds is not None and embedder.load_seconds > 0


TEXTS = ["films", "late returned movies", "Clientele", "héllo wörld café", "", "rental " * 400]


def test_onnx_runtime_computes_what_sentence_transformers_on_torch_does(
    embedder: LocalEmbedder,
) -> None:
    from sentence_transformers import SentenceTransformer

    assert embedder.backend == "onnxruntime"
    on_torch = TorchModel(
        SentenceTransformer(str(bundled_model_path()), device="cpu", local_files_only=True)
    )
    # one batch with a text far past the 256 tokens the model reads: truncated alike
    np.testing.assert_allclose(embedder.embed(TEXTS), on_torch.encode(TEXTS, 64), atol=1e-5)


def test_a_broken_exported_model_is_exported_again(tmp_path: Path) -> None:
    target = exported_path(bundled_model_path(), tmp_path, MODEL_NAME)
    target.write_bytes(b"half a file")  # an export cut short, or a disk error
    fresh = LocalEmbedder(cache_size=0, cache_dir=tmp_path).load()
    assert fresh.backend == "onnxruntime"
    assert target.stat().st_size > 1_000_000
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no scratch file left
    np.testing.assert_allclose(fresh.embed(["films"]), LocalEmbedder().load().embed(["films"]))


def test_an_unwritable_model_cache_falls_back_to_torch(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    fallback = LocalEmbedder(cache_size=0, cache_dir=not_a_folder).load()
    assert fallback.backend == "torch" and fallback.status == "ready"
    assert fallback.embed(["films"]).shape == (1, DIMENSIONS)


def test_vectors_are_384_float32_unit_rows_in_order(embedder: LocalEmbedder) -> None:
    texts = ["total revenue by store", "films", "films", ""]
    vectors = embedder.embed(texts)
    assert vectors.shape == (4, DIMENSIONS) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(vectors[1], vectors[2])
    assert not np.array_equal(vectors[0], vectors[1])
    assert embedder.embed([]).shape == (0, DIMENSIONS)
    with pytest.raises(TypeError):
        embedder.embed("films")  # one string, not its characters
    with pytest.raises(TypeError):
        embedder.embed(["films", None])  # type: ignore[list-item]


def test_similar_phrases_score_higher_than_unrelated_ones(embedder: LocalEmbedder) -> None:
    assert similarity(embedder, "movies", "films") > similarity(embedder, "movies", "payments")
    assert similarity(embedder, "income", "revenue") > similarity(embedder, "income", "actors")
    assert similarity(embedder, "how much money did we make", "total revenue") > similarity(
        embedder, "how much money did we make", "number of actors"
    )


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("movies", "films"),
        ("income", "revenue"),
        ("clients", "customers"),
        ("shops", "stores"),
        ("employees", "staff"),
        ("renters", "rentals"),
    ],
)
def test_an_unknown_synonym_finds_its_catalog_term(
    embedder: LocalEmbedder, word: str, term: str
) -> None:
    terms = embedder.embed(CATALOG_TERMS)
    best = most_similar(embedder.embed([word])[0], terms, top_k=1)
    assert CATALOG_TERMS[best[0].row] == term


def test_a_cache_hit_returns_the_same_vector_and_cannot_be_changed(
    embedder: LocalEmbedder,
) -> None:
    first = embedder.embed(["rentals per category last quarter"])
    again = embedder.embed(["rentals per category last quarter"])
    np.testing.assert_array_equal(first, again)
    first[0, 0] = 42.0  # the caller's copy, not the cache
    np.testing.assert_array_equal(embedder.embed(["rentals per category last quarter"]), again)


def test_loading_in_the_background_returns_at_once_and_becomes_ready(
    embedder: LocalEmbedder,
) -> None:
    fresh = LocalEmbedder(cache_size=0)
    assert fresh.status == "not_loaded" and not fresh.wait_ready(0)
    fresh.start_loading()
    assert fresh.status == "loading"  # the load takes far longer than returning
    fresh.start_loading()  # a second call starts nothing more
    assert fresh.wait_ready(timeout=300)
    assert fresh.status == "ready"
    np.testing.assert_allclose(fresh.embed(["films"]), embedder.embed(["films"]), atol=1e-6)


def test_a_caller_does_not_wait_longer_than_the_bound_for_a_loading_model() -> None:
    impatient = LocalEmbedder(wait_seconds=0)
    with pytest.raises(EmbeddingsUnavailable) as caught:
        impatient.embed(["films"])
    assert caught.value.code == "embeddings.unavailable"
    assert caught.value.details == {"reason": "loading", "model": "all-MiniLM-L6-v2"}
    assert impatient.status == "loading"  # the first call started the load
    assert impatient.wait_ready(timeout=300)
    assert impatient.embed(["films"]).shape == (1, DIMENSIONS)


def test_a_model_that_cannot_load_is_unavailable_with_a_stable_code(tmp_path: Path) -> None:
    broken = LocalEmbedder(model_path=tmp_path)  # an empty folder: no model there
    with pytest.raises(EmbeddingsUnavailable) as caught:
        broken.load()
    assert caught.value.code == "embeddings.unavailable"
    assert caught.value.status_code == 503
    assert caught.value.details["reason"] == "load_failed"
    assert str(tmp_path) in caught.value.message
    assert broken.status == "failed" and not broken.wait_ready(0)
    with pytest.raises(EmbeddingsUnavailable):
        broken.embed(["films"])


def test_switched_off_embeddings_raise_the_stable_code(tmp_path: Path) -> None:
    off = embedder_for(Settings(_env_file=None, home=tmp_path, embeddings="off"))  # type: ignore[call-arg]
    assert off.status == "off" and not off.is_ready
    off.start_loading()
    assert not off.wait_ready(1)
    with pytest.raises(EmbeddingsUnavailable) as caught:
        off.embed(["films"])
    assert caught.value.code == "embeddings.unavailable"
    assert caught.value.details == {"reason": "disabled"}


def test_the_process_shares_one_local_model(embedder: LocalEmbedder, tmp_path: Path) -> None:
    settings = Settings(_env_file=None, home=tmp_path)  # type: ignore[call-arg]
    assert embedder_for(settings) is local_embedder() is embedder
