"""Every third-party package the code imports is declared in pyproject.toml: a run-time
import needs a [project] dependency (the dev extra is not installed in production);
only bastion.testing, which nothing else imports, may use the dev extra."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).parents[1]
SOURCE = ROOT / "src"
PACKAGE = SOURCE / "bastion"
TESTING = PACKAGE / "testing"


def canonical(requirement: str) -> str:
    """The distribution name of a requirement (PEP 503 normalised)."""
    name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert name, requirement
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    dev = project.get("optional-dependencies", {}).get("dev", [])
    return {canonical(r) for r in project["dependencies"]}, {canonical(r) for r in dev}


def imports(path: Path) -> set[str]:
    """Absolute imports of a module, as dotted names."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def third_party(module: str) -> str | None:
    top = module.partition(".")[0]
    if top in sys.stdlib_module_names or top in {"__future__", "bastion"}:
        return None
    return top


def test_every_third_party_import_is_a_declared_dependency() -> None:
    runtime, dev = declared()
    providers = packages_distributions()
    undeclared: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        allowed = runtime | dev if path.is_relative_to(TESTING) else runtime
        for module in imports(path):
            top = third_party(module)
            if top is None:
                continue
            distributions = {canonical(d) for d in providers.get(top, [])}
            if not distributions & allowed:
                where = str(path.relative_to(SOURCE))
                undeclared.setdefault(f"{top} ({', '.join(sorted(distributions))})", set()).add(
                    where
                )
    assert undeclared == {}


def test_nothing_at_run_time_imports_the_test_helpers() -> None:
    """bastion.testing may use the dev extra only because no other module imports it."""
    importers = [
        str(path.relative_to(SOURCE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.is_relative_to(TESTING)
        and any(m == "bastion.testing" or m.startswith("bastion.testing.") for m in imports(path))
    ]
    assert importers == []
