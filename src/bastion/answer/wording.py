"""How parts of a plan read inside a sentence: filters ("for Action films", "in store 1"),
the time range ("in 2022"), the name of one result item ("store 2", "Sports"), plural
nouns and verb agreement. Kept apart from the narrator so the catalog can later supply
its own wording per dimension without touching how numbers are chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from bastion.answer.formats import MONTHS
from bastion.catalog.phrases import plural as plural_of
from bastion.planner.plan import Filter, QueryPlan, TimeRange


@dataclass(frozen=True)
class Wording:
    """How one dimension's values read. ``{}`` stands for the value (or joined values)."""

    item: str = "{}"  # one value as the subject of a sentence: "store {}" -> "store 1"
    filter_one: str = "{}"  # a filter on one value: "{} films" -> "for Action films"
    filter_many: str = "{}"  # a filter on several: "stores {}" -> "in stores 1 and 2"
    preposition: str = "for"


WORDINGS: dict[str, Wording] = {
    "store": Wording("store {}", "store {}", "stores {}", "in"),
    "category": Wording("{}", "{} films", "{} films", "for"),
    "rating": Wording("{}", "films rated {}", "films rated {}", "for"),
    "language": Wording("{}", "films in {}", "films in {}", "for"),
    "country": Wording("{}", "{}", "{}", "in"),
    "city": Wording("{}", "{}", "{}", "in"),
    "customer_country": Wording("{}", "{}", "{}", "in"),
    "customer_city": Wording("{}", "{}", "{}", "in"),
    "film_number": Wording("film {}", "film {}", "films {}", "for"),
    "actor_number": Wording("actor {}", "actor {}", "actors {}", "for"),
    "weekday": Wording("{}", "{}s", "{}", "on"),
}

# The first measure name containing a key says what the rows count, for "No payments matched".
SUBJECTS = (
    ("revenue", "payments"),
    ("payment", "payments"),
    ("sales", "payments"),
    ("rental", "rentals"),
    ("customer", "customers"),
    ("film", "films"),
)
_PREPOSITIONS = ("in ", "on ", "at ", "for ", "from ", "since ", "before ", "after ", "during ")


def dimension_key(name: str) -> str:
    """ "store_id", "Store" and "store" all name the store dimension."""
    key = name.strip().lower()
    for suffix in ("_id", "_name"):
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def wording_for(name: str) -> Wording | None:
    return WORDINGS.get(dimension_key(name))


