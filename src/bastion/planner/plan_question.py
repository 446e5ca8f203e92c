"""The deterministic planner: question (+ previous plan) -> QueryPlan or Unanswerable.

Order of decisions: refuse changes and unknown data; parse; merge with the previous plan
when the question reads as a follow-up; choose, for each measure mentioned, the first
candidate the role may read (and that has a date when the question names a period);
derive the intent, the order and the limit. It never touches the database and never
guesses: anything it cannot place makes the question Unanswerable, with suggestions the
role can ask.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from rapidfuzz import fuzz, process
from sqlglot import exp

from bastion.catalog import Catalog, KnownValues, Measure
from bastion.catalog.phrases import PLACES, ordinal, plural, singular
from bastion.embeddings import Embedder
from bastion.planner.clean_question import Cleaned, clean_question, fragile_values
from bastion.planner.dates import (
    MONTH_NAMES,
    NUMBER_WORDS,
    WEEKDAYS,
    add_months,
    day_range,
    find_time_phrases,
    period_before,
    period_containing,
    period_of,
    starts_period,
)
from bastion.planner.merge_followup import merge_followup, of_the_whole, previous_as_parsed
from bastion.planner.parse_question import (
    COUNTS_OF_COUNTS_SAID,
    ExistsPart,
    ParsedQuestion,
    parse_question,
    year_filters,
)
from bastion.planner.plan import (
    Comparison,
    Direction,
    Exists,
    Filter,
    Having,
    Intent,
    Operator,
    OrderBy,
    QueryPlan,
    TimeRange,
    Unanswerable,
)
from bastion.planner.resolve_plan import (
    SHARE_IN_PERIODS_SAID,
    PlanNotResolvable,
    Resolution,
    resolve_plan,
    share_in_periods,
)
from bastion.planner.screen_question import screen_question

# A follow-up that points back at the rows of a ranked answer ("how many of those films",
# "that day's rentals"): their values are not in the plan, so it is refused, not guessed.
_POINTS_BACK = re.compile(
    r"\b(?:those|these|them|they|their|it|her|his|him|she|he|that one|that day'?s?|"
    r"that month'?s?|that week'?s?|that date|"
    r"that (?:actor|film|movie|customer|category|store)'?s?|the same (?:day|actor|film)"
    r"|which\s+\w+\s+(?:was|is)\s+that(?=\W*$))\b",  # "which customer was that?"
    re.IGNORECASE,
)
_THAT_PERIOD = re.compile(r"\bthat\s+(?P<unit>day|week|month|quarter|year)\b", re.I)
_EACH_OF_THEM = re.compile(r"\beach\s+(?:one\s+)?of\s+(?:them|those|these)\b", re.I)
_NOTHING_BEFORE = re.compile(
    r"\b(?:those|these|that day'?s?|that month'?s?|that week'?s?|that date)\b"
    # "and how much did they spend": someone named before, not in this question
    r"|^\W*(?:and|so|ok|okay|then|now)?\W*(?:how\s+(?:much|many|often)|what|when|where|why)?"
    r"(?:\s+\w+)?\s+(?:did|do|does|have|has|had|were|was|are|is)\s+(?:they|he|she)\b",
    re.I,
)
_WHAT_ABOUT = re.compile(r"^\W*(?:and\s+|ok\s+|okay\s+|so\s+)?(?:what|how)\s+about\b", re.I)
# "and how many titles is that in total?", "same for store 2": an earlier answer's
_THAT_ANSWER = re.compile(
    r"\b(?:is|was)\s+that(?:\s+in\s+total)?\s*[?.!]*\s*$|\bsame\s+(?:count|thing|idea|for)\b"
    # "same but within 24 hours", "now only for store 2": a change to a question not here
    r"|^\W*(?:and\s+|ok\s+|okay\s+)?(?:the\s+)?same\s+(?:but|again|question|query|one)\b"
    r"|^\W*(?:and\s+)?(?:now\s+)?(?:only|just)\s+(?!once\b|one\b|curious|wonder|check|a\s|an\s"
    r"|quick|getting|poking|so\b|to\b|need|want|looking|trying|give|show|list|tell|how|what"
    r"|which|who|when|where)",
    re.I,
)
# ("give me both numbers", "show both averages": the answers, not things having both values)
_ANSWER_NOUNS = (
    r"(?:numbers|figures|values|totals|counts|amounts|averages|results|answers|rates|shares|sums)"
)
_BOTH = re.compile(
    # ("numbers for both": the answer's, said last)
    rf"\bboth\b(?!\s+(?:of\s+)?(?:the\s+)?(?:{_ANSWER_NOUNS}|of\s+them|of\s+those))(?!\W*$)"
    r"|\bat\s+the\s+same\s+time\b|\bsimultaneously\b",  # "in Action and Comedy at the same time"
    re.I,
)
_BOTH_STORES = re.compile(  # (not "across both stores": all of them together)
    r"(?<!across\s)(?<!for\s)\bboth\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:stores|shops|branches|locations)\b",
    re.I,
)
_CAPITAL_AND = re.compile(r"\w\s+AND\s+\w")  # "rented music AND travel": each, not either
# "titles with 15+ rentals in each of my two stores": past the threshold at each store
_IN_EACH_STORE = re.compile(
    r"\b(?:in|at|for)\s+(?:each|both|every\s+one)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:two\s+)?"
    r"(?:stores|shops|branches|locations)\b",
    re.I,
)
_OUR_STORES = re.compile(r"\b(?:my|our)\s+(?:stores|shops|branches)\b", re.I)
_CLOSE_BY = r"(?:right\s+|just\s+|immediately\s+)?"  # "the week right after"
_RELATIVE_TO_ANSWER = re.compile(
    rf"\b(?:month|week|year|day|quarter|hour)\s+{_CLOSE_BY}(?:after|before)\b"
    r"|\b(?:following|next|preceding)\s+(?:month|week|year|day|quarter|hour)\b",
    re.I,
)
_PREVIOUS_PERIOD = re.compile(
    r"\b(?:previous|prior)\s+(?:month|week|year|day|quarter)\b|\bone\s+before\b", re.I
)
# "customers who brought back every single July rental on time": a condition on all of a
# thing's rows at once, which the planner cannot say in one plan yet
_EVERY_ONE = re.compile(
    r"\b(?:every\s+single|each\s+and\s+every|all\s+of\s+(?:their|his|her|its)"
    r"|all\s+(?:their|his|her|its)|every\s+one\s+of\s+(?:their|his|her|its))\s+"
    r"(?:[\w-]+\s+){0,2}(?:rentals?|payments?|returns?|films?|movies?|copy|copies|discs?|dvds?)\b"
    # "films where all our discs are out", "every copy rented": each copy of one film
    r"|\b(?:all\s+(?:of\s+)?(?:our|the|its|their)|every|each)\s+(?:[\w-]+\s+)?"
    r"(?:copy|copies|discs?|dvds?)\s+(?:of\s+(?:it|them)\s+)?(?:is|are|was|were|has|have)\s+"
    r"(?:\w+\s+){0,2}?(?:out|rented|gone|away|on\s+loan|checked\s+out|with\s+customers)\b",
    re.I,
)
# "number of distinct surnames", "how many different first names": values counted
_DIFFERENT_VALUES = re.compile(
    r"\b(?:how\s+many|number\s+of|count\s+of|no\.\s+of)\s+(?:the\s+)?(?:distinct|different|unique)\s",
    re.I,
)
_BOTH_ASKED = re.compile(r"\s\+\s|\band\s+how\s+many\b|\bas\s+well\s+as\b|\balong\s+with\b", re.I)
_COMPARED = re.compile(
    r"\b(?:busier|quieter|slower|stronger|weaker|more|fewer|less|higher|lower|better|worse"
    r"|bigger|smaller|larger)\b(?!\s+than\b)",
    re.I,
)
_IN_ALL_AFTER = re.compile(
    r"^\W*(?:so|and|ok(?:ay)?|then|right)\b.*\b(?:in\s+total|altogether|all\s+told|overall)\W*$",
    re.I,
)
_THOSE = re.compile(r"\b(?:those|these|they|them|their|his|her)\b", re.I)
_DONE_TO_IT = re.compile(  # "who rented it?": the thing of the question before
    r"\b(?:rented|rent|rents|bought|paid\s+for|took\s+out|returned|watched)\s+(?:it|them)\b", re.I
)
_SAME_NUMBER = re.compile(r"\bsame\s+(?:number|count|figure)\b", re.I)
_SAME_FOR = re.compile(r"\b(?:same|likewise|similarly)\b|\brepeat\s+(?:it|that|this)\b", re.I)
_IS_THAT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:that|those|these|they|it)\b"
    r"|\b(?:did|does|do)\s+(?:that|those|these|they|it)\s+(?:come|add|amount)\s+(?:up\s+)?to\b",
    re.I,
)
# "how often has each been rented", "how much did each one bring in": each thing shown
_EACH_ALONE = re.compile(
    r"\beach(?:\s+one)?\s+(?:has|have|had|was|were|is|are|got|gets|did|does|been|earned|"
    r"made|brought|took|rented)\b|\bfor\s+each(?:\s+one)?\W*$",
    re.I,
)
_OF_THEM = re.compile(r"\b(?:of|among)\s+(?:them|those|these)\b", re.I)
# "which of them has the most films" after the actors of a film: one of the rows listed
_WHICH_OF_THEM = re.compile(
    r"\b(?:which|who|what)(?:\s+one)?\s+(?:of|among)\s+(?:them|those|these)\b", re.I
)
_RANK_WORD = re.compile(
    r"\b(?:most|least|fewest|top|highest|lowest|longest|shortest|biggest|smallest|largest"
    r"|cheapest|priciest|oldest|newest|best|worst)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|no|none|never|without|didn'?t|did not|haven'?t|hasn'?t)\b", re.I)
_EACH = re.compile(r"\b(?:each|every|per)\b", re.I)
# Words about the state things are in now: "rentals still with customers" counts the open
# ones, never all of them.
_NOW = re.compile(
    r"\b(?:still|currently|right\s+now|at\s+the\s+moment|at\s+present|as\s+we\s+speak|yet)\b",
    re.I,
)
_STATES = frozenset({"unreturned_rentals", "returned_rentals", "active_customers"})
_EVENT_WORDS = re.compile(
    r"\b(?:rent\w*|borrow\w*|out|return\w*|back|loan\w*|hire\w*|checked)\b", re.I
)
# A question that builds on the one before it: refused when that one was not answered
# ("so how many titles in total?" after a refusal is not the number of all films).
_LEANS_BACK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|great|cool|thanks)\W+)?(?:and|but|so|then|now|same|also|only"
    r"|just|what\s+about|how\s+about|instead|plus|(?:the\s+)?opposite|reverse|swap|switch"
    r"|narrow|restrict|keep|as\s+an?\s+(?:share|percentage|proportion|fraction|ratio|%))\b"
    r"|\b(?:instead|as\s+well|as\s+before|that\s+(?:come|came|add|adds|make|makes)\b)",
    re.I,
)
# "the second busiest month", "3rd most rented film", "which month comes in second for
# rentals": a place in a ranking other than the first (its word set aside, then the plan's
# top one moved to that place)
_RANKS = {said: n for said, n in PLACES.items() if 2 <= n <= 5}
_PLACE_WORDS = "|".join(_RANKS)
_PLACE_WORD = rf"(?P<n>{_PLACE_WORDS})"
_SUPERLATIVE = (
    r"(?:most|least|fewest|busiest|quietest|slowest|highest|lowest|biggest|largest|smallest"
    r"|best|worst|top|longest|shortest|greatest|cheapest|priciest|costliest|oldest|newest"
    r"|popular|common|frequent)\b"
)
_PLACE = re.compile(
    rf"\b{_PLACE_WORD}[\s-]+(?={_SUPERLATIVE})"
    rf"|\b(?:comes?|came|coming|ranks?|ranked|finished|is|was)\s+(?:in\s+)?(?:at\s+)?"
    rf"(?:the\s+)?(?P<m>{_PLACE_WORDS})(?:\s+place)?(?=\s+(?:for|in|on|by)\b)",
    re.I,
)
# "and the third?", "what about 2nd place": the same ranking at another place
_NEW_PLACE = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|now|then|what\s+about|how\s+about)[\s,]+)*(?:the\s+)?"
    rf"{_PLACE_WORD}(?:\s+(?:one|place|spot))?(?:\s+(?:then|instead|please))?\W*$",
    re.I,
)
_ANY_RANKING = re.compile(rf"\b{_SUPERLATIVE}|\btop\s+\d+|\bfirst\b", re.I)


def _place_asked(cleaned: Cleaned) -> tuple[int | None, Cleaned]:
    """The place in a ranking the question asks for (2 for "the second busiest"), with
    the question as it reads for the first place ("the busiest")."""
    found = _PLACE.search(cleaned.text)
    if found is None:
        return None, cleaned
    place = _RANKS[(found["n"] or found["m"]).lower()]
    if found["n"] is not None:
        text = cleaned.text[: found.start()] + cleaned.text[found.end() :]
    else:  # "comes in second for rentals": has the most rentals
        text = cleaned.text[: found.start()] + "has the most" + cleaned.text[found.end() :]
    return place, replace(cleaned, text=text)


def _values_ranked(planned: QueryPlan, catalog: Catalog, text: str) -> QueryPlan | None:
    """The largest (smallest) value of an attribute asked as the top one of its values
    ranked, so that another place can be asked of it ("the second largest payment": the
    second amount from the top; "the 2nd highest rental rate": the rate, not the films at
    it); None when the plan is not one such value."""
    if planned.intent == "list" and len(planned.dimensions) == 2 and planned.order:
        entity, shown = planned.dimensions
        source = catalog.dimensions[shown].sources[0]
        words = (entity, *catalog.dimensions[entity].synonyms)
        named = any(
            re.search(rf"\b{re.escape(plural(w))}\b|\b{re.escape(w)}\b", text, re.I) for w in words
        )
        ranked = planned.order[0].key == shown and not named
        end = "max" if planned.order[0].direction == "desc" else "min"
        extreme = catalog.aggregate_of(source.relation, source.expression, end) if ranked else None
        if extreme is None:
            return None
        planned = planned.model_copy(
            update={"intent": "kpi", "measures": (extreme,), "dimensions": ()}
        )
    if planned.intent != "kpi" or len(planned.measures) != 1 or planned.dimensions:
        return None
    measure = catalog.measures[planned.measures[0]]
    node = measure.parsed
    if not isinstance(node, (exp.Max, exp.Min)) or not isinstance(node.this, exp.Column):
        return None
    column = node.this.name
    attribute = next(
        (
            n
            for n, d in catalog.dimensions.items()
            if d.attribute
            and d.sources[0].relation == measure.relation
            and d.sources[0].expression == column
        ),
        None,
    )
    if attribute is None or planned.time_grain or planned.comparison or planned.derived:
        return None
    if catalog.dimensions[attribute].type in ("date", "timestamp"):
        return None  # ("the second most recent rental": the rental, not a date)
    direction: Direction = "desc" if isinstance(node, exp.Max) else "asc"
    return planned.model_copy(
        update={
            "intent": "ranking",
            "dimensions": (attribute,),
            "order": (OrderBy(key=measure.name, direction=direction),),
            "limit": 1,
        }
    )


def _moved_to_place(
    planned: QueryPlan,
    place: int | None,
    previous: QueryPlan | None,
    text: str,
    catalog: Catalog,
) -> QueryPlan | str:
    """``planned`` at the ``place`` asked, or at the previous question's place when a
    follow-up changes something else of it ("and in store 2?" after the second busiest
    month); the reason it cannot be when the plan is not a ranking of one."""
    carried = (
        place is None
        and previous is not None
        and previous.place is not None
        and not _ANY_RANKING.search(text)
        and planned.order == previous.order
    )
    if carried:
        assert previous is not None
        place = previous.place
    if place is None:
        return planned.model_copy(update={"place": None}) if planned.place else planned
    planned = _values_ranked(planned, catalog, text) or planned  # "the second largest payment"
    if planned.limit != 1 or not planned.order:
        return (
            "I can find the second (or third) of one ranking, like 'the second busiest "
            "month': ask it that way."
        )
    return planned.model_copy(update={"place": place, "ties": True})


DEFAULT_TOP = 10
MAX_LIMIT = 200
MAX_SUGGESTIONS = 3


def plan_question(
    question: str,
    *,
    catalog: Catalog,
    role: str,
    as_of: date,
    previous: QueryPlan | None = None,
    known_values: KnownValues | None = None,
    embedder: Embedder | None = None,
    previous_rows: PreviousRows | None = None,
    after_unanswered: bool = False,
    same_as_before: bool = False,
) -> QueryPlan | Unanswerable:
    """Plan ``question`` for ``role``; relative periods are relative to ``as_of``. With a
    loaded ``embedder``, words no catalog phrase names may be matched by meaning.
    ``previous_rows``: the things the previous answer ranked or listed (the values of
    ``rows_pointed_at``), for a follow-up about them ("how much did they spend").
    ``after_unanswered``: the question before this one was refused or failed, so one that
    builds on it ("and for store 2?", "how many is that?") is refused too.
    ``same_as_before``: the plan may be the previous one (a median's average asked again)."""
    again = functools.partial(
        plan_question,
        catalog=catalog,
        role=role,
        as_of=as_of,
        known_values=known_values,
        embedder=embedder,
        previous_rows=previous_rows,
        after_unanswered=after_unanswered,
    )
    if _MEAN.search(question):
        question = _NOT_THE_MEDIAN.sub("", question)
    question = _ISO_WEEK.sub(lambda m: _week_numbered(m, as_of), question)  # "wk 24"
    if previous is not None:
        # ("and exactly 3?" after fewer than 3 actors: the threshold as it was said)
        previous = _with_none_as_said(previous)
        if _BARE.match(question):  # "distinct renters?" after a question
            question = f"and {question}"
        # "which three were rented the most?" after the bottom three
        question = _ranked_again(question, previous)
        # "and sunday the 10th?" after 9 July: 10 July
        question = _day_in_the_same_month(question, previous)
        question = _threshold_moved(question, previous, catalog)
        question = _amount_moved(question, previous, catalog)
        question = _weekday_beside(question, previous)
    if previous is not None:  # "what's its official rental period?" after a film's figure
        named = _its_attribute(question, previous, catalog)
        if named is not None:
            alone = again(named, previous=None)
            if (
                isinstance(alone, QueryPlan)
                and alone.intent == "list"
                and alone.dimensions[:1] == (previous.filters[0].dimension,)
            ):
                return alone
    turned = (
        _turned_round(previous) if previous is not None and _OTHER_WAY.search(question) else None
    )
    if turned is not None:  # "and the other way round?" after store 1's films not at store 2
        return turned.model_copy(update={"understood": _said(turned, catalog)})
    other_end = _other_end(previous, question, catalog) if previous is not None else None
    if other_end is not None:  # "and the latest one?" after the first payment
        question = f"and the {catalog.measures[other_end].synonyms[0]}?"
    medians = previous is not None and any(catalog.measures[m].median_of for m in previous.measures)
    if medians and previous is not None:  # after a median: the average's, then its median
        averages = _medians_as_averages(previous, catalog)
        planned = again(question, previous=averages, same_as_before=True)
        if _MEDIAN.search(question) or _MEAN.search(question):
            return planned  # ("and the average?")
        kept = isinstance(planned, QueryPlan) and set(planned.measures) <= set(averages.measures)
        return _medians(planned, catalog, role) if kept else planned
    sort = _SORTED_AT_THE_END.search(question)
    if sort is not None and sort.start() > 0:  # "..., longest first": the list in that order
        listed = again(question[: sort.start()] + question[sort.end() :], previous=previous)
        if isinstance(listed, QueryPlan) and listed.intent == "list" and listed.limit is None:
            return _sorted_as_said(listed, sort, catalog, role)
    ranged = (
        _RANGE_ASKED.search(question)
        and not _RANGE_OF_THINGS.search(question)
        and not _titles_with(question, "range", known_values)  # ("RANGE MOONWALKER")
    )
    if ranged:  # "the range of replacement costs": highest less lowest
        return _as_range(again(_range_as_ends(question), previous=previous), catalog, role)
    latest = _LATEST_ROWS.search(question)
    if latest is not None:  # "my store's three most recent payments": by their dates
        said = f"{question[: latest.start()]}{latest['noun']}{question[latest.end() :]}"
        return _latest_rows(again(said, previous=previous), latest, catalog, role)
    edged = _on_edge(question)
    if edged is not None:  # "customers whose first rental was in June"
        said, edge = edged
        return _by_edge(again(said, previous=previous), edge, catalog, role)
    if _MEDIAN.search(question):  # "the median payment": the average's plan, its median
        said = _MEDIAN.sub("average", _NOT_THE_MEAN.sub("median", question))
        return _medians(again(said, previous=previous), catalog, role)
    planned = _plan_question(
        question,
        catalog=catalog,
        role=role,
        as_of=as_of,
        previous=previous,
        known_values=known_values,
        embedder=embedder,
        previous_rows=previous_rows,
        after_unanswered=after_unanswered,
    )
    if isinstance(planned, QueryPlan) and known_values is not None:
        planned = _both_stores_named(planned, question, known_values, catalog)
    full = _FULL_PERIODS.search(question)
    if full is not None and isinstance(planned, QueryPlan):  # "which full month ..."
        planned = _full_periods(planned, full["unit"].lower(), catalog, known_values, role)
    if isinstance(planned, QueryPlan):
        if not _AMONG_THOSE_WITH_SOME.search(question):  # "films with fewer than 3 actors"
            planned = _with_none_counted(planned, catalog)
        planned = _whole_weeks(_home_store_as_store(planned, catalog), catalog)
        planned = _counted_per_own(_copies_at_their_store(planned, catalog), catalog)
        planned = _there_too(planned, question, catalog)
        planned = _largest_of_each(planned, question, catalog)
        planned = _amount_of_the_first(planned, question, catalog)
        planned = _only_these(planned, question, catalog)
        if previous is None:  # (a follow-up's "each of them" is the previous rows)
            planned = _each_value(planned, question, catalog)
        spanned = _periods_together(planned, question, catalog)
        if isinstance(spanned, str):
            return _not_understood(catalog, role, spanned)
        planned = spanned
        before = _before_the_data(planned, known_values)
        if before is not None:
            return _not_understood(catalog, role, before)
        if previous is not None:  # "and the second half?" after June 1 to 15
            planned = _half_of_the_month(planned, previous, question, catalog)
        if planned.intent == "list" and _ASKS_WHEN.match(question):
            planned = _with_its_date(planned, catalog)  # "when was the biggest payment?"
        if share_in_periods(planned):  # (refused by the compiler too: said before any SQL)
            return _not_understood(catalog, role, SHARE_IN_PERIODS_SAID)
        if _share_of_another_whole(planned, catalog):
            # "what share of the Family films rented came back late": late returns are
            # rentals, not films; a share over another thing's count is not a share
            return _not_understood(
                catalog,
                role,
                "I can give a share only of what its whole counts: ask for the share of "
                "the rentals, or for each figure on its own.",
            )
        misread = _misread(planned, question, catalog) if previous is None else None
        if misread is not None:
            together = _asked_together(question, again, catalog)
            return together or _not_understood(catalog, role, misread)
        if previous is None and _one_figure_of_two(planned, question):
            # "For each genre, how many films do we have and how many times were they
            # rented in July?": once the rentals alone
            together = _asked_together(question, again, catalog)
            if together is not None and len(together.measures) > len(planned.measures):
                planned = together
        if (
            previous is None
            and _one_figure(planned)
            and (_ASKS_A_LIST.match(question) or _LIST_AFTER.search(question))
        ):
            # "List the payments above $10 for store 1 copies": never a count instead
            return _not_understood(
                catalog, role, "I could not tell which things to list in this question."
            )
    if previous is None:  # ("inactive customers with an august rental - count")
        counted = _counted_first(question, planned, again)
        if counted is not None:
            return counted
        if isinstance(planned, QueryPlan) and _one_figure(planned) and _IDS_ASKED.search(question):
            # "store 2 june payments above ten dollars, id + amount": the payments listed
            listed = again(f"list {question}", previous=None)
            if isinstance(listed, QueryPlan) and listed.intent == "list":
                return listed
    if isinstance(planned, Unanswerable) and planned.reason == _POINTS_AT_NOTHING:
        # "How many payments came in on July 4, and how much money was that?": the
        # first ask is what "that" points at
        together = _asked_together(question, again, catalog)
        if together is not None:
            return together
    threshold = previous is not None and previous.limit is None and bool(previous.having)
    if isinstance(planned, Unanswerable) and threshold and previous_rows is not None:
        # the rows of a threshold ("films with more than $200 in revenue") that do not fit
        # the new question: the question as a follow-up of the threshold's, as before
        return _plan_question(
            question,
            catalog=catalog,
            role=role,
            as_of=as_of,
            previous=previous,
            known_values=known_values,
            embedder=embedder,
        )
    if (
        isinstance(planned, QueryPlan)
        and previous is not None
        and not same_as_before
        and _unchanged(planned, previous)
        and not _ASKS_AGAIN.match(question)
        and not _OF_THAT_ANSWER.search(question)
    ):  # "same but their total across all payments", "only active customers": a change
        # asked, none read
        return _not_understood(
            catalog,
            role,
            "I couldn't tell what to change in the previous question: ask it in full.",
        )
    return planned


# "how much was that?", "what was the amount?": the previous answer's figure, asked again
_OF_THAT_ANSWER = re.compile(
    r"^\W*(?:(?:and|ok|okay|so)\W+)*(?:how\s+(?:much|many|long)|what)\s+(?:was|is|were|are|'s|did)\s+"
    r"(?:that|it|this|those|they|he|she|the\s+(?:amount|total|figure|number|count|sum))\b",
    re.I,
)
# "again", "same question": a follow-up that asks for the same answer
_ASKS_AGAIN = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|now|then|please|pls)\W+)*(?:again|repeat(?:\s+(?:it|that))?|same"
    r"(?:\s+(?:question|thing|again|please))*|refresh|re-?run(?:\s+it)?|run\s+(?:it|that)\s+again"
    r"|one\s+more\s+time|please|thanks|thank\s+you)?\W*(?:again|please|pls)?\W*$",
    re.I,
)


def _unchanged(planned: QueryPlan, previous: QueryPlan) -> bool:
    """The same query as ``previous`` (the sentence aside)."""
    return planned.model_dump(exclude={"understood"}) == previous.model_dump(exclude={"understood"})


def _asked_together(
    question: str, again: Callable[..., QueryPlan | Unanswerable], catalog: Catalog
) -> QueryPlan | None:
    """The one plan of a question that asks two things ("For each genre, how many films do
    we have and how many times were they rented in July?", "what is it rated + its rental
    rate"): the first ask planned on its own, the second as its follow-up, then both asks'
    figures (or both things said of the listed rows) in one answer; None when the two
    plans do not go together (other groups, conditions or periods)."""
    second = next(
        (m for m in _SECOND_ASK.finditer(question) if _FIRST_ASK.search(question[: m.start()])),
        None,
    )  # (not the comma of "For each genre, how many films ...")
    if second is None or _COUNT_AT_THE_END.match(question[second.start() :]):
        return None
    rest = _JOINED.sub("", question[second.start() :], count=1)
    first = again(question[: second.start()].rstrip(" ,;&+-"), previous=None)
    if not isinstance(first, QueryPlan) or not rest.strip():
        return None
    then = again(f"and {rest}", previous=first)
    if not isinstance(then, QueryPlan):
        return None
    joined = _joined_plans(first, then, catalog)
    if joined is None:
        return None
    return _said_anew_if_resolvable(joined, first, catalog)


# "the biggest single payment in each month": the largest amount of each group
_ONE_PAYMENT = re.compile(
    r"\b(?:(?P<most>biggest|largest|highest|max(?:imum)?)|smallest|lowest|min(?:imum)?)"
    r"\s+(?:single\s+|one\s+|individual\s+)?(?:payment|transaction)\b(?!s)",
    re.I,
)


def _largest_of_each(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan:
    """ "Store 1's biggest single payment in each month", "max payment per store": once
    read as the month with the most payments; the largest (or smallest) amount of each
    group, where the catalog has that measure."""
    said = _ONE_PAYMENT.search(question)
    if said is None or plan.intent != "ranking" or plan.limit is None or not _EACH.search(question):
        return plan
    ranked = _ranked_thing(catalog.measures[plan.measures[0]].relation, catalog)
    if ranked is None or plan.derived or plan.having or plan.exists:
        return plan
    groups = tuple(d for d in plan.dimensions if d != ranked[0])
    measure = _extreme_of(ranked[1], bool(said["most"]), catalog)
    if not (groups or plan.time_grain) or measure is None:
        return plan
    first = groups[0] if groups else plan.time_grain
    assert first is not None
    changed = plan.model_copy(
        update={
            "intent": "distribution" if groups else "trend",
            "measures": (measure,),
            "dimensions": groups,
            "order": (OrderBy(key=first, direction="asc"),),
            "limit": None,
            "ties": False,
        }
    )
    return _restated(changed, plan, catalog)


# "how much was the very first payment": its amount, not its date
_HOW_MUCH_WAS = re.compile(r"\bhow\s+(?:much|big)\b|\bamount\b|\bvalue\b|\bworth\b", re.I)


def _amount_of_the_first(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan:
    """The first or last payment asked by its amount ("how much was the very first payment
    we ever received?"): that payment (ties kept) with its date and amount, not the date."""
    if plan.intent != "kpi" or len(plan.measures) != 1 or plan.time_range is not None:
        return plan
    if plan.dimensions or plan.derived or not _HOW_MUCH_WAS.search(question):
        return plan
    measure = catalog.measures[plan.measures[0]]
    ranked = _ranked_thing(measure.relation, catalog)
    dated = catalog.date_dimension(measure.relation, measure.time_column)
    if measure.format != "date" or ranked is None or dated is None:
        return plan
    first = isinstance(measure.parsed, exp.Min)
    listed = QueryPlan(
        intent="list",
        dimensions=(ranked[0], dated, ranked[1]),
        filters=plan.filters,
        order=(OrderBy(key=dated, direction="asc" if first else "desc"),),
        limit=1,
        ties=True,
    )
    return _said_anew_if_resolvable(listed, plan, catalog) or plan


# "distinct renters?", "revenue?": a bare figure after a question asks it of the same things
_BARE = re.compile(
    r"^\W*(?!(?:and|but|what|how|which|who|when|where|why|show|list|give|is|are|do|does|did|can"
    r"|could|ok|okay|now|so|then|same|also|yes|no|thanks|thank|tell|please|hi|hello|hey|all|every"
    r"|everything|each|top|bottom|by|per|for|in|of|from|at|since|before|after|only|just|count"
    r"|counts|total|totals|number|tally|sum|names|ids|breakdown|really|sure)\b)"
    r"[a-z#$][\w'#-]*(?:\s+(?!(?:by|per|for|in|of|from|at|on|since|before|after|vs|versus|and|or"
    r"|with|without|not|no|never|than|between|during|over|under|this|last)\b)[a-z#][\w'#-]*){0,2}"
    r"\s*\?+\s*$",
    re.I,
)
# The start of a short follow-up: "and", "ok so", "what about", "how about"
_FOLLOW_LEAD = r"^\W*(?:(?:and|ok|okay|so|now|then|what|how)\W+)*(?:about\s+)?"
# "and the latest one?", "what about the highest": the other end of a minimum or maximum
_OTHER_END = re.compile(
    _FOLLOW_LEAD + r"(?:the\s+)?(?:very\s+)?"
    r"(?P<max>latest|last|most\s+recent|newest|highest|biggest|largest|maximum|max)?"
    r"(?P<min>earliest|first|oldest|lowest|smallest|minimum|min)?"
    r"(?:\s+(?:one|time|date|then|instead|value|figure|(?:in|for|of)?\s*(?:that|the\s+same)\s+"
    r"(?:month|week|day|year|period|quarter)))*\W*$",
    re.I,
)


_BARE_DAY = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})", re.I)
_A_MONTH = re.compile(  # "aug 3", "July", "that month": the month is said
    rf"\b(?:{'|'.join(m[:3] for m in MONTH_NAMES)})[a-z]*\.?\s*\d"
    rf"|\b(?:{'|'.join(m for m in MONTH_NAMES if m != 'May')})\b|\bmonth\b",
    re.I,
)


# "and with at least 32?", "what if I count the ones with exactly 32 as well?" after a
# threshold: the same threshold moved
_BARE_BOUND = re.compile(
    _FOLLOW_LEAD + r"(?:(?:with|having|for|of)\s+)?"
    r"(?P<op>at\s+least|at\s+most|more\s+than|over|fewer\s+than|less\s+than|under|no\s+more\s+than|"
    r"no\s+fewer\s+than|(?:\d+|[a-z]+)\s+or\s+more)\s*(?P<n>[\w-]+)?\s*(?:instead|then)?\W*$",
    re.I,
)
_EXACTLY_TOO = re.compile(
    r"\b(?:include|including|count|counting|add|adding|with)\s+(?:in\s+)?(?:the\s+)?(?:ones|those|"
    r"\w+)?\s*(?:with|at|on|having)\s+exactly\s+(?P<n>[\w-]+)\s+(?:\w+\s+)?(?:too|as\s+well|also)\b",
    re.I,
)


def _threshold_moved(question: str, previous: QueryPlan, catalog: Catalog) -> str:
    """A bare bound after a question with one threshold ("and with at least 32?"), or the
    groups on it added ("count the ones with exactly 32 as well"): said in full."""
    if len(previous.having) != 1:
        return question
    having = previous.having[0]
    noun = catalog.measures[having.measure].synonyms[0]
    bare = _BARE_BOUND.match(question)
    if bare is not None:
        said = bare["op"] if bare["n"] is None else f"{bare['op']} {bare['n']}"
        return f"and with {said} {noun}?"
    exactly = _EXACTLY_TOO.search(question)
    if exactly is not None and having.op in (">", "<"):
        bound = "at least" if having.op == ">" else "at most"
        return f"and with {bound} {exactly['n']} {noun}?"
    return question


def _horizon(plan: QueryPlan, catalog: Catalog, as_of: date, known: KnownValues | None) -> date:
    """The last day the plan's measures have rows for: the as-of date, or later for a date
    recorded after it ("returned in September": returns go on after the last rental)."""
    spans = {column: last for column, _, last in known.date_spans} if known else {}
    columns = [catalog.measures[m].time_column for m in plan.measures]
    return max([as_of, *(spans[c] for c in columns if c in spans)])


