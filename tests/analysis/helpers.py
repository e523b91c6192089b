"""Small questionnaires and respondents for the analysis tests."""

from __future__ import annotations

from consult.analysis.columns import Respondent, build_columns

OPTIONS = [{"key": key, "text": {"en": key.title()}} for key in ("a", "b", "c")]
QUESTIONS = {
    "single": {"key": "single", "type": "single_choice", "text": {"en": "One"}, "options": OPTIONS},
    "multi": {"key": "multi", "type": "multi_choice", "text": {"en": "Many"}, "options": OPTIONS},
    "likert": {"key": "likert", "type": "likert", "text": {"en": "Agree?"}},
    "rating": {"key": "rating", "type": "rating", "text": {"en": "Rate"}, "scale": 4},
    "number": {"key": "number", "type": "number", "text": {"en": "How many?"}},
    "ranking": {"key": "ranking", "type": "ranking", "text": {"en": "Order"}, "options": OPTIONS},
    "statement": {"key": "statement", "type": "statement", "text": {"en": "Position"}},
    "text": {"key": "text", "type": "text", "text": {"en": "Say"}},
}


def people(key: str, values: list, kinds: list[str] | None = None) -> list[Respondent]:
    kinds = kinds or ["provincial"] * len(values)
    return [
        Respondent(i + 1, kind, i % 2 == 0, {} if value is None else {key: value})
        for i, (value, kind) in enumerate(zip(values, kinds, strict=True))
    ]


def column(key: str, values: list):
    return build_columns([QUESTIONS[key]], people(key, values))[0]
