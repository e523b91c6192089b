"""likert: 1 (strongly disagree) to 5 (strongly agree)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consult.questions.base import RADIO_BUTTONS, Problem, Question, Scale, whole_number_in
from consult.texts import t

POINTS = (1, 2, 3, 4, 5)


class Likert(Scale):
    name = "likert"
    widget = (
        '{% set choices = ["1", "2", "3", "4", "5"] %}{% set labels = [t("likert_1", language),'
        ' t("likert_2", language), t("likert_3", language), t("likert_4", language),'
        ' t("likert_5", language)] %}\n' + RADIO_BUTTONS
    )

    def problem(self, question: Question, value: Any) -> Problem | None:
        return None if whole_number_in(value, 1, 5) else ("likert", {})

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        return [str(point) for point in POINTS]

    def answer_labels(self, question: Mapping[str, Any], language: str) -> dict[Any, str]:
        """The words of each point; the export's cells keep the number, to be averaged."""
        return {point: t(f"likert_{point}", language) for point in POINTS}

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        return f"{answer} ({t(f'likert_{answer}', language)})"


TYPE = Likert()
