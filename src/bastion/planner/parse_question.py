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

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Prefix
from sqlglot import exp

from bastion.catalog import Catalog, KnownValues
from bastion.catalog.phrases import WORD, plural, singular, word, words
from bastion.catalog.spec import Grain
from bastion.embeddings import Embedder, english_words
from bastion.planner.dates import NUMBER_WORDS, WEEKDAY_NAMES, TimePhrase, find_time_phrases
from bastion.planner.lexicon import (
    FILLER_WORDS,
    FILM_NOUNS,
    GRAMMAR_VALUES,
    RATING_CONTEXT,
    WEAK_MEASURE_PHRASES,
    Entry,
    Kind,
    Lexicon,
    ValueLexicon,
    catalog_lexicon,
    value_lexicon,
)
from bastion.planner.plan import Comparison, Direction, Filter, Operator, TimeRange
from bastion.planner.synonyms import meanings_of

_NUM = r"(?:\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if w != "a") + ")"
_TOP_N = re.compile(
    rf"\b(?:(?P<w>top|bottom|best|worst|highest|lowest|largest|smallest|biggest|leading)"
    rf"[\s-]*(?P<n>{_NUM})|(?P<n2>{_NUM})\s+(?P<w2>most|least|best|worst|top|bottom|highest|"
    rf"lowest|biggest|largest|smallest|weakest|strongest|busiest|quietest))(?!\w)"
)
_ASCENDING = frozenset({"bottom", "worst", "lowest", "smallest", "least", "weakest", "quietest"})
# (never part of a number: "of 4.99 dollars or more" is not "of 4" and "99 dollars or more")
_AMOUNT = (
    r"(?P<n>\d+(?:\.\d+)?)(?![.\d])(?:\s+(?P<unit>minutes?|mins?|dollars|days?|times|years?))?"
)
_OPERATOR = re.compile(
    r"\b(?:(?P<op>(?:more|greater|higher|larger|bigger|longer|costlier|pricier)\s+than"
    r"|(?:less|fewer|lower|smaller|shorter|cheaper)\s+than|over|above|exceeding|exceeded"
    r"|topped|tops|topping|surpassed"
    r"|in\s+excess\s+of|at\s+least|no\s+less\s+than|no\s+fewer\s+than|under|below"
    r"|at\s+most|no\s+more\s+than|up\s+to|exactly|equal\s+to|of|for|is|at|=|>=|<=|>|<)"
    rf"\s+{_AMOUNT}"
    r"(?!(?:\s+\w+)?\s+or\s+(?:more|greater|higher|above|over|less|fewer|lower|under|below))"
    r"|(?P<n2>\d+(?:\.\d+)?)(?:\s+(?P<unit2>minutes?|mins?|dollars|days?|times))?\s+or\s+"
    r"(?P<op2>more|greater|higher|above|over|less|fewer|lower|under|below)"
    r"|(?P<n3>\d+(?:\.\d+)?)\s+(?P<unit3>minutes?|dollars|times))(?!\w)"
)
_THE_WORD = re.compile(r"\bword\b(?!s)")
# A word in a title: "titles containing love", "with 'love' in the title", "names with 'ace'"
# (never "titles with deleted scenes": without quotes only "contain(ing)" says so).
_TEXT_CONTAINS = re.compile(
    r"\b(?:titles?|names?)\s+(?:that\s+)?(?:contains?|containing)\s+(?:the\s+)?"
    r"(?:words?\s+|letters\s+)?['\"]?(?P<w>[a-z0-9]{2,30})['\"]?(?!\w)"
    r"|\b(?:titles?|names?)\s+(?:with|including|includes?)\s+(?:the\s+)?(?:words?\s+)?"
    r"['\"](?P<w3>[a-z0-9]{2,30})['\"]"
    r"|\b(?:with|has|have|having)\s+(?:the\s+)?(?:words?\s+|letters\s+)?['\"]?"
    r"(?P<w2>[a-z0-9]{2,30})['\"]?\s+(?:somewhere\s+)?in\s+(?:the|its|their)\s+"
    r"(?:title|name)s?\b"
)
# A title, a name or a description that starts, ends with or mentions something: "films
# starting with Q", "titles that begin with the letter Q", "last names ending in 'son'",
# "films whose description mentions a crocodile".
_TEXT_NOUN = (
    r"(?P<noun>titles?|films?|movies?|first\s+names?|last\s+names?|surnames?|names?"
    r"|descriptions?|blurbs?|plots?|summar(?:y|ies)|synops[ie]s)"
)
_TEXT_EDGE = re.compile(
    rf"\b{_TEXT_NOUN}\s+(?:that\s+|which\s+|whose\s+\w+\s+)?"
    r"(?P<edge>starts?|starting|begins?|beginning|ends?|ending)\s+(?:with|in)\s+"
    r"(?:the\s+|an?\s+)?(?:letters?\s+|words?\s+)?['\"]?(?P<w>[a-z0-9]{1,30})['\"]?(?!\w)"
)
_TEXT_MENTIONS = re.compile(
    rf"\b{_TEXT_NOUN}\s+(?:that\s+|which\s+)?(?:mentions?|mentioning|contains?|containing"
    r"|refers?\s+to|talks?\s+about)\s+(?:the\s+(?:word\s+)?|an?\s+)?"
    r"['\"]?(?P<w>[a-z0-9]{2,30})['\"]?(?!\w)"
    r"|\b(?:have|has|with|having|mention|mentions)\s+(?:an?\s+|the\s+(?:word\s+)?)?['\"]?"
    r"(?P<w2>[a-z]{3,30})['\"]?\s+in\s+(?:the|its|their)\s+"
    r"(?P<noun2>descriptions?|blurbs?|plots?|summar(?:y|ies)|synops[ie]s)\b"
)
_TEXT_TARGETS = {
    "first": "first_name", "last": "last_name", "surname": "last_name",
    "description": "description", "blurb": "description", "plot": "description",
    "summar": "description", "synops": "description",
}  # fmt: skip
_BOUND = r"\d+(?:\.\d+)?|" + "|".join(w for w in NUMBER_WORDS if w != "a")
# "between 60 and 90 minutes", "from five to eight dollars" ("from" only with a unit)
_BETWEEN = re.compile(
    rf"\b(?P<kw>between|from)\s+(?P<d1>\$)?(?P<a>{_BOUND})\s+(?:and|to|-)\s+(?P<d2>\$)?"
    rf"(?P<b>{_BOUND})(?:\s+(?P<unit>minutes?|mins?|dollars|days?|times))?(?!\w)"
)
# Times of day (clean_question writes them as 24-hour clock times) are the hours of the
# day they cover: "after 20:00" the hours 20 to 23, "before 12:00" 0 to 11, "between 09:00
# and 10:00" (or "09:00 - 10:00") the hour from 9, "at 18:00" the hour from 18. Only
# whole hours: the data's hour of day is what a filter compares ("after 18:30" stays not
# understood).
_CLOCK_SPAN = re.compile(
    r"\b(?:(?:between|from)\s+)?(?P<a>\d{1,2}):00\s*(?:and|to|-|\u2013|until|till)\s*"
    r"(?P<b>\d{1,2}):00\b"
)
_CLOCK_BOUND = re.compile(
    r"\b(?P<w>after|past|later\s+than|since|from|before|earlier\s+than|until|till|at|around)"
    r"\s+(?P<h>\d{1,2}):00\b"
)
_PART_HOUR = re.compile(r"\b\d{1,2}:(?!00\b)[0-5]\d\b")
_PART_HOUR_SAID = (
    "I can only compare times of day to the whole hour (for example 'after 20:00' or "
    "'between 9 and 10am')."
)
_CLOCK_AFTER = frozenset({"after", "past", "later", "since", "from"})
_CLOCK_BEFORE = frozenset({"before", "earlier", "until", "till"})
_OPERATORS: dict[str, Operator] = {
    "more": ">", "greater": ">", "higher": ">", "larger": ">", "bigger": ">", "longer": ">",
    "costlier": ">", "pricier": ">", "over": ">", "above": ">", "exceeding": ">",
    "exceeded": ">", "topped": ">", "tops": ">", "topping": ">", "surpassed": ">",
    "in": ">", "less": "<", "fewer": "<", "lower": "<", "smaller": "<", "shorter": "<",
    "cheaper": "<", "under": "<", "below": "<", "at least": ">=", "no less": ">=",
    "no fewer": ">=", "at most": "<=", "no more": "<=", "up to": "<=", "exactly": "=",
    "equal": "=", "of": "=", "for": "=", "is": "=", "at": "=", "=": "=", ">=": ">=",
    "<=": "<=", ">": ">", "<": "<",
}  # fmt: skip
_OR_MORE: dict[str, Operator] = {
    "more": ">=", "greater": ">=", "higher": ">=", "above": ">=", "over": ">=",
    "less": "<=", "fewer": "<=", "lower": "<=", "under": "<=", "below": "<=",
}  # fmt: skip
_FOLLOW_START = re.compile(
    r"^\W*(?:and|but|what about|how about|now|same|also|then|ok|okay|only|just|what if|"
    r"instead|plus|narrow|restrict|limit|filter|keep)\b"
)
_FOLLOW_ANYWHERE = re.compile(
    r"\b(?:instead|same|too|as well|as before|(?:on|in|from|of) (?:that|this|the previous) list)\b"
    r"|\bthen\W*$"  # "which hour had the fewest payments then?"
)
_RESTRICTS = re.compile(
    r"^\W*(?:(?:and|but|ok|okay|now|so)\W+)*(?:only|just)\b(?!\s+(?:the\s+)?count)"
)
# "split by store as well": a breakdown added to the previous one, not replacing it
_SAYS_NUMBER = re.compile(r"\b(?:(?:number|count|total|tally)\s+of|how\s+many)\b")
_ADDED = re.compile(r"\b(?:as well|too|also|additionally|in addition)\b")
_COMPARE_WORDS = re.compile(r"\b(?:vs\.?|versus|compared|against)\b")
_MASK = "\x00"
# After these, a noun is a noun: "which films were rented", "actor's films were rented".
_NOUN_CONTEXT = frozenset({Kind.BY, Kind.WHICH, Kind.RANK, Kind.DIMENSION, Kind.NOUN})
_QUOTES = "\"'\u201c\u2018"
# One-word values that are never ordinary words, by dimension: "PG" makes "G" in
# "G or PG" a rating too.
_VALUE_NEIGHBOURS = {"pg": {"rating"}, "pg-13": {"rating"}, "nc-17": {"rating"}}


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
    # OPERATOR: the comparison, its number and unit (for a text operator, the dimension
    # whose text it matches)
    op: Operator | None = None
    number: float | None = None
    unit: str | None = None


# A condition on what exists, as parsed: (measure candidates, negate, filters, period).
ExistsPart = tuple[tuple[str, ...], bool, list[Filter], TimeRange | None]
# A threshold on a measure per group, as parsed: (measure candidates, operator, value).
HavingPart = tuple[tuple[str, ...], Operator, float]


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
    # "August rentals of films released in 2022": the years a year attribute is filtered
    # on, said beside the question's own period
    attribute_years: TimeRange | None = None
    all_time: bool = False
    filters: list[Filter] = field(default_factory=list)
    cleared: set[str] = field(default_factory=set)  # "all stores": drop that filter
    comparison: Comparison | None = None
    direction: Direction | None = None
    limit: int | None = None
    singular: bool = False  # "which store": the top one
    distribution: bool = False
    # "customers by number of rentals": how many things have each count (a histogram)
    histogram: bool = False
    own_stores: bool = False  # "at my store": the asker's own stores, none named
    every_day: bool = False  # "divide by all seven days": days without rows counted too
    per_period: bool = False  # "average daily takings": an average over the days
    followup: bool = False  # reads as a change to the previous question
    restricts: bool = False  # "only $4.99 titles": the things named are those kept, not counted
    # Attributes named outside a breakdown: shown beside a list ("titles and length").
    attributes: list[str] = field(default_factory=list)
    # A list ranked by an attribute: "the longest film" (length, desc).
    rank_attribute: tuple[str, Direction] | None = None
    listed: bool = False  # "list", "show me all": the rows themselves
    counted: bool = False  # "how many", "in total": a count or a total, never the rows
    counted_noun: str | None = None  # the noun "how many" counts: "how many actors"
    counts_things: bool = False  # opens with "how many", "number of"
    verbs: list[tuple[str, ...]] = field(default_factory=list)  # measures verbs name
    listed_by_verb: bool = False  # "films rented by customer 1": those with such events
    asks_id: bool = False  # "film id for ZORRO ARK": the thing's id is what is asked
    both_asked: bool = False  # "july rentals + how many returned late": whole and part
    distinct_values: bool = False  # "number of distinct surnames": different values counted
    both_genres: bool = False  # "action comedies": films in both categories
    judged: bool = False  # "the best month", "the worst store": good or bad, not more or less
    # "and the quietest hour?": the only measure is the one a vague ranking word implies
    # (rentals for "busy", revenue for "strong"), which a follow-up leaves to the last one
    vague_rank: bool = False
    # Thresholds on a measure per group: (measure candidates, operator, value).
    having: list[HavingPart] = field(default_factory=list)
    # Nothing (or something) exists: (measure candidates, negate, filters, time range).
    exists: list[ExistsPart] = field(default_factory=list)
    # Entities the question is about, in order (nouns with no other role, the noun after
    # "which", nouns a value describes): what a list lists.
    subjects: list[str] = field(default_factory=list)
    which: bool = False  # "which ...", "what ...", "who ...": asks for rows or a name
    grain_by: bool = False  # the grain came after "by" / "per": asked for, not incidental
    replace: bool = False  # "instead", "rather": a follow-up replaces, not adds
    adds: bool = False  # "as well", "too", "also": a follow-up's breakdown adds to the last
    average: bool = False  # "on average": the mean of the attribute named
    lacking: list[str] = field(default_factory=list)  # "never", "no", "zero" before a value
    per_measures: list[tuple[str, ...]] = field(default_factory=list)  # "per rental"
    per_dimensions: list[str] = field(default_factory=list)  # "per customer", "each film"
    # "stores in Ukraine with their city": shown beside each thing listed
    shown: list[str] = field(default_factory=list)
    share: bool = False  # "share of", "what percentage"
    # The dimension of the filter that is the part of a share: one named before the share
    # word ("weekend share of store 1's revenue"), else the one named last ("share of store
    # 1's revenue from weekends"); the other filters describe the whole.
    share_part: str | None = None
    growth: bool = False  # "growth", "month over month"
    says_number: bool = False  # "number of", "how many", "count of": a number is asked
    # Every value and period the question names, so that a plan leaving one out is
    # refused ("rentals of ACADEMY DINOSAUR at store 2" never answered for all films).
    named_values: list[tuple[tuple[str, str | int], ...]] = field(default_factory=list)
    named_times: int = 0
    # Breakdowns asked for ("by category", "per store"), with the measures a noun names
    # ("top 3 countries by customers": the customers are counted, not a breakdown)
    named_dimensions: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    absorbed: set[str] = field(default_factory=set)  # "film" of "film language"
    set_aside: list[str] = field(default_factory=list)  # not data: said in the explanation
    unknown: list[str] = field(default_factory=list)
    excludes: bool = False  # "excluding" was read: a value or a bound left out
    problems: list[str] = field(default_factory=list)  # understood, but cannot be answered

    @property
    def has_grouping(self) -> bool:
        return bool(self.dimensions or self.grain or self.trend)

    @property
    def names_subject(self) -> bool:
        """It says what to measure, so it does not lean on a previous question."""
        return bool(self.measures or self.noun_measures)


