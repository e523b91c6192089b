"""The one text layer: every key in both languages, with the same placeholders, and every
key the code and the templates ask for present (a missing one would be a 500 on a page)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import consult
from consult.texts import AUDIENCES, CATALOG, LANGUAGES, t
from consult.texts.times import zone_name

PACKAGE = Path(consult.__file__).parent
# t("key", ...) in Python and templates, w("key") in the report's template; a key built
# from a prefix (t("role_" ~ role)) is left to the pages' own tests.
ASKED = re.compile(r"""\b[tw]\(\s*["']([a-z][a-z0-9_]*)["']\s*[,)]""")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_each_text_is_in_every_language_with_no_value_the_english_lacks() -> None:
    """A translation may leave out a value that is itself English (a marshmallow type name)
    but never name one the caller does not give."""
    lacking = [
        key
        for key, entry in CATALOG.items()
        if set(entry) != set(LANGUAGES)
        or not all(entry.get(language, "").strip() for language in LANGUAGES)
        or not all(placeholders(text) <= placeholders(entry["en"]) for text in entry.values())
    ]
    assert lacking == []


def test_every_key_asked_for_is_in_the_catalog() -> None:
    sources = [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.html"), *PACKAGE.rglob("*.txt")]
    asked = {key for source in sources for key in ASKED.findall(source.read_text("utf-8"))}
    assert asked, "the scan found no keys at all"
    assert sorted(asked - set(CATALOG)) == []


def test_a_key_said_by_two_audiences_is_refused() -> None:
    with pytest.raises(ValueError, match="repeat keys"):
        consult.texts._merged({"one": {"x": {"en": "a", "km": "ក"}}, "two": {"x": {"en": "b"}}})


def test_the_audiences_make_the_catalog() -> None:
    assert sum(len(texts) for texts in AUDIENCES.values()) == len(CATALOG)
    assert t("submit", "km") == CATALOG["submit"]["km"]


def test_a_time_zone_is_said_by_its_city_and_offset() -> None:
    assert zone_name("Asia/Phnom_Penh", "km") == "ភ្នំពេញ (UTC+7)"
    assert zone_name("Asia/Phnom_Penh", "en") == "Phnom Penh (UTC+7)"
    assert zone_name("Asia/Kolkata", "km") == "Kolkata (UTC+5:30)"
    assert zone_name("UTC", "en") == "UTC (UTC+0)"
