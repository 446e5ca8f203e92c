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


def plural(word: str) -> str:
    """English plural of a word, enough for labels and values ("category" -> "categories",
    "store" -> "stores", "comedy" -> "comedies")."""
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(noun: str) -> str:
    """The singular of a plural noun, enough for count labels ("rentals" -> "rental",
    "categories" -> "category"); other words stay."""
    if noun.endswith("ies") and len(noun) > 3:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_SUFFIXES = ("st", "nd", "rd", "th", "th", "th", "th", "th")
# A place as it is written, in words or digits ("second", "2nd"): its number
PLACES = {
    **{word: n for n, word in enumerate(_ORDINALS, 1)},
    **{f"{n}{suffix}": n for n, suffix in enumerate(_SUFFIXES, 1)},
}


def ordinal(place: int) -> str:
    """A place in words: 2 -> "second" (past the eighth, "9th")."""
    if 1 <= place <= len(_ORDINALS):
        return _ORDINALS[place - 1]
    return f"{place}th"