def parse_question(
    question: str,
    catalog: Catalog,
    known: KnownValues | None,
    as_of: date,
    embedder: Embedder | None = None,
) -> ParsedQuestion:
    """What ``question`` says; ``followup`` when it reads as a change to the previous one.
    With a loaded ``embedder``, unknown words may be matched to catalog terms by meaning."""
    question, both_genres = _genre_nouns(question, known)
    mentions = find_mentions(question, catalog, known, as_of, embedder)
    set_aside = _set_aside_clauses(question, mentions)
    parsed = read(
        mentions, catalog_lexicon(catalog), catalog=catalog, text=_normalised(question)
    ).parsed
    parsed.set_aside = set_aside
    parsed.both_genres = both_genres
    if parsed.share:
        parsed.share_part = _share_part(mentions, parsed, question)
    parsed.own_stores = bool(_OWN_STORES.search(question))
    scope = parsed.cleared - set(parsed.dimensions)
    if scope and len(parsed.subjects) > 1:
        # "in all stores, how many customers ...": the stores are the scope, not the subject
        parsed.subjects = [d for d in parsed.subjects if d not in scope]
        parsed.noun_measures = [
            m for m in parsed.noun_measures if catalog.entity_counted(m[0]) not in scope
        ]
        parsed.measures = [m for m in parsed.measures if catalog.entity_counted(m[0]) not in scope]
        if parsed.counted and parsed.counted_noun in (None, *scope):
            parsed.counted_noun = parsed.subjects[0]  # "how many customers", the stores aside
            parsed.counts_things = True
    if parsed.having and parsed.attributes and not (parsed.dimensions or parsed.subjects):
        # "release years with 56+ films": the groups are the attribute's values
        parsed.dimensions, parsed.attributes = parsed.attributes, []
    _which_has_the_moment(parsed, catalog, question)
    kept = any("average_rental_days" in m for m in parsed.measures)
    if kept and "length" in parsed.attributes and _HOW_LONG.search(question):
        # "how long do people hang on to a film": the days kept, not the film's length
        parsed.attributes.remove("length")
    said = [m for m in mentions if m.kind not in (Kind.FILLER, Kind.UNKNOWN)]
    text = _normalised(question)
    _state_compared(said, parsed, text)
    excluded = [  # ("in May but not in June": one period without the other, planned later)
        m.text
        for i, m in enumerate(said)
        if m.kind == Kind.NEGATE and not (i + 1 < len(said) and said[i + 1].time is not None)
    ]
    if excluded and not parsed.excludes:  # "excluding ..." that leaves nothing out
        parsed.problems.append(f"I couldn't tell what “{excluded[0]}” leaves out here.")
    if _RATIO_OF_TWO.search(text) and _two_measures_only(parsed):
        # ("the ratio of payments to rentals": payments per rental)
        parsed.per_measures.append(parsed.measures[1])
        parsed.average, parsed.share = True, False
    elif _RATIO_OF_TWO.search(text):  # "the ratio of R films to PG films": not a share
        parsed.problems.append(
            "I can't divide one count by another yet: ask for both (for example by rating)."
        )
    if _BACK_WITHIN.search(text):  # "came back within a day": how long each was out
        parsed.problems.insert(0, _HELD_SAID)
    if _COUNTS_OF_COUNTS.search(text):  # "customers by number of rentals", as a histogram
        parsed.histogram = True
    if _DAYS_LATE.search(text):  # "more than two days late"
        parsed.problems.insert(0, _DAYS_LATE_SAID)
    if _FIRST_TIME.search(text):  # "films rented for the first time in July"
        parsed.problems.insert(0, _FIRST_TIME_SAID)
    same = _SAME_AS.search(text)
    if same is not None and not any(
        m.kind == Kind.MEASURE and m.start <= same.start() < m.end for m in mentions
    ):  # "rented on the same day they signed up" ("same-day returns" is a measure)
        parsed.problems.insert(0, _SAME_AS_SAID)
    if _TWO_STORES.search(text):  # "by customer home store vs the store they rented from"
        parsed.problems.insert(0, _TWO_STORES_SAID)
    if _PART_HOUR.search(text):  # "after 20:30": the data's hour of day is all it compares
        parsed.problems.insert(0, _PART_HOUR_SAID)
        parsed.unknown = [u for u in parsed.unknown if not u.isdigit()]
    parsed.followup = bool(_FOLLOW_START.search(text) or _FOLLOW_ANYWHERE.search(text))
    parsed.restricts = bool(_RESTRICTS.search(text))
    parsed.says_number = bool(_SAYS_NUMBER.search(text))
    parsed.replace = bool(re.search(r"\b(?:instead|rather)\b", text))
    parsed.judged = bool(re.search(r"\b(?:best|worst)\b", text))
    parsed.adds = bool(_ADDED.search(text)) and not parsed.replace
    return parsed


# Two stores of one rental, each its own role: the customer's home store and the store
# the copy was rented from
_STORE_WORD = r"(?:store|shop|branch|location)"
_RENTED_FROM = (
    rf"\b{_STORE_WORD}\s+(?:that\s+|where\s+)?(?:they|it|customers?|people|renters?|he|she)"
    r"\s+(?:\w+\s+)?(?:rented|rent|rents|borrowed|borrow)(?:\s+(?:from|at|in)|\b)"
)
_TWO_STORES = re.compile(
    rf"\bhome\s+{_STORE_WORD}\b.*{_RENTED_FROM}|{_RENTED_FROM}.*\bhome\s+{_STORE_WORD}\b", re.I
)
_TWO_STORES_SAID = (
    "I can't yet set a customer's home store against the store a rental was made at in "
    "one question: ask about one of them."
)


# One thing's own values compared with each other: "on the same day they joined",
# "in their home store's country", "as long as ACADEMY DINOSAUR"
_SAME_AS = re.compile(
    r"\b(?:the\s+)?(?:same|very)\s+(?:day|date|month|week|year|store|branch|shop|country|city"
    r"|letter|runtime|length|title|film|category|rating)\b"
    r"|\b(?:their|its|his|her)\s+(?:own\s+)?(?:home\s+)?(?:store|branch|shop)'s\b"
    r"|\b(?:exactly|equal\s+to|the\s+same\s+as)\s+(?:the|their|its)\b"
    # "paid by a different customer than the one who rented it": two of one row's values
    r"|\b(?:a\s+)?different\s+(?:customer|client|store|shop|branch|staff(?:\s+member)?|person|one)"
    r"\s+(?:than|from)\s+(?:the\s+(?:one|customer|client|store|staff|person)|who|where)\b"
    # "customers who rented a movie they had already rented": one rental against another
    r"|\b(?:already|previously|before)\s+(?:rented|seen|watched|borrowed)\b"
    r"|\b(?:rented|rent|borrowed)\s+(?:it|them|the\s+same\s+\w+)?\s*again\b|\bre-?rent(?:ed|s|ing)?\b"
    # "customers with 2+ rentals on a single day": each one's rentals per day, counted
    r"|\b(?:\d+(?:\s*\+|\s+or\s+more)?|(?:more|fewer)\s+than\s+\w+|at\s+least\s+\w+|multiple"
    r"|several|two|three)\s+"
    r"(?:\w+\s+)?(?:rentals|discs|dvds|films|movies|titles|payments|copies)\s+(?:on|in|within)\s+"
    r"(?:a\s+single|one\s+single|one|the\s+same|a\s+given|any\s+one)\s+day\b",
    re.I,
)
_SAME_AS_SAID = (
    "I can't compare a thing's own values with each other yet (the same day, their own "
    "store's country): ask for the figures and compare them."
)


# "staff id on the latest rental of customer 75": the thing of that one moment's row
_OF_THE_MOMENT = re.compile(
    r"^\W*(?:the\s+)?[\w-]+(?:\s+(?:id|number|#))?\s+(?:on|of|for|behind|at)\s+(?:the|their|his|her)"
    r"\s+(?:latest|most\s+recent|last|newest|first|earliest|oldest)\b",
    re.I,
)


def _two_measures_only(parsed: ParsedQuestion) -> bool:
    """Two measures and nothing that limits one of them ("R films to PG films")."""
    return (
        len(parsed.measures) == 2
        and not (parsed.filters or parsed.exists or parsed.having)
        and parsed.measures[0] != parsed.measures[1]
    )


def _which_has_the_moment(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Which staff member handled customer 75's most recent rental?", "staff id on the
    latest rental of customer 75": the one whose latest rental is the latest (the moment
    ranks the rows, top one)."""
    asked = parsed.which or bool(_OF_THE_MOMENT.search(text))
    if not (asked and parsed.singular and parsed.dimensions) or parsed.direction:
        return
    if len(parsed.measures) != 1 or len(parsed.measures[0]) != 1 or parsed.grain:
        return
    measure = catalog.measures[parsed.measures[0][0]]
    if measure.format == "date" and isinstance(measure.parsed, exp.Min | exp.Max):
        parsed.direction = "desc" if isinstance(measure.parsed, exp.Max) else "asc"
        parsed.limit = 1


# A state of rentals said after the thing a threshold counts: "28 discs still out",
# "over 28 rentals not back yet" compare the rentals in that state
_STATE_MEASURES = frozenset({"unreturned_rentals", "returned_rentals"})


def _state_compared(said: list[Mention], parsed: ParsedQuestion, text: str) -> None:
    for bound, counted, state in zip(said, said[1:], said[2:], strict=False):
        states = tuple(m for m in _measures_of(state) if m in _STATE_MEASURES)
        if (
            bound.kind != Kind.OPERATOR
            or counted.kind not in (Kind.NOUN, Kind.MEASURE)
            or state.kind != Kind.MEASURE
            or not states
            or text[counted.end : state.start].strip()
        ):
            continue
        parsed.having = [
            (states, op, value) if (op, value) == (bound.op, bound.number) else (m, op, value)
            for m, op, value in parsed.having
        ]
        parsed.measures = [m for m in parsed.measures if not set(m) <= set(states)]


_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
_ARTICLE = re.compile(r"\b(?:a|an|one|any|per)\s+$")
_CLAUSE = re.compile(r"[!?;()]|(?<!\d)[,.:]|[,.:](?!\d)|\s[-\u2013\u2014]+\s")
# A clause of only these says nothing about the data ("hey, random question:", "just
# curious"); any other word ("excluding refunds") keeps the clause in the question.
_NOT_DATA = frozenset({Kind.FILLER, Kind.UNKNOWN, Kind.FOLLOW})
_FRAMING = re.compile(
    r"\W*(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:thinking\s+(?:of|about)|planning|preparing"
    r"|putting\s+(?:[\w']+\s+){0,5}?together|checking|reconciling|reviewing|auditing"
    r"|(?:a\s+(?:bit|little)\s+)?(?:worried|concerned)|covering\s+for"
    r"|working\s+on|doing|looking\s+(?:at|into)|trying\s+to|hoping\s+to"
    r"|considering|for\s+(?:a|an|the|our|my)\b|(?:we|i)\s+(?:want|need|would\s+like)\b)",
    re.I,
)


_AMOUNT_SAID = re.compile(r"\$?\d+\.\d+")
# Words that always say something about the answer, even in a clause of words not known:
# a superlative ("fastest returner", "slowest month") is what is ranked
_SUPERLATIVE = re.compile(r"\w{2,}est", re.I)
_NOT_SUPERLATIVE = frozenset(
    {"interest", "test", "request", "honest", "contest", "suggest", "guest", "protest",
     "digest", "invest", "forest", "harvest", "quest", "manifest", "best"}
)  # fmt: skip
# "ignore the part-months at either end", "leave out the free ones": a condition on the
# data, not an instruction about the rules (those name the rules, limits, filters...)
_LEAVE_OUT = re.compile(
    r"\W*(?:please\s+)?(?:ignore|exclude|excluding|skip|leave\s+out|leaving\s+out|drop|without"
    r"|not\s+counting|don'?t\s+count)\b"
    r"(?!.*\b(?:restrictions?|limits?|limitations?|filters?|rules?|instructions?|guidelines?"
    r"|checks?|caveats?|masking|access|permissions?|scope|policy|policies)\b)",
    re.I,
)


def _set_aside_clauses(question: str, mentions: list[Mention]) -> list[str]:
    """Clauses with nothing about the data ("hey, random question:", "do you know?"):
    their unknown words are set aside, not read as part of the question."""
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(question)), len(question) + 1]
    set_aside: list[str] = []
    spans = list(itertools.pairwise(bounds))
    clauses = [[m for m in mentions if start <= m.start < end] for start, end in spans]
    # "Saturday and Sunday only: ..." says a condition (not "each weekday? Monday, Tuesday
    # and so on", which says again what the question asks)
    by_weekday = any(m.entry is not None and m.entry.dimension == "weekday" for m in mentions)
    content = [
        any(
            m.kind not in _NOT_DATA or m.time is not None or (not by_weekday and _a_day(m.text))
            for m in c
        )
        for c in clauses
    ]
    if sum(content) == 0:
        return []  # nothing about the data anywhere: the question itself is not understood
    keys = [{_echo(m) for m in c if m.kind not in _NOT_DATA} for c in clauses]
    for i, ((start, end), inside, about_data) in enumerate(
        zip(spans, clauses, content, strict=True)
    ):
        unknown = [m for m in inside if m.kind == Kind.UNKNOWN]
        elsewhere = set().union(*(k for j, k in enumerate(keys) if j != i and content[j]))
        # "Planning a horror marathon night - which horror film is longest?": its one data
        # word is said again in the question itself
        echoed = (
            about_data
            and sum(content) > 1
            and any(m.kind not in _NOT_DATA for m in inside)
            and all(
                m.time is None and _echo(m) in elsewhere for m in inside if m.kind not in _NOT_DATA
            )
        )
        # "thinking of giving our best customer a free rental - who rented the most?": a
        # plan of the asker's, with nouns of the data but no value of it, beside a question
        planned = (
            about_data
            and sum(content) > 1
            and _FRAMING.match(question[start:end]) is not None
            and all(  # its values said again in the question ("an Italian cinema week")
                m.kind != Kind.VALUE or (m.time is None and _echo(m) in elsewhere) for m in inside
            )
        )
        if any(_AMOUNT_SAID.fullmatch(m.text) for m in unknown):
            continue  # "english, rated PG, 0.99": an amount is never set aside as not data
        if any(
            _SUPERLATIVE.fullmatch(m.text) and m.text.lower() not in _NOT_SUPERLATIVE
            for m in unknown
        ) or _LEAVE_OUT.match(question[start:end]):
            continue  # "fastest returner", "ignore ones never rented": what is asked
        if unknown and (not about_data or echoed or planned):
            for mention in inside:
                mention.kind = Kind.FILLER
            set_aside.append(question[start:end].strip(" ,.!?;:-"))
            content[i] = False
    return set_aside


def _share_part(mentions: list[Mention], parsed: ParsedQuestion, text: str) -> str | None:
    """Which filter's dimension is the part of a share (``ParsedQuestion.share_part``)."""
    share = next((m for m in mentions if m.kind == Kind.SHARE), None)
    filtered = {f.dimension for f in parsed.filters if not f.negate}
    named = [
        (m.start, dimension)
        for m in mentions
        if m.kind == Kind.VALUE and m.entry is not None
        for dimension in dict.fromkeys(d for d, _ in m.entry.values)
        if dimension in filtered
    ]
    if not named or share is None:
        return None
    # "% inactive members, branch 1": the value right after the share word is the part
    right_after = [d for at, d in named if at > share.start and not text[share.end : at].strip()]
    of_whole = share.text.lower().split()[-1] in ("of", "from", "in", "among")
    if of_whole:
        right_after = []  # ("% of store 1 customers": store 1's customers are the whole)
    if right_after:
        return right_after[0]
    # ("store 1: % of payments that are $0.99": a value set apart before the question is
    # where the share is taken, its whole)
    scope = {
        d
        for at, d in named
        if at < share.start and re.search(r"[:;,]|\s[-\u2013]\s", text[at : share.start])
    }
    before = [d for at, d in named if at < share.start and d not in scope]
    if before:
        return before[0]
    # ("what % of store 1 payments are $0.99": the amount, said as no value, is the part)
    others = [f.dimension for f in parsed.filters if f.dimension not in {d for _, d in named}]
    if (scope or of_whole) and len(others) == 1:
        return others[0]
    # "% of store 1 July payments below 2 dollars": a comparison said after the values
    # is the part (the payments below $2 of store 1's), not the store
    compared = [f.dimension for f in parsed.filters if f.op not in ("=", "contains")]
    last_compare = max((m.start for m in mentions if m.kind == Kind.OPERATOR), default=-1)
    if len(compared) == 1 and last_compare > named[-1][0]:
        return compared[0]
    return named[-1][1]


