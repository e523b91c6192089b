"""What a valid answer to each type of question is: pure checks, no database.

Answers travel as JSON: `single_choice` an option key; `multi_choice` a list of option keys;
`likert` 1..5 (strongly disagree .. strongly agree); `rating` 1..scale; `number` a number
within min..max; `text` a string up to max_length; `ranking` every option key once, most
important first; `statement` "agree", "disagree" or "pass".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

QUESTION_TYPES = (
    "single_choice",
    "multi_choice",
    "likert",
    "rating",
    "number",
    "text",
    "ranking",
    "statement",
)
TYPES_WITH_OPTIONS = ("single_choice", "multi_choice", "ranking")
LIKERT_POINTS = (1, 2, 3, 4, 5)
STATEMENT_POSITIONS = ("agree", "disagree", "pass")
DEFAULT_RATING_SCALE = 5
DEFAULT_TEXT_MAX_LENGTH = 4000

Errors = dict[str, list[str]]


def check_answers(
    questionnaire: list[dict[str, Any]], answers: Mapping[str, Any], *, complete: bool
) -> Errors:
    """Problems with `answers`, by question key; empty when they are acceptable.

    A draft (`complete=False`) may leave questions out; a submission must answer every
    required one. Unknown question keys are always refused, so nothing is silently dropped.
    """
    questions = {question["key"]: question for question in questionnaire}
    errors: Errors = {}
    for key, value in answers.items():
        question = questions.get(key)
        if question is None:
            errors[key] = ["No question has this key."]
        elif value is not None:
            problem = check_answer(question, value)
            if problem:
                errors[key] = [problem]
    if complete:
        for key, question in questions.items():
            if question.get("required", True) and _is_blank(answers.get(key)) and key not in errors:
                errors[key] = ["An answer is required."]
    return errors


def check_answer(question: dict[str, Any], value: Any) -> str | None:
    """Why `value` is not an answer to `question`, or None if it is one."""
    return _CHECKS[question["type"]](question, value)


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _option_keys(question: dict[str, Any]) -> list[str]:
    return [option["key"] for option in question.get("options", [])]


def _single_choice(question: dict[str, Any], value: Any) -> str | None:
    if not isinstance(value, str):
        return "Choose one option key (a string)."
    if value not in _option_keys(question):
        return f"{value!r} is not an option; choose one of {', '.join(_option_keys(question))}."
    return None


def _multi_choice(question: dict[str, Any], value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "Choose a list of option keys."
    unknown = [item for item in value if item not in _option_keys(question)]
    if unknown:
        return f"Not options: {', '.join(map(repr, unknown))}."
    if len(set(value)) != len(value):
        return "An option is chosen twice."
    low, high = question.get("min_picks"), question.get("max_picks")
    if value and low is not None and len(value) < low:
        return f"Choose at least {low}."
    if high is not None and len(value) > high:
        return f"Choose at most {high}."
    return None


def _whole_number_in(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _likert(question: dict[str, Any], value: Any) -> str | None:
    if not _whole_number_in(value, 1, 5):
        return "Answer 1 (strongly disagree) to 5 (strongly agree)."
    return None


def _rating(question: dict[str, Any], value: Any) -> str | None:
    scale = question.get("scale", DEFAULT_RATING_SCALE)
    if not _whole_number_in(value, 1, scale):
        return f"Rate with a whole number from 1 to {scale}."
    return None


def _number(question: dict[str, Any], value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "Answer with a number."
    if question.get("integer") and not float(value).is_integer():
        return "Answer with a whole number."
    low, high = question.get("min"), question.get("max")
    if low is not None and value < low:
        return f"The smallest answer is {low}."
    if high is not None and value > high:
        return f"The largest answer is {high}."
    return None


def _text(question: dict[str, Any], value: Any) -> str | None:
    if not isinstance(value, str):
        return "Answer with text."
    limit = question.get("max_length", DEFAULT_TEXT_MAX_LENGTH)
    if len(value) > limit:
        return f"At most {limit} characters ({len(value)} given)."
    if "\x00" in value:
        return "Text cannot contain NUL characters."
    return None


def _ranking(question: dict[str, Any], value: Any) -> str | None:
    keys = _option_keys(question)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "Rank the options as a list of option keys, most important first."
    if len(set(value)) != len(value):
        return "An option is ranked twice."
    if sorted(value) != sorted(keys):
        return f"Rank every option once: {', '.join(keys)}."
    return None


def _statement(question: dict[str, Any], value: Any) -> str | None:
    if value not in STATEMENT_POSITIONS:
        return "Answer agree, disagree or pass."
    return None


_CHECKS = {
    "single_choice": _single_choice,
    "multi_choice": _multi_choice,
    "likert": _likert,
    "rating": _rating,
    "number": _number,
    "text": _text,
    "ranking": _ranking,
    "statement": _statement,
}
