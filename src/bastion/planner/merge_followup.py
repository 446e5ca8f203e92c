"""Follow-up questions: "and for store 2?", "by month", "only Action films", "what about
rentals?", "top 5 instead". The new question changes the parts it names and keeps the
rest of the previous plan.

What replaces what:
- a measure replaces the measures;
- a breakdown ("by X", "per month", "over time") replaces the breakdown and ends a
  ranking unless the follow-up ranks again; "by X as well" ("too", "also") adds X;
- a filter replaces the filter on the same dimension ("and for store 2?" after
  "store 1"), other filters stay; "all stores" drops the store filter;
- a period replaces the period (and a period comparison); "all time" drops it;
- a comparison replaces the comparison of the same kind (values or periods);
- "top N", "bottom N" rank by the first measure and keep the breakdown.
"""

from __future__ import annotations

from datetime import date, timedelta

from bastion.planner.parse_question import ExistsPart, HavingPart, ParsedQuestion
from bastion.planner.plan import Comparison, Filter, QueryPlan, TimeRange


def previous_as_parsed(previous: QueryPlan) -> ParsedQuestion:
    """The previous plan in the planner's working form."""
    ranking = previous.intent == "ranking" and bool(previous.order)
    if previous.intent == "list":
        entity, *shown = previous.dimensions
        ranked = previous.order[0] if previous.order else None
        return ParsedQuestion(
            subjects=[entity],
            listed=True,
            attributes=[d for d in shown if ranked is None or d != ranked.key],
            time_range=previous.time_range,
            filters=list(previous.filters),
            rank_attribute=(ranked.key, ranked.direction) if ranked is not None else None,
            direction=ranked.direction if ranked is not None else None,
            limit=previous.limit,
            exists=[
                ((e.measure,), e.negate, list(e.filters), e.time_range) for e in previous.exists
            ],
        )
    return ParsedQuestion(
        measures=[(m,) for m in previous.measures],
        having=[((h.measure,), h.op, h.value) for h in previous.having],
        exists=[((e.measure,), e.negate, list(e.filters), e.time_range) for e in previous.exists],
        dimensions=list(previous.dimensions),
        grain=previous.time_grain,
        time_range=previous.time_range,
        # "and on weekdays?" after the weekend share: the part is what changes
        filters=[*previous.filters, *filter(None, [previous.share_of])],
        share=previous.derived == "share",
        share_part=previous.share_of.dimension if previous.share_of is not None else None,
        comparison=previous.comparison,
        # "same figure for last month" after rentals per renter: still the one per the other
        average=previous.derived == "per",
        per_measures=[(m,) for m in previous.measures[1:2] if previous.derived == "per"],
        direction=previous.order[0].direction if ranking else None,
        limit=previous.limit if ranking else None,
        distribution=previous.intent == "distribution",
        # "how many customers have more than 35 rentals", then "split that by home store":
        # still those customers counted, per store
        counts_things=previous.derived == "count",
        subjects=list(previous.dimensions[:1]) if previous.derived == "count" else [],
        histogram=previous.derived == "histogram",  # "and for August?": still per count
    )


_LOWER, _UPPER = frozenset({">", ">="}), frozenset({"<", "<="})


def _having_kept(previous: list[HavingPart], new: list[HavingPart]) -> list[HavingPart]:
    """The previous thresholds that ``new`` does not move: "and with at least 32?" after
    "more than 32 films" replaces the lower bound (one of the other side makes a range);
    "and exactly 3?" replaces every bound."""

    def side(op: str) -> frozenset[str]:
        return _LOWER if op in _LOWER else _UPPER if op in _UPPER else frozenset({op})

    def moved(op: str, new_op: str) -> bool:
        return side(op) == side(new_op) or new_op == "="

    return [
        (measures, op, value)
        for measures, op, value in previous
        if not any(set(measures) & set(m) and moved(op, o) for m, o, _ in new)
    ]


