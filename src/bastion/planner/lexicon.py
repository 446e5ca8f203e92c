"""The planner's vocabulary: phrases (tuples of words) -> what they mean.

Three sources, each built once and cached: the grammar words of questions (this module),
the catalog's synonyms (measures, dimensions, time grains), and the values in the data
(``KnownValues`` plus the catalog's fixed values). Lookups are dictionary hits on word
tuples, so a question costs a few dozen lookups whatever the size of the data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from bastion.catalog import Catalog, KnownValues
from bastion.catalog.phrases import plural, words
from bastion.catalog.spec import Grain
from bastion.planner.plan import Direction


class Kind(Enum):
    MEASURE = "measure"  # revenue, rentals
    DIMENSION = "dimension"  # category, store
    NOUN = "noun"  # both: "films" (count them, or break down by them)
    GRAIN = "grain"  # monthly, per day
    VALUE = "value"  # Action, PG-13, Japan
    BY = "by"  # by, per, for each
    WHICH = "which"  # which, what
    RANK = "rank"  # top, most, least popular
    COUNT = "count"  # how many, number of
    COMPARE = "compare"  # vs, compared to
    NEGATE = "negate"  # excluding, not
    ALL = "all"  # all (stores), overall
    ALL_TIME = "all_time"  # all time, ever
    DISTRIBUTION = "distribution"  # breakdown, share
    TREND = "trend"  # trend, over time
    FOLLOW = "follow"  # instead, same, only
    OPERATOR = "operator"  # more than 30, under 60 minutes, at least 2
    NEVER = "never"  # never (rented), no (payment), without (actors): nothing exists
    SHARE = "share"  # share of, percentage of, fraction of
    GROWTH = "growth"  # growth, month over month
    LIST = "list"  # list, show me, which ones: the rows themselves
    AVERAGE = "average"  # on average, average: the mean of what is named
    FILLER = "filler"  # words that carry no meaning here
    UNKNOWN = "unknown"  # words the planner does not know: the question is not understood


@dataclass(frozen=True)
class Entry:
    kind: Kind
    measures: tuple[str, ...] = ()  # candidate measures, best first
    dimension: str | None = None
    plural: bool = False
    grain: Grain | None = None
    direction: Direction | None = None
    values: tuple[tuple[str, str | int], ...] = ()  # (dimension, value) for VALUE
    needs_context: bool = False  # a VALUE that is also an ordinary word ("New")
    # a RANK word whose measure is only a default ("busiest": rentals, "weakest": revenue),
    # which a follow-up leaves to the measure asked before ("and the quietest hour?")
    implied: bool = False


def _entries(kind: Kind, phrases: str, **kwargs: object) -> dict[tuple[str, ...], Entry]:
    entry = Entry(kind, **kwargs)  # type: ignore[arg-type]
    return {words(p): entry for p in phrases.split("|")}


GRAMMAR: Mapping[tuple[str, ...], Entry] = MappingProxyType(
    {
        **_entries(
            Kind.BY,
            "by|per|for each|for every|each|every|broken down by|break down by|spread across|"
            "spread over|down by|"
            "breakdown by|split by|grouped by|group by|by each|in each|for all the|"
            "across all|across the|sorted by|ranked by|ordered by|order by|in terms of|"
            "according to|based on",
        ),
        **_entries(Kind.WHICH, "which|what|who|which of the|what are the|who are the"),
        **_entries(
            Kind.LIST,
            "list|list the|list all|list all the|list of|show me all|show all|show me every|"
            "all the|names of|titles of|name the|which ones|what are all the|"
            "enumerate|give me all|give me the list of|ids|the ids|id numbers|ids only|"
            "just the ids",
        ),
        **_entries(
            Kind.NEVER,
            "never|no|none|zero|nobody|nobody ever|no one|no one ever|not a single|without|"
            "without any|without a single|with no|didn't|did not|haven't|have not|hasn't|"
            "has not|not in any|never been|were never|was never|has never|have never|lacking|"
            "missing from|missing|lack|lacks|"
            "aren't|are not|isn't|is not|don't|do not|doesn't|does not|not|"
            "weren't|were not|wasn't|was not|didnt|havent|hasnt|arent|isnt|dont|doesnt|"
            "werent|wasnt|nobody ever|never once|not once|not even once",
        ),
        **_entries(Kind.AVERAGE, "average|on average|averaged|in average"),
        **_entries(
            Kind.SHARE,
            "share of|the share|what share|revenue share|rental share|market share|"
            "percentage|percentage of|percent|percent of|fraction|"
            "fraction of|proportion|proportion of|ratio|what share|what percentage|"
            "what fraction|what proportion|as a percentage of",
        ),
        **_entries(
            Kind.GROWTH,
            "growth|grow|grew|grown|month over month|week over week|year over year|"
            "change from one month to the next|growth rate|increase|change|go up|went up|"
            "gone up|go down|went down|gone down|rise|rose|risen|drop|dropped|fall|fell|"
            "fallen|decline|declined|decrease|decreased",
        ),
        **_entries(
            Kind.RANK,
            "top|best|most|highest|largest|biggest|leading|greatest|"
            "most often|more|max|maximum|most common|most frequent|commonest",
            direction="desc",
        ),
        **_entries(
            Kind.RANK,
            "bottom|worst|least|lowest|fewest|smallest|"
            "less|min|minimum|least often|least common|least frequent|rarest|fewer|lower",
            direction="asc",
        ),
        **_entries(
            Kind.COUNT,
            "how many|number of|count of|count|total number of|the number of|amount of|"
            "quantity of|how much|total|totals|sum of|in total|overall",
        ),
        **_entries(
            Kind.COMPARE,
            "vs|versus|compare|compared|compared to|compared with|comparison|comparing|"
            "against|side by side|difference between",
        ),
        **_entries(
            Kind.NEGATE,
            "excluding|exclude|except|except for|other than|apart from|but not|"
            "aside from|minus|outside|excl|excludes|leaving out|leave out|not counting|"
            "not including|with the exception of",
        ),
        **_entries(
            Kind.ALL,
            "all|any|every single|both|all of the|across|across all|my store|our store|"
            "my shop|our shop|my branch|my location|at my store|in my store|my own store|"
            "our own store|my own shop|our own shop|my own branch|our own branch",
        ),
        **_entries(Kind.ALL_TIME, "all time|all-time|ever|of all time|to date|so far|in history"),
        **_entries(
            Kind.DISTRIBUTION,
            "distribution|breakdown|split|mix|proportions|spread|distributed|broken down|"
            "break down|break up|break",
        ),
        **_entries(
            Kind.TREND,
            "trend|trends|over time|evolution|history|timeline|trajectory|"
            "development|time series|progression|changed|change over time|develop|evolve",
        ),
        **_entries(
            Kind.FOLLOW,
            "instead|same|only|just|now|again|too|as well|also|then|what about|how about|"
            "and what about|and how about|what if|same for|the same for",
        ),
    }
)

# Words that may appear in a question without changing its meaning.
_FILLER_TEXT = """
    umm um uh uhh hmm erm
    a an the of for in on at to from with and or is are was were be been being do does did
    done have has had having i me my we us our you your it its this that these those there
    their they them he she his her what's whats show shows showing give gives list tell get
    display see view find report return calculate compute please can could would will should
    might want wanted need like know let's lets me some much many value values number numbers
    amount data figure figures stats statistics metric metrics kpi total totals overall
    sum summary about around during within into over under up down out as than then so such
    how when where why whose whom which who what by per each every all altogether combined
    together whole entire full current far latest recent recently period periods time times
    range window date dates day days week weeks month months quarter quarters year years
    among between including include includes included along did make made happen happened
    rank ranking ranked order ordered sort sorted list listed top group grouped items item
    look looking results result breakdown chart graph table plot visualize visualise
    category categories genre genres kind kinds type types film films movie movies title
    titles dvd dvds picture pictures store stores shop shops customer customers client
    clients rental rentals payment payments actor actors starring star stars featuring
    feature features appearing appear appears played plays play acted acting city cities
    country countries located living live lives based come comes coming who's whose
    rated rating ratings mpaa level levels our company business we've us please thanks
    id ids account accounts sees saw seen ppl people folks bringing lost appeared
    system database file holding hold on loses lose hand pull
    starred acted played featured act acts
    thank hi hello hey ok okay yes now instead same only just again too also
    following preceding subsequent next previous prior either neither
    great good nice cool perfect awesome excellent brilliant cheers super lovely fine
    'd 's s distinct unique different separate individual
    yet still already currently right exactly roughly approximately approx catalogue
    catalog collection library there's altogether performing performance
    perform performed doing did fare fared
    export exports exported exporting dump rows row
    contain contains contained include offering offer offers
    offered come came comes material footage disc discs copy copies one ones if were
    anyone anything something someone anybody everyone ever listed list kindly pls plz
    thx hmm erm um uh curious random question quick deck hr serve serves served signed
    sign belong belongs belonged registered register work works worked take took taken
    taking processed process received receive run runs ran narrow restrict restricted
    limit limited shared share among whole but keep kept
    bring brings brought back before after ago happen happens happened again yet
    just really actually basically please need needs wondering wonder tell telling know
    mind able possible go goes went going got gets getting name named called call names
    least per cent via using use used own owned owns currently total
    altogether everything anything overall exist exists existing available hold holds
    held have has had got
    shelf shelves shelved assigned assign allocated sitting sits sit fine duplicates duplicate
    thing things stuff roster i'd we'd you'd i'll we'll booked complete
    respectively apiece separately individually credited timestamp timestamps exact
    enough single handled handle handles handling log logs logged check checking else
    anywhere running
