"""QueryPlan -> one PostgreSQL SELECT, built with sqlglot's expression builders.

The shape of the SQL:
- one measure relation, no period comparison: a single grouped SELECT;
- several measure relations: one CTE per relation (``payment_totals``, ``rental_totals``)
  joined on the grouped columns (FULL JOIN USING, or CROSS JOIN for totals);
- a period comparison: a ``periods`` CTE (VALUES) that rows join by date, and a final
  SELECT from ``periods`` LEFT JOIN the totals, so every period has a row.
Every relation is schema-qualified, every output column is aliased with its
``ResultColumn.name``, the ORDER BY ends with every grouped column (ties broken), and the
LIMIT is the plan's (at most 200). A grouped dimension in ``names`` is followed by its
values' names (``customer_name``, a ``label`` column), from a LEFT JOIN.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlglot import exp

from bastion.catalog.catalog import DIALECT, Catalog, Lookup, Measure, Source
from bastion.catalog.phrases import plural, singular
from bastion.catalog.spec import ColumnFormat
from bastion.planner.dates import period_before, starts_period
from bastion.planner.plan import (
    CompiledQuery,
    Exists,
    Filter,
    Having,
    QueryPlan,
    ResultColumn,
    TimeRange,
)
from bastion.planner.resolve_plan import (
    DirectFilter,
    MeasureGroup,
    PlanNotResolvable,
    Resolution,
    SemiJoinFilter,
    entity_link,
    exists_subject,
    key_dimensions,
    resolve_group,
    resolve_plan,
)

MAX_LIMIT = 200
PERIOD = "period"
PERIODS = "periods"
_DATE = exp.DataType.build("date")


# Small builders that make fresh nodes: sqlglot's fluent helpers copy their operands,
# which would be most of the compile time.
def _col(name: str, table: str | None = None) -> exp.Column:
    return exp.column(name, table=table)


def _alias(expression: exp.Expr, name: str) -> exp.Alias:
    return exp.Alias(this=expression, alias=exp.to_identifier(name))


def _cast_date(expression: exp.Expr) -> exp.Cast:
    return exp.Cast(this=expression, to=_DATE.copy())


def _and(conditions: list[exp.Expr]) -> exp.Expr:
    return exp.and_(*conditions, copy=False)


def _name(name: str) -> exp.Table:
    """A CTE by name (built, not parsed)."""
    return exp.Table(this=exp.to_identifier(name))


# sqlglot renamed Select's "with" argument to "with_"; build CTEs for either.
_WITH_ARG = "with_" if "with_" in exp.Select.arg_types else "with"


def compile_plan(
    plan: QueryPlan, catalog: Catalog, names: frozenset[str] = frozenset()
) -> CompiledQuery:
    """Compile ``plan``, with the names of the grouped dimensions in ``names`` where they
    can be shown; raises PlanNotResolvable when the catalog cannot answer it."""
    if plan.derived == "count":  # "how many actors are in more than 30 films"
        return _count_groups(plan, catalog, names)
    if plan.derived == "change":  # "% change in rentals last week vs the week of July 25"
        return _change_between(plan, catalog, names)
    if plan.derived == "histogram":  # "customers by number of rentals in August"
        return _histogram(plan, catalog)
    query, resolution, keys, limit = _query(plan, catalog, names)
    query = query.limit(exp.Literal.number(limit), copy=False)
    named = frozenset(resolution.groups[0].names) if len(resolution.groups) == 1 else frozenset()
    sources = resolution.groups[0].keys if len(resolution.groups) == 1 else {}
    multiplied = any(not j.to_one for g in resolution.groups for j in g.joins)
    return CompiledQuery(
        sql=query.sql(dialect=DIALECT, pretty=True, copy=False),
        columns=_result_columns(plan, catalog, keys, named, sources, multiplied),
        relations=tuple(sorted(resolution.relations)),
    )


def _query(
    plan: QueryPlan, catalog: Catalog, names: frozenset[str]
) -> tuple[exp.Select, Resolution, list[str], int]:
    """The plan's query without its row cap, what it resolved to, its grouped columns'
    names and the LIMIT it needs (the cap, or a top N without ties)."""
    resolution = resolve_plan(plan, catalog, names)
    periods = plan.comparison.periods if plan.comparison is not None else ()
    keys = _key_names(plan, resolution)
    first = _first_change(plan)
    totals = plan if first is None else _with_period_before(plan, first)
    groups = [_group_select(g, totals, catalog, keys, bool(periods)) for g in resolution.groups]
    limit = min(plan.limit or MAX_LIMIT, MAX_LIMIT)
    if plan.derived == "share" and plan.share_of is not None:
        query = _share_of(plan, catalog, names)
        if keys:
            query = query.order_by(*_order(plan, keys, None), copy=False)
    elif plan.derived is not None:
        inner = groups[0] if len(groups) == 1 and not periods else None
        if inner is None:
            inner = _combine(plan, resolution, groups, keys, periods)
            inner.set("order", None)
        query = _derived(inner, plan)
        if first is not None:
            query = _changes_from(query, plan, first)
        if plan.derived == "growth" and plan.dimensions and plan.limit == 1:
            query, limit = _last_period(query, plan), MAX_LIMIT  # each group's last change
        if keys and (plan.derived == "growth" or plan.share_of is None):
            query = query.order_by(*_order(plan, keys, None), copy=False)
    elif len(groups) == 1 and not periods:
        query = groups[0]
        sort_by = {
            k: catalog.dimensions[k].key_column
            for k, source in resolution.groups[0].keys.items()
            if source.key is not None
        }
        if plan.place is not None:
            query, limit = _at_place(query, plan, keys), MAX_LIMIT
        elif plan.ties and plan.limit is not None and plan.order:
            query = _with_ties(query, plan, keys, limit)
            limit = MAX_LIMIT
        elif keys:
            query = query.order_by(*_order(plan, keys, None, sort_by), copy=False)
    else:
        query = _combine(plan, resolution, groups, keys, periods)
    return query, resolution, keys, limit


def _count_groups(plan: QueryPlan, catalog: Catalog, names: frozenset[str]) -> CompiledQuery:
    """How many groups there are ("how many customers have at least 40 rentals"): the
    grouped query, uncut, counted in SQL (never a count of a result the row cap cut)."""
    inner, resolution = _uncut_groups(plan, catalog, names)
    column = COUNT
    # the things counted are the first dimension; the others break the count down ("the
    # number of customers with more than 35 rentals by home store": one count per store)
    counted, *by = plan.dimensions
    query = (
        exp.select(*(exp.column(d, table="grouped") for d in by),
                   _alias(exp.Count(this=exp.Star()), column))
        .from_(inner)
        .limit(exp.Literal.number(MAX_LIMIT), copy=False)
    )  # fmt: skip
    if by:
        keys = [exp.column(d, table="grouped") for d in by]
        query = query.group_by(*keys, copy=False).order_by(*keys, copy=False)
    label = catalog.dimensions[counted].label
    shown = (
        ResultColumn(name=d, label=catalog.dimensions[d].label, role="dimension",
                     format=catalog.dimensions[d].format)
        for d in by
    )  # fmt: skip
    return CompiledQuery(
        sql=query.sql(dialect=DIALECT, pretty=True, copy=False),
        columns=(*shown, ResultColumn(name=column, label=f"Number of {plural(label.lower())}",
                                      role="measure", format="integer")),
        relations=tuple(sorted(resolution.relations)),
    )  # fmt: skip


def _uncut_groups(
    plan: QueryPlan, catalog: Catalog, names: frozenset[str]
) -> tuple[exp.Subquery, Resolution]:
    """The plan's groups without its derived figure, order or cut, as subquery
    "grouped": what a count of groups or of counts is taken over."""
    groups = plan.model_copy(update={"derived": None, "order": (), "limit": None, "ties": False})
    inner, resolution, _, _ = _query(groups, catalog, names)
    inner.set("order", None)
    return inner.subquery("grouped", copy=False), resolution


def _histogram(plan: QueryPlan, catalog: Catalog) -> CompiledQuery:
    """How many things have each count ("customers by number of rentals"): the count of
    each thing (the plan's measure per its one dimension), then the things per count."""
    inner, resolution = _uncut_groups(plan, catalog, frozenset())
    measure = catalog.measures[plan.measures[0]]
    counted = _col(measure.name, "grouped")
    query = (
        exp.select(_alias(counted, measure.name), _alias(exp.Count(this=exp.Star()), COUNT))
        .from_(inner)
        .group_by(counted.copy(), copy=False)
        .order_by(counted.copy(), copy=False)
        .limit(exp.Literal.number(MAX_LIMIT), copy=False)
    )
    things = plural(catalog.dimensions[plan.dimensions[0]].label.lower())
    return CompiledQuery(
        sql=query.sql(dialect=DIALECT, pretty=True, copy=False),
        columns=(
            ResultColumn(name=measure.name, label=measure.label, role="dimension",
                         format=measure.format),
            ResultColumn(name=COUNT, label=f"Number of {things}", role="measure",
                         format="integer"),
        ),
        relations=tuple(sorted(resolution.relations)),
    )  # fmt: skip


DIFFERENCE = "difference"
CHANGE = "change"


def _change_between(plan: QueryPlan, catalog: Catalog, names: frozenset[str]) -> CompiledQuery:
    """One figure in two periods and its change from the first to the second, in one row:
    both figures, the difference and the change as a ratio (never a step-by-step growth)."""
    assert plan.comparison is not None and len(plan.comparison.periods) == 2
    compared = plan.model_copy(update={"derived": None})
    inner, resolution, _, _ = _query(compared, catalog, names)
    inner.set("order", None)
    measure = catalog.measures[plan.measures[0]]
    labels = _period_labels(plan.comparison.periods)
    ends = (f"{measure.name}_first", f"{measure.name}_last")

    def in_period(label: str, name: str) -> exp.Alias:
        picked = exp.EQ(this=_col(PERIOD, "compared"), expression=exp.Literal.string(label))
        value = exp.Filter(
            this=exp.Max(this=_col(measure.name, "compared")),
            expression=exp.Where(this=picked),
        )
        return _alias(value, name)

    values = exp.Select(
        expressions=[in_period(label, name) for label, name in zip(labels, ends, strict=True)]
    ).from_(inner.subquery("compared", copy=False), copy=False)
    first, last = (_col(name, "figures") for name in ends)
    difference = exp.Sub(this=last, expression=first)
    change = exp.Div(
        this=exp.Cast(this=difference.copy(), to=exp.DataType.build("numeric")),
        expression=exp.Nullif(this=first.copy(), expression=exp.Literal.number(0)),
    )
    query = (
        exp.Select(
            expressions=[
                _alias(first.copy(), ends[0]),
                _alias(last.copy(), ends[1]),
                _alias(difference, DIFFERENCE),
                _alias(exp.Round(this=change, decimals=exp.Literal.number(4)), CHANGE),
            ]
        )
        .from_(values.subquery("figures", copy=False), copy=False)
        .limit(exp.Literal.number(MAX_LIMIT), copy=False)
    )
    figures = (
        ResultColumn(name=name, label=f"{measure.label}, {label}", role="measure",
                     format=measure.format)
        for name, label in zip(ends, labels, strict=True)
    )  # fmt: skip
    return CompiledQuery(
        sql=query.sql(dialect=DIALECT, pretty=True, copy=False),
        columns=(
            *figures,
            ResultColumn(
                name=DIFFERENCE, label="Difference", role="measure", format=measure.format
            ),
            ResultColumn(name=CHANGE, label="Change", role="measure", format="percent"),
        ),
        relations=tuple(sorted(resolution.relations)),
    )


def _reads_date(group: MeasureGroup, column: str) -> bool:
    """Whether a grouped column is a part of the measure's date (the weekday of a return),
    which rows without that date (rentals still out) have no value of."""
    read = (c.name for source in group.keys.values() for c in source.parsed.find_all(exp.Column))
    return column in read


def _key_names(plan: QueryPlan, resolution: Resolution) -> list[str]:
    """Output names of the grouped columns: period, time bucket, then dimensions."""
    names = [PERIOD] if plan.comparison is not None and plan.comparison.periods else []
    if plan.time_grain is not None:
        names.append(plan.time_grain)
    return names + list(resolution.dimensions)


def _time_column(plan: QueryPlan, catalog: Catalog) -> ResultColumn:
    """The column of the plan's time bucket ("month")."""
    assert plan.time_grain is not None
    grain = catalog.time_grains[plan.time_grain]
    return ResultColumn(name=plan.time_grain, label=grain.label, role="time", format="date")


def _result_columns(
    plan: QueryPlan,
    catalog: Catalog,
    keys: list[str],
    named: frozenset[str],
    sources: Mapping[str, Source],
    multiplied: bool = False,
) -> tuple[ResultColumn, ...]:
    """The result's columns; with ``multiplied`` (a join that can repeat a measured row,
    film -> its categories) every dimension's groups may overlap."""
    columns: list[ResultColumn] = []
    if plan.derived == "share" and plan.share_of is not None:
        shown = [
            _time_column(plan, catalog)
            if k == plan.time_grain
            else ResultColumn(
                name=k,
                label=catalog.dimensions[k].label,
                role="dimension",
                format=catalog.dimensions[k].format,
            )
            for k in keys
        ]
        return (*shown, ResultColumn(name=SHARE, label="Share", role="measure", format="percent"))
    for key in keys:
        if key == PERIOD:
            columns.append(ResultColumn(name=PERIOD, label="Period", role="dimension"))
        elif key == plan.time_grain:
            columns.append(_time_column(plan, catalog))
        else:
            dim = catalog.dimensions[key]
            source = sources.get(key)
            own = source is not None and source.relation == dim.sources[0].relation
            overlaps = multiplied or dim.type == "list"
            columns.append(
                ResultColumn(
                    name=key,
                    label=dim.label,
                    role="dimension",
                    format=dim.format,
                    overlaps=overlaps,
                )
            )
            if source is not None and source.key is not None:
                columns.append(
                    ResultColumn(
                        name=dim.key_column, label=f"{dim.label} number", role="label", names=key
                    )
                )
            elif own and dim.key is not None:
                columns.append(
                    ResultColumn(name=dim.key_column, label=f"{dim.label} id", role="dimension")
                )
            for part, _ in dim.parts if own else ():
                label = part.replace("_", " ").capitalize()
                columns.append(ResultColumn(name=part, label=label, role="label", names=key))
            if key in named and dim.names is not None:
                label = dim.names.label
                columns.append(
                    ResultColumn(name=dim.names_column, label=label, role="label", names=key)
                )
    for name in dict.fromkeys(plan.measures):
        measure = catalog.measures[name]
        columns.append(
            ResultColumn(name=name, label=measure.label, role="measure", format=measure.format)
        )
    if plan.derived == "range":  # "the range of replacement costs": highest minus lowest
        top = catalog.measures[plan.measures[0]]
        columns.append(ResultColumn(name=RANGE, label="Range", role="measure", format=top.format))
    elif plan.derived == "per":
        top, bottom = (catalog.measures[m] for m in plan.measures[:2])
        label = f"{top.label} per {bottom.per_period or _singular(bottom.label.lower())}"
        per_format: ColumnFormat = "currency" if top.format == "currency" else "number"
        columns.append(ResultColumn(name=PER, label=label, role="measure", format=per_format))
    elif plan.derived is not None:
        label = "Share" if plan.derived == "share" else "Growth"
        name = SHARE if plan.derived == "share" else GROWTH
        columns.append(ResultColumn(name=name, label=label, role="measure", format="percent"))
    return tuple(columns)


def _singular(label: str) -> str:
    """ "rentals" -> "rental", "renting customers" -> "renting customer", "films in
    stock" -> "film in stock" (for "per ..."): the noun before a preposition, else the
    last word."""
    words = label.split()
    ends = [i for i, w in enumerate(words) if w in ("in", "of", "per", "by")]
    at = ends[0] - 1 if ends and ends[0] > 0 else len(words) - 1
    words[at] = singular(words[at])
    return " ".join(words)


# -- one measure relation ------------------------------------------------------------------


def _group_select(
    group: MeasureGroup,
    plan: QueryPlan,
    catalog: Catalog,
    keys: list[str],
    periods: bool,
    exists: bool = True,
) -> exp.Select:
    aliases = {name: rel.alias for name, rel in catalog.relations.items()}
    base_alias = aliases[group.base]
    time_column = group.time_column

    def timed() -> exp.Column:
        assert time_column is not None  # resolve_plan refuses undated measures
        return _col(time_column, base_alias)

    def grouped_by_element(key: str) -> bool:
        """A film's special features are one row each when they are grouped or listed
        ("films per special feature"); beside a listed film they stay the film's one list."""
        return plan.intent != "list" or key == plan.dimensions[0]

    def key_sql(key: str) -> exp.Expr:
        if key == PERIOD:
            return _col(PERIOD, PERIODS)
        if key == plan.time_grain:
            return _cast_date(exp.func("date_trunc", exp.Literal.string(key), timed()))
        value = _source_sql(group.keys[key], aliases)
        dimension = catalog.dimensions.get(key)
        if dimension is not None and dimension.type == "list" and grouped_by_element(key):
            return exp.Explode(this=value)  # one row per element: UNNEST(...)
        return value

    def name_sql(key: str) -> exp.Expr:
        return _source_sql(group.names[key], aliases)

    def extras(key: str) -> list[tuple[str, exp.Expr]]:
        """The entity's identifier and parts beside its value (actor id, first name)."""
        source = group.keys.get(key)
        dimension = catalog.dimensions.get(key)
        if source is None or dimension is None:
            return []
        if source.key is not None:
            return [(dimension.key_column, _source_sql(source.key, aliases))]
        if source.relation != dimension.sources[0].relation:
            return []
        found = []
        if dimension.key is not None:
            found.append((dimension.key_column, _source_sql(dimension.key, aliases)))
        found += [(name, _source_sql(part, aliases)) for name, part in dimension.parts]
        return found

    projections: list[exp.Expr] = []
    grouped_extras: list[exp.Expr] = []
    for k in keys:
        more = extras(k) if k not in (PERIOD, plan.time_grain) else []
        projections.append(_alias(key_sql(k), k))  # the value first, then its id and parts
        projections += [_alias(e, n) for n, e in more]
        grouped_extras += [e.copy() for _, e in more]
        if k in group.names:
            projections.append(_alias(name_sql(k), catalog.dimensions[k].names_column))
    projections += [_alias(_measure_sql(m, aliases), m.name) for m in group.measures]
    query = exp.Select(expressions=projections).from_(_table(catalog, group.base), copy=False)
    for lookup in group.joins:
        query = query.join(
            _table(catalog, lookup.target), on=_join_condition(lookup, aliases), copy=False
        )
    for lookup in group.name_joins:
        query = query.join(
            _table(catalog, lookup.target),
            on=_join_condition(lookup, aliases),
            join_type="left",
            copy=False,
        )
    conditions: list[exp.Expr] = []
    if periods and plan.comparison is not None:
        on = _and(
            [
                exp.GTE(this=timed(), expression=_col("period_start", PERIODS)),
                exp.LT(this=timed(), expression=_col("period_end", PERIODS)),
            ]
        )
        query = query.join(_name(PERIODS), on=on, copy=False)
        conditions += _range_conditions(timed, _span(plan.comparison.periods))
    if plan.time_range is not None and time_column is not None:
        conditions += _range_conditions(timed, plan.time_range)
    elif time_column is not None and (
        (plan.time_grain is not None and plan.time_grain in keys)
        or (group is not None and _reads_date(group, time_column))
    ):
        # rows with no date have no place in time ("returns per month", "returns by
        # weekday": the rentals still out are not returns)
        conditions.append(exp.Not(this=exp.Is(this=timed(), expression=exp.Null())))
    for placed in group.filters:
        conditions.append(_filter_sql(placed, catalog, aliases))
    for key in keys:  # "rentals by days kept": the rentals still out have none
        dimension = catalog.dimensions.get(key)
        if dimension is not None and dimension.known_only and key in group.keys:
            conditions.append(exp.Not(this=exp.Is(this=key_sql(key), expression=exp.Null())))
    for condition in plan.exists if group is not None and exists else ():
        conditions.append(_exists_sql(condition, plan, group.base, catalog, aliases))
    if conditions:
        query = query.where(_and(conditions), copy=False)
    if keys:
        grouped = [key_sql(k) for k in keys] + [name_sql(k) for k in keys if k in group.names]
        query = query.group_by(*grouped, *grouped_extras, copy=False)
    measures = {m.name: m for m in group.measures}
    limits = [
        _having_sql(h, measures[h.measure], aliases) for h in plan.having if h.measure in measures
    ]
    if limits:
        query = query.having(_and(limits), copy=False)
    return query


def _table(catalog: Catalog, relation: str, aliases: Mapping[str, str] | None = None) -> exp.Table:
    alias = aliases[relation] if aliases is not None else catalog.relations[relation].alias
    return exp.table_(relation, db=catalog.schema, alias=alias)


def _join_condition(lookup: Lookup, aliases: dict[str, str]) -> exp.Expr:
    return exp.EQ(
        this=_col(lookup.target_column, aliases[lookup.target]),
        expression=_col(lookup.source_column, aliases[lookup.source]),
    )


def _qualified(parsed: exp.Expr, default: str, aliases: dict[str, str]) -> exp.Expr:
    """A copy of a catalog expression with every column qualified by its table alias."""
    copied = parsed.copy()
    for column in copied.find_all(exp.Column):
        column.set("table", exp.to_identifier(aliases[column.table or default]))
    return copied


def _measure_sql(measure: Measure, aliases: dict[str, str]) -> exp.Expr:
    return _qualified(measure.parsed, measure.relation, aliases)


def _source_sql(source: Source, aliases: dict[str, str]) -> exp.Expr:
    return _qualified(source.parsed, source.relation, aliases)


def _literal(value: str | int | float) -> exp.Expr:
    if isinstance(value, (int, float)):
        return exp.Literal.number(value)
    return exp.Literal.string(value)


def _date(value: date) -> exp.Expr:
    return _cast_date(exp.Literal.string(value.isoformat()))


def _range_conditions(column: Callable[[], exp.Expr], time_range: TimeRange) -> list[exp.Expr]:
    conditions: list[exp.Expr] = []
    if time_range.start is not None:
        conditions.append(exp.GTE(this=column(), expression=_date(time_range.start)))
    if time_range.end is not None:
        conditions.append(exp.LT(this=column(), expression=_date(time_range.end)))
    return conditions


def _span(periods: tuple[TimeRange, ...]) -> TimeRange:
    """The smallest range holding every period (open if one of them is), so that the
    database reads only those dates before joining them to the periods."""
    starts = [p.start for p in periods]
    ends = [p.end for p in periods]
    return TimeRange(
        start=None if None in starts else min(d for d in starts if d is not None),
        end=None if None in ends else max(d for d in ends if d is not None),
    )


_COMPARISONS: dict[str, type[exp.Binary]] = {
    "=": exp.EQ,
    "<>": exp.NEQ,
    "<": exp.LT,
    "<=": exp.LTE,
    ">": exp.GT,
    ">=": exp.GTE,
}


def _typed(value: str | int | float, kind: str) -> exp.Expr:
    """A filter value as a literal of the attribute's type (never pasted into SQL text)."""
    if kind == "boolean":
        return exp.Boolean(this=str(value).lower() in ("true", "1", "yes", "active"))
    if kind in ("date", "timestamp") and isinstance(value, str):
        return _cast_date(exp.Literal.string(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return exp.Literal.number(value)
    return exp.Literal.string(str(value))


def _like_escaped(text: str) -> str:
    """``text`` with LIKE's wildcards and escape character taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# a word in a text, as ILIKE patterns any of which matches: "word" is the whole word, the
# text itself or between spaces ("DAY", not "HOLIDAY")
_TEXT_PATTERNS = {
    "contains": ("%{}%",), "starts": ("{}%",), "ends": ("%{}",),
    "word": ("{}", "{} %", "% {}", "% {} %"),
}  # fmt: skip


def _match(expression: exp.Expr, flt: Filter, kind: str = "text") -> exp.Expr:
    """``expression`` equals (or, negated, differs from) one of the filter's values; with
    another operator, compares to the value; ``contains``: the list holds every value."""
    if flt.op in _TEXT_PATTERNS and kind != "list":  # a word in a text: ILIKE, escaped
        words: list[exp.Expr] = []
        for v in flt.values:
            likes = [
                exp.ILike(
                    this=_wrap(expression.copy()),
                    expression=exp.Literal.string(pattern.format(_like_escaped(str(v)))),
                )
                for pattern in _TEXT_PATTERNS[flt.op]
            ]
            words.append(likes[0] if len(likes) == 1 else exp.Paren(this=exp.or_(*likes)))
        matched_text = _and(words) if len(words) > 1 else words[0]
        return exp.Not(this=exp.Paren(this=matched_text)) if flt.negate else matched_text
    if flt.op == "contains" or kind == "list":
        held: list[exp.Expr] = [
            exp.EQ(
                this=exp.Literal.string(str(v)),
                expression=exp.Any(this=exp.Paren(this=expression.copy())),
            )
            for v in flt.values
        ]
        if flt.op == "only":  # "trailers as their only special feature": those, no other
            size = exp.Anonymous(this="cardinality", expressions=[expression.copy()])
            held.append(exp.EQ(this=size, expression=exp.Literal.number(len(set(flt.values)))))
            exactly = _and(held)
            return exp.Not(this=exp.Paren(this=exactly)) if flt.negate else exactly
        if flt.negate:  # "neither trailers nor commentaries": holds none of them
            return _and([exp.Not(this=h) for h in held])
        return _and(held) if len(held) > 1 else held[0]
    if flt.op != "=" or kind != "text":
        compare = _COMPARISONS[flt.op]
        terms: list[exp.Expr] = [
            compare(this=_wrap(expression.copy()), expression=_typed(v, kind)) for v in flt.values
        ]
        matched = terms[0] if len(terms) == 1 else exp.Paren(this=exp.or_(*terms, copy=False))
        return exp.Not(this=exp.Paren(this=matched)) if flt.negate else matched
    values = [_literal(v) for v in flt.values]
    if len(values) == 1:
        compare = exp.NEQ if flt.negate else exp.EQ
        return compare(this=_wrap(expression), expression=values[0])
    matched = exp.In(this=_wrap(expression), expressions=values)
    return exp.Not(this=matched) if flt.negate else matched


def _wrap(expression: exp.Expr) -> exp.Expr:
    """Parentheses around an operator, so ``a || ' ' || b = 'x'`` reads as meant."""
    return exp.Paren(this=expression) if isinstance(expression, exp.Binary) else expression


def _filter_sql(
    placed: DirectFilter | SemiJoinFilter, catalog: Catalog, aliases: dict[str, str]
) -> exp.Expr:
    kind = catalog.dimensions[placed.filter.dimension].type
    if isinstance(placed, DirectFilter):
        return _match(_source_sql(placed.source, aliases), placed.filter, kind)
    first, rest = placed.path[0], placed.path[1:]
    inner = exp.Select(expressions=[_col(first.target_column, aliases[first.target])]).from_(
        _table(catalog, first.target, aliases), copy=False
    )
    for lookup in rest:
        inner = inner.join(
            _table(catalog, lookup.target, aliases),
            on=_join_condition(lookup, aliases),
            copy=False,
        )
    positive = placed.filter.model_copy(update={"negate": False})
    inner = inner.where(_match(_source_sql(placed.source, aliases), positive, kind), copy=False)
    outer = _col(first.source_column, aliases[placed.anchor])
    matched = exp.In(this=outer, query=exp.Subquery(this=inner))
    return exp.Not(this=matched) if placed.filter.negate else matched


def _having_sql(having: Having, measure: Measure, aliases: dict[str, str]) -> exp.Expr:
    compare = _COMPARISONS["=" if having.op in _TEXT_PATTERNS else having.op]
    value = having.value
    literal = exp.Literal.number(int(value) if float(value).is_integer() else value)
    compared = _measure_sql(measure, aliases)
    if isinstance(compared, exp.Round):  # the threshold is on the value, not its display
        compared = compared.this
    return compare(this=compared, expression=literal)


def _exists_sql(
    condition: Exists, plan: QueryPlan, base: str, catalog: Catalog, aliases: dict[str, str]
) -> exp.Expr:
    """``key IN (SELECT key FROM the measure's rows WHERE ...)``, or NOT IN: the rows of
    ``base`` that have (have no) rows of the measure linked to them. The inner query gets
    its own aliases, so its relations never capture the outer query's."""
    measure = catalog.measures[condition.measure]
    subject = exists_subject(plan, catalog, base)
    outer_source, _ = entity_link(catalog, subject, base)
    inner_source, inner_path = entity_link(catalog, subject, measure.relation)
    inner_aliases = {name: f"{alias}_x" for name, alias in aliases.items()}
    group = resolve_group(catalog, measure.relation, (measure,), (subject,), condition.filters)
    inner = exp.Select(expressions=[_source_sql(inner_source, inner_aliases)]).from_(
        exp.table_(measure.relation, db=catalog.schema, alias=inner_aliases[measure.relation]),
        copy=False,
    )
    joined = {measure.relation}
    for lookup in (*inner_path, *group.joins):
        if lookup.target in joined:
            continue
        joined.add(lookup.target)
        inner = inner.join(
            exp.table_(lookup.target, db=catalog.schema, alias=inner_aliases[lookup.target]),
            on=_join_condition(lookup, inner_aliases),
            copy=False,
        )
    conditions: list[exp.Expr] = [
        exp.Not(this=exp.Is(this=_source_sql(inner_source, inner_aliases), expression=exp.Null()))
    ]
    per_key: list[exp.Expr] = []  # conditions on each key's rows: HAVING
    if condition.time_range is not None and measure.time_column is not None:
        column, alias = measure.time_column, inner_aliases[measure.relation]
        if condition.edge is None:
            conditions += _range_conditions(lambda: _col(column, alias), condition.time_range)
        else:  # "whose first rental was in June": MIN(rental_date) in June
            bound = exp.Min if condition.edge == "first" else exp.Max
            per_key += _range_conditions(
                lambda: bound(this=_col(column, alias)), condition.time_range
            )
    for placed in group.filters:
        conditions.append(_filter_sql(placed, catalog, inner_aliases))
    counted = measure.parsed.find(exp.Filter)  # "unreturned rentals": FILTER (WHERE ...)
    if counted is not None:
        where = counted.args["expression"]
        conditions.append(_qualified(where.this, measure.relation, inner_aliases))
    inner = inner.where(_and(conditions), copy=False)
    if condition.at_least is not None:  # "fewer than 3 actors": not 3 or more
        per_key.append(
            exp.GTE(
                this=_measure_sql(measure, inner_aliases),
                expression=exp.Literal.number(condition.at_least),
            )
        )
    if per_key:
        inner = inner.group_by(_source_sql(inner_source, inner_aliases), copy=False)
        inner = inner.having(_and(per_key), copy=False)
    matched = exp.In(this=_source_sql(outer_source, aliases), query=exp.Subquery(this=inner))
    return exp.Not(this=matched) if condition.negate else matched


# -- ties and derived figures ----------------------------------------------------------------


def _with_ties(query: exp.Select, plan: QueryPlan, keys: list[str], limit: int) -> exp.Select:
    """Keep every row tied with the last of the first ``limit`` (top 10, the most): the
    ranked query in a subquery with FETCH FIRST n ROWS WITH TIES, ordered again outside.
    Ranked by the unrounded figures: two averages shown as 2.90 are tied only if equal."""
    terms = _order_terms(plan)
    for term in terms:
        exact = _before_rounding(query, term.this.name)
        if exact is not None:
            term.set("this", exact)
    inner = query.order_by(*terms, copy=False)
    inner.set(
        "limit",
        exp.Fetch(
            direction="FIRST",
            count=exp.Literal.number(limit),
            limit_options=exp.LimitOptions(rows=True, with_ties=True),
        ),
    )
    # every column by name, so that the policies' column lineage sees through the ranking
    outer = exp.Select(expressions=_named(inner, "ranked")).from_(
        inner.subquery("ranked", copy=False),
        copy=False,
    )
    return outer.order_by(*_order(plan, keys, None), copy=False)


PLACE = "place"  # the dense_rank() of a row in a ranking asked at a place


def _at_place(query: exp.Select, plan: QueryPlan, keys: list[str]) -> exp.Select:
    """The rows ranked at ``plan.place`` ("the second busiest month"), ties kept: each
    row's dense_rank() over the plan's order, in a subquery, and those of that rank
    outside. Dense, so that "the second longest film" is the films of the second
    length even when several share the first."""
    assert plan.place is not None
    ranked = query.subquery("ranked", copy=False)
    rank = exp.Window(
        this=exp.Anonymous(this="dense_rank"), order=exp.Order(expressions=_order_terms(plan))
    )
    placed = exp.Select(expressions=[*_named(query, "ranked"), _alias(rank, PLACE)]).from_(
        ranked, copy=False
    )
    outer = exp.Select(expressions=_named(query, "placed")).from_(
        placed.subquery("placed", copy=False),
        copy=False,
    )
    outer = outer.where(
        exp.EQ(this=_col(PLACE, "placed"), expression=exp.Literal.number(plan.place)), copy=False
    )
    return outer.order_by(*_order(plan, keys, None), copy=False)


def _named(query: exp.Select, table: str) -> list[exp.Expr]:
    """The output columns of ``query`` selected by name from it as ``table``."""
    return [_alias(_col(name, table), name) for name in query.named_selects]


def _order_terms(plan: QueryPlan) -> list[exp.Ordered]:
    return [
        exp.Ordered(this=_col(o.key), desc=o.direction == "desc", nulls_first=False)
        for o in plan.order
    ]


SHARE = "share"
GROWTH = "growth"
PER = "per"  # the average per thing counted: revenue per rental
RANGE = "range"  # the highest value less the lowest: "the range of replacement costs"
COUNT = "count"  # how many groups: actors in more than 30 films


def _share_of(plan: QueryPlan, catalog: Catalog, names: frozenset[str]) -> exp.Select:
    """The share of the rows ``share_of`` picks in the whole, per group if the plan has
    groups: the measure over the part divided by the measure over the whole, each its own
    query, so that a row counted under several values (a film in two categories) is
    counted once in the whole."""
    assert plan.share_of is not None
    whole_plan = plan.model_copy(
        update={"derived": None, "share_of": None, "order": (), "limit": None, "ties": False}
    )
    part_plan = whole_plan.model_copy(update={"filters": (*plan.filters, plan.share_of)})
    # grouped by the plan's dimensions and its time bucket ("share from store 2 by month")
    keys = [*([plan.time_grain] if plan.time_grain else []), *key_dimensions(whole_plan)]
    selects = []
    for sub in (whole_plan, part_plan):
        resolution = resolve_plan(sub, catalog, frozenset())
        if len(resolution.groups) != 1 or len(plan.measures) != 1:
            raise PlanNotResolvable("A share is of one measure at a time.")
        selects.append(_group_select(resolution.groups[0], sub, catalog, keys, False))
    whole, part = (
        q.subquery(n, copy=False) for q, n in zip(selects, ("whole", "part"), strict=True)
    )
    measure = plan.measures[0]

    def numeric(table: str) -> exp.Expr:
        return exp.Cast(this=_col(measure, table), to=exp.DataType.build("numeric"))

    ratio = exp.Div(
        this=exp.Coalesce(this=numeric("part"), expressions=[exp.Literal.number(0)]),
        expression=exp.Nullif(this=numeric("whole"), expression=exp.Literal.number(0)),
    )
    query = exp.Select(
        expressions=[*(_alias(_col(k, "whole"), k) for k in keys), _alias(_round(ratio), SHARE)]
    ).from_(whole, copy=False)
    if keys:
        using: list[int | str | exp.Expr] = [exp.to_identifier(k) for k in keys]
        return query.join(part, using=using, join_type="left", copy=False)
    # no groups: both totals are one row each, read as scalar subqueries (no cross join)
    scalar = exp.Div(
        this=exp.Coalesce(
            this=exp.Cast(this=exp.Subquery(this=selects[1]), to=exp.DataType.build("numeric")),
            expressions=[exp.Literal.number(0)],
        ),
        expression=exp.Nullif(
            this=exp.Cast(this=exp.Subquery(this=selects[0]), to=exp.DataType.build("numeric")),
            expression=exp.Literal.number(0),
        ),
    )
    return exp.Select(expressions=[_alias(_round(scalar), SHARE)])


def _numeric(name: str) -> exp.Expr:
    """A figure of the totals subquery, as numeric (never integer division)."""
    return exp.Cast(this=_col(name, "totals"), to=exp.DataType.build("numeric"))


def _derived(query: exp.Select, plan: QueryPlan) -> exp.Select:
    """A share of the whole (of two measures, or of each group in the total) or a growth
    from the previous period, computed in SQL over every row in scope (never over a cut
    result); a share of the rows a filter picks is ``_share_of``'s."""
    measure = plan.measures[0]
    value = _numeric(measure)
    source = query.subquery("totals", copy=False)
    if plan.derived == "range":  # "the range of replacement costs": the highest less the lowest
        lowest = _numeric(plan.measures[1])
        spread = exp.Sub(this=value, expression=lowest)
        return exp.Select(expressions=[*_named(query, "totals"), _alias(spread, RANGE)]).from_(
            source, copy=False
        )
    if plan.derived == "per":  # "average revenue per rental": one total over the other
        other = _numeric(plan.measures[1])
        ratio = exp.Div(
            this=value, expression=exp.Nullif(this=other, expression=exp.Literal.number(0))
        )
        rounded = exp.Round(this=ratio, decimals=exp.Literal.number(2))
        return exp.Select(expressions=[*_named(query, "totals"), _alias(rounded, PER)]).from_(
            source, copy=False
        )
    if plan.derived == "share" and len(plan.measures) > 1:
        other = _numeric(plan.measures[1])
        ratio = exp.Div(
            this=value, expression=exp.Nullif(this=other, expression=exp.Literal.number(0))
        )
        return exp.Select(
            expressions=[*_named(query, "totals"), _alias(_round(ratio), SHARE)]
        ).from_(source, copy=False)
    if plan.derived == "share":
        whole = exp.Window(this=exp.Sum(this=value.copy()), partition_by=None)
        ratio = exp.Div(
            this=value, expression=exp.Nullif(this=whole, expression=exp.Literal.number(0))
        )
        return exp.Select(
            expressions=[*_named(query, "totals"), _alias(_round(ratio), SHARE)]
        ).from_(source, copy=False)
    # growth: from the previous period, in time order
    if plan.time_grain is None:
        raise PlanNotResolvable("Growth needs periods in time order (per month, per week).")
    named = _named(query, "totals")
    unrounded = _unrounded(query, measure)  # the change of an average, not of its rounding
    if unrounded is not None:
        value = _numeric(unrounded)
    order_key = exp.Order(expressions=[exp.Ordered(this=_col(plan.time_grain))])
    groups = [_col(d) for d in plan.dimensions]  # "growth per store": each store's own
    previous = exp.Window(
        this=exp.Anonymous(this="lag", expressions=[value.copy()]),
        partition_by=groups or None,
        order=order_key,
    )
    change = exp.Div(
        this=exp.Paren(this=exp.Sub(this=value.copy(), expression=previous.copy())),
        expression=exp.Nullif(this=previous.copy(), expression=exp.Literal.number(0)),
    )
    return exp.Select(expressions=[*named, _alias(_round(change), GROWTH)]).from_(
        source, copy=False
    )


def _before_rounding(query: exp.Select, measure: str) -> exp.Expr | None:
    """The expression of ``measure`` in ``query`` without its rounding, if it is rounded."""
    for select in query.selects:
        if isinstance(select, exp.Alias) and select.alias == measure:
            inner = select.this
            while isinstance(inner, exp.Cast):
                inner = inner.this
            if isinstance(inner, exp.Round):
                exact: exp.Expr = inner.this.copy()
                return exact
    return None


def _unrounded(query: exp.Select, measure: str) -> str | None:
    """Selects ``measure`` of ``query`` once more without its rounding ("average payment":
    round(avg(amount), 2)) and names that column; None when the measure is not rounded."""
    exact = _before_rounding(query, measure)
    if exact is None:
        return None
    name = f"{measure}_unrounded"
    query.select(_alias(exact, name), copy=False)
    return name


def _first_change(plan: QueryPlan) -> date | None:
    """The first period of a growth over a range starting on a period's first day, whose
    change is from the period before the range ("month over month growth from February to
    July": February against January); None for any other plan."""
    span, grain = plan.time_range, plan.time_grain
    if plan.derived != GROWTH or grain is None or span is None or span.start is None:
        return None
    return span.start if starts_period(span.start, grain) else None


def _with_period_before(plan: QueryPlan, first: date) -> QueryPlan:
    assert plan.time_range is not None and plan.time_grain is not None
    start = period_before(first, plan.time_grain)
    return plan.model_copy(
        update={"time_range": plan.time_range.model_copy(update={"start": start})}
    )


def _changes_from(query: exp.Select, plan: QueryPlan, first: date) -> exp.Select:
    """The changes of the periods from ``first`` on: the period before was only totalled
    for the first change."""
    assert plan.time_grain is not None
    source = query.subquery("changes", copy=False)
    return (
        exp.Select(expressions=_named(query, "changes"))
        .from_(source, copy=False)
        .where(exp.GTE(this=_col(plan.time_grain, "changes"), expression=_date(first)))
    )


def _last_period(query: exp.Select, plan: QueryPlan) -> exp.Select:
    """ "Rental growth from June to July per store": every group's row of the last period
    (its change from the one before), not one row of all."""
    assert plan.time_grain is not None
    last = exp.Window(this=exp.Max(this=_col(plan.time_grain)))
    marked = query.select(_alias(last, "last_period"), copy=False)
    source = marked.subquery("changes", copy=False)
    columns = [name for name in marked.named_selects if name != "last_period"]
    return (
        exp.Select(expressions=[_alias(_col(name, "changes"), name) for name in columns])
        .from_(source, copy=False)
        .where(
            exp.EQ(this=_col(plan.time_grain, "changes"), expression=_col("last_period", "changes"))
        )
    )


def _round(value: exp.Expr) -> exp.Expr:
    numeric = exp.Cast(this=value, to=exp.DataType.build("numeric"))
    return exp.Round(this=numeric, decimals=exp.Literal.number(4))


# -- several relations or periods ----------------------------------------------------------


def _cte_name(relation: str) -> str:
    stem = relation.removeprefix("v_").removesuffix("_scoped").removesuffix("_masked")
    return f"{stem}_totals"


def _combine(
    plan: QueryPlan,
    resolution: Resolution,
    groups: list[exp.Select],
    keys: list[str],
    periods: tuple[TimeRange, ...],
) -> exp.Select:
    names: list[str] = []
    for g in resolution.groups:  # rentals and returns are both over the rentals: by date
        name = _cte_name(g.base)
        names.append(f"{name}_by_{g.time_column}" if name in names else name)
    measures = [
        (m, name) for g, name in zip(resolution.groups, names, strict=True) for m in g.measures
    ]
    ctes: list[exp.CTE] = []
    if periods:
        columns = ("position", PERIOD, "period_start", "period_end")
        ctes.append(_cte(PERIODS, _periods_values(periods), columns))
    ctes += [_cte(name, group) for name, group in zip(names, groups, strict=True)]

    def measure_column(measure: Measure, table: str) -> exp.Expr:
        value: exp.Expr = _col(measure.name, table)
        if measure.zero_when_empty:
            value = exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])
        return _alias(value, measure.name)

    def joined_totals(columns: list[exp.Expr]) -> exp.Select:
        query = exp.Select(expressions=[*(_col(k) for k in keys), *columns])
        query = query.from_(_name(names[0]), copy=False)
        for name in names[1:]:
            if keys:
                using: list[int | str | exp.Expr] = [exp.to_identifier(k) for k in keys]
                query = query.join(_name(name), using=using, join_type="full", copy=False)
            else:
                query = query.join(_name(name), join_type="cross", copy=False)
        # "countries with 10+ customers, by average spend": a group that fails one
        # relation's threshold is not brought back by the full join of the others
        for name, group in zip(names, groups, strict=True):
            if keys and len(names) > 1 and group.args.get("having") is not None:
                kept = exp.Not(this=exp.Is(this=_col(keys[0], name), expression=exp.Null()))
                query = query.where(kept, copy=False)
        return query

    if not periods:
        final = joined_totals([measure_column(m, t) for m, t in measures])
        final = _with(final, ctes)
        return final.order_by(*_order(plan, keys, None), copy=False) if keys else final
    source = names[0]
    if len(groups) > 1:
        source = "totals"
        ctes.append(_cte(source, joined_totals([_col(m.name, t) for m, t in measures])))
    # the grouped columns and the names shown beside them (a film's id), as the totals
    # give them, so the result's columns are the ones compiled
    shown = [
        n for n in groups[0].named_selects if n != PERIOD and n not in {m.name for m, _ in measures}
    ]
    if len(groups) > 1 or not set(keys) - {PERIOD} <= set(shown):
        shown = [k for k in keys if k != PERIOD]
    final = exp.Select(
        expressions=[
            _alias(_col(PERIOD, PERIODS), PERIOD),
            *(_alias(_col(k, source), k) for k in shown),
            *(measure_column(m, source) for m, _ in measures),
        ]
    ).from_(_name(PERIODS), copy=False)
    final = final.join(
        _name(source),
        on=exp.EQ(this=_col(PERIOD, source), expression=_col(PERIOD, PERIODS)),
        join_type="left",
        copy=False,
    )
    final = _with(final, ctes)
    return final.order_by(*_order(plan, keys, _col("position", PERIODS)), copy=False)


def _period_labels(periods: tuple[TimeRange, ...]) -> list[str]:
    """The name of each compared period, told apart where two read alike."""
    labels: list[str] = []
    for position, period in enumerate(periods, 1):
        label = period.label or f"Period {position}"
        labels.append(f"{label} ({position})" if label in labels else label)
    return labels


def _periods_values(periods: tuple[TimeRange, ...]) -> exp.Values:
    rows = []
    labels = _period_labels(periods)
    for position, (period, label) in enumerate(zip(periods, labels, strict=True), 1):
        rows.append(
            exp.Tuple(
                expressions=[
                    exp.Literal.number(position),
                    exp.Literal.string(label),
                    _date(period.start or date.min),
                    _date(period.end or date.max),
                ]
            )
        )
    return exp.Values(expressions=rows)


def _cte(name: str, body: exp.Expr, columns: tuple[str, ...] = ()) -> exp.CTE:
    alias = exp.TableAlias(
        this=exp.to_identifier(name), columns=[exp.to_identifier(c) for c in columns]
    )
    return exp.CTE(this=body, alias=alias)


def _with(query: exp.Select, ctes: list[exp.CTE]) -> exp.Select:
    query.set(_WITH_ARG, exp.With(expressions=ctes))
    return query


def _order(
    plan: QueryPlan,
    keys: list[str],
    position: exp.Column | None,
    sort_by: Mapping[str, str] | None = None,
) -> list[exp.Ordered]:
    """The plan's order, then every grouped column ascending, so ties never reorder; a
    column with a sort key of its own (a weekday's number) sorts by that key."""

    def term(key: str) -> exp.Expr:
        if key == PERIOD and position is not None:
            return position.copy()
        return _col((sort_by or {}).get(key, key))

    ordered: list[exp.Ordered] = []
    used: set[str] = set()
    for item in plan.order:
        if item.key in used:
            continue
        used.add(item.key)
        desc = item.direction == "desc"
        ordered.append(exp.Ordered(this=term(item.key), desc=desc, nulls_first=False))
    for key in keys:
        if key not in used:
            ordered.append(exp.Ordered(this=term(key), desc=False, nulls_first=False))
    return ordered
