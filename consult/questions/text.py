"""text: a written answer up to the question's max_length (4,000 characters unless given)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from consult.questions.arrays import Column
from consult.questions.base import FormData, Kind, Problem, Question, QuestionType, field_name

DEFAULT_MAX_LENGTH = 4000


class Text(QuestionType):
    name = "text"
    settings: ClassVar[frozenset[str]] = frozenset({"max_length"})
    export_kind: ClassVar[Kind] = "text"
    widget = (
        '<textarea name="{{ name }}" maxlength="{{ q.max_length }}" aria-label="{{ q.text }}">'
        '{{ values.get(name, "") }}</textarea>'
    )

    def with_defaults(self, question: Question) -> None:
        question.setdefault("max_length", DEFAULT_MAX_LENGTH)

    def problem(self, question: Question, value: Any) -> Problem | None:
        if not isinstance(value, str):
            return "text", {}
        limit = question.get("max_length", DEFAULT_MAX_LENGTH)
        if len(value) > limit:
            return "too_long", {"limit": limit, "given": len(value)}
        if "\x00" in value:
            return "nul_character", {}
        return None

    def column(self, question: Question, values: list[Any]) -> Column:
        """The written answers and their rows; blank ones are unanswered (themes read them)."""
        written = [type(value) is str and not value.isspace() and value != "" for value in values]
        rows = np.flatnonzero(written)
        return Column(question, [], texts=[values[row] for row in rows.tolist()], text_rows=rows)

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        return {"n": int(rows[column.text_rows].sum())}

    def from_form(
        self, question: Mapping[str, Any], form: FormData, language: str
    ) -> tuple[Any, str | None]:
        """Kept as written, spaces and all, unless nothing but spaces was written."""
        raw = form.get(field_name(question["key"]), "")
        return (raw if raw.strip() else None), None


TYPE = Text()
