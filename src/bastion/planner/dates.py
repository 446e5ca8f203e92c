"""Time phrases in questions -> half-open date ranges, relative to an as-of date.

Understood: ISO dates ("2022-05-14"), days ("May 14", "14th of May 2022"), months ("June",
"June 2022"), quarters ("Q2", "second quarter of 2022"), halves ("H1"), years ("2022"),
ranges ("between May 1 and May 15", "from May to July"), open ranges ("since April",
"before June", "through June") and relative periods. Relative periods:
- "today", "yesterday";
- "this week|month|quarter|year" (the calendar period holding as_of);
- "last|previous|prior week|month|quarter|year" (the calendar period before it);
- "past week|month|quarter|year" and "last|past N days|weeks|months|quarters|years": a
  rolling window that ends with as_of ("last 30 days" = [as_of - 29, as_of + 1));
- "year|quarter|month to date", "ytd", "qtd", "mtd".
Weeks start on Monday. A month or day without a year is in as_of's year (in a range, the
year written on the other end, if any).
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from bastion.catalog.phrases import PLACES as _ORDINALS
from bastion.planner.plan import TimeRange

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS = {name.lower()[:3]: i for i, name in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a": 1,
}  # fmt: skip

_NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + ")"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?!\s+(?:i|we|you)\b)|june?"
    r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d\d(?!\d)"
_COUNTED = (
    r"(?:rentals?|payments?|customers?|films?|movies?|titles?|dvds?|discs?|copies|times|dollars"
    r"|bucks|minutes|transactions?|things|actors?|renters|members|clients|people|units)\b"
)
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_NUMBERED = (
    *("store", "stores", "shop", "branch", "staff", "top", "#", "no.", "customer", "rental"),
    *("payment", "film", "copy", "actor", "member", "id"),
)
# ("pg-13 july": PG-13 films in July)
_NOT_A_NUMBERED_THING = "".join(rf"(?<!{word} )" for word in _NUMBERED) + r"(?<!pg-)(?<!nc-)"

# Days known by name ("Memorial Day", "Easter", "Father's Day"): how people say them, and
# the name the `holidays` library gives the day in HOLIDAY_COUNTRY's calendar (public
# holidays and the days everyone keeps, such as Mother's Day and Halloween)
HOLIDAY_COUNTRY = "US"
_HOLIDAY_NAMES: tuple[tuple[str, str], ...] = (
    (r"new\s+year'?s'?\s+day", "New Year's Day"),
    (r"new\s+year'?s'?\s+eve", "New Year's Eve"),
    (r"(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day", "Martin Luther King Jr. Day"),
    (r"groundhog\s+day", "Groundhog Day"),
    (r"(?:st\.?\s+|saint\s+)?valentine'?s(?:\s+day)?", "Valentine's Day"),
    (r"presidents'?\s+day|washington'?s\s+birthday", "Washington's Birthday"),
    (r"(?:st\.?|saint)\s+patrick'?s(?:\s+day)?", "Saint Patrick's Day"),
    (r"good\s+friday", "Good Friday"),
    (r"easter(?:\s+sunday)?", "Easter Sunday"),
    (r"mother'?s'?\s+day", "Mother's Day"),
    (r"memorial\s+day", "Memorial Day"),
    (r"father'?s'?\s+day", "Father's Day"),
    (r"juneteenth", "Juneteenth National Independence Day"),
    (r"independence\s+day|(?:the\s+)?fourth\s+of\s+july", "Independence Day"),
    (r"labou?r\s+day", "Labor Day"),
    (r"columbus\s+day", "Columbus Day"),
    (r"halloween", "Halloween"),
    (r"veterans'?\s+day", "Veterans Day"),
    (r"thanksgiving(?:\s+day)?", "Thanksgiving Day"),
    (r"christmas\s+eve|xmas\s+eve", "Christmas Eve"),
    (r"christmas(?:\s+day)?|xmas", "Christmas Day"),
)
_HOLIDAY = "(?:" + "|".join(spoken for spoken, _ in _HOLIDAY_NAMES) + ")"

# The day a "week of" / "weekend of" phrase names: 2022-07-27, July 27 (2022), 27 July (2022),
# Memorial Day (2022)
_NAMED_DAY = (
    rf"(?:(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d)"
    rf"|(?P<mon>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<d3>{_DAY})\s+(?:of\s+)?(?P<mon3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR}))?"
    rf"|(?P<hol>{_HOLIDAY})(?:,?\s+(?P<y4>{_YEAR}))?)"
)

# Kinds of single points, in the order they are tried at one position (longest forms first).
_KINDS: tuple[tuple[str, str], ...] = (
    (  # "the last weekend of July" (the cleaning wrote "weekend" as "wkend" here)
        "weekend_in",
        r"(?:the\s+)?(?P<o>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+wkend\s+of\s+"
        rf"(?P<mon>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?",
    ),
    (  # "the last week of July": its last seven days; "the first week of July": 1 to 7
        "week_in",
        r"(?:the\s+)?(?P<o>first|last|1st|final)\s+week\s+(?:of|in)\s+"
        rf"(?P<mon>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?",
    ),
    (
        "weekend_of",  # "the weekend of July 30"
        rf"(?:the\s+)?wkend\s+of\s+{_NAMED_DAY}",
    ),
    (
        "week_of",  # not "per week from June 6": each week, from that day
        r"(?<!per\s)(?<!each\s)(?<!by\s)(?<!a\s)"
        r"(?:the\s+)?week\s+(?P<of>of|starting|beginning|commencing|from)\s+(?:on\s+)?"
        rf"(?:(?:monday|mon)\.?,?\s+(?:the\s+)?)?{_NAMED_DAY}",
    ),
    ("holiday", rf"(?P<hol>{_HOLIDAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    ("iso_month", r"(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])(?![\d-])"),
    ("mdy", rf"(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    # not the number of a thing: "store 1 july 2022" is store 1 in July
    (
        "dmy",
        rf"{_NOT_A_NUMBERED_THING}(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "quarter",
        rf"(?:q(?P<q>[1-4])|(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"\s+quarter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?",
    ),
    ("year_quarter", rf"(?P<y>{_YEAR})\s+q(?P<q>[1-4])"),
    (
        "half",
        rf"(?:h(?P<h>[12])|(?:the\s+)?(?P<hw>first|second)\s+half)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?",
    ),
    ("today", r"(?P<w>today|yesterday)"),
    # "sat the 20th", "friday the 19th", "and the 19th?": that day of the latest month
    (
        "nth",
        r"(?:(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?"
        r"|(?:on|of)\s+(?:the\s+)?|(?<=and\s)(?:the\s+)?|(?<=from\s)the\s+|(?<=to\s)the\s+"
        r"|(?<=until\s)the\s+|(?<=through\s)the\s+|(?<=only\s)(?:the\s+)?|(?<=just\s)(?:the\s+)?"
        r"|^the\s+|^)(?P<d>\d{1,2})(?:st|nd|rd|th)"
        # (a day only when nothing it could number follows: not "the 1st payment")
        r"(?=\s*(?:$|[?.!,;:)+-]|(?:and|at|in|for|from|to|until|through|by|pls|please)\b))",
    ),
    (
        "last_weekday",
        r"(?:(?:last|this\s+past|the\s+last|previous|the\s+previous)\s+)"
        r"(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day",
    ),
    ("this", r"(?:this|the\s+current|current)\s+(?P<unit>week|month|quarter|year)"),
    (
        "rolling",
        rf"(?:the\s+)?(?:last|past|previous|prior)\s+(?P<n>{_NUM})\s+"
        r"(?P<unit>day|week|month|quarter|year)s?",
    ),
    ("last", r"(?:the\s+)?(?P<w>last|previous|prior|past)\s+(?P<unit>week|month|quarter|year)"),
    ("to_date", r"(?:(?P<unit>year|quarter|month)[\s-]+to[\s-]+date|(?P<abbr>ytd|qtd|mtd))"),
    # "July last year", "march of this year"
    ("month_of", rf"(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<rel>last|previous|this)\s+year"),
    ("month", rf"(?P<mon>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?"),
    # ("more than 2000 rentals": a number of things, not the year 2000)
    ("year", rf"(?:the\s+year\s+)?(?P<y>{_YEAR})(?!\s+{_COUNTED})"),
)
# "Jul 22", "jun '22": a month of this year or last, as business shorthand writes it (an
# abbreviated name and two digits; "July 22" and "on Jul 22" stay days)
_MONTH_OF_YEAR = re.compile(
    r"(?P<mon>jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+'?(?P<yy>\d\d)"
)
_KIND_PATTERNS = tuple((kind, re.compile(p)) for kind, p in _KINDS)
_POINT = "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for _, p in _KINDS)
_SCANNER = re.compile(
    rf"\b(?:"
    rf"(?:between|from)\s+(?P<ra>{_POINT})\s+(?P<conn>and|to|until|till|through|thru|-)\s+"
    rf"(?P<rb>{_POINT})"
    rf"|(?P<skind>since|on\s+or\s+after|after|starting(?:\s+(?:in|on|from))?|from)\s+"
    rf"(?P<since>{_POINT})"
    rf"|(?P<bkind>on\s+or\s+before|before|until|till|through|thru|up\s+to|up\s+until|prior\s+to)\s+"
    rf"(?P<before>{_POINT})"
    rf"|(?P<rc>{_POINT})\s*(?:-|\.\.|to|through|thru|until|till)\s*(?P<rd>{_POINT})"
    rf"|(?P<point>{_POINT})"
    rf")(?!\w)"
)


@dataclass(frozen=True)
class TimePhrase:
    """One time phrase found in a question, at ``start:end`` of the lower-cased text."""

    start: int
    end: int
    time_range: TimeRange
    # "between May and June": the two ends, for when the question compares periods.
    parts: tuple[TimeRange, ...] = ()
    # "rentals from last week": that week itself, unless the question asks per period
    # ("by month from May": every month since May)
    itself: TimeRange | None = None


@dataclass(frozen=True)
class _Point:
    start: date
    end: date
    label: str  # as a person says it: "last month (July 2022)"
    plain: str  # the dates alone, for composite labels: "July 2022"
    explicit_year: bool


def find_time_phrases(text: str, as_of: date) -> list[TimePhrase]:
    """Every time phrase in the lower-cased ``text``, left to right."""
    found: list[TimePhrase] = []
    for match in _SCANNER.finditer(text):
        phrase = _interpret(match, as_of)
        if phrase is not None:
            found.append(phrase)
    return found


def _interpret(match: re.Match[str], as_of: date) -> TimePhrase | None:
    start, end = match.span()
    groups = match.groupdict()
    if groups["ra"] is not None or groups["rc"] is not None:
        first, second = (
            (groups["ra"], groups["rb"]) if groups["ra"] else (groups["rc"], groups["rd"])
        )
        pair = _pair(first, second, as_of)
        if groups["conn"] == "and":  # "between last week and the week of July 25"
            swapped = _pair(second, first, as_of)
            if swapped is not None and (pair is None or _span(swapped) < _span(pair)):
                pair = swapped  # the nearer reading ("between November and February" stays)
        if pair is None:
            return None
        a, b = pair
        time_range = TimeRange(start=a.start, end=b.end, label=f"from {a.plain} to {b.plain}")
        parts: tuple[TimeRange, ...] = ()
        if groups["conn"] == "and":
            parts = (_range(a), _range(b))
        return TimePhrase(start, end, time_range, parts)
    if groups["since"] is not None:
        point = _point(groups["since"], as_of, as_of.year)
        if point is None:
            return None
        if groups["skind"] == "from" and groups["since"].lstrip().startswith(("the week", "week")):
            return TimePhrase(start, end, _range(point))  # "rentals from the week of July 25"
        if groups["skind"] == "after":
            label = f"after {point.plain}"
            return TimePhrase(start, end, TimeRange(start=point.end, label=label))
        since = TimeRange(start=point.start, label=f"since {point.plain}")
        onwards = _ONWARDS.match(match.string, end) is not None
        # ("payments from 1 May": since that day)
        if (
            groups["skind"] == "from"
            and not onwards
            and point.end - point.start > timedelta(days=1)
        ):
            return TimePhrase(start, end, since, itself=_range(point))
        return TimePhrase(start, end, since)
    if groups["before"] is not None:
        point = _point(groups["before"], as_of, as_of.year)
        if point is None:
            return None
        if groups["bkind"] in ("before", "prior to"):
            return TimePhrase(start, end, TimeRange(end=point.start, label=f"before {point.plain}"))
        return TimePhrase(start, end, TimeRange(end=point.end, label=f"up to {point.plain}"))
    month = _MONTH_OF_YEAR.fullmatch(groups["point"])
    if (
        month is not None
        and _month_of_year(month, as_of)
        and not match.string[:start].rstrip().endswith(("on", "the"))  # not "on Jul 22"
    ):
        point = _month_point(2000 + int(month["yy"]), month_number(month["mon"]), True)
        return TimePhrase(start, end, _range(point))
    point = _point(groups["point"], as_of, as_of.year)
    return None if point is None else TimePhrase(start, end, _range(point))


_ONWARDS = re.compile(r"\s*(?:on\b|onwards?\b|forwards?\b|and\s+(?:after|later)\b|till|until|to\b)")


def _month_of_year(month: re.Match[str], as_of: date) -> bool:
    """Whether "Aug 22" is a month of this year (August 2022) rather than a day; a month of
    last year only when that day of this year has not yet come ("Dec 21" in August 2022 is
    December 2021, "Aug 21" is August 21)."""
    yy = int(month["yy"])
    if yy == as_of.year % 100:
        return True
    if yy != (as_of.year - 1) % 100:
        return False
    if "'" in month.group(0):  # "aug '21"
        return True
    try:
        day = date(as_of.year, month_number(month["mon"]), yy)
    except ValueError:
        return True
    return day > as_of


def day_range(start: date, end: date) -> TimeRange:
    """The days from ``start`` up to ``end`` (excluded), said as a person says them."""
    label = f"from {_day_label(start)} to {_day_label(end - timedelta(days=1))}"
    return TimeRange(start=start, end=end, label=label)


def _range(point: _Point) -> TimeRange:
    return TimeRange(start=point.start, end=point.end, label=point.label)


def _span(pair: tuple[_Point, _Point]) -> timedelta:
    return pair[1].end - pair[0].start


def _pair(first: str, second: str, as_of: date) -> tuple[_Point, _Point] | None:
    """Both ends of a range; an end without a year takes the other end's year."""
    b = _point(second, as_of, as_of.year)
    if b is None:
        return None
    a = _point(first, as_of, b.start.year if b.explicit_year else as_of.year)
    if a is None:
        return None
    if not a.explicit_year and a.start >= b.end:  # "from November to February"
        a = _point(first, as_of, a.start.year - 1) or a
    if b.end <= a.start:
        return None
    return a, b


