"""``docs/catalog.md``, generated from the catalog so that the documentation cannot drift
from what the planner uses (a test compares the two).

Regenerate with ``python -m bastion.catalog.docs > docs/catalog.md``.
"""

from __future__ import annotations

from bastion.catalog.catalog import Catalog, load_catalog

INTRO = """\
# Semantic catalog

<!-- Generated from src/bastion/catalog/catalog.yaml by
     `python -m bastion.catalog.docs > docs/catalog.md`; do not edit by hand. -->

The semantic catalog describes the `{schema}` data that people may ask about: the
relations each role may read, their columns and sensitivity, how relations join, the
measures and dimensions questions are made of, with the words that name them, and example
questions. It is a versioned YAML file in the package (`src/bastion/catalog/catalog.yaml`,
version **{version}**), validated when Bastion starts: a dangling name, a measure over an
unknown column, a base table with people or money in a role list or an ambiguous synonym
stops the start with `catalog.invalid`.

The deterministic planner maps a question onto these names (a typed `QueryPlan`), the
compiler turns the plan into one SELECT, and the SQL guard checks that SELECT against the
role matrix below and injects the store scope. Each role's list is the seed-001 matrix;
widen it only deliberately, here.
"""

CONVENTIONS = """\
## Conventions

- **Periods** are half-open date ranges `[start, end)` on the measure's date column
  (`payment_date` for payments, `rental_date` for rentals), compared in the database
  session's time zone. Relative periods ("last month", "last 30 days", "this year") are
  relative to an as-of date that defaults to the newest payment or rental day in the data,
  so the demo works on historic data. "last month|week|quarter|year" is the calendar period
  before the one holding as_of; "past month" and "last N days|weeks|months" are rolling
  windows ending with as_of ("last 30 days" = as_of - 29 to as_of). A month or day without
  a year is in as_of's year. Weeks start on Monday.
- **Trends** group by `date_trunc(grain, date column)`, shown as the first day of each
  period (a date). Periods without rows have no row.
- **Several categories or actors per film.** A film can belong to several categories and
  has several actors, so a breakdown by category or actor counts a film (and each of its
  rentals and payments) once in each of its categories or actors: the rows of such a
  breakdown can add up to more than the total. A *filter* on a category or actor never
  double-counts (it is a semi-join: `film_id IN (...)`).
- **Customer city and country** come from `v_customer_masked`, joined by customer; they
  need a role that may read masked customers (admin, marketing). That view is scoped by the
  customer's home store, so for a person limited to some stores such a breakdown counts
  only customers whose home store is one of theirs.
- **Percentages** (`format: percent`) are ratios from 0 to 1 (0.042 reads "4.2%").
- **Averages** are rounded in SQL (money to cents); counts are integers.
- **Order and limit.** Every result has a deterministic order: the plan's order, then every
  grouped column ascending (ties broken, collation C). Rankings without a number show the
  top 10 ("which ..." in the singular: the top 1); every result has at most 200 rows.
- **Rankings without a measure** ("top 10 films") use the first of
  {default_ranking} that the role may read.
- **A phrase several measures share** ("customers") means the first of them, in the order
  of the measures below, that the role may read and, when the question names a period or
  a trend, that has a date.
"""


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _codes(items: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{i}`" for i in items) if items else "-"


def render_markdown(catalog: Catalog) -> str:
    """The whole of ``docs/catalog.md`` for ``catalog``."""
    out = [INTRO.format(schema=catalog.schema, version=catalog.version)]
    roles = list(catalog.roles)
    out.append("## Role matrix\n")
    out.append("| relation | " + " | ".join(roles) + " |")
    out.append("|---|" + "---|" * len(roles))
    for name in catalog.relations:
        marks = ["yes" if name in catalog.roles[r].relations else "" for r in roles]
        out.append(f"| `{name}` | " + " | ".join(marks) + " |")
    out.append("")
    for spec in catalog.roles.values():
        out.append(f"- **{spec.name}**: {spec.description}")
    out.append("\n## Never queryable\n")
    out.append(
        "Base tables with people or money, and everything outside "
        f"`{catalog.schema}`, are never queryable, whatever a role list says:\n"
    )
    for name, why in catalog.never_queryable.items():
        out.append(f"- `{name}`: {why}")
    out.append("\n## Sensitivity tags\n")
    out.append("| tag | meaning |\n|---|---|")
    for tag, meaning in catalog.sensitivity_tags.items():
        out.append(f"| `{tag}` | {_cell(meaning)} |")
    out.append("\n## Relations\n")
    for rel in catalog.relations.values():
        scope = (
            f" Scoped by `{rel.scope_column}`."
            if rel.scope_column is not None
            else " Not scoped by store."
        )
        out.append(f"### `{catalog.schema}.{rel.name}` ({rel.kind}, alias `{rel.alias}`)\n")
        out.append(f"{rel.description}{scope} Refusals call it \u201c{rel.subject}\u201d.\n")
        out.append("| column | type | sensitivity | description |\n|---|---|---|---|")
        for col in rel.columns.values():
            tags = _codes(list(col.sensitivity))
            out.append(f"| `{col.name}` | {col.type} | {tags} | {_cell(col.description)} |")
        out.append("")
    out.append("## Lookups (joins)\n")
    out.append(
        "The compiler reaches a dimension from a measure's relation along these directed "
        "joins, by the shortest path. `many_to_one` never multiplies rows.\n"
    )
    out.append("| from | to | cardinality |\n|---|---|---|")
    for lk in catalog.lookups:
        out.append(
            f"| `{lk.source}.{lk.source_column}` | `{lk.target}.{lk.target_column}` "
            f"| {lk.cardinality} |"
        )
    out.append("\n## Measures\n")
    out.append("| measure | label | relation | SQL | format | date column |")
    out.append("|---|---|---|---|---|---|")
    for m in catalog.measures.values():
        expression = " ".join(m.expression.split())
        out.append(
            f"| `{m.name}` | {m.label} | `{m.relation}` | `{_cell(expression)}` | {m.format} "
            f"| {f'`{m.time_column}`' if m.time_column else 'none'} |"
        )
    out.append("")
    for m in catalog.measures.values():
        out.append(f"### {m.label} (`{m.name}`)\n")
        out.append(f"{m.description}\n")
        out.append(f"Synonyms: {', '.join(m.synonyms)}.\n")
    out.append("## Dimensions\n")
    out.append("| dimension | label | sources | sort | sensitivity |")
    out.append("|---|---|---|---|---|")
    for d in catalog.dimensions.values():
        sources = "; ".join(f"`{s.relation}`: `{_cell(s.expression)}`" for s in d.sources)
        order = "by value" if d.sort == "value" else "by measure"
        out.append(
            f"| `{d.name}` | {d.label} | {sources} | {order} | {_codes(list(d.sensitivity))} |"
        )
    out.append("")
    for d in catalog.dimensions.values():
        out.append(f"### {d.label} (`{d.name}`)\n")
        out.append(f"{d.description}\n")
        out.append(f"Synonyms: {', '.join(d.synonyms)}.\n")
        if d.numbered:
            out.append(f'Values are numbers written after a synonym: "{d.synonyms[0]} 2".\n')
        if d.values:
            out.append(f"Fixed values: {', '.join(d.values)}.\n")
        if d.known_values:
            out.append(f"Values recognised from the data (`KnownValues.{d.known_values}`).\n")
    out.append("## Time grains\n")
    out.append("| grain | label | synonyms |\n|---|---|---|")
    for g in catalog.time_grains.values():
        out.append(f"| `{g.name}` | {g.label} | {', '.join(g.synonyms)} |")
    out.append("\n## Example questions per role\n")
    for role in catalog.roles:
        out.append(f"**{role}**\n")
        for question in catalog.suggestions_for_role(role):
            out.append(f"- {question}")
        out.append("")
    ranking = " or ".join(f"`{m}`" for m in catalog.default_ranking_measures)
    out.append(CONVENTIONS.format(default_ranking=ranking))
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(render_markdown(load_catalog()), end="")
