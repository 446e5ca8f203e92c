"""Every relation read must be in the role's allowlist, in the policy's schema.

Names are resolved as PostgreSQL does (references.py): CTE names are not relations (their
bodies are checked like any query), unquoted names fold to lowercase, quoted names are
exact. Approved references are rewritten fully qualified (``analytics.film``), so the SQL
means the same whatever the connection's ``search_path``.

Codes:

- ``guard.schema_not_allowed``: a relation in another schema (``public``, ``bastion``,
  ``pg_catalog``, ``information_schema``, ...) or a three-part ``db.schema.table`` name.
- ``guard.relation_not_allowed``: a relation that is not in the role's allowlist, whether
  it exists or not (base tables behind the views included: ``payment``, ``customer``).
- ``guard.syntax_not_allowed``: a FROM item that is neither a name nor a function call.
"""

from __future__ import annotations

from sqlglot import exp

from bastion.guard.context import GuardContext


def allowed_relations(tree: exp.Expr, ctx: GuardContext) -> exp.Expr:
    policy = ctx.policy
    references = ctx.references(tree)
    denied = False
    for ref in references.relations:
        shown = ref.display(policy.schema)
        ctx.relations.add(shown)
        if ref.catalog is not None:
            ctx.deny(
                "guard.schema_not_allowed",
                f"The relation {shown} names a database; only relations in schema "
                f"{policy.schema} are allowed.",
            )
        elif ref.schema not in (None, policy.schema):
            ctx.deny(
                "guard.schema_not_allowed",
                f"The relation {shown} is in schema {ref.schema}; only relations in schema "
                f"{policy.schema} are allowed.",
            )
        elif ref.name not in policy.allowed_relations:
            ctx.deny(
                "guard.relation_not_allowed",
                f"The relation {shown} is not allowed for this role.",
            )
        else:
            continue
        denied = True
    for _ in references.unknown:
        ctx.deny(
            "guard.syntax_not_allowed",
            "A FROM item is neither a relation nor a function call (e.g. ROWS FROM).",
        )
        denied = True
    if not denied and references.relations:
        for ref in references.relations:
            ref.table.set("this", exp.to_identifier(ref.name))
            ref.table.set("db", exp.to_identifier(policy.schema))
        ctx.tree_changed()
    return tree
