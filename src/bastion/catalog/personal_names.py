"""Whether a question asks for people's names, as the catalog's sensitivity decides it.

A name is personal data when what it names is a person: a dimension that carries a
personal tag, or whose values or names are read from columns that do (customers, staff
members). The names of anything else (actors, films, categories, cities) are data like
any other. So "customer names" and "first names of the staff" ask for personal data,
while "actors whose first name is Nick" does not.

A question asks for personal names when

- it puts names right beside a person ("customer names", "staff first names", "names of
  the customers", "who are the staff"); or
- it asks for first, last, full or family names or surnames and either mentions a
  person anywhere or names nothing whose names are free ("what are the first names":
  whose?).

Subjects are the synonyms of the catalog's dimensions, matched word by word as the
planner reads questions (``phrases.words``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from sqlglot import exp

from bastion.catalog.catalog import Catalog, Dimension, Source
from bastion.catalog.phrases import words

Phrase = tuple[str, ...]

NAME = frozenset({"name", "names"})
# Words that make a bare "name" a person's name ("first name"), and words that are one.
QUALIFIERS = frozenset({"first", "last", "full", "real", "family", "given", "middle"})
PERSON_NAMES = frozenset({"surname", "surnames", "forename", "forenames"})
# Between "names of" and the subject ("names of the customers"). Only "the": "names of
# our customers" may be asked (their masked names, where a role may read them).
DETERMINERS = frozenset({"the"})
WHO = frozenset({"who"})
BE = frozenset({"is", "are", "was", "were"})


@dataclass(frozen=True)
class NameSubjects:
    """The catalog's words for what has names, split by whether the names are personal."""

    personal: frozenset[Phrase]  # customers, staff members
    free: frozenset[Phrase]  # actors, films, cities, ...


def _sources(dimension: Dimension) -> Iterator[Source]:
    """Everything a dimension's values, keys and names are read from."""
    for source in dimension.sources:
        yield source
        if source.key is not None:
            yield source.key
    if dimension.key is not None:
        yield dimension.key
    yield from (source for _, source in dimension.parts)
    if dimension.names is not None:
        yield dimension.names.source


def is_personal(catalog: Catalog, dimension: Dimension) -> bool:
    """A dimension tagged as personal, or whose values or names come from a column that
    is."""
    if catalog.personal_tags.intersection(dimension.sensitivity):
        return True
    return any(
        catalog.is_personal(column.table or source.relation, column.name)
        for source in _sources(dimension)
        for column in source.parsed.find_all(exp.Column)
    )


def _is_name_word(phrase: Phrase) -> bool:
    """A phrase that is itself a kind of name ("first name", "surname"), not a subject."""
    return any(w in NAME or w in PERSON_NAMES for w in phrase)


@functools.lru_cache(maxsize=8)
def name_subjects(catalog: Catalog) -> NameSubjects:
    """The subjects of ``catalog``'s dimensions (cached: a catalog never changes)."""
    personal: set[Phrase] = set()
    free: set[Phrase] = set()
    for dimension in catalog.dimensions.values():
        phrases = {words(s) for s in dimension.synonyms} - {()}
        if is_personal(catalog, dimension):
            personal |= phrases
        else:
            free |= {p for p in phrases if not _is_name_word(p)}
    return NameSubjects(frozenset(personal), frozenset(free - personal))


def _fold(word: str) -> str:
    """A word without its plural ending, so that "cast members" finds "cast member"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _occurrences(tokens: Phrase, phrases: frozenset[Phrase]) -> list[tuple[int, int]]:
    """(start, end) of every phrase in ``tokens``, plurals folded."""
    folded = tuple(_fold(t) for t in tokens)
    found = []
    for phrase in {tuple(_fold(w) for w in p) for p in phrases}:
        size = len(phrase)
        for start in range(len(folded) - size + 1):
            if folded[start : start + size] == phrase:
                found.append((start, start + size))
    return found


def _name_at(tokens: Phrase, index: int) -> bool:
    """A name starts at ``index``: "names", "first names", "surname"."""
    if index >= len(tokens):
        return False
    if tokens[index] in NAME or tokens[index] in PERSON_NAMES:
        return True
    return tokens[index] in QUALIFIERS and index + 1 < len(tokens) and tokens[index + 1] in NAME


def _beside_a_person(
    tokens: Phrase, people: list[tuple[int, int]], things: list[tuple[int, int]]
) -> bool:
    """Names right beside a person: "customer names", "names of the staff", "who are the
    customers"; not the names of a thing that is theirs ("city names of our customers")."""
    owned = {end for _, end in things}
    for start, end in people:
        if _name_at(tokens, end):
            return True
        before = start - 1
        while before >= 0 and tokens[before] in DETERMINERS:
            before -= 1
        named = before >= 1 and tokens[before] == "of" and tokens[before - 1] in NAME
        if named and before - 1 not in owned:
            return True
        if before >= 1 and tokens[before] in BE and tokens[before - 1] in WHO:
            return True
    return False


def _asks_for_a_persons_name(tokens: Phrase) -> bool:
    """First, last, full names or surnames: names only people have, unless the question
    says whose."""
    return any(
        w in PERSON_NAMES or (w in QUALIFIERS and _name_at(tokens, i + 1))
        for i, w in enumerate(tokens)
    )


def asks_for_personal_names(question: str, catalog: Catalog) -> bool:
    """Whether ``question`` asks for names the catalog marks as personal data."""
    tokens = words(question)
    subjects = name_subjects(catalog)
    people = _occurrences(tokens, subjects.personal)
    things = _occurrences(tokens, subjects.free)
    if _beside_a_person(tokens, people, things):
        return True
    if not _asks_for_a_persons_name(tokens):
        return False
    return bool(people) or not things
