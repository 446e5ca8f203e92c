"""Concurrent activation, the resolution cache across processes, the sandbox, and the
built-in packs (what migration 0005 writes is held by tests/db/test_migration_seeds.py)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import text

from bastion.errors import BastionError
from bastion.identity import service as identity
from bastion.prompts import service
from bastion.prompts.defaults import DEFAULT_PACKS
from bastion.prompts.errors import TemplateInvalid
from bastion.prompts.render import check_block, render
from bastion.prompts.resolve import PromptCache
from bastion.prompts.schemas import BlockIn, PromptBlocksUpdate, PromptPackCreate
from bastion.services import Services
from tests.helpers import make_user, unique_name


def _org(services: Services) -> tuple[int, Any]:
    slug = unique_name("org").replace("_", "-")
    name = make_user(services, role="admin", is_all_stores=True, store_ids=(), org_slug=slug)
    with services.db.session() as session:
        user = identity.find_user(session, name)
        return user.org_id, identity.principal_of(user)


def _style(template: str) -> list[BlockIn]:
    return [BlockIn(name="style", template=template)]


def test_concurrent_activation_leaves_exactly_one_active(services: Services) -> None:
    org_id, admin = _org(services)
    with services.db.session() as session:
        pack = service.create_pack(
            session,
            org_id,
            admin,
            PromptPackCreate(name="race", purpose="narration", blocks=_style("decimals: 0")),
        )
        for decimals in range(1, 8):
            service.save_version(
                session,
                org_id,
                admin,
                pack.id,
                PromptBlocksUpdate(blocks=_style(f"decimals: {decimals % 7}")),
            )
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def activate(number: int) -> None:
        barrier.wait()
        try:
            with services.db.session() as session:
                service.activate(session, org_id, admin, pack.id, number)
        except BastionError as exc:  # a clear 409 is acceptable, never two actives
            errors.append(exc)

    threads = [threading.Thread(target=activate, args=(n,)) for n in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with services.db.engine.connect() as conn:
        active = conn.execute(
            text(
                "SELECT count(*) FROM bastion.prompt_pack_versions"
                " WHERE pack_id = :p AND status = 'active'"
            ),
            {"p": pack.id},
        ).scalar()
    assert active == 1
    assert len(errors) < 8
    assert all(e.status_code == 409 for e in errors)


def test_a_change_made_elsewhere_invalidates_the_cache(services: Services) -> None:
    org_id, admin = _org(services)
    first, second = PromptCache(), PromptCache()  # two API processes
    engine = services.db.autocommit
    assert first.resolve(engine, org_id, "admin", admin.user_id).style.decimals == 2
    assert second.resolve(engine, org_id, "admin", admin.user_id).versions == ()
    with services.db.session() as session:
        service.create_pack(
            session,
            org_id,
            admin,
            PromptPackCreate(
                name="cached", purpose="narration", blocks=_style("decimals: 4"), activate=True
            ),
        )
    assert first.resolve(engine, org_id, "admin", admin.user_id).style.decimals == 4
    assert second.resolve(engine, org_id, "admin", admin.user_id).style.decimals == 4
    cached = first.resolve(engine, org_id, "admin", admin.user_id)
    assert first.resolve(engine, org_id, "admin", admin.user_id) is cached


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ question.__class__.__init__.__globals__ }}",
    ],
)
def test_templates_cannot_reach_python(template: str) -> None:
    with pytest.raises(TemplateInvalid):  # refused when saved...
        check_block("narration", "system", template, ["question"])
    with pytest.raises(TemplateInvalid):  # ...and by the sandbox, were it ever rendered
        render(template, {"question": "q"})


@pytest.mark.parametrize(
    ("template", "what"),
    [
        # each of the org's questions took 6 s on a shared worker
        ("{% for i in range(100000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
         "a function call"),
        ('{{ "x" * 10**8 }}', "arithmetic"),  # allocated 100 MB
        ("{% set a = question ~ question %}{{ a }}", "set"),
        ("{% set ns = namespace(x='a') %}{{ ns.x }}", "set"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "'Macro'"),
        ('{{ "%100000000s" | format(question) }}', "the filter 'format'"),
        ("{{ question | center(100000000) }}", "the filter 'center'"),
        ("{{ question.center(100000000) }}", "a function call"),
        ("{{ rows | map('center', 100000000) | join }}", "map with a filter's name"),
        ("{{ rows | join(question) }}", "a filter argument that is not a constant"),
        ("{% for a in rows %}{% for b in a %}{% for c in b %}x{% endfor %}{% endfor %}"
         "{% endfor %}", "loops more than 2 deep"),
        ("{% for r in rows recursive %}{{ loop(r) }}{% endfor %}", "a recursive loop"),
        ("{% include 'x' %}", "'Include'"),
        ("{{ question | replace('a', '" + "b" * 1001 + "') }}", "a constant over 1,000"),
    ],
)  # fmt: skip
def test_templates_that_loop_or_allocate_without_bound_are_refused_when_saved(
    template: str, what: str
) -> None:
    with pytest.raises(TemplateInvalid) as caught:
        check_block("narration", "detail", template, ["question", "rows"])
    assert caught.value.code == "prompts.construct_not_allowed"
    assert f"uses {what}" in caught.value.message


def test_what_a_template_may_do_it_still_does() -> None:
    template = (
        "{{ question | upper }}: {% for row in rows %}{{ loop.index }}. "
        "{% for cell in row %}{{ cell }}{% if not loop.last %}, {% endif %}{% endfor %}\n"
        "{% endfor %}{{ rows | length }} rows{{ ' (cut)' if rows | length > 1 else '' }}"
    )
    check_block("narration", "detail", template, ["question", "rows"])
    assert render(template, {"question": "q", "rows": [[1, 2], [3, 4]]}) == (
        "Q: 1. 1, 2\n2. 3, 4\n2 rows (cut)"
    )


def test_rendering_stops_at_the_output_cap() -> None:
    """Two loops over 50 rows of long text: refused as it streams, not built in full."""
    template = "{% for a in rows %}{% for b in rows %}{{ question }}{% endfor %}{% endfor %}"
    check_block("narration", "detail", template, ["question", "rows"])
    with pytest.raises(TemplateInvalid) as caught:
        render(template, {"question": "x" * 1000, "rows": list(range(50))})
    assert caught.value.code == "prompts.render_too_large"


def test_rendering_with_a_missing_value_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(TemplateInvalid):
        render("Hi {{ role }}", {})
    assert render("Hi {{ role }}", {"role": "admin"}) == "Hi admin"


def test_the_built_in_prompts_pass_the_save_checks_and_compose(services: Services) -> None:
    for purpose, blocks in DEFAULT_PACKS.items():
        for block in blocks:
            check_block(purpose, block.name, block.template, list(block.variables))
    with services.db.session() as session:
        admin = identity.principal_of(identity.find_user(session, "admin_user"))
    resolved = PromptCache().resolve(
        services.db.autocommit, admin.org_id, admin.role, admin.user_id
    )
    sql = resolved.compose(
        "sql",
        {
            "role": "finance",
            "relations": ["v_payment_scoped", "store"],
            "row_limit": 200,
            "schema_hints": "v_payment_scoped(amount, payment_date, store_id)",
            "question": "total revenue",
        },
    )
    assert sql.startswith("Write one PostgreSQL SELECT statement")
    assert "Allowed relations: v_payment_scoped, store." in sql
    assert sql.index("- Read only") < sql.index("Question: total revenue")
    narration = resolved.compose("narration", {"question": "total revenue"})
    assert "currency_symbol" not in narration and "'total revenue'" in narration
