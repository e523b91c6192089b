"""Every refusal a person can meet has its text in both languages: each key in the catalog
has English and Khmer with the same placeholders, and every key the code raises (read from
the code itself, so a new raise cannot slip by) is in the catalog."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import consult
import consult.console  # merges the console's texts into the catalog
from consult.models import ROUND_STATUSES
from consult.schemas.api_keys import ApiKeyCreateSchema
from consult.schemas.calendar import EventCreateSchema
from consult.schemas.common_responses import ApproveSchema, CommonResponseEditSchema
from consult.schemas.followups import FollowupCreateSchema
from consult.schemas.mail import MailQuerySchema
from consult.schemas.networks import (
    ContactCreateSchema,
    NetworkCsvRowSchema,
    NetworkQuerySchema,
    NetworkUpdateSchema,
)
from consult.schemas.refusals import TEMPLATES
from consult.schemas.rounds import AudienceSchema, RoundCreateSchema
from consult.texts import CATALOG, LANGUAGES
from consult.texts.refusals import REFUSALS as TEXTS

SOURCE = Path(consult.__file__).parent
REFUSALS = {"DomainError", "NotFound", "Conflict", "Invalid", "status_conflict"}
# Keys made from a value, each listed with every value it can take.
MADE_KEYS = {
    *(f"refused_status_{status}" for status in ROUND_STATUSES),
    "refused_status_not_yet_open",
    "refused_term_source_shipped",
    "refused_term_source_staff",
    *(f"refused_language_{code}" for code in LANGUAGES),
    "refused_field_other",
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def lacking_a_language(catalog: dict[str, dict[str, str]]) -> list[str]:
    """The keys without a non-empty text in every language."""
    return sorted(
        key
        for key, texts in catalog.items()
        if any(not texts.get(code, "").strip() for code in LANGUAGES)
    )


def test_every_text_people_read_has_both_languages():
    assert lacking_a_language(CATALOG) == []


def test_the_check_names_a_key_that_lacks_a_language():
    catalog = {"refused_ok": {"en": "Yes.", "km": "បាទ។"}, "refused_half": {"en": "Only English."}}
    assert lacking_a_language(catalog) == ["refused_half"]
    assert lacking_a_language({"refused_blank": {"en": "Yes.", "km": " "}}) == ["refused_blank"]


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_the_khmer_of_each_refusal_asks_only_for_values_the_english_has(key):
    """Khmer may leave out a value that is an English word (marshmallow's "datetime", an
    unmatched English message) but never asks for one the raise does not give."""
    assert placeholders(TEXTS[key]["km"]) <= placeholders(TEXTS[key]["en"])


def test_the_refusal_texts_are_the_catalogs_and_replace_none_of_another_module():
    assert all(CATALOG[key] == texts for key, texts in TEXTS.items())


def raised_keys() -> list[tuple[str, int, ast.expr]]:
    """The first argument of every refusal raised in the code base, where it is raised."""
    found = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and _name(node.func) in REFUSALS and node.args:
                found.append((f"{path.relative_to(SOURCE)}", node.lineno, node.args[0]))
    return found


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_every_refusal_raised_in_the_code_base_has_a_key_in_the_catalog():
    raised = raised_keys()
    assert len(raised) > 70, "the scan finds the refusals"
    for where, line, key in raised:
        if isinstance(key, ast.Constant):
            assert key.value in CATALOG, f"{where}:{line} raises {key.value!r}, not in the catalog"
        else:  # a key passed in (a transition's, replies' _refuse): checked where it is written
            assert isinstance(key, ast.Name | ast.Attribute), f"{where}:{line} builds its key"


def test_no_refusal_names_a_value_the_lookup_itself_takes():
    """`text(key, language, **values)`: a value called key or language would clash (a
    refusal's own `language=` is its reader's, not a value)."""
    clashes = {**{name: {"key"} for name in REFUSALS}, "message": {"key", "language"}}
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and _name(node.func) in clashes:
                named = {keyword.arg for keyword in node.keywords}
                assert not named & clashes[_name(node.func)], f"{path}:{node.lineno}"


def test_every_field_refusal_written_in_the_code_base_is_in_the_catalog():
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and _name(node.func) in REFUSALS and len(node.args) > 1:
                for item in ast.walk(node.args[1]):
                    if isinstance(item, ast.List):
                        for element in item.elts:
                            if isinstance(element, ast.Constant):
                                assert element.value in CATALOG, f"{path}:{node.lineno}"


def test_every_refused_key_spelled_in_the_code_base_and_every_made_key_is_in_the_catalog():
    spelled = {
        node.value
        for path in SOURCE.rglob("*.py")
        if path.name != "refusal_texts.py"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.startswith("refused_")
        and node.value.replace("_", "").isalnum()
        and not node.value.endswith("_")  # the start of a made key: f"refused_status_{…}"
    }
    assert sorted((spelled | MADE_KEYS | set(TEMPLATES)) - set(CATALOG)) == []


# The schemas the console reads its forms and the directory's import with.
CONSOLE_SCHEMAS = [
    ApiKeyCreateSchema, EventCreateSchema, ApproveSchema, CommonResponseEditSchema,
    FollowupCreateSchema, MailQuerySchema, ContactCreateSchema, NetworkCsvRowSchema,
    NetworkQuerySchema, NetworkUpdateSchema, AudienceSchema, RoundCreateSchema,
]  # fmt: skip


@pytest.mark.parametrize("schema", CONSOLE_SCHEMAS, ids=lambda schema: schema.__name__)
def test_every_field_a_console_form_can_refuse_has_a_label(schema):
    unlabelled = [name for name in schema().fields if f"refused_field_{name}" not in CATALOG]
    assert unlabelled == []
