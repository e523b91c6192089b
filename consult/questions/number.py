"""number: a number within the question's min..max, a whole one if `integer`."""

from __future__ import annotations

import math
from typing import Any, ClassVar

import numpy as np

from consult.questions.arrays import Column, number, numbers_of
from consult.questions.base import Kind, Problem, Question, QuestionType


class Number(QuestionType):
    name = "number"
    settings: ClassVar[frozenset[str]] = frozenset({"min", "max", "integer"})
    export_kind: ClassVar[Kind] = "number"
    widget = (
        "{% if q.min is not none and q.max is not none %}"
        '<p class="muted" id="q-{{ q.key }}-hint">'
        '{{ t("number_between", language, min=q.min, max=q.max) }}</p>{% endif %}\n'
        '<input type="text" class="short" inputmode="decimal" name="{{ name }}"'
        ' value="{{ values.get(name, "") }}" aria-label="{{ q.text }}"'
        "{% if q.min is not none and q.max is not none %}"
        ' aria-describedby="q-{{ q.key }}-hint"{% endif %}>'
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            return "number", {}
        if question.get("integer") and not float(value).is_integer():
            return "whole_number", {}
        low, high = question.get("min"), question.get("max")
        if low is not None and value < low:
            return "below_min", {"bound": low}
        if high is not None and value > high:
            return "above_max", {"bound": high}
        return None

    def column(self, question: Question, values: list[Any]) -> Column:
        return Column(question, [], numbers=numbers_of(values))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.numbers is not None
        values = column.numbers[rows]
        values = values[np.isfinite(values)]
        if not len(values):
            return {"n": 0} | dict.fromkeys(("min", "q1", "median", "q3", "max", "mean", "total"))
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

    def typed(self, raw: str) -> Any:
        """Commas as thousands separators; a whole number as an int."""
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return raw
        return int(value) if value.is_integer() and abs(value) < 2**53 else value


TYPE = Number()
