"""Wire format of summaries and of the tasks that compute them."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from consult.schemas.common import ID_RANGE, InputSchema


class SummarySchema(Schema):
    round_id = fields.Integer()
    version = fields.Integer()
    as_of = fields.DateTime()
    response_count = fields.Integer()
    final = fields.Boolean()
    questionnaire_sha256 = fields.String()
    data = fields.Dict(metadata={"description": "statistics, breakdowns, groups, common response"})


class SummaryQuerySchema(InputSchema):
    version = fields.Integer(validate=ID_RANGE)


class ReportQuerySchema(SummaryQuerySchema):
    lang = fields.String(load_default="en", validate=validate.OneOf(("en", "km")))


class TaskSchema(Schema):
    task_id = fields.String()
    state = fields.String(metadata={"description": "PENDING, STARTED, PROGRESS, SUCCESS, FAILURE"})
    progress = fields.Dict(allow_none=True)
    result = fields.Raw(allow_none=True)
