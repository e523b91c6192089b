"""Bilingual text: {"en": …, "km": …}, either may be missing, never both."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marshmallow import ValidationError, fields

from consult.schemas.common import unstorable_text
from consult.texts import LANGUAGES


class Localized(fields.Field):
    """A visible string in English and Khmer; Khmer is kept exactly as sent."""

    def __init__(self, *, max_length: int = 1000, **kwargs: Any) -> None:
        metadata = {
            "description": 'Text in English and Khmer: {"en": …, "km": …}, at least one.',
            **kwargs.pop("metadata", {}),
        }
        super().__init__(metadata=metadata, **kwargs)
        self.max_length = max_length

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, Mapping):
            raise ValidationError('Give {"en": "...", "km": "..."}.')
        unknown = sorted(str(key) for key in value if key not in LANGUAGES)
        if unknown:
            raise ValidationError(f"Unknown languages {', '.join(unknown)}; use en and km.")
        texts = {}
        for language in LANGUAGES:
            text = value.get(language)
            if text is None:
                continue
            if not isinstance(text, str):
                raise ValidationError(f"{language}: must be text.")
            if len(text) > self.max_length:
                raise ValidationError(f"{language}: at most {self.max_length} characters.")
            if problem := unstorable_text(text):
                raise ValidationError(f"{language}: {problem}")
            if text.strip():
                texts[language] = text.strip()
        if not texts:
            raise ValidationError("Give the text in English, Khmer or both.")
        return texts

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        return value