"""
FILLER_WORDS = frozenset(_FILLER_TEXT.split())
# Verbs that name a measure only when nothing else does: "how much did store 1 make" is
# revenue, "how many rentals did store 1 make" is rentals.
WEAK_MEASURE_PHRASES = frozenset(
    {
        ("make",), ("made",), ("makes",), ("earn",), ("earned",), ("earns",),
        ("generated",), ("generates",), ("bring", "in"), ("brought", "in"), ("brings", "in"),
        ("paid",), ("spent",), ("spend",), ("rented",), ("rent",), ("renting",), ("rents",),
        ("pay",), ("pays",), ("collect",), ("collected",), ("rent", "out"), ("rented", "out"),
        ("stock",), ("stocks",), ("stocked",), ("carry",), ("carries",), ("carried",),
        ("in", "stock"), ("in", "inventory"), ("take",), ("took",), ("taken",), ("takes",),
        ("checked", "out"), ("check", "out"), ("checking", "out"), ("checked",),
        ("borrowed",), ("borrow",), ("borrows",), ("borrowing",), ("went", "out"),
        ("go", "out"), ("goes", "out"), ("took", "out"), ("take", "out"), ("taken", "out"),
        ("takes", "out"), ("taking", "out"),
        ("popular",), ("late",),
    }
)  # fmt: skip

# Values that are also everyday words need context to count as values: "New films" is the
# category, "new customers" is not.
AMBIGUOUS_VALUES = frozenset({"new", "family", "children", "foreign", "music", "games"})
# Values that are grammar words first: a value only when written in capitals or quoted
# ("renters with zero DVDs out" names no actor ZERO CAGE; "actors named 'Zero'" does).
GRAMMAR_VALUES = frozenset({"zero"})
RATING_CONTEXT = frozenset({"rated", "rating", "ratings", "film", "films", "movie", "movies"})
FILM_NOUNS = frozenset(
    {"film", "films", "movie", "movies", "title", "titles", "dvd", "dvds", "flick", "flicks"}
)


@dataclass(frozen=True)
class Lexicon:
    """Catalog phrases merged with the grammar; longest phrase first at each word."""

    phrases: Mapping[tuple[str, ...], Entry]
    longest: int
    numbered: Mapping[str, str]  # synonym -> dimension written with numbers ("store 2")
    numbered_pattern: re.Pattern[str] | None  # "store 1", "stores 1 and 2", "store 1 vs store 2"
    # (noun dimension, value dimension) pairs where the value describes the noun:
    # "Action films", "customers in Japan".
    related: frozenset[tuple[str, str]]
    # the measures counting a dimension's things, as its noun names them ("films")
    counted_by: Mapping[str, tuple[str, ...]]


def _is_plural(phrase: tuple[str, ...], synonyms: set[tuple[str, ...]]) -> bool:
    last = phrase[-1]
    stems = {last[:-1], last[:-2], last[:-3] + "y"} if last.endswith("s") else set()
    return any((*phrase[:-1], stem) in synonyms for stem in stems)


@functools.cache
def catalog_lexicon(catalog: Catalog) -> Lexicon:
    """The grammar plus the catalog's synonyms (built once per catalog)."""
    measures: dict[tuple[str, ...], list[str]] = {}
    for name, measure in catalog.measures.items():
        for synonym in measure.synonyms:
            measures.setdefault(words(synonym), []).append(name)
    dimensions: dict[tuple[str, ...], str] = {}
    numbered: dict[str, str] = {}
    for name, dimension in catalog.dimensions.items():
        for synonym in dimension.synonyms:
            dimensions[words(synonym)] = name
            if dimension.numbered:
                numbered[synonym.lower()] = name
        for synonym in dimension.numbered_as:
            numbered[synonym.lower()] = name
    phrases: dict[tuple[str, ...], Entry] = dict(GRAMMAR)
    counted_by: dict[str, tuple[str, ...]] = {}
    for phrase, names in measures.items():
        phrases[phrase] = Entry(Kind.MEASURE, measures=tuple(dict.fromkeys(names)))
    for phrase, name in dimensions.items():
        synonyms = {words(s) for s in catalog.dimensions[name].synonyms}
        plural = _is_plural(phrase, synonyms)
        candidates = tuple(dict.fromkeys(measures.get(phrase, ())))
        kind = Kind.NOUN if candidates else Kind.DIMENSION
        phrases[phrase] = Entry(kind, measures=candidates, dimension=name, plural=plural)
        if candidates:
            counted_by.setdefault(name, candidates)
    for grain in catalog.time_grains.values():
        for synonym in grain.synonyms:
            phrases[words(synonym)] = Entry(Kind.GRAIN, grain=grain.name)
    phrases.update(_composite_ranks(catalog))
    longest = max(len(p) for p in phrases)
    return Lexicon(
        phrases=MappingProxyType(phrases),
        longest=longest,
        numbered=MappingProxyType(numbered),
        numbered_pattern=_numbered_pattern(numbered),
        related=_related(catalog),
        counted_by=MappingProxyType(counted_by),
    )


