"""Dependencies point down: the layers contract in pyproject.toml holds, covers every module
of consult/, and no import runs in a circle.

An upward import (the domain reaching for a schema, the form for the API) fails here and in
`make lint`, before it settles in; so does a new module that no layer names, which the
contract could not see.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "consult"


def test_dependencies_point_down() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_module_of_consult_is_in_a_layer() -> None:
    (contract,) = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    assert contract["containers"] == ["consult"] and contract["exhaustive"] is True
    in_layers = {name for layer in contract["layers"] for name in re.split(r"[|:]", layer)}
    assert sorted(name.strip() for name in in_layers) == sorted(top_level_modules())


def test_nothing_of_ours_imports_the_app_factory() -> None:
    """consult/__init__.py (create_app) wires every layer, so it sits above them all: only
    gunicorn, the tests and the benchmarks import it."""
    graph = grimp.build_graph("consult", cache_dir=None)
    assert graph.find_modules_that_directly_import("consult") == set()


def test_no_import_runs_in_a_circle() -> None:
    """Neither a module nor a part of consult/ (a package with all it holds) reaches itself
    through what it imports: the after-commit nudge once imported consult.tasks, which
    imports it. An import only the type checker reads (the two ends of a relationship) is
    not a dependency."""
    graph = grimp.build_graph("consult", cache_dir=None, exclude_type_checking_imports=True)
    modules_in_a_circle = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=imported, imported=module)
    ]
    parts = [f"consult.{name}" for name in top_level_modules()]
    parts_in_a_circle = [
        (part, other)
        for part in parts
        for other in parts
        if part != other
        and graph.chain_exists(importer=part, imported=other, as_packages=True)
        and graph.chain_exists(importer=other, imported=part, as_packages=True)
    ]
    assert modules_in_a_circle == [] and parts_in_a_circle == []


def top_level_modules() -> list[str]:
    """consult's modules and packages, by the name a layer gives them."""
    modules = [path.stem for path in PACKAGE.glob("*.py") if path.name != "__init__.py"]
    packages = [path.parent.name for path in PACKAGE.glob("*/__init__.py")]
    return modules + packages
