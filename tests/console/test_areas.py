"""The console's pages are the areas consult/console/__init__.py lists by name: a module
that is not listed, finished or not, serves no page, and no page comes from elsewhere."""

from __future__ import annotations

import ast
from pathlib import Path

from consult import console

PACKAGE = Path(console.__file__).parent


def declares_pages(path: Path) -> bool:
    """The module holds a blueprint of pages (`pages = Blueprint(...)`)."""
    return any(
        isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "pages" for t in node.targets)
        for node in ast.parse(path.read_text()).body
    )


def test_the_areas_listed_are_the_modules_with_pages_and_serve_every_page(app):
    listed = {area.__name__.rsplit(".", 1)[-1] for area in console.AREAS}
    assert listed == {path.stem for path in PACKAGE.glob("*.py") if declares_pages(path)}
    served = {
        rule.endpoint.split(".")[1]
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.")
    }
    assert served == listed | {"static"}
    assert "pkgutil" not in (PACKAGE / "__init__.py").read_text()