def _numbered_pattern(numbered: Mapping[str, str]) -> re.Pattern[str] | None:
    if not numbered:
        return None
    names = "|".join(re.escape(s) for s in sorted(numbered, key=len, reverse=True))
    marker = r"(?:#|no\.?|number|num\.?|id)?"
    separator = r"(?:,|and|&|or|vs\.?|versus|/|compared\s+(?:to|with)|against)"
    return re.compile(
        rf"\b(?P<syn>{names})\s*{marker}\s*(?P<first>\d+)(?!\w)"
        rf"(?P<rest>(?:\s*{separator}\s*(?:(?P=syn)\s*{marker}\s*)?\d+(?!\w))*)"
    )


def _related(catalog: Catalog) -> frozenset[tuple[str, str]]:
    pairs = set()
    for noun, noun_dim in catalog.dimensions.items():
        reachable: set[str] = set()
        for source in noun_dim.sources:
            reachable |= set(catalog.paths_from(source.relation))
        for value, value_dim in catalog.dimensions.items():
            if any(s.relation in reachable for s in value_dim.sources):
                pairs.add((noun, value))
    return frozenset(pairs)


def _composite_ranks(catalog: Catalog) -> dict[tuple[str, ...], Entry]:
    """Superlatives that name their measure: "most popular", "best-selling"."""
    found: dict[tuple[str, ...], Entry] = {}
    for phrase, direction, dimension in (
        ("longest", "desc", "length"),
        ("shortest", "asc", "length"),
        ("most expensive", "desc", "rental_rate"),
        ("priciest", "desc", "rental_rate"),
        ("cheapest", "asc", "rental_rate"),
        ("least expensive", "asc", "rental_rate"),
        ("most expensive to replace", "desc", "replacement_cost"),
        ("costs the most to replace", "desc", "replacement_cost"),
        ("cost the most to replace", "desc", "replacement_cost"),
        ("costs the least to replace", "asc", "replacement_cost"),
        ("cheapest to replace", "asc", "replacement_cost"),
        ("newest", "desc", "release_year"),
        ("oldest", "asc", "release_year"),
        # comparatives: "PG or G, which has the longer films" (the one)
        ("longer", "desc", "length"),
        ("shorter", "asc", "length"),
        ("pricier", "desc", "rental_rate"),
        ("more expensive", "desc", "rental_rate"),
        ("cheaper", "asc", "rental_rate"),
    ):
        if dimension in catalog.dimensions:
            found[words(phrase)] = Entry(
                Kind.RANK,
                direction=direction,  # type: ignore[arg-type]
                dimension=dimension,
            )
    vague = frozenset(f"{stem}{end}" for stem in ("busi", "quiet", "slow", "strong", "weak")
                      for end in ("er", "est"))  # fmt: skip
    for phrase, direction, measure in (
        ("most popular", "desc", "rentals"),
        ("busiest", "desc", "rentals"),
        # comparatives: "which of my stores was slower last week" (the one)
        ("busier", "desc", "rentals"),
        ("quieter", "asc", "rentals"),
        ("slower", "asc", "rentals"),
        ("stronger", "desc", "revenue"),
        ("weaker", "asc", "revenue"),
        ("strongest", "desc", "revenue"),
        ("weakest", "asc", "revenue"),
        ("quietest", "asc", "rentals"),
        ("slowest", "asc", "rentals"),
        ("worst selling", "asc", "revenue"),
        ("worst-selling", "asc", "revenue"),
        ("lowest selling", "asc", "revenue"),
        ("least selling", "asc", "revenue"),
        ("least popular", "asc", "rentals"),
        ("most rented", "desc", "rentals"),
        ("least rented", "asc", "rentals"),
        ("best-selling", "desc", "revenue"),
        ("best selling", "desc", "revenue"),
        ("top-selling", "desc", "revenue"),
        ("top selling", "desc", "revenue"),
        ("highest grossing", "desc", "revenue"),
        ("highest-grossing", "desc", "revenue"),
        ("top grossing", "desc", "revenue"),
        ("top-grossing", "desc", "revenue"),
        ("lowest grossing", "asc", "revenue"),
    ):
        if measure in catalog.measures:
            found[words(phrase)] = Entry(
                Kind.RANK,
                direction=direction,  # type: ignore[arg-type]
                measures=(measure,),
                implied=phrase in vague,
            )
    return found


