"""Statistics of one question over a set of respondents (a boolean mask of rows)."""

from __future__ import annotations

from typing import Any

import numpy as np

from consult.analysis.agreement import kendalls_w, tastle_wierman
from consult.analysis.columns import MISSING, Column

DIGITS = 4


def number(value: float | np.floating | None) -> float | None:
    """A float rounded for a stable, byte-identical summary."""
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), DIGITS)


def question_stats(column: Column, rows: np.ndarray) -> dict[str, Any]:
    """The statistics of `column` over the respondents where `rows` is True."""
    return _BY_KIND[column.kind](column, rows)


def _choice(column: Column, rows: np.ndarray) -> dict[str, Any]:
    codes = column.codes[rows]  # type: ignore[index]
    answered = codes[codes != MISSING]
    counts = np.bincount(answered, minlength=len(column.categories))
    return _shares(column.categories, counts, len(answered))


def _shares(categories: list[str], counts: np.ndarray, n: int) -> dict[str, Any]:
    shares = counts / n if n else np.zeros(len(categories))
    order = sorted(range(len(categories)), key=lambda i: (-counts[i], i))
    top = categories[order[0]] if n and counts[order[0]] else None
    margin = shares[order[0]] - (shares[order[1]] if len(order) > 1 else 0) if n else None
    return {
        "n": n,
        "counts": {category: int(counts[i]) for i, category in enumerate(categories)},
        "shares": {category: number(shares[i]) for i, category in enumerate(categories)},
        "top": top,
        "margin": number(margin) if top else None,
    }


def _multi(column: Column, rows: np.ndarray) -> dict[str, Any]:
    matrix = column.matrix[rows]  # type: ignore[index]
    answered = matrix[matrix[:, 0] != MISSING] if len(matrix) else matrix
    counts = answered.sum(axis=0) if len(answered) else np.zeros(len(column.categories), int)
    return _shares(column.categories, counts, len(answered))


def _scale(column: Column, rows: np.ndarray) -> dict[str, Any]:
    codes = column.codes[rows]  # type: ignore[index]
    answered = codes[codes != MISSING]
    size = len(column.categories)
    counts = np.bincount(answered, minlength=size)
    n = len(answered)
    points = np.arange(1, size + 1)
    middle = (size + 1) / 2
    return {
        "n": n,
        "distribution": {category: int(counts[i]) for i, category in enumerate(column.categories)},
        "mean": number((points * counts).sum() / n) if n else None,
        "median": number(_median_of_counts(points, counts)) if n else None,
        "agree": number(counts[points > middle].sum() / n) if n else None,
        "disagree": number(counts[points < middle].sum() / n) if n else None,
        "consensus": number(tastle_wierman(counts)),
    }


def _median_of_counts(points: np.ndarray, counts: np.ndarray) -> float:
    """The median of a distribution given as counts per point, without sorting the answers."""
    n = int(counts.sum())
    cumulative = np.cumsum(counts)
    low = points[np.searchsorted(cumulative, (n - 1) // 2, side="right")]
    high = points[np.searchsorted(cumulative, n // 2, side="right")]
    return (low + high) / 2


def _number(column: Column, rows: np.ndarray) -> dict[str, Any]:
    values = column.numbers[rows]  # type: ignore[index]
    values = values[np.isfinite(values)]
    if not len(values):
        return {"n": 0, "min": None, "q1": None, "median": None, "q3": None, "max": None,
                "mean": None, "total": None}  # fmt: skip
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    return {
        "n": len(values),
        "min": number(values.min()),
        "q1": number(q1),
        "median": number(median),
        "q3": number(q3),
        "max": number(values.max()),
        "mean": number(values.mean()),
        "total": number(values.sum()),
    }


def _ranking(column: Column, rows: np.ndarray) -> dict[str, Any]:
    matrix = column.matrix[rows]  # type: ignore[index]
    answered = matrix[matrix[:, 0] != MISSING] if len(matrix) else matrix
    n, items = len(answered), len(column.categories)
    borda = (items - 1 - answered).sum(axis=0) if n else np.zeros(items)
    mean_rank = (answered + 1).mean(axis=0) if n else np.full(items, np.nan)
    first = (answered == 0).sum(axis=0) / n if n else np.zeros(items)
    order = sorted(range(items), key=lambda i: (-borda[i], i))
    return {
        "n": n,
        "borda": {category: int(borda[i]) for i, category in enumerate(column.categories)},
        "mean_rank": {
            category: number(mean_rank[i]) for i, category in enumerate(column.categories)
        },
        "first_share": {category: number(first[i]) for i, category in enumerate(column.categories)},
        "order": [column.categories[i] for i in order] if n else [],
        "kendalls_w": number(kendalls_w(answered)),
    }


def _statement(column: Column, rows: np.ndarray) -> dict[str, Any]:
    codes = column.codes[rows]  # type: ignore[index]
    answered = codes[codes != MISSING]
    agree, disagree, passed = (int(c) for c in np.bincount(answered, minlength=3))
    sided = agree + disagree
    return {
        "n": len(answered),
        "agree": agree,
        "disagree": disagree,
        "pass": passed,
        "agree_share": number(agree / sided) if sided else None,
    }


def _text(column: Column, rows: np.ndarray) -> dict[str, Any]:
    return {"n": int(rows[column.text_rows].sum())}


_BY_KIND = {
    "single_choice": _choice,
    "multi_choice": _multi,
    "likert": _scale,
    "rating": _scale,
    "number": _number,
    "ranking": _ranking,
    "statement": _statement,
    "text": _text,
}
