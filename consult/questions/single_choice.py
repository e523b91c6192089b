"""single_choice: one of the question's options, answered as its key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from consult.questions.arrays import MISSING, Column, codes_of, shares
from consult.questions.base import (
    RADIO_BUTTONS,
    Labels,
    Problem,
    Question,
    Stance,
    WithOptions,
    option_keys,
)


class SingleChoice(WithOptions):
    name = "single_choice"
    widget = (
        '{% set choices = q.options | map(attribute="key") | list %}'
        '{% set labels = q.options | map(attribute="text") | list %}\n' + RADIO_BUTTONS
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        if not isinstance(value, str):
            return "choose_one", {}
        if value not in option_keys(question):
            return "not_an_option", {"value": repr(value)}
        return None

    def column(self, question: Question, values: list[Any]) -> Column:
        categories = self.categories(question)
        index = {category: i for i, category in enumerate(categories)}
        return Column(question, categories, codes=codes_of(values, index))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.codes is not None
        codes = column.codes[rows]
        answered = codes[codes != MISSING]
        counts = np.bincount(answered, minlength=len(column.categories))
        return shares(column.categories, counts, len(answered))

    def features(self, column: Column) -> np.ndarray:
        """One-hot: a feature per option."""
        codes = column.codes
        assert codes is not None
        one_hot: np.ndarray = codes[:, None] == np.arange(len(column.categories))[None, :]
        return one_hot.astype(np.float64)

    def stances(self, column: Column) -> list[Stance]:
        codes = column.codes
        assert codes is not None
        answered = codes != MISSING
        return [
            Stance("chose", option, codes == index, answered)
            for index, option in enumerate(column.question["options"])
        ]

    def cell_labels(self, question: Mapping[str, Any], labels: Labels) -> dict[Any, str]:
        return {} if labels == "keys" else self.answer_labels(question, labels)

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        return self.option_texts(question, language).get(answer, str(answer))


TYPE = SingleChoice()