def _echo(mention: Mention) -> tuple[object, ...]:
    """What a mention says, the same for "comedy" and "comedies"."""
    entry = mention.entry
    if entry is None:
        return (mention.kind, mention.text)
    return (entry.kind, entry.values, entry.dimension, entry.measures)


def _a_day(said: str) -> bool:
    """ "Sunday", "sunday's": a day of the week named (a date or a condition, never a word
    to match by meaning or to set aside)."""
    return said.lower().removesuffix("'s") in WEEKDAY_NAMES


def _normalised(question: str) -> str:
    return question.lower().replace("\u2019", "'").replace("-rated", " rated")


_GENRE_CACHE: dict[int, tuple[KnownValues, re.Pattern[str] | None, re.Pattern[str]]] = {}
_NOT_A_GENRE_WORD = frozenset({"new"})  # "new comedies": comedies, not films also in New


def _both_genres(match: re.Match[str]) -> str:
    first, second = match[1].lower(), singular(match[2].lower())
    if first == second:
        return match[0]
    noun = (match[3] or match[2]).lower()
    films = "films" if singular(noun) != noun else "film"  # "the most rented horror comedy"
    return f"{films} in both {first} and {second}"


_THING_AFTER = r"(?!\s+(?:films?|movies?|titles?|flicks?|dvds?|discs?|copies|copy|rentals?))"


def _genre_nouns(question: str, known: KnownValues | None) -> tuple[str, bool]:
    """ "Comedies in stock", "list dramas": a category said in the plural is its films
    ("comedy films"), unless a noun of the films follows ("comedies titles"); two said as
    one ("action-comedies") are films in both, which the second value tells."""
    if known is None:
        return question, False
    cached = _GENRE_CACHE.get(id(known))
    if cached is None or cached[0] is not known:
        names = [n for n in known.values_of("categories") if re.fullmatch(r"[A-Za-z]+", n)]
        said = "|".join(
            re.escape(plural(n.lower())) for n in names if plural(n.lower()) != n.lower()
        )
        one = "|".join(re.escape(n.lower()) for n in names)
        pattern = (  # "comedies", "the least rented comedy", "longest drama?"
            re.compile(
                rf"\b({said})\b{_THING_AFTER}"
                rf"|\b((?:which|most|least|longest|shortest|cheapest|best|worst|top|highest|lowest"
                rf"|rented|popular|watched|grossing|selling|earning|expensive)\s+)({one})\b"
                rf"{_THING_AFTER}(?!\s+(?:categor|genre|revenue|sales|takings|payments?|customers?"
                rf"|renters?)\w*)",
                re.I,
            )
            if said
            else None
        )
        both = "|".join(  # "action-comedies", "horror comedy": films of both categories
            re.escape(n.lower()) for n in names if n.lower() not in _NOT_A_GENRE_WORD
        )
        compound = re.compile(
            rf"\b({both})[\s-]+({one}|{said})\b(?:\s+(films?|movies?|titles?|flicks?))?", re.I
        )
        _GENRE_CACHE.clear()
        _GENRE_CACHE[id(known)] = cached = (known, pattern, compound)
    _, pattern, compound = cached
    if pattern is None:
        return question, False
    said_once = question
    question = compound.sub(_both_genres, question)
    one_of = {plural(n.lower()): n.lower() for n in known.values_of("categories")}

    def said_as_films(m: re.Match[str]) -> str:
        following = re.match(r"\s+(\w+)", question[m.end() :])
        if following and _thing_typo(following[1].lower()):
            return m[0]  # "most drama flims": the noun is there, misspelled
        return f"{one_of[m[1].lower()]} films" if m[1] else f"{m[2]}{m[3]} film"

    return pattern.sub(said_as_films, question), question != said_once


_THING_NOUNS = ("film", "films", "movie", "movies", "title", "titles", "flick", "flicks")


def _thing_typo(word: str) -> bool:
    """A misspelled noun of the films ("flims", "moveis")."""
    return len(word) >= 4 and any(OSA.distance(word, noun) <= 1 for noun in _THING_NOUNS)


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def find_mentions(
    question: str,
    catalog: Catalog,
    known: KnownValues | None,
    as_of: date,
    embedder: Embedder | None = None,
) -> list[Mention]:
    """The first two passes: the phrases with numbers, then the words, in text order."""
    lexicon = catalog_lexicon(catalog)
    mentions: list[Mention] = []
    work = _normalised(question)

    def mask(start: int, end: int) -> None:
        nonlocal work
        work = work[:start] + _MASK * (end - start) + work[end:]

    for match, hours in _clock_hours(work):  # "after 20:00": the hours 20 to 23
        entry = Entry(Kind.VALUE, values=tuple(("hour", h) for h in hours))
        mentions.append(Mention(Kind.VALUE, *match.span(), match.group(), entry=entry))
        mask(*match.span())
    if lexicon.numbered_pattern is not None:  # "copy 2020", "rental 2021": ids, not years
        for match in lexicon.numbered_pattern.finditer(work):
            if _YEAR_LIKE.fullmatch(match["first"]):
                mentions.append(_numbered(match, lexicon))
                mask(*match.span())
    for phrase in find_time_phrases(work, as_of):
        if _inside_a_name(work, phrase.start, phrase.end, known):
            continue  # "HALLOWEEN NUTS", a film, not the holiday
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
    for match in _TEXT_EDGE.finditer(work):  # "films starting with Q"
        edge = match.group("edge")
        op: Operator = "starts" if edge.startswith(("start", "begin")) else "ends"
        target = _text_target(match.group("noun"), work)
        mentions.append(Mention(Kind.OPERATOR, *match.span(), match.group("w"), op=op, unit=target))
        mask(*match.span())
    for match in _TEXT_MENTIONS.finditer(work):  # "films whose description mentions X"
        written = match.group("w") or match.group("w2") or ""
        target = _text_target(match.group("noun") or match.group("noun2") or "", work)
        if target == "description" and len(written) > 4 and written.endswith("s"):
            written = written[:-1]  # "crocodiles": the word, singular, inside the text
        said: Operator = "word" if _THE_WORD.search(match.group()) else "contains"
        mentions.append(Mention(Kind.OPERATOR, *match.span(), written, op=said, unit=target))
        mask(*match.span())
    for match in _TEXT_CONTAINS.finditer(work):  # "titles containing 'love'"
        written = match.group("w") or match.group("w2") or match.group("w3") or ""
        # ("contain the word DAY": the whole word, not "holiday")
        whole: Operator = "word" if _THE_WORD.search(match.group()) else "contains"
        mentions.append(Mention(Kind.OPERATOR, *match.span(), written, op=whole, unit="film"))
        mask(*match.span())
    for match in _BETWEEN.finditer(work):  # "between 60 and 90 minutes": two bounds
        unit = _unit(match.group("unit"))
        if match.group("kw") == "from" and not (unit or match.group("d1") or match.group("d2")):
            continue  # "from 1 to 5": not said of what
        low, high = _bound(match.group("a")), _bound(match.group("b"))
        start, end = match.span()
        middle = start + (end - start) // 2
        mentions.append(
            Mention(Kind.OPERATOR, start, middle, match.group(), op=">=", number=low, unit=unit)
        )
        mentions.append(
            Mention(Kind.OPERATOR, middle, end, match.group(), op="<=", number=high, unit=unit)
        )
        mask(start, end)
    for match in _OPERATOR.finditer(work):
        mentions.append(_operator(match))
        mask(*match.span())
    mentions += _words(work, question, lexicon, catalog, known, embedder)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _inside_a_name(text: str, start: int, end: int, known: KnownValues | None) -> bool:
    """Whether the words from ``start`` to ``end`` are part of a known film title or actor
    name said around them ("HALLOWEEN NUTS": not the holiday)."""
    if known is None:
        return False
    said = text[start:end].strip().lower()
    lowered = text.lower()
    for name in _names_by_word(known).get(said.split(" ", 1)[0], ()):
        if said in name and said != name:
            at = lowered.find(name)
            while at != -1:
                if at <= start and end <= at + len(name):
                    return True
                at = lowered.find(name, at + 1)
    return False


@functools.lru_cache(maxsize=8)
def _names_by_word(known: KnownValues) -> dict[str, tuple[str, ...]]:
    """The film titles and actors' names of several words, lowercase, by each of their
    words: built once per data set, so that a question's dates look up a few names."""
    found: dict[str, list[str]] = {}
    for name in (*known.films, *known.actors):
        parts = name.lower().split()
        for part in dict.fromkeys(parts) if len(parts) > 1 else ():
            found.setdefault(part, []).append(name.lower())
    return {part: tuple(names) for part, names in found.items()}


def _clock_hours(text: str) -> list[tuple[re.Match[str], range]]:
    """The times of day a text names, each with the hours of the day it covers."""
    found: list[tuple[re.Match[str], range]] = []
    for match in _CLOCK_SPAN.finditer(text):  # "between 09:00 and 11:00": hours 9 and 10
        a, b = int(match["a"]), int(match["b"])
        if a < b <= 24:
            found.append((match, range(a, b)))
    taken = [m.span() for m, _ in found]
    for match in _CLOCK_BOUND.finditer(text):
        h, said = int(match["h"]), match["w"].split()[0]
        if any(s <= match.start() < e for s, e in taken) or h > 23:
            continue
        if said in _CLOCK_AFTER:
            hours = range(h, 24)
        elif said in _CLOCK_BEFORE:
            hours = range(0, h)
        else:
            hours = range(h, h + 1)
        if hours:
            found.append((match, hours))
    return found


def _bound(written: str) -> float:
    return float(NUMBER_WORDS[written]) if written in NUMBER_WORDS else float(written)


def _text_target(noun: str, text: str) -> str:
    """The dimension whose text a text operator matches: the title unless a description or
    an actor's name is named ("names" are actors' where actors are asked about)."""
    for stem, dimension in _TEXT_TARGETS.items():
        if noun.startswith(stem):
            return dimension
    if noun.startswith("name") and re.search(r"\bactors?\b", text):
        return "actor"
    return "film"


def _unit(written: str | None) -> str | None:
    """A unit as the binding pass names it: "mins", "minutes" -> "minute", "days" -> "day"."""
    unit = (written or "").rstrip("s")
    return "minute" if unit.startswith("min") else unit or None


def _operator(match: re.Match[str]) -> Mention:
    """ "more than 30", "25 or more", "150 minutes": a comparison with its number."""
    if match.group("op2"):
        op = _OR_MORE[match.group("op2")]
        number, unit = match.group("n2"), match.group("unit2")
    elif match.group("n3"):
        op, number, unit = "=", match.group("n3"), match.group("unit3")
    else:
        written = " ".join(match.group("op").split())
        key = written if written in _OPERATORS else written.split()[0]
        if written.startswith(("no less", "no fewer", "no more", "at least", "at most", "up to")):
            key = " ".join(written.split()[:2])
        op, number, unit = _OPERATORS[key], match.group("n"), match.group("unit")
    unit = _unit(unit)
    return Mention(
        Kind.OPERATOR,
        *match.span(),
        match.group(),
        op=op,
        number=float(number),
        unit=unit,
    )


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
    work: str,
    original: str,
    lexicon: Lexicon,
    catalog: Catalog,
    known: KnownValues | None,
    embedder: Embedder | None = None,
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
    tokens = corrected(tokens, lexicon, values)
    vocabulary = known_words(lexicon, values)
    meanings = meanings_of(  # every word no phrase knows, embedded in one batch
        [
            t.text
            for t in tokens
            if t.text not in vocabulary.words
            and t.text not in FILLER_WORDS
            # "and Sunday's numbers?": a day, not the day of week by meaning
            and not _a_day(t.text)
        ],
        lexicon,
        embedder,
    )
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
        # "which films were rented": the noun, not "films ... rented"; an attribute only
        # before one more word ("what's the replacement cost of all the copies": whole)
        if previous in _NOUN_CONTEXT and noun is not None and best is not None:
            best = noun if noun[1].kind == Kind.NOUN or best[0] <= noun[0] + 1 else best
        if value is not None and (best is None or value[0] >= best[0]):
            best = value
        if best is None:
            token = tokens[i]
            meant = None if token.text in FILLER_WORDS else meanings.get(token.text)
            if meant is not None:  # "clientele": a customer, by meaning
                mentions.append(Mention(meant.kind, token.start, token.end, token.text, meant))
                previous = meant.kind
            else:
                kind = Kind.FILLER if token.text in FILLER_WORDS else Kind.UNKNOWN
                mentions.append(Mention(kind, token.start, token.end, token.text))
            i += 1
            continue
        n, entry = best
        start, end = tokens[i].start, tokens[i + n - 1].end
        said = work[start:end]
        if words(said) != tuple(t.text for t in tokens[i : i + n]):  # a typo corrected:
            said = " ".join(t.text for t in tokens[i : i + n])  # read as the words meant
        mentions.append(Mention(entry.kind, start, end, said, entry=entry))
        if entry.kind != Kind.FILLER:
            previous = entry.kind
        i += n
    return mentions


_LONG_FILLERS = tuple(sorted(w for w in FILLER_WORDS if len(w) >= 6 and w.isalpha()))


def corrected(tokens: list[_Word], lexicon: Lexicon, values: ValueLexicon) -> list[_Word]:
    """Typos matched to the words the catalog and the data know ("flims" -> "films",
    "academy dinosuar" -> "academy dinosaur"), by edit distance with a threshold: a
    word that is close to nothing stays unknown."""
    vocabulary = known_words(lexicon, values)
    fixed = list(tokens)
    changed = False
    for index, token in enumerate(tokens):
        text = token.text
        if text in vocabulary.words or text in FILLER_WORDS or len(text) < 4:
            continue
        if text in WEEKDAY_NAMES:  # "Friday" is a date, not a typo of "Fridays"
            continue
        if not text.replace("'", "").isalpha():
            continue
        # edits (a swap of two letters is one): catalog words take up to two in a long
        # word; values (names, places) only one, in a word of five letters or more, so
        # that "meaning" never becomes the actor MANNING
        most = 1 if len(text) <= 7 else 2
        found = process.extract(text, vocabulary.single, scorer=OSA.distance, score_cutoff=most)
        # ("seperate", "locatd": the small words around the data, one edit away)
        found += process.extract(text, _LONG_FILLERS, scorer=OSA.distance, score_cutoff=1)
        if len(text) >= 5:
            found += process.extract(text, vocabulary.values, scorer=OSA.distance, score_cutoff=1)
        if text in english_words():  # spelled right: "better" is not BETTE, "distributor"
            # not a distribution, "acton" neither the actor nor Action; but "trailer" is one
            # of the "Trailers"
            found = [f for f in found if str(f[0]).rstrip("s") == text.rstrip("s")]
        nearest = min((f[1] for f in found), default=0)
        best = list(dict.fromkeys(f[0] for f in found if f[1] == nearest))
        if len(best) > 1:  # as close: the one that starts like the typo ("staf": staff)
            shared = {b: Prefix.similarity(b, text) for b in best}
            best = [b for b in best if shared[b] == max(shared.values())]
        if len(best) > 1:  # then the one that keeps most of its letters ("rentl": rental)
            letters = {b: fuzz.ratio(b, text) for b in best}
            best = [b for b in best if letters[b] == max(letters.values())]
        if len(best) == 1:  # still two words as close: ambiguous, left unknown
            fixed[index] = replace(token, text=best[0])
            changed = True
    for index in range(len(fixed) - 1):  # two-word values: titles, actors' names
        pair = fixed[index : index + 2]
        said = tokens[index : index + 2]  # ("sunrise leage": not the "leave" it became)
        if all(t.text in vocabulary.words for t in said) or not pair[1].joined:
            continue
        phrase = " ".join(t.text for t in said)
        near = process.extractOne(phrase, vocabulary.pairs, scorer=fuzz.ratio, score_cutoff=88)
        if near is not None:
            first, second = str(near[0]).split(" ", 1)
            fixed[index] = replace(pair[0], text=first)
            fixed[index + 1] = replace(pair[1], text=second)
            changed = True
    return fixed if changed else tokens