def join_words(words: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_label(label: str) -> str:
    """A column label in mid-sentence: "Revenue" -> "revenue", but "GMV" stays."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def plural(noun: str) -> str:
    """English plural of a label's last word, enough for labels ("categories", "stores")."""
    return plural_of(lower_label(noun))


def is_plural(label: str) -> bool:
    """Whether a measure label takes "were" ("Payments were") rather than "was"."""
    words = label.strip().lower().split(" ")
    cut = next((i for i, word in enumerate(words) if i and word in ("of", "in")), len(words))
    head = words[:cut]  # "Number of actors", "Films in stock"
    last = head[-1] if head and head[-1] else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def was(label: str) -> str:
    return "were" if is_plural(label) else "was"


_OPERATOR_WORDS = {
    "<>": "other than", "<": "under", "<=": "at most", ">": "over", ">=": "at least",
    "contains": "containing", "starts": "starting with", "ends": "ending with",
    "only": "that are only", "word": "having the word",
}  # fmt: skip
_QUOTED_OPERATORS = frozenset({"contains", "starts", "ends", "word"})  # words in a text


def _word(value: object) -> str:
    """A filter value as written: 180.0 reads "180"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def filter_phrase(item: Filter) -> str:
    """ "for Action films", "in stores 1 and 2", "excluding store 1", "with length over
    180", "with title starting with “Q”"."""
    wording = wording_for(item.dimension)
    words = [_word(value) for value in item.values]
    if item.dimension == "active" and item.op == "=" and len(words) == 1:
        yes = (words[0].lower() in ("true", "1", "yes", "active")) != item.negate
        return f"for {'active' if yes else 'inactive'} customers"  # "13 active customers"
    hours = _hours_phrase(item)
    if hours is not None:
        return f"{'outside' if item.negate else 'between'} {hours}"
    if item.op != "=":
        name = "title" if item.dimension == "film" else item.dimension.replace("_", " ")
        shown = [f"“{w}”" for w in words] if item.op in _QUOTED_OPERATORS else words
        phrase = f"{name} {_OPERATOR_WORDS[item.op]} {join_words(shown)}"
        return f"excluding {phrase}" if item.negate else f"with {phrase}"
    joined = join_words(words)
    if wording is None:
        noun = f"{item.dimension.replace('_', ' ')} {joined}"
        preposition = "for"
    else:
        template = wording.filter_many if len(words) > 1 else wording.filter_one
        noun = template.format(joined)
        preposition = wording.preposition
    return f"excluding {noun}" if item.negate else f"{preposition} {noun}"


def _hours_phrase(item: Filter) -> str | None:
    """Hours of the day in a row ("after 8pm": 20 to 23) as the times they span: "20:00
    and midnight"; None for another filter."""
    if item.dimension != "hour" or item.op != "=":
        return None
    hours = sorted(int(v) for v in item.values if isinstance(v, (int, float)))
    if len(hours) != len(item.values) or hours != list(range(hours[0], hours[-1] + 1)):
        return None
    end = hours[-1] + 1
    return f"{hours[0]:02d}:00 and {'midnight' if end == 24 else f'{end:02d}:00'}"


def time_phrase(time_range: TimeRange | None) -> str:
    """The plan's own label ("in 2022", "last month"), or its dates when it has no label."""
    if time_range is None:
        return ""
    label = time_range.label.strip()
    if label:
        first = label.split(" ")[0]
        if first[0].isdigit() or first in MONTHS or (first[0] == "Q" and first[1:].isdigit()):
            return f"in {label}"  # a bare period: "May 2022", "2022", "Q2 2022"
        return lower_label(label)  # a phrase: "in 2022", "last month", "Last 30 days"
    start, end = time_range.start, time_range.end
    if start and end:
        return f"from {start.isoformat()} to {(end - timedelta(days=1)).isoformat()}"
    if start:
        return f"since {start.isoformat()}"
    if end:
        return f"before {end.isoformat()}"
    return ""


def covered_dates(time_range: TimeRange | None) -> str:
    """The dates a plan covers, for a detailed answer ("2022-01-01 to 2022-12-31")."""
    if time_range is None or (time_range.start is None and time_range.end is None):
        return "all dates on record"
    start, end = time_range.start, time_range.end
    if start and end:
        return f"{start.isoformat()} to {(end - timedelta(days=1)).isoformat()}"
    if start:
        return f"the dates from {start.isoformat()}"
    assert end is not None
    return f"the dates before {end.isoformat()}"


def context_phrase(plan: QueryPlan) -> str:
    """Filters then time, each with its preposition; "" when the plan has neither."""
    parts = [filter_phrase(item) for item in plan.filters]
    when = time_phrase(plan.time_range)
    if when:
        parts.append(when)
    return " ".join(parts)


def period_label(time_range: TimeRange) -> str:
    """A compared period as a noun ("May 2022"), from its label without the preposition."""
    label = time_range.label.strip()
    for preposition in _PREPOSITIONS:
        if label.lower().startswith(preposition):
            return label[len(preposition) :]
    return label or time_phrase(time_range)


def item_name(value: object, dimension: str, label: str) -> str:
    """One dimension value as a subject: "store 1" for a store, "Sports" for a category,
    and "<label> <n>" for other numeric ids so a bare number never stands alone."""
    wording = wording_for(dimension)
    if wording is not None:
        return wording.item.format(value)
    if isinstance(value, bool):  # "active" / "not active", never a bare "True"
        return lower_label(label) if value else f"not {lower_label(label)}"
    if isinstance(value, int):
        return f"{lower_label(label)} {value}"
    return str(value)


def subject_noun(plan: QueryPlan) -> str:
    for measure in plan.measures:
        for key, noun in SUBJECTS:
            if key in measure.lower():
                return noun
    return "data"
