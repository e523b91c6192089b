"""Answers turned into arrays, one per question, so every statistic is a vector operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

STATEMENT_CODES = ("agree", "disagree", "pass")
MISSING = -1


@dataclass(frozen=True)
class Respondent:
    """One network's latest submission, with the attributes results are broken down by."""

    network_id: int
    kind: str
    mou: bool
    answers: Mapping[str, Any]
    language: str = "en"
    province: str | None = None


@dataclass
class Column:
    """A question's answers: `codes` (one choice), `matrix` (per option) or `numbers`/`texts`.

    codes: category index per respondent, MISSING if unanswered (single_choice, statement,
    likert and rating: value - 1). matrix: respondents by options; multi_choice 1/0 picked,
    ranking the 0-based position; a row of MISSING if unanswered.
    """

    question: dict[str, Any]
    categories: list[str]
    codes: np.ndarray | None = None
    matrix: np.ndarray | None = None
    numbers: np.ndarray | None = None
    texts: list[tuple[int, str]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return str(self.question["type"])


def categories_of(question: Mapping[str, Any]) -> list[str]:
    kind = question["type"]
    if kind in ("single_choice", "multi_choice", "ranking"):
        return [option["key"] for option in question["options"]]
    if kind == "statement":
        return list(STATEMENT_CODES)
    if kind == "likert":
        return ["1", "2", "3", "4", "5"]
    if kind == "rating":
        return [str(value) for value in range(1, int(question.get("scale", 5)) + 1)]
    return []


def build_columns(
    questionnaire: Sequence[Mapping[str, Any]], respondents: Sequence[Respondent]
) -> list[Column]:
    return [_column(dict(question), respondents) for question in questionnaire]


def _column(question: dict[str, Any], respondents: Sequence[Respondent]) -> Column:
    key, kind = question["key"], question["type"]
    categories = categories_of(question)
    values = [respondent.answers.get(key) for respondent in respondents]
    column = Column(question, categories)
    if kind in ("single_choice", "statement"):
        index = {category: position for position, category in enumerate(categories)}
        column.codes = np.fromiter(
            (index.get(value, MISSING) if isinstance(value, str) else MISSING for value in values),
            dtype=np.int16,
            count=len(values),
        )
    elif kind in ("likert", "rating"):
        top = len(categories)
        column.codes = np.fromiter(
            (
                value - 1
                if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= top
                else MISSING
                for value in values
            ),
            dtype=np.int16,
            count=len(values),
        )
    elif kind in ("multi_choice", "ranking"):
        column.matrix = _option_matrix(kind, categories, values)
    elif kind == "number":
        column.numbers = np.fromiter(
            (
                float(value)
                if isinstance(value, int | float) and not isinstance(value, bool)
                else np.nan
                for value in values
            ),
            dtype=np.float64,
            count=len(values),
        )
    elif kind == "text":
        column.texts = [
            (row, value)
            for row, value in enumerate(values)
            if isinstance(value, str) and value.strip()
        ]
    return column


def _option_matrix(kind: str, categories: list[str], values: list[Any]) -> np.ndarray:
    matrix = np.full((len(values), len(categories)), MISSING, dtype=np.int16)
    index = {category: position for position, category in enumerate(categories)}
    for row, value in enumerate(values):
        if not isinstance(value, list):
            continue
        if kind == "multi_choice":
            matrix[row] = 0
            for item in value:
                if item in index:
                    matrix[row, index[item]] = 1
        elif len(value) == len(categories) and set(value) == set(index):
            for position, item in enumerate(value):
                matrix[row, index[item]] = position
    return matrix
