"""Unknown words matched to catalog terms by meaning: "clientele" reads as "client" (a
customer), with the local sentence embeddings (all-MiniLM-L6-v2, ``bastion.embeddings``).

Only for a word no earlier pass placed (not a catalog phrase, a known value, a filler word
or a typo of one), only when the embedding model is loaded (never waiting for it), and only
above a confidence threshold with a margin over the nearest term that means something
else. Below that the word stays unknown and the question is refused with what was not
understood: a guess would be worse than a refusal. Measured on the catalog's own terms:
true synonyms the catalog lacks mostly score 0.55 to 0.8 and unrelated words 0.35 to 0.65
(a "salary" is 0.65 from "income"), hence a high threshold.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
from cachetools import LRUCache
from numpy.typing import NDArray

from bastion.embeddings import Embedder, EmbeddingsUnavailable, cosine
from bastion.planner.lexicon import Entry, Kind, Lexicon

THRESHOLD = 0.80  # cosine a word needs to a catalog term ("weekends" is 0.79 from "weekdays")
MARGIN = 0.06  # over the nearest term of another meaning
MOST_WORDS = 2  # unknown words a question may have for them to be matched by meaning
_PLACEABLE = (Kind.MEASURE, Kind.DIMENSION, Kind.NOUN)


@dataclass(frozen=True)
class _Terms:
    phrases: tuple[tuple[str, ...], ...]
    entries: tuple[Entry, ...]
    vectors: NDArray[np.float32]


_TERMS: dict[tuple[int, int], _Terms] = {}
_MEANINGS: LRUCache[tuple[int, int, str], Entry | None] = LRUCache(maxsize=4096)


def _terms(lexicon: Lexicon, embedder: Embedder) -> _Terms:
    key = (id(lexicon), id(embedder))
    found = _TERMS.get(key)
    if found is None:
        pairs = [(p, e) for p, e in lexicon.phrases.items() if e.kind in _PLACEABLE]
        vectors = np.asarray(embedder.embed([" ".join(p) for p, _ in pairs]), dtype=np.float32)
        found = _Terms(tuple(p for p, _ in pairs), tuple(e for _, e in pairs), vectors)
        if len(_TERMS) > 8:
            _TERMS.clear()
        _TERMS[key] = found
    return found


def meanings_of(
    words: list[str], lexicon: Lexicon, embedder: Embedder | None
) -> dict[str, Entry | None]:
    """The catalog entry each word means, when the embeddings say so with confidence;
    the words embedded in one batch, and remembered."""
    if embedder is None or not embedder.is_ready:
        return {}
    wanted = [w for w in dict.fromkeys(words) if len(w) >= 4 and w.isalpha()]
    if len(wanted) > MOST_WORDS:  # a question this far from the catalog is refused anyway
        return {}
    found: dict[str, Entry | None] = {}
    missing = []
    for word in wanted:
        key = (id(lexicon), id(embedder), word)
        if key in _MEANINGS:
            found[word] = _MEANINGS[key]
        else:
            missing.append(word)
    if missing:
        try:
            terms = _terms(lexicon, embedder)
            queries = np.asarray(embedder.embed(missing), dtype=np.float32)
        except EmbeddingsUnavailable:
            return found
        scores = cosine(queries, terms.vectors)
        for word, row in zip(missing, scores, strict=True):
            entry = _best(row, terms)
            _MEANINGS[(id(lexicon), id(embedder), word)] = entry
            found[word] = entry
    return found


def prepare(lexicon: Lexicon, embedder: Embedder | None) -> None:
    """Embed the catalog's terms now (at start, once the model is loaded), so that no
    question pays for it."""
    if embedder is not None and embedder.is_ready:
        with contextlib.suppress(EmbeddingsUnavailable):
            _terms(lexicon, embedder)


def _best(scores: NDArray[np.float32], terms: _Terms) -> Entry | None:
    order = np.argsort(-scores)
    best = int(order[0])
    if scores[best] < THRESHOLD:
        return None
    meaning = _meaning(terms.entries[best])
    for other in order[1:]:
        if _meaning(terms.entries[int(other)]) != meaning:
            if scores[best] - scores[int(other)] < MARGIN:
                return None  # as close to something else: ambiguous
            break
    return terms.entries[best]


def _meaning(entry: Entry) -> tuple[str | None, tuple[str, ...]]:
    return entry.dimension, entry.measures
