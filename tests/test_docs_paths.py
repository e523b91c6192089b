"""The docs name files that exist: every path under consult/, tests/ or the other folders of
the checkout written in README.md or docs/, and every relative link there, leads to a file
or folder. A rename that leaves the docs behind fails here, not in a newcomer's hands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
# A path from the checkout's root, as prose names one ("consult/api/respond.py"), also inside
# a relative link ("../consult/api/respond.py"). A name cut by a placeholder or a glob
# (`test_<feature>.py`, `*.md`) is left out: "tests/console/test_<feature>.py" checks the
# folder it names.
NAMED_PATH = re.compile(
    r"(?<![\w/.-])(?:\.\./)*"
    r"((?:consult|tests|docs|bench|examples|requirements)/(?:[\w.-]+/)*(?:[\w.-]*\w(?![\w<*{…-]))?)"
)
# A Markdown link's target, up to an anchor or a title.
LINK = re.compile(r"\]\(([^)\s#]+)")
# Files the README shows as examples of ones to write, not as ones that exist.
EXAMPLES = {"consult/questions/yes_no.py"}


def named_paths(text: str) -> set[str]:
    return set(NAMED_PATH.findall(text)) - EXAMPLES


def relative_links(text: str) -> set[str]:
    return {target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)}


@pytest.mark.parametrize("doc", DOCS, ids=lambda doc: doc.relative_to(ROOT).as_posix())
def test_every_path_a_doc_names_exists(doc: Path) -> None:
    paths = named_paths(doc.read_text("utf-8"))
    assert sorted(path for path in paths if not (ROOT / path).exists()) == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda doc: doc.relative_to(ROOT).as_posix())
def test_every_relative_link_of_a_doc_leads_somewhere(doc: Path) -> None:
    links = relative_links(doc.read_text("utf-8"))
    assert sorted(link for link in links if not (doc.parent / link).exists()) == []


def test_the_checks_see_a_missing_path_and_a_broken_link() -> None:
    text = "See consult/api/gone.py and [the form](../consult/web/gone.py), or `tests/`."
    assert named_paths(text) == {"consult/api/gone.py", "consult/web/gone.py", "tests/"}
    assert relative_links(text) == {"../consult/web/gone.py"}
    assert named_paths("Add `consult/questions/<name>.py`.") == {"consult/questions/"}
    assert named_paths("tests/console/test_<feature>.py, consult/db.py.") == {
        "tests/console/",
        "consult/db.py",
    }
