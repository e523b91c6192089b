"""Answers turned into arrays, one per question, so every statistic is a vector operation.

Each question's type (`consult.questions`) builds its own column from the answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, Protocol

from consult.questions import question_type
from consult.questions.arrays import Column


class Member(Protocol):
    """What results are broken down by: an invited network or a respondent."""

    @property
    def kind(self) -> str: ...
    @property
    def mou(self) -> bool: ...
    @property
    def province(self) -> str | None: ...
    @property
    def sectors(self) -> tuple[str, ...]: ...


class Invitee(NamedTuple):
    """An invited network's attributes, for participation by group."""

    kind: str
    mou: bool
    province: str | None = None
    sectors: tuple[str, ...] = ()


class Respondent(NamedTuple):
    """One network's latest submission, with the attributes results are broken down by.

    A named tuple: a round can have 100,000 of them and they are built on every recompute.
    """

    network_id: int
    kind: str
    mou: bool
    answers: Mapping[str, Any]
    language: str = "en"
    province: str | None = None
    sectors: tuple[str, ...] = ()


def build_columns(
    questionnaire: Sequence[Mapping[str, Any]], respondents: Sequence[Respondent]
) -> list[Column]:
    """One column per question. Loops stay in C where they can: a round can have 100,000 rows.

    Answers were validated on submission; a value of the wrong type (say, from a
    questionnaire edited later) counts as unanswered.
    """
    keys = [question["key"] for question in questionnaire]
    grid: list[Any] = []  # row by row, then sliced into columns: the fastest way found
    for respondent in respondents:
        grid.extend(map(respondent.answers.get, keys))
    width = len(keys)
    return [
        question_type(question["type"]).column(dict(question), grid[i::width])
        for i, question in enumerate(questionnaire)
    ]
