"""The vector building blocks a question type makes its analysis column and statistics from.

Pure numpy, no Flask or database: `analysis/` builds on them and question types fill them,
so they sit below both. A round can have 100,000 respondents, so loops stay in C where
they can.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np

MISSING = -1
SEPARATOR = "\x1f"  # the ASCII unit separator: never in an option key
DIGITS = 4


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


def number(value: float | np.floating | None) -> float | None:
    """A float rounded for a stable, byte-identical summary."""
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), DIGITS)


def codes_of(values: list[Any], index: dict[Any, int], numeric: bool = False) -> np.ndarray:
    """Category index per value, MISSING for no answer or one that is not a category."""
    try:
        found: Iterable[int] = map(index.get, values, repeat(MISSING))
        codes = np.fromiter(found, dtype=np.int16, count=len(values))
    except TypeError:  # an unhashable value, such as a list where one choice belongs
        found = (_lookup(index, value) for value in values)
        codes = np.fromiter(found, dtype=np.int16, count=len(values))
    if numeric and bool in set(map(type, values)):  # True == 1, but is not a point on a scale
        codes[np.fromiter((type(v) is bool for v in values), dtype=bool, count=len(values))] = (
            MISSING
        )
    return codes


def numbers_of(values: list[Any]) -> np.ndarray:
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


def option_matrix(categories: list[str], values: list[Any], *, ranked: bool) -> np.ndarray:
    """Rows of option flags (picked) or positions (`ranked`), MISSING rows where unanswered.

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
        if not ranked:
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


def shares(categories: list[str], counts: np.ndarray, n: int) -> dict[str, Any]:
    """Counts and shares of each category, the leading one and its margin over the next."""
    part = counts / n if n else np.zeros(len(categories))
    order = sorted(range(len(categories)), key=lambda i: (-counts[i], i))
    top = categories[order[0]] if n and counts[order[0]] else None
    margin = part[order[0]] - (part[order[1]] if len(order) > 1 else 0) if n else None
    return {
        "n": n,
        "counts": {category: int(counts[i]) for i, category in enumerate(categories)},
        "shares": {category: number(part[i]) for i, category in enumerate(categories)},
        "top": top,
        "margin": number(margin) if top else None,
    }


def answered_rows(matrix: np.ndarray) -> np.ndarray:
    """The rows of an option matrix whose respondent answered."""
    return matrix[matrix[:, 0] != MISSING] if len(matrix) else matrix
