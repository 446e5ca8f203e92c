"""How text is cut into words, shared by the catalog (synonyms, known values) and the
planner (questions), so that a synonym and a question with the same words always match.
"""

from __future__ import annotations

import re

# A word: letters or digits, joined by inner hyphens, apostrophes, dots or ampersands
# ("pg-13", "sci-fi", "what's", "u.s", "r&d").
WORD = re.compile(r"\w+(?:[-'.&]\w+)*")


def word(token: str) -> str:
    """One word as phrases are keyed: lower case, without a possessive ("actor's")."""
    token = token.lower()
    return token[:-2] if token.endswith(("'s", "\u2019s")) and len(token) > 2 else token


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``: the key every phrase lookup uses."""
    return tuple(word(w) for w in WORD.findall(text))
