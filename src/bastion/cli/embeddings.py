"""``bastion embeddings check``: load the embedding model as a server would (offline, from
the installed package) and show that it works."""

from __future__ import annotations

import time

import typer

from bastion.cli.common import JsonOpt, settings
from bastion.cli.output import console, emit
from bastion.embeddings import cosine, embedder_for

embeddings_app = typer.Typer(help="Sentence embeddings: check the local model.")

PAIRS = (("movies", "films"), ("movies", "payments"), ("income", "revenue"))
"""Near and far pairs: the first and last should score well above the middle one."""


@embeddings_app.command("check")
def check(as_json: JsonOpt = False) -> None:
    """Load the embedding model and print its name, dimensions, load time and similarities."""
    embedder = embedder_for(settings())
    started = time.perf_counter()
    embedder.start_loading()
    embedder.wait_ready()
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    embedder.embed(["how much did each store take last month"])  # raises when unavailable
    embed_ms = (time.perf_counter() - started) * 1000
    similarities = []
    for a, b in PAIRS:
        va, vb = embedder.embed([a, b])
        similarities.append({"a": a, "b": b, "cosine": round(float(cosine(va, vb)[0, 0]), 3)})
    backend = getattr(embedder, "backend", None)  # onnxruntime, or torch as the fallback
    data = {
        "name": embedder.name,
        "backend": backend,
        "dimensions": embedder.dimensions,
        "status": embedder.status,
        "load_seconds": round(load_seconds, 2),
        "embed_ms": round(embed_ms, 1),
        "similarities": similarities,
    }

    def human() -> None:
        console.print(
            f"{embedder.name}: {embedder.dimensions} dimensions, loaded in {load_seconds:.1f} s "
            f"(offline, {backend}), one new text in {embed_ms:.1f} ms",
            highlight=False,
            soft_wrap=True,
        )
        for pair in similarities:
            console.print(f"  {pair['a']} ~ {pair['b']}: {pair['cosine']:.3f}", highlight=False)

    emit(data, as_json, human)
