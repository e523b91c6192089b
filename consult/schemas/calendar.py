"""The calendar's wire format."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, fields, validate

from consult.schemas.common import ID_RANGE, InputSchema, Moment, PageQuerySchema
from consult.schemas.localized import Localized
from consult.texts import LANGUAGES


class EventSchema(Schema):
    id = fields.Integer()
    uid = fields.String(metadata={"description": "the event's UID in the iCalendar feed"})
    title = Localized()
    description = Localized()
    starts_at = fields.AwareDateTime()
    ends_at = fields.AwareDateTime()
    place = fields.String(allow_none=True)
    round_ids = fields.List(fields.Integer())


class EventCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "title": {"en": "Annual general meeting", "km": "មហាសន្និបាតប្រចាំឆ្នាំ"},
        "description": {"en": "The networks adopt the common response."},
        "starts_at": "2027-03-15T08:30:00+07:00",
        "ends_at": "2027-03-15T17:00:00+07:00",
        "place": "Phnom Penh",
    }

    title = Localized(required=True, max_length=300)
    description = Localized(max_length=4000)
    starts_at = Moment(required=True)
    ends_at = Moment(required=True)
    place = fields.String(allow_none=True, validate=validate.Length(max=300))
    round_ids = fields.List(fields.Integer(validate=ID_RANGE), validate=validate.Length(max=50))


class EventUpdateSchema(EventCreateSchema):
    title = Localized(max_length=300)
    starts_at = Moment()
    ends_at = Moment()


class EventQuerySchema(PageQuerySchema):
    start = Moment(metadata={"description": "events ending at or after"})
    end = Moment(metadata={"description": "events starting before"})


class FeedQuerySchema(InputSchema):
    lang = fields.String(load_default="en", validate=validate.OneOf(LANGUAGES))
