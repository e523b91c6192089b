"""Turn the web form's fields into answers as the API takes them, and back."""

from __future__ import annotations

from typing import Any

from werkzeug.datastructures import MultiDict

from consult.domain.errors import Invalid
from consult.domain.idempotency import IDEMPOTENCY_KEY
from consult.questions import QUESTION_TYPES, question_type

# The form and the pages name their fields with it.
from consult.questions.base import field_name as field_name
from consult.texts import t

WIDGETS = "question/"


def answers_from_form(
    questionnaire: list[dict[str, Any]], form: MultiDict[str, str], language: str
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The answers the form holds (unanswered questions left out), and problems of form.

    Each question's type reads its own controls (`consult.questions`), passing values on as
    typed as the form allows so that the same checks as the API's decide.
    """
    answers: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for question in questionnaire:
        answer, problem = question_type(question["type"]).from_form(question, form, language)
        if problem:
            problems[question["key"]] = [problem]
        elif answer is not None:
            answers[question["key"]] = answer
    return answers, problems


def form_values(questionnaire: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, Any]:
    """What each form control shows for saved `answers`: the inverse of answers_from_form."""
    values: dict[str, Any] = {}
    for question in questionnaire:
        answer = answers.get(question["key"])
        if answer is not None:
            values.update(question_type(question["type"]).form_values(question, answer))
    return values


def widget_source(name: str) -> str | None:
    """The Jinja source of "question/<type>.html", a question type's form control: the
    form includes it by name, so a type brings its own control with it."""
    kind = name.removeprefix(WIDGETS).removesuffix(".html")
    if not name.startswith(WIDGETS) or kind not in QUESTION_TYPES:
        return None
    return QUESTION_TYPES[kind].widget


def error_links(questions: list[dict[str, Any]], language: str) -> list[tuple[str, str, str]]:
    """(field, anchor, label) of each field of the form that may carry errors, in page order:
    the error summary links every question needing attention to where it is asked."""
    links = [
        (q["key"], f"q-{q['key']}", f"{number}. {q['text']}")
        for number, q in enumerate(questions, start=1)
    ]
    return [*links, ("submitted_by", "submitted-by", t("signed_by", language))]


def page_errors(refusal: Invalid, language: str) -> dict[str, list[str]]:
    """A refusal as a page shows it: by question, or for the whole form when the page was
    sent before with other answers (its form_id is the save's Idempotency-Key)."""
    errors = refusal.errors_in(language)
    if IDEMPOTENCY_KEY in errors:
        return {"_form": [t("form_sent_before", language)]}
    return {key.removeprefix("answers."): value for key, value in errors.items()}