@dataclass(frozen=True)
class Vocabulary:
    words: frozenset[str]  # every word of every phrase
    single: tuple[str, ...]  # the catalog's words a one-word typo is matched to
    values: tuple[str, ...]  # one-word values, matched to a typo of one edit only
    pairs: tuple[str, ...]  # two-word values, for a typo inside a title or a name


_VOCABULARY: dict[tuple[int, int], Vocabulary] = {}


def known_words(lexicon: Lexicon, values: ValueLexicon) -> Vocabulary:
    key = (id(lexicon), id(values))
    cached = _VOCABULARY.get(key)
    if cached is not None:
        return cached
    catalog_words = {w for phrase in lexicon.phrases for w in phrase}
    value_words = {w for phrase in values.phrases for w in phrase}
    single = {w for w in catalog_words if len(w) >= 3 and w.isalpha()}
    one_word = {p[0] for p in values.phrases if len(p) == 1 and len(p[0]) >= 5} - single
    pairs = tuple(sorted(" ".join(p) for p in values.phrases if len(p) == 2))
    vocabulary = Vocabulary(
        words=frozenset(catalog_words | value_words),
        single=tuple(sorted(single)),
        values=tuple(sorted(one_word)),
        pairs=pairs,
    )
    if len(_VOCABULARY) > 16:
        _VOCABULARY.clear()
    _VOCABULARY[key] = vocabulary
    return vocabulary


_FILM_EVENTS = frozenset(
    # (and the copies: "Music copies at store 2", "store 2's music inventory")
    {"rentals", "rental", "revenue", "sales", "takings", "earnings", "copies", "inventory"}
)
_NOT_BEFORE_EVENTS = frozenset({"new"})  # "new rentals" are recent ones


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
    if written == "R" and ("rating", "R") in entry.values:
        if i + n == len(tokens):
            return True  # "and R?", "what about R": a rating said last, in capitals
        if tokens[i + n].text in ("ones", "one", "rated"):
            return True  # "list the R ones"
        if i + n + 1 == len(tokens) and tokens[i + n].text in ("instead", "then", "too", "now"):
            return True  # "and for R instead?": said last but for the follow-up's word
        after = tokens[i + n].text if i + n < len(tokens) else ""
        compared = after in ("to", "vs", "versus", "and", "or", "than", "against", "over")
        if not compared and any(t.text in FILM_NOUNS for t in tokens[i + n : i + n + 4]):
            return True  # "R sci-fi titles": a rating, a genre, then the films
    if written in ("G", "R") and i > 0 and tokens[i - 1].text in ("are", "is", "were", "was"):
        return True  # "% of store 1 rentals that are G"
    if start > 0 and original[start - 1] in _QUOTES:
        return True
    if written.lower() in GRAMMAR_VALUES:
        return False
    for j, k in ((i + n, i + n + 1), (i - 1, i - 2)):
        if 0 <= k < len(tokens) and tokens[j].text in ("or", "and", "&", ","):
            other = _VALUE_NEIGHBOURS.get(tokens[k].text)
            if other is not None and other & {d for d, _ in entry.values}:
                return True
            # "Children or Family films": the noun after the other value is this one's too
            later = k + 1 < len(tokens) and tokens[k + 1].text in FILM_NOUNS and k > i
            if later and any(("film", d) in lexicon.related for d, _ in entry.values):
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
            # "Children rentals", "Music revenue": a kind of film's events (not "new")
            if (
                neighbour in _FILM_EVENTS
                and dimension == "category"
                and written.lower() not in _NOT_BEFORE_EVENTS
            ):
                return True
            if neighbour in _FILM_EVENTS and dimension == "rating" and written.isupper():
                return True  # "unreturned R rentals", "zero G rentals"
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
    rank_measures: tuple[str, ...] | None = None  # what "busiest" ranks by when nothing else
    # a measure said as its rows and a verb ("films rented"): (rows, measures, verb's)
    phrased: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
    # the noun "how many" counts, with its measures: ("customer", ("customers",))
    counted_noun: tuple[str, tuple[str, ...]] | None = None
    # Values found: (dimension, value, negated, compared).
    values: list[tuple[str, str | int, bool, bool]] = field(default_factory=list)
    times: list[TimePhrase] = field(default_factory=list)
    catalog: Catalog | None = None
    text: str = ""  # the question as the mentions' offsets read it
    # Significant mentions already read by ``bind`` (an operator's noun, what "never"
    # denies): the readers skip them.
    consumed: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.significant = [m for m in self.mentions if m.kind != Kind.FILLER]

    def attribute(self, mention: Mention) -> str | None:
        """The attribute a mention names ("length", "rental rate"), if any."""
        entry = mention.entry
        if entry is None or entry.dimension is None or self.catalog is None:
            return None
        dimension = self.catalog.dimensions.get(entry.dimension)
        return entry.dimension if dimension is not None and dimension.attribute else None

    @property
    def after(self) -> Kind | None:
        """The kind of the previous significant mention."""
        return self.previous.kind if self.previous is not None else None

    def neighbour_value(self, index: int, dimension: str) -> bool:
        """A value next to mention ``index`` is of a dimension related to ``dimension``."""
        for j in (index - 1, index + 1):
            if 0 <= j < len(self.significant):
                other = self.significant[j].entry
                first, second = sorted(
                    (self.significant[j], self.significant[index]), key=lambda m: m.start
                )
                if re.search(r"[,;]", self.text[first.end : second.start]):
                    continue  # "by staff, store 1": the store is another condition
                if (
                    self.significant[j].kind == Kind.VALUE
                    and other is not None
                    and any((dimension, d) in self.lexicon.related for d, _ in other.values)
                ):
                    return True
        return False


Reader = Callable[[Reading, int, Mention], bool]
Finisher = Callable[[Reading], None]

_UNIT_ATTRIBUTES = {"minute": "length", "day": "rental_duration"}
# How long one rental was out (its return minus its rental time) is no attribute the
# catalog compares: "kept for more than 5 days", "returned in under 24h" are refused
_HELD_VERBS = r"(?:kept|keep|keeps|keeping|held|hold|holds|returned|retruned|back|out)"
_HELD = re.compile(  # "kept for more than", "returned in under"
    rf"\b{_HELD_VERBS}\s+(?:for\s+|in\s+|within\s+|after\s+)?(?:\w+\s+){{0,2}}$", re.I
)
# "the ratio of R-rated films to PG-rated films", "R-to-PG ratio" (but "the ratio of
# store 1's revenue to the total": a share)
_RATIO_OF_TWO = re.compile(
    r"\bratio\s+(?:of|between)\s+.+?\s+(?:to|and|versus|vs\.?)\s+(?!(?:the\s+|our\s+)?"
    r"(?:total|whole|all|overall|entire)\b)|\b[\w-]+[\s-]+to[\s-]+[\w-]+\s+ratio\b",
    re.I,
)
_BACK_WITHIN = re.compile(  # "came back within a day": no comparison word to bind
    rf"\b{_HELD_VERBS}\s+(?:with)?in\s+(?:a|an|one|two|three|\d+)\s+(?:days?|hours?|h|weeks?)\b"
    # "the longest anyone kept a DVD": the rental out longest, not the longest film
    r"|\b(?:longest|shortest)\s+(?:time\s+)?(?:anyone|someone|somebody|a\s+customer|customers?"
    r"|people|a\s+renter)\s+(?:has\s+|have\s+|ever\s+)*(?:kept|held|had)\b",
    re.I,
)
# "rent out films over two hours": the films' length, not how long they were out
_FILMS_BEFORE = re.compile(r"\b(?:films?|movies?|titles?|dvds?|flicks?)\s+$", re.I)
_OUT_AFTER = re.compile(rf"\s*{_HELD_VERBS}\b", re.I)
_OWN_STORES = re.compile(r"\b(?:my|our)\s+(?:own\s+)?(?:stores?|shops?|branch(?:es)?)\b", re.I)
# How many things have each count of something (a distribution of counts): "customers
# by number of rentals", "spread of titles by copy count", "grouped by how many days"
_COUNTS_OF_COUNTS = re.compile(
    r"\b(?:distribution|spread|histogram)\s+of\s+(?:[\w-]+\s+){1,3}?(?:by|across|over)\s+"
    r"(?:(?:the|their|its)\s+)?(?:number|count|amount|how\s+many|[\w-]+\s+count)\b"
    r"|\b(?:split|grouped|broken\s+down|bucketed|bucketted|banded)\s+(?:up\s+)?(?:(?:in)?to\s+)?"
    r"(?:by\s+)?(?:the\s+)?(?:number\s+of|how\s+many)\b",
    re.I,
)
COUNTS_OF_COUNTS_SAID = (
    "I can count things by how many of something each has only for one kind of thing and "
    "a count of it (for example 'customers by number of rentals in July' or 'films by "
    "number of copies')."
)
# How late a return was, in days: "more than two days late", "late by 3 days"
_DAYS_LATE = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:or\s+more\s+)?"
    r"(?:full\s+|whole\s+)?days?\s+(?:late|overdue|past\s+(?:the\s+|their\s+|its\s+)?due)\b"
    r"|\blate\s+by\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?(?:\d+|a|one|two|three|four|five)\b",
    re.I,
)
_DAYS_LATE_SAID = (
    "I can't yet measure how many days late a return was: ask for late returns (returned "
    "after the rental period) or the average days kept."
)
# The first time each thing happened ("titles rented for the first time in July", "their
# first ever rental"), and months the data covers in full ("which full month"): not yet
_THINGS = r"(?:titles|films|movies|dvds|discs|copies|customers|clients|renters|members|actors)"
_FIRST_TIME = re.compile(
    rf"\b{_THINGS}\s+(?:that|which|who)\s+(?:[\w']+\s+){{0,3}}?(?:their|its)\s+(?:very\s+)?"
    r"first(?:[\s-]+ever)?\s+(?:rental|payment)"
    rf"|\b{_THINGS}\s+(?:[\w']+\s+){{0,5}}?(?:for\s+the\s+(?:very\s+)?first\s+time|first[\s-]+ever)\b"
    # (as the cleaning writes "films rented for the first time": "films were first rental")
    rf"|\b{_THINGS}\s+(?:that\s+|which\s+)?(?:were|was|got|had|have\s+been)\s+first\s+(?:rental|payment)\b",
    re.I,
)
_FIRST_TIME_SAID = (
    "I can't yet find when each thing happened for the first time: ask for the first "
    "rental or payment overall, or of one film or customer."
)
_HELD_SAID = (
    "I can't yet compare how long each rental was out (from its rental to its return): "
    "ask for the average days kept, same-day returns or late returns."
)
# An amount of money after these verbs is a price: "rent for 4.99", "cost 20 to replace".
_PRICE_VERBS = {
    "rent": "rental_rate", "rents": "rental_rate", "rented": "rental_rate",
    "renting": "rental_rate", "replace": "replacement_cost", "replacing": "replacement_cost",
    "cost": "replacement_cost", "costs": "replacement_cost",
}  # fmt: skip
_MEASURE_KINDS = (Kind.MEASURE, Kind.NOUN)
_TEXT_OPERATORS = frozenset({"contains", "starts", "ends", "word"})
_COPIES = frozenset({("dvds",), ("dvd",), ("copies",), ("copy",), ("discs",), ("disc",)})
_AUXILIARIES = frozenset(
    {"were", "was", "that", "which", "have", "has", "been", "got", "get", "did", "do", "does",
     "we", "you", "they", "i", "our", "us"}
)  # fmt: skip
_TIMES = re.compile(r"\bhow many times\b|\bhow often\b")
_COUNTING_THINGS = frozenset(
    {"how many", "number of", "count of", "count", "total number of", "the number of"}
)
_COUNTING = frozenset(  # a count or a total asked for: a figure, never the rows
    {"how many", "number of", "count of", "count", "total number of", "the number of"}
    | {"total", "totals", "sum of", "in total"}
)


def _measures_of(mention: Mention) -> tuple[str, ...]:
    return mention.entry.measures if mention.entry is not None else ()


def bind(reading: Reading) -> None:
    """Before the readers: bind each comparison ("more than 30", "under 60 minutes") to
    what it compares (an attribute: a filter; a measure: a threshold per group), and each
    "never" / "no" to what does not exist ("never rented", "no payment in May")."""
    significant = reading.significant
    parsed = reading.parsed
    for index, mention in enumerate(significant):
        before = significant[index - 1] if index else None
        paired = (
            mention.kind == Kind.OPERATOR
            and before is not None
            and before.kind == Kind.OPERATOR
            and before.text == mention.text
            and mention.number is not None
            and mention.op is not None
        )
        if paired and parsed.having and parsed.having[-1][2] == before.number:  # type: ignore[union-attr]
            reading.consumed.add(index)  # "between 20 and 25 rentals": the same measure
            assert mention.op is not None and mention.number is not None
            parsed.having.append((parsed.having[-1][0], mention.op, mention.number))
        elif mention.kind == Kind.OPERATOR:
            _bind_operator(reading, index, mention)
        elif mention.kind == Kind.NEVER:
            _bind_never(reading, index)


_OPPOSITE: dict[Operator, Operator] = {
    "=": "<>",
    "<>": "=",
    ">": "<=",
    ">=": "<",
    "<": ">=",
    "<=": ">",
}