# -- single points -----------------------------------------------------------------------


def _point(text: str, as_of: date, default_year: int) -> _Point | None:
    for kind, pattern in _KIND_PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            try:
                return _POINT_BUILDERS[kind](match.groupdict(), as_of, default_year)
            except ValueError:  # "February 30"
                return None
    return None


def _year(groups: dict[str, str | None], default_year: int) -> tuple[int, bool]:
    value = groups.get("y")
    return (int(value), True) if value else (default_year, False)


def month_number(text: str) -> int:
    """A month's number from its name or abbreviation ("Jul", "july.", "July": 7)."""
    return _MONTHS[text.rstrip(".")[:3].lower()]


def _day_label(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _short_day(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (first_next - timedelta(days=1)).day))


def starts_period(day: date, grain: str) -> bool:
    """Whether ``day`` is the first day of a period of ``grain`` (a Monday for a week, the
    1st of January, April, July or October for a quarter); False for an unknown grain."""
    return {
        "day": True,
        "week": day.weekday() == 0,
        "month": day.day == 1,
        "quarter": day.day == 1 and day.month % 3 == 1,
        "year": (day.month, day.day) == (1, 1),
    }.get(grain, False)


def period_containing(grain: str, day: date) -> date:
    """The first day of the week (Monday) or month that ``day`` is in."""
    return day - timedelta(days=day.weekday()) if grain == "week" else day.replace(day=1)


