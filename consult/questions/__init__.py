"""The question types: one module each holds everything its type means.

A type's module says which settings its definition takes, what a valid answer is, how its
answers become arrays, statistics, opinion-group features and positions, its cells in the
responses export, how an answer reads in a mail, and its form widget. Every layer asks
this registry instead of testing `question["type"]`, so adding a type is adding a module
here (and its tests). It is a low layer: it imports only `consult.texts`, numpy and itself,
and `analysis/`, `domain/`, `schemas/`, `mail/` and `web/` import it.
"""

from __future__ import annotations

from consult.questions import (
    likert,
    multi_choice,
    number,
    ranking,
    rating,
    single_choice,
    statement,
    text,
)
from consult.questions.base import QuestionType

QUESTION_TYPES: dict[str, QuestionType] = {
    kind.name: kind
    for kind in (
        single_choice.TYPE,
        multi_choice.TYPE,
        likert.TYPE,
        rating.TYPE,
        number.TYPE,
        text.TYPE,
        ranking.TYPE,
        statement.TYPE,
    )
}


def question_type(name: str) -> QuestionType:
    """The type a question's `type` names; KeyError for a type that does not exist."""
    return QUESTION_TYPES[name]
