"""Wire format of staff API keys; the secret appears once, in the creation response."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, fields, validate

from consult.models import ROLES
from consult.schemas.common import InputSchema


class ApiKeySchema(Schema):
    id = fields.Integer()
    name = fields.String()
    role = fields.String()
    prefix = fields.String()
    created_at = fields.DateTime()
    last_used_at = fields.DateTime(allow_none=True)
    revoked_at = fields.DateTime(allow_none=True)


class IssuedApiKeySchema(Schema):
    key = fields.Nested(ApiKeySchema)
    secret = fields.String(metadata={"description": "shown once; store it now"})


class ApiKeyCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {"name": "programme officer", "role": "staff"}

    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
