"""A question in plain language -> its parts (measures, breakdowns, filters, periods,
ranking, comparison), before any decision about roles or intents.

Three passes over the text: regular expressions find the phrases with numbers (dates and
periods, "store 2", "top 5") and blank them out; the rest is cut into words and matched
against the lexicon, longest phrase first (``find_mentions``); a small grammar then reads
the sequence (``read``: "by" + dimension is a breakdown, "how many" + noun is a count,
"which" + dimension ranks). The grammar is two tuples of small named rules: ``READERS``,
asked in order for each mention (the first that recognises it reads it), and
``FINISHERS``, the conclusions drawn from the whole question. Every word must be
understood or be a known filler word, so that a question is never answered with part of
it ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    """What ``question`` says; ``followup`` when it reads as a change to the previous one."""
    mentions = find_mentions(question, catalog, known, as_of)
    parsed = read(mentions, catalog_lexicon(catalog)).parsed
    text = _normalised(question)
    parsed.followup = bool(_FOLLOW_START.search(text) or _FOLLOW_ANYWHERE.search(text))
    return parsed


def _normalised(question: str) -> str:
    return question.lower().replace("\u2019", "'").replace("-rated", " rated")


def find_mentions(
    question: str, catalog: Catalog, known: KnownValues | None, as_of: date
) -> list[Mention]:
    """The first two passes: the phrases with numbers, then the words, in text order."""
    lexicon = catalog_lexicon(catalog)
    mentions: list[Mention] = []
    work = _normalised(question)

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
    return mentions


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


# -- the grammar -----------------------------------------------------------------------
#
# ``read`` walks the mentions left to right (fillers skipped). For each, the readers of
# ``READERS`` are asked in order and the first that recognises it reads it; then the
# finishers of ``FINISHERS`` draw the conclusions that need the whole question.


@dataclass
class Reading:
    """The grammar's state while it reads a question: the ParsedQuestion so far and what
    is not settled until the end."""

    lexicon: Lexicon
    mentions: list[Mention]
    parsed: ParsedQuestion = field(default_factory=ParsedQuestion)
    significant: list[Mention] = field(init=False)  # the mentions but fillers
    previous: Mention | None = None  # the significant mention before the current one
    pending_count: bool = False  # "how many": the next noun is counted
    negated: str | None = None  # "excluding Action and Comedy films": the whole list
    # Nouns with no role yet: "films" in "films by category".
    unassigned: list[Entry] = field(default_factory=list)
    # Nouns a value describes: "films" in "Action films".
    described: list[Entry] = field(default_factory=list)
    # Measures named by a verb: "make", "rented".
    weak: list[tuple[str, ...]] = field(default_factory=list)
    # Values found: (dimension, value, negated, compared).
    values: list[tuple[str, str | int, bool, bool]] = field(default_factory=list)
    times: list[TimePhrase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.significant = [m for m in self.mentions if m.kind != Kind.FILLER]

    @property
    def after(self) -> Kind | None:
        """The kind of the previous significant mention."""
        return self.previous.kind if self.previous is not None else None

    def neighbour_value(self, index: int, dimension: str) -> bool:
        """A value next to mention ``index`` is of a dimension related to ``dimension``."""
        for j in (index - 1, index + 1):
            if 0 <= j < len(self.significant):
                other = self.significant[j].entry
                if (
                    self.significant[j].kind == Kind.VALUE
                    and other is not None
                    and any((dimension, d) in self.lexicon.related for d, _ in other.values)
                ):
                    return True
        return False


Reader = Callable[[Reading, int, Mention], bool]
Finisher = Callable[[Reading], None]


def read_unknown(reading: Reading, index: int, mention: Mention) -> bool:
    """A word the planner does not know: kept, so the question is not answered in part."""
    if mention.kind != Kind.UNKNOWN:
        return False
    reading.parsed.unknown.append(mention.text)
    return True


def read_time(reading: Reading, index: int, mention: Mention) -> bool:
    """A date or period ("last month", "in 2022"): kept for ``time_ranges``."""
    if mention.time is None:
        return False
    reading.times.append(mention.time)
    return True


def read_value(reading: Reading, index: int, mention: Mention) -> bool:
    """A value ("Action", "store 2"): negated after "excluding" (and so is the rest of
    its list); kept for ``values_to_filters``."""
    entry = mention.entry
    if mention.kind != Kind.VALUE or entry is None:
        return False
    pairs = _pick_values(entry, reading.significant, index, reading.lexicon)
    named = pairs[0][0]
    negate = reading.after == Kind.NEGATE or (
        reading.after == Kind.VALUE and reading.negated == named
    )
    reading.negated = named if negate else None
    for dimension, value in pairs:
        reading.values.append((dimension, value, negate, mention.compare))
    return True


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


def read_measure(reading: Reading, index: int, mention: Mention) -> bool:
    """A measure ("revenue"); one named by a verb ("make", "rented") only counts when the
    question names no other."""
    entry = mention.entry
    if mention.kind != Kind.MEASURE or entry is None:
        return False
    if words(mention.text) in WEAK_MEASURE_PHRASES:
        reading.weak.append(entry.measures)
    else:
        reading.parsed.measures.append(entry.measures)
    reading.pending_count = False
    return True


def read_noun(reading: Reading, index: int, mention: Mention) -> bool:
    """A noun or a dimension ("films", "category"): what it is for depends on the words
    around it: a breakdown ("by category", "which store"), a measure ("how many films",
    "top 3 countries by customers"), a filter cleared ("all stores"), a noun a value
    describes ("Action films"), or, for a noun, not yet known."""
    entry, kind, after = mention.entry, mention.kind, reading.after
    if kind not in (Kind.NOUN, Kind.DIMENSION) or entry is None or not entry.dimension:
        return False
    parsed = reading.parsed
    dimension = entry.dimension
    ranks_by = parsed.direction is not None and parsed.dimensions
    if after == Kind.BY and kind == Kind.NOUN and ranks_by and not parsed.measures:
        parsed.measures.append(entry.measures)  # "top 3 countries by customers"
    elif after == Kind.BY and kind == Kind.NOUN and reading.neighbour_value(index, dimension):
        reading.described.append(entry)  # "rentals by customers from India"
    elif after in (Kind.BY, Kind.WHICH, Kind.RANK):
        parsed.dimensions.append(dimension)
        parsed.singular |= after == Kind.WHICH and not entry.plural
    elif reading.pending_count and kind == Kind.NOUN:
        parsed.measures.append(entry.measures)
        reading.pending_count = False
    elif after == Kind.ALL:
        parsed.cleared.add(dimension)
    elif reading.neighbour_value(index, dimension):
        if kind == Kind.NOUN:
            reading.described.append(entry)
    elif kind == Kind.NOUN:
        reading.unassigned.append(entry)
    else:
        parsed.dimensions.append(dimension)
    return True


def read_grain(reading: Reading, index: int, mention: Mention) -> bool:
    """A time grain ("monthly", "per day"); one only."""
    entry = mention.entry
    if mention.kind != Kind.GRAIN or entry is None:
        return False
    parsed = reading.parsed
    if parsed.grain not in (None, entry.grain):
        parsed.problems.append("I can show one time grain at a time (day, week, ...).")
    parsed.grain = entry.grain
    parsed.singular |= reading.after == Kind.WHICH
    return True


def read_rank(reading: Reading, index: int, mention: Mention) -> bool:
    """A ranking ("top 5", "least popular"): its direction, its number, and the measure
    some ranking words name ("best-selling")."""
    if mention.kind != Kind.RANK:
        return False
    entry, parsed = mention.entry, reading.parsed
    parsed.direction = mention.direction or (entry.direction if entry else None)
    parsed.limit = mention.limit or parsed.limit
    if entry is not None and entry.measures:
        parsed.measures.append(entry.measures)
    return True


def read_count(reading: Reading, index: int, mention: Mention) -> bool:
    """A count ("how many", "number of"): the next noun is what is counted."""
    if mention.kind != Kind.COUNT:
        return False
    reading.pending_count = True
    return True


def read_switches(reading: Reading, index: int, mention: Mention) -> bool:
    """Words that switch on a kind of answer: "all time", "distribution", "trend"."""
    parsed = reading.parsed
    if mention.kind == Kind.ALL_TIME:
        parsed.all_time = True
    elif mention.kind == Kind.DISTRIBUTION:
        parsed.distribution = True
    elif mention.kind == Kind.TREND:
        parsed.trend = True
    else:
        return False
    return True


READERS: tuple[Reader, ...] = (
    read_unknown,
    read_time,
    read_value,
    read_measure,
    read_noun,
    read_grain,
    read_rank,
    read_count,
    read_switches,
)


def weak_measures(reading: Reading) -> None:
    """Measures named by a verb ("how much did store 1 make") when nothing else is."""
    if not reading.parsed.measures:
        reading.parsed.measures = reading.weak


def ranked_noun(reading: Reading) -> None:
    """A ranking with no breakdown ranks the first noun: "top 10 films"."""
    parsed = reading.parsed
    if parsed.direction is None or parsed.dimensions or parsed.grain or not reading.unassigned:
        return
    first = reading.unassigned.pop(0)
    assert first.dimension is not None
    parsed.dimensions.append(first.dimension)


def implied_measures(reading: Reading) -> None:
    """Measures the question implies without naming them: the subject noun, a noun a
    value describes, the catalog's default for rankings."""
    parsed = reading.parsed
    parsed.noun_measures = [n.measures for n in reading.unassigned if n.measures][:1]
    parsed.described_measures = [n.measures for n in reading.described if n.measures][:1]
    parsed.default_measure = parsed.direction is not None


