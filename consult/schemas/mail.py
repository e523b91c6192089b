"""The wire format of the mail ledger and the digest preview."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from consult.models import MAIL_KINDS, MAIL_STATUSES
from consult.schemas.common import ID_RANGE, InputSchema, PageQuerySchema


class MailSchema(Schema):
    id = fields.Integer()
    key = fields.String()
    kind = fields.String()
    to_email = fields.String()
    language = fields.String()
    status = fields.String()
    attempts = fields.Integer()
    last_error = fields.String(allow_none=True)
    next_attempt_at = fields.AwareDateTime()
    sent_at = fields.AwareDateTime(allow_none=True)
    created_at = fields.AwareDateTime()


class MailQuerySchema(PageQuerySchema):
    status = fields.String(validate=validate.OneOf(MAIL_STATUSES))
    kind = fields.String(validate=validate.OneOf(MAIL_KINDS))


class DigestPreviewQuerySchema(InputSchema):
    contact = fields.Integer(validate=ID_RANGE, metadata={"description": "a contact's id"})
    staff = fields.Email(metadata={"description": "a staff address (CONSULT_STAFF_EMAILS)"})
