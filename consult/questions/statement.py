"""statement: a Pol.is-style statement a network agrees with, disagrees with or passes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from consult.questions.arrays import MISSING, Column, codes_of, number
from consult.questions.base import (
    RADIO_BUTTONS,
    Held,
    Labels,
    Problem,
    Question,
    QuestionType,
    Stance,
    agree_only,
)
from consult.texts import t

POSITIONS = ("agree", "disagree", "pass")


class Statement(QuestionType):
    name = "statement"
    widget = (
        '{% set choices = ["agree", "disagree", "pass"] %}{% set labels = ['
        't("statement_agree", language), t("statement_disagree", language),'
        ' t("statement_pass", language)] %}\n' + RADIO_BUTTONS
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        return None if value in POSITIONS else ("statement", {})

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        return list(POSITIONS)

    def column(self, question: Question, values: list[Any]) -> Column:
        index = {position: i for i, position in enumerate(POSITIONS)}
        return Column(question, list(POSITIONS), codes=codes_of(values, index))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.codes is not None
        codes = column.codes[rows]
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

    def features(self, column: Column) -> np.ndarray:
        """1 agree, -1 disagree, 0 pass or no answer."""
        codes = column.codes
        assert codes is not None
        return np.select([codes == 0, codes == 1], [1.0, -1.0], 0.0)[:, None]

    def stances(self, column: Column) -> list[Stance]:
        codes = column.codes
        assert codes is not None
        answered = codes != MISSING
        return [
            Stance("agree", None, codes == 0, answered),
            Stance("disagree", None, codes == 1, answered),
        ]

    def measures(self, candidates: Sequence[Held]) -> list[Held]:
        return agree_only(candidates)

    def answer_labels(self, question: Mapping[str, Any], language: str) -> dict[Any, str]:
        return {position: t(f"statement_{position}", language) for position in POSITIONS}

    def cell_labels(self, question: Mapping[str, Any], labels: Labels) -> dict[Any, str]:
        return {} if labels == "keys" else self.answer_labels(question, labels)

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        return t(f"statement_{answer}", language)


TYPE = Statement()