def period_before(start: date, grain: str) -> date:
    """The start of the period of ``grain`` before the one starting on ``start``."""
    months = {"month": 1, "quarter": 3, "year": 12}.get(grain)
    if months is not None:
        return add_months(start, -months)
    return start - timedelta(days=7 if grain == "week" else 1)


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _day_point(day: date, explicit: bool) -> _Point:
    label = _day_label(day)
    return _Point(day, day + timedelta(days=1), f"on {label}", label, explicit)


def _month_point(year: int, month: int, explicit: bool, label: str | None = None) -> _Point:
    start = _month_start(year, month)
    plain = f"{MONTH_NAMES[month - 1]} {year}"
    return _Point(start, add_months(start, 1), label or f"in {plain}", plain, explicit)


def _quarter_point(year: int, quarter: int, explicit: bool, label: str | None = None) -> _Point:
    start = _month_start(year, 3 * quarter - 2)
    plain = f"Q{quarter} {year}"
    return _Point(start, add_months(start, 3), label or f"in {plain}", plain, explicit)


def _week_point(monday: date, explicit: bool) -> _Point:
    plain = f"the week of {_day_label(monday)}"
    return _Point(monday, monday + timedelta(days=7), f"in {plain}", plain, explicit)


def _year_point(year: int) -> _Point:
    return _Point(date(year, 1, 1), date(year + 1, 1, 1), f"in {year}", str(year), True)