def _exists_kept(previous: list[ExistsPart], new: ParsedQuestion) -> list[ExistsPart]:
    """The previous conditions on what exists that ``new`` does not say anew: "and the ones
    store 2 doesn't stock?" after those store 1 doesn't stock replaces the store ("as well"
    adds it)."""
    if new.adds:
        return previous

    def said_anew(old: ExistsPart) -> bool:
        dimensions = {f.dimension for f in old[2]}
        return any(
            set(old[0]) & set(e[0]) and old[1] == e[1] and dimensions == {f.dimension for f in e[2]}
            for e in new.exists
        ) or (  # "and which have never been in a Horror film?" after a Children one
            old[1] and bool(dimensions) and dimensions == set(new.lacking)
        )

    return [e for e in previous if not said_anew(e)]


def _said_of_what_exists(merged: ParsedQuestion, own: set[str], new: ParsedQuestion) -> None:
    """ "now cust 448" after "cust 75 unreturned titles": the customer was said of the
    rentals that exist (the titles they have out), so the new one replaces it there, not
    among the titles' own conditions."""
    if new.exists:
        return
    for at, (measures, negate, filters, period) in enumerate(list(merged.exists)):
        # "same, brazil" after the cities of Argentina's customers with a rental still out:
        # the country said of those customers too changes with it
        renamed = [
            next((f for f in new.filters if f.dimension == old.dimension and f.op == old.op), old)
            if old.dimension in own
            else old
            for old in filters
        ]
        merged.exists[at] = (measures, negate, renamed, period)
    for flt in list(merged.filters):
        if flt not in new.filters or flt.dimension in own or flt.negate or flt.op != "=":
            continue
        holders = [e for e in merged.exists if any(f.dimension == flt.dimension for f in e[2])]
        if len(holders) != 1:
            continue
        measures, negate, filters, period = holders[0]
        kept = [f for f in filters if f.dimension != flt.dimension]
        at = merged.exists.index(holders[0])
        merged.exists[at] = (measures, negate, [*kept, flt], period)
        merged.filters.remove(flt)