def _bind_operator(reading: Reading, index: int, mention: Mention) -> None:
    significant, parsed = reading.significant, reading.parsed
    reading.consumed.add(index)
    if mention.op in _TEXT_OPERATORS:  # a word in a title: the film whose title holds it
        assert mention.unit is not None
        parsed.filters.append(Filter(dimension=mention.unit, values=(mention.text,), op=mention.op))
        return
    assert mention.op is not None and mention.number is not None
    op, number, unit = mention.op, mention.number, mention.unit
    for j in range(index - 1, max(index - 4, -1), -1):  # "leave out the $0.00 payments"
        kind = significant[j].kind
        if kind == Kind.NEGATE:
            op = _OPPOSITE[op]
            reading.parsed.excludes = True
            break
        if kind in (Kind.VALUE, Kind.OPERATOR, Kind.NEVER) or significant[j].time is not None:
            break

    def near(step: int, limit: int = 2) -> tuple[int, Mention] | None:
        j = index + step
        while 0 <= j < len(significant) and abs(j - index) <= limit:
            other = significant[j]
            if j not in reading.consumed and other.kind not in (
                Kind.WHICH,
                Kind.ALL,
                Kind.OPERATOR,
            ):
                return j, other
            j += step
        return None

    pair = index + 1 < len(significant) and significant[index + 1].kind == Kind.OPERATOR
    after, before = near(1, 2 if pair else 1), near(-1, 3)  # "between 20 and 25 rentals"
    averaged = _average_of_groups(reading, near(-1, 1), index)
    if averaged is not None:  # "categories whose average film length is above 116"
        reading.consumed.add(averaged[0])
        parsed.having.append((_measures_of(averaged[1]), op, number))
        return
    attribute = _UNIT_ATTRIBUTES.get(unit or "")
    before_text = reading.text[: mention.start]
    if attribute is not None and (
        (_HELD.search(before_text) and not _FILMS_BEFORE.search(before_text))
        or _OUT_AFTER.match(reading.text[mention.end :])  # "more than 9 days out"
    ):
        # "kept for more than 5 days": how long each rental was out, not a film's length
        # nor the days it may be rented for
        held = "days_out" if unit == "day" else None
        if reading.catalog is None or held is None or held not in reading.catalog.dimensions:
            parsed.problems.append(_HELD_SAID)
        else:
            parsed.filters.append(Filter(dimension=held, values=(number,), op=op))
        reading.consumed.add(index)
        return
    if reading.catalog is not None and attribute in reading.catalog.dimensions:
        assert attribute is not None
        parsed.filters.append(Filter(dimension=attribute, values=(number,), op=op))
        if before is not None and reading.attribute(before[1]) == attribute:
            reading.consumed.add(before[0])
        return
    price = _PRICE_VERBS.get(before[1].text.strip().lower()) if before is not None else None
    verb_after = after[1].text.strip().lower() if after is not None else ""
    if price is not None and verb_after in ("rent", "replace") and after is not None:
        price = _PRICE_VERBS[verb_after]  # "cost $4.99 to rent": the rental rate
        reading.consumed.add(after[0])
    money = unit == "dollar" or not float(number).is_integer()
    if price is not None and money and before is not None:  # "rent for 4.99"
        reading.consumed.add(before[0])
        parsed.filters.append(Filter(dimension=price, values=(number,), op=op))
        return
    # "length over 100" (the attribute just before), "$4.99 rental rate" (just after); but
    # "release years with 56+ films" counts the films after it
    counted_after = (
        unit is None
        and float(number).is_integer()
        and after is not None
        and after[0] == index + 1
        and after[1].kind in _MEASURE_KINDS
        and bool(_measures_of(after[1]))
        and reading.attribute(after[1]) is None
    )
    for found in () if counted_after else (near(-1, 1), after, before):
        if found is not None and reading.attribute(found[1]) is not None:
            named = reading.attribute(found[1])
            assert named is not None
            reading.consumed.add(found[0])
            if reading.catalog is not None and reading.catalog.dimensions[named].type == "list":
                # "films with only 1 special feature": how many they have, never a value
                named = f"{named}_count"
                if named not in reading.catalog.dimensions:
                    parsed.problems.append("I can't count how many each one has of those yet.")
                    return
            parsed.filters.append(Filter(dimension=named, values=(number,), op=op))
            return
    if (
        after is not None
        and unit != "dollar"
        and _describes(after[1], reading)
        and after[0] + 1 < len(significant)
        and significant[after[0] + 1].kind in (Kind.NOUN, Kind.DIMENSION, Kind.MEASURE)
    ):  # "more than 8 horror films", "3 comedy rentals": those counted, Horror ones
        after = (after[0] + 1, significant[after[0] + 1])
    # "payments of 11.99": an amount with cents is money even without its dollar sign
    rows_unit = "dollar" if money and unit is None else unit
    # "at least 3 payments over $9": the rows another number counts, each over $9
    numbered = (
        index >= 2
        and index - 1 in reading.consumed
        and significant[index - 2].kind == Kind.OPERATOR
    )
    rows = (index - 1, significant[index - 1]) if numbered else before
    rows_amount = (
        _counted_rows(reading, None, rows, rows_unit)
        if rows is not None and rows[0] == index - 1
        else None
    )
    if rows_amount is not None:  # "payments over $5 taken by staff 2": each payment's amount
        parsed.filters.append(Filter(dimension=rows_amount[1], values=(number,), op=op))
        return
    if (  # "actors in exactly 1 film": the films counted, said in the singular
        number == 1
        and unit is None
        and after is not None
        and after[0] == index + 1
        and after[1].kind == Kind.DIMENSION
        and after[1].entry is not None
        and reading.attribute(after[1]) is None
    ):
        things = reading.lexicon.counted_by.get(after[1].entry.dimension or "")
        if things:
            reading.consumed.add(after[0])
            parsed.having.append((things, op, number))
            return
    if unit not in ("dollar", "time") and after is not None and after[1].kind in _MEASURE_KINDS:
        j, other = after  # "more than 30 films", "25 or more rentals" (not "35 times, my stores")
        reading.consumed.add(j)
        parsed.having.append((_measures_of(other), op, number))
        return
    if unit == "dollar" and after is not None and _money(after[1], reading):
        j, other = after  # "more than $10,000 in revenue"
        reading.consumed.add(j)
        parsed.having.append((_measures_of(other), op, number))
        return
    lacked = _lacked_amount(reading, index, rows_unit)
    if lacked is not None:  # "customers with no payments over $8": of those payments
        filters, amount = lacked
        filters.append(Filter(dimension=amount, values=(number,), op=op))
        return
    counted = _counted_rows(reading, after, before, rows_unit)
    if counted is not None:  # "payments of $0": the payments' amount
        _, attribute = counted  # the payments are still what is counted
        parsed.filters.append(Filter(dimension=attribute, values=(number,), op=op))
        return
    for found in (before, near(-1, 1), _counted_before(reading, index) if unit == "time" else None):
        if found is not None and found[1].kind == Kind.VALUE:
            continue  # "rented from store 2 at least 25 times": where, not what is counted
        if found is not None and (found[1].kind in _MEASURE_KINDS or unit == "time"):
            reading.consumed.add(found[0])
            subject, measures = _subject_and_measure(reading, found[1])
            if subject is None and unit == "time":  # "custmers rented more than 40 times"
                subject, measures = _events_of(measures, reading)
            if subject is not None:  # "films rented more than 30 times"
                parsed.subjects.insert(0, subject)
            parsed.having.append((measures, op, number))
            return
    for j in range(index - 1, max(-1, index - 4), -1) if unit == "dollar" else ():
        other = significant[j]  # "whose total spend at store 1 is above $100"
        if j not in reading.consumed and _money(other, reading):
            reading.consumed.add(j)
            parsed.having.append((_measures_of(other), op, number))
            return
    parsed.problems.append(f"I couldn't tell what “{mention.text.strip()}” is compared with.")


def _counted_before(reading: Reading, index: int) -> tuple[int, Mention] | None:
    """What "N times" counts when values stand between ("rented from store 2 25 times"):
    the nearest measure before them."""
    for j in range(index - 1, max(-1, index - 5), -1):
        other = reading.significant[j]
        if j in reading.consumed or other.kind not in (Kind.VALUE, *_MEASURE_KINDS):
            return None
        if other.kind in _MEASURE_KINDS:
            return j, other
    return None


def _average_of_groups(
    reading: Reading, found: tuple[int, Mention] | None, index: int
) -> tuple[int, Mention] | None:
    """An average just before a comparison, with the groups it is taken over named earlier
    ("categories whose average film length is above 116"): a threshold on each group's
    average, not a filter on each film."""
    catalog = reading.catalog
    if found is None or catalog is None or found[1].kind != Kind.MEASURE:
        return None
    measures = _measures_of(found[1])
    if not measures or not all(
        catalog.measures[m].parsed.find(exp.Avg) is not None for m in measures
    ):
        return None
    relation = catalog.measures[measures[0]].relation
    for mention in reading.significant[: found[0]]:
        entry = mention.entry
        dimension = catalog.dimensions.get(entry.dimension or "") if entry is not None else None
        if (
            mention.kind in (Kind.NOUN, Kind.DIMENSION)
            and dimension is not None
            and not dimension.attribute
            and dimension.home != relation
        ):
            return found
    return None


def _money(mention: Mention, reading: Reading) -> bool:
    """A measure in dollars ("revenue", "takings")."""
    catalog = reading.catalog
    return (
        mention.kind == Kind.MEASURE
        and catalog is not None
        and any(catalog.measures[m].format == "currency" for m in _measures_of(mention))
    )


# "the most common rental duration": how many rows have each value, not the largest value
_FREQUENCY = frozenset(
    {("most", "common"), ("least", "common"), ("commonest",), ("most", "frequent"),
     ("least", "frequent"), ("rarest",)}
)  # fmt: skip
_STRONG_NEGATIONS = frozenset({"never", "no", "none", "nobody", "without", "zero", "no one"})
_NEVER_WHAT = "I couldn't tell what should not exist here (never what? no what?)."
# Negations of what someone does ("store 1 doesn't stock"): the value before is who
_AGENT_NEGATIONS = frozenset(
    (w,)
    for w in (
        "doesn't", "does", "don't", "do", "didn't", "did", "hasn't", "has", "haven't", "have",
        "never", "doesnt", "dont", "didnt", "hasnt", "havent",
    )
)  # fmt: skip


def _lacked_amount(
    reading: Reading, index: int, unit: str | None
) -> tuple[list[Filter], str] | None:
    """The filters of the rows a "no ..." just before an amount denies ("customers with no
    payments over $8") and the rows' own amount, when they have one."""
    parsed, catalog = reading.parsed, reading.catalog
    if unit != "dollar" or catalog is None or not parsed.exists or index < 1:
        return None
    candidates, negate, filters, _ = parsed.exists[-1]
    said = reading.significant[index - 1]
    if (
        not negate
        or said.kind not in _MEASURE_KINDS
        or not set(_measures_of(said)) & set(candidates)
    ):
        return None
    amount = _rows_amount(catalog, candidates)
    return (filters, amount) if amount is not None else None


def _rows_amount(catalog: Catalog, measures: Sequence[str]) -> str | None:
    """The attribute holding each row's own amount, for rows a measure counts or dates
    (payments, the latest payment: each payment's amount)."""
    for name in measures:
        measure = catalog.measures[name]
        if measure.expression != "count(*)" and measure.format != "date":
            continue
        for dimension in catalog.dimensions.values():
            if dimension.ranked_by and dimension.home == measure.relation:
                return dimension.ranked_by
    return None


def _counted_rows(
    reading: Reading,
    after: tuple[int, Mention] | None,
    before: tuple[int, Mention] | None,
    unit: str | None,
) -> tuple[int, str] | None:
    """An amount of money next to rows that have one ("payments of $0", "0-dollar
    payments"): the rows' own amount, not a total per group."""
    catalog = reading.catalog
    if unit != "dollar" or catalog is None:
        return None
    for found in (after, before):
        if found is None or found[1].kind not in _MEASURE_KINDS:
            continue
        # "payments of $0", "the latest payment above $10": each payment's amount
        amount = _rows_amount(catalog, _measures_of(found[1]))
        if amount is not None:
            return found[0], amount
    return None


def _subject_and_measure(reading: Reading, mention: Mention) -> tuple[str | None, tuple[str, ...]]:
    """A measure phrase that starts with the rows it is counted for ("films rented",
    "customers who paid"): those rows, and the measure the rest of the phrase names."""
    phrase = words(mention.text)
    first = reading.lexicon.phrases.get(phrase[:1])
    if first is None or first.dimension is None or len(phrase) < 2:
        return None, _measures_of(mention)
    for start in range(1, len(phrase)):
        rest = reading.lexicon.phrases.get(phrase[start:])
        if rest is not None and rest.kind == Kind.MEASURE and rest.measures:
            return first.dimension, rest.measures
    return None, _measures_of(mention)


_ASKED_OF = re.compile(r"\b(?:does|do|did|has|have|had)\s+$")
# "films at store 1 haven't been rented": where the films are, not who did not rent them
_PLACED_AT = re.compile(r"\b(?:at|in|from)\s+(?:the\s+)?$", re.I)


def _describes_noun_before(reading: Reading, index: int) -> bool:
    """ "customers in the United States have never rented": the value says which of the
    noun before it are meant, it is not who does (or does not) the verb."""
    value = reading.significant[index]
    noun = reading.significant[index - 1] if index > 0 else None
    if noun is None or noun.kind != Kind.NOUN or noun.entry is None or value.entry is None:
        return False
    if not _describes(value, reading):  # "films store 1 doesn't stock": store 1 stocks
        return False
    dimension = noun.entry.dimension
    return any(
        d == dimension or (dimension, d) in reading.lexicon.related for d, _ in value.entry.values
    )


def _events_of(measures: tuple[str, ...], reading: Reading) -> tuple[str | None, tuple[str, ...]]:
    """ "Customers rented more than 40 times" read as renting customers: the customers
    (what the measure counts the different ones of) and their events (the rentals)."""
    catalog = reading.catalog
    if catalog is None or not measures:
        return None, measures
    counted = catalog.measures[measures[0]]
    if counted.distinct_column is None:
        return None, measures
    entity = catalog.entity_counted(counted.name)
    events = catalog.rows_measure(counted.relation)
    if entity is None or events is None:
        return None, measures
    return entity, (events,)


_ANY_ONE = re.compile(r"\b(?:a|an|any|one|a\s+single)\s*$")


def _attribute_of(reading: Reading, mention: Mention, thing: Mention) -> bool:
    """Whether ``mention`` names an attribute of ``thing`` ("film released": the film's
    release year)."""
    catalog = reading.catalog
    if catalog is None or mention.entry is None or thing.entry is None:
        return False
    attribute = catalog.dimensions.get(mention.entry.dimension or "")
    owner = catalog.dimensions.get(thing.entry.dimension or "")
    return (
        attribute is not None
        and owner is not None
        and attribute.attribute
        and attribute.home == owner.home
    )


def _bind_never(reading: Reading, index: int) -> None:
    """ "never rented", "no payment in May": nothing of the measure exists, among the rows
    the values and periods after it describe. Before a value it excludes the value."""
    significant = reading.significant
    j = index + 1
    while j < len(significant) and significant[j].kind in (Kind.ALL, Kind.DIMENSION):
        said = words(significant[j].text)[-1:]
        after = significant[j + 1] if j + 1 < len(significant) else None
        counted = said in _COPIES or (
            said[0] in FILM_NOUNS  # "no film released in 2022": no films, by their own year
            and (after is None or after.kind == Kind.DIMENSION)
            and (after is None or _attribute_of(reading, after, significant[j]))
        )
        copies = reading.lexicon.phrases.get((plural(said[0]),)) if counted else None
        if copies is not None and copies.measures:
            significant[j].kind, significant[j].entry = Kind.NOUN, copies
            break  # "films with no copy at store 1": the copies are what is lacking
        j += 1  # "not in any store's inventory"
    strong = True  # a negation that denies nothing we can place: never ignored
    if j >= len(significant):
        if strong:
            reading.parsed.problems.append(_NEVER_WHAT)
        return
    target = significant[j]
    k = j
    while k < len(significant) and significant[k].kind == Kind.VALUE:
        k += 1  # "zero Mandarin rentals", "zero July rentals"
    if (
        target.kind == Kind.VALUE
        and k < len(significant)
        and _measures_of(significant[k])
        and significant[k].kind == Kind.MEASURE  # events, not things: "not English films"
        # a noun ("no Horror rentals"), not a verb: "films that aren't in English brought in"
        and words(significant[k].text) not in WEAK_MEASURE_PHRASES
    ):  # "zero Mandarin rentals", "no Horror rentals": none of those rows
        named = [m.entry.values[0] for m in significant[j:k] if m.entry and m.entry.values]
        picked = _any_of([Filter(dimension=d, values=(v,)) for d, v in named])
        periods = [m.time.time_range for m in significant[j:k] if m.time is not None]
        reading.consumed.update(range(index, k + 1))
        within = periods[0] if len(periods) == 1 else None
        reading.parsed.exists.append((_measures_of(significant[k]), True, picked, within))
        return
    if target.kind == Kind.VALUE:
        significant[index].kind = Kind.NEGATE  # "not in English": exclude the value
        said = words(significant[index].text)
        if target.entry is not None and said[:1] not in (("not",), ("non",)):
            # ("no Japanese films", "never a Japanese film": none of them, said)
            reading.parsed.lacking += [d for d, _ in target.entry.values[:1]]
        return
    catalog = reading.catalog
    if target.kind not in _MEASURE_KINDS or not _measures_of(target):
        if strong:
            reading.parsed.problems.append(_NEVER_WHAT)
        return
    compared = significant[j + 1] if j + 1 < len(significant) else None
    if (
        catalog is not None
        and target.entry is not None
        and (owner := target.entry.dimension) is not None
        and owner in catalog.dimensions
        and catalog.dimensions[owner].attribute
        and compared is not None
        and compared.kind == Kind.OPERATOR
    ):  # "never in a film with a rental duration of 3 days": a film's attribute, no event
        reading.parsed.problems.append(_NEVER_WHAT)
        return
    reading.consumed.update(range(index, j + 1))
    filters: list[Filter] = []
    period: TimeRange | None = None
    subject = significant[index - 1] if index > 0 else None
    if (
        subject is not None
        and (
            words(significant[index].text)[:1] in _AGENT_NEGATIONS  # not "are not"
            or _ASKED_OF.search(reading.text[: subject.start])  # "does store 2 not carry"
        )
        and subject.kind == Kind.VALUE
        and subject.time is None
        and subject.entry is not None
        and not reading.text[subject.end : significant[index].start].strip()
        and not _describes_noun_before(reading, index - 1)
        and not _PLACED_AT.search(reading.text[: subject.start])
    ):  # "films store 1 doesn't stock": store 1 is whose stock
        reading.consumed.add(index - 1)
        if subject.entry.values:
            filters.append(_first_reading(subject.entry))
    k = j + 1
    while k < len(significant) and significant[k].kind in (Kind.VALUE, Kind.NOUN, Kind.DIMENSION):
        other = significant[k]
        if (
            other.kind == Kind.DIMENSION
            and k == len(significant) - 1
            and _ANY_ONE.search(reading.text[: other.start])
        ):  # "customers who never rented a film": any film, no filter
            reading.consumed.add(k)
            break
        if other.kind == Kind.DIMENSION and not filters:
            dated = significant[k + 1] if k + 1 < len(significant) else None
            year = _years_of(reading, other, dated)
            if year is not None and dated is not None:  # "no films released in 2024"
                filters.append(year)
                reading.consumed.update((k, k + 1))
                if dated.time is not None and reading.parsed.time_range == dated.time.time_range:
                    reading.parsed.time_range = None  # (the films' year, not a period)
                k += 2
                continue
            if dated is not None and dated.time is not None:  # "no films released since
                reading.parsed.problems.append(_NEVER_WHAT)  # 2023": the films' year
            break  # "never rented by store": not what the rows are
        if other.time is not None:
            period = other.time.time_range
        elif other.kind == Kind.VALUE and other.entry is not None and other.entry.values:
            filters.append(_first_reading(other.entry))  # (all its hours: "before 06:00")
        elif other.kind == Kind.NOUN and k > j + 1 and significant[k - 1].kind != Kind.VALUE:
            break  # (but "never rented any G films in July": the films the value describes)
        reading.consumed.add(k)
        k += 1
    reading.parsed.exists.append((_measures_of(target), True, _any_of(filters), period))


