"""multi_choice: a list of the question's option keys, between min_picks and max_picks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

import numpy as np

from consult.questions.arrays import MISSING, Column, answered_rows, option_matrix, shares
from consult.questions.base import (
    ExportCell,
    FormData,
    Held,
    Labels,
    Problem,
    Question,
    Stance,
    WithOptions,
    field_name,
    option_keys,
)


class MultiChoice(WithOptions):
    name = "multi_choice"
    settings: ClassVar[frozenset[str]] = frozenset({"options", "min_picks", "max_picks"})
    widget = (
        '{% for option in q.options %}<label class="opt"><input type="checkbox" name="{{ name }}"'
        ' value="{{ option.key }}"{% if option.key in values.get(name, []) %} checked{% endif %}>'
        "{{ option.text }}</label>\n{% endfor %}"
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return "choose_list", {}
        unknown = [item for item in value if item not in option_keys(question)]
        if unknown:
            return "not_options", {"values": ", ".join(map(repr, unknown))}
        if len(set(value)) != len(value):
            return "chosen_twice", {}
        low, high = question.get("min_picks"), question.get("max_picks")
        if value and low is not None and len(value) < low:
            return "at_least", {"count": low}
        if high is not None and len(value) > high:
            return "at_most", {"count": high}
        return None

    def column(self, question: Question, values: list[Any]) -> Column:
        categories = self.categories(question)
        return Column(question, categories, matrix=option_matrix(categories, values, ranked=False))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.matrix is not None
        answered = answered_rows(column.matrix[rows])
        counts = answered.sum(axis=0) if len(answered) else np.zeros(len(column.categories), int)
        return shares(column.categories, counts, len(answered))

    def features(self, column: Column) -> np.ndarray:
        """A feature per option: 1 if picked."""
        assert column.matrix is not None
        return np.where(column.matrix == 1, 1.0, 0.0)

    def stances(self, column: Column) -> list[Stance]:
        matrix = column.matrix
        assert matrix is not None
        answered = matrix[:, 0] != MISSING
        return [
            Stance("chose", option, answered & (matrix[:, i] == 1), answered)
            for i, option in enumerate(column.question["options"])
        ]

    def leading(self, candidates: Sequence[Held], counts: Sequence[int]) -> list[Held]:
        """Each option a majority of those who answered chose, else the leading one."""
        answered = int(candidates[0].answered.sum())
        majority = [c for c, held in zip(candidates, counts, strict=True) if 2 * held > answered]
        return majority or super().leading(candidates, counts)

    def export_cells(self, question: Mapping[str, Any], labels: Labels) -> list[ExportCell]:
        """A column per option, headed "Question — Option": 1 if picked, 0 if not."""
        return [
            ExportCell(key, header, "number", _picked(question["key"], option))
            for key, header, option in self.option_columns(question, labels)
        ]

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        options = self.option_texts(question, language)
        return ", ".join(options.get(item, str(item)) for item in answer)

    def from_form(
        self, question: Mapping[str, Any], form: FormData, language: str
    ) -> tuple[Any, str | None]:
        return form.getlist(field_name(question["key"])) or None, None

    def form_values(self, question: Mapping[str, Any], answer: Any) -> dict[str, Any]:
        if not isinstance(answer, list):
            return super().form_values(question, answer)
        return {field_name(question["key"]): [str(item) for item in answer]}

    def raw_values(self, question: Mapping[str, Any], form: FormData) -> dict[str, Any]:
        name = field_name(question["key"])
        return {name: form.getlist(name)}


def _picked(key: str, option: str) -> Callable[[Mapping[str, Any]], Any]:
    def cell(answers: Mapping[str, Any]) -> Any:
        picks = answers.get(key)
        return None if picks is None else int(option in picks)

    return cell


TYPE = MultiChoice()
