"""A question in plain language -> its parts (measures, breakdowns, filters, periods,
ranking, comparison), before any decision about roles or intents.

Three passes over the text: regular expressions find the phrases with numbers (dates and
periods, "store 2", "top 5") and blank them out; the rest is cut into words and matched
against the lexicon, longest phrase first; a small grammar then reads the sequence
("by" + dimension is a breakdown, "how many" + noun is a count, "which" + dimension
ranks). Every word must be understood or be a known filler word, so that a question is
never answered with part of it ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bastion.catalog import Catalog, KnownValues
from bastion.catalog.phrases import WORD, word, words
from bastion.catalog.spec import Grain
from bastion.planner.dates import NUMBER_WORDS, TimePhrase, find_time_phrases
from bastion.planner.lexicon import (
    FILLER_WORDS,
    FILM_NOUNS,
    RATING_CONTEXT,
    WEAK_MEASURE_PHRASES,
    Entry,
    Kind,
    Lexicon,
    catalog_lexicon,
    value_lexicon,
)
from bastion.planner.plan import Comparison, Direction, Filter, TimeRange

_NUM = r"(?:\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if w != "a") + ")"
_TOP_N = re.compile(
    rf"\b(?:(?P<w>top|bottom|best|worst|highest|lowest|largest|smallest|biggest|leading|first)"
    rf"[\s-]*(?P<n>{_NUM})|(?P<n2>{_NUM})\s+(?P<w2>most|least|best|worst|top|bottom|highest|"
    rf"lowest|biggest|largest|smallest))(?!\w)"
)
_ASCENDING = frozenset({"bottom", "worst", "lowest", "smallest", "least"})
_FOLLOW_START = re.compile(
    r"^\W*(?:and|but|what about|how about|now|same|also|then|ok|okay|only|just|what if|"
    r"instead|plus)\b"
)
_FOLLOW_ANYWHERE = re.compile(r"\b(?:instead|same|too|as well|as before)\b")
_COMPARE_WORDS = re.compile(r"\b(?:vs\.?|versus|compared|against)\b")
_MASK = "\x00"
# After these, a noun is a noun: "which films were rented", "actor's films were rented".
_NOUN_CONTEXT = frozenset({Kind.BY, Kind.WHICH, Kind.RANK, Kind.DIMENSION, Kind.NOUN})
_QUOTES = "\"'\u201c\u2018"


@dataclass
class Mention:
    kind: Kind
    start: int
    end: int
    text: str
    entry: Entry | None = None
    time: TimePhrase | None = None
    limit: int | None = None
    direction: Direction | None = None
    compare: bool = False


@dataclass
class ParsedQuestion:
    """What a question says, in catalog names; empty parts were not mentioned."""

    measures: list[tuple[str, ...]] = field(default_factory=list)  # candidates per mention
    # Measures the question implies without naming them, weakest last: the subject noun
    # ("customers by country"), a noun a value describes ("Action films"), the catalog's
    # default for rankings ("top 10 films"). Follow-ups ignore the last two.
    noun_measures: list[tuple[str, ...]] = field(default_factory=list)
    described_measures: list[tuple[str, ...]] = field(default_factory=list)
    default_measure: bool = False
    dimensions: list[str] = field(default_factory=list)
    grain: Grain | None = None
    trend: bool = False
    time_range: TimeRange | None = None
    all_time: bool = False
    filters: list[Filter] = field(default_factory=list)
    cleared: set[str] = field(default_factory=set)  # "all stores": drop that filter
    comparison: Comparison | None = None
    direction: Direction | None = None
    limit: int | None = None
    singular: bool = False  # "which store": the top one
    distribution: bool = False
    followup: bool = False  # reads as a change to the previous question
    unknown: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # understood, but cannot be answered

    @property
    def has_grouping(self) -> bool:
        return bool(self.dimensions or self.grain or self.trend)

    @property
    def names_subject(self) -> bool:
        """It says what to measure, so it does not lean on a previous question."""
        return bool(self.measures or self.noun_measures)


def parse_question(
    question: str, catalog: Catalog, known: KnownValues | None, as_of: date
) -> ParsedQuestion:
    lexicon = catalog_lexicon(catalog)
    text = question.lower().replace("\u2019", "'").replace("-rated", " rated")
    mentions: list[Mention] = []
    work = text

    def mask(start: int, end: int) -> None:
        nonlocal work
        work = work[:start] + _MASK * (end - start) + work[end:]

    for phrase in find_time_phrases(work, as_of):
        mentions.append(Mention(Kind.VALUE, phrase.start, phrase.end, "", time=phrase))
        mask(phrase.start, phrase.end)
    if lexicon.numbered_pattern is not None:
        for match in lexicon.numbered_pattern.finditer(work):
            mentions.append(_numbered(match, lexicon))
            mask(*match.span())
    for match in _TOP_N.finditer(work):
        superlative = match.group("w") or match.group("w2") or ""
        number = match.group("n") or match.group("n2") or "0"
        limit = int(number) if number.isdigit() else NUMBER_WORDS[number]
        direction: Direction = "asc" if superlative in _ASCENDING else "desc"
        mentions.append(
            Mention(Kind.RANK, *match.span(), match.group(), limit=limit, direction=direction)
        )
        mask(*match.span())
    mentions += _words(work, question, lexicon, catalog, known)
    mentions.sort(key=lambda m: m.start)
    parsed = _read(mentions, lexicon)
    parsed.followup = bool(_FOLLOW_START.search(text) or _FOLLOW_ANYWHERE.search(text))
    return parsed


def _numbered(match: re.Match[str], lexicon: Lexicon) -> Mention:
    dimension = lexicon.numbered[match.group("syn")]
    numbers = [match.group("first"), *re.findall(r"\d+", match.group("rest"))]
    values = tuple((dimension, int(n)) for n in dict.fromkeys(numbers))
    entry = Entry(Kind.VALUE, values=values)
    compare = bool(_COMPARE_WORDS.search(match.group("rest")))
    return Mention(Kind.VALUE, *match.span(), match.group(), entry=entry, compare=compare)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    joined: bool  # nothing was blanked out between this word and the one before


def _words(
    work: str, original: str, lexicon: Lexicon, catalog: Catalog, known: KnownValues | None
) -> list[Mention]:
    """Match the remaining words against values and the lexicon, longest phrase first."""
    values = value_lexicon(catalog, known)
    found = list(WORD.finditer(work))
    tokens = [
        _Word(
            word(m.group()),
            m.start(),
            m.end(),
            i == 0 or _MASK not in work[found[i - 1].end() : m.start()],
        )
        for i, m in enumerate(found)
    ]
    mentions: list[Mention] = []
    previous: Kind | None = None
    i = 0
    while i < len(tokens):
        best: tuple[int, Entry] | None = None
        noun: tuple[int, Entry] | None = None
        value: tuple[int, Entry] | None = None
        for n in range(min(max(lexicon.longest, values.longest), len(tokens) - i), 0, -1):
            if n > 1 and not all(t.joined for t in tokens[i + 1 : i + n]):
                continue
            key = tuple(t.text for t in tokens[i : i + n])
            entry = lexicon.phrases.get(key)
            if entry is not None:
                best = best or (n, entry)
                if noun is None and entry.kind in (Kind.NOUN, Kind.DIMENSION, Kind.GRAIN):
                    noun = (n, entry)
            candidate = values.phrases.get(key)
            if (
                value is None
                and candidate is not None
                and _value_allowed(candidate, tokens, i, n, original, lexicon)
            ):
                value = (n, candidate)
        if previous in _NOUN_CONTEXT and noun is not None:
            best = noun  # "which films were rented": the noun, not "films ... rented"
        if value is not None and (best is None or value[0] >= best[0]):
            best = value
        if best is None:
            token = tokens[i]
            kind = Kind.FILLER if token.text in FILLER_WORDS else Kind.UNKNOWN
            mentions.append(Mention(kind, token.start, token.end, token.text))
            i += 1
            continue
        n, entry = best
        start, end = tokens[i].start, tokens[i + n - 1].end
        mentions.append(Mention(entry.kind, start, end, work[start:end], entry=entry))
        if entry.kind != Kind.FILLER:
            previous = entry.kind
        i += n
    return mentions


def _value_allowed(
    entry: Entry, tokens: list[_Word], i: int, n: int, original: str, lexicon: Lexicon
) -> bool:
    """A value that is also an ordinary word needs context: "New films", "rated R"."""
    if not entry.needs_context:
        return True
    start, end = tokens[i].start, tokens[i + n - 1].end
    written = original[start:end]
    if len(written) >= 2 and written.isupper() and any(written == v for _, v in entry.values):
        return True
    if start > 0 and original[start - 1] in _QUOTES:
        return True
    neighbours = [tokens[j].text for j in (i - 1, i + n) if 0 <= j < len(tokens)]
    for dimension, _ in entry.values:
        for neighbour in neighbours:
            named = lexicon.phrases.get((neighbour,))
            if named is not None and named.dimension == dimension:
                return True
            if dimension == "rating" and neighbour in RATING_CONTEXT:
                return True
            if neighbour in FILM_NOUNS and ("film", dimension) in lexicon.related:
                return True
    return False


def _read(mentions: list[Mention], lexicon: Lexicon) -> ParsedQuestion:
    """The grammar: read the mentions left to right into a ParsedQuestion."""
    parsed = ParsedQuestion()
    previous: Mention | None = None
    pending_count = False
    negated: str | None = None  # "excluding Action and Comedy films": the whole list
    unassigned: list[Entry] = []  # nouns with no role yet: "films" in "films by category"
    described: list[Entry] = []  # nouns a value describes: "films" in "Action films"
    weak: list[tuple[str, ...]] = []  # measures named by a verb: "make", "rented"
    values: list[tuple[str, str | int, bool, bool]] = []  # dimension, value, negate, compare
    times: list[TimePhrase] = []
    significant = [m for m in mentions if m.kind != Kind.FILLER]

    def neighbour_value(index: int, dimension: str) -> bool:
        for j in (index - 1, index + 1):
            if 0 <= j < len(significant):
                other = significant[j].entry
                if (
                    significant[j].kind == Kind.VALUE
                    and other is not None
                    and any((dimension, d) in lexicon.related for d, _ in other.values)
                ):
                    return True
        return False

    for index, mention in enumerate(significant):
        kind, entry = mention.kind, mention.entry
        after = previous.kind if previous is not None else None
        if kind == Kind.UNKNOWN:
            parsed.unknown.append(mention.text)
        elif mention.time is not None:
            times.append(mention.time)
        elif kind == Kind.VALUE and entry is not None:
            pairs = _pick_values(entry, significant, index, lexicon)
            named = pairs[0][0]
            negate = after == Kind.NEGATE or (after == Kind.VALUE and negated == named)
            negated = named if negate else None
            for dimension, value in pairs:
                values.append((dimension, value, negate, mention.compare))
        elif kind == Kind.MEASURE and entry is not None:
            if words(mention.text) in WEAK_MEASURE_PHRASES:
                weak.append(entry.measures)
            else:
                parsed.measures.append(entry.measures)
            pending_count = False
        elif kind in (Kind.NOUN, Kind.DIMENSION) and entry is not None and entry.dimension:
            dimension = entry.dimension
            ranks_by = parsed.direction is not None and parsed.dimensions
            if after == Kind.BY and kind == Kind.NOUN and ranks_by and not parsed.measures:
                parsed.measures.append(entry.measures)  # "top 3 countries by customers"
            elif after == Kind.BY and kind == Kind.NOUN and neighbour_value(index, dimension):
                described.append(entry)  # "rentals by customers from India"
            elif after in (Kind.BY, Kind.WHICH, Kind.RANK):
                parsed.dimensions.append(dimension)
                parsed.singular |= after == Kind.WHICH and not entry.plural
            elif pending_count and kind == Kind.NOUN:
                parsed.measures.append(entry.measures)
                pending_count = False
            elif after == Kind.ALL:
                parsed.cleared.add(dimension)
            elif neighbour_value(index, dimension):
                if kind == Kind.NOUN:
                    described.append(entry)
            elif kind == Kind.NOUN:
                unassigned.append(entry)
            else:
                parsed.dimensions.append(dimension)
        elif kind == Kind.GRAIN and entry is not None:
            if parsed.grain not in (None, entry.grain):
                parsed.problems.append("I can show one time grain at a time (day, week, ...).")
            parsed.grain = entry.grain
            parsed.singular |= after == Kind.WHICH
        elif kind == Kind.RANK:
            parsed.direction = mention.direction or (entry.direction if entry else None)
            parsed.limit = mention.limit or parsed.limit
            if entry is not None and entry.measures:
                parsed.measures.append(entry.measures)
        elif kind == Kind.COUNT:
            pending_count = True
        elif kind == Kind.ALL_TIME:
            parsed.all_time = True
        elif kind == Kind.DISTRIBUTION:
            parsed.distribution = True
        elif kind == Kind.TREND:
            parsed.trend = True
        previous = mention
    if not parsed.measures:
        parsed.measures = weak
    if parsed.direction is not None and not parsed.dimensions and not parsed.grain and unassigned:
        first = unassigned.pop(0)
        assert first.dimension is not None
        parsed.dimensions.append(first.dimension)
    parsed.noun_measures = [n.measures for n in unassigned if n.measures][:1]
    parsed.described_measures = [n.measures for n in described if n.measures][:1]
    parsed.default_measure = parsed.direction is not None
    if parsed.singular and parsed.direction is not None and parsed.limit is None:
        parsed.limit = 1  # "which store had the most": the top one
    parsed.dimensions = list(dict.fromkeys(parsed.dimensions))
    _values_to_filters(parsed, values, mentions)
    _times(parsed, times, mentions)
    return parsed


def _pick_values(
    entry: Entry, significant: list[Mention], index: int, lexicon: Lexicon
) -> tuple[tuple[str, str | int], ...]:
    """One value per phrase: the dimension a neighbouring word names, else the first."""
    if len({dimension for dimension, _ in entry.values}) == 1:
        return entry.values
    for j in (index - 1, index + 1):
        if 0 <= j < len(significant):
            other = significant[j].entry
            if other is not None and other.dimension is not None:
                chosen = tuple(p for p in entry.values if p[0] == other.dimension)
                if chosen:
                    return chosen[:1]
    return entry.values[:1]


def _values_to_filters(
    parsed: ParsedQuestion,
    values: list[tuple[str, str | int, bool, bool]],
    mentions: list[Mention],
) -> None:
    compare = any(c for *_, c in values) or any(m.kind == Kind.COMPARE for m in mentions)
    by_dimension: dict[tuple[str, bool], list[str | int]] = {}
    for dimension, value, negate, _ in values:
        group = by_dimension.setdefault((dimension, negate), [])
        if value not in group:
            group.append(value)
    for (dimension, negate), found in by_dimension.items():
        if compare and not negate and len(found) > 1 and parsed.comparison is None:
            parsed.comparison = Comparison(dimension=dimension, values=tuple(found))
        else:
            parsed.filters.append(Filter(dimension=dimension, values=tuple(found), negate=negate))


def _times(parsed: ParsedQuestion, times: list[TimePhrase], mentions: list[Mention]) -> None:
    compare = any(m.kind == Kind.COMPARE for m in mentions)
    periods: tuple[TimeRange, ...] = ()
    if len(times) > 1:
        periods = tuple(t.time_range for t in times)
    elif len(times) == 1 and compare and times[0].parts:
        periods = times[0].parts
    elif len(times) == 1:
        parsed.time_range = times[0].time_range
    if periods:
        periods = tuple(_period_label(p) for p in periods)
        if parsed.comparison is None:
            parsed.comparison = Comparison(periods=periods)
        else:
            parsed.comparison = parsed.comparison.model_copy(update={"periods": periods})


def _period_label(period: TimeRange) -> TimeRange:
    label = period.label.removeprefix("in ").removeprefix("on ")
    return period.model_copy(update={"label": label[:1].upper() + label[1:]})
