"""ranking: every option key once, most important first."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from consult.questions.agreement import kendalls_w
from consult.questions.arrays import MISSING, Column, answered_rows, number, option_matrix
from consult.questions.base import (
    ExportCell,
    FormData,
    Labels,
    Problem,
    Question,
    Stance,
    WithOptions,
    field_name,
    option_keys,
    whole_number,
)
from consult.texts import t


class Ranking(WithOptions):
    name = "ranking"
    widget = (
        '<p class="muted">{{ t("rank_hint", language) }}</p>\n'
        "{% for option in q.options %}{% set rank_name = field_name(q.key, option.key) %}"
        '<label class="opt rank"><select name="{{ rank_name }}"><option value=""></option>'
        "{% for rank in range(1, q.options | length + 1) %}"
        "<option{% if values.get(rank_name) == rank | string %} selected{% endif %}>{{ rank }}"
        "</option>{% endfor %}</select>{{ option.text }}</label>\n{% endfor %}"
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return "ranking_list", {}
        if len(set(value)) != len(value):
            return "ranked_twice", {}
        if sorted(value) != sorted(option_keys(question)):
            return "rank_every", {}
        return None

    def column(self, question: Question, values: list[Any]) -> Column:
        categories = self.categories(question)
        return Column(question, categories, matrix=option_matrix(categories, values, ranked=True))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.matrix is not None
        answered = answered_rows(column.matrix[rows])
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
            "first_share": {
                category: number(first[i]) for i, category in enumerate(column.categories)
            },
            "order": [column.categories[i] for i in order] if n else [],
            "kendalls_w": number(kendalls_w(answered)),
        }

    def features(self, column: Column) -> np.ndarray:
        """A feature per option: its normalised Borda points, 1 first to -1 last."""
        items = len(column.categories)
        assert column.matrix is not None
        matrix = column.matrix.astype(np.float64)
        return np.where(matrix == MISSING, 0.0, (items - 1 - 2 * matrix) / (items - 1))

    def stances(self, column: Column) -> list[Stance]:
        matrix = column.matrix
        assert matrix is not None
        answered = matrix[:, 0] != MISSING
        order = _borda_order(column, matrix)
        return [
            Stance("first", option, answered & (matrix[:, i] == 0), answered, order)
            for i, option in enumerate(column.question["options"])
        ]

    def export_cells(self, question: Mapping[str, Any], labels: Labels) -> list[ExportCell]:
        """A column per option, headed "Question — Option": its rank (1 = first)."""
        return [
            ExportCell(key, header, "number", _rank(question["key"], option))
            for key, header, option in self.option_columns(question, labels)
        ]

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        options = self.option_texts(question, language)
        return ", ".join(f"{i}. {options.get(item, str(item))}" for i, item in enumerate(answer, 1))

    def from_form(
        self, question: Mapping[str, Any], form: FormData, language: str
    ) -> tuple[Any, str | None]:
        """A select per option holds its rank: every option ranked once, or none."""
        ranks: dict[str, int] = {}
        for option in question["options"]:
            rank = whole_number(form.get(field_name(question["key"], option["key"]), "").strip())
            if rank is not None:
                ranks[option["key"]] = rank
        if not ranks:
            return None, None
        if len(ranks) != len(question["options"]):
            return None, t("rank_every", language)
        if len(set(ranks.values())) != len(ranks):
            return None, t("ranked_twice", language)
        return sorted(ranks, key=ranks.__getitem__), None

    def form_values(self, question: Mapping[str, Any], answer: Any) -> dict[str, Any]:
        if not isinstance(answer, list):
            return super().form_values(question, answer)
        return {
            field_name(question["key"], option): str(position)
            for position, option in enumerate(answer, start=1)
        }

    def raw_values(self, question: Mapping[str, Any], form: FormData) -> dict[str, Any]:
        names = [field_name(question["key"], option["key"]) for option in question["options"]]
        return {name: form.get(name, "") for name in names}


def _borda_order(column: Column, matrix: np.ndarray) -> tuple[str, ...]:
    ranked = matrix[matrix[:, 0] != MISSING]
    points = (len(column.categories) - 1 - ranked).sum(axis=0)
    order = sorted(range(len(column.categories)), key=lambda i: (-int(points[i]), i))
    return tuple(column.categories[i] for i in order)


def _rank(key: str, option: str) -> Callable[[Mapping[str, Any]], Any]:
    def cell(answers: Mapping[str, Any]) -> Any:
        order = answers.get(key)
        return None if not order or option not in order else order.index(option) + 1

    return cell


TYPE = Ranking()
