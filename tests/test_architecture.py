"""The layers of docs/architecture.md hold: import-linter's contracts in pyproject.toml
pass, every package of Bastion has its place in them, and an upward import fails."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import bastion

ROOT = Path(__file__).parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    found: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return found


def lint(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_the_import_contracts_are_kept() -> None:
    result = lint(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_package_has_a_layer() -> None:
    layers = next(c for c in contracts() if c["id"] == "layers")["layers"]
    assert isinstance(layers, list)
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    modules = {
        f"bastion.{m.name}" for m in pkgutil.iter_modules(bastion.__path__) if m.name != "__main__"
    }
    assert modules == placed, f"not placed: {modules - placed}; gone: {placed - modules}"


def test_an_upward_import_breaks_the_layers(tmp_path: Path) -> None:
    """The ask flow imports the planner; a contract that puts the planner above the flow
    must fail, which shows the linter reads the real imports."""
    layers = next(c for c in contracts() if c["id"] == "layers")["layers"]
    assert isinstance(layers, list)
    swapped = [layer for layer in layers if layer != "bastion.planner"]
    swapped.insert(swapped.index("bastion.ask"), "bastion.planner")
    names = ", ".join(f'"{layer}"' for layer in swapped)
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "bastion"\n\n'
        '[[tool.importlinter.contracts]]\nname = "swapped"\ntype = "layers"\n'
        f"layers = [{names}]\n"
    )
    result = lint(config)
    assert result.returncode != 0
    assert "bastion.ask" in result.stdout and "bastion.planner" in result.stdout
