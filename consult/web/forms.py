"""Turn the web form's fields into answers as the API takes them, and back."""

from __future__ import annotations

from typing import Any

from werkzeug.datastructures import MultiDict

from consult.domain.errors import Invalid
from consult.domain.idempotency import IDEMPOTENCY_KEY
from consult.i18n import text


def field_name(question_key: str, option_key: str | None = None) -> str:
    return f"q.{question_key}" if option_key is None else f"q.{question_key}.{option_key}"


def answers_from_form(
    questionnaire: list[dict[str, Any]], form: MultiDict[str, str], language: str
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The answers the form holds (unanswered questions left out), and problems of form.

    Values are passed on as typed as the form allows (a number that is not one stays text)
    so that the same checks as the API's decide, with the same messages.
    """
    answers: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for question in questionnaire:
        key, kind = question["key"], question["type"]
        name = field_name(key)
        if kind == "multi_choice":
            picks = form.getlist(name)
            if picks:
                answers[key] = picks
        elif kind == "ranking":
            order, problem = _ranking(question, form, language)
            if problem:
                problems[key] = [problem]
            elif order:
                answers[key] = order
        else:
            raw = form.get(name, "").strip() if kind != "text" else form.get(name, "")
            if raw.strip():
                answers[key] = _typed(kind, raw)
    return answers, problems


def _typed(kind: str, raw: str) -> Any:
    if kind in ("likert", "rating"):
        whole = _whole(raw)
        return raw if whole is None else whole
    if kind == "number":
        try:
            number = float(raw.replace(",", ""))
        except ValueError:
            return raw
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    return raw


def _whole(raw: str) -> int | None:
    """A whole number typed in ASCII or Khmer digits ("១២" is 12); None for anything else,
    superscripts and numbers too long to be an answer included."""
    return int(raw) if raw.isdecimal() and len(raw) <= 9 else None


def _ranking(
    question: dict[str, Any], form: MultiDict[str, str], language: str
) -> tuple[list[str] | None, str | None]:
    ranks: dict[str, int] = {}
    for option in question["options"]:
        rank = _whole(form.get(field_name(question["key"], option["key"]), "").strip())
        if rank is not None:
            ranks[option["key"]] = rank
    if not ranks:
        return None, None
    if len(ranks) != len(question["options"]):
        return None, text("rank_every", language)
    if len(set(ranks.values())) != len(ranks):
        return None, text("ranked_twice", language)
    return sorted(ranks, key=ranks.__getitem__), None


def form_values(questionnaire: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, Any]:
    """What each form control shows for saved `answers`: the inverse of answers_from_form."""
    values: dict[str, Any] = {}
    for question in questionnaire:
        key = question["key"]
        answer = answers.get(key)
        if answer is None:
            continue
        if question["type"] == "ranking" and isinstance(answer, list):
            for position, option in enumerate(answer, start=1):
                values[field_name(key, option)] = str(position)
        elif question["type"] == "multi_choice" and isinstance(answer, list):
            values[field_name(key)] = [str(item) for item in answer]
        else:
            values[field_name(key)] = str(answer)
    return values


def error_links(questions: list[dict[str, Any]], language: str) -> list[tuple[str, str, str]]:
    """(field, anchor, label) of each field of the form that may carry errors, in page order:
    the error summary links every question needing attention to where it is asked."""
    links = [
        (q["key"], f"q-{q['key']}", f"{number}. {q['text']}")
        for number, q in enumerate(questions, start=1)
    ]
    return [*links, ("submitted_by", "submitted-by", text("signed_by", language))]


def page_errors(refusal: Invalid, language: str) -> dict[str, list[str]]:
    """A refusal as a page shows it: by question, or for the whole form when the page was
    sent before with other answers (its form_id is the save's Idempotency-Key)."""
    if IDEMPOTENCY_KEY in refusal.errors:
        return {"_form": [text("form_sent_before", language)]}
    return {key.removeprefix("answers."): value for key, value in refusal.errors.items()}