def merge_followup(previous: QueryPlan, new: ParsedQuestion) -> ParsedQuestion:
    """``new`` applied to ``previous``: the parts ``new`` names win, the rest stays."""
    merged = previous_as_parsed(previous)
    merged.unknown = list(new.unknown)
    merged.named_values, merged.named_times = list(new.named_values), new.named_times
    merged.named_dimensions, merged.absorbed = list(new.named_dimensions), set(new.absorbed)
    merged.problems = list(new.problems)
    of_whole = of_the_whole(previous, new)  # "as a % of both stores": not the stores
    # ("and the quietest hour?" after payments by hour: still the payments)
    vague = new.vague_rank and not new.noun_measures and bool(merged.measures)
    listed = merged.listed and not new.measures
    # ("only $4.99 titles" after copies by store: still the copies, of those titles)
    kept_to = new.restricts and not new.measures and bool(new.filters or new.exists)
    if new.names_subject and not of_whole and not listed and not vague and not kept_to:
        merged.measures = list(new.measures or new.noun_measures)
        merged.average, merged.per_measures = new.average, list(new.per_measures)
    elif new.average and new.replace and not new.measures and not new.noun_measures:
        merged.average = merged.replace = True  # "the average instead" after a total
    elif new.average and new.per_dimensions and not new.measures and not new.noun_measures:
        # ("and per customer on average?" after the revenue: the average per customer)
        merged.average, merged.per_dimensions = True, list(new.per_dimensions)
    merged.attributes = list(dict.fromkeys([*merged.attributes, *new.attributes]))
    merged.having = [*_having_kept(merged.having, new.having), *new.having]
    merged.exists = [*_exists_kept(merged.exists, new), *new.exists]
    merged.set_aside = list(new.set_aside)
    merged.judged = new.judged  # "which month was worst?": of the figure asked before
    # "top 5 customers" after customers by number of rentals: a ranking, no longer per count
    merged.histogram = new.histogram or (
        merged.histogram and not new.has_grouping and new.direction is None
    )
    if of_whole or (new.share and not new.measures and not new.noun_measures):
        merged.share = previous.derived in (None, "share")  # "and as a percentage?": their share
    # "and the month over month growth?": the growth of what was asked before
    merged.growth = new.growth or (
        previous.derived in ("growth", "change") and not new.has_grouping
    )
    if new.has_grouping:
        keeps_time = merged.grain is not None and not new.grain and not new.replace
        kept = [d for d in merged.dimensions if d not in new.dimensions] if new.adds else []
        if previous.derived == "count":  # the things counted stay first
            kept = list(dict.fromkeys([*previous.dimensions[:1], *kept]))
        merged.dimensions = [*kept, *new.dimensions]  # "by store as well": both
        # "now for every category" after "animation rentals": by category, all of them
        # ("split that by language" after "not in English": the other languages, each)
        merged.filters = [
            f for f in merged.filters if f.dimension not in new.dimensions or f.negate
        ]
        if new.grain and new.time_range is None and _within_one(merged.time_range, new.grain):
            merged.time_range = None  # "now by month" after "in May": every month
        merged.grain = merged.grain if keeps_time else new.grain  # "now per store"
        merged.trend = merged.trend if keeps_time else new.trend
        merged.distribution = new.distribution
        # ("and which month for store 2?" after the weakest month: the same ranking)
        same_groups = (new.grain or None) == previous.time_grain and set(new.dimensions) <= set(
            previous.dimensions
        )
        # ("and which hour of the day?", "by hour instead" after the busiest weekday: the
        # busiest hour)
        one_swapped = (
            previous.intent == "ranking"
            and previous.limit == 1
            and len(previous.dimensions) + bool(previous.time_grain) == 1
            and len(new.dimensions) + bool(new.grain) == 1
            and (new.which or new.replace)
            and not new.adds
        )
        ranked_again = (same_groups and new.which and previous.order) or one_swapped
        if new.direction is None and not ranked_again:
            merged.direction, merged.limit = None, None
    elif new.distribution:
        merged.distribution = True
    comparison = merged.comparison
    # ("as a % of both stores": the stores are the whole, store 2 stays the part)
    dropped = {f.dimension for f in new.filters} | (set() if of_whole else new.cleared)
    if new.own_stores:  # "how many at my store then" after store 2's: the asker's stores
        dropped.add("store")
    added: list[Filter] = []
    if new.adds:  # "and if we leave out China as well?" after "other than India": both out
        merged.filters, added = _excluded_too(merged.filters, new.filters)
        dropped -= {f.dimension for f in added}
    own = {f.dimension for f in merged.filters}
    merged.filters = [f for f in merged.filters if f.dimension not in dropped] + [
        f for f in new.filters if f not in added
    ]
    _said_of_what_exists(merged, own, new)
    if comparison is not None and comparison.dimension in dropped:
        instead = [f for f in new.filters if f.dimension == comparison.dimension]
        if len(instead) == 1 and not instead[0].negate and instead[0].op == "=":
            # "what about horror?" after Action against Comedy: Horror's figure, named
            comparison = comparison.model_copy(update={"values": instead[0].values})
            merged.filters = [f for f in merged.filters if f not in instead]
        else:
            comparison = _without_values(comparison)
    dated_exists = [e for e in merged.exists if e[3] is not None]
    if (
        new.time_range is not None
        and previous.time_range is None
        and len(dated_exists) == 1
        and not new.exists
        and previous.time_grain is None
    ):
        # "and for May?" after the customers with no payment in April: the period is what
        # they lack's
        at = merged.exists.index(dated_exists[0])
        measures, negate, filters, _ = dated_exists[0]
        merged.exists[at] = (measures, negate, filters, new.time_range)
    elif new.time_range is not None or new.all_time:
        merged.time_range = _narrowed(merged.time_range, new.time_range)
        # "same for June" after May's biggest payment: a list's period was its rows' dates
        merged.filters = [f for f in merged.filters if not _dated_bound(f)]
        if comparison is not None:
            comparison = comparison.model_copy(update={"periods": ()})
    if new.comparison is not None:
        base = comparison or Comparison()
        if new.comparison.dimension is not None:
            base = base.model_copy(
                update={"dimension": new.comparison.dimension, "values": new.comparison.values}
            )
            merged.filters = [f for f in merged.filters if f.dimension != base.dimension]
        if new.comparison.periods:
            base = base.model_copy(update={"periods": new.comparison.periods})
            merged.time_range = None
        comparison = base
    merged.comparison = _empty_to_none(comparison)
    if new.rank_attribute is not None and (merged.rank_attribute or not merged.measures):
        # "and the shortest?" after the longest film, "longest one?" after a list of films
        # (not "and the cheapest?" after a ranking by a measure: that ranking reversed)
        merged.rank_attribute = new.rank_attribute
    elif new.direction is not None and merged.rank_attribute is not None:
        merged.rank_attribute = (merged.rank_attribute[0], new.direction)  # "and the least?"
    if new.direction is not None:
        merged.direction = new.direction
        # "and the most?" after "which category was rented the least": the top one
        merged.limit = new.limit or (merged.limit if previous.intent == "ranking" else None)
        merged.singular = new.singular
    elif new.limit is not None:
        merged.limit = new.limit
    return merged


