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

from consult.i18n import text

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
# A reason an answer is refused: a message key of consult.i18n and its values.
Problem = tuple[str, dict[str, Any]]


def check_answers(
    questionnaire: list[dict[str, Any]],
    answers: Mapping[str, Any],
    *,
    complete: bool,
    language: str = "en",
) -> Errors:
    """Problems with `answers`, by question key, in `language`; empty when acceptable.

    A draft (`complete=False`) may leave questions out; a submission must answer every
    required one. Unknown question keys are always refused, so nothing is silently dropped.
    """
    questions = {question["key"]: question for question in questionnaire}
    errors: Errors = {}
    for key, value in answers.items():
        question = questions.get(key)
        problem = ("unknown_question", {}) if question is None else None
        if question is not None and value is not None:
            problem = check_answer(question, value)
        if problem:
            errors[key] = [text(problem[0], language, **problem[1])]
    if complete:
        for key, question in questions.items():
            if question.get("required", True) and _is_blank(answers.get(key)) and key not in errors:
                errors[key] = [text("required", language)]
    return errors


def check_answer(question: dict[str, Any], value: Any) -> Problem | None:
    """Why `value` is not an answer to `question`, or None if it is one."""
    return _CHECKS[question["type"]](question, value)


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _option_keys(question: dict[str, Any]) -> list[str]:
    return [option["key"] for option in question.get("options", [])]


def _single_choice(question: dict[str, Any], value: Any) -> Problem | None:
    if not isinstance(value, str):
        return "choose_one", {}
    if value not in _option_keys(question):
        return "not_an_option", {"value": repr(value)}
    return None


def _multi_choice(question: dict[str, Any], value: Any) -> Problem | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "choose_list", {}
    unknown = [item for item in value if item not in _option_keys(question)]
    if unknown:
        return "not_options", {"values": ", ".join(map(repr, unknown))}
    if len(set(value)) != len(value):
        return "chosen_twice", {}
    low, high = question.get("min_picks"), question.get("max_picks")
    if value and low is not None and len(value) < low:
        return "at_least", {"count": low}
    if high is not None and len(value) > high:
        return "at_most", {"count": high}
    return None


def _whole_number_in(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _likert(question: dict[str, Any], value: Any) -> Problem | None:
    return None if _whole_number_in(value, 1, 5) else ("likert", {})


def _rating(question: dict[str, Any], value: Any) -> Problem | None:
    scale = question.get("scale", DEFAULT_RATING_SCALE)
    return None if _whole_number_in(value, 1, scale) else ("rating", {"scale": scale})


def _number(question: dict[str, Any], value: Any) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "number", {}
    if question.get("integer") and not float(value).is_integer():
        return "whole_number", {}
    low, high = question.get("min"), question.get("max")
    if low is not None and value < low:
        return "below_min", {"bound": low}
    if high is not None and value > high:
        return "above_max", {"bound": high}
    return None


def _text(question: dict[str, Any], value: Any) -> Problem | None:
    if not isinstance(value, str):
        return "text", {}
    limit = question.get("max_length", DEFAULT_TEXT_MAX_LENGTH)
    if len(value) > limit:
        return "too_long", {"limit": limit, "given": len(value)}
    if "\x00" in value:
        return "nul_character", {}
    return None


def _ranking(question: dict[str, Any], value: Any) -> Problem | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "ranking_list", {}
    if len(set(value)) != len(value):
        return "ranked_twice", {}
    if sorted(value) != sorted(_option_keys(question)):
        return "rank_every", {}
    return None


def _statement(question: dict[str, Any], value: Any) -> Problem | None:
    return None if value in STATEMENT_POSITIONS else ("statement", {})


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
