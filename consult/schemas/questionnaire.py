"""A questionnaire as sent by staff: checked in full before a round is saved."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError, fields, validate, validates_schema

from consult.questions import QUESTION_TYPES, question_type
from consult.schemas.common import InputSchema
from consult.schemas.localized import Localized

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,62}$"
KEY_RULE = "lower-case letters, digits and _, starting with a letter"
MAX_QUESTIONS = 200
MAX_OPTIONS = 50
MAX_TEXT_LENGTH = 20_000


def _key_field() -> fields.String:
    return fields.String(
        required=True, validate=validate.Regexp(KEY_PATTERN, error=f"Use {KEY_RULE}.")
    )


class OptionSchema(InputSchema):
    key = _key_field()
    text = Localized(required=True, max_length=500)


class QuestionSchema(InputSchema):
    key = _key_field()
    type = fields.String(required=True, validate=validate.OneOf(QUESTION_TYPES))
    text = Localized(required=True, max_length=2000)
    help = Localized(max_length=2000)
    required = fields.Boolean(load_default=True)
    options = fields.List(
        fields.Nested(OptionSchema), validate=validate.Length(min=2, max=MAX_OPTIONS)
    )
    min_picks = fields.Integer(validate=validate.Range(min=1))
    max_picks = fields.Integer(validate=validate.Range(min=1))
    scale = fields.Integer(validate=validate.Range(min=2, max=10))
    min = fields.Float(allow_nan=False)
    max = fields.Float(allow_nan=False)
    integer = fields.Boolean()
    max_length = fields.Integer(validate=validate.Range(min=1, max=MAX_TEXT_LENGTH))

    @validates_schema
    def _fits_its_type(self, question: dict[str, Any], **_: Any) -> None:
        kind = question.get("type")
        if kind not in QUESTION_TYPES:
            return
        settings = question_type(kind).settings
        errors: dict[str, list[str]] = {}
        for name in sorted(set(question) - {"key", "type", "text", "help", "required"}):
            if name not in settings:
                errors[name] = [f"Not a setting of a {kind} question."]
        errors.update(question_type(kind).definition_errors(question))
        # The pairs of bounds are the fields' own: they are checked whatever the type.
        low, high = question.get("min_picks"), question.get("max_picks")
        if low is not None and high is not None and low > high:
            errors["min_picks"] = ["Larger than max_picks."]
        if high is not None and high > len(question.get("options", [])):
            errors["max_picks"] = ["Larger than the number of options."]
        low, high = question.get("min"), question.get("max")
        if low is not None and high is not None and low > high:
            errors["min"] = ["Larger than max."]
        if errors:
            raise ValidationError(errors)


class Questionnaire(fields.Field):
    """The list of questions; errors are reported by question key, not by position."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"description": "The questions, in order.", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, list) or not value:
            raise ValidationError("Give a list of at least one question.")
        if len(value) > MAX_QUESTIONS:
            raise ValidationError(f"At most {MAX_QUESTIONS} questions.")
        schema = QuestionSchema()
        questions, errors, seen = [], {}, set()
        for position, item in enumerate(value, start=1):
            name = question_name(item, position)
            try:
                question = schema.load(item)
            except ValidationError as exc:
                errors[name] = exc.messages
                continue
            if question["key"] in seen:
                errors[name] = {"key": ["Another question has this key."]}
            seen.add(question["key"])
            questions.append(_with_defaults(question))
        if errors:
            raise ValidationError(errors)
        return questions

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        return value


def question_name(item: Any, position: int) -> str:
    """The name a question's errors are reported under: its key, else its place."""
    key = item.get("key") if isinstance(item, dict) else None
    return key if isinstance(key, str) and key else f"question {position}"


def _with_defaults(question: dict[str, Any]) -> dict[str, Any]:
    question_type(question["type"]).with_defaults(question)
    for bound in ("min", "max"):
        if isinstance(question.get(bound), float) and question[bound].is_integer():
            question[bound] = int(question[bound])  # 1000, not 1000.0, in forms and exports
    return question
