"""A schema's refusals as message keys and values, for the pages people read.

marshmallow and our schemas word their messages in English, and the API answers them as
they are. A page reads each one back into its key and values by the template it was made
from (marshmallow's own templates, so an upgrade that rewords them is followed), then says
it in the reader's language. A message no template matches keeps its English for English
readers and asks Khmer readers to check the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from marshmallow import ValidationError, fields, validate

from consult.domain.errors import Message, message
from consult.schemas.questionnaire import KEY_RULE
from consult.texts import CATALOG, LANGUAGES, t

Refusals = dict[str, list[Message]]
_PLACEHOLDER = re.compile(r"\{(\w+)(?:![rs])?\}")

# The types people meet in the console's forms, each said in words of its own.
TYPES = (
    ("integer", fields.Integer),
    ("number", fields.Number),
    ("boolean", fields.Boolean),
    ("date", fields.Date),
    ("string", fields.String),
    ("list", fields.List),
    ("mapping", fields.Dict),
    ("email", fields.Email),
    ("url", fields.URL),
)
_RANGE = validate.Range
_RANGE_OPS = {
    "at_least": _RANGE.message_gte,
    "more_than": _RANGE.message_gt,
    "at_most": _RANGE.message_lte,
    "less_than": _RANGE.message_lt,
}


def _standard(kind: type[fields.Field], name: str) -> str:
    return str(kind.default_error_messages[name])


def _range_templates() -> dict[str, str]:
    low = {"at_least": _RANGE_OPS["at_least"], "more_than": _RANGE_OPS["more_than"]}
    high = {"at_most": _RANGE_OPS["at_most"], "less_than": _RANGE_OPS["less_than"]}
    templates = {
        f"refused_schema_{name}": _RANGE.message_min.format(min_op=op) for name, op in low.items()
    }
    templates |= {
        f"refused_schema_{name}": _RANGE.message_max.format(max_op=op) for name, op in high.items()
    }
    for low_name, low_op in low.items():
        for high_name, high_op in high.items():
            key = f"refused_schema_{low_name}_{high_name}"
            templates[key] = _RANGE.message_all.format(min_op=low_op, max_op=high_op)
    return templates


# Each key's English template: marshmallow's first, then the ones our schemas raise.
TEMPLATES: dict[str, str] = {
    "refused_schema_required": _standard(fields.Field, "required"),
    "refused_schema_null": _standard(fields.Field, "null"),
    "refused_schema_invalid_value": _standard(fields.Field, "validator_failed"),
    "refused_schema_unknown_field": "Unknown field.",  # a Schema's own, not a field's
    "refused_schema_input_type": "Invalid input type.",
    **{f"refused_schema_not_{name}": _standard(kind, "invalid") for name, kind in TYPES},
    "refused_schema_type": _standard(fields.DateTime, "invalid"),
    "refused_schema_number_too_large": _standard(fields.Number, "too_large"),
    "refused_schema_special_number": _standard(fields.Float, "special"),
    "refused_schema_format": _standard(fields.DateTime, "format"),
    "refused_schema_one_of": validate.OneOf.default_message,
    "refused_schema_length_between": validate.Length.message_all,
    "refused_schema_length_equal": validate.Length.message_equal,
    "refused_schema_longer_than": validate.Length.message_max,
    "refused_schema_shorter_than": validate.Length.message_min,
    "refused_schema_pattern": validate.Regexp.default_message,
    "refused_schema_invalid_input": validate.NoneOf.default_message,
    **_range_templates(),
    "refused_schema_cannot_be_blank": "Cannot be blank.",
    "refused_schema_contacts_same_email": "Two contacts have the same email.",
    "refused_schema_contact_needs_email": "A contact needs an email.",
    "refused_schema_at_most_sectors": "At most {count} sectors.",
    "refused_schema_day_twice": "A day is listed twice.",
    "refused_schema_grouping_twice": "A grouping is listed twice.",
    "refused_schema_after_opens": "Must be after opens_at.",
    "refused_schema_audience_one_way": "Choose the audience one way: all: true, a filter "
    "(kinds, provinces, sectors, mou) or network_ids.",
    "refused_schema_date_years": "Give a date between the years {first} and {last}.",
    "refused_schema_bilingual_shape": 'Give {"en": "...", "km": "..."}.',
    "refused_schema_unknown_languages": "Unknown languages {languages}; use en and km.",
    "refused_schema_text_needed": "{in_language}: must be text.",
    "refused_schema_text_too_long": "{in_language}: at most {limit} characters.",
    "refused_schema_give_text": "Give the text in English, Khmer or both.",
    "refused_schema_both_languages": "Give the text in English and Khmer (missing: {missing}).",
    "refused_schema_question_both_languages": "Give the question in English and Khmer "
    "(missing: {missing}).",
    "refused_schema_only_clarification": "Only a clarification asks a question.",
    "refused_schema_edit_something": "Give statement, commitments or show_names.",
    "refused_schema_no_nul": "Text cannot contain NUL characters.",
    "refused_schema_no_surrogates": "Text cannot contain lone UTF-16 surrogates (\\ud800-\\udfff).",
    "refused_schema_not_unicode": "{languages}: not valid Unicode text.",
    # A questionnaire's own rules (schemas/questionnaire.py, questions/base.py)
    "refused_schema_no_question": "Give a list of at least one question.",
    "refused_schema_key_rule": f"Use {KEY_RULE}.",
    "refused_schema_key_taken": "Another question has this key.",
    "refused_schema_option_key_taken": "Two options have the same key.",
    "refused_schema_two_options": "A {kind} question needs at least 2 options.",
    "refused_schema_not_a_setting": "Not a setting of a {kind} question.",
    "refused_schema_min_picks_above_max": "Larger than max_picks.",
    "refused_schema_picks_above_options": "Larger than the number of options.",
    "refused_schema_min_above_max": "Larger than max.",
    # A row of the directory's import (domain/network_import.py)
    "refused_import_repeats_line": "Repeats line {line}.",
    "refused_import_extra_cells": "{count} more cell(s) than the header has columns; quote "
    "values that hold commas.",
}


def schema_refusals(invalid: ValidationError) -> Refusals:
    """A schema's messages by field, each as a key and its values; a list item's or a
    nested field's folded into the top field ("sectors", "audience")."""
    messages = invalid.normalized_messages()
    return {
        str(name): [refusal(text) for text in _flat(problems)]
        for name, problems in messages.items()
    }