def year_filters(dimension: str, period: TimeRange) -> list[Filter] | None:
    """A period of whole calendar years as filters on a year attribute ("released in 2024":
    = 2024; "since 2023": >= 2023; "before 2020": < 2020); None when the period is not whole
    years (a year attribute has no months)."""
    start, end = period.start, period.end
    if start is None and end is None:
        return None
    if any(d is not None and (d.month, d.day) != (1, 1) for d in (start, end)):
        return None
    if start is not None and end is not None and end.year - start.year == 1:
        return [Filter(dimension=dimension, values=(start.year,))]
    bounds = [Filter(dimension=dimension, values=(start.year,), op=">=")] if start else []
    if end is not None:
        bounds.append(Filter(dimension=dimension, values=(end.year,), op="<"))
    return bounds


def _years_of(reading: Reading, said: Mention, dated: Mention | None) -> Filter | None:
    """ "no films released in 2024 / since 2023 / before 2020": whole calendar years of a
    year attribute, as one filter on it (not a period, which things have none of)."""
    if dated is None or dated.time is None or said.entry is None or reading.catalog is None:
        return None
    dimension = said.entry.dimension
    if dimension is None or reading.catalog.dimensions[dimension].type != "year":
        return None
    found = year_filters(dimension, dated.time.time_range)
    return found[0] if found is not None and len(found) == 1 else None


def _first_reading(entry: Entry) -> Filter:
    """The values a value mention names, of the dimension it is read as first ("before
    06:00": the hours 0 to 5; "Georgia": the country)."""
    dimension = entry.values[0][0]
    return Filter(dimension=dimension, values=tuple(v for d, v in entry.values if d == dimension))


def _any_of(filters: list[Filter]) -> list[Filter]:
    """Values of one dimension said together ("on a Saturday or Sunday") as one condition
    that any of them meets, not each at once."""
    merged: list[Filter] = []
    for flt in filters:
        same = next(
            (
                m
                for m in merged
                if (m.dimension, m.op, m.negate) == (flt.dimension, flt.op, flt.negate)
                and flt.op == "="
            ),
            None,
        )
        if same is None:
            merged.append(flt)
        else:
            values = (*same.values, *(v for v in flt.values if v not in same.values))
            merged[merged.index(same)] = same.model_copy(update={"values": values})
    return merged


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
    reading.parsed.named_times += 1
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
    reading.parsed.excludes |= negate
    for dimension, value in pairs:
        reading.values.append((dimension, value, negate, mention.compare))
    reading.parsed.named_values.append(tuple(pairs))
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


def _describes(mention: Mention, reading: Reading) -> bool:
    """A value of a film or a place ("an R rating", "Action"), not a period or a store."""
    if mention.kind == Kind.DIMENSION:
        return True
    if mention.kind != Kind.VALUE or mention.entry is None or mention.time is not None:
        return False
    catalog = reading.catalog
    return catalog is not None and not any(
        catalog.dimensions[d].numbered or _of_events(catalog, d) for d, _ in mention.entry.values
    )


def _of_events(catalog: Catalog, dimension: str) -> bool:
    """A dimension read from the date of dated rows ("on Saturdays", "in the morning": when
    the payments or rentals happened), not of a film, a place or a person."""
    return any(
        column.name in catalog.dates.get(source.relation, ())
        for source in catalog.dimensions[dimension].sources
        for column in source.parsed.find_all(exp.Column)
    )


_MADE = frozenset({("made",), ("make",), ("makes",), ("making",)})
_POINTED_AT = re.compile(r"\s*(?:them|those|these|it|that)\b(?!\s+\w+\s+(?:of|to)\b)", re.I)
_OWNED = re.compile(r"(?:'s|\b(?:our|my|the|its|their|your|whole|entire|total))\s+$", re.I)
_STORE_BEFORE = re.compile(r"\bstores?\s+\d+\s+$", re.I)  # "store 2 stock by rating"
_STOCK_NOUNS = frozenset({("stock",), ("inventory",)})
_WITHIN = re.compile(r"\b(?:in|from|across|within|at)\s+(?:\S+\s+){1,2}$", re.I)


def read_measure(reading: Reading, index: int, mention: Mention) -> bool:
    """A measure ("revenue"); one named by a verb ("make", "rented") only counts when the
    question names no other."""
    entry = mention.entry
    if mention.kind != Kind.MEASURE or entry is None:
        return False
    said = words(mention.text)
    catalog = reading.catalog
    if (
        catalog is not None
        and len(said) == 1
        and (
            _OWNED.search(reading.text[: mention.start])
            or (said in _STOCK_NOUNS and _STORE_BEFORE.search(reading.text[: mention.start]))
        )
        and not _WITHIN.search(reading.text[: mention.start])  # "films in our stock"
        and (nouns := tuple(m for m in entry.measures if said[0] in catalog.measures[m].synonyms))
    ):  # "store 1's stock", "our stock": the noun (its rows, the copies), not the verb
        rows = tuple(m for m in nouns if catalog.rows_measure(catalog.measures[m].relation) == m)
        entry, said = replace(entry, measures=rows or nouns), ()
    if said in WEAK_MEASURE_PHRASES:
        if said in _MADE and _POINTED_AT.match(reading.text[mention.end :]):
            return True  # "how many customers made them": the things before, not money
        reading.parsed.verbs.append(entry.measures)
        following = reading.significant[index + 1 : index + 2]
        if following and _describes(following[0], reading):
            return True  # "carry an R rating": a verb, not a measure
        if following and following[0].kind in (Kind.NEVER, Kind.MEASURE):
            return True  # "customers who made no rentals": "made" says nothing itself
        reading.weak.append(entry.measures)
    else:
        reading.parsed.measures.append(entry.measures)
        if reading.after == Kind.BY:  # "average revenue per rental": what it is divided by
            reading.parsed.per_measures.append(entry.measures)
        subject, events = _subject_and_measure(reading, mention)
        if subject is not None and not reading.pending_count:  # "films rented by customer 1"
            reading.phrased = (subject, entry.measures, events)
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
    if (  # "films and avg length per language": the films counted beside the average
        kind == Kind.NOUN
        and entry.measures
        and _joined_to_measure(reading, index)
        and not reading.pending_count
        and reading.after is None
    ):
        parsed.measures.append(entry.measures)
        return True
    said_before = reading.significant[index - 1].entry if index else None
    if (
        kind == Kind.NOUN
        and entry.measures
        and said_before is not None
        and said_before.measures in parsed.measures
        and not reading.pending_count
        and _joined_to_measure(reading, index - 1)
    ):
        parsed.measures.append(entry.measures)  # "distinct titles + copies": both counted
        return True
    things = parsed.subjects or reading.unassigned or reading.described
    if (
        things
        and dimension not in parsed.subjects
        and _SHOWN_BESIDE.search(reading.text[: mention.start])
    ):
        parsed.shown.append(dimension)  # "stores in Ukraine with their city"
        return True
    if (
        said_before is not None
        and said_before.dimension in parsed.shown
        and _between(reading, index - 1, index).strip(" ,") in ("and", "&", "+")
    ):
        parsed.shown.append(dimension)  # "with their city and country": both shown
        return True
    if _coordinated(reading, index, mention):  # "what city and country": both asked
        before = reading.significant[index - 1].entry
        if before in reading.unassigned and before is not None and before.dimension:
            reading.unassigned.remove(before)  # "the customer id and staff id": both
            parsed.dimensions.append(before.dimension)
            parsed.subjects.append(before.dimension)
        parsed.dimensions.append(dimension)
        if before is not None and before.dimension in parsed.subjects:
            parsed.subjects.append(dimension)
        return True
    if (  # "busiest payment hour", "top earning title": ranked like "busiest hour"
        after == Kind.MEASURE
        and index >= 2
        and reading.significant[index - 2].kind == Kind.RANK
        and not parsed.dimensions
    ):
        after = Kind.RANK
    ranks_by = parsed.direction is not None and parsed.dimensions
    if after == Kind.BY and kind == Kind.NOUN and ranks_by and not parsed.measures:
        parsed.measures.append(entry.measures)  # "top 3 countries by customers"
    elif (
        after == Kind.RANK
        and kind == Kind.NOUN
        and (parsed.dimensions or parsed.attributes or parsed.grain or reading.unassigned)
        and not parsed.measures
        and entry.measures
        and parsed.rank_attribute is None  # "the longest films": by length, not counted
    ):
        parsed.measures.append(entry.measures)  # "which category has the fewest films"
        parsed.dimensions += [a for a in parsed.attributes if a not in parsed.dimensions]
        parsed.attributes.clear()  # "the rental period with the fewest titles"
        parsed.singular = True
    elif after == Kind.RANK and kind == Kind.NOUN and parsed.rank_attribute and parsed.dimensions:
        pass  # "language with the shortest films": the films whose length ranks the groups
    elif (
        after == Kind.BY
        and kind == Kind.NOUN
        # ("for each of our stores in South Africa": each one, those in South Africa)
        and (reading.previous is None or reading.previous.text == "by")
        and (
            reading.neighbour_value(index, dimension) or _relative_value(reading, index, dimension)
        )
    ):
        reading.described.append(entry)  # "rentals by customers from India"
        parsed.absorbed.add(dimension)  # "by" says who, not a breakdown
    elif after in (Kind.BY, Kind.WHICH, Kind.RANK, Kind.LIST):
        parsed.dimensions.append(dimension)
        if after == Kind.BY and reading.previous is not None and reading.previous.text != "by":
            parsed.per_dimensions.append(dimension)  # "per customer", "of each film"
        parsed.singular |= after in (Kind.WHICH, Kind.RANK) and not entry.plural
        if after in (Kind.WHICH, Kind.LIST, Kind.RANK):
            parsed.subjects.append(dimension)
    elif after == Kind.ALL and not (reading.pending_count and index <= 2):
        # "how much did customer 148 pay, across all my stores": not the stores counted
        parsed.cleared.add(dimension)
        if kind == Kind.NOUN:  # "are there any movies ...": still what is asked about
            reading.unassigned.append(entry)
    elif reading.pending_count and kind == Kind.NOUN:
        parsed.measures.append(entry.measures)
        reading.pending_count = False
        reading.counted_noun = (dimension, entry.measures)
        parsed.counted_noun = dimension
    elif _first_of_value(reading, index, dimension):
        parsed.dimensions.append(dimension)  # "store of customer 148": which store
        parsed.subjects.append(dimension)
        parsed.singular |= not entry.plural
    elif kind == Kind.NOUN and entry.measures and _joined_to_measure(reading, index):
        parsed.measures.append(entry.measures)  # "india: customers + rentals per city"
    elif reading.neighbour_value(index, dimension):
        if kind == Kind.NOUN:
            reading.described.append(entry)
            if (_ranked_before(reading, index) or _ranks_after(reading, index)) and not (
                parsed.dimensions
            ):
                parsed.dimensions.append(dimension)  # "the least rented horror film"
                parsed.subjects.append(dimension)
                parsed.singular |= not entry.plural
        elif (
            index >= 2
            and (
                reading.significant[index - 2].text in ("which", "most", "least")
                or _ranked_before(reading, index)  # "least rented horror film"
            )
        ) or _ranks_after(reading, index):
            parsed.dimensions.append(dimension)  # "which G-rated film has been rented most"
            parsed.subjects.append(dimension)
            parsed.singular |= not entry.plural
        elif _numbered_before(reading, index) and (
            _last_said(reading, index)
            or (_last_said(reading, index, ("+",)) and _one_per_numbered(reading, index, dimension))
        ):
            parsed.dimensions.append(dimension)  # "store 1 city?": the city of store 1
        elif _last_said(reading, index, ("and", "&", "/", "+", "")) and _one_thing_before(
            reading, index, dimension
        ):
            # "african egg rating", "minds truman rating and length": that film's rating
            parsed.attributes.append(dimension)
    elif kind == Kind.NOUN:
        reading.unassigned.append(entry)
    elif _ARTICLE.search(reading.text[: mention.start]) and not entry.plural:
        pass  # "the average cost of a movie": any one film, not a breakdown by film
    else:
        parsed.dimensions.append(dimension)
        parsed.singular |= not entry.plural  # "language with the least titles": the one
    return True


def _last_said(reading: Reading, index: int, joined: tuple[str, ...] = ("and", "&", "/")) -> bool:
    """Mention ``index`` ends the question, alone or first of things joined to it
    ("customer 347 city and country", "city/country?")."""
    rest = reading.significant[index:]
    return all(
        _an_attribute(reading, m) and reading.text[a.end : m.start].strip(" ,") in joined
        for a, m in itertools.pairwise(rest)
    )


def _an_attribute(reading: Reading, mention: Mention) -> bool:
    """A dimension, or a noun naming an attribute ("running time": the film's length)."""
    if mention.kind == Kind.DIMENSION:
        return True
    entry, catalog = mention.entry, reading.catalog
    return (
        mention.kind == Kind.NOUN
        and entry is not None
        and entry.dimension is not None
        and catalog is not None
        and catalog.dimensions[entry.dimension].attribute
    )


# "... with their city", "... and its language": said of each thing listed
_SHOWN_BESIDE = re.compile(r"\b(?:with|and|plus)\s+(?:their|its|his|her)\s+$", re.I)


def _joined_to_measure(reading: Reading, index: int) -> bool:
    """Whether the noun at ``index`` is joined by "+", "&" or "and" to a measure said
    right after it ("customers + rentals per city"): both are counted."""
    if index + 1 >= len(reading.significant):
        return False
    after = reading.significant[index + 1]
    between = _between(reading, index, index + 1).strip(" ,")
    if after.kind == Kind.NOUN and after.entry is not None and after.entry.measures:
        return between in ("+", "&", "plus")  # "distinct titles + copies per rating"
    return after.kind == Kind.MEASURE and between in ("+", "&", "and", "plus")


