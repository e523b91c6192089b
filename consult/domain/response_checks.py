"""Whether a set of answers can be accepted: pure checks, no database.

What a valid answer to each type of question is lives with the type (`consult.questions`);
this gathers the problems of a whole draft or submission, in the network's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consult.domain.errors import Message
from consult.questions import question_type
from consult.questions.base import Problem, is_blank

Errors = dict[str, list[str]]


def check_answers(
    questionnaire: list[dict[str, Any]],
    answers: Mapping[str, Any],
    *,
    complete: bool,
    language: str = "en",
) -> Errors:
    """Problems with `answers`, by question key, in `language`; empty when acceptable."""
    found = answer_problems(questionnaire, answers, complete=complete)
    return {
        key: [problem.text(language) for problem in problems] for key, problems in found.items()
    }


def answer_problems(
    questionnaire: list[dict[str, Any]], answers: Mapping[str, Any], *, complete: bool
) -> dict[str, list[Message]]:
    """Problems with `answers`, by question key, as keys and values; empty when acceptable.

    A draft (`complete=False`) may leave questions out; a submission must answer every
    required one. Unknown question keys are always refused, so nothing is silently dropped.
    """
    questions = {question["key"]: question for question in questionnaire}
    errors: dict[str, list[Message]] = {}
    for key, value in answers.items():
        question = questions.get(key)
        problem: Problem | None = ("unknown_question", {}) if question is None else None
        if question is not None and value is not None:
            problem = question_type(question["type"]).problem(question, value)
        if problem:
            errors[key] = [Message(problem[0], problem[1])]
    if complete:
        for key, question in questions.items():
            if question.get("required", True) and is_blank(answers.get(key)) and key not in errors:
                errors[key] = [Message("required")]
    return errors