@dataclass(frozen=True)
class ValueLexicon:
    phrases: Mapping[tuple[str, ...], Entry]
    longest: int


_VALUE_CACHE: dict[tuple[int, int], tuple[KnownValues | None, ValueLexicon]] = {}


# short values that are no English word, so mean the value anywhere: "pg, 60-90 min"
_NO_WORD = frozenset({("pg",)})


def value_lexicon(catalog: Catalog, known: KnownValues | None) -> ValueLexicon:
    """Phrases of the values in the data, built once per (catalog, known values) pair."""
    key = (id(catalog), id(known))
    cached = _VALUE_CACHE.get(key)
    if cached is not None and cached[0] is known:
        return cached[1]
    ordinary = set(catalog_lexicon(catalog).phrases) | {(w,) for w in FILLER_WORDS}
    found: dict[tuple[str, ...], list[tuple[str, str | int]]] = {}
    for name, dimension in catalog.dimensions.items():
        values = list(dimension.values)
        if known is not None and dimension.known_values is not None:
            values += known.values_of(dimension.known_values)
        for value in dict.fromkeys(values):
            phrase = words(value)
            # a day of the week only in the plural ("on Saturdays"): "Friday" alone is a
            # date ("what about Friday", "a deck for Friday")
            if phrase and name != "weekday" and (name, value) not in found.setdefault(phrase, []):
                found[phrase].append((name, value))
            if (dimension.known_values == "categories" or name == "weekday") and len(phrase) == 1:
                many = (plural(phrase[0]),)  # "comedies", "dramas", "saturdays"
                if (name, value) not in found.setdefault(many, []):
                    found[many].append((name, value))
    phrases = {
        phrase: Entry(
            Kind.VALUE,
            values=tuple(pairs),
            needs_context=(
                phrase in ordinary
                or (len("".join(phrase)) <= 2 and phrase not in _NO_WORD)
                or " ".join(phrase) in AMBIGUOUS_VALUES | GRAMMAR_VALUES
            ),
        )
        for phrase, pairs in found.items()
    }
    lexicon = ValueLexicon(MappingProxyType(phrases), max((len(p) for p in phrases), default=0))
    if len(_VALUE_CACHE) > 16:
        _VALUE_CACHE.clear()
    _VALUE_CACHE[key] = (known, lexicon)
    return lexicon