def period_of(grain: str, start: date) -> TimeRange:
    """The whole ``grain`` (day, week, month, quarter, year) that starts on ``start``, said
    as the date finder says it ("in July 2022", "in the week of 1 August 2022")."""
    if grain == "week":
        return _range(_week_point(start, True))
    if grain == "month":
        return _range(_month_point(start.year, start.month, True))
    if grain == "quarter":
        return _range(_quarter_point(start.year, (start.month - 1) // 3 + 1, True))
    if grain == "year":
        return _range(_year_point(start.year))
    return _range(_day_point(start, True))


def _week_of(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """The week of the day named: Monday to Sunday around it ("the week of July 27",
    ISO 8601's week), or the seven days from it ("the week starting July 27")."""
    day, explicit = _named_day(g, default_year)
    if g.get("of") == "of":  # "the week of July 27": Monday to Sunday around that day
        day -= timedelta(days=day.weekday())
    return _week_point(day, explicit)


def _named_day(g: dict[str, str | None], default_year: int) -> tuple[date, bool]:
    """The day a "week of" or "weekend of" phrase names, and whether its year was said."""
    if g.get("m"):
        return date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)), True
    written = g.get("y2") or g.get("y3") or g.get("y4")
    year = int(written) if written else default_year
    if g.get("hol"):
        return _holiday_date(g["hol"] or "", year)[0], bool(written)
    month = g.get("mon") or g.get("mon3") or ""
    number = int((g.get("d2") or g.get("d3") or "0").rstrip("stndrh"))
    return date(year, month_number(month), number), bool(written)


def _weekend_point(saturday: date, explicit: bool) -> _Point:
    sunday = saturday + timedelta(days=1)
    plain = f"{_short_day(saturday)} to {_short_day(sunday)}"
    days = (
        f"{saturday.day}-{_day_label(sunday)}"
        if saturday.month == sunday.month
        else f"{_day_label(saturday)} to {_day_label(sunday)}"
    )
    return _Point(saturday, sunday + timedelta(days=1), f"the weekend of {days}", plain, explicit)


def _week_in(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year, explicit = _year(g, default_year)
    month = _month_start(year, month_number(g["mon"] or ""))
    which = "first" if g["o"] in ("first", "1st") else "last"
    first = month if which == "first" else add_months(month, 1) - timedelta(days=7)
    last = first + timedelta(days=6)
    plain = f"{first.day} to {_day_label(last)}"
    label = f"the {which} week of {MONTH_NAMES[month.month - 1]} ({plain})"
    return _Point(first, last + timedelta(days=1), label, plain, explicit)


def _weekend_of(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """The Saturday and Sunday of the weekend of the day named (a weekday's: the one after)."""
    day, explicit = _named_day(g, default_year)
    saturday = (
        day - timedelta(days=1) if day.weekday() == 6 else day + timedelta(days=5 - day.weekday())
    )
    return _weekend_point(saturday, explicit)


def _weekend_in(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """ "The first weekend of July": the month's first Saturday and the Sunday after;
    "the last weekend": its last Saturday and the Sunday after."""
    year, explicit = _year(g, default_year)
    first = date(year, month_number(g["mon"] or ""), 1)
    if g["o"] == "last":
        last = add_months(first, 1) - timedelta(days=1)
        return _weekend_point(last - timedelta(days=(last.weekday() - 5) % 7), explicit)
    saturday = first + timedelta(days=(5 - first.weekday()) % 7)
    return _weekend_point(saturday + timedelta(days=7 * (_ORDINALS[g["o"] or ""] - 1)), explicit)


def _iso_month(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    return _month_point(int(g["y"] or 0), int(g["m"] or 0), True)


def _iso(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    return _day_point(date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)), True)


def _day_of_month(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year, explicit = _year(g, default_year)
    day = int((g["d"] or "0").rstrip("stndrh"))
    return _day_point(date(year, month_number(g["mon"] or ""), day), explicit)


def _nth(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """ "Sat the 20th": the latest day numbered so (on that weekday, when one is said)
    up to the as-of day."""
    number = int(g["d"] or "0")
    said = (g.get("wd") or "")[:3]
    weekday = (
        next((i for i, w in enumerate(_WEEKDAYS) if w.startswith(said)), None) if said else None
    )
    start = date(as_of.year, as_of.month, 1)
    for back in range(13):
        month = add_months(start, -back)
        with contextlib.suppress(ValueError):
            day = month.replace(day=number)
            if day <= as_of and (weekday is None or day.weekday() == weekday):
                return _day_point(day, False)
    raise ValueError(f"no day {number} on that weekday in the last year")


def _month_of(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year = as_of.year - 1 if g["rel"] in ("last", "previous") else as_of.year
    return _month_point(year, month_number(g["mon"] or ""), True)


def _month(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year, explicit = _year(g, default_year)
    return _month_point(year, month_number(g["mon"] or ""), explicit)


def _quarter(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year, explicit = _year(g, default_year)
    quarter = int(g["q"] or 0) if g.get("q") else _ORDINALS[g.get("qw") or ""]
    return _quarter_point(year, quarter, explicit)


def _half(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    year, explicit = _year(g, default_year)
    half = int(g["h"] or 0) if g.get("h") else _ORDINALS[g.get("hw") or ""]
    start = _month_start(year, 6 * half - 5)
    plain = f"H{half} {year}"
    return _Point(start, add_months(start, 6), f"in {plain}", plain, explicit)


def _whole_year(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    return _year_point(int(g["y"] or 0))


def _today(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    day = as_of if g["w"] == "today" else as_of - timedelta(days=1)
    label = _day_label(day)
    return _Point(day, day + timedelta(days=1), f"{g['w']} ({label})", label, True)


def _calendar(unit: str, as_of: date, offset: int, word: str) -> _Point:
    """The calendar ``unit`` holding as_of, moved by ``offset`` units."""
    if unit == "week":
        start = as_of - timedelta(days=as_of.weekday()) + timedelta(weeks=offset)
        plain = f"the week of {_day_label(start)}"
        return _Point(start, start + timedelta(days=7), f"{word} week ({plain})", plain, True)
    if unit == "month":
        start = add_months(_month_start(as_of.year, as_of.month), offset)
        point = _month_point(start.year, start.month, True)
        return _Point(point.start, point.end, f"{word} month ({point.plain})", point.plain, True)
    if unit == "quarter":
        first = _month_start(as_of.year, 3 * ((as_of.month - 1) // 3) + 1)
        start = add_months(first, 3 * offset)
        point = _quarter_point(start.year, (start.month + 2) // 3, True)
        return _Point(point.start, point.end, f"{word} quarter ({point.plain})", point.plain, True)
    year = as_of.year + offset
    return _Point(date(year, 1, 1), date(year + 1, 1, 1), f"{word} year ({year})", str(year), True)


def _this(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    return _calendar(g["unit"] or "", as_of, 0, "this")


def _rolling_window(unit: str, count: int, as_of: date, spoken: str) -> _Point:
    end = as_of + timedelta(days=1)
    if unit == "day":
        start = end - timedelta(days=count)
    elif unit == "week":
        start = end - timedelta(weeks=count)
    else:
        months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
        start = add_months(as_of, -months) + timedelta(days=1)
    plain = f"{_short_day(start)} to {_short_day(as_of)}"
    return _Point(start, end, f"{spoken} ({plain})", plain, True)


def _rolling(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    text = g["n"] or "1"
    count = int(text) if text.isdigit() else NUMBER_WORDS[text]
    if count < 1:
        raise ValueError("an empty window")
    unit = g["unit"] or "day"
    return _rolling_window(unit, count, as_of, f"the last {count} {unit}{'s' * (count != 1)}")


def _last(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    unit = g["unit"] or ""
    if g["w"] == "past":
        return _rolling_window(unit, 1, as_of, f"the past {unit}")
    return _calendar(unit, as_of, -1, "last")


def _to_date(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    unit = g.get("unit") or {"ytd": "year", "qtd": "quarter", "mtd": "month"}[g["abbr"] or ""]
    start = _calendar(unit, as_of, 0, "this").start
    plain = f"{_short_day(start)} to {_short_day(as_of)}"
    return _Point(start, as_of + timedelta(days=1), f"{unit} to date ({plain})", plain, True)


@functools.lru_cache(maxsize=8)
def _holidays_of(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(
        HOLIDAY_COUNTRY, years=year, categories=(holidays.PUBLIC, holidays.UNOFFICIAL)
    )


def _holiday_date(spoken: str, year: int) -> tuple[date, str]:
    """The day a named day falls on in ``year``, and its name ("Memorial Day")."""
    name = next(n for pattern, n in _HOLIDAY_NAMES if re.fullmatch(pattern, spoken))
    days = _holidays_of(year).get_named(name, lookup="exact")
    if not days:
        raise ValueError(f"no {name} in {HOLIDAY_COUNTRY}'s calendar of {year}")
    return days[0], name


def _holiday(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """ "Memorial Day", "Easter 2022": that day, in the year said or the as-of year."""
    year, explicit = _year(g, default_year)
    day, name = _holiday_date(g["hol"] or "", year)
    plain = f"{name} ({_day_label(day)})"
    return _Point(day, day + timedelta(days=1), f"on {plain}", plain, explicit)


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
WEEKDAYS = tuple(f"{stem}day" for stem in _WEEKDAYS)  # "monday" ... "sunday", in order
WEEKDAY_NAMES = frozenset(WEEKDAYS)


def _last_weekday(g: dict[str, str | None], as_of: date, default_year: int) -> _Point:
    """ "last Saturday": the latest Saturday before the as-of day."""
    weekday = _WEEKDAYS.index(g["wd"] or "")
    day = as_of - timedelta(days=(as_of.weekday() - weekday - 1) % 7 + 1)
    plain = _day_label(day)
    return _Point(day, day + timedelta(days=1), f"last {g['wd']}day ({plain})", plain, True)


_POINT_BUILDERS = {
    "weekend_in": _weekend_in,
    "week_in": _week_in,
    "weekend_of": _weekend_of,
    "last_weekday": _last_weekday,
    "week_of": _week_of,
    "holiday": _holiday,
    "iso": _iso,
    "iso_month": _iso_month,
    "mdy": _day_of_month,
    "dmy": _day_of_month,
    "quarter": _quarter,
    "year_quarter": _quarter,
    "half": _half,
    "today": _today,
    "nth": _nth,
    "this": _this,
    "rolling": _rolling,
    "last": _last,
    "to_date": _to_date,
    "month_of": _month_of,
    "month": _month,
    "year": _whole_year,
}