def _coordinated(reading: Reading, index: int, mention: Mention) -> bool:
    """A dimension joined by "and" to the dimension just before it, which the question
    asks for ("what city and country does customer 262 live in"): asked for the same."""
    if index == 0 or mention.kind != Kind.DIMENSION:
        return False
    before = reading.significant[index - 1]
    between = reading.text[before.end : mention.start].strip(" ,").removeprefix("id ")
    # ("the customer id and staff id for payment 17503": the customer's, asked for too)
    asked = before.kind == Kind.DIMENSION or (
        before.kind == Kind.NOUN and before.entry in reading.unassigned
    )
    return (
        asked
        and before.entry is not None
        and (
            before.entry.dimension in reading.parsed.dimensions
            or before.entry in reading.unassigned
        )
        and between in ("and", "&", "/", "+")
    )


def _ranked_before(reading: Reading, index: int) -> bool:
    """A superlative stands before mention ``index`` with only a verb and values between
    ("least rented horror film", "most popular G film")."""
    for j in range(index - 1, max(-1, index - 4), -1):
        kind = reading.significant[j].kind
        if kind == Kind.RANK:  # (not "actor with the most horror movies": the actor,
            # nor "on which day did store 2 rent the most R-rated films": the day)
            named = (Kind.NOUN, Kind.DIMENSION, Kind.WHICH, Kind.GRAIN)
            return j < index - 1 and all(m.kind not in named for m in reading.significant[:j])
        if kind not in (Kind.VALUE, Kind.MEASURE):
            return False
    return False


def _ranks_after(reading: Reading, index: int) -> bool:
    """A superlative and a noun of another thing follow mention ``index`` ("comedy film
    with the most actors": the films ranked by their actors, not the actors ranked)."""
    following = reading.significant[index + 1 : index + 3]
    entry = reading.significant[index].entry
    return (
        len(following) == 2
        and following[0].kind == Kind.RANK
        and following[1].kind in (Kind.NOUN, Kind.MEASURE)
        and following[1].entry is not None
        and bool(following[1].entry.measures)
        and entry is not None
        and following[1].entry.dimension != entry.dimension
        and reading.text[reading.significant[index].end : following[0].start].split()
        in (["with", "the"], ["having", "the"], ["that", "has", "the"], ["with"])
    )


def _first_of_value(reading: Reading, index: int, dimension: str) -> bool:
    """The question opens with ``dimension`` "of" one named thing of another dimension:
    "rating of film 5", "home store of customer #148" ask which value it has."""
    if index != 0 or len(reading.significant) != 2 or reading.after is not None:
        return False
    mention, value = reading.significant
    between = reading.text[mention.end : value.start].split()
    # ("the rating on ZOOLANDER FICTION", "the category for film 5": of one thing)
    one = mention.entry is not None and not mention.entry.plural and between in (["on"], ["for"])
    return (
        (between == ["of"] or one)
        and value.kind == Kind.VALUE
        and value.entry is not None
        and all(d != dimension for d, _ in value.entry.values)
        and not _ARTICLE.search(reading.text[: mention.start].replace("the ", ""))
    )


def _numbered_before(reading: Reading, index: int) -> bool:
    """The mention before ``index`` names a thing by its number ("store 1")."""
    before = reading.significant[index - 1].entry if index else None
    catalog = reading.catalog
    return (
        before is not None
        and catalog is not None
        and bool(before.values)
        and all(catalog.dimensions[d].numbered for d, _ in before.values)
    )


def _one_per_numbered(reading: Reading, index: int, dimension: str) -> bool:
    """Each thing named by number before ``index`` has one ``dimension`` ("store 40: city +
    manager": a store's city; not "store 1 - payment id + amount": a store's payments)."""
    before = reading.significant[index - 1].entry
    catalog = reading.catalog
    if before is None or catalog is None:
        return False
    return all(catalog.one_per(dimension, catalog.dimensions[d].home) for d, _ in before.values)


def _one_thing_before(reading: Reading, index: int, dimension: str) -> bool:
    """The mention before ``index`` names one thing that has one value of ``dimension``
    ("african egg rating": the rating of that film)."""
    before = reading.significant[index - 1].entry if index else None
    catalog = reading.catalog
    if before is None or catalog is None or not before.values:
        return False
    asked = catalog.dimensions[dimension]
    return all(
        d != dimension  # ("the Music category": the value's own dimension named)
        and (thing := catalog.dimensions[d]).key is not None
        and catalog.one_per(dimension, thing.home)
        # ("ACADEMY DINOSAUR film id": the film itself, by its number)
        and all(s.expression != thing.key_column for s in asked.sources)
        for d, _ in before.values
    )


def _relative_value(reading: Reading, index: int, dimension: str) -> bool:
    """ "made by customers who live in India": a value of the noun's, after "who"/"that"."""
    following = reading.significant[index + 1 : index + 3]
    if len(following) < 2 or following[0].text not in ("who", "that", "which"):
        return False
    value = following[1]
    return (
        value.kind == Kind.VALUE
        and value.entry is not None
        and any((dimension, d) in reading.lexicon.related for d, _ in value.entry.values)
    )


def read_attribute(reading: Reading, index: int, mention: Mention) -> bool:
    """An attribute ("length", "rental rate"): a breakdown after "by", what a list is
    ranked by after "longest" / "most", else a column shown beside a list."""
    named = reading.attribute(mention)
    if named is None or mention.kind not in (Kind.DIMENSION, Kind.NOUN):
        return False
    parsed = reading.parsed
    numeric = reading.catalog is not None and reading.catalog.dimensions[named].type != "text"
    frequency = reading.previous is not None and words(reading.previous.text) in _FREQUENCY
    if reading.after == Kind.BY:
        parsed.dimensions.append(named)
    elif (
        (reading.after in (Kind.WHICH, Kind.RANK) and not numeric)
        or frequency
        or (reading.after == Kind.WHICH and parsed.direction is None)
    ):
        parsed.dimensions.append(named)  # "which first name", "the most common last name"
        parsed.singular |= not (mention.entry is not None and mention.entry.plural)
    elif reading.after == Kind.RANK and parsed.direction is not None and not parsed.measures:
        parsed.rank_attribute = (named, parsed.direction)
    elif mention.kind == Kind.NOUN and reading.pending_count:
        return False
    else:
        parsed.attributes.append(named)
    return True


_EACH_WORDS = frozenset({("per",), ("each",), ("every",)})


def read_grain(reading: Reading, index: int, mention: Mention) -> bool:
    """A time grain ("monthly", "per day"); one only."""
    entry = mention.entry
    if mention.kind != Kind.GRAIN or entry is None:
        return False
    parsed = reading.parsed
    if parsed.grain not in (None, entry.grain):
        parsed.problems.append("I can show one time grain at a time (day, week, ...).")
    parsed.grain = entry.grain
    # "by day", "per day", "of each day": asked for ("the first rental of each day")
    parsed.grain_by |= reading.after == Kind.BY or words(mention.text)[:1] in _EACH_WORDS
    plural = mention.text.strip().endswith("s")
    before = reading.significant[index - 2].kind if index >= 2 else None
    ranked = reading.after in (Kind.WHICH, Kind.RANK) or (  # "busiest rental day"
        reading.after == Kind.MEASURE and before in (Kind.WHICH, Kind.RANK)
    )
    following = reading.significant[index + 1 : index + 2]
    ranked |= bool(  # "the day with the most rentals": the one
        following
        and following[0].kind == Kind.RANK
        and following[0].limit is None
        and _WITH_THE.fullmatch(reading.text[mention.end : following[0].start])
    )
    parsed.singular |= ranked and not plural
    return True


_WITH_THE = re.compile(
    r"\s*(?:with|that\s+(?:had|has|saw)|which\s+(?:had|has|saw)|having)\s+the\s*", re.I
)


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
        reading.rank_measures = entry.measures
        parsed.vague_rank = entry.implied
    if entry is not None and entry.dimension is not None and parsed.direction is not None:
        parsed.rank_attribute = (entry.dimension, parsed.direction)  # "the longest film"
    return True


def read_count(reading: Reading, index: int, mention: Mention) -> bool:
    """A count ("how many", "number of"): the next noun is what is counted."""
    if mention.kind != Kind.COUNT:
        return False
    # "how much have Sports films earned": an amount the verb names, the films not counted
    reading.pending_count = mention.text != "how much"
    # "how many", "in total": a figure; not "how much" (the cost to rent one film)
    reading.parsed.counted |= mention.text in _COUNTING
    # "how many customers paid more than $5": the question opens by counting things
    reading.parsed.counts_things |= index == 0 and mention.text in _COUNTING_THINGS
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
    elif mention.kind == Kind.LIST:
        parsed.listed = True
    elif mention.kind == Kind.SHARE:
        parsed.share = True
    elif mention.kind == Kind.AVERAGE:
        parsed.average = True
    elif mention.kind == Kind.GROWTH:
        parsed.growth = True
    elif mention.kind == Kind.NEVER:
        pass  # "not", "no" before nothing they deny: no meaning of their own
    else:
        return False
    return True


READERS: tuple[Reader, ...] = (
    read_unknown,
    read_time,
    read_value,
    read_measure,
    read_attribute,
    read_noun,
    read_grain,
    read_rank,
    read_count,
    read_switches,
)


def _same_rows(
    verb: tuple[str, ...], measures: list[tuple[str, ...]], catalog: Catalog | None
) -> bool:
    """A verb's measures count the rows the named measures do ("rentals ... late": late
    rentals), not others ("rentals were made": not the money made)."""
    if catalog is None:
        return True
    rows = {catalog.measures[m].relation for named in measures for m in named}
    return any(catalog.measures[m].relation in rows for m in verb)


def weak_measures(reading: Reading) -> None:
    """Measures named by a verb ("how much did store 1 make") when nothing else is, and
    the question does not rank by an attribute ("cheapest to rent")."""
    parsed = reading.parsed
    ranked = reading.rank_measures  # "busiest payment hour": the payments, not the rentals
    if ranked is not None and len(parsed.measures) > 1 and ranked in parsed.measures:
        parsed.measures.remove(ranked)
    parsed.vague_rank &= parsed.measures == [ranked]
    verbs = reading.weak or parsed.verbs  # "how many times did they rent Children films"
    if verbs and _TIMES.search(reading.text):  # "how many times were NC-17 films
        parsed.measures = list(verbs)  # rented": the rentals, not the films
    elif (
        not parsed.measures
        and parsed.rank_attribute is None
        and not parsed.average
        # "which Horror titles does store 1 carry": the titles, listed (not counted)
        and not _lists_things(reading)
    ):
        parsed.measures = reading.weak
    elif parsed.share and reading.weak:  # "what percentage of rentals are late"
        parsed.measures += [
            w
            for w in reading.weak
            if w not in parsed.measures and _same_rows(w, parsed.measures, reading.catalog)
        ]
    catalog = reading.catalog
    # "how many titles does my store carry": films in stock; "do we carry": the catalogue
    about_stores = re.search(r"\b(?:stores?|shops?|branch(?:es)?|locations?)\b", reading.text)
    for verb in reading.weak if catalog is not None and about_stores else ():
        for name in verb:  # "how many titles does the store carry": films in stock
            refined = catalog.measures[name].refines if catalog is not None else ()
            for index, counted in enumerate(parsed.measures):
                if set(counted) & set(refined):
                    parsed.measures[index] = (name,)


_AMOUNT_ASKED = re.compile(r"\bhow much\b|\bwhat (?:did|do|does|have|has|had|will|would)\b")


_DISTINCT = re.compile(r"^\W*(?:the\s+)?(?:number\s+of\s+)?(?:distinct|unique|different)\b")


def _lists_things(reading: Reading) -> bool:
    """ "Which Horror titles does store 1 carry", "Italian films we stock": things named
    with no count, amount or ranking asked of them, so listed."""
    parsed = reading.parsed
    named = parsed.subjects or reading.described or reading.unassigned
    asked = (
        parsed.counted
        or parsed.direction is not None
        or bool(_AMOUNT_ASKED.search(reading.text) or _DISTINCT.search(reading.text))
    )
    return bool(named) and not asked and not parsed.having and not parsed.dimensions


def _describes_next(reading: Reading, measure: int, noun: int) -> bool:
    """The measure is one word said right before the noun, as an adjective of it ("cust
    60 unreturned titles"): the things it describes, not its count."""
    said, named = reading.significant[measure], reading.significant[noun]
    return (
        noun == measure + 1
        and len(words(said.text)) == 1
        and not reading.text[said.end : named.start].strip()
    )


_WITH_EVENTS = re.compile(r"^\s*(?:\S+\s+){0,3}?with\s+(?:\S+\s+){0,3}$", re.I)


def _between(reading: Reading, first: int | None, second: int | None) -> str:
    """The text between two significant mentions (empty unless the first is before)."""
    if first is None or second is None or first >= second:
        return ""
    return reading.text[reading.significant[first].end : reading.significant[second].start]


def listed_by_phrase(reading: Reading) -> None:
    """ "Films rented by customer 1", "customers who paid in May": the rows the phrase
    starts with, listed, when nothing asks a count, an amount, a ranking or groups."""
    parsed, phrased, catalog = reading.parsed, reading.phrased, reading.catalog
    first_noun = next(
        (i for i, m in enumerate(reading.significant) if m.kind in (Kind.NOUN, Kind.DIMENSION)),
        None,
    )
    first_measure = next(
        (i for i, m in enumerate(reading.significant) if m.kind == Kind.MEASURE), None
    )
    nouns = [e.dimension for e in [*reading.unassigned, *reading.described] if e.dimension]
    asked_which = parsed.which and parsed.direction is None and len(parsed.dimensions) == 1
    if asked_which:  # "which titles are out right now": listed, not counted per title
        nouns.append(parsed.dimensions[0])
    if (  # "titles out right now at my store": the titles with an unreturned rental
        phrased is None
        and catalog is not None
        and len(parsed.measures) == 1
        and len(parsed.measures[0]) == 1
        and (
            catalog.measures[parsed.measures[0][0]].part_of is not None
            # "customers with a rental in August": those with some, not the rentals counted
            or (
                _WITH_EVENTS.search(_between(reading, first_noun, first_measure))
                and catalog.rows_measure(catalog.measures[parsed.measures[0][0]].relation)
                == parsed.measures[0][0]
            )
        )
        and len(set(nouns)) == 1
        and not catalog.dimensions[nouns[0]].attribute
        and first_noun is not None
        and first_measure is not None
        and (
            first_noun < first_measure  # not "late returns of Action films"
            or _describes_next(reading, first_measure, first_noun)  # "unreturned titles"
        )
    ):
        phrased = (nouns[0], parsed.measures[0], parsed.measures[0])
        reading.unassigned, reading.described = [], []
        if asked_which:
            parsed.dimensions = []
    if phrased is None or parsed.measures != [phrased[1]]:
        return
    if parsed.exists and (
        catalog is None or any(catalog.measures[m].time_column for m in phrased[2])
    ):
        return  # only a stock condition beside a lacking one: "comedies in stock nobody rented"

    subject, _, events = phrased
    if (
        parsed.direction is not None
        and not (parsed.dimensions or parsed.grain or parsed.counted or parsed.having)
        and not (parsed.share or parsed.average or parsed.exists)
        and parsed.rank_attribute is None
        and parsed.comparison is None
    ):
        # "top 5 films rented in July", "which 5 movies were rented the most": the films
        # ranked by their rentals (not the different films rented, one figure)
        parsed.dimensions = [subject]
        parsed.measures = [events]
        return
    if (
        parsed.counted
        or parsed.direction is not None
        or parsed.dimensions
        or parsed.grain
        or parsed.having
        or parsed.average
        or parsed.share
        or parsed.comparison is not None
        or _AMOUNT_ASKED.search(reading.text)
        or _DISTINCT.search(reading.text)  # "distinct titles rented in August": how many
        or reading.described
        or reading.unassigned
    ):
        return
    parsed.measures = []
    parsed.subjects.insert(0, subject)
    parsed.listed = True
    parsed.verbs.insert(0, events)
    parsed.listed_by_verb = True


_IN_STOCK = re.compile(r"\bin\s+stock\b|\bstocked\b|\bon\s+(?:the\s+|our\s+|my\s+)?shel", re.I)