# "and for the $4.99 ones?" after the $2.99 films: the same with that amount
_BARE_AMOUNT = re.compile(
    _FOLLOW_LEAD + r"(?:(?:for|with)\s+)?(?:the\s+)?"
    r"\$?\s*(?P<amount>\d+\.\d\d|\d+)\s*(?:dollars?|bucks)?\s*(?:ones?|films?|titles?|movies?|"
    r"payments?)?\s*(?:instead|then)?\W*$",
    re.I,
)


def _amount_moved(question: str, previous: QueryPlan, catalog: Catalog) -> str:
    """A bare amount after a question with one amount condition ("and the 2.99 ones?"
    after the $4.99 films): said in full, as that condition."""
    said = _BARE_AMOUNT.match(question)
    money = [
        f
        for f in previous.filters
        if catalog.dimensions[f.dimension].type == "money" and f.op == "=" and not f.negate
    ]
    if said is None or len(money) != 1:
        return question
    label = catalog.dimensions[money[0].dimension].label.lower()
    return f"and with a {label} of {said['amount']}?"


_WEEKDAY_BESIDE = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?P<day>{'|'.join(WEEKDAYS)})\s+"
    rf"{_CLOSE_BY}(?P<side>after|before)(?:\s+(?:that|it))?\b",
    re.I,
)


def _weekday_beside(question: str, previous: QueryPlan) -> str:
    """ "And on the Sunday after?" after a single day: the first Sunday after it."""
    said = _WEEKDAY_BESIDE.search(question)
    period = previous.time_range
    if said is None or period is None or period.start is None or period.end is None:
        return question
    if period.end - period.start != timedelta(days=1):
        return question
    wanted = WEEKDAYS.index(said["day"].lower())
    step = 1 if said["side"].lower() == "after" else -1
    day = period.start + timedelta(days=step)
    while day.weekday() != wanted:
        day += timedelta(days=step)
    return question[: said.start()] + f"on {day:%-d %B %Y}" + question[said.end() :]


def _day_in_the_same_month(question: str, previous: QueryPlan) -> str:
    """A day of the month said without its month ("and the 10th?") after a period within
    one month: that month's day (not the current month's)."""
    period = previous.time_range
    if period is None or period.start is None or period.end is None or _A_MONTH.search(question):
        return question
    last = period.end - timedelta(days=1)
    if (period.start.year, period.start.month) != (last.year, last.month):
        return question
    month, year = MONTH_NAMES[period.start.month - 1], period.start.year
    return _BARE_DAY.sub(lambda m: f"{m[0]} of {month} {year}", question, count=1)


_ITS = re.compile(r"\bits\b|\bof\s+it\b|\bit(?=\W*$)", re.I)


def _its_attribute(question: str, previous: QueryPlan, catalog: Catalog) -> str | None:
    """ "What's its rental period?" after a question about one film: asked of that film
    by name ("what's the rental period of MONEY HAROLD?"), or None."""
    named = [f for f in previous.filters if f.op == "=" and not f.negate and len(f.values) == 1]
    if len(previous.filters) != 1 or len(named) != 1 or not _ITS.search(question):
        return None
    if previous.time_range is not None or previous.exists or previous.comparison is not None:
        return None  # ("who rented it?" after its May rentals: those of May)
    if previous.intent == "list":
        return None  # (a list of its attributes takes one more as it is)
    dimension = catalog.dimensions[named[0].dimension]
    if dimension.key is None:  # (a thing with attributes of its own: a film, an actor)
        return None
    value = str(named[0].values[0])
    said = _ITS.sub(
        lambda m: {"its": "the", "it": value}.get(m[0].lower(), f"of {value}"), question, count=1
    )
    if value in said:
        return said
    return re.sub(r"\s*([?.!]*)\s*$", rf" of {value}\1", said, count=1)


_OTHER_WAY = re.compile(
    r"^\W*(?:(?:and|ok|okay|now|so|what\s+about|how\s+about)\W+)*(?:the\s+)?(?:other\s+way"
    r"\s+(?:a?round|about)|reverse|opposite|vice\s+versa|reversed?|flip(?:ped)?\s+(?:it|that|"
    r"them|the\s+stores))\b(?:\s*(?:[:,-]|please|too|then|now))*"
    r"(?:\s*(?:(?:in\s+|at\s+)?store\s+\d+\s*,?\s+(?:but\s+)?not\s+(?:in\s+|at\s+)?store\s+\d+))?"
    r"\W*$",
    re.I,
)


def _turned_round(previous: QueryPlan) -> QueryPlan | None:
    """``previous`` with its one value that some have and others lack swapped ("films at
    store 1 with no copies at store 2": at store 2 with none at store 1), if it has one."""
    lacking = [e for e in previous.exists if e.negate and len(e.filters) == 1]
    if len(lacking) != 1 or len(lacking[0].filters[0].values) != 1:
        return None
    lacked = lacking[0].filters[0]
    having = [
        f
        for f in (
            *previous.filters,
            *(f for e in previous.exists if not e.negate for f in e.filters),
        )
        if f.dimension == lacked.dimension and f.op == "=" and not f.negate and len(f.values) == 1
    ]
    if len(having) != 1 or having[0].values == lacked.values:
        return None
    had = having[0]

    def flip(found: Filter) -> Filter:
        if found is had:
            return found.model_copy(update={"values": lacked.values})
        if found is lacked:
            return found.model_copy(update={"values": had.values})
        return found

    return previous.model_copy(
        update={
            "filters": tuple(map(flip, previous.filters)),
            "exists": tuple(
                e.model_copy(update={"filters": tuple(map(flip, e.filters))})
                for e in previous.exists
            ),
        }
    )


# "3", "three": how many things a question names (never "a")
_HOW_MANY = r"\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if w != "a")


def _how_many(said: str) -> int:
    """The number ``_HOW_MANY`` matched."""
    return NUMBER_WORDS.get(said.lower()) or int(said)


_WHICH_N_MOST = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|now|then)\W+)*(?:which|what)\s+(?P<n>"
    + _HOW_MANY
    + r")\s+(?:ones?\s+)?(?:were|was|are|is|had|have|did|got|came)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
    r"(?P<end>most|least|fewest|highest|lowest|best|worst)\W*$",
    re.I,
)
# "and which five led in week 24?": had the most (a ranking's top, asked again)
_LED = re.compile(
    r"\b(?:led|lead|leads|leading|topped)\b(?=\s+(?:in|for|on|during|at|last|this|\W*$))", re.I
)
_RATING_LETTER = re.compile(r"(?<![\w-])G(?![\w-])")


def _ranked_again(question: str, previous: QueryPlan) -> str:
    """A follow-up of a ranking said the way the planner reads it: "which three were
    rented the most?" after the bottom three as "and the top 3?"; "which five led in week
    24?" as "which five had the most in week 24?"; "same for G" after R films, G-rated."""
    if any(f.dimension == "rating" for f in previous.filters) or "rating" in previous.dimensions:
        question = _RATING_LETTER.sub("G-rated", question)
    if previous.limit is None or not previous.order:
        return question
    again = _WHICH_N_MOST.match(question)
    if again is not None:
        n = _how_many(again["n"])
        top = again["end"].lower() in ("most", "highest", "best")
        return f"and the {'top' if top else 'bottom'} {n}?"
    if previous.order[0].direction == "desc":
        question = _LED.sub("had the most", question)
    return question


def _other_end(previous: QueryPlan, question: str, catalog: Catalog) -> str | None:
    """The measure at the other end of the previous one ("and the latest one?" after the
    first payment: the last payment), when the question asks only for that."""
    said = _OTHER_END.match(question)
    if said is None or not (said["max"] or said["min"]) or len(previous.measures) != 1:
        return None
    measure = catalog.measures[previous.measures[0]]
    node = measure.parsed
    if not isinstance(node, (exp.Min, exp.Max)) or not isinstance(node.this, exp.Column):
        return None
    wanted = "max" if said["max"] else "min"
    if isinstance(node, exp.Max) == (wanted == "max"):
        return None  # the same end
    return catalog.aggregate_of(measure.relation, node.this.name, wanted)


def _ranked_thing(relation: str, catalog: Catalog) -> tuple[str, str] | None:
    """The thing whose rows ``relation`` holds and the attribute it is ranked by ("the
    biggest payment": payments by amount), if it has one."""
    return next(
        (
            (n, d.ranked_by)
            for n, d in catalog.dimensions.items()
            if d.ranked_by and d.home == relation
        ),
        None,
    )


def _extreme_of(attribute: str, most: bool, catalog: Catalog) -> str | None:
    """The measure that is the largest (``most``) or smallest value of ``attribute`` over
    its rows (max(amount): the largest payment), if the catalog has it."""
    source = catalog.dimensions[attribute].sources[0]
    return catalog.aggregate_of(source.relation, source.expression, "max" if most else "min")


# "rentals on August 1 and 2, added together": one figure over both periods
_TOGETHER = re.compile(
    r"\b(?:combined|together|altogether|all\s+told|summed(?:\s+up)?|added\s+up|in\s+all"
    r"|between\s+them|both\s+(?:days|months|weeks)\s+(?:together|combined))\b",
    re.I,
)


