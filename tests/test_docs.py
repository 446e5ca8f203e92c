"""Docs that must match the code: settings, CLI commands and options, and the README's
example questions (answered on the real Pagila, as a newcomer's `make run` loads it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer.main

from bastion.ask.context import AskRequest
from bastion.ask.flow import answer_question
from bastion.cli.main import app
from bastion.db.engine import Database
from bastion.identity import service as identity
from bastion.services import Services
from bastion.settings import Settings
from tests.conftest import make_settings

ROOT = Path(__file__).parents[1]


def test_every_setting_is_documented_and_nothing_else() -> None:
    text = (ROOT / "docs" / "configuration.md").read_text()
    documented = set(re.findall(r"^\| `BASTION_([A-Z0-9_]+)` \|", text, flags=re.MULTILINE))
    in_code = {name.upper() for name in Settings.model_fields}
    assert documented == in_code


def _commands(group: typer.Typer, prefix: str = "") -> set[str]:
    click_group = typer.main.get_group(group)
    found = set()
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        if hasattr(command, "commands"):
            found |= {f"{name} {sub}" for sub in command.commands}
        else:
            found.add(name)
    return {f"{prefix}{c}" for c in found}


def test_every_cli_command_is_in_the_cli_reference() -> None:
    text = (ROOT / "docs" / "cli.md").read_text()
    documented = set(re.findall(r"^### `bastion ([a-z -]+?)`", text, flags=re.MULTILINE))
    assert documented == _commands(app)


def _leaf_commands(group: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every command that runs something, by its full name (Typer's click, duck-typed)."""
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _leaf_commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def test_every_cli_option_is_in_its_commands_reference() -> None:
    text = (ROOT / "docs" / "cli.md").read_text()
    sections = dict(
        re.findall(r"^### `bastion ([a-z -]+?)`\n(.*?)(?=^### |\Z)", text, flags=re.M | re.S)
    )
    undocumented = {}
    for name, command in _leaf_commands(typer.main.get_group(app)):
        options = [p for p in command.params if p.param_type_name == "option"]
        missing = [
            p.opts[0]
            for p in options
            if p.name != "help"
            and not any(re.search(rf"(?<![\w-]){o}(?![\w-])", sections[name]) for o in p.opts)
        ]
        if missing:
            undocumented[name] = missing
    assert undocumented == {}


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme


def readme_questions() -> list[tuple[str, str]]:
    """The questions the README's examples ask, each with the user who asks it."""
    text = (ROOT / "README.md").read_text()
    asked = re.findall(r'bastion ask "([^"]+)" --user (\w+)', text)
    (token_user,) = re.findall(r"bastion token --user (\w+)", text)
    posted = re.findall(r'"question": "([^"]+)"', text)
    return asked + [(question, token_user) for question in posted]


def test_the_readmes_questions_answer_on_the_real_pagila(
    pagila_db: Database, tmp_path: Path
) -> None:
    questions = readme_questions()
    assert len(questions) >= 3
    services = Services.from_settings(make_settings(tmp_path, pagila_db.url), db=pagila_db)
    try:
        for question, username in questions:
            with pagila_db.session() as session:
                principal = identity.principal_of(identity.find_user(session, username))
            ctx = answer_question(services, principal, AskRequest(question))
            assert ctx.status == "ok", (question, username, ctx.error)
            assert ctx.result is not None and ctx.result.rows, question
    finally:
        services.executor.dispose()
