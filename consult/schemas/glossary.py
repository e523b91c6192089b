"""Wire format of the glossary: shipped and staff pairs of English and Khmer terms."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, fields, validate

from consult.domain.glossary import MAX_TERM, SOURCES
from consult.schemas.common import InputSchema, PageQuerySchema


class GlossaryTermSchema(Schema):
    id = fields.Integer(allow_none=True, metadata={"description": "staff pairs only"})
    en = fields.String()
    km = fields.String()
    source = fields.String(metadata={"description": "shipped with consult, or added by staff"})
    created_by = fields.String(allow_none=True, metadata={"description": "the API key's name"})
    created_at = fields.AwareDateTime(allow_none=True)


class GlossaryTermCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {"en": "irrigation", "km": "ធារាសាស្ត្រ"}

    en = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_TERM),
        metadata={"description": "the English term, e.g. irrigation"},
    )
    km = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_TERM),
        metadata={"description": "its Khmer term as networks write it, e.g. ធារាសាស្ត្រ"},
    )


class GlossaryQuerySchema(PageQuerySchema):
    source = fields.String(validate=validate.OneOf(SOURCES))
    q = fields.String(
        validate=validate.Length(max=MAX_TERM), metadata={"description": "in either term"}
    )