def _excluded_too(kept: list[Filter], new: list[Filter]) -> tuple[list[Filter], list[Filter]]:
    """The earlier filters with the values a follow-up excludes "as well" added to the
    exclusion of the same dimension; and those new filters so merged."""
    merged, added = list(kept), []
    for extra in new:
        same = [
            i
            for i, f in enumerate(merged)
            if f.dimension == extra.dimension and f.negate and extra.negate and f.op == extra.op
        ]
        if extra.op != "=" or len(same) != 1:
            continue
        old = merged[same[0]]
        values = (*old.values, *(v for v in extra.values if v not in old.values))
        merged[same[0]] = old.model_copy(update={"values": values})
        added.append(extra)
    return merged, added


def of_the_whole(previous: QueryPlan, new: ParsedQuestion) -> bool:
    """ "As a share of all rentals each month?", "as a % of both stores?" after store 2's
    rentals by month: a share whose whole is named by the measure asked before or by the
    values of a filter it had ("both stores"), its part being that filter's value."""
    if not new.share or previous.derived is not None or not previous.filters:
        return False
    same_measures = all(c[0] in previous.measures for c in new.measures)
    every_value = bool(new.cleared) and set(new.subjects) <= new.cleared
    filtered = {f.dimension for f in previous.filters}
    return (
        same_measures
        and (not new.noun_measures or every_value)
        and new.cleared <= filtered
        and not new.filters
    )


def _within_one(period: TimeRange | None, grain: str) -> bool:
    """Whether ``period`` fits in one ``grain`` (May 2022 in one month): a breakdown by
    that grain inside it would be one row."""
    if period is None or period.start is None or period.end is None:
        return False
    last = period.end - timedelta(days=1)
    return _bucket(period.start, grain) == _bucket(last, grain)


def _bucket(day: date, grain: str) -> tuple[int, ...]:
    """The ``grain`` a day falls in (weeks start on Monday, as the planner's)."""
    if grain == "week":
        return tuple(day.isocalendar()[:2])
    if grain == "quarter":
        return (day.year, (day.month - 1) // 3)
    return {"year": (day.year,), "month": (day.year, day.month)}.get(grain, day.timetuple()[:3])


def _dated_bound(flt: Filter) -> bool:
    """A bound of a listed event's own date ("payment date >= 2022-05-01"): the period
    a list of payments or rentals was asked for."""
    if flt.op not in (">=", "<") or len(flt.values) != 1 or not isinstance(flt.values[0], str):
        return False
    try:
        date.fromisoformat(flt.values[0])
    except ValueError:
        return False
    return True


def _without_values(comparison: Comparison) -> Comparison:
    return comparison.model_copy(update={"dimension": None, "values": ()})


def _empty_to_none(comparison: Comparison | None) -> Comparison | None:
    if comparison is None or (comparison.dimension is None and not comparison.periods):
        return None
    return comparison


def _narrowed(before: TimeRange | None, said: TimeRange | None) -> TimeRange | None:
    """ "Before June only" after "since April": April to May, the open end closed; any
    other period said replaces the earlier one."""
    if before is None or said is None:
        return said
    opened = before.start is not None and before.end is None
    if opened and said.start is None and said.end and said.end > before.start:  # type: ignore[operator]
        label = f"{before.label} and {said.label}".strip()
        return TimeRange(start=before.start, end=said.end, label=label)
    return said