# A store as the one who rents ("did store 1 rent out"): it rents copies out, one per rental
_STORE_RENTS = re.compile(
    r"\b(?:did|does|has|have)\s+(?:store\s+\d+|(?:my|our|the|your|that|this)\s+(?:store|shop|branch)"
    r"|(?:each|every)\s+(?:store|shop))\s+(?:\w+\s+)?rent",
    re.I,
)


_DIFFERENT = re.compile(r"\b(?:different|distinct|unique|separate)\b", re.I)


def counted_by_verb(reading: Reading) -> None:
    """ "How many clients ever borrowed an R movie", "how many films did customers from
    London rent": the things counted among the verb's rows (renting customers, films
    rented), not every one on file, when the catalog counts them there."""
    parsed, catalog, counted = reading.parsed, reading.catalog, reading.counted_noun
    if catalog is None or counted is None or parsed.exists or parsed.measures != [counted[1]]:
        return
    for verb in parsed.verbs:
        if catalog.measures[verb[0]].time_column is None:
            stocked = _IN_STOCK.search(reading.text)  # ("do we carry": the catalogue)
            if stocked and set(catalog.measures[verb[0]].refines) & set(counted[1]):
                parsed.measures = [(verb[0],)]  # "how many films are in stock"
                return
            continue  # "how many films do we carry": weak_measures reads stock verbs
        relation = catalog.measures[verb[0]].relation
        rows = catalog.rows_measure(relation)
        store_rents = _STORE_RENTS.search(reading.text) and not _DIFFERENT.search(reading.text)
        if store_rents and rows is not None and rows in verb:
            parsed.measures = [(rows,)]  # "how many R films did store 1 rent out": its rentals
            return
        there = tuple(name for name in counted[1] if catalog.measures[name].relation == relation)
        if there:  # "how many customers (actually) paid": those counted among the payments
            parsed.measures = [there]
            return
        found = catalog.count_of(counted[0], relation)
        if found is not None:
            parsed.measures = [(found,)]
            return


def copies_counted_by_event(reading: Reading) -> None:
    """ "How many DVDs came back", "copies rented in May": the copies are what the event
    is about, so the events are counted (returns, rentals), not the copies in stock."""
    parsed, text = reading.parsed, reading.text
    for first, second in itertools.pairwise(reading.significant):
        if words(first.text)[-1:] not in _COPIES or second.kind != Kind.MEASURE:
            continue
        between = set(words(text[first.end : second.start]))
        copies, event = _measures_of(first), _measures_of(second)
        undated = reading.catalog is not None and not any(
            reading.catalog.measures[m].time_column for m in event
        )
        if undated:
            continue  # ("how many copies do we carry": the copies, not the titles in stock)
        if between <= _AUXILIARIES and copies in parsed.measures and event:
            parsed.measures.remove(copies)
            if event not in parsed.measures:  # a verb: "were rented"
                parsed.measures.append(event)


def ranked_values(reading: Reading) -> None:
    """ "Does store 1 or store 2 have more customers?": the named values are ranked by
    the noun after the superlative, not listed."""
    parsed = reading.parsed
    if parsed.direction is None:
        return
    named: dict[str, set[str | int]] = {}
    for dimension, value, negate, _ in reading.values:
        if not negate:
            named.setdefault(dimension, set()).add(value)
    several = [d for d, values in named.items() if len(values) > 1]
    if several and parsed.measures and not parsed.dimensions and not reading.unassigned:
        # "does store 1 or store 2 have more revenue": the stores ranked by the measure
        # ("staff with the most rentals on Saturdays or Sundays" ranks the staff)
        parsed.dimensions = [several[0]]
        parsed.limit = parsed.limit or 1
        return
    if parsed.measures:
        return
    nouns = [d for d in parsed.dimensions if d not in several]
    if not several or len(nouns) != 1:
        return
    entry = reading.lexicon.phrases.get((nouns[0],))
    said = next(
        (
            m.entry
            for m in reading.significant
            if m.kind in (Kind.NOUN, Kind.DIMENSION)
            and m.entry is not None
            and m.entry.dimension == nouns[0]
        ),
        None,
    )
    if said is not None and not said.plural and parsed.singular:
        return  # "store 1's top renter on Saturdays or Sundays": the renter, ranked
    measures = said.measures if said is not None and said.kind == Kind.NOUN else ()
    if not measures and entry is not None:
        measures = entry.measures
    if measures:
        parsed.measures = [measures]
        parsed.dimensions = [several[0]]
        parsed.subjects = [d for d in parsed.subjects if d != nouns[0]]
        parsed.limit = parsed.limit or 1


def ranked_noun(reading: Reading) -> None:
    """A ranking with no breakdown ranks the first noun: "top 10 films"."""
    parsed = reading.parsed
    if parsed.direction is None or parsed.dimensions or parsed.grain or not reading.unassigned:
        return
    first = reading.unassigned.pop(0)
    assert first.dimension is not None
    parsed.dimensions.append(first.dimension)
    parsed.singular |= not first.plural  # "actor whose films brought in the most": one


def implied_measures(reading: Reading) -> None:
    """Measures the question implies without naming them: the subject noun, a noun a
    value describes, the catalog's default for rankings."""
    parsed = reading.parsed
    parsed.noun_measures = [n.measures for n in reading.unassigned if n.measures][:1]
    parsed.described_measures = [n.measures for n in reading.described if n.measures][:1]
    parsed.default_measure = parsed.direction is not None
    nouns = [n.dimension for n in (*reading.unassigned, *reading.described) if n.dimension]
    parsed.subjects = list(dict.fromkeys([*parsed.subjects, *nouns]))
    parsed.which = any(m.kind == Kind.WHICH for m in reading.significant)


def singular_limit(reading: Reading) -> None:
    """A ranking asked in the singular ("which store had the most"): the top one."""
    parsed = reading.parsed
    which_alone = any(
        m.kind == Kind.WHICH
        and (
            i + 1 >= len(reading.significant)
            or reading.significant[i + 1].kind not in (Kind.NOUN, Kind.DIMENSION)
        )
        for i, m in enumerate(reading.significant)
    )
    # "who appears in the largest number of PG-13 titles": asked of one (ties shown)
    which_alone |= any(words(m.text)[:1] == ("who",) for m in reading.significant)
    if (parsed.singular or which_alone) and parsed.direction is not None and not parsed.limit:
        parsed.limit = 1


def unique_dimensions(reading: Reading) -> None:
    """Each dimension once, in the order first named."""
    reading.parsed.dimensions = list(dict.fromkeys(reading.parsed.dimensions))


def compound_dimensions(reading: Reading) -> None:
    """An entity right before a dimension of its own names whose it is, it is not a
    breakdown of its own: "rentals by film language" is by language (the film's), not by
    film and language; "customer country" is the customer's country."""
    parsed, significant = reading.parsed, reading.significant
    for first, second in itertools.pairwise(significant):
        owner = first.entry.dimension if first.entry is not None else None
        owned = second.entry.dimension if second.entry is not None else None
        if owner is None or owned is None or owner == owned or reading.catalog is None:
            continue
        between = reading.text[first.end : second.start]
        if between.strip() not in ("", "'s", "'"):
            continue
        entity = reading.catalog.dimensions.get(owner)
        if (
            entity is not None
            and entity.key is not None
            and owner in parsed.dimensions
            and owned in parsed.dimensions
            and (owner, owned) in reading.lexicon.related
        ):
            parsed.dimensions.remove(owner)
            parsed.subjects = [s for s in parsed.subjects if s != owner]
            parsed.absorbed.add(owner)
        elif (
            entity is not None
            and entity.key is not None
            and owner in parsed.dimensions
            and owned not in parsed.dimensions
            and second.kind == Kind.NOUN  # "film languages", not "films rent for"
            and reading.catalog.one_per(owned, reading.catalog.dimensions[owner].home)
        ):  # "which three film languages were rented most": the languages ranked
            at = parsed.dimensions.index(owner)
            parsed.dimensions[at] = owned
            parsed.subjects = [owned if s == owner else s for s in parsed.subjects]
            parsed.absorbed.add(owner)
            reading.unassigned = [e for e in reading.unassigned if e.dimension != owned]


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
        if len(found) > 1 and not compare and _apart(reading, dimension):
            parsed.problems.append(  # "at store 2 ... registered at store 1"
                "I can't tell what each of the stores named is for here (where it happened, "
                "whose customers): ask about one at a time."
            )
        if len(found) > 1 and not negate and _either(reading, dimension, found):
            # a list attribute holds every value filtered on: "trailers or commentaries"
            # (either one) cannot be said that way
            parsed.problems.append(
                "I can find the films with all of these features, not with any one of them "
                "yet: ask for each feature on its own."
            )
        if compare and not negate and len(found) > 1 and parsed.comparison is None:
            parsed.comparison = Comparison(dimension=dimension, values=tuple(found))
        else:
            parsed.filters.append(Filter(dimension=dimension, values=tuple(found), negate=negate))


_JOINED = re.compile(r"(?:and|or|&|/|plus|as\s+well\s+as|(?:and|or)\s+(?:at|in|for|from))?", re.I)


def _apart(reading: Reading, dimension: str) -> bool:
    """Numbered things of one dimension named apart, each with its own words ("rentals at
    store 2 by customers registered at store 1"), not one list ("store 1 or 2")."""
    catalog = reading.catalog
    if catalog is None or not catalog.dimensions[dimension].numbered:
        return False
    named = [
        m
        for m in reading.mentions
        if m.kind == Kind.VALUE and m.entry is not None and m.time is None
        and any(d == dimension for d, _ in m.entry.values)
    ]  # fmt: skip
    return any(
        not _JOINED.fullmatch(between := reading.text[a.end : b.start].strip(" ,"))
        # "store 1 vs store 2", "did store 2 rent more than store 1"
        and not (_COMPARE_WORDS.search(between) or "than" in between.split())
        for a, b in itertools.pairwise(named)
    )


def _either(reading: Reading, dimension: str, values: list[str | int]) -> bool:
    """Values of a list attribute joined by "or" ("trailers or commentaries")."""
    catalog = reading.catalog
    if catalog is None or catalog.dimensions[dimension].type != "list":
        return False
    found = [reading.text.find(str(v).lower()) for v in values]
    if any(p < 0 for p in found):
        return False
    return bool(re.search(r"\bor\b", reading.text[min(found) : max(found)]))


def time_ranges(reading: Reading) -> None:
    """One period is the question's time range; several (or one made of parts, when the
    question compares) are periods to compare."""
    parsed, times, mentions = reading.parsed, reading.times, reading.mentions
    compare = any(m.kind == Kind.COMPARE for m in mentions)
    periods: tuple[TimeRange, ...] = ()
    catalog = reading.catalog
    yearly = catalog is not None and any(
        catalog.dimensions[a].type == "year" for a in parsed.attributes
    )
    whole = [t for t in times if _whole_years(t.time_range)] if yearly else []
    if len(times) == 2 and len(whole) == 1:  # "August rentals of films released in 2022"
        parsed.attribute_years = whole[0].time_range
        times = [t for t in times if t is not whole[0]]
    if len(times) == 2 and not compare and (meant := _said_twice(reading, *times)) is not None:
        times = [meant]  # "the last seven days of the data, August 17 to 23"
    if len(times) == 2 and not compare and _within(times[0].time_range, times[1].time_range):
        times = [times[0]]  # "on Valentine's Day this year": that day, this year's
    elif len(times) == 2 and not compare and _within(times[1].time_range, times[0].time_range):
        times = [times[1]]
    if len(times) > 1:
        periods = tuple(t.time_range for t in times)
    elif len(times) == 1 and compare and times[0].parts:
        periods = times[0].parts
    elif len(times) == 1 and parsed.growth and parsed.grain is None and times[0].parts:
        periods = times[0].parts  # "the % change between last week and the week of July 25"
    elif len(times) == 1:
        itself = times[0].itself if parsed.grain is None else None
        parsed.time_range = itself or times[0].time_range  # "rentals from last week"
    if periods:
        periods = tuple(_period_label(p) for p in periods)
        if parsed.comparison is None:
            parsed.comparison = Comparison(periods=periods)
        else:
            parsed.comparison = parsed.comparison.model_copy(update={"periods": periods})


_RELATIVE = re.compile(
    r"\b(?:last|this|past|previous|so far|to date|latest|recent|current|yesterday|today)\b"
)
# what sets a period's dates beside its name: "last week, July 18 to 24", "(July 18-24)"
_RESTATED = re.compile(
    r"\s*(?:of\s+(?:the\s+)?[a-z]+\s*)?"
    r"(?:[,:(]|[-\u2013\u2014]|\bi\.?e\.?|\bthat is\b|\bnamely\b|\bwhich (?:is|was|means)\b)"
    r"[\s,:(]*(?:(?:from|between)\s+)?"
)


def _said_twice(reading: Reading, first: TimePhrase, second: TimePhrase) -> TimePhrase | None:
    """One period said twice, which is not two periods to compare: the same dates ("the
    last seven days of the data, August 17 to 23"), the same start with one end open ("so
    far this quarter, since July 1": the bounded one), or a relative period with its dates
    set beside it ("the last seven days of payments, July 21 to 27": the dates)."""
    a, b = first.time_range, second.time_range
    if (a.start, a.end) == (b.start, b.end):
        return second
    if a.start is not None and a.start == b.start and (_open_ended(a) or _open_ended(b)):
        return first if _open_ended(b) else second
    between = reading.text[first.end : second.start]
    if _RELATIVE.search(reading.text[first.start : first.end]) and _RESTATED.fullmatch(between):
        return second
    return None


def _open_ended(period: TimeRange) -> bool:
    return period.end is None or period.end.year >= 9999


def _whole_years(period: TimeRange) -> bool:
    """Whether ``period`` is whole years ("in 2022", "since 2020")."""
    start, end = period.start, period.end
    return (start is None or (start.month, start.day) == (1, 1)) and (
        end is None or (end.month, end.day) == (1, 1)
    )


def _within(inner: TimeRange, outer: TimeRange) -> bool:
    """Whether ``inner`` lies in ``outer``, a whole year or month said around it."""
    if None in (inner.start, inner.end, outer.start, outer.end) or inner == outer:
        return False
    assert inner.start and inner.end and outer.start and outer.end
    whole = (
        outer.start.day == 1
        and outer.end.day == 1
        and (
            outer.end.month - outer.start.month + 12 * (outer.end.year - outer.start.year)
            in (1, 12)
        )
    )
    return whole and outer.start <= inner.start and inner.end <= outer.end


FINISHERS: tuple[Finisher, ...] = (
    weak_measures,
    counted_by_verb,
    copies_counted_by_event,
    ranked_values,
    ranked_noun,
    implied_measures,
    singular_limit,
    unique_dimensions,
    compound_dimensions,
    values_to_filters,
    time_ranges,
    listed_by_phrase,
)


_HAD = re.compile(r"\b(?:with|having|has|have)\s+(?:a|an|any|some)\s+$", re.I)


def read(
    mentions: list[Mention],
    lexicon: Lexicon,
    readers: Sequence[Reader] = READERS,
    finishers: Sequence[Finisher] = FINISHERS,
    catalog: Catalog | None = None,
    text: str = "",
) -> Reading:
    """The third pass: read the mentions left to right into a ParsedQuestion
    (``reading.parsed``)."""
    reading = Reading(lexicon, mentions, catalog=catalog, text=text)
    significant = reading.significant
    reading.parsed.named_dimensions = [  # asked for: "by category", "per store"
        (m.entry.dimension, m.entry.measures)
        for i, m in enumerate(significant)
        if (
            (i > 0 and significant[i - 1].kind == Kind.BY)
            # or had: "cities with a store" says which cities, never dropped unsaid (not
            # "actors who have a film in Japanese": the film a value describes)
            or (
                m.kind == Kind.DIMENSION
                and _HAD.search(text[: m.start])
                and (i + 1 == len(significant) or significant[i + 1].kind != Kind.VALUE)
            )
        )
        and m.kind in (Kind.DIMENSION, Kind.NOUN)
        and m.entry is not None
        and m.entry.dimension
    ]
    bind(reading)
    for index, mention in enumerate(reading.significant):
        if index in reading.consumed:
            continue
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
