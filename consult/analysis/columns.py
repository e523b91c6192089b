"""Answers turned into arrays, one per question, so every statistic is a vector operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, NamedTuple, Protocol

import numpy as np

STATEMENT_CODES = ("agree", "disagree", "pass")
MISSING = -1
SEPARATOR = "\x1f"  # the ASCII unit separator: never in an option key


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


@dataclass
class Column:
    """A question's answers: `codes` (one choice), `matrix` (per option) or `numbers`/`texts`.

    codes: category index per respondent, MISSING if unanswered (single_choice, statement,
    likert and rating: value - 1). matrix: respondents by options; multi_choice 1/0 picked,
    ranking the 0-based position; a row of MISSING if unanswered. texts: the written
    answers, and text_rows: the row of each.
    """

    question: dict[str, Any]
    categories: list[str]
    codes: np.ndarray | None = None
    matrix: np.ndarray | None = None
    numbers: np.ndarray | None = None
    texts: list[str] = field(default_factory=list)
    text_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

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
    """One column per question. Loops stay in C where they can: a round can have 100,000 rows.

    Answers were validated on submission; a value of the wrong type (say, from a
    questionnaire edited later) counts as unanswered.
    """
    keys = [question["key"] for question in questionnaire]
    grid: list[Any] = []  # row by row, then sliced into columns: the fastest way found
    for respondent in respondents:
        grid.extend(map(respondent.answers.get, keys))
    width = len(keys)
    return [_column(dict(question), grid[i::width]) for i, question in enumerate(questionnaire)]


def _column(question: dict[str, Any], values: list[Any]) -> Column:
    kind = question["type"]
    categories = categories_of(question)
    column = Column(question, categories)
    if kind in ("single_choice", "statement"):
        column.codes = _codes(values, {category: i for i, category in enumerate(categories)})
    elif kind in ("likert", "rating"):
        column.codes = _codes(values, {i + 1: i for i in range(len(categories))}, numeric=True)
    elif kind in ("multi_choice", "ranking"):
        column.matrix = _option_matrix(kind, categories, values)
    elif kind == "number":
        column.numbers = _numbers(values)
    elif kind == "text":
        written = [type(value) is str and not value.isspace() and value != "" for value in values]
        column.text_rows = np.flatnonzero(written)
        column.texts = [values[row] for row in column.text_rows.tolist()]
    return column


def _codes(values: list[Any], index: dict[Any, int], numeric: bool = False) -> np.ndarray:
    """Category index per value, MISSING for no answer or one that is not a category."""
    try:
        found = map(index.get, values, repeat(MISSING))
        codes = np.fromiter(found, dtype=np.int16, count=len(values))
    except TypeError:  # an unhashable value, such as a list where one choice belongs
        found = (_lookup(index, value) for value in values)
        codes = np.fromiter(found, dtype=np.int16, count=len(values))
    if numeric and bool in set(map(type, values)):  # True == 1, but is not a point on a scale
        codes[np.fromiter((type(v) is bool for v in values), dtype=bool, count=len(values))] = (
            MISSING
        )
    return codes


def _numbers(values: list[Any]) -> np.ndarray:
    """Numbers as floats, NaN where unanswered or not a number (a bool is not a number)."""
    if set(map(type, values)) <= {int, float, type(None)}:
        return np.array(values, dtype=np.float64)  # None becomes NaN
    return np.fromiter(
        (float(value) if type(value) in (int, float) else np.nan for value in values),
        dtype=np.float64,
        count=len(values),
    )


def _lookup(index: dict[Any, int], value: Any) -> int:
    try:
        return index.get(value, MISSING)
    except TypeError:
        return MISSING


def _option_matrix(kind: str, categories: list[str], values: list[Any]) -> np.ndarray:
    """Rows of option flags (multi) or positions (ranking), MISSING rows where unanswered.

    Each distinct answer is worked out once: many respondents, few distinct answers.
    """
    try:  # a list of strings as one string: not tracked by the garbage collector, so cheap
        keys = [SEPARATOR.join(value) if type(value) is list else None for value in values]
    except TypeError:  # a list holding a number, a list or a dict
        keys = [_pattern(value) for value in values]
    number_of = {pattern: row for row, pattern in enumerate(dict.fromkeys(keys))}
    ids = np.fromiter(map(number_of.__getitem__, keys), dtype=np.int64, count=len(keys))
    index = {category: position for position, category in enumerate(categories)}
    table = np.full((len(number_of), len(categories)), MISSING, dtype=np.int16)
    for key, row in number_of.items():
        if key is None:
            continue
        pattern = key.split(SEPARATOR) if key else []
        if kind == "multi_choice":
            table[row] = 0
            for item in pattern:
                if item in index:
                    table[row, index[item]] = 1
        elif len(pattern) == len(categories) and set(pattern) == set(index):
            for position, item in enumerate(pattern):
                table[row, index[item]] = position
    return table[ids]


def _pattern(value: Any) -> str | None:
    """A list answer as one string; None if it is not a list of strings."""
    if type(value) is list and all(type(item) is str for item in value):
        return SEPARATOR.join(value)
    return None
