"""The wire format of webhook subscriptions, their deliveries, and the event log."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, fields, validate

from consult.domain.webhooks import EVENT_TYPES
from consult.models import DELIVERY_STATUSES
from consult.schemas.common import ID_RANGE, InputSchema, Moment, PageQuerySchema


class WebhookSchema(Schema):
    id = fields.Integer()
    url = fields.String()
    event_types = fields.List(fields.String())
    description = fields.String()
    active = fields.Boolean()
    consecutive_failures = fields.Integer()
    disabled_at = fields.AwareDateTime(allow_none=True)
    disabled_reason = fields.String(allow_none=True)
    created_by = fields.String()
    created_at = fields.AwareDateTime()


class WebhookCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "url": "https://example.org/consult-events",
        "event_types": ["response.submitted", "round.closed"],
        "description": "Our M&E dashboard",
    }

    url = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    event_types = fields.List(
        fields.String(validate=validate.OneOf(EVENT_TYPES)),
        required=True,
        validate=validate.Length(min=1, max=len(EVENT_TYPES)),
    )
    description = fields.String(load_default="", validate=validate.Length(max=500))


class IssuedWebhookSchema(Schema):
    webhook = fields.Nested(WebhookSchema)
    secret = fields.String(
        metadata={"description": "`whsec_` + base64: the signing key, shown only this once"}
    )


class AttemptSchema(Schema):
    attempted_at = fields.AwareDateTime()
    ok = fields.Boolean()
    latency_ms = fields.Integer()
    response_code = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)


class DeliverySchema(Schema):
    id = fields.Integer()
    event_id = fields.Integer()
    round_id = fields.Integer(allow_none=True)
    status = fields.String(validate=validate.OneOf(DELIVERY_STATUSES))
    attempts = fields.Integer()
    next_attempt_at = fields.AwareDateTime()
    delivered_at = fields.AwareDateTime(allow_none=True)
    created_at = fields.AwareDateTime()
    tries = fields.List(fields.Nested(AttemptSchema), metadata={"description": "every attempt"})


class DomainEventSchema(Schema):
    id = fields.Integer()
    type = fields.String()
    aggregate = fields.String()
    aggregate_id = fields.Integer()
    payload = fields.Dict()
    occurred_at = fields.AwareDateTime()
    dispatched_at = fields.AwareDateTime(allow_none=True)


class EventLogQuerySchema(PageQuerySchema):
    type = fields.String(validate=validate.OneOf(EVENT_TYPES))
    round = fields.Integer(validate=ID_RANGE)
    since = Moment()
