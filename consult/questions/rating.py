"""rating: a whole number from 1 to the question's scale (5 unless given, at most 10)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from consult.questions.base import RADIO_BUTTONS, Problem, Question, Scale, whole_number_in

DEFAULT_SCALE = 5


class Rating(Scale):
    name = "rating"
    settings: ClassVar[frozenset[str]] = frozenset({"scale"})
    widget = (
        '{% set choices = range(1, q.scale + 1) | map("string") | list %}'
        "{% set labels = choices %}\n" + RADIO_BUTTONS
    )

    def with_defaults(self, question: Question) -> None:
        question.setdefault("scale", DEFAULT_SCALE)

    def problem(self, question: Question, value: Any) -> Problem | None:
        scale = question.get("scale", DEFAULT_SCALE)
        return None if whole_number_in(value, 1, scale) else ("rating", {"scale": scale})

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        return [str(value) for value in range(1, int(question.get("scale", DEFAULT_SCALE)) + 1)]


TYPE = Rating()