def _periods_together(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan | str:
    """A comparison of periods said to be added together ("rentals on August 1st and 2nd
    combined"): one figure over the periods when they follow each other, else why not."""
    compared = plan.comparison
    if compared is None or len(compared.periods) < 2 or compared.dimension is not None:
        return plan
    if not _TOGETHER.search(question) or plan.derived is not None:
        return plan
    periods = sorted(compared.periods, key=lambda p: p.start or date.min)
    if any(p.start is None or p.end is None for p in periods) or any(
        a.end != b.start for a, b in itertools.pairwise(periods)
    ):
        return "I can add up periods only when one follows the other: ask for the span."
    first, last = periods[0], periods[-1]
    assert first.start is not None and last.end is not None
    label = f"{first.label} to {last.label}"
    changed = plan.model_copy(
        update={
            "intent": "distribution" if plan.dimensions else "kpi",
            "comparison": None,
            "time_range": TimeRange(start=first.start, end=last.end, label=f"from {label}"),
        }
    )
    return _restated(changed, plan, catalog)


# "customers in Canada, the United States and Mexico, each?": a figure per named value
_EACH_SAID = re.compile(
    r"(?:,\s*|\s)(?:each|respectively|apiece|separately|individually|one\s+by\s+one)"
    r"\s*(?:please\s*)?[?.!]*\s*$",
    re.I,
)


def _each_value(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan:
    """One figure for values said to be counted each ("in Canada and Mexico, each",
    "store 1 and store 2 respectively"): a figure per value, not one over them all."""
    if plan.intent != "kpi" or plan.derived is not None or plan.comparison is not None:
        return plan
    named = [f for f in plan.filters if f.op == "=" and not f.negate and len(f.values) > 1]
    if len(named) != 1 or not _EACH_SAID.search(question):
        return plan
    dimension = named[0].dimension
    changed = plan.model_copy(
        update={
            "intent": "distribution",
            "dimensions": (*plan.dimensions, dimension),
            "order": (OrderBy(key=dimension, direction="asc"),),
        }
    )
    return _said_anew_if_resolvable(changed, plan, catalog) or plan


# "trailers as their only special feature", "the only extra is trailers", "nothing but
# deleted scenes": a list attribute holding those values and no other
_ONLY_THESE = re.compile(
    r"\b(?:as\s+(?:its|their|the)\s+(?:one\s+and\s+)?only|(?:is|are)\s+(?:the\s+)?only"
    r"|the\s+only\s+(?:extra|special\s+feature|feature|bonus)s?\b(?:\s+\w+){0,5}?\s+(?:is|are)"
    r"|nothing\s+but|(?:has|have|had|with|comes?\s+with)\s+(?:just|only)|(?:just|only)\s+"
    r"(?:the\s+)?(?:trailers|commentar(?:y|ies)|deleted\s+scenes|behind\s+the\s+scenes)"
    r"\s+(?:and\s+nothing\s+else|as\s+(?:an?\s+)?(?:extras?|special\s+features?)))\b",
    re.I,
)


def _only_these(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan:
    """A list attribute said to hold only the values named ("films whose only special
    feature is trailers"): those values and no other, not any list holding them."""
    if not _ONLY_THESE.search(question):
        return plan
    held = [
        f
        for f in plan.filters
        if f.op == "=" and not f.negate and catalog.dimensions[f.dimension].type == "list"
    ]
    if len(held) != 1:
        return plan
    only = held[0].model_copy(update={"op": "only"})
    filters = tuple(only if f is held[0] else f for f in plan.filters)
    return _restated(plan.model_copy(update={"filters": filters}), plan, catalog)


# "inactive customers with an august rental - count", "films with a cast of one - how
# many": the count asked at the end, said first
_COUNT_LAST = re.compile(
    r"^(?P<body>(?!\W*(?:how\s+many|count|number|total)\b)[^?]*?\w[^?]*?)"
    r"(?:\s*[-\u2013\u2014:,(]\s*(?:the\s+)?(?:count|number|total\s+number|tally|how\s+many)"
    r"|\s+how\s+many)\s*(?:please|pls|\?)?\s*\)?\s*[?.!]*\s*$",
    re.I,
)


# "..., id + amount", "- ids and amounts", "(ids, please)": the things themselves asked for
_IDS_ASKED = re.compile(
    r"(?:[,:(\-\u2013]|\bwith)\s*(?:their\s+|the\s+)?ids?\b(?:\s*(?:\+|and|&|,|plus)\s*[\w ]+?)?"
    r"\s*(?:please|pls)?\s*\)?\s*[?.!]*\s*$",
    re.I,
)
# "inactive store-1 members who rented ...": things described by what they did
_THINGS_WHO = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:customers|members|clients|renters|people|films|titles|movies"
    r"|actors|staff|stores|shops)\s+(?:[\w-]+\s+){0,3}?(?:(?:who|that|which|with)\b|w/)",
    re.I,
)


def _counted_first(
    question: str, planned: QueryPlan | Unanswerable, again: Callable[..., QueryPlan | Unanswerable]
) -> QueryPlan | None:
    """A question whose count is asked at its end ("inactive customers with an august
    rental - count"), refused or read as a list: asked again with "how many" first, kept
    when that is a count of things with nothing they must have or lack (where a condition
    on the counted things' own rows is read from would be a guess)."""
    said = _COUNT_LAST.match(question)
    if said is None or "how many" in said["body"].lower():
        return None
    if re.search(r"(?:\band|\+|&|\bplus)\s*$", said["body"], re.I):
        return None  # ("countries with >10 customers and how many": how many each)
    if isinstance(planned, QueryPlan):
        groups = bool(planned.having) and planned.derived is None  # "films with a cast of one"
        # "inactive members who rented at store 2 last week - how many": the members
        who = planned.intent == "kpi" and _THINGS_WHO.match(said["body"]) is not None
        if planned.intent != "list" and not groups and not who:
            return None
    elif planned.code != "planner.not_understood":
        return None
    counted = again(f"how many {said['body'].strip()}?", previous=None)
    if not isinstance(counted, QueryPlan) or counted.comparison is not None:
        return None
    if counted.exists and any(f.dimension in ("store", "home_store") for f in counted.filters):
        return None  # ("store 1: june payers with no july payment": whose store?)
    return counted if counted.intent == "kpi" or counted.derived == "count" else None


_POINTS_AT_NOTHING = "This points at an earlier answer I don't have: ask it in full."
# "... and how many ...": a second figure asked for after the first
_SECOND_FIGURE = re.compile(r"(?:,|\band\b|\+|&)\s*(?:also\s+)?how\s+(?:many|much)\b", re.I)


def _one_figure_of_two(plan: QueryPlan, question: str) -> bool:
    """Whether ``plan`` gives one figure (per group or in all) for a question that asks
    "how many" twice."""
    if plan.intent not in _PLAIN or len(plan.measures) != 1 or plan.derived is not None:
        return False
    return any(_FIRST_ASK.search(question[: m.start()]) for m in _SECOND_FIGURE.finditer(question))


_JOINED = re.compile(r"^(?:\s*(?:,|\band\b|\+|&|also\b))+\s*", re.I)
_PLAIN = ("kpi", "distribution")


def _said_anew_if_resolvable(
    changed: QueryPlan, said: QueryPlan, catalog: Catalog
) -> QueryPlan | None:
    """``changed`` (a reading made from ``said``) with its sentence said anew, or None when
    the catalog cannot answer it."""
    try:
        resolve_plan(changed, catalog)
    except PlanNotResolvable:
        return None
    return _restated(changed, said, catalog)


def _joined_plans(first: QueryPlan, then: QueryPlan, catalog: Catalog) -> QueryPlan | None:
    """``then`` (the follow-up of ``first``) carrying ``first``'s asks too, or None."""
    if first.intent == "list" and then.intent == "list":
        # "what is it rated, and what does it cost to rent": the follow-up keeps the
        # rating and adds the rental rate
        kept = then.dimensions[: len(first.dimensions)] == first.dimensions
        if kept and set(first.filters) == set(then.filters) and then.exists == first.exists:
            return then if len(then.dimensions) > len(first.dimensions) else None
        return None
    if first.intent not in _PLAIN or then.intent not in _PLAIN:
        return None
    for plan in (first, then):
        if plan.derived or plan.having or plan.exists or plan.comparison or plan.limit:
            return None
        if plan.time_grain or plan.place is not None:
            return None
    if set(first.filters) != set(then.filters):
        return None
    if first.dimensions and first.dimensions != then.dimensions:
        return None  # ("how many films per genre, and how many rentals?": the genres kept)
    if first.time_range != then.time_range:
        undated = all(catalog.measures[m].time_column is None for m in first.measures)
        if first.time_range is not None or not undated:
            return None  # (two periods: two questions)
    measures = tuple(dict.fromkeys((*first.measures, *then.measures)))
    if len(measures) < 2:
        return None
    return then.model_copy(
        update={
            "intent": "distribution" if then.dimensions else "kpi",
            "measures": measures,
            "order": then.order if then.dimensions else (),
        }
    )


# A question that asks for a list in its first words ("list the ...", "give me a list of")
# but not for a figure of one ("list the number of ...")
_ASKS_A_LIST = re.compile(
    r"\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)*"
    r"(?:list|enumerate|(?:give|show)\s+me\s+(?:a|the)\s+list\s+of)\b"
    r"(?!\s+(?:(?:the|a|our|my)\s+)?(?:number|count|total|sum|amount|average|mean|how)\b)",
    re.IGNORECASE,
)


# ... or in its last: "customer 67 rentals jul 1-15, titles"
_LIST_AFTER = re.compile(
    r"[,:;-]\s*(?:the\s+|their\s+|with\s+)?(?:titles|names|ids|list|which\s+ones)\s*[?.!]*\s*$"
    r"|\(\s*(?:payment\s+|rental\s+|customer\s+)?ids?\s*(?:\+|&|and|,|with)\s*(?:the\s+)?"
    r"(?:amounts?|dates?|titles?|names?)\s*\)",  # "(id + amount)": each one listed
    re.IGNORECASE,
)


# "when was ...", "what date ...", "date/time of ...": the answer is a moment
_ASKS_WHEN = re.compile(
    r"\W*(?:(?:and|so|ok|okay|then)\W+)?(?:when\b|at\s+what\s+time\b|what\s+(?:date|day|time)\b"
    r"|(?:the\s+)?(?:date|time|date\s*/\s*time|timestamp)\s+of\b)",
    re.IGNORECASE,
)


def _with_its_date(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """A list of things asked "when": each thing's own date beside it (a payment's payment
    date), where the catalog has one of that name."""
    moment = f"{plan.dimensions[0]}_date"
    dated = any(catalog.dimensions[d].type in ("date", "timestamp") for d in plan.dimensions)
    if moment not in catalog.dimensions or dated:  # ("when were they returned": shown)
        return plan
    return _restated(
        plan.model_copy(update={"dimensions": (*plan.dimensions, moment)}), plan, catalog
    )


# "the second half", not "of the year": after a period within one month, that month's
_HALF_SAID = re.compile(
    r"\b(?P<which>first|second|1st|2nd|latter|other)\s+half\b"
    r"(?!\s+of\s+(?:the\s+)?(?:year|19\d\d|20\d\d))",
    re.IGNORECASE,
)


def _half_of_the_month(
    planned: QueryPlan, previous: QueryPlan, question: str, catalog: Catalog
) -> QueryPlan:
    """A follow-up's "first half" / "second half" read as a half of the year, when the
    previous question's period lies within one month: that month's half (1 to 15, 16 to
    its end), by day as the previous question was (no grouping by month)."""
    said, before, now = _HALF_SAID.search(question), previous.time_range, planned.time_range
    if said is None or before is None or now is None or None in (before.start, before.end):
        return planned
    assert before.start is not None and before.end is not None
    last = before.end - timedelta(days=1)
    yearly = (
        now.start is not None
        and (now.start.day, now.start.month) in ((1, 1), (1, 7))
        and add_months(now.start, 6) == now.end
    )
    if (before.start.year, before.start.month) != (last.year, last.month) or not yearly:
        return planned
    month = before.start.replace(day=1)
    start, end = (month, month.replace(day=16))
    if said["which"].lower() not in ("first", "1st"):
        start, end = month.replace(day=16), add_months(month, 1)
    update: dict[str, object] = {"time_range": day_range(start, end)}
    if previous.time_grain is None and planned.time_grain is not None:
        # ("the second half of the month": not by month)
        update.update(time_grain=None, intent=previous.intent, order=previous.order)
    return _restated(planned.model_copy(update=update), planned, catalog)


def _share_of_another_whole(plan: QueryPlan, catalog: Catalog) -> bool:
    """A share of one measure in a count of distinct things that the part does not count
    (late returns among films rented: rentals are not films). (A count of rows may be the
    whole of another's rows, catalog permitting: copies out among the copies.)"""
    if plan.derived != "share" or len(plan.measures) != 2:
        return False
    part, whole = plan.measures
    counted = catalog.measures[whole].distinct_column
    return (
        counted is not None
        and catalog.measures[part].distinct_column != counted
        and whole not in _wholes(part, catalog)
    )


def _one_figure(plan: QueryPlan) -> bool:
    """One number: no rows of things, no groups, no periods to compare."""
    return (
        plan.intent == "kpi"
        and not plan.dimensions
        and plan.derived is None
        and plan.comparison is None
        and plan.time_grain is None
    )


_BOTH_STORES_NAMED = re.compile(
    r"(?<!\bmy\s)(?<!\bof\s)\bboth\s+(?:of\s+)?(?:the\s+|our\s+)?(?:stores|shops|branches|locations)\b",
    re.IGNORECASE,
)


def _both_stores_named(
    plan: QueryPlan, question: str, known: KnownValues, catalog: Catalog
) -> QueryPlan:
    """ "July takings for both stores side by side": the two stores with copies, named
    (so that a manager of one of them is told the other is outside the scope, not given
    the one store as if it were both); nothing changes where a store is already said."""
    stores = known.stocked_stores
    if len(stores) != 2 or not _BOTH_STORES_NAMED.search(question):
        return plan
    if _SET_ASIDE in plan.understood:  # ("drop the store limit and tell me what both
        return plan  # shops took": the part in scope answered, as any bent rule)
    said = {f.dimension for f in (*plan.filters, *(e for x in plan.exists for e in x.filters))}
    compared = plan.comparison.dimension if plan.comparison is not None else None
    if "store" in said or compared == "store" or plan.share_of:
        return plan
    named = plan.model_copy(
        update={"filters": (*plan.filters, Filter(dimension="store", values=stores))}
    )
    return _restated(named, plan, catalog)


_FULL_PERIODS = re.compile(
    r"\b(?:full|complete|entire|whole)\s+(?:calendar\s+)?(?P<unit>month|week)s?\b(?!\s+of\b)",
    re.IGNORECASE,
)
_FULL_PERIODS_SAID = (
    "I can tell which months or weeks the data covers in full only when the answer is "
    "given per month or per week: name the period otherwise (for example 'from February "
    "to June')."
)


def _full_periods(
    plan: QueryPlan, unit: str, catalog: Catalog, known: KnownValues | None, role: str
) -> QueryPlan | Unanswerable:
    """Months (or weeks) the data covers from their first day to their last ("which full
    month had the fewest paying customers", "the weakest complete week in Q2"): the
    period asked, cut to whole ones of the rows' own dates."""
    measure = catalog.measures[plan.measures[0]] if plan.measures else None
    column = measure.time_column if measure is not None else None
    spans = {c: (first, last) for c, first, last in known.date_spans} if known else {}
    if plan.time_grain != unit or column not in spans:
        return _not_understood(catalog, role, _FULL_PERIODS_SAID)
    first, last = spans[column]
    start, end = _whole_from(unit, first), _whole_until(unit, last + timedelta(days=1))
    span = plan.time_range
    if span is not None and span.start is not None:
        start = max(start, _whole_from(unit, span.start))
    if span is not None and span.end is not None:
        end = min(end, _whole_until(unit, span.end))
    if start >= end:
        return _not_understood(catalog, role, f"The data covers no whole {unit} there.")
    said = f"complete {unit}s from {_period_start_said(unit, start)} to " + _period_start_said(
        unit, period_before(end, unit)
    )
    whole = TimeRange(start=start, end=end, label=said)
    covered = plan.model_copy(update={"time_range": whole})
    return covered.model_copy(update={"understood": _said(covered, catalog)})


def _whole_from(unit: str, day: date) -> date:
    """The first period of ``unit`` that starts on or after ``day``."""
    if starts_period(day, unit):
        return day
    start = period_of(unit, period_containing(unit, day)).end
    assert start is not None
    return start


def _whole_until(unit: str, day: date) -> date:
    """The end of the last period of ``unit`` that ends on or before ``day``."""
    return day if starts_period(day, unit) else period_containing(unit, day)


def _period_start_said(unit: str, start: date) -> str:
    """ "February 2022" for a month, "the week of 4 April 2022" for a week."""
    return period_of(unit, start).label.removeprefix("in ")


_MEDIAN = re.compile(r"\bmedians?\b", re.IGNORECASE)
# "typical (median, not average) time", "the median (not the mean)": the median
_NOT_THE_MEAN = re.compile(
    r"\b(?:typical\s*\(\s*)?median(?:\s*(?:\(\s*|,\s*)not\s+(?:the\s+)?(?:average|mean)\b)?"
    r"(?:\s*\))?",
    re.IGNORECASE,
)


_MEAN = re.compile(r"\b(?:average|avg|mean)\b", re.IGNORECASE)
# "the average instead of the median": the median set aside, not asked
_NOT_THE_MEDIAN = re.compile(
    r",?\s*\(?\b(?:instead\s+of|rather\s+than|not)\s+(?:the\s+)?median\b\)?", re.IGNORECASE
)


def _histogram(
    planned: QueryPlan | Unanswerable, parsed: ParsedQuestion, catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """How many things have each count of something ("customers by number of rentals in
    August", "spread of titles by copy count"): the count per thing, then the things per
    count. A breakdown by a value of the rows ("rentals split by number of days kept") is
    just that; anything else is refused."""
    if isinstance(planned, Unanswerable):
        if planned.code != "planner.not_understood":
            return planned
        return _not_understood(catalog, role, COUNTS_OF_COUNTS_SAID)
    dimensions = planned.dimensions
    if len(dimensions) == 1 and catalog.dimensions[dimensions[0]].attribute:
        return planned  # rentals by whole days out
    subjects = [s for s in parsed.subjects if not catalog.dimensions[s].attribute]
    if not dimensions and subjects:  # "titles by copy count": copies per title
        dimensions = (subjects[0],)
    measure = catalog.measures[planned.measures[0]] if len(planned.measures) == 1 else None
    if (
        len(dimensions) != 1
        or catalog.dimensions[dimensions[0]].attribute
        or measure is None
        or measure.format != "integer"
        or planned.intent == "list"
        or planned.derived is not None
        or planned.having
        or planned.comparison is not None
        or planned.time_grain is not None
    ):
        return _not_understood(catalog, role, COUNTS_OF_COUNTS_SAID)
    histogram = planned.model_copy(
        update={
            "intent": "distribution",
            "dimensions": dimensions,
            "derived": "histogram",
            "order": (),
            "limit": None,
            "ties": False,
            "place": None,
        }
    )
    return _restated(histogram, planned, catalog)


def _medians_as_averages(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """A plan of medians with the averages in their place."""

    def average(name: str) -> str:
        return catalog.measures[name].median_of or name if name in catalog.measures else name

    return plan.model_copy(
        update={
            "measures": tuple(average(m) for m in plan.measures),
            "having": tuple(
                h.model_copy(update={"measure": average(h.measure)}) for h in plan.having
            ),
            "order": tuple(o.model_copy(update={"key": average(o.key)}) for o in plan.order),
        }
    )


def _medians(
    averaged: QueryPlan | Unanswerable, catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """The plan of a question with "median" read as "average", with each average's
    median in its place; refused when what it takes is not an average of the rows
    ("the median number of rentals per customer", "the median revenue by store")."""
    twins = {m.median_of: name for name, m in catalog.measures.items() if m.median_of}
    if isinstance(averaged, QueryPlan) and any(m in twins for m in averaged.measures):
        rows = {catalog.rows_measure(catalog.measures[m].relation) for m in twins}
        kept = tuple(m for m in averaged.measures if m in twins or m not in rows)
        averaged = averaged.model_copy(update={"measures": kept})  # "... of July's rentals"
    if isinstance(averaged, QueryPlan):
        measures = (*averaged.measures, *(h.measure for h in averaged.having))
        if (
            averaged.intent != "list"
            and averaged.derived is None
            and measures
            and all(m in twins for m in measures)
        ):
            return _with_medians(averaged, twins, catalog)
    elif averaged.code != "planner.not_understood" or _MEAN.search(averaged.reason) is None:
        return averaged  # refused for another reason than what it averages
    allowed = catalog.relations_for_role(role)
    offered = sorted(
        catalog.measures[m].label.lower()
        for m in twins.values()
        if catalog.measures[m].relation in allowed
    )
    return _not_understood(
        catalog,
        role,
        f"I can take the median of single values ({', '.join(offered[:4])}), not of "
        "totals or counts per thing: ask for the average instead.",
    )


def _with_medians(averaged: QueryPlan, twins: dict[str, str], catalog: Catalog) -> QueryPlan:
    medians = averaged.model_copy(
        update={
            "measures": tuple(twins[m] for m in averaged.measures),
            "having": tuple(
                h.model_copy(update={"measure": twins[h.measure]}) for h in averaged.having
            ),
            "order": tuple(
                o.model_copy(update={"key": twins.get(o.key, o.key)}) for o in averaged.order
            ),
        }
    )
    return _restated(medians, averaged, catalog)


_STORE_WORD = r"(?:store|branch|shop|location|outlet)"


@functools.lru_cache(maxsize=8)
def _store_places(known: KnownValues) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of a store named by its place and the stores each place names."""
    stores = {place.lower(): " or ".join(str(i) for i in ids) for place, ids in known.store_places}
    if not stores:
        return None
    names = "|".join(re.escape(p) for p in sorted(stores, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:(?:the|our|your|my)\s+)?(?P<before>{names})\s+{_STORE_WORD}\b(?!s)"
        rf"|\b(?:the|our|your|my)\s+{_STORE_WORD}\s+(?:in|at)\s+(?:the\s+)?(?P<after>{names})\b",
        re.IGNORECASE,
    )
    return pattern, stores


# "store 1's country", "the same city as store 2": the place, by its name
_STORE_PLACE = re.compile(
    r"\b(?:the\s+)?same\s+(?P<kind>city|country|town)\s+as\s+(?:our\s+)?store\s*#?(?P<id>\d+)\b"
    r"|\b(?:our\s+)?store\s*#?(?P<id2>\d+)'s\s+(?:own\s+)?(?P<kind2>city|country|town)\b",
    re.I,
)


def _store_place(said: re.Match[str], known: KnownValues) -> str:
    """The name of the city or country of the store ``said`` names; as said when the
    data has none (or several)."""
    store = int(said["id"] or said["id2"])
    kind = (said["kind"] or said["kind2"]).lower()
    names = known.countries if kind == "country" else known.cities
    places = [p for p, ids in known.store_places if store in ids and p in names]
    return places[0] if len(places) == 1 else said[0]


def _stores_by_place(question: str, known: KnownValues | None) -> str:
    """ "The Hamilton store", "our branch in Boksburg": the store there, by its id (never
    the customers who live in Hamilton)."""
    found = _store_places(known) if known is not None else None
    if found is None:
        return question
    pattern, stores = found
    return pattern.sub(lambda m: f"store {stores[(m['before'] or m['after']).lower()]}", question)


def _listed_and_counted(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> QueryPlan:
    """A number asked of things only a list can find ("how many films does store 2 carry
    that store 1 doesn't", "how many countries have no customers"): the things listed,
    then counted in SQL."""
    if parsed.listed or not (parsed.counts_things or parsed.says_number):
        return plan
    if plan.intent == "list" and plan.derived is None:
        listed = plan
    elif (
        plan.intent == "kpi"
        and plan.exists
        and len(plan.measures) == 1
        and not plan.filters
        and not plan.having
        and plan.derived is None
        and any(catalog.measures[e.measure].relation == catalog.measures[plan.measures[0]].relation
                for e in plan.exists)
    ):  # fmt: skip
        entity = catalog.entity_counted(plan.measures[0])
        if entity is None:
            return plan
        listed = QueryPlan(intent="list", dimensions=(entity,), exists=plan.exists)
    else:
        return plan
    return listed.model_copy(
        update={
            "derived": "count",
            "dimensions": listed.dimensions[:1],
            "order": (),
            "limit": None,
            "ties": False,
        }
    )


# "of the titles my store stocks, how many have fewer than three copies": among those with
# some (none are not stocked)
_AMONG_THOSE_WITH_SOME = re.compile(
    r"\b(?:stocks?|stocked|carr(?:y|ies|ied)|in\s+stock|on\s+the\s+shel(?:f|ves)|we\s+have|of\s+(?:the|those|them)"
    r"|among|that\s+(?:have|had)\s+(?:any|some|at\s+least))\b",
    re.I,
)


def _with_none_counted(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """ "How many films have fewer than 3 actors": the films not linked to 3 or more, so
    that those with none are counted too (a count of groups never has a group of none)."""
    if plan.derived != "count" or len(plan.having) != 1 or len(plan.dimensions) != 1:
        return plan
    having, entity = plan.having[0], plan.dimensions[0]
    dimension = catalog.dimensions[entity]
    measure = catalog.measures[having.measure]
    counts = isinstance(measure.parsed, exp.Count)
    if not counts or dimension.attribute or dimension.home is None or plan.filters:
        return plan
    if having.op not in ("<", "<=") or measure.relation == dimension.home or plan.exists:
        return plan
    at_least = math.ceil(having.value) if having.op == "<" else math.floor(having.value) + 1
    if at_least < 2:
        return plan
    fewer = Exists(
        measure=having.measure, negate=True, time_range=plan.time_range, at_least=at_least
    )
    listed = QueryPlan(intent="list", dimensions=(entity,), exists=(fewer,), derived="count")
    return _restated(listed, plan, catalog)


def _with_none_as_said(plan: QueryPlan) -> QueryPlan:
    """``_with_none_counted``'s plan as the threshold it was asked as, for a follow-up to
    change."""
    fewer = [e for e in plan.exists if e.at_least is not None and e.negate]
    if len(plan.exists) != 1 or len(fewer) != 1 or plan.derived != "count":
        return plan
    said = Having(measure=fewer[0].measure, op="<", value=float(fewer[0].at_least or 0))
    return plan.model_copy(
        update={
            "intent": "kpi",
            "measures": (fewer[0].measure,),
            "exists": (),
            "having": (said,),
            "time_range": fewer[0].time_range,
        }
    )


def _before_the_data(plan: QueryPlan, known: KnownValues | None) -> str | None:
    """A change from a period the data does not reach ("July against July last year", when
    the data starts this February): no figure to change from, so no change."""
    oldest = known.oldest_date if known is not None else None
    if plan.derived != "change" or plan.comparison is None or oldest is None:
        return None
    first = plan.comparison.periods[0]
    if first.end is not None and first.end <= oldest:
        return (
            f"The data starts on {oldest:%d %B %Y}: there is nothing in "
            f"{first.label or 'the first period'} to compare with."
        )
    return None


def _whole_weeks(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """Weeks ranked within a period are the weeks wholly in it ("the weakest week of
    Q2": never the three days of the week of 28 March that fall in April)."""
    span = plan.time_range
    if plan.time_grain != "week" or plan.limit is None or span is None:
        return plan
    start, end = span.start, span.end
    if start is not None and start.weekday():
        start += timedelta(days=7 - start.weekday())
    if end is not None and end.weekday():
        end -= timedelta(days=end.weekday())
    if (start, end) == (span.start, span.end) or (start and end and start >= end):
        return plan
    whole = span.model_copy(
        update={"start": start, "end": end, "label": f"{span.label}, whole weeks"}
    )
    ranked = plan.model_copy(update={"time_range": whole})
    return ranked.model_copy(update={"understood": _said(ranked, catalog)})


_HOME_STORE = "home_store"


# What says a breakdown, before the thing grouped by ("by store", "per category", "in each
# country", "which countries") or after it ("categories with ...", "rating-wise")
_GROUPED_BEFORE = frozenset(
    {"by", "per", "each", "every", "across", "among", "between", "versus", "vs", "wise",
     "breakdown", "split", "group", "grouped", "list", "show", "name", "give", "display",
     "find"}
)  # fmt: skip
_ASKED_JUST_BEFORE = frozenset(
    {"which", "what", "whose", "all", "various", "different", "their", "both", "two", "the"}
)
_GROUPED_AFTER = frozenset(
    {"with", "that", "who", "where", "having", "has", "have", "had", "wise", "breakdown",
     "split", "whose", "in", "do", "did", "does", "are", "were", "is", "was", "rank", "ranked",
     "side", "ids", "id", "numbers", "names", "list", "one"}
)  # fmt: skip
_TIME_KEYS = frozenset({"hour", "weekday", "day_type"})  # (months and days are grains)
_ASKS_GROUPS = re.compile(
    r"\b(?:split|splitting|broken|break|breakdown|grouped|group)\b|-?wise\b", re.I
)
_ONE_THING = frozenset({"film", "actor", "customer", "rental", "payment", "copy", "staff"})
_MEASURED = frozenset({"measured", "weighted", "valued", "counted", "calculated", "computed"})


_PER_GROUP = (
    r"(?:(?P<agent>\b\w+\s+)?\bby|\bper|\bfor\s+each|\bin\s+each|\beach|\bevery"
    r"|\b(?:the|our|my)\s+(?:different|various|individual))\s+(?:of\s+(?:the|our|my)\s+)?"
)
_DESCRIBED = re.compile(
    r"\s+(?:from|in|living|who|that|with|registered|of|at|based|located|whose|which)\b", re.I
)
# "made by customers", "rented by", "paid by": the doer, not a breakdown
_DONE = re.compile(r"(?:ed|en|made|done|paid|taken|bought|held|kept|sold)\s+$", re.I)
# (an average, a median or a typical figure: one per thing, never a dropped breakdown)
_AVERAGED = re.compile(rf"{_MEAN.pattern}|{_MEDIAN.pattern}|\btypical\b", re.I)


_QUOTED = re.compile(r"\u201c([^\u201d]+)\u201d")
# a second question after the first: "..., and what does it cost", "... + its rental rate",
# "how many titles and how many copies", "how much was it, and when was it made"
_SECOND_ASK = re.compile(
    r"(?:,|\band\b|\+|&)\s*(?:also\s+)?(?:how\s+(?:many|much|long|often)\b|what(?:'s|\s+is"
    r"|\s+was|\s+does|\s+did|\s+were|\s+are|\s+do)?\b|when\b|where\b|its\b|their\b)",
    re.I,
)


_COUNT_AT_THE_END = re.compile(
    r"\W*(?:and\s+|also\s+|&\s*|\+\s*)*(?:how\s+(?:many|much)|what)\s*[?.!]*\s*$", re.I
)
_FIRST_ASK = re.compile(
    r"\b(?:how\s+(?:many|much|long|often)|what|whats|when|which|who|where|list|show|give|tell)\b"
    r"|^\W*\w+(?:\s+\w+){0,3}(?:\s*:|\s+-)\s",  # ("store 1: ...", "payment 20202 - ...")
    re.I,
)


def _misread(plan: QueryPlan, question: str, catalog: Catalog) -> str | None:
    """Why a new question's plan does not fit what it asks (read without what was set
    aside): a second question left out, a breakdown asked for and dropped, or one nobody
    asked for; None when it fits."""
    asked = _without_set_aside(question, plan.understood)
    if _second_ask_dropped(plan, asked, catalog):
        # "What is SWEETHEARTS SUSPECTS rated, and what does it cost to rent?": once
        # answered with the rental rate only
        return "This asks two things and I could read only one of them: ask each on its own."
    dropped = _dropped_breakdown(plan, asked, catalog)
    if dropped is not None:  # "the sales figures of the different stores": never one total
        return (
            f"I couldn't read the breakdown by {dropped} in this question: ask for it as "
            f"'... by {dropped}'."
        )
    unasked = _unasked_breakdown(plan, asked, catalog)
    if unasked is not None:  # "india + registered store 1 + unreturned rental: count"
        return (
            f"I couldn't tell whether you want this per {unasked}: say 'by {unasked}' for a "
            "breakdown, or leave it out for one figure."
        )
    return None


def _second_ask_dropped(plan: QueryPlan, question: str, catalog: Catalog) -> bool:
    """Whether ``question`` asks a second thing (after "and", "+" or a comma) that a plan of
    one figure, or a list with one thing beside each row, cannot be carrying."""
    second = _SECOND_ASK.search(question)
    if second is None or plan.comparison is not None:
        return False
    if _COUNT_AT_THE_END.match(question[second.start() :]):
        return False  # ("canada customers who rented R films, how many": the one ask)
    if _FIRST_ASK.search(question[: second.start()]) is None:
        return False  # ("if a customer loses it, what does it cost": one question)
    if plan.intent == "list":  # (the things listed, and what is said of each)
        first = catalog.dimensions[plan.dimensions[0]]
        listed = first.key is not None or first.numbered  # (a film, a payment: not a rating)
        said = plan.dimensions[1:] if listed else plan.dimensions
        return len(said) <= 1 and not plan.exists and not plan.having
    return plan.intent == "kpi" and len(plan.measures) == 1 and plan.derived is None


def _without_set_aside(question: str, understood: str) -> str:
    """``question`` without the clauses its plan's sentence says were set aside (an
    instruction, who asked, what for): what the checks on the plan read."""
    for said in _QUOTED.findall(understood):
        question = question.replace(said, " ")
    return question


def _said_per(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Brazil customers per home store": a group said after "per" is a breakdown (the
    customers counted per store), whatever the kind of word that names it."""
    said = tuple(w for w in _WORD_SPLIT.split(text.lower()) if w)
    after_per = [i + 1 for i, w in enumerate(said) if w == "per"]
    for name in parsed.dimensions:
        if name in parsed.per_dimensions or not after_per:
            continue
        names = _names_in_words(catalog)[name]
        if any(said[i : i + len(n)] == n for i in after_per for n in names):
            parsed.per_dimensions.append(name)


def _dropped_breakdown(plan: QueryPlan, question: str, catalog: Catalog) -> str | None:
    """The label of a thing the question asks figures for each of ("the sales figures of the
    different stores", "rentals per staff member") when the plan is one figure with no
    condition on that thing: the groups were dropped, so refused rather than one total."""
    if plan.intent != "kpi" or plan.dimensions or plan.derived is not None:
        return None
    if _AVERAGED.search(question) or plan.comparison is not None:
        return None
    text = question.lower()
    named = {f.dimension for f in plan.filters} | {
        f.dimension for e in plan.exists for f in e.filters
    }
    for name, pattern in _per_group_patterns(catalog):
        if name in named:
            continue
        for found in pattern.finditer(text):
            if found["agent"] is not None and _DONE.search(found["agent"]):
                continue
            if _DESCRIBED.match(text, found.end()):
                continue  # ("rentals by customers in India": whose, not per customer)
            return catalog.dimensions[name].label.lower()
    return None


@functools.cache
def _per_group_patterns(catalog: Catalog) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per dimension, one pattern for "by / per / each / the different <any of its names>"
    and "<name>-wise" (built once per catalog)."""
    patterns = []
    for name, dimension in catalog.dimensions.items():
        if name in _TIME_KEYS or dimension.format == "date":
            continue
        said = sorted({re.escape(n.lower()) for n in dimension.synonyms if len(n) >= 4}, key=len)
        if not said:
            continue
        names = "|".join(reversed(said))
        patterns.append((name, re.compile(rf"{_PER_GROUP}(?:{names})\b|\b(?:{names})-?wise\b")))
    return tuple(patterns)


_WORD_SPLIT = re.compile(r"[^a-z0-9-]+")


@functools.cache
def _names_in_words(catalog: Catalog) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per dimension, each of its names (synonyms, label, own name) as lower-case words
    (built once per catalog)."""
    return {
        name: tuple(
            tuple(w for w in _WORD_SPLIT.split(said.lower()) if w)
            for said in {*dimension.synonyms, dimension.label.lower(), name.replace("_", " ")}
        )
        for name, dimension in catalog.dimensions.items()
    }


def _unasked_breakdown(plan: QueryPlan, question: str, catalog: Catalog) -> str | None:
    """The label of a dimension a breakdown groups by that the question names only as a
    bare noun, with nothing that asks for groups near it ("what it would cost to replace
    every PG-13 copy at store 2. Total replacement cost?" is one figure, not one per
    replacement cost): a misreading, refused rather than answered per group."""
    if plan.intent != "distribution" or plan.comparison is not None or plan.time_grain:
        return None
    if plan.derived is not None or plan.having:  # ("customers with 10+ rentals": the groups)
        return None
    if _ASKS_GROUPS.search(question) or _EACH_SAID.search(question):
        return None  # ("split up by kind of movie - genre i mean", "store 1 and 2 each")
    if any(f.dimension in _ONE_THING and f.op == "=" and len(f.values) == 1 for f in plan.filters):
        return None  # ("titanic boondok language": one film's language, whatever the form)
    said = tuple(w for w in _WORD_SPLIT.split(question.lower()) if w and w != "s")
    for name in plan.dimensions:
        dimension = catalog.dimensions.get(name)
        if dimension is None or name in _TIME_KEYS or dimension.format == "date":
            continue
        if dimension.values:  # ("how many active and how many inactive": its values named)
            continue
        places = [
            (i, i + len(words_of))
            for words_of in _names_in_words(catalog)[name]
            for i in range(len(said) - len(words_of) + 1)
            if said[i : i + len(words_of)] == words_of
        ]
        if not places:
            return None  # (named by a word the catalog maps some other way: not judged)
        for start, end in places:
            before = said[max(0, start - 4) : start]
            if before[-2:-1] and before[-1] == "by" and before[-2] in _MEASURED:
                before = before[:-1]  # "measured by replacement cost": how, not per what
            after = said[end : end + 2]
            if start <= 1 or set(before) & _GROUPED_BEFORE or set(after) & _GROUPED_AFTER:
                break
            if said[start - 1] in _ASKED_JUST_BEFORE:
                break
            if said[start - 1].endswith("-wise") or any(w.endswith("wise") for w in after):
                break
        else:
            return dimension.label.lower()
    return None


def _counted_per_own(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """A ranking by a count of the very things grouped (films per film: one each) is a
    misreading: "Horror titles in stock, which has gone out the fewest times" ranks by the
    other figure asked; "which Music titles have the most copies" (films per copy: one
    each) ranks the films by their copies."""
    if plan.intent != "ranking" or len(plan.dimensions) != 1 or not plan.order:
        return plan
    (grouped,), key = plan.dimensions, plan.order[0].key
    if key not in plan.measures or catalog.entity_counted(key) is None:
        return plan
    counted = catalog.entity_counted(key)
    if counted == grouped:
        others = [m for m in plan.measures if catalog.entity_counted(m) != grouped]
        if len(others) != 1:
            return plan
        order = (plan.order[0].model_copy(update={"key": others[0]}), *plan.order[1:])
        changed = plan.model_copy(update={"order": order})
        return changed.model_copy(update={"understood": _said(changed, catalog)})
    home = catalog.dimensions[grouped].home
    rows = catalog.rows_measure(home) if home is not None else None
    # (a copy is of one film; a store has several staff members, so only the copies)
    if rows is None or grouped != "copy" or plan.measures != (key,) or counted is None:
        return plan  # (each copy is of one film: the films ranked by their copies)
    if catalog.find_source(counted, home) is None:
        return plan
    changed = plan.model_copy(
        update={
            "dimensions": (counted,),
            "measures": (rows,),
            "order": (plan.order[0].model_copy(update={"key": rows}),),
        }
    )
    return changed.model_copy(update={"understood": _said(changed, catalog)})


def _copies_at_their_store(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """ "Copies not still out at store 2": a copy's rentals are at its own store, so the
    store said of them is the copies' store (not the store of rentals looked for among
    every copy of both stores)."""
    if not plan.exists or any(f.dimension == "store" for f in plan.filters):
        return plan
    if plan.intent == "list":
        bases = {catalog.dimensions[plan.dimensions[0]].home}
    else:
        bases = {catalog.measures[m].relation for m in plan.measures}
    if bases != {"inventory"}:
        return plan
    stores = {f for e in plan.exists for f in e.filters if f.dimension == "store"}
    if len(stores) != 1:
        return plan
    exists = tuple(
        e.model_copy(update={"filters": tuple(f for f in e.filters if f not in stores)})
        for e in plan.exists
    )
    moved = plan.model_copy(update={"exists": exists, "filters": (*plan.filters, *stores)})
    return moved.model_copy(update={"understood": _said(moved, catalog)})


def _home_store_as_store(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """A plan over the customers themselves says their home store as "store": it is the
    store they have (``home_store`` is for the rentals and payments of customers)."""
    if _HOME_STORE not in catalog.dimensions or "store" not in catalog.dimensions:
        return plan
    if plan.intent == "list":
        bases = {catalog.dimensions[plan.dimensions[0]].home}
    else:
        bases = {
            catalog.measures[m].relation
            for m in (*plan.measures, *(h.measure for h in plan.having))
        }
    home = catalog.find_source(_HOME_STORE, next(iter(bases))) if len(bases) == 1 else None
    if home is None or home[1] or catalog.find_source("store", next(iter(bases))) != home:
        return plan

    def store(name: str) -> str:
        return "store" if name == _HOME_STORE else name

    def filters(found: tuple[Filter, ...]) -> tuple[Filter, ...]:
        return tuple(f.model_copy(update={"dimension": store(f.dimension)}) for f in found)

    comparison = plan.comparison
    if comparison is not None and comparison.dimension is not None:
        comparison = comparison.model_copy(update={"dimension": store(comparison.dimension)})
    renamed = plan.model_copy(
        update={
            "dimensions": tuple(dict.fromkeys(store(d) for d in plan.dimensions)),
            "filters": filters(plan.filters),
            "comparison": comparison,
            "order": tuple(o.model_copy(update={"key": store(o.key)}) for o in plan.order),
            "share_of": filters((plan.share_of,))[0] if plan.share_of is not None else None,
        }
    )
    if renamed == plan:
        return plan
    return renamed.model_copy(update={"understood": _said(renamed, catalog)})


def _plan_question(
    question: str,
    *,
    catalog: Catalog,
    role: str,
    as_of: date,
    previous: QueryPlan | None = None,
    known_values: KnownValues | None = None,
    embedder: Embedder | None = None,
    previous_rows: PreviousRows | None = None,
    after_unanswered: bool = False,
) -> QueryPlan | Unanswerable:
    """``plan_question`` with the previous answer's rows carried or not."""
    # "what language is PAYCHECK WAIT in?": a word of a title is not a request for it
    screened = screen_question(question.lower(), catalog, known_values)
    if screened is not None:
        return refuse(catalog, role, screened.code, screened.reason)
    if (
        after_unanswered
        and previous is None
        and (_LEANS_BACK.search(question) or _POINTS_BACK.search(question))
    ):
        return _not_understood(
            catalog,
            role,
            "This builds on the previous question, which wasn't answered: ask it in full.",
        )
    question = _stores_by_place(question, known_values)
    if known_values is not None:  # "customers in store 1's country": in Canada
        question = _STORE_PLACE.sub(lambda m: _store_place(m, known_values), question)
    cleaned = clean_question(question, fragile_values(known_values) if known_values else ())
    place, cleaned = _place_asked(cleaned)
    if _INTO_BANDS.search(cleaned.text):
        return _not_understood(
            catalog,
            role,
            "I can't yet split figures into bands you name (before noon, noon to 6pm, ...): "
            "ask for each band on its own, or by hour.",
        )
    if _WHOSE_LAST.search(cleaned.text):
        return _not_understood(catalog, role, _NO_EDGE)
    if _GENRES_OF_EACH.search(question):
        return _not_understood(
            catalog,
            role,
            "I can't yet pick films by how many categories they are in: ask for the films "
            "of a category instead.",
        )
    if _OUT_AND_IN.search(cleaned.text):
        return _not_understood(
            catalog,
            role,
            "I can count the copies out and the copies on the shelf one at a time, not side "
            "by side yet: ask for each.",
        )
    parsed = parse_question(cleaned.text, catalog, known_values, as_of, embedder)
    parsed.every_day = bool(_EVERY_DAY.search(question))  # (said, then cleaned away)
    # "average daily takings", "rentals per day on average" (not "how many days did people
    # keep a rental", nor "per month for a customer"): an average over the periods
    parsed.per_period = bool(_PER_PERIOD.search(cleaned.text)) and not _PER_THING.search(
        cleaned.text
    )
    said_days = {"weekday", "day_type"} & {
        *parsed.dimensions,
        *(f.dimension for f in parsed.filters),
    }
    if _DAYS_OF_WEEK.search(question) and not said_days:
        parsed.per_period = False  # (weekdays said but not read: never averaged over all days)
    parsed.set_aside = [*cleaned.set_aside, *parsed.set_aside]
    _said_per(parsed, catalog, cleaned.text)
    parsed.asks_id = bool(_ASKS_ID.search(question))
    parsed.both_asked = bool(_BOTH_ASKED.search(cleaned.text))
    parsed.distinct_values = bool(_DIFFERENT_VALUES.search(cleaned.text))
    _id_of_named(parsed, catalog)
    _listed_by_id(parsed, catalog)
    if (
        parsed.direction is not None
        and parsed.limit is None
        and _WHICH_HAVE_MOST.search(cleaned.text)
    ):
        parsed.limit = 1  # "which customers have the most discs out": those at the top, tied
    compared = parsed.which and parsed.direction is not None and parsed.limit is None
    if compared and _COMPARED.search(cleaned.text):  # "which of my stores was slower"
        parsed.limit, parsed.singular = 1, True  # the one
    renumbered = _new_number(previous, cleaned.text) if previous is not None else None
    if renumbered is not None:  # "and more than 30?", "top 3 of those instead"
        return renumbered.model_copy(update={"understood": _said(renumbered, catalog)})
    points_back = _POINTS_BACK.search(cleaned.text) or (
        # "how many payments is that" after the top customer (not "how much was that":
        # the same figure)
        previous is not None
        and previous.intent == "ranking"
        and bool(parsed.measures)
        and _IS_THAT.search(cleaned.text)
    )
    if previous is None and (
        (points_back and _NOTHING_BEFORE.search(cleaned.text))
        or _THAT_ANSWER.search(cleaned.text)
        # "what about NC-17 films?": a change to a question not here, with no measure
        or (_WHAT_ABOUT.search(cleaned.text) and not parsed.measures)
    ):
        return _not_understood(catalog, role, _POINTS_AT_NOTHING)
    ranked_among = (  # "which of them has the most films" after the actors of a film
        previous is not None
        and previous_rows is not None
        and _one_of_listed(previous, cleaned.text)
        and previous_rows.key == previous.dimensions[0]
        and len(previous_rows.values) <= MAX_CARRIED
        and parsed.direction is not None
    )
    if ranked_among and previous_rows is not None and parsed.dimensions[:1] != [previous_rows.key]:
        # "films" read as what is ranked: said again as "which actor has the most films"
        noun = catalog.dimensions[previous_rows.key].synonyms[0]
        again = _WHICH_OF_THEM.sub(f"which of those {noun}", cleaned.text, count=1)
        if again == question:  # said again already, and still not those rows ranked
            return _not_understood(
                catalog, role, "I can't tell which of the previous rows you mean: ask it in full."
            )
        return _plan_question(
            again,
            catalog=catalog,
            role=role,
            as_of=as_of,
            previous=previous,
            known_values=known_values,
            embedder=embedder,
            previous_rows=previous_rows,
        )
    carried = (
        previous is not None
        and previous_rows is not None
        and bool(points_back)
        and rows_pointed_at(previous, cleaned.text) == previous_rows.key
        and (ranked_among or previous.limit is not None or bool(previous.having))
        # the rows of a threshold ("films with more than 30 rentals") are carried for a
        # question about something else of each ("what category is each of those in?");
        # "just those rated PG-13" or "the number of them" change the threshold's question
        and (previous.limit is not None or bool(parsed.dimensions or parsed.attributes))
    )
    if carried:
        assert previous is not None and previous_rows is not None
        many = parsed.limit is not None and parsed.limit >= len(previous_rows.values)
        if many and parsed.direction is not None:  # "rank them: which five come top"
            return _not_understood(  # (of five: all of them, so not those rows meant)
                catalog,
                role,
                f"The previous answer has {len(previous_rows.values)} rows: say whether you "
                "mean the top ones among them or among all.",
            )
        # (the rows listed ranked: which they are says the list's conditions)
        of_list = ranked_among and previous.limit is None and not previous.having
        unsaid = _about_rows(parsed, previous, previous_rows, catalog, cleaned.text, of_list)
        if unsaid is not None:
            return _not_understood(catalog, role, unsaid)
        previous = None  # what is kept of it is in ``parsed`` now
    if (
        previous is not None
        and previous.intent == "list"
        and previous.dimensions
        and (points_back or _EACH_ALONE.search(cleaned.text))
        and (parsed.measures or parsed.noun_measures)
        and not parsed.dimensions
        # ("how many films has each of them been in" after a list of actors: each one)
        and (not _OF_THEM.search(cleaned.text) or _EACH_OF_THEM.search(cleaned.text))
    ):
        # "how often has each been rented?" after the films an actor is in: each of the
        # things listed, under the list's conditions
        if previous.exists or previous.having or previous.comparison is not None:
            return _not_understood(
                catalog, role, "I can't carry the conditions of that list yet: ask it in full."
            )
        _each_listed(parsed, previous)
        previous = None
    that_period = _THAT_PERIOD.search(cleaned.text)
    if previous is not None and that_period and previous.time_grain is not None:
        return _not_understood(  # "that month's revenue" after revenue for each month
            catalog,
            role,
            f"I can't tell which {that_period['unit'].lower()} you mean: say it (for "
            "example 'in July 2022').",
        )
    if previous is not None and that_period and previous.time_range is not None:
        parsed.time_range = parsed.time_range or previous.time_range  # "that month": July
        if parsed.grain == that_period["unit"].lower():
            parsed.grain = None  # (the period said, not a breakdown by month)
    # ("how many of those came back the same day?" after the rentals: a part of them)
    of_them = previous is not None and _OF_THEM.search(cleaned.text) is not None
    parts = of_them and previous is not None and _parts_of(parsed, previous, catalog)
    if (
        previous is not None
        and of_them
        and (parsed.measures or parsed.exists)
        # "how many of those are comedies?" after how many films: the same things counted
        and not (parsed.measures and _counts_the_same(previous, parsed, catalog))
        and not parts
    ):
        return _not_understood(  # "how many of them rented an R film": of the rows shown
            catalog,
            role,
            "I can't count among the rows of the previous answer yet: ask it in full.",
        )
    if previous is not None and previous.intent == "list" and _OF_THEM.search(cleaned.text):
        # "how many of those comedies are rated R" after a list of comedies: the things
        # listed, counted with the list's conditions (the noun only points back at them)
        parsed.measures, parsed.noun_measures = [], []
    each_of_them = (  # "which store is each of them registered at", the rows not carried
        previous is not None
        and bool(previous.having)
        and _EACH_OF_THEM.search(cleaned.text) is not None
    )
    if previous is not None and (previous.limit is not None or each_of_them) and points_back:
        return _not_understood(
            catalog,
            role,
            "I can't carry the rows of the previous answer into a new question yet: say "
            "which ones you mean by name (for example the actor's name or the date).",
        )
    if _EVERY_ONE.search(cleaned.text):
        return _not_understood(
            catalog,
            role,
            "I can't yet check a condition on every one of a thing's rows at once (for "
            "example all of a customer's rentals): ask for those with none that fail it.",
        )
    shifted = _shifted_period(previous.time_range, cleaned.text) if previous else None
    if shifted is None and (
        _RELATIVE_TO_ANSWER.search(cleaned.text)
        # "what about the previous week" after a week of days that is not a calendar week
        or (
            previous is not None
            and previous.time_range is not None
            and _PREVIOUS_PERIOD.search(cleaned.text)
        )
    ):
        return _not_understood(
            catalog,
            role,
            "Say which period you mean (for example 'in August 2022'), not one relative to "
            "another.",
        )
    both = any(len(f.values) > 1 and f.dimension == "store" for f in parsed.filters)
    if _BOTH.search(cleaned.text) and (both or _OUR_STORES.search(cleaned.text)):
        return _not_understood(  # "films stocked in both store 1 and store 2": not either
            catalog,
            role,
            "I can find rows of one value or another, not rows that are in both at once.",
        )
    if _BOTH.search(cleaned.text) and _both_of_another(parsed, catalog, cleaned.text):
        return _not_understood(  # "customers who rented both Action and Comedy films"
            catalog,
            role,
            "I can find things with rows of one value and rows of another only where one "
            "row holds both (films in both Action and Comedy), not yet across their rows.",
        )
    each_store = _IN_EACH_STORE.search(question) is not None and bool(parsed.having)
    if each_store or (_BOTH_STORES.search(cleaned.text) and _things_in_both(parsed, catalog)):
        return _not_understood(  # "customers who rented from both stores": at each, not either
            catalog,
            role,
            "I can find rows of one value or another, not rows that are in both at once.",
        )
    against = _each_against_another(parsed, cleaned.text, catalog)
    if against is not None:
        return _not_understood(catalog, role, against)
    if _one_for_every_other(parsed, cleaned.text):
        return _not_understood(  # "how many R films for every G film": a ratio, never the sum
            catalog,
            role,
            "I can't divide the count of one value by the count of another yet: ask for how "
            "many there are of each.",
        )
    if _BOTH.search(cleaned.text) or _CAPITAL_AND.search(cleaned.text) or parsed.both_genres:
        unsaid = _each_of_both(parsed, catalog)
        if unsaid is not None:
            return _not_understood(catalog, role, unsaid)
    if previous is not None and _scope_widened(parsed, previous):
        parsed.noun_measures, parsed.subjects, parsed.followup = [], [], True
    if (
        previous is not None
        and _SAME_FOR.search(cleaned.text)
        and _grouping_swapped(parsed, previous, catalog)
    ):
        # "same for actors" after the top categories by rentals: the top actors
        parsed.dimensions, parsed.noun_measures = parsed.subjects[:1], []
        if previous.intent == "ranking" and previous.order:
            parsed.direction, parsed.limit = previous.order[0].direction, previous.limit
    asked_dimensions = list(parsed.dimensions)
    # "what's the rental rate of film 5?" names its row: a question of its own
    # ("which hour was the weakest?" after store 1's June revenue by hour: of that figure,
    # not the revenue that "weakest" implies on its own)
    vague = (
        parsed.vague_rank
        and not parsed.noun_measures
        and previous is not None
        and bool(previous.measures)
        and catalog.measures[previous.measures[0]].time_column is not None
    )
    whole = (parsed.names_subject and not vague) or _of_one_row(parsed, catalog)
    # "list the cities those customers live in" after "how many customers in Brazil": the
    # customers of the previous question, its conditions kept
    those = (
        previous is not None
        and not carried
        and (
            # "how many customers was that": the customers of that answer's period
            (
                previous.intent == "kpi"
                and (_THOSE.search(cleaned.text) or _DONE_TO_IT.search(cleaned.text)) is not None
            )
            # ("how many payments was that each week?" after the takings of each week)
            or (previous.intent != "list" and _IS_THAT.search(cleaned.text) is not None)
        )
    )
    # "how many titles is that?" after a list of films, "how many customers is that?"
    # after the customers with more than 37 rentals: the things listed, counted
    counted_list = (
        previous is not None
        and (previous.intent == "list" or bool(previous.having and previous.dimensions))
        # ("so how many titles in total?" after a list of titles: those, counted)
        and (_IS_THAT.search(cleaned.text) or _IN_ALL_AFTER.search(cleaned.text)) is not None
        and _counts(parsed)
        and len(parsed.measures) == 1
    )
    if counted_list and previous is not None:
        listed = previous.dimensions[0]
        if catalog.entity_counted(parsed.measures[0][0]) != listed:
            things = plural(catalog.dimensions[listed].label.lower())
            return _not_understood(  # "how many customers is that" after a list of films
                catalog,
                role,
                f"The previous answer lists {things}: ask how many of those, or ask the new "
                "question in full.",
            )
    share_of_previous = previous is not None and of_the_whole(previous, parsed)
    if previous is not None and (
        parsed.followup or not whole or those or counted_list or share_of_previous
    ):
        asked = parsed
        years = [d for d in previous.dimensions if catalog.dimensions[d].type == "year"]
        if years and parsed.grain == "year" and not parsed.grain_by:
            # "and which year brought in the least?" after revenue by release year: that
            # year, not the calendar year of the payments
            parsed.grain = None
        parsed = merge_followup(previous, parsed)
        if _TOO.search(cleaned.text):  # "include the inactive ones too": both values
            widened = [_with_previous_values(f, previous) for f in parsed.filters]
            parsed.filters = [  # (every value of the dimension: no filter at all)
                f
                for f in widened
                if set(f.values) != set(catalog.dimensions[f.dimension].values or ())
            ]
        if len(asked.measures) == 1 and parsed.having:
            # ("same but active customers only" after countries with more than 10
            # customers: more than 10 active ones)
            part = asked.measures[0][0]
            whole_measure = catalog.measures[part].part_of
            parsed.having = [
                ((part,), op, value) if whole_measure in measures else (measures, op, value)
                for measures, op, value in parsed.having
            ]
        if (  # "and the cities?" after the countries of some customers: their cities
            previous.intent == "list"
            and previous.dimensions[0] in _PLACES
            and asked.subjects[:1] != list(previous.dimensions[:1])
            and set(asked.subjects[:1]) <= set(_PLACES)
            and asked.subjects
            and not asked.measures
        ):
            parsed.subjects = [asked.subjects[0]]
            parsed.noun_measures, parsed.dimensions = [], []
        pointed = bool(previous.measures) and _THOSE.search(cleaned.text) is not None
        if pointed and catalog.entity_counted(previous.measures[0]) == "store":
            _places_of_stores(parsed, catalog)  # "in how many cities are they?" after stores
        if pointed:  # "how many customers made them" after payments: those who paid
            home = catalog.measures[previous.measures[0]].relation
            parsed.measures = [
                tuple(sorted(c, key=lambda m: catalog.measures[m].relation != home))
                for c in parsed.measures
            ]
        if (  # "and how did that compare with last month?": both periods, side by side
            _COMPARE.search(cleaned.text)
            and asked.time_range is not None
            and previous.time_range is not None
            and previous.comparison is None
            and asked.time_range != previous.time_range
            and not asked.measures
            and not asked.noun_measures
        ):
            parsed.comparison = Comparison(periods=(previous.time_range, asked.time_range))
            parsed.time_range = None
        same_number = previous.intent == "list" and _SAME_NUMBER.search(cleaned.text)
        if (
            counted_list
            or (asked.counted and not asked.measures and not asked.noun_measures)
            or (same_number and not asked.measures)  # "same number for Germany"
        ):
            if not _count_instead(parsed, previous, catalog):  # "how many is that?"
                return _not_understood(
                    catalog,
                    role,
                    "I can't count the rows of that answer yet: ask how many in full.",
                )
        elif (
            previous.derived == "count"
            and (
                _lists_them(asked, cleaned.text)
                or _lists_those(asked, previous, catalog, cleaned.text)
                or _IDS_ASKED.search(cleaned.text)
                # ("who are they? customer ids": the things counted, named)
                or (
                    (asked.listed or asked.which)
                    and asked.dimensions == list(previous.dimensions[:1])
                    and not (asked.measures or asked.noun_measures)
                )
            )
            and not (asked.filters or asked.exists or asked.time_range or asked.having)
        ):  # "which of them are they?" after "how many customers rented 20+ times": those
            counted_ones = previous.model_copy(update={"derived": None, "intent": "distribution"})
            counted_ones = counted_ones.model_copy(
                update={"understood": understood(counted_ones, asked, catalog)}
            )
            return _checked(counted_ones, catalog, role, catalog.relations_for_role(role))
        elif (
            (
                _lists_them(asked, cleaned.text)
                or _lists_those(asked, previous, catalog, cleaned.text)
            )
            and not _list_instead(parsed, previous, catalog)
            and previous.intent == "kpi"
        ):
            # ("list them" after a count of what cannot be listed: never the count again)
            return _not_understood(
                catalog,
                role,
                "I can't list the things of that answer yet: ask for them in full.",
            )
        periods = parsed.comparison.periods if parsed.comparison is not None else ()
        if asked.growth and parsed.grain is None and not periods:
            return _not_understood(  # "so what's the % change?" after two single months
                catalog,
                role,
                "I can't compare answers of earlier questions yet: ask it in full, for "
                "example 'revenue change from June 2022 to July 2022'.",
            )
    if shifted is not None and previous is not None:  # "and the month before?": July
        parsed.time_range = shifted
        parsed.unknown = [u for u in parsed.unknown if u.lower() not in WEEKDAYS]
        parsed.filters = [f for f in parsed.filters if f.dimension != "weekday"]
        parsed.grain = previous.time_grain  # the unit said is the step, not a breakdown
        if not asked_dimensions:
            before = previous_as_parsed(previous)  # "same ranking for the month after"
            parsed.dimensions = before.dimensions
            parsed.direction, parsed.limit = before.direction, before.limit
    _places_of_people(parsed, catalog)
    _references_said(parsed, catalog)
    if _MY_STORE.search(cleaned.text) or [f.dimension for f in parsed.filters] == ["store"]:
        _place_of_my_store(parsed, catalog)
    if _STORES_COMPARED.search(cleaned.text) and _COMPARE.search(cleaned.text):
        _per_store_compared(parsed)
    _every_value_split(parsed, catalog)
    _filtered_lists_not_shown(parsed, catalog)
    if _WHEN.match(cleaned.text):
        _date_of_one_row(parsed, catalog)
    _attributes_of_one_row(parsed, catalog)
    _attribute_of_numbered(parsed, catalog)
    _people_not_at(parsed, catalog)
    _one_period_not_the_other(parsed, catalog, cleaned.text, as_of)
    _listed_part(parsed, catalog)
    _anonymous_counted(parsed, catalog, cleaned.text)
    _dates_shown(parsed, catalog, cleaned.text)
    _events_listed(parsed, catalog, cleaned.text)
    _first_row_asked(parsed, catalog)
    _counted_having(parsed, catalog, cleaned.text)
    _money_of_a_state(parsed, catalog, cleaned.text)
    _threshold_of_those_having(parsed, catalog, cleaned.text)
    _those_having_by_group(parsed, catalog, cleaned.text)
    _ranked_those_having(parsed, catalog, cleaned.text)
    _total_over_described(parsed, catalog)
    _ranked_subject(parsed, catalog)
    _stock_as_condition(parsed, catalog, cleaned.text)
    _rows_in_stock(parsed, catalog)
    _not_counted_per_itself(parsed, catalog)
    _events_of_listed(parsed, catalog)
    mine = _MY_STORE.search(cleaned.text) or _MY_STORES.search(cleaned.text)
    # ("titles in the catalogue that didn't go out from my stores": every film, stocked or not)
    _lacking_among(parsed, catalog, mine is not None and not _IN_THE_CATALOGUE.search(cleaned.text))
    _none_of_many(parsed, catalog)
    if _AT_STORE_AFTER_VERB.search(cleaned.text):
        _store_of_events(parsed, catalog)
    if _EACH_ASKED.search(cleaned.text):
        _each_value_asked(parsed)
    grouped = parsed.grain is not None or parsed.dimensions or parsed.attributes
    if grouped and _OUR_STORES.search(cleaned.text):
        _stores_as_scope(parsed)
    _times_counted(parsed, catalog, cleaned.text)
    if not _CARRIES_A.search(cleaned.text):  # "which movies carry an R rating": have
        _stocked_listed(parsed, catalog, cleaned.text)
    _some_but_never(parsed)
    planned = build_plan(parsed, catalog, role)
    if parsed.every_day and isinstance(planned, QueryPlan):  # "just divide by the 7 days"
        return _not_understood(
            catalog,
            role,
            "I average over the days that have rows, not over every day of the period: ask "
            "for the total instead.",
        )
    if parsed.histogram:
        planned = _histogram(planned, parsed, catalog, role)
    if isinstance(planned, QueryPlan) and _ALL_ANSWERS.search(cleaned.text):
        planned = _every_one_compared(planned)
    if isinstance(planned, QueryPlan):
        planned = _dated_rows(planned, catalog)
        horizon = _horizon(planned, catalog, as_of, known_values)
        ahead = [
            r
            for r in (planned.time_range, *(e.time_range for e in planned.exists))
            if r is not None and r.start is not None and r.start > horizon
        ]
        if ahead:  # "how many rentals will we do in September": not in the data
            return _not_understood(
                catalog,
                role,
                f"The data runs to {horizon:%-d %B %Y}: nothing is recorded for "
                f"{ahead[0].label.removeprefix('in ').removeprefix('on ')} yet, and I don't "
                "forecast.",
            )
    if isinstance(planned, QueryPlan):
        placed = _moved_to_place(planned, place, previous, cleaned.text, catalog)
        if isinstance(placed, str):
            return _not_understood(catalog, role, placed)
        planned = _listed_and_counted(_those_in_the_state(placed, parsed, catalog), parsed, catalog)
        unanswered = _unanswered(planned, parsed, catalog, cleaned.text)
        if unanswered is None and _PERCENT.search(question) and not _in_percent(planned, catalog):
            # "how did last week compare with the week of July 25, in percent?": the change
            # from one to the other, never the two figures alone
            periods = planned.comparison.periods if planned.comparison is not None else ()
            if len(periods) == 2 and len(planned.measures) == 1 and not planned.dimensions:
                first, last = _in_time_order(periods)
                planned = _change_between(planned, (first, last))
            else:
                unanswered = (
                    "I couldn't tell what the percentage is of here: ask for a share or a growth."
                )
        if unanswered is not None:
            return _not_understood(catalog, role, unanswered)
        return planned.model_copy(update={"understood": understood(planned, parsed, catalog)})
    return planned


def _those_in_the_state(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> QueryPlan:
    """ "India, active, DVD not back yet - customer ids": the things listed with a count of
    their rows in a state (unreturned, late) are those that have some, not every one."""
    asked = parsed.listed or (parsed.which and parsed.direction is None)  # "which titles?"
    if not asked or plan.intent != "distribution" or len(plan.measures) != 1:
        return plan
    if plan.having or plan.limit is not None or plan.time_grain is not None:
        return plan
    measure = catalog.measures[plan.measures[0]]
    counted = measure.parsed
    if not (isinstance(counted, exp.Filter) and isinstance(counted.this, exp.Count)):
        return plan  # (a count of the rows in a state: COUNT(*) FILTER (WHERE ...))
    if not plan.dimensions or catalog.dimensions[plan.dimensions[0]].attribute:
        return plan
    return plan.model_copy(update={"having": (Having(measure=measure.name, op=">", value=0),)})


_SHIFT = re.compile(
    r"\b(?:the\s+)?(?P<back>previous|prior|preceding|following|next)\s+"
    r"(?P<unit>day|week|month|quarter|year)\b"
    rf"|\b(?:the\s+)?(?P<unit2>day|week|month|quarter|year)\s+{_CLOSE_BY}(?P<dir>before|after)\b",
    re.I,
)


_OTHER_WEEKDAY = re.compile(
    r"^\W*(?:and|so|ok|okay|what\s+about|how\s+about)?\W*(?:on\s+)?(?:the\s+)?"
    rf"(?P<day>{'|'.join(WEEKDAYS)})(?:'s)?(?:\s+(?:numbers|figures|count|counts|total|totals"
    r"|ones|too))?\W*(?:then|instead)?\W*$",
    re.I,
)


def _shifted_period(period: TimeRange | None, text: str) -> TimeRange | None:
    """ "the previous month" after August 2022: July 2022, the period one step from the
    previous question's, when that period is one whole day, week (Monday to Sunday),
    month, quarter or year and the step is that unit; None otherwise."""
    if period is None or period.start is None or period.end is None:
        return None
    other_day = _OTHER_WEEKDAY.match(text)
    if other_day is not None and period_of("day", period.start).end == period.end:
        # "and on the Sunday?" after Saturday 20 August: the nearest Sunday, the 21st
        ahead = (WEEKDAYS.index(other_day["day"].lower()) - period.start.weekday()) % 7
        step = ahead if ahead <= 3 else ahead - 7
        return period_of("day", period.start + timedelta(days=step))
    said = _SHIFT.search(text)
    if said is None:
        return None
    unit = (said["unit"] or said["unit2"]).lower()
    step = -1 if (said["back"] or said["dir"] or "").lower() in (
        "previous", "prior", "preceding", "before"
    ) else 1  # fmt: skip
    start = period.start
    if not starts_period(start, unit) or period_of(unit, start).end != period.end:
        return None  # not one whole period of that unit
    if unit == "day":
        return period_of(unit, start + timedelta(days=step))
    if unit == "week":
        return period_of(unit, start + timedelta(days=7 * step))
    months = {"month": 1, "quarter": 3, "year": 12}.get(unit)
    return None if months is None else period_of(unit, add_months(start, months * step))


@dataclass(frozen=True)
class PreviousRows:
    """The values of the previous answer's ``key`` column (a dimension or a time grain):
    the things it ranked or listed, that "their", "those", "her" point back at."""

    key: str
    values: tuple[object, ...]


MAX_CARRIED = 20


def rows_pointed_at(previous: QueryPlan, question: str) -> str | None:
    """The column of the previous answer whose values ``question`` points back at ("how
    much did they spend" after the top customer): the things of a ranking or a list cut
    to its top rows, or of a threshold ("customers with 40+ rentals"), when the question
    points back; None otherwise. The new plan says
    these values (its filters, its "understood"): the caller passes them only when the
    asker saw them in clear."""
    said = _POINTS_BACK.search(question) or _IS_THAT.search(question)  # "how many is that"
    if _one_of_listed(previous, question):  # "which of them has the most films"
        return previous.dimensions[0]
    if (previous.limit is None and not previous.having) or not said:
        return None
    if previous.intent != "list" and not previous.order and not previous.having:
        return None
    return previous.dimensions[0] if previous.dimensions else previous.time_grain


def _one_of_listed(previous: QueryPlan, question: str) -> bool:
    """ "Which of them has the most films?" after a list (the actors of a film): the
    things listed, ranked."""
    return (
        previous.intent == "list"
        and previous.limit is None
        and not previous.having
        and bool(previous.dimensions)
        and _WHICH_OF_THEM.search(question) is not None
        and _RANK_WORD.search(question) is not None
    )


def _keep_conditions(
    parsed: ParsedQuestion, previous: QueryPlan, besides: frozenset[str] = frozenset()
) -> None:
    """The previous answer's period and filters kept (but for ``besides``), unless the new
    question says its own."""
    if parsed.time_range is None and not parsed.all_time:
        parsed.time_range = previous.time_range
    own = {f.dimension for f in parsed.filters} | parsed.cleared | besides
    parsed.filters += [f for f in previous.filters if f.dimension not in own]


def _each_listed(parsed: ParsedQuestion, previous: QueryPlan) -> None:
    """The new figure for each thing the previous list showed: grouped by it, with the
    list's conditions and period unless the new question says its own."""
    _keep_conditions(parsed, previous)
    parsed.dimensions = [previous.dimensions[0]]
    parsed.listed = False


def _about_rows(
    parsed: ParsedQuestion,
    previous: QueryPlan,
    rows: PreviousRows,
    catalog: Catalog,
    text: str,
    listed: bool = False,
) -> str | None:
    """ "List her NC-17 titles" after "the actor with the most NC-17 films": the new
    question about the rows the previous answer ranked (a filter on them, or their period),
    keeping its period and its other filters unless the new one says its own. A reason
    when that cannot be said. The rows of a ``listed`` answer keep only its period: its
    filters said which rows they are ("which of them has the most films" after the actors
    of one film counts all their films)."""
    values = rows.values
    if not values or len(values) > MAX_CARRIED:
        return "I can't carry that many rows of the previous answer: say which ones you mean."
    besides = {f.dimension for f in previous.filters} if listed else set()
    _keep_conditions(parsed, previous, besides=frozenset({rows.key, *besides}))
    if rows.key in catalog.dimensions:
        parsed.filters.append(Filter(dimension=rows.key, values=tuple(map(_plain, values))))
        if rows.key in parsed.dimensions and rows.key not in parsed.subjects:
            parsed.subjects.insert(0, rows.key)  # "the home store of each of those customers"
        several = len(values) > 1 and not _WHEN.match(text)  # "when were those taken"
        if several and (parsed.measures or parsed.noun_measures) and not parsed.dimensions:
            parsed.dimensions = [rows.key]  # "how much did they spend": each of them
        return None
    if len(values) > 1 or not isinstance(values[0], date):
        return "I can't carry several periods of the previous answer: say which one you mean."
    parsed.time_range = period_of(rows.key, values[0])  # "those rentals" of the busiest day
    return None


def _plain(value: object) -> str | int | float:
    """A value of a result as a filter's value."""
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, str | int | float) else str(value)


_PLACES = ("customer_city", "customer_country")
# "which customers have the most ...", "what titles have the fewest ...": the top ones, tied
_WHICH_HAVE_MOST = re.compile(
    r"^\W*(?:which|what)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:(?:are|is)\s+)?(?:have|has|had|hold|holds|holding|keeping|got)\s+"
    r"(?:the\s+)?(?:most|fewest|least|highest|lowest|largest|smallest|biggest)\b",
    re.I,
)


def _places_of_those_having(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Cities of customers with a rental still out": the places with some of those
    rentals (of the customers living there), listed, not the rentals counted."""
    if parsed.having or parsed.counted or parsed.direction is not None or parsed.exists:
        return
    places = [d for d in parsed.subjects if d in _PLACES]
    if (
        not places
        or len(parsed.measures) != 1
        or sorted(parsed.subjects) != sorted(["customer", *places[:1]])
    ):
        return
    state = catalog.measures[parsed.measures[0][0]]
    if state.part_of is None or catalog.find_source(places[0], state.relation) is None:
        return
    # (the place's filters said of the rentals' customers too: a city is known by its name
    # only, and Córdoba in Spain is not Córdoba in Argentina)
    placed = [f for f in parsed.filters if f.dimension in _PLACES]
    parsed.exists.append((parsed.measures[0], False, placed, None))
    parsed.measures = []
    parsed.subjects = places[:1]
    parsed.noun_measures = []
    parsed.described_measures = []


def _place_counted(measure: str, catalog: Catalog) -> str | None:
    """The place whose different values ``measure`` counts (cities, countries), if any."""
    relation = catalog.measures[measure].relation
    return next((d for d in _PLACES if catalog.count_of(d, relation) == measure), None)


def _stores_places_count(place: str, catalog: Catalog) -> str | None:
    """The measure counting the different ``place``s of the stores (cities with a store):
    over a relation of the stores' places, which holds no customers."""
    return next(
        (
            counted
            for source in catalog.dimensions[place].sources
            if catalog.find_source("store", source.relation) is not None
            and catalog.find_source("customer", source.relation) is None
            and (counted := catalog.count_of(place, source.relation)) is not None
        ),
        None,
    )


def _places_of_stores(parsed: ParsedQuestion, catalog: Catalog) -> bool:
    """The counts of places made counts of the stores' places ("how many countries do we
    have stores in": the countries with a store); False when one has no such count."""
    swapped: list[tuple[str, ...]] = []
    for candidates in parsed.measures:
        place = _place_counted(candidates[0], catalog)
        if place is None:
            swapped.append(candidates)
            continue
        of_stores = _stores_places_count(place, catalog)
        if of_stores is None:
            return False
        swapped.append((of_stores,))
    if swapped == parsed.measures:
        return False
    parsed.measures = swapped
    parsed.subjects = [d for d in parsed.subjects if d != "store"]
    parsed.noun_measures = [m for m in parsed.noun_measures if "stores" not in m]
    parsed.counted_noun = None
    return True


def _places_of_people(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Which cities in Canada do our customers live in?", "cities in Japan where we have
    stores": the cities that have customers (stores), not every city on file (which a list
    of places starts from)."""
    counts_places = (
        parsed.counted_noun in _PLACES
        or set(_PLACES) & set(parsed.subjects)
        or any(_place_counted(c[0], catalog) for c in parsed.measures)
    )
    # ("in how many cities are our stores": the stores' cities, not the customers')
    stores_placed = (
        parsed.counted
        and "store" in parsed.subjects
        and "customer" not in parsed.subjects  # ("my stores' customers": theirs)
        and counts_places
    )
    if stores_placed and not _places_of_stores(parsed, catalog):
        parsed.problems.append(
            "I can list the places where there are stores, not count them yet: ask for the list."
        )
    _places_of_those_having(parsed, catalog)
    if parsed.measures or parsed.having or parsed.counted or parsed.direction is not None:
        return  # ("which country has the most store 2 customers": ranked by them)
    # "cities with stores", "countries where we have stores": the places of stores
    who = next((w for w in ("customer", "store") if w in parsed.subjects), None)
    counted = {"customer": "customers", "store": "stores"}.get(who or "")
    places = [d for d in parsed.subjects if d in _PLACES]  # listed, not a breakdown
    if who is None or counted is None or counted not in catalog.measures:
        return
    if not places or any(counted in e[0] for e in parsed.exists):
        return
    people = [m for m in parsed.described_measures if counted in m]
    # the place's filters said of the customers too: a city is known by its name only,
    # and "London" with customers in England is not London, Ontario
    placed = [f for f in parsed.filters if f.dimension in _PLACES]
    # "which cities have customers of store 1": the customers' store, not the city's
    relation = catalog.measures[counted].relation
    stray = [
        f
        for f in parsed.filters
        if f.dimension not in _PLACES and catalog.find_source(f.dimension, relation) is None
    ]
    for verb in [*parsed.verbs, *parsed.described_measures] if stray else ():
        # ("the countries of the customers who rented ACADEMY DINOSAUR": those who rented it)
        done = catalog.measures[verb[0]].relation
        those = catalog.count_of(who, done)
        if those is not None and all(catalog.find_source(f.dimension, done) for f in stray):
            counted, relation = those, done
            people += [m for m in parsed.described_measures if those in m]  # ("renters")
            break
    theirs = [
        f
        for f in parsed.filters
        if f.dimension not in _PLACES and catalog.find_source(f.dimension, relation) is not None
    ]
    parsed.filters = [f for f in parsed.filters if f not in theirs]
    parsed.exists.append(((counted,), False, [*placed, *theirs], None))
    parsed.subjects = [d for d in parsed.subjects if d != who]
    parsed.described_measures = [m for m in parsed.described_measures if m not in people]
    parsed.noun_measures = [  # "cities with ...": the cities listed, not their number
        m for m in parsed.noun_measures if not all(c.startswith("distinct_") for c in m)
    ]


def _dimensions_left_out(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> str | None:
    """A dimension the question names ("by category", "the longest") that the plan groups,
    filters, orders, compares or computes by nowhere."""
    used = {*plan.dimensions, *(f.dimension for f in plan.filters), *(o.key for o in plan.order)}
    used |= {f.dimension for e in plan.exists for f in e.filters}
    if plan.comparison is not None and plan.comparison.dimension is not None:
        used.add(plan.comparison.dimension)
    if plan.share_of is not None:
        used.add(plan.share_of.dimension)
    if plan.time_grain is not None:
        used.add(plan.time_grain)
    counted = {*plan.measures, *(h.measure for h in plan.having)}
    for name, measures in parsed.named_dimensions:
        if name in used or name in parsed.absorbed or name not in catalog.dimensions:
            continue
        if counted & set(measures):
            continue  # "top 3 countries by customers": counted
        if any(_aggregates(m, name, catalog) for m in plan.measures):
            continue  # "average length by rating": the length is averaged
        return name
    return None


def _state_left_out(plan: QueryPlan, catalog: Catalog, text: str) -> str | None:
    """The word of ``text`` about the state things are in now ("still", "currently") when
    ``plan`` reads no state (open rentals, active customers) where events are concerned."""
    said = _NOW.search(text)
    if said is None or any(e.negate for e in plan.exists):  # "not rented yet": never
        return None
    measures = {*plan.measures, *(h.measure for h in plan.having)}
    measures |= {e.measure for e in plan.exists}
    filtered = {f.dimension for f in (*plan.filters, *(f for e in plan.exists for f in e.filters))}
    if measures & _STATES or "active" in {*filtered, *plan.dimensions}:
        return None
    events = any(catalog.rows_date(catalog.measures[m].relation) for m in measures)
    if not events and not _EVENT_WORDS.search(text):  # "films we currently stock"
        return None
    return said[0]


def _values_left_out(plan: QueryPlan, parsed: ParsedQuestion) -> str | None:
    """A value the question names that the plan filters, compares or checks nowhere."""
    used: set[tuple[str, str | int | float]] = set()
    filters = [*plan.filters, *(f for e in plan.exists for f in e.filters)]
    if plan.share_of is not None:
        filters.append(plan.share_of)
    for flt in filters:
        used |= {(flt.dimension, v) for v in flt.values}
    if plan.comparison is not None and plan.comparison.dimension is not None:
        used |= {(plan.comparison.dimension, v) for v in plan.comparison.values}
    for pairs in parsed.named_values:
        if not any(pair in used or pair[0] in plan.dimensions for pair in pairs):
            return str(pairs[0][1])  # (a value of a breakdown: "split into active and ...")
    return None


def _aggregates(measure: str, attribute: str, catalog: Catalog) -> bool:
    """Whether ``measure`` is computed from ``attribute`` (the average film length from
    the length)."""
    found = catalog.measures.get(measure)
    source = catalog.dimensions[attribute].sources[0]
    if found is None or found.relation != source.relation:
        return False
    columns = {c.name for c in source.parsed.find_all(exp.Column)}
    return any(c.name in columns for c in found.parsed.find_all(exp.Column))


# A question that asks to name a thing or a person ("who has copy 224 out?", "which
# titles have every copy out?"), at its start or after a framing clause
_WHO_WHICH = re.compile(r"(?:^|[:;?!.]\s|\s[-\u2013\u2014]\s)\W*(?:who|whom|whose|which)\b", re.I)


def _in_percent(plan: QueryPlan, catalog: Catalog) -> bool:
    """Whether the plan's answer has a percentage (a share, a growth, a rate)."""
    if plan.derived in ("share", "growth", "change") or plan.share_of is not None:
        return True
    return any(catalog.measures[m].format == "percent" for m in plan.measures)


_PERCENT = re.compile(r"\bper\s*cent(?:age)?s?\b|%", re.I)
# "% of customers with a film out" (not "of store 1 rentals", "of store 2's copies")
_SHARE_OF = re.compile(
    r"\b(?:percent|percentage|share|fraction|proportion|ratio)\s+of\s+"
    r"(?:(?:all|our|the|my|every|of|your|its|their)\s+)*"
    r"(?!(?:all|our|the|my|every|of|your|its|their)\b)([a-z]+)\b(?!\s*(?:#|no\.?\s*)?\d|'|-)",
    re.I,
)


def _share_of_things(plan: QueryPlan, catalog: Catalog, text: str) -> str | None:
    """The things a share is said to be of ("% of customers with a film out") when the
    plan's share counts something else (rentals); None when it counts them or none are said."""
    said = _SHARE_OF.search(text) if plan.derived == "share" else None
    if said is None:
        return None
    word = said[1].lower()
    nouns = {
        synonym.lower(): name
        for name, dimension in catalog.dimensions.items()
        if not dimension.attribute and dimension.type not in ("date", "timestamp")
        for synonym in dimension.synonyms
        if " " not in synonym
    }
    cutoff = 85 if len(word) >= 5 else 100  # ("our" is no typo of "hour")
    found = process.extractOne(word, list(nouns), scorer=fuzz.ratio, score_cutoff=cutoff)
    if found is None:
        return None
    thing = nouns[found[0]]
    counted = {catalog.entity_counted(m) for m in plan.measures}
    return None if thing in counted else word


def _unanswered(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog, text: str) -> str | None:
    """What the question asks that ``plan`` would leave out, said for people; None when
    the plan answers all of it. A plan that drops part of a question answers another
    question, confidently: refusing is better."""
    measures = [catalog.measures[m] for m in plan.measures]
    for having in plan.having:
        counted = catalog.entity_counted(having.measure)
        named = [f for f in plan.filters if f.dimension == counted and f.op == "=" and not f.negate]
        if counted is not None and named:
            # "actors in ACADEMY DINOSAUR with more than 30 films": their films counted
            # among that one film would never pass; the actors' other films are not carried
            label = catalog.dimensions[counted].label.lower()
            return (
                f"I can't yet count the {plural(label)} of things picked by one {label}: "
                "ask for the threshold on its own."
            )
    if plan.intent == "list" and plan.time_range is not None:
        # "Action films in March": a list of things keeps no period (they have no date)
        label = catalog.dimensions[plan.dimensions[0]].label.lower()
        return (
            f"A {label} has no date of its own: say what happened in that period "
            f"(for example rented or paid in it)."
        )
    if parsed.direction is not None and not plan.order:  # "the rental kept the longest"
        return "I couldn't tell what to rank by here."
    ranked = parsed.rank_attribute
    if ranked is not None and not any(
        o.key == ranked[0] or _aggregates(o.key, ranked[0], catalog) for o in plan.order
    ):
        return "I couldn't tell what to rank by here."  # "longest film in each category"
    if plan.limit is not None and len(plan.dimensions) > 1 and _EACH.search(text):
        return "I can't yet rank within each group; ask for one group at a time."
    if (
        parsed.share
        and plan.derived is None  # a share, or a growth "by what percentage"
        and not any(m.format == "percent" for m in measures)
    ):
        return "I couldn't tell what this is a share of."
    if plan.derived == "share" and plan.limit is not None and plan.share_of is None:
        # "share of revenue from our top 10 customers": one share of a cut, not ten
        return "I can't yet give the share of a top N as one figure; ask for the shares per group."
    for name in plan.dimensions:  # "what does one of our films rent for, on average"
        dimension = catalog.dimensions[name]
        entity = dimension.key is not None or (
            not dimension.attribute and dimension.home_relation is not None
        )
        if entity and measures and all(m.relation == dimension.home for m in measures):
            label = dimension.label.lower()
            return f"Each {label} is one row: per {label} there is nothing to total or average."
    for name in plan.measures:  # "country count by customer": one each, always
        counted = name.removeprefix("distinct_")
        if counted == name or counted not in catalog.dimensions:
            continue
        for grouped in plan.dimensions:
            home = catalog.dimensions[grouped].home
            if home is not None and catalog.one_per(counted, home):
                each = catalog.dimensions[grouped].label.lower()
                one = catalog.dimensions[counted].label.lower()
                return f"Each {each} has one {one}: there is nothing to count per {each}."
    for condition in plan.exists:  # "how many countries have no customers", counted over
        counted = catalog.measures[condition.measure].relation  # the customers themselves
        if plan.intent != "list" and any(m.relation == counted for m in measures):
            return "I can't count these yet: ask for the list instead."
    averaged = any("avg" in m.expression.lower() or m.name.startswith("average") for m in measures)
    averaged |= plan.derived == "per"
    if parsed.average and not averaged:  # "which rating is the cheapest to rent, on average"
        return "I couldn't tell what to average here."
    if plan.comparison is not None and plan.comparison.periods and _NEGATED.search(text):
        # "rented in May but not in June": rows of one period missing from another
        return "I can't yet find what one period has and another lacks."
    unused = _dimensions_left_out(plan, parsed, catalog)
    if unused is not None:
        label = catalog.dimensions[unused].label.lower()
        return f"I couldn't tell what the {label} is for in this question."
    left_out = _values_left_out(plan, parsed)
    if left_out is not None:  # a value read but used nowhere: the answer would ignore it
        return f"I couldn't tell what “{left_out}” is for in this question."
    now = _state_left_out(plan, catalog, text)
    if now is not None:
        return (
            f"I couldn't tell what “{now}” is about here: say which state counts, for "
            f"example rentals not returned yet or active customers."
        )
    dated = plan.time_range or plan.time_grain or any(e.time_range for e in plan.exists)
    periods = plan.comparison is not None and plan.comparison.periods
    years = any(  # (a list of payments in May: each payment's own date; the share of
        # films released since 2020)
        catalog.dimensions[f.dimension].type in ("year", "timestamp", "date")
        for f in (*plan.filters, *filter(None, [plan.share_of]))
    )
    if parsed.named_times and not (dated or periods or years):
        return "I couldn't tell what the date or period is for in this question."
    if plan.intent == "list" and not parsed.attributes and parsed.rank_attribute is None:
        named_dims = {f.dimension for f in plan.filters if f.op == "=" and not f.negate}
        keyed = catalog.dimensions[plan.dimensions[0]].key is not None if plan.dimensions else False
        asks_id = keyed and parsed.asks_id  # "film id for ZORRO ARK": its id is the answer
        if (
            plan.dimensions
            and set(plan.dimensions) <= named_dims
            and not plan.exists
            and not asks_id
        ):
            # "what's the film AGENT TRUMAN about": the answer would only repeat the name
            return "I couldn't tell what you want to know about it."
    whole = _share_of_things(plan, catalog, text)
    if whole is not None:  # "% of customers with a film out" answered as % of rentals
        return f"I can't yet take that share of the {whole}: ask how many of them, or for the list."
    if (
        _WHO_WHICH.search(text)
        and plan.intent == "kpi"
        and not plan.dimensions
        and plan.time_grain is None
        and plan.comparison is None
        and plan.derived is None
    ):  # "who has copy 224 out?": a person or a thing asked for, not a figure
        return "I can't tell which one you mean to name here: ask how many, or for a list."
    return None


def _dated_rows(plan: QueryPlan, catalog: Catalog) -> QueryPlan:
    """A list of events (payments, rentals) in a period: the period is a condition on
    each event's own date."""
    period = plan.time_range
    if plan.intent != "list" or period is None or not plan.dimensions:
        return plan
    home = catalog.dimensions[plan.dimensions[0]].home
    dated = catalog.date_dimension(home, catalog.rows_date(home))  # (not signups)
    if dated is None:
        return plan
    bounds = [(">=", period.start), ("<", period.end)]
    filters = [
        Filter(dimension=dated, values=(day.isoformat(),), op=op) for op, day in bounds if day
    ]
    return plan.model_copy(update={"time_range": None, "filters": (*plan.filters, *filters)})


def refuse(catalog: Catalog, role: str, code: str, reason: str) -> Unanswerable:
    """An Unanswerable with up to three questions the role can ask instead."""
    suggestions = catalog.suggestions_for_role(role)[:MAX_SUGGESTIONS]
    return Unanswerable(code=code, reason=reason, suggestions=suggestions)


_RENUMBER = re.compile(
    r"^\W*(?:(?:and|but|ok|okay|so|now|then|what about|how about|actually)[\s,]+)*"
    r"(?:(?:only|just)\s+)?(?:(?:the\s+ones|those|them)\s+(?:with\s+)?)?"
    r"(?:which\s+of\s+(?:them|those|these)\s+(?:did|do|have|had|made|make|got|get)\s+)?"
    # ("what about days with at least 350?" after days with more than 330 rentals)
    r"(?:(?:the\s+)?(?:days|weeks|months|hours|ones)\s+(?:with|that\s+had|having)\s+)?"
    r"(?:(?:(?:show|give|list)(?:\s+me)?\s+)?(?:the\s+)?(?:(?P<end>top|bottom|highest|lowest)\s+)?"
    r"(?P<top>\d+)"
    r"(?:\s+of\s+(?:those|them|these)|\s+(?P<things>[a-z]+s))?"
    r"|(?:(?:raise|lower|move|change|set|bump|drop|put)\s+(?:(?:the\s+)?"
    r"(?:bar|threshold|cut-?off|minimum|limit)|it|that)\s+(?:to|at)\s+(?P<bar>\d+(?:\.\d+)?)"
    r"(?:\s+(?P<noun>[a-z]+s))?)"  # ("raise it to 14 customers")
    r"|(?P<op>more|over|above|fewer|less|under|below|at least|at most)\s+(?:than\s+)?"
    r"(?P<value>\d+(?:\.\d+)?)(?:\s+dollars)?)"
    r"(?:\s+(?:instead|then|please|pls|too))?\W*$",
    re.I,
)
_OR_MORE_SAID = re.compile(
    r"\b(?:make\s+it\s+|change\s+it\s+to\s+)?(?P<n>\d+(?:\.\d+)?)\s+or\s+"
    r"(?:(?P<more>more|over|above|higher|greater)|less|fewer|under|below|lower)\b",
    re.I,
)
_RENUMBER_OPERATORS: dict[str, Operator] = {
    "more": ">", "over": ">", "above": ">", "fewer": "<", "less": "<", "under": "<",
    "below": "<", "at least": ">=", "at most": "<=",
}  # fmt: skip


_OPPOSITE = re.compile(
    r"^\W*(?:and|so|ok|okay|now)?\W*(?:(?:what|how)\s+about\s+)?(?:the\s+)?(?:opposite|reverse"
    r"|other\s+way\s+(?:round|around)|other\s+end)(?:\s+(?:end|one|ones|way))?\W*"
    r"(?:then|instead|too)?\W*$",
    re.I,
)


def _new_number(previous: QueryPlan, text: str) -> QueryPlan | None:
    """A follow-up that only changes the previous question's number: its threshold ("and
    more than 30?", "raise the bar to thirty") or how many it ranks ("show me ten
    instead"), or turns its ranking round ("and the opposite?"); None for anything else."""
    if _OPPOSITE.match(text):
        if previous.limit is None or not previous.order or previous.having:
            return None
        flip = {"asc": "desc", "desc": "asc"}
        turned = tuple(
            o.model_copy(update={"direction": flip[o.direction]}) for o in previous.order
        )
        return previous.model_copy(update={"order": turned})
    # "make it 300 or more": at least 300
    text = _OR_MORE_SAID.sub(lambda m: f"at {'least' if m['more'] else 'most'} {m['n']}", text)
    moved = _NEW_PLACE.match(text)
    if moved is not None:  # "and the third?" after the second busiest month
        if previous.limit != 1 or not previous.order:
            return None
        place = _RANKS[moved["n"].lower()]
        return previous.model_copy(update={"place": place, "ties": True})
    found = _RENUMBER.match(text)
    if found is None:
        return None
    noun, bar = found["noun"] or found["things"], found["bar"]
    if noun is not None and noun.lower() == "dollars":  # "lower the bar to $190": money
        noun = None
    if found["top"] is not None and previous.limit is None and len(previous.having) == 1:
        bar = found["top"]  # "raise it to 14 customers" (cleaned: "now 14 customers")
    elif found["top"] is not None:
        if previous.limit is None or not previous.order or found["things"]:
            return None
        limit = min(int(found["top"]), MAX_LIMIT)
        order = previous.order
        if found["end"] is not None:  # "and top 3?" after the bottom 3: turned round too
            direction = "desc" if found["end"].lower() in ("top", "highest") else "asc"
            order = tuple(o.model_copy(update={"direction": direction}) for o in order[:1])
            order += previous.order[1:]
        return previous.model_copy(update={"limit": limit, "place": None, "order": order})
    bounds = [  # (not a date's: "since 2022-05-01" is not moved by "over 30")
        f
        for f in previous.filters
        if f.op in (">", ">=", "<", "<=") and all(isinstance(v, int | float) for v in f.values)
    ]
    if not previous.having and len(bounds) == 1 and noun is None and found["op"] is not None:
        # "now over a hundred and seventy-five" after "films over two and a half hours
        # per language": the bound said before, moved (not a threshold on the count)
        bound = bounds[0]
        op = _RENUMBER_OPERATORS[found["op"].lower()]
        moved_bound = bound.model_copy(update={"op": op, "values": (float(found["value"]),)})
        filters = tuple(moved_bound if f is bound else f for f in previous.filters)
        return previous.model_copy(update={"filters": filters})
    if not previous.having and previous.dimensions and len(previous.measures) == 1:
        if bar is not None:  # "only the ones over $900" after revenue by category
            return None
        op = _RENUMBER_OPERATORS[found["op"].lower()]
        added = Having(measure=previous.measures[0], op=op, value=float(found["value"]))
        return previous.model_copy(
            update={
                "having": (added,),
                "intent": "distribution" if not previous.limit else previous.intent,
            }
        )
    if len(previous.having) != 1:
        return None
    having = previous.having[0]
    if noun is not None and noun.lower().rstrip("s") not in having.measure.replace("_", " "):
        return None  # ("lower that to 600 payments" after rentals: another measure)
    if bar is not None:
        changed = having.model_copy(update={"value": float(bar)})
    else:
        op = _RENUMBER_OPERATORS[found["op"].lower()]
        changed = having.model_copy(update={"op": op, "value": float(found["value"])})
    return previous.model_copy(update={"having": (changed,)})


def _said(plan: QueryPlan, catalog: Catalog) -> str:
    """The sentence of a plan changed without a parse (a new number)."""
    return understood(plan, ParsedQuestion(), catalog)


_SET_ASIDE = " Set aside"  # how a sentence says what it set aside


def _restated(changed: QueryPlan, said: QueryPlan, catalog: Catalog) -> QueryPlan:
    """``changed`` (made from ``said``) with its sentence said anew, keeping what the
    question set aside as not about the data."""
    aside = "".join(said.understood.partition(_SET_ASIDE)[1:])
    return changed.model_copy(update={"understood": _said(changed, catalog) + aside})


def _not_understood(catalog: Catalog, role: str, reason: str) -> Unanswerable:
    """The question is not understood, for ``reason`` (``planner.not_understood``)."""
    return refuse(catalog, role, "planner.not_understood", reason)


def build_plan(parsed: ParsedQuestion, catalog: Catalog, role: str) -> QueryPlan | Unanswerable:
    """The plan for a parsed question, with measures the role may read."""
    if parsed.unknown:
        quoted = " ".join(parsed.unknown[:4])
        return _not_understood(
            catalog, role, f"I don't know what “{quoted}” means in the data you can access."
        )
    if parsed.problems:
        return _not_understood(catalog, role, parsed.problems[0])
    for dimension in {f.dimension for f in parsed.filters}:
        signs = {f.negate for f in parsed.filters if f.dimension == dimension and f.op == "="}
        features = catalog.dimensions[dimension].type == "list"  # "deleted scenes, no commentary"
        if signs == {True, False} and not features:  # "stocked at store 1, missing from store 2"
            return _not_understood(
                catalog,
                role,
                "I can't yet compare what one value has and another lacks in one question.",
            )
        equal = [f for f in parsed.filters if f.dimension == dimension and f.op == "="]
        single = catalog.dimensions[dimension].type in _ONE_VALUE_TYPES
        if single and len(equal) > 1:  # "an hour to an hour and a half" read as two values
            return _not_understood(
                catalog,
                role,
                f"I couldn't tell how the {catalog.dimensions[dimension].label.lower()} "
                "values go together (a range is said 'between 60 and 90').",
            )
        if not _can_hold_together([f for f in parsed.filters if f.dimension == dimension]):
            # "under an hour, one to two hours, over two hours": bands, not one range
            return _not_understood(
                catalog,
                role,
                f"No {catalog.dimensions[dimension].label.lower()} meets all of those "
                "conditions at once: for groups (bands) of values, ask for one at a time.",
            )
    _years_as_attribute(parsed, catalog)
    if parsed.attribute_years is not None:  # a year said of the films, never dropped
        return _not_understood(catalog, role, "I couldn't tell what those years are of here.")
    if parsed.grain == "year" and not parsed.grain_by and parsed.direction is None:
        for name in parsed.attributes:  # "what year was ACADEMY DINOSAUR released"
            if catalog.dimensions[name].type == "year":
                parsed.grain = None
    _averages(parsed, catalog)
    allowed = catalog.relations_for_role(role)
    exists = _exists(parsed, catalog, allowed)
    if isinstance(exists, Unanswerable):
        return refuse(catalog, role, exists.code, exists.reason)
    listed = _list_plan(parsed, catalog, exists)
    if listed is None and parsed.shown:  # ("rentals with their city": never dropped unsaid)
        label = catalog.dimensions[parsed.shown[0]].label.lower()
        return _not_understood(
            catalog, role, f"I couldn't tell what the {label} should be shown beside here."
        )
    if listed is not None:
        checked = _checked(listed, catalog, role, allowed)
        if isinstance(checked, Unanswerable) and checked.code == "planner.not_understood":
            swapped = _swapped(listed, catalog)
            if swapped is not None:
                return _checked(swapped, catalog, role, allowed)
        return checked
    grouped = _threshold_plan(parsed, catalog, role, allowed, exists)
    if grouped is not None:
        return grouped
    values = _values_counted(parsed, catalog, exists)
    if values is not None:  # "number of distinct surnames among actors"
        return _checked(values, catalog, role, allowed)
    mentions = (
        parsed.measures
        or parsed.noun_measures
        or parsed.described_measures
        or ([catalog.default_ranking_measures] if parsed.default_measure else [])
        or _films_described(parsed, catalog)  # "how are our comedies spread across ratings"
    )
    if not mentions:
        return _not_understood(
            catalog,
            role,
            "I couldn't tell what to measure (revenue, rentals, customers, films, ...).",
        )
    comparison = parsed.comparison
    compared = comparison.dimension if comparison is not None else None
    grain = parsed.grain or ("month" if parsed.trend else None)
    dated = [catalog.measures[c[0]].format == "date" for c in mentions if c]
    if grain is not None and not parsed.grain_by and dated and all(dated):
        grain = None  # "latest return date in the data": the date is the answer
    for name in parsed.attributes:  # "titles that came out in each year"
        if grain == "year" and catalog.dimensions[name].type == "year":
            parsed.dimensions.append(name)
            grain = None
    if grain == "year" and parsed.time_range is None and not parsed.verbs:
        # "films by year", "the year with the fewest titles": the things' own year
        year = _year_of_things(mentions[0], catalog)
        if year is not None:
            parsed.dimensions.append(year)
            grain = None
    used = {*parsed.dimensions, *(f.dimension for f in parsed.filters)}
    # ("which actor ...? show the actor's first and last name": shown with the actor)
    shown = {part for name in parsed.dimensions for part, _ in catalog.dimensions[name].parts}
    unused = [a for a in parsed.attributes if a not in used and a not in shown]
    if unused:  # "inactive customer rate by store": an attribute nothing here uses
        label = catalog.dimensions[unused[0]].label.lower()
        return _not_understood(
            catalog, role, f"I couldn't tell what to do with the {label} in this question."
        )
    dimensions = tuple(d for d in parsed.dimensions if d != compared)
    draft = QueryPlan(
        intent="kpi",
        measures=mentions[0][:1],  # replaced per candidate below
        dimensions=dimensions,
        time_grain=grain,
        time_range=parsed.time_range,
        filters=tuple(parsed.filters),
        comparison=comparison,
    )
    measures: list[str] = []
    placed = _placed_by_subject(parsed, catalog)
    for candidates in mentions:
        if placed:  # "films customers from London rented": through their rentals
            candidates = _with_equivalents(candidates, catalog)
        chosen = _choose_measure(candidates, draft, catalog, role, allowed, placed)
        if isinstance(chosen, Unanswerable) and _undated_beside(
            candidates, mentions, draft, catalog
        ):
            # "films and July rentals per genre": all the films, beside the July rentals
            undated = draft.model_copy(update={"time_range": None})
            chosen = _choose_measure(candidates, undated, catalog, role, allowed, placed)
        if isinstance(chosen, Unanswerable):
            return chosen
        if chosen not in measures:
            measures.append(chosen)
    measures = _summed_over_rows(measures, catalog)
    measures = [_rows_of_one(m, parsed.filters, catalog) for m in measures]
    for rows in parsed.described_measures if len(measures) == 1 else ():
        # "total replacement cost of the NC-17 copies": over the copies described
        over = _summed_over_rows([measures[0], rows[0]], catalog)
        if len(over) == 1:
            measures = over
            break
    if not parsed.share:  # "how many rentals are unreturned": the part, not the whole too
        wholes = {w for m in measures for w in _wholes(m, catalog)}
        if not parsed.both_asked:  # ("july rentals + how many returned late": both)
            measures = [m for m in measures if m not in wholes] or measures
        part_relations = {
            catalog.measures[m].relation for m in measures if catalog.measures[m].part_of
        }
        if part_relations:  # "dvds that haven't been returned": the rentals, not stock
            dropped = [m for m in measures if catalog.measures[m].relation not in part_relations]
            if any(not isinstance(catalog.measures[m].parsed, exp.Count) for m in dropped):
                return _not_understood(  # a total of other rows: never dropped unsaid
                    catalog,
                    role,
                    "I can't yet total one thing over the rows another condition picks: "
                    "ask for each on its own.",
                )
            measures = [m for m in measures if catalog.measures[m].relation in part_relations]
        of_one = [catalog.measures[m].part_of for m in measures if catalog.measures[m].part_of]
        if len(of_one) > 1:  # "overdue and still not returned": both at once
            return _not_understood(
                catalog,
                role,
                "I can count rows with one of these conditions at a time, not both at once.",
            )
    averaged = any(
        "avg" in catalog.measures[m].expression.lower() or m.startswith("average") for m in measures
    )
    # "revenue per rental": a total over a count said after "per" is one per the other,
    # said with "average" or not
    ratio = len(measures) == 2 and any(m in measures for g in parsed.per_measures for m in g)
    # "rentals per renter by month": per renter in each month, not each renter's months
    ratio |= bool(parsed.per_dimensions) and (parsed.grain is not None or len(dimensions) > 1)
    per = _average_per(measures, parsed, catalog, dimensions) if parsed.average or ratio else None
    periods = (
        _per_period(measures, parsed, catalog, grain) if per is None and not averaged else None
    )
    if periods is not None:  # "average daily revenue in May": over the days with payments
        per, grain = ((measures[0], periods), dimensions), None
        draft = draft.model_copy(update={"time_grain": None})
    if per is not None and not averaged:  # "average revenue per rental"
        parsed.absorbed |= {d for d in dimensions if d not in per[1]}  # "per film": counted
        measures, dimensions = list(per[0]), per[1]
        draft = draft.model_copy(update={"dimensions": dimensions})
    elif parsed.average and not averaged:  # "average number of rentals per customer"
        return _not_understood(
            catalog,
            role,
            "I can't take the average of "
            + " and ".join(catalog.measures[m].label.lower() for m in measures)
            + " over groups yet; ask for the figure per group instead.",
        )
    if all(catalog.measures[m].format == "date" for m in measures) and not parsed.grain_by:
        grain = None  # "date of the earliest rental": the date is the answer
        draft = draft.model_copy(update={"time_grain": None})
    intent = _intent(parsed, comparison is not None, bool(dimensions), grain is not None)
    if (
        parsed.judged
        and parsed.direction is not None
        and catalog.measures[measures[0]].higher_is_worse
    ):
        # "which month was worst" for late returns: the one with the most
        parsed.direction = "asc" if parsed.direction == "desc" else "desc"
    order, limit = _order_and_limit(intent, parsed, measures[0], dimensions, grain, catalog)
    plan = draft.model_copy(
        update={
            "intent": intent,
            "measures": tuple(measures),
            "order": order,
            "limit": limit,
            "ties": intent == "ranking" and limit is not None,
            "exists": exists,
        }
    )
    try:
        plan = _derived(plan, parsed, catalog)
    except PlanNotResolvable as exc:
        return _not_understood(catalog, role, exc.message)
    if per is not None and not averaged:
        plan = plan.model_copy(update={"derived": "per", "order": (), "limit": None})
    try:
        missing = resolve_plan(plan, catalog).needs - allowed
    except PlanNotResolvable as exc:  # measures combine badly: one breaks down, one not
        return _not_understood(catalog, role, exc.message)
    if missing:
        return _not_allowed(catalog, role, missing)
    return QueryPlan.model_validate(plan.model_dump())


# one value per row: two values asked at once are a range or a misreading, never both
_ONE_VALUE_TYPES = frozenset({"year", "minutes", "money", "number", "timestamp", "date"})
_FILM_VALUES = frozenset({"category", "rating", "language", "special_features"})


def _films_described(parsed: ParsedQuestion, catalog: Catalog) -> list[tuple[str, ...]]:
    """Values that only describe films ("our comedies", "the R-rated ones") with nothing
    else to count: the films."""
    described = [
        f
        for f in parsed.filters
        if f.dimension in _FILM_VALUES or catalog.dimensions[f.dimension].home == "film"
    ]
    if described and len(described) == len(parsed.filters) and "films" in catalog.measures:
        return [("films",)]  # "family category, rated G, shorter than 90 minutes: how many?"
    return []


def _can_hold_together(filters: list[Filter]) -> bool:
    """Whether some value meets all of ``filters`` (on one dimension, none negated): a
    range, not "under 60, 60 to 120 and over 120" read as one condition."""
    low, high = -math.inf, math.inf
    low_open = high_open = False
    equal: list[float] = []
    for flt in filters:
        if flt.negate or not all(isinstance(v, int | float) for v in flt.values):
            continue
        value = float(flt.values[0])
        if flt.op in (">", ">=") and (value > low or (value == low and flt.op == ">")):
            low, low_open = value, flt.op == ">"
        elif flt.op in ("<", "<=") and (value < high or (value == high and flt.op == "<")):
            high, high_open = value, flt.op == "<"
        elif flt.op == "=" and len(flt.values) == 1:
            equal.append(value)
    if low > high or (low == high and (low_open or high_open)):
        return False
    return all(
        (v > low or (v == low and not low_open)) and (v < high or (v == high and not high_open))
        for v in equal
    )


def _year_of_things(candidates: Sequence[str], catalog: Catalog) -> str | None:
    """The year attribute of undated things counted ("films": their release year), or
    None when the count is of events, which have their own dates."""
    if not candidates or catalog.measures[candidates[0]].time_column is not None:
        return None
    relation = catalog.measures[candidates[0]].relation
    years = [
        name
        for name, dimension in catalog.dimensions.items()
        if dimension.attribute
        and dimension.type == "year"
        and dimension.sources[0].relation == relation
    ]
    return years[0] if len(years) == 1 else None


def _years_as_attribute(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "films released in 2020", "released after 2010", "titles per release year, 2020
    onwards": a period of whole years said with a year attribute filters on the attribute,
    not on dates."""
    period = parsed.attribute_years or parsed.time_range
    if period is None:
        return
    counted = [group[0] for group in (*parsed.measures, *parsed.noun_measures) if group]
    undated = any(catalog.measures[m].time_column is None for m in counted)
    # "titles per release year since 2020" (but "rentals by release year in 2022": dated)
    grouped = parsed.dimensions if undated else []
    # ("and 2024?" after the 2023 releases per rating: that year instead)
    filtered = (
        [f.dimension for f in parsed.filters if f.dimension not in grouped] if undated else []
    )
    for name in dict.fromkeys((*parsed.attributes, *grouped, *filtered)):
        if catalog.dimensions[name].type != "year":
            continue
        years = year_filters(name, period)
        if years is None:
            return
        # ("and from 2021?" after this year's releases: that year instead)
        parsed.filters = [f for f in parsed.filters if f.dimension != name] + years
        if parsed.attribute_years is None:
            parsed.time_range = None
        parsed.attribute_years = None
        return


def _average_per(
    measures: list[str], parsed: ParsedQuestion, catalog: Catalog, dimensions: tuple[str, ...]
) -> tuple[tuple[str, str], tuple[str, ...]] | None:
    """ "Average revenue per rental", "average number of rentals per customer", "copies of
    each film on average": a total divided by how many things it is spread over. The two
    measures (the total, the count) and the breakdown left, or None."""
    additive = [m for m in measures if _is_total(catalog.measures[m])]
    per = [m for group in parsed.per_measures for m in group if m in measures]
    if len(measures) == 2 and len(additive) == 2 and per:
        total = next(m for m in measures if m != per[0])
        # ("spend per paying customer, by customer": each group is one customer, so the
        # one figure per customer)
        spread = catalog.entity_counted(per[0])
        return (total, per[0]), tuple(d for d in dimensions if d != spread)
    entities = [d for d in parsed.per_dimensions if not catalog.dimensions[d].attribute]
    if len(measures) != 1 or len(additive) != 1 or not entities or entities[0] not in dimensions:
        return None
    counted = catalog.count_of(entities[0], catalog.measures[measures[0]].relation)
    if counted is None:
        return None
    return (measures[0], counted), tuple(d for d in dimensions if d != entities[0])


_PER_PERIOD = re.compile(
    r"\b(?:per|a|each|every)\s+(?:day|week|month)\b|\b(?:daily|weekly|monthly)\b", re.IGNORECASE
)
_DAYS_OF_WEEK = re.compile(
    r"\bweek(?:day|end)s?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|urday|nesday|rsday|sday)?s?\b",
    re.IGNORECASE,
)
_PER_THING = re.compile(
    r"\b(?:a|each|every|per|the\s+average)\s+(?:customer|client|renter|member|film|movie|title|store"
    r"|shop|actor|category|copy|dvd|disc|staff)\b",
    re.IGNORECASE,
)
# "count all seven days", "just divide by the 7 days": the days without rows counted too
_EVERY_DAY = re.compile(
    r"\b(?:all|every|each\s+of\s+the)\s+(?:seven|7|\d+)\s+days\b|\bdivided?\s+by\s+(?:the\s+)?(?:seven|7|\d+)\b"
    r"|\bcalendar\s+days\b|\bdays\s+with(?:out)?\s+(?:no|none|nothing)\b|\bempty\s+days\b",
    re.IGNORECASE,
)


def _per_period(
    measures: list[str], parsed: ParsedQuestion, catalog: Catalog, grain: str | None
) -> str | None:
    """ "Average daily revenue in May", "how many rentals did we average per day last
    week", "average monthly takings this year": a total over the days (weeks, months) that
    have its rows. The measure counting those periods, or None."""
    if not parsed.average or not parsed.per_period or grain is None or len(measures) != 1:
        return None
    if parsed.comparison is not None:  # (two things side by side: never one average)
        return None
    if not _is_total(catalog.measures[measures[0]]):
        return None
    return catalog.periods_with_rows(measures[0], grain)


def _is_total(measure: Measure) -> bool:
    """A count or a sum: a figure that spreads over the rows (not an average, a date or
    a rate)."""
    return isinstance(measure.parsed, (exp.Count, exp.Sum, exp.Coalesce)) and measure.format in (
        "integer",
        "currency",
        "number",
    )


def _summed_over_rows(measures: list[str], catalog: Catalog) -> list[str]:
    """ "Total replacement value of store 1's inventory": a total (or an average) of a film
    attribute said with a count of rows that each have a film (the copies) is the total
    over those rows, a film counted once per copy, when the catalog has it."""
    if len(measures) != 2:
        return measures
    for total, rows in (measures, measures[::-1]):
        summed, counted = catalog.measures[total], catalog.measures[rows]
        column = summed.parsed.find(exp.Column)
        if not isinstance(counted.parsed, exp.Count) or column is None:
            continue
        # ("average replacement cost of the copies": the copies' average, each counted)
        kind = next((k for k in (exp.Sum, exp.Avg) if summed.parsed.find(k) is not None), None)
        if kind is None:
            continue
        for name, measure in catalog.measures.items():
            read = {(c.table, c.name) for c in measure.parsed.find_all(exp.Column)}
            if (
                measure.relation == counted.relation
                and (summed.relation, column.name) in read
                and measure.parsed.find(kind) is not None
            ):
                return [name]
    return measures


def _wholes(name: str, catalog: Catalog) -> list[str]:
    """The measures ``name`` counts part of, nearest first (late returns: returned
    rentals, rentals)."""
    found: list[str] = []
    whole = catalog.measures[name].part_of
    while whole is not None and whole not in found:
        found.append(whole)
        whole = catalog.measures[whole].part_of
    return found


def _average_of_total(name: str, catalog: Catalog) -> str | None:
    """The measure averaging what ``name`` totals ("total replacement cost": the average
    replacement cost), over the same relation."""
    measure = catalog.measures[name]
    summed = measure.parsed.find(exp.Sum) if _is_total(measure) else None
    if summed is None or not isinstance(summed.this, exp.Column):
        return None
    return catalog.aggregate_of(measure.relation, summed.this.name, "avg")


def _averages(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "on average": the average of the attribute named ("how long are films on average",
    "categories where films rent for more than $3 on average")."""
    ranked = parsed.rank_attribute
    groups = [d for d in parsed.dimensions if ranked is None or d != ranked[0]]
    # (a group named with one value is not ranked; "PG or G, which has ...": among both)
    filtered = {
        f.dimension for f in parsed.filters if f.op == "=" and not f.negate and len(f.values) < 2
    }
    home = catalog.dimensions[ranked[0]].home if ranked is not None else None
    if (
        ranked is not None
        and len(groups) == 1
        # ("which has the longer films": the films are those averaged, not counted)
        and all(catalog.measures[m[0]].relation == home for m in parsed.measures)
        and groups[0] not in filtered
    ):
        # "which rating is the cheapest to rent, on average", "the language with the
        # shortest films": groups ranked by their rows' average (a group of another
        # relation than the attribute's needs no "on average" to be one)
        other = catalog.dimensions[groups[0]]
        average = _average_of(ranked[0], catalog)
        if average is not None and (parsed.average or (not other.attribute and other.home != home)):
            parsed.measures = [(average,)]
            parsed.dimensions = groups
            parsed.direction = ranked[1]
            parsed.rank_attribute = None
            parsed.limit = parsed.limit or (1 if parsed.singular else None)
            return
    for flt in list(parsed.filters):  # "languages with an average film length above 116"
        average = _average_of(flt.dimension, catalog) if flt.op not in ("=", "<>") else None
        if average is not None and parsed.measures == [(average,)] and parsed.dimensions:
            parsed.filters.remove(flt)
            parsed.having.append(((average,), flt.op, float(flt.values[0])))
            return
    if not parsed.average:
        return
    if parsed.measures and not parsed.attributes:
        if parsed.followup or parsed.replace:  # "the average instead" (of the total)
            averaged = [_average_of_total(m[0], catalog) for m in parsed.measures]
            if all(averaged):
                parsed.measures = [(a,) for a in averaged if a is not None]
        return
    entity = next((s for s in parsed.subjects if not catalog.dimensions[s].attribute), None)
    for flt in list(parsed.filters):
        average = _average_of(flt.dimension, catalog) if flt.op != "=" else None
        # "which ratings cost more than $20 on average": the groups asked for
        group = entity or next((d for d in parsed.dimensions if d != flt.dimension), None)
        if average is not None and group is not None:
            home = catalog.dimensions[flt.dimension].sources[0].relation
            grouped = catalog.dimensions[group]
            # a threshold per group, unless the groups are the rows themselves (films)
            if grouped.attribute or grouped.key is None or grouped.home != home:
                parsed.filters.remove(flt)
                parsed.having.append(((average,), flt.op, float(flt.values[0])))
                return
    asked = [_average_of(d, catalog) for d in parsed.dimensions]
    if parsed.which and len(asked) == 1 and asked[0] is not None and not parsed.measures:
        # "on average, what do we charge to rent a PG-13 movie": the average rate
        parsed.measures = [(asked[0],)]
        parsed.subjects = [s for s in parsed.subjects if s not in parsed.dimensions]
        parsed.dimensions, parsed.singular = [], False
        return
    for name in [*parsed.attributes, *(a for a, _ in [parsed.rank_attribute or ("", "")])]:
        average = _average_of(name, catalog) if name else None
        if average is not None and parsed.rank_attribute is None:
            # "how many films are there and how long are they on average": both asked
            counted = parsed.measures if parsed.counted and parsed.counted_noun else []
            parsed.measures = [*counted, (average,)]
            parsed.attributes = [a for a in parsed.attributes if a != name]
            parsed.subjects = [s for s in parsed.subjects if s in parsed.dimensions]
            return


def _checked(
    plan: QueryPlan, catalog: Catalog, role: str, allowed: frozenset[str]
) -> QueryPlan | Unanswerable:
    """``plan`` when it compiles from relations ``role`` may read, else why not."""
    try:
        missing = resolve_plan(plan, catalog).needs - allowed
    except PlanNotResolvable as exc:
        return _not_understood(catalog, role, exc.message)
    if missing:
        return _not_allowed(catalog, role, missing)
    return QueryPlan.model_validate(plan.model_dump())


def _groups_by(
    measure: str, dimensions: list[str], parsed: ParsedQuestion, catalog: Catalog
) -> bool:
    """Whether ``measure`` can be grouped by ``dimensions`` with the question's filters."""
    trial = QueryPlan(
        intent="distribution" if dimensions else "kpi",
        measures=(measure,),
        dimensions=tuple(dimensions),
        filters=tuple(parsed.filters),
    )
    try:
        resolve_plan(trial, catalog)
    except PlanNotResolvable:
        return False
    return True


def _pick(candidates: Sequence[str], catalog: Catalog, allowed: frozenset[str]) -> str | None:
    """The first candidate measure over a relation the role may read, else the first."""
    for name in candidates:
        measure = catalog.measures.get(name)
        if measure is not None and measure.relation in allowed:
            return name
    return candidates[0] if candidates else None


def _exists(
    parsed: ParsedQuestion, catalog: Catalog, allowed: frozenset[str]
) -> tuple[Exists, ...] | Unanswerable:
    found: list[Exists] = []
    for candidates, negate, filters, period in parsed.exists:
        name = _pick(candidates, catalog, allowed)
        if name is None:
            return Unanswerable(
                code="planner.not_understood", reason="I couldn't tell what should not exist."
            )
        found.append(Exists(measure=name, negate=negate, filters=tuple(filters), time_range=period))
    return tuple(found)


def _entity(parsed: ParsedQuestion, catalog: Catalog) -> str | None:
    """What the question lists: its first subject, else the entity a value names
    ("rental rate of ACADEMY DINOSAUR": the film)."""
    for name in parsed.subjects:
        if name in catalog.dimensions and not catalog.dimensions[name].attribute:
            return name
    homes = {
        catalog.dimensions[f.dimension].sources[0].relation
        for f in parsed.filters
        if catalog.dimensions[f.dimension].attribute
    } | {catalog.dimensions[a].sources[0].relation for a in parsed.attributes}
    if parsed.rank_attribute is not None:  # "shortest drama": the film, ranked by length
        homes.add(catalog.dimensions[parsed.rank_attribute[0]].sources[0].relation)
    named = [f.dimension for f in parsed.filters if catalog.dimensions[f.dimension].key]
    named += [e for f in parsed.filters if (e := _identified(f.dimension, catalog)) is not None]
    named += [  # "the return date of rental 1234": the rental
        f.dimension
        for f in parsed.filters
        if catalog.dimensions[f.dimension].numbered
        and catalog.dimensions[f.dimension].home in homes
        and not catalog.dimensions[f.dimension].attribute
    ]
    described = {f.dimension for f in parsed.filters}
    if len(described) > 1 and described <= _FILM_VALUES and "film" in catalog.dimensions:
        return "film"  # "French comedies": the films, in French and comedies
    for name in named:  # "PG-13 comedies shorter than an hour": films, not categories
        if catalog.dimensions[name].home in homes or not homes:
            return name
    for name, dimension in catalog.dimensions.items():
        if dimension.key is not None and dimension.home in homes:
            return name
    return named[0] if named else None


_MY_STORE = re.compile(r"\b(?:my|our)\s+(?:store|shop|branch|location)\b(?!s)", re.I)
# "titles at my two stores that nobody rented": the asker's stores, whichever they are
_MY_STORES = re.compile(
    r"\b(?:(?:my|our)\s+(?:two\s+|2\s+|both\s+)?|both\s+(?:of\s+)?(?:my|our)\s+)"
    r"(?:stores|shops|branches|locations)\b",
    re.I,
)


def _references_said(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Who manages store 2? staff id", "which store is staff 3 the manager of": an
    attribute that names a thing of another relation (a store's manager is a staff member)
    is that thing: the staff asked for or named is the attribute's value, not staff rows,
    and the rows are those the attribute is of (the stores)."""
    refs = {
        a: catalog.dimensions[a].requires
        for a in parsed.attributes
        if catalog.dimensions[a].requires
    }
    if not refs or parsed.measures or parsed.noun_measures:
        return

    def named_by(dimension: str) -> str | None:
        home = catalog.dimensions[dimension].home
        return next((a for a, needs in refs.items() if home in needs), None)

    parsed.dimensions = [d for d in parsed.dimensions if named_by(d) is None]
    parsed.subjects = [d for d in parsed.subjects if named_by(d) is None]
    for n, flt in enumerate(parsed.filters):
        attribute = named_by(flt.dimension)
        if attribute is not None:
            parsed.filters[n] = flt.model_copy(update={"dimension": attribute})
            parsed.named_values = [
                tuple((attribute if d == flt.dimension else d, v) for d, v in pairs)
                for pairs in parsed.named_values
            ]
    relation = catalog.dimensions[next(iter(refs))].sources[0].relation
    entity = [
        d for d, dim in catalog.dimensions.items() if dim.home == relation and not dim.attribute
    ]
    if not parsed.subjects and parsed.dimensions in ([], entity[:1]):
        parsed.subjects = entity[:1]  # "store managed by staff 3": which store


_STORES_COMPARED = re.compile(
    r"\b(?:my|our|the)\s+(?:two\s+|2\s+|both\s+)?(?:stores|shops|branches|locations)\b"
    r"|\bboth\s+(?:of\s+)?(?:my|our|the)\s+(?:stores|shops|branches|locations)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:compare[ds]?|comparing|comparison|side\s+by\s+side|vs\.?|versus|against)\b", re.I
)


# "how many from India ..., and how many from China?": each value's figure
_EACH_ASKED = re.compile(
    r"\band\s+how\s+(?:many|much)\s+(?:\w+\s+)?(?:from|in|at|for|of|by)\s+\w", re.I
)


def _each_value_asked(parsed: ParsedQuestion) -> None:
    """ "How many customers from India rented in July, and how many from China?": the
    figure of each value said, compared, not their sum."""
    several = [f for f in parsed.filters if f.op == "=" and not f.negate and len(f.values) > 1]
    if len(several) != 1 or parsed.comparison is not None or parsed.dimensions:
        return
    parsed.filters.remove(several[0])
    parsed.comparison = Comparison(dimension=several[0].dimension, values=several[0].values)


_AT_STORE_AFTER_VERB = re.compile(
    r"\b(?:rent\w*|paid|pay|bought|took\s+out|borrow\w*)\s+(?:\w+\s+){0,3}?(?:at|from|in)\s+"
    r"(?:(?:store|shop|branch)\s*#?\s*\d|(?:my|our|that|this)\s+(?:store|shop|branch))",
    re.I,
)


def _store_of_events(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Customers from Brazil who rented at store 1 last week": the rentals' store, not
    the store the customers signed up at."""
    positive = [e for e in parsed.exists if not e[1]]
    stores = [f for f in parsed.filters if f.dimension == "store"]
    if len(positive) != 1 or not stores:
        return
    candidates, _, inside, period = positive[0]
    if catalog.find_source("store", catalog.measures[candidates[0]].relation) is None:
        return
    parsed.filters = [f for f in parsed.filters if f not in stores]
    at = parsed.exists.index(positive[0])
    parsed.exists[at] = (candidates, False, [*inside, *stores], period)


def _stores_as_scope(parsed: ParsedQuestion) -> None:
    """ "Months where my stores together took more than 10000", "which June days did my
    stores take more than $400", "ratings with over 3,200 rentals at my stores": the
    periods (or ratings) are what is asked, the stores only where."""
    if parsed.subjects == ["store"] and "store" not in parsed.dimensions and parsed.having:
        parsed.subjects = []
        parsed.noun_measures = [m for m in parsed.noun_measures if m != ("stores",)]
        if not parsed.dimensions and parsed.grain is None and parsed.attributes:
            # "release years with 200+ rentals at my stores": the years are the groups
            parsed.dimensions, parsed.attributes = parsed.attributes[:1], parsed.attributes[1:]


def _per_store_compared(parsed: ParsedQuestion) -> None:
    """ "How did my two branches do on sales in June, side by side?": each store's figure,
    not their total."""
    if "store" in parsed.dimensions or any(f.dimension == "store" for f in parsed.filters):
        return
    if not (parsed.measures or parsed.noun_measures or parsed.described_measures):
        return
    compared = parsed.comparison
    if compared is not None and (compared.dimension or compared.periods):
        return  # "Q2 takings, Action versus Comedy, my stores": the categories compared
    parsed.dimensions.append("store")


def _place_of_my_store(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Which city is my store in?", "store 1 city?": the city of each of the user's stores
    (the scope keeps them to theirs) or of the store named, not every city."""
    stores = [f for f in parsed.filters if f.dimension == "store" and f.op == "=" and not f.negate]
    if parsed.measures or parsed.noun_measures or "store" in parsed.dimensions:
        return
    if parsed.filters != stores or parsed.described_measures:
        return  # (not "which cities have customers of store 1")
    if parsed.having or parsed.counted or parsed.exists or parsed.direction is not None:
        return  # "which countries have more than 30 customers at my store"
    if "store" not in catalog.dimensions or not parsed.dimensions:
        return
    home = catalog.dimensions["store"].home
    places = [d for d in parsed.dimensions if d != "store" and catalog.one_per(d, home)]
    if places and len(places) == len(parsed.dimensions):
        parsed.subjects = ["store"]
        parsed.attributes = [*parsed.attributes, *places]  # ("city + manager": both)
        parsed.dimensions = []


def _every_value_split(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Customers by store, split into active and inactive": every value of a dimension
    named at once is a breakdown by it, not a filter that keeps all the rows."""
    for flt in list(parsed.filters):
        if catalog.dimensions[flt.dimension].type == "list":
            continue  # "films with trailers, commentaries, ...": films with all of them
        known = {v.lower() for v in catalog.dimensions[flt.dimension].values}
        named = {str(v).lower() for v in flt.values}
        if flt.op == "=" and not flt.negate and len(known) > 1 and named == known:
            parsed.filters.remove(flt)
            if flt.dimension not in parsed.dimensions:
                parsed.dimensions.append(flt.dimension)


def _filtered_lists_not_shown(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Which titles have every extra - trailers, commentaries, ...": the titles, not one
    row per extra of each (the extras asked are known: the filter says them)."""
    filtered = {f.dimension for f in parsed.filters if not f.negate}
    shown = [d for d in parsed.dimensions if d in filtered and catalog.dimensions[d].type == "list"]
    if shown and any(not catalog.dimensions[d].attribute for d in parsed.subjects):
        parsed.dimensions = [d for d in parsed.dimensions if d not in shown]
        parsed.attributes = [d for d in parsed.attributes if d not in shown]


def _names_one_row(flt: Filter, catalog: Catalog, several: bool = False) -> bool:
    """``flt`` names one row by its number ("rental 1234", "film 5"), or, ``several``,
    rows by their numbers ("payments 22650 and 23757")."""
    named = catalog.dimensions[flt.dimension]
    return (
        named.numbered
        and named.key is None
        and (len(flt.values) == 1 or several)
        and flt.op == "="
        and not flt.negate
    )


def _one_numbered(parsed: ParsedQuestion, catalog: Catalog) -> Filter | None:
    """The one filter naming one row by its number ("rental 1234"), if that is all the
    question filters on."""
    if len(parsed.filters) != 1 or not _names_one_row(parsed.filters[0], catalog):
        return None
    return parsed.filters[0]


def _scope_widened(parsed: ParsedQuestion, previous: QueryPlan) -> bool:
    """Only "all" of a thing the previous question was limited to ("and for all stores?"
    after store 1's rentals): that limit lifted, not the stores counted."""
    filtered = {f.dimension for f in previous.filters}
    return (
        bool(parsed.cleared & filtered)
        and set(parsed.subjects) <= parsed.cleared
        and not (parsed.measures or parsed.dimensions or parsed.filters or parsed.listed)
        and not (parsed.which or parsed.says_number or parsed.counted)
    )


def _grouping_swapped(parsed: ParsedQuestion, previous: QueryPlan, catalog: Catalog) -> bool:
    """Only another kind of thing after events counted or summed by one kind ("same for
    actors" after rentals by category): those events by the new thing, not it counted."""
    events = all(catalog.measures[m].relation in catalog.dates for m in previous.measures)
    return (
        parsed.followup
        and len(parsed.subjects) == 1
        and len(parsed.noun_measures) == 1
        and not (parsed.measures or parsed.dimensions or parsed.filters or parsed.grain)
        and not (parsed.which or parsed.says_number or parsed.counted or parsed.listed)
        and len(previous.dimensions) == 1
        and previous.time_grain is None
        and previous.dimensions[0] != parsed.subjects[0]
        and bool(previous.measures)
        and events
    )


def _of_one_row(parsed: ParsedQuestion, catalog: Catalog) -> bool:
    """It asks properties of the one row it names by number ("the return date of rental
    1234", "the rental rate of film 5")."""
    flt = _one_numbered(parsed, catalog)
    asked = [catalog.dimensions[d] for d in (*parsed.attributes, *parsed.dimensions)]
    if flt is None or parsed.measures or not asked:
        return False
    home = catalog.dimensions[flt.dimension].home
    return all(
        (d.attribute and d.sources[0].relation == home)
        or (d.name != flt.dimension and catalog.one_per(d.name, home))  # "customer 431 country"
        for d in asked
    )


def _attributes_of_one_row(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "What is the return date of rental 1234?": the return date is said of that one
    row (an attribute to list), not a grouping of it. "Is customer 16 still active?": the
    yes/no attribute shown, not a filter that answers by the row's absence."""
    flags = [f for f in parsed.filters if catalog.dimensions[f.dimension].type == "boolean"]
    if len(flags) == 1 and len(parsed.filters) == 2 and not (parsed.measures or parsed.dimensions):
        others = [f for f in parsed.filters if f is not flags[0]]
        row = catalog.dimensions[others[0].dimension]
        flag = catalog.dimensions[flags[0].dimension]
        if row.numbered and row.key is None and flag.sources[0].relation == row.home:
            parsed.filters = others
            parsed.attributes = [flags[0].dimension]
            parsed.subjects = [others[0].dimension]
            return
    if parsed.subjects or parsed.attributes or not parsed.dimensions:
        return
    if _of_one_row(parsed, catalog):
        named = parsed.filters[0].dimension
        parsed.subjects = [_identified(named, catalog) or named]  # film 5: the film
        parsed.attributes, parsed.dimensions = parsed.dimensions, []


_WHEN = re.compile(r"\s*when\b", re.I)


def _date_of_one_row(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "When was rental 1234 returned?": the date of the one row named by its id (its
    return date), not a count of that row's returns."""
    if len(parsed.measures) != 1 or parsed.dimensions or parsed.grain or parsed.subjects:
        return
    measure = catalog.measures[parsed.measures[0][0]]
    for flt in parsed.filters:
        if not _names_one_row(flt, catalog, several=True):
            continue
        if catalog.dimensions[flt.dimension].home != measure.relation:
            continue
        name = catalog.date_dimension(measure.relation, measure.time_column)
        if name is not None:
            parsed.measures = []
            parsed.subjects = [flt.dimension]
            parsed.attributes = [name]
            return


def _rows_of_one(measure: str, filters: list[Filter], catalog: Catalog) -> str:
    """ "DOGMA FAMILY stock at store 1": the different films among one film's copies are
    that one film; what is counted is the rows (its copies), not the 1."""
    found = catalog.measures[measure]
    entity = catalog.entity_counted(measure)
    if entity is None or found.distinct_column is None:
        return measure
    named = [
        f
        for f in filters
        if entity in (f.dimension, _identified(f.dimension, catalog))
        and f.op == "="
        and not f.negate
        and len(f.values) == 1
    ]
    rows = catalog.rows_measure(found.relation) if named else None
    return rows if rows is not None and rows not in (measure,) else measure


def _identified(name: str, catalog: Catalog) -> str | None:
    """The entity an id names ("film 10": the film whose key is film_id 10), if any."""
    dimension = catalog.dimensions[name]
    if not dimension.numbered or dimension.key is not None:
        return None
    column = dimension.sources[0].expression
    for entity, other in catalog.dimensions.items():
        key = other.key.expression if other.key is not None else None
        if key == column and other.home == dimension.home and not other.attribute:
            return entity
    return None


def _ranked_rows(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "the largest payment": a superlative on a count of rows that have a size of their
    own ranks those rows by it (payments by amount), it does not count them."""
    if parsed.direction is None or parsed.dimensions or parsed.grain or len(parsed.measures) != 1:
        return
    for name in parsed.measures[0]:
        relation = catalog.measures[name].relation
        counted = catalog.measures[name].parsed
        if not (isinstance(counted, exp.Count) and isinstance(counted.this, exp.Star)):
            continue  # "the lowest-paying customers": customers, not payments
        for dimension_name, dimension in catalog.dimensions.items():
            if dimension.ranked_by and dimension.home == relation:
                parsed.measures = []
                parsed.subjects.insert(0, dimension_name)
                parsed.rank_attribute = (dimension.ranked_by, parsed.direction)
                return


def _average_of(attribute: str, catalog: Catalog) -> str | None:
    """The catalog's average of an attribute ("average rental rate" for rental_rate)."""
    source = catalog.dimensions[attribute].sources[0]
    if not isinstance(source.parsed, exp.Column):
        return None
    return catalog.aggregate_of(source.relation, source.parsed.name, "avg")


def _values_counted(
    parsed: ParsedQuestion, catalog: Catalog, exists: tuple[Exists, ...]
) -> QueryPlan | None:
    """The number of different values of one attribute ("number of distinct surnames among
    actors", "how many different first names do actors have", "how many release years are
    there"), of the things the question counts, if any."""
    if not parsed.distinct_values or parsed.grain or parsed.dimensions or parsed.having or exists:
        return None
    if parsed.distribution:  # ("break the titles down by how many days ...": groups)
        return None
    used = {f.dimension for f in parsed.filters}
    unused = [a for a in parsed.attributes if a not in used]
    if len(unused) != 1 or parsed.direction is not None or parsed.share or parsed.average:
        return None
    attribute = unused[0]
    home = catalog.dimensions[attribute].sources[0].relation
    counted = [m for group in parsed.measures for m in group[:1]]
    if any(catalog.measures[m].relation != home for m in counted) or parsed.time_range:
        return None  # ("how many rentals per first name": not the names counted)
    return QueryPlan(
        intent="list", dimensions=(attribute,), filters=tuple(parsed.filters), derived="count"
    )


def _list_plan(
    parsed: ParsedQuestion, catalog: Catalog, exists: tuple[Exists, ...]
) -> QueryPlan | None:
    """A list of rows when the question asks for rows, not a figure: "the R-rated
    titles", "the longest film", "rental rate of ACADEMY DINOSAUR", "films never rented"."""
    _ranked_rows(parsed, catalog)
    if parsed.measures or parsed.having or parsed.grain or parsed.trend or parsed.share:
        return None
    if parsed.distribution or parsed.counted:  # "break the titles down by", "how many"
        return None
    if parsed.comparison is not None:
        return None
    entity = _entity(parsed, catalog)
    if entity is None:
        return None
    ones = [  # "rating and length of MINDS TRUMAN": one thing named, its values asked
        catalog.dimensions[f.dimension].home
        for f in parsed.filters
        if f.op == "="
        and not f.negate
        and len(f.values) == 1
        and catalog.dimensions[f.dimension].key
    ]
    home = catalog.dimensions[entity].home
    if any(not catalog.one_per(d, home) for d in parsed.shown if home is not None):
        return None  # ("actors with their films": not one each)
    if any(
        d not in parsed.subjects
        and (not catalog.dimensions[d].attribute or d in parsed.per_dimensions)
        and not any(catalog.one_per(d, home) for home in ones)
        for d in parsed.dimensions
    ):
        return None  # a breakdown: "customers per country", "inactive ones per home store"
    ranked = parsed.direction is not None and parsed.rank_attribute is None
    if ranked and not catalog.dimensions[entity].ranked_by:
        return None
    named_values = [f for f in parsed.filters if f.op == "=" and not f.negate]
    asks_rows = (
        len(named_values) >= 2  # "German NC-17 films", "nick wahlberg pg-13 movies"
        or any(f.negate for f in parsed.filters)  # "actors with no R films"
        or parsed.listed
        or parsed.which
        or parsed.rank_attribute is not None
        or bool(parsed.attributes)
        or bool(parsed.shown)
        or bool(exists)
        or any(catalog.dimensions[f.dimension].attribute or f.op != "=" for f in parsed.filters)
        # "french films", "customers in Brazil": no count asked, the things themselves
        or (bool(named_values) and not parsed.counted and entity in parsed.subjects)
    )
    if not asks_rows:
        return None
    extra = [d for d in parsed.dimensions if d != entity]
    matched = {f.dimension for f in parsed.filters if f.op == "=" and not f.negate}
    attributes = [
        a
        for a in parsed.attributes
        # "films that have behind the scenes extras": the extra named, not a row per extra
        if a != entity and not (a in matched and catalog.dimensions[a].type == "list")
    ]
    if parsed.rank_attribute is not None:  # "the cheapest films to replace"
        attribute, direction = parsed.rank_attribute
        kind = catalog.dimensions[attribute].type
        named = [a for a in parsed.attributes if catalog.dimensions[a].type == kind]
        if named and attribute not in named:
            parsed.rank_attribute = (named[0], direction)
            parsed.attributes.remove(named[0])
    ranked_by = catalog.dimensions[entity].ranked_by
    if parsed.rank_attribute is None and parsed.direction is not None and ranked_by:
        parsed.rank_attribute = (ranked_by, parsed.direction)  # "the biggest payment"
    if parsed.rank_attribute is not None:
        attribute, direction = parsed.rank_attribute
        home = catalog.dimensions[attribute].sources[0].relation
        average = _average_of(attribute, catalog)
        if home != catalog.dimensions[entity].home and average is not None:
            # "the cheapest category": categories ranked by their films' average rate
            parsed.measures = [(average,)]
            parsed.dimensions = [entity]
            parsed.rank_attribute = None
            parsed.limit = parsed.limit or 1
            return None
    order: tuple[OrderBy, ...] = ()
    limit = None
    if parsed.rank_attribute is not None:
        attribute, direction = parsed.rank_attribute
        attributes.append(attribute)
        order = (OrderBy(key=attribute, direction=direction),)
        limit = max(1, min(parsed.limit or 1, MAX_LIMIT))
    for flt in parsed.filters:  # what a list is filtered on is shown beside it
        if catalog.dimensions[flt.dimension].attribute and flt.op != "=":
            attributes.append(flt.dimension)
    parts = {name for name, _ in catalog.dimensions[entity].parts}  # shown with it already
    shown = [a for a in [*extra, *attributes, *parsed.shown] if a not in parts]
    dimensions = tuple(dict.fromkeys([entity, *shown]))
    return QueryPlan(
        intent="list",
        dimensions=dimensions,
        filters=tuple(parsed.filters),
        time_range=parsed.time_range,
        order=order,
        limit=limit,
        ties=limit is not None,
        exists=exists,
    )


def _swapped(plan: QueryPlan, catalog: Catalog) -> QueryPlan | None:
    """ "Which store is customer 148 registered with": not the stores filtered by a
    customer, but the customer named, with its store beside it."""
    entity = plan.dimensions[0]
    for flt in plan.filters:
        dimension = catalog.dimensions[flt.dimension]
        named = dimension.key is not None or dimension.numbered
        if flt.dimension != entity and flt.op == "=" and not flt.negate and named:
            first = _identified(flt.dimension, catalog) or flt.dimension  # "film 10": the film
            return plan.model_copy(update={"dimensions": (first, *plan.dimensions)})
    return None


_STOCK = "inventory_copies"  # the copies a store has: what "store 1's films" are


def _lacking_among(parsed: ParsedQuestion, catalog: Catalog, mine: bool) -> None:
    """ "For store 1: number of films with zero copies": a value that is not the things'
    own (a film has copies in many stores) says where the lacking rows are looked for,
    not which things: the films with no copy at store 1, not store 1's films with none.
    ``mine``: the asker's own store was said ("films at my store not rented since May")."""
    negated = [e for e in parsed.exists if e[1]]
    if len(negated) != 1:
        return
    named = [d for d in parsed.subjects if not catalog.dimensions[d].attribute]
    entity = named[0] if named else parsed.counted_noun or _counted_entity(parsed, catalog)
    if entity is None:
        return
    candidates, _, inside, period = negated[0]
    relation = catalog.measures[candidates[0]].relation
    stock = catalog.measures.get(_STOCK)
    stores = [f for f in [*inside, *parsed.filters] if f.dimension == "store"]
    if mine and not stores:
        if entity == "film" and stock is not None and relation != stock.relation:
            # the films the asker's stores have copies of (the scope keeps them to theirs)
            parsed.exists.append(((_STOCK,), False, [], None))
        return
    if not parsed.filters:
        return
    home = catalog.dimensions[entity].home

    said = {f.dimension for f in inside}  # "store 1 titles with zero store 1 rentals"
    moved = [  # where the lacking rows are (the copy's store)
        f
        for f in _not_their_own(parsed.filters, entity, home, relation, catalog, direct=True)
        if f.dimension not in said
    ]
    if moved:
        parsed.filters = [f for f in parsed.filters if f not in moved]
        parsed.exists[parsed.exists.index(negated[0])] = (
            candidates,
            True,
            [*inside, *moved],
            period,
        )
        stocked = [f for f in moved if f.dimension == "store" and not f.negate]
        if stocked and entity == "film" and stock is not None and relation != stock.relation:
            # "store 1 horror films with no rentals last week": store 1's films (those it
            # has copies of) that it did not rent, not every film store 1 did not rent
            parsed.exists.append(((_STOCK,), False, stocked, None))


def _none_of_many(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Actors with no Japanese films": a value of the many things each has (an actor's
    films) that none of them has, not the things' rows without it (every actor has some
    film that is not Japanese). With a figure per thing it is not yet planned."""
    named = [
        d for d in [*parsed.subjects, *parsed.dimensions] if not catalog.dimensions[d].attribute
    ]
    if not named or parsed.counted:
        return
    entity = named[0]
    home = catalog.dimensions[entity].home
    for flt in [f for f in parsed.filters if f.negate and f.op == "=" and f.dimension != entity]:
        if catalog.one_per(flt.dimension, home):
            continue  # "customers not in Canada": each has one country
        through = _many_with_one(flt.dimension, entity, catalog)
        if through is None:
            continue  # ("films not in Action": the film's categories, as a whole)
        figured = bool(parsed.measures or parsed.having or parsed.direction)
        if figured and flt.dimension not in parsed.lacking:
            continue  # "films per actor, excluding Japanese films": those rows left out
        if figured:
            parsed.problems.append(
                f"I can't yet count {plural(catalog.dimensions[entity].label.lower())} and "
                f"keep only those with no {catalog.dimensions[through[0]].label.lower()} of a "
                "value in one question: ask for the list of those with none."
            )
            return
        parsed.filters.remove(flt)
        parsed.exists.append(
            ((through[1],), True, [flt.model_copy(update={"negate": False})], None)
        )


_TIMES_OVER = re.compile(
    r"\b(?:more|fewer|less)\s+than\s+\S+\s+times\b|\b(?:at\s+least|at\s+most|over|under|"
    r"exactly)\s+\S+\s+times\b|\b\S+\s+(?:or\s+more|or\s+fewer|\+)\s+times\b",
    re.I,
)


def _times_counted(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Who paid more than five times in April": a number of times counts the events
    (payments), not an amount of them (revenue)."""
    if not _TIMES_OVER.search(text):
        return
    for index, (candidates, op, value) in enumerate(parsed.having):
        if not candidates:
            continue
        measure = catalog.measures[candidates[0]]
        if isinstance(measure.parsed, exp.Count):
            continue
        rows = catalog.rows_measure(measure.relation)
        if rows is not None:
            parsed.having[index] = ((rows,), op, value)
            parsed.measures = [(rows,) if m == candidates else m for m in parsed.measures]


def _many_with_one(dimension: str, entity: str, catalog: Catalog) -> tuple[str, str] | None:
    """The things ``entity`` has many of that the value of ``dimension`` is reached
    through (an actor's films, each in one language), and the measure that counts them;
    None when the value is the entity's own (a film's categories)."""
    found = catalog.find_source(dimension, catalog.dimensions[entity].home)
    if found is None:
        return None
    steps = found[1]
    many = next((i for i, step in enumerate(steps) if not step.to_one), None)
    if many is None:
        return None
    for step in steps[many + 1 :]:
        for name, thing in catalog.dimensions.items():
            if thing.attribute or name in (entity, dimension) or thing.key is None:
                continue
            if step.target == thing.home or step.source_column == thing.key_column:
                counting = _counting_measure(name, catalog)
                return (name, counting) if counting is not None else None
    return None


def _period_of_what_lacks(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Between 17 and 23 August, customers without any rental": things with no date of
    their own listed with a period lack the events of that period."""
    entity = parsed.subjects[0]
    undated = [e for e in parsed.exists if e[3] is None]
    if (
        parsed.time_range is None
        or len(parsed.exists) != 1
        or not undated
        or catalog.dimensions[entity].attribute
        or catalog.dimensions[entity].type in ("date", "timestamp")
        # "films released in 2022 with no rentals": the year is the release year's
        or any(catalog.dimensions[a].type == "year" for a in parsed.attributes)
    ):
        return
    candidates, negate, inside, _ = undated[0]
    if catalog.measures[candidates[0]].time_column is None:
        return
    parsed.exists = [(candidates, negate, inside, parsed.time_range)]
    parsed.time_range = None


def _listed_part(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "List the active customers in Argentina", "active customers - ids": the customers
    themselves, those whose yes/no attribute the counting measure filters on, not their
    count."""
    if not parsed.listed or parsed.counted or len(parsed.measures) != 1:
        return
    if parsed.dimensions or parsed.having or parsed.grain or parsed.direction is not None:
        return
    measure = catalog.measures[parsed.measures[0][0]]
    if measure.part_of is None or not isinstance(measure.parsed, exp.Filter):
        return
    condition = measure.parsed.expression.this  # count(*) filter (where active)
    if not isinstance(condition, exp.Column):
        return
    flag = next(
        (
            name
            for name, d in catalog.dimensions.items()
            if d.type == "boolean"
            and d.sources[0].relation == measure.relation
            and d.sources[0].expression == condition.name
        ),
        None,
    )
    entity = next(
        (
            name
            for name, d in catalog.dimensions.items()
            if not d.attribute and d.home == measure.relation
        ),
        None,
    )
    if flag is None or entity is None:
        return
    parsed.measures = []
    parsed.subjects = [entity, *(d for d in parsed.subjects if d != entity)]
    parsed.filters.append(Filter(dimension=flag, values=("true",)))


_ASKS_ROWS = re.compile(r"\b(?:list|show|which|what|give|ids?|numbers?|each|every|all)\b", re.I)


def _anonymous_counted(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Comedy copies at store 1": a bare noun phrase about things known only by their
    number (copies) asks how many; their numbers are listed when asked for ("list the
    comedy copies", "copy ids")."""
    if len(parsed.subjects) != 1 or parsed.measures or not parsed.described_measures:
        return
    if parsed.listed or parsed.which or parsed.attributes or parsed.dimensions[1:]:
        return
    if parsed.exists or parsed.having or parsed.direction is not None or _ASKS_ROWS.search(text):
        return
    dimension = catalog.dimensions[parsed.subjects[0]]
    if not dimension.counted_when_bare:
        return  # (stores in Brazil: listed; customers: a list or a count, as asked)
    parsed.measures = list(parsed.described_measures[:1])
    parsed.subjects = []
    parsed.dimensions = [d for d in parsed.dimensions if d != dimension.name]


_WHICH_EVENTS = re.compile(
    r"\b(?:which|what|list|show\s+me|show)\s+(?:the\s+|all\s+|of\s+the\s+|every\s+|each\s+)*"
    r"(?P<noun>payments?|rentals?|transactions?)\b",
    re.I,
)


def _dates_shown(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Customer 75's payments in March with date and amount": each payment's own date
    shown beside it, not the payments counted by day."""
    if parsed.grain != "day" or parsed.grain_by or not _DATE_WORD.search(text):
        return
    if parsed.dimensions[1:] or parsed.counted or parsed.direction is not None:
        return
    rows = [catalog.dimensions[s].home for s in parsed.subjects[:1]] or [
        catalog.measures[m[0]].relation for m in parsed.measures[:1]
    ]
    own = [a for a in parsed.attributes if catalog.dimensions[a].sources[0].relation in rows]
    dated = catalog.date_dimension(rows[0], catalog.rows_date(rows[0])) if rows else None
    if dated is None or not own or len(own) != len(parsed.attributes):
        return
    parsed.grain = None
    parsed.attributes.append(dated)


_DATE_WORD = re.compile(r"\bdates?\b", re.I)


def _events_listed(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Which payments over $10 did my store take in July?", "customer 75's payments in
    March with date and amount": those payments, listed, not their number nor their total."""
    if not parsed.measures or parsed.grain or parsed.trend or parsed.subjects:
        return
    if parsed.counted or parsed.having or parsed.direction is not None or parsed.share:
        return
    relation = catalog.measures[parsed.measures[0][0]].relation
    rows = catalog.rows_measure(relation)
    row = next(
        (n for n, d in catalog.dimensions.items() if d.home == relation and d.numbered), None
    )
    if row is None or any(catalog.measures[m[0]].relation != relation for m in parsed.measures):
        return
    own = bool(parsed.attributes) and all(  # their own amount and date asked beside them
        catalog.dimensions[a].sources[0].relation == relation for a in parsed.attributes
    )
    if any(d != row for d in parsed.dimensions) or (parsed.dimensions and not own):
        return  # ("payment id, date and amount": the payments themselves, by their ids)
    if _WHICH_EVENTS.search(text) is None and not own:
        return
    conditions: list[ExistsPart] = []
    for said_measure in parsed.measures:
        measure = catalog.measures[said_measure[0]]
        if measure.part_of is not None:  # "which rentals came back late", "... are still out"
            conditions.append((said_measure, False, [], None))
        elif said_measure[0] != rows and measure.parsed.find(exp.Sum) is None:
            return  # (only a verb's total is set aside: "which payments did my store take")
    parsed.exists.extend(conditions)
    parsed.measures = []
    parsed.subjects = [row]
    parsed.dimensions = []
    parsed.listed = True


def _first_row_asked(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Customer 5's first payment since April, payment id": the payment made first,
    listed (its date beside it), not the first date of each payment."""
    if len(parsed.measures) != 1 or len(parsed.dimensions) != 1 or parsed.subjects:
        return
    measure = catalog.measures[parsed.measures[0][0]]
    bound = measure.parsed
    row = parsed.dimensions[0]
    if measure.format != "date" or not isinstance(bound, exp.Min | exp.Max):
        return
    if catalog.dimensions[row].home != measure.relation:
        return  # (only the rows themselves: "first rental per customer" is a breakdown)
    dated = catalog.date_dimension(measure.relation, bound.this.sql())
    if dated is None:
        return
    direction: Direction = "asc" if isinstance(bound, exp.Min) else "desc"
    parsed.measures = []
    parsed.subjects = [row]
    parsed.rank_attribute = (dated, direction)
    parsed.direction = direction
    parsed.limit = 1


def _things_in_both(parsed: ParsedQuestion, catalog: Catalog) -> bool:
    """Whether the question counts or lists things (customers, films) that may be at one
    store, the other or both, not events (a rental is at one store) nor the stores."""
    if "store" in parsed.dimensions:
        return False
    nouns = [parsed.counted_noun] if parsed.counts_things else []
    nouns += [catalog.entity_counted(m[0]) for m in parsed.measures[:1] if parsed.counted]
    nouns += [d for d in parsed.subjects if not catalog.dimensions[d].attribute]
    return any(
        n not in (None, "store") and catalog.rows_date(catalog.dimensions[n].home) is None
        for n in nouns
    )


def _some_but_never(parsed: ParsedQuestion) -> None:
    """ "Customers who rented Horror but never a Comedy": some rentals of one value and
    none of the other, not rentals that are Horror and not Comedy at once."""
    for at, (candidates, negate, filters, period) in enumerate(list(parsed.exists)):
        said = {f.dimension for f in filters if not f.negate}
        lacking = [f for f in filters if f.negate and f.op == "=" and f.dimension in said]
        if negate or not lacking:
            continue
        kept = [f for f in filters if f not in lacking]
        parsed.exists[at] = (candidates, False, kept, period)
        lacked = [f.model_copy(update={"negate": False}) for f in lacking]
        parsed.exists.append((candidates, True, lacked, period))


_HAVING = re.compile(
    r"\b(?:how\s+many|(?:the\s+)?(?:number|count)\s+of)\s+(?:of\s+(?:our|the|my|your)\s+)?"
    r"(?:[\w-]+\s+){1,12}?"
    r"(?:have|has|had|having|with|got|who\s+(?:have|has|had)|that\s+(?:have|has|had))\b",
    re.I,
)


def _counted_having(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "How many customers have late returns", "how many films have rentals in July": the
    things counted are those with some of the events named (a condition), not the things
    and the events each totalled, nor the events alone."""
    if not parsed.counted or parsed.exists or parsed.having or len(parsed.measures) != 2:
        return
    things, events = parsed.measures
    # ("how many distinct customers have ...": the customers, though no noun was counted)
    entity = parsed.counted_noun or catalog.entity_counted(things[0])
    said = _HAVING.search(text)
    if entity is None or entity == "copy" or said is None or " and " in said[0]:
        return  # ("how many customers and stores do we have": both counted)
    if not any(catalog.entity_counted(m) == entity for m in things):
        return
    home = catalog.dimensions[entity].home
    relation = catalog.measures[events[0]].relation
    if relation == home:
        return
    moved = _not_their_own(parsed.filters, entity, home, relation, catalog)
    if "store" in text[said.end() :]:  # "customers with rentals at store 2": the rentals'
        moved += [
            f
            for f in parsed.filters
            if f.dimension == "store" and f not in moved and catalog.find_source("store", relation)
        ]
    parsed.filters = [f for f in parsed.filters if f not in moved]
    parsed.measures = [things]
    parsed.exists.append((events, False, moved, parsed.time_range))
    parsed.time_range = None


# "customers with a rental still out", "customers who have late returns"
_WHO_HAVE = re.compile(
    r"\b(?:with|having|who\s+(?:have|has|had|still\s+have)|that\s+(?:have|has|had))\b", re.I
)


def _those_having(
    things: tuple[str, ...], events: tuple[str, ...], catalog: Catalog, text: str
) -> str | None:
    """The entity ``things`` counts when ``events`` is a state of another relation's rows
    said of them ("customers with a rental still out", "customers who have late returns"),
    so that the state is a condition on the things, not a figure beside them; else None."""
    entity = catalog.entity_counted(things[0])
    state = catalog.measures[events[0]]
    if entity is None or state.part_of is None:  # (only a state: "still out", "late")
        return None
    if state.relation == catalog.dimensions[entity].home or _WHO_HAVE.search(text) is None:
        return None
    return entity


def _threshold_of_those_having(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Countries with more than 6 customers with a rental still out": the groups with
    over 6 of the customers who have some of those rentals (a condition on the customers
    counted), not the customers and the rentals each totalled."""
    if parsed.counted or parsed.exists or len(parsed.having) != 1:
        return
    things, op, value = parsed.having[0]
    if not things:
        return
    others = [m for m in parsed.measures if not set(m) & set(things)]
    if len(others) != 1 or len(parsed.measures) - len(others) > 1:
        return
    if _those_having(things, others[0], catalog, text) in (None, "copy"):
        return
    parsed.measures = [things]
    parsed.having = [(things, op, value)]
    parsed.exists.append((others[0], False, [], None))


def _ranked_those_having(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Which country do most of the customers with a rental still out live in": the
    groups ranked by those customers (a condition on them), not by the rentals."""
    if parsed.direction is None or parsed.exists or parsed.having or parsed.counted:
        return
    if len(parsed.measures) != 2 or not parsed.dimensions:
        return
    things, events = parsed.measures
    if _those_having(things, events, catalog, text) in (None, "copy"):
        return
    parsed.measures = [things]
    parsed.exists.append((events, False, [], None))


def _those_having_by_group(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Customers with a rental still out, by home store": the customers who have some
    of those rentals, counted per group (not the rentals)."""
    if parsed.counted or parsed.exists or parsed.having or not parsed.dimensions:
        return
    if len(parsed.measures) != 1 or len(parsed.subjects) != 1 or not parsed.noun_measures:
        return
    entity, (events,), things = parsed.subjects[0], parsed.measures, parsed.noun_measures[0]
    if catalog.dimensions[entity].attribute:
        return
    if _those_having(things, events, catalog, text) != entity:
        return
    parsed.measures = [things]
    parsed.subjects = []
    parsed.noun_measures = []
    parsed.exists.append((events, False, [], None))


# "did Action or Comedy rent more? give me both numbers": the figures of each, not the one
_ALL_ANSWERS = re.compile(
    rf"\b(?:both|each|all)\s+(?:of\s+)?(?:the\s+)?{_ANSWER_NOUNS}\b|\bside\s+by\s+side\b"
    rf"|\b{_ANSWER_NOUNS}\s+(?:for|of)\s+(?:both|each|all)\b",  # "numbers for both"
    re.I,
)


def _every_one_compared(plan: QueryPlan) -> QueryPlan:
    """The top one of a few values named, shown with the others when all figures are asked."""
    named = [f for f in plan.filters if f.dimension in plan.dimensions[:1] and len(f.values) > 1]
    if plan.limit != 1 or not named:
        return plan
    return plan.model_copy(update={"limit": None, "ties": False})


# "more at store 2 than at store 1", "fewer store-2 rentals than store-1": one value against
# another (not a threshold: "more than 30")
_MORE_THAN_VALUE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|smaller|larger)\b[^.?!]*?\bthan\s+"
    r"(?:(?:from|at|in|for|on|with|by)\s+)?(?:the\s+)?(?!\$?\d)",
    re.I,
)
_EVENTS = frozenset({"rental", "payment"})


def _each_against_another(parsed: ParsedQuestion, text: str, catalog: Catalog) -> str | None:
    """ "How many customers rent more from store 2 than from store 1": each customer's
    rentals at one store against their rentals at the other, which no plan compares (it
    ranked the two stores); a reason, or None when the values themselves are compared
    ("did store 2 rent more than store 1")."""
    if _MORE_THAN_VALUE.search(text) is None:
        return None
    pair = next(
        (
            f.dimension
            for f in parsed.filters
            if len(f.values) == 2 and f.op == "=" and not f.negate
        ),
        None,
    )
    if pair is None:
        return None
    counted = [catalog.entity_counted(m[0]) for m in parsed.measures if m]
    things = [d for d in parsed.dimensions if d != pair] + sorted(
        {c for c in counted if c is not None} - {pair, *_EVENTS}
    )
    if not things:
        return None
    thing, value = (catalog.dimensions[d].label.lower() for d in (things[0], pair))
    return (
        f"I can compare the {plural(value)} with each other, not each of the {plural(thing)} "
        f"at one against another: ask for the figures by {thing} and {value}."
    )


_FOR_EVERY = re.compile(r"\b(?:for|to)\s+(?:every|each)\s+(?:single\s+)?([\w-]+)", re.I)


def _one_for_every_other(parsed: ParsedQuestion, text: str) -> bool:
    """ "How many R-rated films for every G-rated film": one value's count over another's,
    where both values are one condition of "or" (which would sum them)."""
    said = {m[1].lower().removesuffix("-rated") for m in _FOR_EVERY.finditer(text)}
    return any(
        len(f.values) == 2
        and bool({x for v in f.values for x in (str(v).lower(), plural(str(v).lower()))} & said)
        for f in parsed.filters
        if not f.negate
    )


def _each_of_both(parsed: ParsedQuestion, catalog: Catalog) -> str | None:
    """ "Films with both RIP WINSLET and SEAN WILLIAMS": a thing has several values of the
    dimension (a film several actors), so "both" asks for each of them, not either: one
    condition per value. A reason when "both" joins values that cannot be so."""
    named = [d for d in parsed.subjects if not catalog.dimensions[d].attribute]
    entity = named[0] if named else parsed.counted_noun or _counted_entity(parsed, catalog)
    home = catalog.dimensions[entity].home if entity is not None else None
    for flt in list(parsed.filters):
        if len(flt.values) < 2 or flt.op != "=" or flt.negate:
            continue
        dimension = catalog.dimensions[flt.dimension]
        if dimension.type == "list":
            continue  # "with both trailers and commentaries": a list holds every value said
        if home is None or catalog.one_per(flt.dimension, home):
            label = dimension.label.lower()
            return f"A thing has one {label}: it can't have both at once."
        at = parsed.filters.index(flt)
        each = [flt.model_copy(update={"values": (v,)}) for v in flt.values]
        events = _events_counted_over(parsed, catalog, entity)
        if events is None:
            parsed.filters[at : at + 1] = each
            continue
        # "how many customers rented both a Music and a Travel film": customers with some
        # rentals of each, not rentals that are of both at once
        parsed.filters.remove(flt)
        parsed.measures = [(events[0],)]
        parsed.exists += [((events[1],), False, [f], parsed.time_range) for f in each]
        parsed.time_range = None
    return None


def _events_counted_over(
    parsed: ParsedQuestion, catalog: Catalog, entity: str | None
) -> tuple[str, str] | None:
    """For a count of ``entity`` made over other rows (renting customers: customers among
    the rentals), the measure counting the entity's own rows and the one counting those
    rows; None for anything else."""
    if entity is None or len(parsed.measures) != 1 or parsed.dimensions or parsed.exists:
        return None
    measure = catalog.measures[parsed.measures[0][0]]
    if catalog.entity_counted(measure.name) != entity:
        return None
    own = _counting_measure(entity, catalog)
    rows = catalog.rows_measure(measure.relation)
    if measure.distinct_column is None or own is None or rows is None or own == measure.name:
        return None
    return own, rows


def _total_over_described(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Total replacement cost of the DVDs that are still out", "... of copies never
    rented": the total over the things named (each copy), those the condition picks (with
    an unreturned rental), not a count of them nor a total over the films."""
    if len(parsed.subjects) != 1 or not parsed.measures:
        return
    entity = parsed.subjects[0]
    home = catalog.dimensions[entity].home
    summed = [
        m
        for m in parsed.measures
        if isinstance(catalog.measures[m[0]].parsed.find(exp.Sum), exp.Sum)
    ]
    others = [m for m in parsed.measures if m not in summed]
    parts = [m for m in others if catalog.measures[m[0]].part_of is not None]
    if len(summed) != 1 or others != parts or len(parts) > 1 or (parts and parsed.exists):
        return
    rows = catalog.rows_measure(home) if home is not None else None
    total = _summed_over_rows([summed[0][0], rows], catalog) if rows is not None else []
    if len(total) != 1 or catalog.measures[total[0]].relation != home:
        return
    parsed.measures = [(total[0],)]
    parsed.noun_measures = []
    parsed.subjects = []
    parsed.dimensions = [d for d in parsed.dimensions if d != entity]
    parsed.listed = False
    if parts:
        parsed.exists.append((parts[0], False, [], None))


_ASKS_ID = re.compile(r"\bids?\b(?!\s*#?\s*\d)", re.I)


def _id_of_named(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "ZORRO ARK film id", "the internal id of 'Zorro Ark'": the thing named, listed
    with its id, not a count of 1."""
    if not parsed.asks_id or parsed.dimensions or parsed.subjects or parsed.exists:
        return
    named = [
        f
        for f in parsed.filters
        if f.op == "="
        and not f.negate
        and len(f.values) == 1
        and catalog.dimensions[f.dimension].key is not None
    ]
    if len(named) != 1 or len(parsed.filters) != 1:
        return
    entity = named[0].dimension
    own = [m for m in parsed.measures if catalog.entity_counted(m[0]) == entity]
    if parsed.measures != own:
        return
    parsed.measures, parsed.noun_measures = [], []
    parsed.subjects, parsed.dimensions, parsed.listed = [entity], [entity], True


def _listed_by_id(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "List the ids of all payments above $10 made in April", "list the 11.99 payments",
    "which payments did customer 148 make in July? ids please": the payments themselves,
    by their ids, not their number."""
    asked = parsed.asks_id or bool(parsed.filters)  # "which payments did customer 148 make"
    measures = list(dict.fromkeys(parsed.measures))  # "payment ids of the 11.99 payments"
    if not ((parsed.listed or parsed.which) and asked) or parsed.counted or len(measures) != 1:
        return
    if parsed.share or parsed.growth or parsed.average or parsed.comparison is not None:
        return  # "what's the percentage change in store 1 rentals": a figure
    if parsed.dimensions or parsed.subjects or parsed.having or parsed.direction is not None:
        return
    counted = catalog.measures[measures[0][0]]
    rows = _row_thing(counted.relation, catalog)
    if rows is None or not isinstance(counted.parsed, exp.Count):
        return
    parsed.measures, parsed.noun_measures = [], []
    parsed.subjects, parsed.dimensions = [rows], [rows]


def _attribute_of_numbered(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Rental #10999 - amount paid?", "pmt amt for rental id 4000": the attribute of
    the rows of its relation that the number names (that rental's payments, with their
    amount)."""
    if parsed.subjects or parsed.dimensions or parsed.measures or not parsed.attributes:
        return
    if not parsed.filters or not all(_names_one_row(f, catalog) for f in parsed.filters):
        return
    relation = catalog.dimensions[parsed.attributes[0]].sources[0].relation
    if any(catalog.find_source(f.dimension, relation) is None for f in parsed.filters):
        return
    rows = _row_thing(relation, catalog)
    if rows is not None:
        parsed.subjects = [rows]


def _row_thing(relation: str, catalog: Catalog) -> str | None:
    """The thing one row of ``relation`` is, named by its number (a payment, a rental),
    if the catalog has exactly one."""
    found = [
        name
        for name, d in catalog.dimensions.items()
        if d.numbered_as and not d.attribute and d.sources[0].relation == relation
    ]
    return found[0] if len(found) == 1 else None


def _ranked_subject(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Of the comedies rented, which one has been rented the fewest times": the things
    asked for are what is ranked by the measure, one row each; so are those sorted by it
    ("customers by revenue", "films ranked by rentals"): each one's revenue, not the total."""
    by_measure = (  # (the "by" read as "per" when it divides: "revenue per rental")
        bool(parsed.measures)
        and all(m in parsed.per_measures for m in parsed.measures)
        and not parsed.counted
        and not parsed.having
    )
    if parsed.direction is None and not by_measure:
        return
    if not parsed.measures or parsed.dimensions or parsed.grain:
        return
    named = [d for d in parsed.subjects if not catalog.dimensions[d].attribute]
    if len(named) == 1 and parsed.rank_attribute is None:
        parsed.dimensions = named


_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.I)
_IN_THE_CATALOGUE = re.compile(
    r"\b(?:in|from|of)\s+(?:the|our|the\s+whole|our\s+whole|the\s+entire)\s+catalog(?:ue)?\b", re.I
)
# "split takings into before noon, noon to 6pm and 6pm onwards": bands named by the asker
_INTO_BANDS = re.compile(
    r"\b(?:split|break|divide|bucket|group|band)\w*\b[^.?!]*?\binto\b[^.?!]*?"
    r"(?:\d|\b(?:noon|midnight|morning|afternoon|evening|night|before|after|onwards|under|over"
    r"|between|cheap|expensive|short|long)\b)[^.?!]*?(?:,|\band\b|\bor\b)",
    re.I,
)
# "customers whose first rental was in June", "who paid for the last time before May",
# "first-time renters in July": a period holding each one's own first (last) event, said
# as the things with some of those events in it, the period then applied to the first
_EDGE = r"(?:very\s+)?(?P<edge>first|1st|earliest|last|latest|most\s+recent|final)"
_EDGE_EVENT = r"(?P<event>rental|payment|purchase|transaction|visit)s?"
_EDGE_PERIOD = r"(?P<period>(?:in|on|during|before|after|since|between|from|within)\b)"
_EDGE_FORMS = (
    re.compile(  # "whose first rental was in June"
        rf"\bwhose\s+{_EDGE}\s+{_EDGE_EVENT}\s+(?:(?:was|were|is|came|happened|fell|took\s+"
        rf"place)\s+)?{_EDGE_PERIOD}",
        re.I,
    ),
    re.compile(  # "(who) made their first rental in June"
        rf"\b(?P<who>who|that|customers|clients|members|people|renters)\s+(?:have\s+|had\s+)?"
        rf"(?:made|had|did|paid|placed)\s+(?:their|his|her)\s+{_EDGE}\s+{_EDGE_EVENT}\s+"
        rf"{_EDGE_PERIOD}",
        re.I,
    ),
    re.compile(  # "(who) rented for the first time in June"
        rf"\b(?P<who>who|that|customers|clients|members|people|renters)\s+(?:have\s+)?"
        rf"(?P<event>rent|pai|visit|came)(?:ed|d)?(?:\s+in)?(?:\s+(?:from|with|at)\s+(?:us|our\s+\w+))?"
        rf"\s+for\s+the\s+{_EDGE}\s+time\s+"
        rf"{_EDGE_PERIOD}",
        re.I,
    ),
    re.compile(  # "who first rented in June"
        rf"\b(?P<who>who|that|customers|clients|members|people|renters)\s+{_EDGE}\s+"
        rf"(?P<event>rent|pai|visit|came)(?:ed|d)?(?:\s+in)?\s+{_EDGE_PERIOD}",
        re.I,
    ),
    re.compile(  # "first-time renters in July"
        rf"\b(?P<edge>first)[-\s]time\s+(?P<who>renters|customers|payers)\s+{_EDGE_PERIOD}",
        re.I,
    ),
)
_PAID = frozenset({"payment", "purchase", "transaction", "pai"})  # (else rentals)
_EDGE_WHO = dict.fromkeys(("payers", "renters", "people", "members", "clients"), "customers")


def _on_edge(question: str) -> tuple[str, Literal["first", "last"]] | None:
    """The question with its "whose first rental was in June" said as "with rentals in
    June", and which edge ("first"); None when it names no such period."""
    for form in _EDGE_FORMS:
        found = form.search(question)
        if found is None:
            continue
        words = found.groupdict()
        event = (words.get("event") or "rent").lower()
        paid = event in _PAID or words.get("who") == "payers"
        noun = "payments" if paid else "rentals"
        who = (words.get("who") or "who").lower()  # ("customers who ...": customers with)
        lead = "with" if who in ("who", "that") else f"{_EDGE_WHO.get(who, who)} with"
        said = f"{lead} {noun} {words['period']}"
        edge: Literal["first", "last"] = "first" if words["edge"].lower() in _FIRSTS else "last"
        return f"{question[: found.start()]}{said}{question[found.end() :]}", edge
    return None


_FIRSTS = ("first", "1st", "earliest")


def _by_edge(
    planned: QueryPlan | Unanswerable, edge: Literal["first", "last"], catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """``planned`` (the things with some events in a period) with the period holding
    their ``edge`` event instead; refused unless it has one such condition."""
    if isinstance(planned, Unanswerable):
        return planned
    dated = [e for e in planned.exists if not e.negate and e.time_range is not None]
    if len(dated) != 1:
        return _not_understood(catalog, role, _NO_EDGE)
    exists = tuple(
        e.model_copy(update={"edge": edge}) if e is dated[0] else e for e in planned.exists
    )
    return _restated(planned.model_copy(update={"exists": exists}), planned, catalog)


# "week 24", "wk 18 of 2022", "ISO week 21": the ISO week of that number (Monday to Sunday)
_ISO_WEEK = re.compile(
    r"(?<![\d-])\b(?:the\s+)?(?:(?:iso|calendar)\s+)?(?:week|wk)\.?\s*(?:no\.?\s*|number\s+|#\s*)?"
    r"(?P<n>\d{1,2})\b(?![/.]\d)"
    rf"(?!\s*(?:(?:of|in)\s+)?(?:{'|'.join(m[:3] for m in MONTH_NAMES)})[a-z]*\b)"
    r"(?!\s*(?:-|to|through|and)\s*\d)(?!\s*(?:days?|weeks?|months?|hours?|%)\b)"
    r"(?:\s*(?:,|of|in)?\s*(?P<y>(?:19|20)\d\d|'\d\d)\b)?",
    re.I,
)


def _week_numbered(said: re.Match[str], as_of: date) -> str:
    """ "week 24" as "the week of 13 June 2022": the ISO week of that number in the year
    said, else the latest one not after ``as_of``; as said when there is none."""
    number = int(said["n"])
    year = said["y"]
    years = [int(year) if year[0] != "'" else 2000 + int(year[1:])] if year else None
    for candidate in years or [as_of.year, as_of.year - 1]:
        try:
            monday = date.fromisocalendar(candidate, number, 1)
        except ValueError:
            return said[0]
        if years or monday <= as_of:
            return f"the week of {monday.day} {MONTH_NAMES[monday.month - 1]} {monday.year}"
    return said[0]


# "..., longest first", "sorted by rental rate descending": the order of a list
_SORTED_AT_THE_END = re.compile(
    r"\s*[,;:-]?\s*(?:(?P<first>longest|shortest|newest|oldest|latest|earliest|highest|lowest"
    r"|biggest|smallest|largest|cheapest|priciest|dearest|most\s+expensive)\s+(?:ones?\s+)?first"
    r"|(?:sorted|ordered|sort|order|ranked)\s+(?:them\s+)?by\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<key>[a-z][a-z ]*?)(?:\s*,?\s*(?P<dir>desc(?:ending)?|asc(?:ending)?"
    r"|(?:high|low)(?:est)?\s+"
    r"(?:to\s+(?:high|low)(?:est)?|first)|(?:largest|biggest|smallest|longest|shortest)\s+first))?)"
    r"\s*[.?!]*\s*$",
    re.I,
)
_LOW_FIRST = ("shortest", "oldest", "earliest", "lowest", "smallest", "cheapest")
_SORT_KINDS = {
    "longest": ("minutes",), "shortest": ("minutes",), "newest": ("year", "timestamp", "date"),
    "oldest": ("year", "timestamp", "date"), "latest": ("timestamp", "date", "year"),
    "earliest": ("timestamp", "date", "year"),
}  # fmt: skip


def _sorted_as_said(
    planned: QueryPlan, said: re.Match[str], catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """A list put in the order said at its end ("longest first": by length, descending)
    by one of the values it shows; refused when the order names none of them."""
    shown = [d for d in planned.dimensions[1:] if catalog.dimensions[d].attribute]
    word = (said["first"] or "").lower()
    if word:
        kinds = _SORT_KINDS.get(word, ("money", "number", "minutes", "year"))
        keys = [d for d in shown if catalog.dimensions[d].type in kinds]
        descending = word not in _LOW_FIRST
    else:
        named = said["key"].strip().lower()
        keys = [
            d
            for d in shown
            if named in (d.replace("_", " "), *catalog.dimensions[d].synonyms)
            or named == catalog.dimensions[d].label.lower()
        ]
        direction = (said["dir"] or "asc").lower()
        descending = direction.startswith(("desc", "high", "largest", "biggest", "longest"))
    if len(keys) != 1:
        return _not_understood(
            catalog, role, "I couldn't tell which of the values shown to sort the list by."
        )
    order = (OrderBy(key=keys[0], direction="desc" if descending else "asc"),)
    return _restated(planned.model_copy(update={"order": order}), planned, catalog)


# "the range of replacement costs", "film length range (max - min)", "highest minus lowest"
_HIGH_LESS_LOW = (
    r"(?:highest|max(?:imum)?|biggest|largest|longest|dearest)\s*(?:-|minus)\s*(?:the\s+)?"
    r"(?:lowest|min(?:imum)?|smallest|shortest|cheapest)"
)
_RANGE_ASKED = re.compile(
    r"\brange\s+(?:of|in|for|across)\b(?!\s+(?:\$?\d|between))"
    r"|\b(?!(?:the|a|price|age|date|time|in|within|that|this)\b)[a-z]+\s+range\b"
    r"(?!\s+(?:of|from|between)?\s*\$?\d)"
    rf"|\b{_HIGH_LESS_LOW}\b",
    re.I,
)
# "the widest range of movies": how many different ones, not a spread of values
_RANGE_OF_THINGS = re.compile(
    r"\b(?:widest|wide|wider|broad(?:est|er)?|narrow(?:est|er)?|whole|full|entire|large|huge|biggest"
    r"|largest|smallest|good|great|diverse|same|different)\s+range\b",
    re.I,
)
_RANGE_WORDS = (
    (
        re.compile(
            rf",?\s*\(?\s*(?:the\s+)?{_HIGH_LESS_LOW}\s*\)?",
            re.I,
        ),
        "",
    ),
    (re.compile(r"\b(?:the\s+)?range\s+(?:of|in|for|across)\s+", re.I), "the highest and lowest "),
    (re.compile(r"\b((?:[a-z]+\s+)?[a-z]+)\s+range\b", re.I), r"highest and lowest \1"),
)


def _titles_with(question: str, word: str, known: KnownValues | None) -> bool:
    """Whether ``question`` names a film whose title holds ``word``."""
    if known is None:
        return False
    said = question.upper()
    return any(word.upper() in title.split() and title in said for title in known.films)


def _range_as_ends(question: str) -> str:
    """ "The range of replacement costs" said as "the highest and lowest replacement costs"."""
    for pattern, said in _RANGE_WORDS:
        question = pattern.sub(said, question, count=1)
    return question


def _as_range(
    planned: QueryPlan | Unanswerable, catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """The highest and lowest value of one attribute, and the one less the other."""
    if isinstance(planned, Unanswerable):
        return planned
    ends = [catalog.measures[m].parsed for m in planned.measures]
    columns = {
        e.this.name
        for e in ends
        if isinstance(e, (exp.Max, exp.Min)) and isinstance(e.this, exp.Column)
    }
    plain = not (planned.dimensions or planned.time_grain or planned.derived or planned.comparison)
    kinds = [type(e) for e in ends]
    if not plain or kinds != [exp.Max, exp.Min] or len(columns) != 1:
        return _not_understood(
            catalog,
            role,
            "I can give the range (highest less lowest) of one value of single rows, like the "
            "replacement cost or a payment's amount: ask for the highest and lowest of others.",
        )
    return _restated(planned.model_copy(update={"derived": "range"}), planned, catalog)


# "the three most recent payments", "the first 5 rentals": rows by their own dates
_LATEST_ROWS = re.compile(
    rf"\b(?:the\s+|our\s+|my\s+)?(?:(?P<n>{_HOW_MANY})\s+)?(?:very\s+)?"
    r"(?P<edge>most\s+recent|latest|newest|last|earliest|oldest|first)\s+"
    rf"(?(n)|(?P<m>{_HOW_MANY})\s+)"
    r"(?P<noun>payments|rentals|transactions)\b",
    re.I,
)
_ROWS_DATED = {"payments": "payment", "transactions": "payment", "rentals": "rental"}


def _latest_rows(
    planned: QueryPlan | Unanswerable, said: re.Match[str], catalog: Catalog, role: str
) -> QueryPlan | Unanswerable:
    """The rows counted in ``planned`` ("payments at my store") listed by their own date,
    the newest (oldest) N of them, ties kept."""
    if isinstance(planned, Unanswerable):
        return planned
    entity = _ROWS_DATED[said["noun"].lower()]
    home = catalog.dimensions[entity].home
    counted = [catalog.measures[m].relation for m in planned.measures]
    listed = planned.intent == "list" and planned.dimensions[:1] == (entity,)
    plain = not (planned.time_grain or planned.exists or planned.having or planned.derived)
    if not plain or not (listed or (counted == [home] and not planned.dimensions)):
        return _not_understood(
            catalog, role, f"I can only list the newest or oldest {said['noun']} themselves."
        )
    dated = catalog.date_dimension(home, catalog.rows_date(home))
    if dated is None:
        return _not_understood(catalog, role, f"The {said['noun']} have no date to order by.")
    limit = _how_many(said["n"] or said["m"])
    newest = said["edge"].lower() not in ("earliest", "oldest", "first")
    shown = tuple(d for d in (catalog.dimensions[entity].ranked_by,) if d)
    plan = QueryPlan(
        intent="list",
        dimensions=(entity, dated, *shown),
        time_range=planned.time_range,
        filters=planned.filters,
        order=(OrderBy(key=dated, direction="desc" if newest else "asc"),),
        limit=min(limit, MAX_LIMIT),
        ties=True,
    )
    return _restated(plan, planned, catalog)


_NO_EDGE = (
    "I can't yet pick things by the date of their own first or last event: ask for those "
    "with none since that date instead."
)
# "customers whose last payment was before June 1": the date of each one's own last event
_WHOSE_LAST = re.compile(
    r"\b(?:whose|(?:customers|clients|members|people|renters|who)\s+(?:\w+\s+)?(?:made|had|did|"
    r"paid|rented)\s+their)\s+(?:very\s+)?(?:last|latest|first|earliest|most\s+recent|newest|oldest)"
    r"\s+(?:payments?|rentals?|purchases?|visits?|returns?|transactions?|orders?|sales?)\b"
    r"|\b(?:customers|clients|members|people|renters|who)\s+(?:\w+\s+)?(?:rented|paid|bought|"
    r"came\s+in|visited)\s+for\s+the\s+(?:very\s+)?(?:first|last)\s+time\b"
    r"|\b(?:customers|clients|members|people|renters)\s+who\s+(?:first|last)\s+(?:rental|payment)\b",
    re.I,
)
# "single-genre titles", "films in just one category": a count of each film's genres
_GENRES_OF_EACH = re.compile(
    r"\b(?:single|one|two|several|multiple)[-\s]+(?:genre|category)\b(?!\s+(?:of|name|id|is|was))"
    r"|\b(?:in|to|with|across)\s+(?:only\s+|just\s+|exactly\s+)?(?:one|two|several|multiple"
    r"|more\s+than\s+one)\s+(?:genres|categories)\b",
    re.I,
)
# "copies out vs in", "how many are out and how many are on the shelf": two states side by side
_OUT_AND_IN = re.compile(
    r"\b(?:still\s+)?out\b(?:\s+with\s+customers?)?(?:\s+(?:at\s+the\s+moment|right\s+now|now))?"
    r"\s*,?\s*(?:vs\.?|versus|and|or|against)\s+(?:how\s+many\s+)?(?:are\s+)?"
    r"(?:in|on\s+the\s+shel(?:f|ves)|in\s+stock|available|not\s+still\s+out)"
    r"(?=\s*(?:$|[?.!,;]|(?:per|by|for|right|now|currently|at\s+the\s+moment)\b))",
    re.I,
)


def _money_of_a_state(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "How much was paid for the rentals still out": the money of the rows a state picks,
    which is not compiled yet, so refused (it was answered with the number of rentals)."""
    if _HOW_MUCH.search(text) is None or not parsed.verbs or len(parsed.measures) != 1:
        return
    money = [m for verb in parsed.verbs for m in verb if catalog.measures[m].format == "currency"]
    states = [catalog.measures[m] for m in parsed.measures[0]]
    if money and all(m.part_of is not None and m.format != "currency" for m in states):
        parsed.problems.append(
            "I can't yet total one thing over the rows another condition picks: ask for "
            "each on its own."
        )


def _not_counted_per_itself(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Of the customers who rented in July, which one rented the fewest times": the
    customers are what is grouped; counting them per customer is one each, so what ranks
    them is the verb's rows (their rentals)."""
    if not parsed.verbs or len(parsed.measures) != 1 or parsed.having:
        return
    group = parsed.measures[0]
    entities = {catalog.entity_counted(m) for m in group}
    if len(entities) != 1 or entities & {None} or not entities <= set(parsed.dimensions):
        return
    verb = parsed.verbs[0]
    if not entities & {catalog.entity_counted(m) for m in verb}:
        parsed.measures = [verb]


def _rows_in_stock(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "How many NC-17 copies on my shelves", "how many films on my shelves": the stock is
    a condition on the things counted, which are the noun asked for: the copies (the rows
    of the stock) or the different films among them, not both nor the other."""
    noun = parsed.counted_noun if parsed.counted else None
    if noun is None and len(parsed.subjects) == 1:
        noun = parsed.subjects[0]  # "nc-17 copies on my shelves?": the copies, counted
    if noun is None or not 1 <= len(parsed.measures) <= 2:
        return
    stock = [
        group
        for group in parsed.measures
        if all(catalog.measures[m].refines and not catalog.measures[m].time_column for m in group)
    ]
    if len(stock) != 1 or stock[0] in parsed.verbs:
        return  # ("distinct films we carry and the copies": both asked, the verb has a noun)
    name = stock[0][0]
    others = [m for group in parsed.measures if group != stock[0] for m in group]
    if not parsed.counted:  # ("nc-17 copies on my shelves": the copies only named)
        others += [m for group in parsed.described_measures for m in group]
    rows = catalog.rows_measure(catalog.measures[name].relation)
    if rows is not None and catalog.entity_counted(rows) == noun and (rows in others or not others):
        if (parsed.which or parsed.listed) and not parsed.counted:
            parsed.measures, parsed.subjects = [], [noun]  # "which copies": listed
            parsed.described_measures = []
        else:
            parsed.measures = [(rows,)]  # the copies, each one on a shelf
    elif set(others) & set(catalog.measures[name].refines):
        parsed.measures = [stock[0]]  # the films, those with a copy on a shelf


_CARRIES_A = re.compile(r"\bcarr(?:y|ies|ied|ying)\s+(?:an?|the)\s", re.I)


def _stock_as_condition(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Which comedies on the shelves didn't get rented last week": the films in stock
    asked for by "which" or beside a condition they lack are the films listed, with copies
    in stock, not their number."""
    if len(parsed.measures) != 1 or parsed.counted or parsed.direction is not None:
        return
    stock = parsed.measures[0]
    if any(catalog.measures[m].time_column or not catalog.measures[m].refines for m in stock):
        return  # (only the things in stock: they refine the things on file)
    entity = catalog.entity_counted(stock[0])
    if entity is None or not (parsed.which or parsed.listed or parsed.exists):
        return
    # ("music titles stocked at my stores, zero rentals": the stores are only where)
    scope = {"store"} if _OUR_STORES.search(text) and "store" not in parsed.dimensions else set()
    if {*parsed.subjects, *parsed.dimensions} - {entity} - scope:
        return  # "which stores stock the most films": films counted per store
    parsed.measures = []
    parsed.subjects = [entity]
    parsed.verbs.insert(0, stock)


_STOCK_WORDS = re.compile(
    r"\bstock(?:s|ed|ing)?\b|\bon\s+(?:the\s+|our\s+|my\s+)?shel|\bin\s+inventory\b", re.I
)


def _stocked_listed(parsed: ParsedQuestion, catalog: Catalog, text: str) -> None:
    """ "Which comedy titles do we stock", "comedies on the shelves that nobody rented",
    "films store 1 carries": the things listed are those with copies in stock (in the
    asker's stores, or in the store named), not every one in the catalogue ("which films
    do we carry" lists the catalogue, as "how many films do we carry" counts it)."""
    if parsed.measures or len(parsed.subjects) != 1:
        return
    entity = parsed.subjects[0]
    home = catalog.dimensions[entity].home
    for verb in parsed.verbs:
        stock = [m for m in verb if not catalog.measures[m].time_column]
        if not stock or len(stock) != len(verb):
            continue
        relation = catalog.measures[stock[0]].relation
        rows = catalog.rows_measure(relation)
        if rows is None or relation == home or any(rows in e[0] for e in parsed.exists):
            return
        # "films store 1 carries": where the copies are, not the films' own
        moved = _not_their_own(parsed.filters, entity, home, relation, catalog, direct=True)
        if any(f.negate for f in moved):
            return  # "stocked at store 1 but missing from store 2": not yet
        if moved or _STOCK_WORDS.search(text):
            parsed.filters = [f for f in parsed.filters if f not in moved]
            parsed.exists.append(((rows,), False, moved, None))
        return


def _events_of_listed(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "Films rented by customer 1 in May", "customers who rented": the things listed
    are those with some of the verb's events, among the events the period and the values
    that are not the things' own (the renter, the store of the rental) describe."""
    if parsed.measures or not parsed.subjects:
        return
    if parsed.exists or not parsed.verbs:
        _period_of_what_lacks(parsed, catalog)
        return
    entity = parsed.subjects[0]
    home = catalog.dimensions[entity].home
    events = next(
        (m for verb in parsed.verbs for m in verb if catalog.measures[m].time_column), None
    )
    if events is None or catalog.dimensions[entity].attribute:
        return
    relation = catalog.measures[events].relation

    moved = _not_their_own(parsed.filters, entity, home, relation, catalog)
    dated = parsed.time_range is not None and catalog.dimensions[entity].type not in ("date",)
    if not (moved or dated or parsed.listed_by_verb):
        return
    parsed.filters = [f for f in parsed.filters if f not in moved]
    parsed.exists.append(((events,), False, moved, parsed.time_range))
    parsed.time_range = None


def _not_their_own(
    filters: list[Filter],
    entity: str,
    home: str | None,
    relation: str,
    catalog: Catalog,
    *,
    direct: bool = False,
) -> list[Filter]:
    """The filters on values that are not the things' own (a film has copies in many
    stores) but that ``relation``'s rows have: they say which of those rows count, not
    which things. ``direct``: only a column of those rows themselves (a copy's store)."""
    return [
        f
        for f in filters
        if f.dimension != entity
        and not catalog.one_per(f.dimension, home or "")
        and (found := catalog.find_source(f.dimension, relation)) is not None
        and not (direct and found[1])
    ]


def _people_not_at(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "How many customers rented in June but not at store 1": the customers none of whose
    June rentals were at store 1, not those with some rentals elsewhere."""
    if len(parsed.measures) != 1 or parsed.exists or parsed.dimensions:
        return
    counted = catalog.measures[parsed.measures[0][0]]
    negated = [f for f in parsed.filters if f.negate and f.op == "="]
    entity = _counted_entity(parsed, catalog)
    if counted.distinct_column is None or len(negated) != 1 or entity is None:
        return
    events = catalog.rows_measure(counted.relation)
    flt = negated[0]
    found = catalog.find_source(flt.dimension, counted.relation)
    if events is None or flt.dimension == entity or found is None or found[1]:
        return  # (found[1]: not a column of the events themselves)
    parsed.filters.remove(flt)
    lacking = flt.model_copy(update={"negate": False})
    parsed.exists.append(((events,), True, [lacking], parsed.time_range))


_BOTH_PERIODS = re.compile(r"\bboth\s+(?:in\s+|during\s+|on\s+)?$", re.I)
_AND_ONLY = re.compile(r"\s*(?:,\s*)?(?:and|&|\+)\s+(?:also\s+)?(?:in\s+|during\s+|on\s+)?", re.I)
# "rented in May and again in June", "a rental in may AND one in june": some in each, too
_AND_AGAIN = re.compile(
    r"\s*(?:,\s*)?(?:and|&|\+)\s+(?:then\s+|also\s+)?(?:again|also|one|another(?:\s+one)?"
    r"|(?:with\s+)?(?:an?\s+|some\s+)?(?:rental|payment)s?|(?:also\s+)?(?:rented|paid)"
    r"(?:\s+again)?)\s+"
    r"(?:in\s+|during\s+|on\s+)?",
    re.I,
)


# "both Action and Comedy films": things of each value (not "films in both Action and Comedy")
_BOTH_THINGS = re.compile(r"\bboth\s+[\w-]+\s+and\s+[\w-]+\s+[a-z]+s\b", re.I)


def _both_of_another(parsed: ParsedQuestion, catalog: Catalog, text: str) -> bool:
    """Two values of one dimension asked "both" of things that hold it only through other
    rows ("customers who rented both Action and Comedy", "actors in both ..."): both
    filters would be read of one and the same row (a film in both categories)."""
    said = [f.dimension for f in parsed.filters if not f.negate and f.op == "=" for _ in f.values]
    twice = {d for d in said if said.count(d) > 1}
    if not twice or not _BOTH_THINGS.search(text):
        return False
    for names in parsed.measures[:1]:  # customers counted over their rentals: each rental
        entity = catalog.entity_counted(names[0]) if names else None  # is one film
        if (
            entity is not None
            and catalog.dimensions[entity].home != catalog.measures[names[0]].relation
        ):
            return True
    home = catalog.dimensions[parsed.subjects[0]].home if parsed.subjects else None
    if home is None:
        return False
    for dimension in twice:
        found = catalog.find_source(dimension, home)
        if found is not None and any(not s.to_one and s.source != home for s in found[1]):
            return True
    return False


def _one_period_not_the_other(
    parsed: ParsedQuestion, catalog: Catalog, text: str, as_of: date
) -> None:
    """ "Customers who rented in May but not in June": the customers with rentals in the
    first period and none in the second (two conditions on the events), not a comparison
    of the two periods. Only when the negation stands between the two periods."""
    comparison = parsed.comparison
    if comparison is None and parsed.time_range is not None:
        _events_in_one_period(parsed, catalog)  # "rented in May but had no rentals in June"
        return
    if comparison is None or comparison.dimension or len(comparison.periods) != 2:
        return
    undated = [e for e in parsed.exists if e[1] and not e[2] and e[3] is None]
    if len(parsed.measures) != 1 or parsed.exists != undated or len(undated) > 1:
        return  # "but had no rentals at all in June": that "no rentals" is June's
    phrases = find_time_phrases(text.lower(), as_of)
    if len(phrases) != 2:
        return
    between = text[phrases[0].end : phrases[1].start]
    # "customers who rented in both May and June": some rows in each period
    both = (
        _BOTH_PERIODS.search(text[: phrases[0].start]) and _AND_ONLY.fullmatch(between)
    ) or _AND_AGAIN.fullmatch(between)
    if not _NEGATED.search(between) and not both:
        return
    counted = parsed.measures[0][0]
    named = [d for d in parsed.subjects if not catalog.dimensions[d].attribute]
    entity = named[0] if named else _counted_entity(parsed, catalog)  # "which clients"
    relation = catalog.measures[counted].relation
    events = catalog.rows_measure(relation)
    if entity is None or events is None or catalog.measures[counted].time_column is None:
        return
    if both and catalog.dimensions[entity].home == relation:
        return  # "rentals in both May and June": no rental is in both
    first, second = phrases[0].time_range, phrases[1].time_range
    parsed.comparison = None
    lacking = undated[0][0] if undated else (events,)  # "but had no payments in June"
    if both:
        parsed.exists = [((events,), False, [], first), ((events,), False, [], second)]
    else:
        parsed.exists = [((events,), False, [], first), (lacking, True, [], second)]
    if parsed.counts_things:  # "how many customers rented in May but not in June"
        counting = _counting_measure(entity, catalog)
        parsed.measures = [(counting,)] if counting is not None else parsed.measures
    else:
        parsed.measures = []
        parsed.subjects = [entity, *(d for d in parsed.subjects if d != entity)]
        parsed.dimensions = [d for d in parsed.dimensions if d != entity]
        parsed.listed = True


_THERE = re.compile(r"\b(?:no|not|never|none|didn'?t|haven'?t|hasn'?t)\b.*\bthere\b", re.I)


def _there_too(plan: QueryPlan, question: str, catalog: Catalog) -> QueryPlan:
    """ "Paid at store 1 before July but made no payment there in July": the store of the
    rows that exist is the store of those that don't ("there")."""
    if len(plan.exists) != 2 or not _THERE.search(question):
        return plan
    some, none = plan.exists
    if some.negate or not none.negate or some.measure != none.measure:
        return plan
    stores = [f for f in some.filters if f.dimension == "store"]
    if not stores or any(f.dimension == "store" for f in none.filters):
        return plan
    there = none.model_copy(update={"filters": (*none.filters, *stores)})
    changed = plan.model_copy(update={"exists": (some, there)})
    return changed.model_copy(update={"understood": _said(changed, catalog)})


def _events_in_one_period(parsed: ParsedQuestion, catalog: Catalog) -> None:
    """ "How many customers rented in May but had no rentals in June": renting customers
    of May among those lacking June's rentals, as customers with some rentals in May and
    none in June (a count over the rentals cannot also lack rentals)."""
    negated = [e for e in parsed.exists if e[1] and e[3] is not None]
    if len(parsed.measures) != 1 or len(negated) != 1 or len(parsed.exists) != 1:
        return
    lacking = catalog.measures[negated[0][0][0]]
    # ("customers who paid before July but made no payment in July": the paying ones)
    same = [m for m in parsed.measures[0] if catalog.measures[m].relation == lacking.relation]
    counted = catalog.measures[same[0] if same else parsed.measures[0][0]]
    if counted.distinct_column is None or counted.relation != lacking.relation:
        return
    entity = _counted_entity(parsed, catalog)
    counting = _counting_measure(entity, catalog) if entity is not None else None
    events = catalog.rows_measure(counted.relation)
    if entity is None or events is None or (parsed.counts_things and counting is None):
        return
    parsed.exists.insert(0, ((events,), False, [], parsed.time_range))
    parsed.time_range = None
    if parsed.counts_things and counting is not None:
        parsed.measures = [(counting,)]
    else:
        parsed.measures = []
        parsed.subjects = [entity, *(d for d in parsed.subjects if d != entity)]
        parsed.listed = True


def _counting_measure(entity: str, catalog: Catalog) -> str | None:
    """The measure that counts ``entity``'s own rows (customers, films, actors)."""
    return next(
        (
            name
            for name, measure in catalog.measures.items()
            if isinstance(measure.parsed, exp.Count)
            and measure.distinct_column in (None, catalog.dimensions[entity].key_column)
            and measure.relation == catalog.dimensions[entity].home
        ),
        None,
    )


def _store_places_counted(parsed: ParsedQuestion, previous: QueryPlan, catalog: Catalog) -> bool:
    """The places listed for having stores, counted by the count of the stores' places
    (cities with a store), the stores' conditions kept as conditions on the places."""
    place = previous.dimensions[0]
    stores = [e for e in previous.exists if catalog.entity_counted(e.measure) == "store"]
    if place not in _PLACES or len(previous.exists) != 1 or len(stores) != 1 or stores[0].negate:
        return False
    counting = _stores_places_count(place, catalog)
    if counting is None:
        return False
    parsed.listed, parsed.subjects, parsed.attributes = False, [], []
    parsed.measures, parsed.exists = [(counting,)], []
    parsed.filters = list(dict.fromkeys([*parsed.filters, *stores[0].filters]))
    return True


def _count_instead(parsed: ParsedQuestion, previous: QueryPlan, catalog: Catalog) -> bool:
    """ "How many is that?", "same count for store 2" after a list or groups past a
    threshold: how many rows the previous question had, counted in SQL; False when they
    cannot be counted so (the rows of a ranking)."""
    if previous.intent == "list" and _store_places_counted(parsed, previous, catalog):
        return True  # "how many cities is that?" after the cities with stores in Turkey
    if previous.intent == "list":
        counting = _counting_measure(previous.dimensions[0], catalog)
        if counting is None or parsed.rank_attribute or previous.limit is not None:
            return False  # ("how many is that" after the cheapest films: of the ties)
        parsed.listed = False
        parsed.measures = [(counting,)]
        parsed.subjects = []
        parsed.attributes = []
    elif previous.having and previous.dimensions:
        parsed.subjects = [previous.dimensions[0]]
        parsed.counts_things = True
        parsed.distribution = False
    return True


# ("include Canada too": both; but "do that for store 2 as well": store 2 instead)
_TOO = re.compile(r"\b(?:includ(?:e|ing)|add(?:ing)?|plus)\b", re.I)


def _with_previous_values(new: Filter, previous: QueryPlan) -> Filter:
    """``new`` with the values the previous question's filter on its dimension kept
    ("include the inactive ones too" after the active ones: both)."""
    if new.negate or new.op != "=":
        return new
    old = next(
        (
            f
            for f in previous.filters
            if f.dimension == new.dimension and f.op == "=" and not f.negate
        ),
        None,
    )
    if old is None or set(new.values) <= set(old.values):
        return new
    return new.model_copy(update={"values": tuple(dict.fromkeys((*old.values, *new.values)))})


def _parts_of(parsed: ParsedQuestion, previous: QueryPlan, catalog: Catalog) -> bool:
    """Whether every measure ``parsed`` names counts a part of what the previous (one)
    measure counted (same-day returns of the rentals), so the previous conditions hold."""
    if len(previous.measures) != 1 or not parsed.measures or parsed.exists:
        return False

    def part(name: str) -> bool:
        while name is not None and name != previous.measures[0]:
            name = catalog.measures[name].part_of  # type: ignore[assignment]
        return name == previous.measures[0]

    def as_part(name: str) -> str | None:
        """The measure itself, or the part counting the same over the same rows, dated
        like the previous one ("returned": the returns, as the rentals that came back)."""
        if part(name):
            return name
        measure = catalog.measures[name]
        return next(
            (
                other
                for other, m in catalog.measures.items()
                if m.relation == measure.relation and m.parsed == measure.parsed and part(other)
            ),
            None,
        )

    parts = [
        tuple(dict.fromkeys(p for m in candidates if (p := as_part(m)) is not None))
        for candidates in parsed.measures
    ]
    if not all(parts):
        return False
    parsed.measures = parts  # ("how many of them were returned": returned rentals, not
    return True  # the returns dated that day)


def _counts_the_same(previous: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> bool:
    """Whether ``previous`` is a count of things ("how many films are over 150 minutes"),
    or a list of them, and every measure ``parsed`` names counts the same things ("how
    many of those are comedies", "how many of those comedies are rated R": films)."""
    listed = previous.intent == "list" and not previous.limit  # "how many of those comedies"
    if (previous.intent != "kpi" or len(previous.measures) != 1) and not listed:
        return False
    if parsed.exists or not parsed.counts_things:  # ("the sum of those payments": not how many)
        return False
    counted = previous.dimensions[0] if listed else catalog.entity_counted(previous.measures[0])
    return counted is not None and all(
        catalog.entity_counted(m) == counted for candidates in parsed.measures for m in candidates
    )


def _lists_them(asked: ParsedQuestion, text: str) -> bool:
    """ "List them", "which ones are they?", "which of those are at store 1?": the things
    of the previous answer shown, not a figure."""
    return (
        (asked.listed or (asked.which and _OF_THEM.search(text) is not None))
        and not asked.measures
        and not asked.noun_measures
        and not asked.dimensions
        and not _counts(asked)
    )


_THOSE_THINGS = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|great|thanks)\W+)*(?:(?:please\s+)?(?:list|show(?:\s+me)?|"
    r"name|give\s+me)\s+(?:those|these|the|them|all)\b|(?:which|what)\s+(?:\w+\s+)?(?:are|were)\s+"
    r"(?:they|those|these|them)\b)",
    re.I,
)


def _lists_those(asked: ParsedQuestion, previous: QueryPlan, catalog: Catalog, text: str) -> bool:
    """ "List those films", "which films are they?" after how many films: the things the
    count counted, named again, listed."""
    if previous.intent != "kpi" or len(previous.measures) != 1 or not _THOSE_THINGS.search(text):
        return False
    counted = catalog.entity_counted(previous.measures[0])
    said: set[str | None] = {*asked.dimensions, *asked.subjects}
    said |= {catalog.entity_counted(m) for group in asked.measures for m in group}
    said |= {catalog.entity_counted(m) for group in asked.noun_measures for m in group}
    return counted is not None and said <= {counted} and not asked.filters


def _list_instead(parsed: ParsedQuestion, previous: QueryPlan, catalog: Catalog) -> bool:
    """The things a count counted, listed under its conditions ("list them" after "how
    many customers in South Africa", "... with a rental in August"); False when the count
    is not of things that can be listed so."""
    if previous.intent != "kpi" or len(previous.measures) != 1 or previous.derived is not None:
        return False
    entity = catalog.entity_counted(previous.measures[0])
    if entity is None or previous.comparison is not None:
        return False
    parsed.measures, parsed.noun_measures, parsed.dimensions = [], [], [entity]
    parsed.subjects = [entity]
    parsed.listed, parsed.counted, parsed.says_number = True, False, False
    parsed.counts_things, parsed.default_measure = False, False
    return True


def _counts(parsed: ParsedQuestion) -> bool:
    """It asks how many ("how many", "number of categories"), not for the things named as a
    noun ("rentals with more than 1 payment")."""
    return parsed.counted or parsed.says_number


def _counted_entity(parsed: ParsedQuestion, catalog: Catalog) -> str | None:
    """The entity the question's one measure counts ("number of categories": the
    categories), if it counts one."""
    return catalog.entity_counted(parsed.measures[0][0]) if len(parsed.measures) == 1 else None


def _threshold_plan(
    parsed: ParsedQuestion,
    catalog: Catalog,
    role: str,
    allowed: frozenset[str],
    exists: tuple[Exists, ...],
) -> QueryPlan | Unanswerable | None:
    """Groups past a threshold: "actors in more than 30 films", "customers with at
    least 40 rentals", "categories whose average rental rate is above 3"."""
    if not parsed.having:
        return None
    entity = _entity(parsed, catalog) or next(iter(parsed.dimensions), None)
    if entity in parsed.cleared:  # "across all my stores, on what days": all, not per store
        entity = next((d for d in parsed.dimensions if d not in parsed.cleared), None)
    ranked = parsed.direction is not None  # "among those rented at least once, the least"
    noun = parsed.counted_noun or _counted_entity(parsed, catalog)
    if noun is not None and parsed.counted_noun and parsed.counts_things and not ranked:
        entity = noun  # "number of titles with over 25 rentals at my stores": the titles
    counting = not ranked and (
        # "number of categories whose ...", "how many rentals have more than 1 payment"
        # (not "rentals with >1 payment": those rentals)
        (entity is None and noun is not None and not parsed.dimensions and _counts(parsed))
        or (parsed.counts_things and entity is not None and entity in parsed.subjects)
        or (parsed.counts_things and entity is not None and entity == parsed.counted_noun)
    )
    listing = entity is None and not counting and not ranked and not parsed.dimensions
    listing &= parsed.grain is None  # ("July days over 320 rentals", then "same for August")
    if entity is None and (counting or listing):
        entity = noun  # "rentals with more than 1 payment": those rentals
    if entity is None and parsed.grain is None:
        return _not_understood(catalog, role, "I couldn't tell what to compare per group.")
    having: list[Having] = []
    measures: list[str] = []
    for candidates, op, value in parsed.having:
        weak = candidates or tuple(m for group in parsed.measures for m in group)
        grouped = [entity] if entity else []
        # "categories rented by more than 590 customers": the renting customers, which
        # a category groups (not the customers on file)
        name = _pick([n for n in weak if _groups_by(n, grouped, parsed, catalog)], catalog, allowed)
        name = name or _pick(weak, catalog, allowed)
        if name is None:
            return _not_understood(catalog, role, "I couldn't tell what to count.")
        having.append(Having(measure=name, op=op, value=value))
        if name not in measures:
            measures.append(name)
    for group in parsed.measures if not counting else ():  # counting: the groups themselves
        name = _pick(group, catalog, allowed)
        if listing and name is not None and catalog.entity_counted(name) == entity:
            continue  # the rentals listed, not a count of 1 beside each
        if name is not None and name not in measures:
            measures.append(name)
    dimensions = tuple(dict.fromkeys([*([entity] if entity else []), *parsed.dimensions]))
    limit = (parsed.limit or DEFAULT_TOP) if ranked else None
    # "the country with the highest average spend, of those with 10+ customers": ranked by
    # the measure named beside the threshold, not the one the threshold bounds
    bounded = {h.measure for h in having}
    ranked_by = next((m for m in measures if m not in bounded), measures[0]) if ranked else None
    sorted_by = [m for g in parsed.per_measures for m in g if m in measures and m not in bounded]
    if ranked_by is None and sorted_by:  # "countries with 20+ customers, sorted by revenue"
        ranked_by = sorted_by[0]
    plan = QueryPlan(
        intent="ranking" if ranked else "distribution",
        measures=tuple(measures),
        dimensions=dimensions,
        filters=tuple(parsed.filters),
        time_range=parsed.time_range,
        having=tuple(having),
        exists=exists,
        order=(OrderBy(key=ranked_by or measures[0], direction=parsed.direction or "desc"),),
        limit=limit,
        ties=ranked,
        time_grain=parsed.grain if entity is None else None,  # "months where revenue topped"
    )
    home = catalog.dimensions[dimensions[0]].home if dimensions else None
    if counting and home is not None and len(dimensions) > 1:
        # "customers with 35+ rentals per store": the customers' own store, not each
        # store's rentals of theirs
        owned = tuple(_own_dimension(d, home, measures, catalog) for d in dimensions)
        parsed.absorbed |= set(dimensions) - set(owned)  # said as the one it is here
        dimensions = owned
        plan = plan.model_copy(update={"dimensions": dimensions})
    several = [d for d in dimensions[1:] if home is None or not catalog.one_per(d, home)]
    if counting and several:  # "actors in more than 30 films, by category": in each?
        label = catalog.dimensions[several[0]].label.lower()
        return _not_understood(
            catalog,
            role,
            f"I can't yet break that count down by {label}: each "
            f"{catalog.dimensions[dimensions[0]].label.lower()} can have several.",
        )
    if counting:  # "how many customers have at least 40 rentals": one number
        plan = plan.model_copy(
            update={"intent": "kpi", "derived": "count", "order": (), "limit": None}
        )
    return _checked(plan, catalog, role, allowed)


def _own_dimension(dimension: str, home: str, measures: Sequence[str], catalog: Catalog) -> str:
    """``dimension`` as the things of ``home`` have it: the dimension that reads, from the
    measures' rows, the value the things themselves hold (a rental's "store" is where it
    was made; a customer's is their home store)."""
    own = catalog.find_source(dimension, home)
    relations = {catalog.measures[m].relation for m in measures}
    if own is None or len(relations) != 1:
        return dimension
    (relation,) = relations
    found = catalog.find_source(dimension, relation)
    if found is None or found[0] == own[0]:
        return dimension
    for name in catalog.dimensions:
        other = catalog.find_source(name, relation)
        if other is not None and other[0] == own[0] and catalog.find_source(name, home) == own:
            return name
    return dimension


def _growth(plan: QueryPlan, parsed: ParsedQuestion) -> QueryPlan:
    """The change from each period to the next over the plan's periods ("month over month
    revenue growth from February to July"), or the last one when one change is asked ("from
    June to July", "last month"). Raises PlanNotResolvable for a change across several
    periods or between periods apart, which the step by step change does not give."""
    span_label = plan.time_range.label if plan.time_range is not None else ""
    said_quarters = re.search(r"\bQ[1-4]\b", span_label or "") is not None  # "from Q1 to Q2"
    said_weeks = re.search(r"\bweek\b", span_label or "") is not None  # "from the week of"
    grain = plan.time_grain or ("quarter" if said_quarters else "week" if said_weeks else "month")
    update: dict[str, object] = {
        "derived": "growth",
        "time_grain": grain,
        "intent": "trend",
        "order": (OrderBy(key=grain, direction="asc"),),
        "comparison": None,
    }
    periods = _in_time_order(plan.comparison.periods if plan.comparison is not None else ())
    one_figure = not plan.dimensions and len(plan.measures) == 1 and parsed.grain is None
    if any(
        a.end is not None and b.start is not None and b.start > a.end
        for a, b in itertools.pairwise(periods)
    ):
        if one_figure and len(periods) == 2:  # "% change last week vs the week of July 25"
            return _change_between(plan, (periods[0], periods[1]))
        raise PlanNotResolvable(  # "July vs July last year": not one step apart
            "I can compare a period with the one just before it, not periods further "
            "apart: ask for each period's figure."
        )
    span = plan.time_range
    if periods:
        ends = [p.end for p in periods]
        end = None if None in ends else max(e for e in ends if e is not None)
        span = TimeRange(start=periods[0].start, end=end, label="")
        update["time_range"] = span
    steps = _steps(span, grain)
    stepwise = parsed.grain is not None  # "month over month", "growth by month"
    if steps is not None and steps > 2 and not stepwise:
        if one_figure and not periods and span is not None and span.start and span.end:
            # "percent change in revenue from May to July": July's against May's
            first = period_of(grain, span.start)
            last = period_of(grain, period_before(span.end, grain))
            return _change_between(plan, (first, last))
        raise PlanNotResolvable(  # "growth from March to July": not one step
            "I can give the change from one period to the next (for example 'month over "
            "month revenue growth from March to July'), not the change across several."
        )
    if steps in (1, 2) or (steps is None and span is not None and not stepwise):
        update["order"] = (OrderBy(key=grain, direction="desc"),)  # the last change
        update["limit"] = 1
    return plan.model_copy(update=update)


def _in_time_order(periods: Sequence[TimeRange]) -> list[TimeRange]:
    return sorted(periods, key=lambda p: p.start or date.min)


def _change_between(plan: QueryPlan, periods: tuple[TimeRange, TimeRange]) -> QueryPlan:
    """The change of one figure from one period to a later one, not the next ("July
    against May", "last week against the week of July 25"): both figures, the difference
    and the change as a ratio, in one row."""
    first, last = (p.model_copy(update={"label": _plain_period(p.label)}) for p in periods)
    return plan.model_copy(
        update={
            "derived": "change",
            "intent": "comparison",
            "comparison": Comparison(periods=(first, last)),
            "time_range": TimeRange(start=first.start, end=last.end, label=""),
            "time_grain": None,
            "order": (),
            "limit": None,
            "ties": False,
        }
    )


def _plain_period(label: str) -> str:
    """ "in July 2022" -> "July 2022": a period as the name of a column."""
    plain = re.sub(r"^(?:in|on|during)\s+", "", label.strip())
    return plain[:1].upper() + plain[1:]


def _steps(span: TimeRange | None, grain: str) -> int | None:
    """How many periods of ``grain`` ``span`` covers (None when open or not whole)."""
    if span is None or span.start is None or span.end is None:
        return None
    start, end = span.start, span.end
    months = {"month": 1, "quarter": 3, "year": 12}.get(grain)
    if months is None:
        days = {"day": 1, "week": 7}.get(grain)
        length = (end - start).days
        return length // days if days and length % days == 0 else None
    length = (end.year - start.year) * 12 + end.month - start.month
    return length // months if start.day == end.day == 1 and length % months == 0 else None


def _derived(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> QueryPlan:
    """A share of the whole ("share of revenue from store 1") or a growth ("month over
    month revenue growth"), when the question asks for one."""
    ranked = plan.intent == "ranking" or (parsed.direction is not None and bool(plan.dimensions))
    if parsed.growth and ranked:
        raise PlanNotResolvable(  # "which genre saw the biggest drop from July to August"
            "I can give each one's change from one period to the next (for example 'rental "
            "growth by category from July to August'), not rank them by it yet."
        )
    if parsed.growth and plan.intent in ("kpi", "trend", "comparison", "distribution"):
        return _growth(plan, parsed)
    if not parsed.share:
        return plan
    if all(catalog.measures[m].format == "percent" for m in plan.measures):
        return plan  # "late return rate as a percentage": already a share
    for name in plan.measures:  # "share of rentals never returned": the part of the whole
        part_of = catalog.measures[name].part_of
        # "what fraction of store 2's copies are out": of the copies said, not the rentals
        said = [
            m
            for mentioned in (*parsed.described_measures, *((m,) for m in plan.measures))
            for m in mentioned[:1]
            if m != name and m not in _wholes(name, catalog) and catalog.entity_counted(m)
        ]
        if part_of is not None and said:
            return plan.model_copy(update={"measures": (name, said[0]), "derived": "share"})
        if part_of is not None and set(plan.measures) <= {name, *_wholes(name, catalog)}:
            return plan.model_copy(update={"measures": (name, part_of), "derived": "share"})
    chosen = [f for f in plan.filters if not f.negate and f.op == "="]
    compared = [f for f in plan.filters if not f.negate and f.dimension == parsed.share_part]
    if not any(f.dimension == parsed.share_part for f in chosen):
        chosen += compared  # "% of store 1's payments below $2": the amount is the part
    chosen = chosen or [f for f in plan.filters if not f.negate]  # "payments above $5"
    if chosen and len(plan.measures) != 1:  # ("what share were for store 2? The number of
        # payments": a share of one figure at a time)
        raise PlanNotResolvable("I can give the share of one figure at a time: ask for one.")
    if chosen:
        # "what percentage of each store's customers are inactive": the filter named last,
        # or before the share ("weekend share of store 1's revenue")
        part = next((f for f in chosen if f.dimension == parsed.share_part), chosen[-1])
        rest = tuple(f for f in plan.filters if f is not part)
        groups = tuple(d for d in plan.dimensions if d != part.dimension)
        return plan.model_copy(
            update={
                "derived": "share",
                "share_of": part,
                "filters": rest,
                "dimensions": groups,
                "intent": "distribution" if groups else "trend" if plan.time_grain else "kpi",
                "order": (),
                "limit": None,
                "ties": False,
            }
        )
    if plan.dimensions:
        return plan.model_copy(update={"derived": "share"})
    return plan


_SAID_OPERATORS = {
    "=": "is", "<>": "is not", "contains": "includes", "starts": "starts with",
    "ends": "ends with", "word": "has the word",
}  # fmt: skip


def _condition_said(flt: Filter, catalog: Catalog) -> str:
    """A filter for people: "rating is G or PG", "special features include Trailers and
    Commentaries" (a list attribute holds all of them), "store is not 2"."""
    label = catalog.dimensions[flt.dimension].label.lower()
    every = catalog.dimensions[flt.dimension].type == "list"
    values = (" and " if every else " or ").join(
        f"{v:g}" if isinstance(v, float) else str(v) for v in flt.values
    )
    if every and flt.op == "=":
        return f"{label} {'include none of' if flt.negate else 'include'} {values}"
    if every and flt.op == "only":  # "special features are only Trailers"
        return f"{label} {'are not only' if flt.negate else 'are only'} {values}"
    op = _SAID_OPERATORS.get(flt.op, flt.op)
    return f"{label} {'is not' if flt.negate and op == 'is' else op} {values}"


def understood(plan: QueryPlan, parsed: ParsedQuestion, catalog: Catalog) -> str:
    """How the question was read, in one sentence shown with the answer."""
    if plan.intent == "list":
        entity = catalog.dimensions[plan.dimensions[0]].label.lower()
        tallied = plan.derived == "count"  # "how many countries have no customers"
        words = [f"Counting {plural(entity)}" if tallied else f"Listing each {entity}"]
        if len(plan.dimensions) > 1:
            shown = ", ".join(catalog.dimensions[d].label.lower() for d in plan.dimensions[1:])
            words.append(f"with its {shown}")
    else:
        labels = " and ".join(catalog.measures[m].label.lower() for m in plan.measures)
        if _period_of_some(plan, catalog):  # "Films, and rentals in July 2022, by category"
            assert plan.time_range is not None
            labels = ", and ".join(
                catalog.measures[m].label.lower()
                + (f" {plan.time_range.label}" if catalog.measures[m].time_column else "")
                for m in plan.measures
            )
        if plan.derived == "share" and len(plan.measures) == 2:
            part, whole = (catalog.measures[m].label.lower() for m in plan.measures)
            labels = f"{part} among {whole}"
        if plan.derived == "per":  # "Average of revenue per rental"
            total, counted = (catalog.measures[m].label.lower() for m in plan.measures)
            labels = f"{total} per {' '.join(map(singular, counted.split()))}, on average"
            period = catalog.measures[plan.measures[1]].per_period
            if period is not None:  # "Revenue per day, on average over the days with payments"
                labels = f"{total} per {period}, on average over the {counted}"
        verb = {"share": "Share of", "growth": "Growth of", "change": "Change of"}.get(
            plan.derived or "", ""
        )
        words = [f"{verb} {labels}".strip() if verb else labels[:1].upper() + labels[1:]]
        if plan.derived == "count":  # "Counting actors, where films > 30"
            counted, *by = (catalog.dimensions[d].label.lower() for d in plan.dimensions)
            words = [f"Counting {plural(counted)}" + (f" by {' and '.join(by)}" if by else "")]
        if plan.derived == "histogram":  # "Counting customers by their number of rentals"
            counted = catalog.dimensions[plan.dimensions[0]].label.lower()
            words = [f"Counting {plural(counted)} by their number of {labels}"]
        if plan.share_of is not None:
            words[0] += f" where {_condition_said(plan.share_of, catalog)}"
        grouped = [catalog.dimensions[d].label.lower() for d in plan.dimensions]
        if plan.time_grain is not None:
            grouped.insert(0, plan.time_grain)
        if grouped and plan.derived not in ("count", "histogram"):
            words.append("by " + " and ".join(grouped))
    words += [f"where {_condition_said(flt, catalog)}" for flt in plan.filters]
    compared = plan.comparison
    if compared is not None and compared.periods:  # "Revenue, July 2022 vs June 2022"
        said = (p.label.removeprefix("in ").removeprefix("on ") for p in compared.periods)
        words.append(" vs ".join(said))
    if compared is not None and compared.dimension is not None and compared.values:
        dimension = catalog.dimensions[compared.dimension]
        label = dimension.label.lower()
        if dimension.numbered:  # "store 1 vs store 2"
            words.append(" vs ".join(f"{label} {v}" for v in compared.values))
        else:  # "category Action vs Comedy"
            words.append(f"{label} " + " vs ".join(map(str, compared.values)))
    for having in plan.having:
        label = catalog.measures[having.measure].label.lower()
        words.append(f"where {label} {having.op} {having.value:g}")
    for condition in plan.exists:
        label = catalog.measures[condition.measure].label.lower()
        among = [  # "amount > 10.0", "category Horror", "store not 2"
            f"{catalog.dimensions[f.dimension].label.lower()}"
            f"{' not' if f.negate else ''}{'' if f.op == '=' else ' ' + f.op}"
            f" {' or '.join(map(str, f.values))}"
            for f in condition.filters
        ]
        if condition.time_range is not None and condition.time_range.label:
            among.append(condition.time_range.label)
        of = f" ({', '.join(among)})" if among else ""
        if condition.edge is not None:  # "with the first rentals (in June 2022)"
            words.append(f"with the {condition.edge} {label}{of}")
        elif condition.at_least is not None:  # "with fewer than 3 actors (none too)"
            fewer = "fewer than" if condition.negate else "at least"
            words.append(f"with {fewer} {condition.at_least} {label}{of}, none counted too")
        else:
            words.append(f"with {'no' if condition.negate else 'some'} {label}{of}")
    if plan.time_range is not None and plan.time_range.label and not _period_of_some(plan, catalog):
        words.append(plan.time_range.label)
    if plan.place is not None and plan.order:
        end = "top" if plan.order[0].direction == "desc" else "bottom"
        words.append(f"ranked {ordinal(plan.place)} from the {end}, with ties")
    elif plan.limit is not None and plan.order:
        first = plan.order[0]
        words.append(f"{'top' if first.direction == 'desc' else 'bottom'} {plan.limit}")
        if plan.ties:
            words.append("with ties")
    if plan.intent == "list" and plan.order and plan.limit is None:  # "sorted by length"
        first = plan.order[0]
        way = "highest first" if first.direction == "desc" else "lowest first"
        words.append(f"sorted by {catalog.dimensions[first.key].label.lower()}, {way}")
    if plan.derived == "range":  # "..., and the range between them"
        words.append("and the range between them")
    sentence = ", ".join(words) + "."
    if parsed.set_aside:
        quoted = "; ".join(f"“{s}”" for s in parsed.set_aside)
        sentence += f"{_SET_ASIDE} as not about the data: {quoted}."
    return sentence


def _period_of_some(plan: QueryPlan, catalog: Catalog) -> bool:
    """Whether the plan's period limits only some of its measures (the others have no
    date: "films and July rentals per genre")."""
    if plan.time_range is None or plan.intent == "list":
        return False
    dated = {catalog.measures[m].time_column is not None for m in plan.measures}
    return dated == {True, False}


def _placed_by_subject(parsed: ParsedQuestion, catalog: Catalog) -> dict[str, str]:
    """Filters on a place that the question ties to a person ("customers from London"):
    dimension -> the person's relation, which the filter must be read from (not the
    store's address, which the same dimension also has)."""
    placed: dict[str, str] = {}
    said = {f.dimension for f in parsed.filters} | set(parsed.dimensions)
    for subject in parsed.subjects:
        home = catalog.dimensions[subject].home
        for dimension in said:  # "customers from London", "the country renters come from"
            relations = [s.relation for s in catalog.dimensions[dimension].sources]
            if home in relations and len(relations) > 1 and dimension != subject:
                placed.setdefault(dimension, home)
    return placed


def _with_equivalents(candidates: tuple[str, ...], catalog: Catalog) -> tuple[str, ...]:
    """The candidates, then the measures that count the same things over other relations
    (films -> films rented), which may reach a person the candidates cannot."""
    # (only ids are the same things everywhere: a store's city is not a customer's)
    more = [
        name
        for counted in candidates
        if (column := catalog.measures[counted].distinct_column) is not None
        and column.endswith("_id")
        for name, measure in catalog.measures.items()
        if measure.distinct_column == column and not measure.part_of
    ]
    return tuple(dict.fromkeys((*candidates, *more)))


def _read_from(resolution: Resolution, dimension: str) -> set[str]:
    """The relations a resolved plan reads ``dimension``'s filters and groups from."""
    return {
        f.source.relation
        for group in resolution.groups
        for f in group.filters
        if f.filter.dimension == dimension
    } | {group.keys[dimension].relation for group in resolution.groups if dimension in group.keys}


def _undated_beside(
    candidates: tuple[str, ...],
    mentions: Sequence[tuple[str, ...]],
    draft: QueryPlan,
    catalog: Catalog,
) -> bool:
    """Whether ``candidates`` have no date while another measure said beside them has,
    in a question limited to one period with nothing else of time: the period is the
    other measure's ("how many films and how many July rentals per genre")."""
    if draft.time_range is None or draft.time_grain or draft.comparison is not None:
        return False
    if any(catalog.measures[c].time_column is not None for c in candidates):
        return False
    others = [m for m in mentions if m != candidates]
    return any(catalog.measures[m[0]].time_column is not None for m in others if m)


def _choose_measure(
    candidates: tuple[str, ...],
    draft: QueryPlan,
    catalog: Catalog,
    role: str,
    allowed: frozenset[str],
    placed: Mapping[str, str] | None = None,
) -> str | Unanswerable:
    """The first candidate that answers the question from relations the role may read,
    reading each place in ``placed`` from the person it is said of."""
    not_understood: Unanswerable | None = None
    fewest_missing: frozenset[str] | None = None
    for name in candidates:
        trial = draft.model_copy(update={"measures": (name,)})
        try:
            resolution = resolve_plan(trial, catalog)
        except PlanNotResolvable as exc:
            not_understood = not_understood or _not_understood(catalog, role, exc.message)
            continue
        relations = resolution.needs
        wrong_place = next(
            (
                d
                for d, home in (placed or {}).items()
                # a column of the counted rows themselves (a rental's store) is theirs
                if _read_from(resolution, d) - {home, catalog.measures[name].relation}
            ),
            None,
        )
        if wrong_place is not None:
            label = catalog.dimensions[wrong_place].label.lower()
            not_understood = not_understood or _not_understood(
                catalog,
                role,
                f"I can't tie the {label} to the {catalog.measures[name].label.lower()} here.",
            )
            continue
        missing = relations - allowed
        if not missing:
            return name
        if fewest_missing is None or len(missing) < len(fewest_missing):
            fewest_missing = missing
    if fewest_missing is not None:  # the role is the obstacle: say what it lacks
        return _not_allowed(catalog, role, fewest_missing)
    assert not_understood is not None  # candidates are never empty
    return not_understood


def _not_allowed(catalog: Catalog, role: str, missing: frozenset[str]) -> Unanswerable:
    subjects = list(dict.fromkeys(catalog.relations[r].subject for r in sorted(missing)))
    return refuse(
        catalog,
        role,
        "scope.relation_not_allowed",
        f"Your role ({role}) can't see {' or '.join(subjects)}.",
    )


def _intent(parsed: ParsedQuestion, compared: bool, grouped: bool, timed: bool) -> Intent:
    if compared:
        return "comparison"
    if parsed.direction is not None and (grouped or timed):
        return "ranking"
    if timed:
        return "trend"
    if grouped:
        return "distribution"
    return "kpi"


def _order_and_limit(
    intent: Intent,
    parsed: ParsedQuestion,
    measure: str,
    dimensions: tuple[str, ...],
    grain: str | None,
    catalog: Catalog,
) -> tuple[tuple[OrderBy, ...], int | None]:
    limit = None if parsed.limit is None else max(1, min(parsed.limit, MAX_LIMIT))
    if intent == "ranking":
        direction = parsed.direction or "desc"
        return (OrderBy(key=measure, direction=direction),), limit or DEFAULT_TOP
    if intent == "trend" and grain is not None:
        return (OrderBy(key=grain, direction="asc"),), limit
    if intent == "distribution":
        first = catalog.dimensions[dimensions[0]]
        if first.sort == "value":
            return (OrderBy(key=first.name, direction="asc"),), limit
        return (OrderBy(key=measure, direction="desc"),), limit
    return (), limit