def singular_limit(reading: Reading) -> None:
    """A ranking asked in the singular ("which store had the most"): the top one."""
    parsed = reading.parsed
    if parsed.singular and parsed.direction is not None and parsed.limit is None:
        parsed.limit = 1


def unique_dimensions(reading: Reading) -> None:
    """Each dimension once, in the order first named."""
    reading.parsed.dimensions = list(dict.fromkeys(reading.parsed.dimensions))


def values_to_filters(reading: Reading) -> None:
    """Values become filters, one per dimension (negated ones apart); several values of
    one dimension in a question that compares ("store 1 vs store 2") are a comparison."""
    parsed, values, mentions = reading.parsed, reading.values, reading.mentions
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


def time_ranges(reading: Reading) -> None:
    """One period is the question's time range; several (or one made of parts, when the
    question compares) are periods to compare."""
    parsed, times, mentions = reading.parsed, reading.times, reading.mentions
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


FINISHERS: tuple[Finisher, ...] = (
    weak_measures,
    ranked_noun,
    implied_measures,
    singular_limit,
    unique_dimensions,
    values_to_filters,
    time_ranges,
)


def read(
    mentions: list[Mention],
    lexicon: Lexicon,
    readers: Sequence[Reader] = READERS,
    finishers: Sequence[Finisher] = FINISHERS,
) -> Reading:
    """The third pass: read the mentions left to right into a ParsedQuestion
    (``reading.parsed``)."""
    reading = Reading(lexicon, mentions)
    for index, mention in enumerate(reading.significant):
        for reader in readers:
            if reader(reading, index, mention):
                break
        reading.previous = mention
    for finish in finishers:
        finish(reading)
    return reading


def _period_label(period: TimeRange) -> TimeRange:
    label = period.label.removeprefix("in ").removeprefix("on ")
    return period.model_copy(update={"label": label[:1].upper() + label[1:]})