def messages_in(messages: Any, language: str) -> Any:
    """A schema's messages as marshmallow nests them (by question, by option), each one
    said in `language`: for pages that place a message beside its field."""
    if isinstance(messages, Mapping):
        return {name: messages_in(nested, language) for name, nested in messages.items()}
    if isinstance(messages, list | tuple):
        return [messages_in(nested, language) for nested in messages]
    return refusal(str(messages)).text(language)


def field_label(name: str, language: str) -> str:
    """A field as a person calls it, never its wire name: "audience.network_ids" is
    "Networks chosen one by one"."""
    key = f"refused_field_{name.rsplit('.', 1)[-1]}"
    return t(key if key in CATALOG else "refused_field_other", language)


def english_in(messages: Iterable[str], language: str) -> str:
    """English messages kept as they were worded (an import row's) said in `language`."""
    return " ".join(refusal(english).text(language) for english in messages)


def refusal(english: str) -> Message:
    """The key and values of one English message, by the template that made it."""
    for key, pattern in _patterns().items():
        if found := pattern.fullmatch(english):
            return message(key, **{name: _said(value) for name, value in found.groupdict().items()})
    return message("refused_schema_other", text=english)


def _said(value: str) -> Message | str:
    """A language code inside a message ("km: must be text") is said as the language's name."""
    return message(f"refused_language_{value}") if value in LANGUAGES else value


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The most literal template first: "Not a valid integer." before "Not a valid
    {obj_type}.", "greater than {min} and less than {max}" before "greater than {min}"."""
    ordered = sorted(TEMPLATES.items(), key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))
    return {key: _pattern(template) for key, template in ordered}


def _pattern(template: str) -> re.Pattern[str]:
    """`Must be one of: {choices}.` → `Must be one of: (?P<choices>.+?)\\.`"""
    parts = _PLACEHOLDER.split(template)
    literal = [re.escape(part) for part in parts[::2]]
    names = [f"(?P<{name}>.+?)" for name in parts[1::2]]
    return re.compile(
        "".join(part for pair in zip(literal, [*names, ""], strict=True) for part in pair)
    )


def _flat(problems: Any) -> list[str]:
    if isinstance(problems, Mapping):
        return [text for nested in problems.values() for text in _flat(nested)]
    if isinstance(problems, list | tuple):
        return [text for nested in problems for text in _flat(nested)]
    return [str(problems)]
