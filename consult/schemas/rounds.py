"""Wire format of rounds, their audience, launches and invitations."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, ValidationError, fields, validate, validates, validates_schema

from consult.models import LENS_GROUPINGS, NETWORK_KINDS, ROUND_STATUSES
from consult.schemas.common import ID_RANGE, InputSchema, Moment, PageQuerySchema
from consult.schemas.localized import Localized
from consult.schemas.questionnaire import Questionnaire

MAX_REMINDERS = 10


class AudienceSchema(InputSchema):
    """All networks, a filter (kinds / provinces / sectors / MoU, combined with AND), or a list."""

    all = fields.Boolean(metadata={"description": "every network in the directory"})
    kinds = fields.List(fields.String(validate=validate.OneOf(NETWORK_KINDS)))
    provinces = fields.List(fields.String(validate=validate.Length(min=1, max=100)))
    sectors = fields.List(fields.String(validate=validate.Length(min=1, max=100)))
    mou = fields.Boolean(metadata={"description": "only MoU partners (true) or others (false)"})
    network_ids = fields.List(
        fields.Integer(validate=ID_RANGE),
        validate=validate.Length(min=1, max=10_000),
    )

    @validates_schema
    def _one_way_of_choosing(self, audience: dict[str, Any], **_: Any) -> None:
        filters = {"kinds", "provinces", "sectors", "mou"} & set(audience)
        ways = [bool(audience.get("all")), bool(filters), "network_ids" in audience]
        if sum(ways) != 1:
            raise ValidationError(
                "Choose the audience one way: all: true, a filter (kinds, provinces, "
                "sectors, mou) or network_ids.",
                "_schema",
            )


def _reminders_field(**kwargs: Any) -> fields.List:
    return fields.List(
        fields.Integer(validate=validate.Range(min=1, max=90)),
        validate=validate.Length(max=MAX_REMINDERS),
        metadata={"description": "days before closes_at on which non-respondents are reminded"},
        **kwargs,
    )


def _lens_field(**kwargs: Any) -> fields.List:
    return fields.List(
        fields.String(validate=validate.OneOf(LENS_GROUPINGS)),
        validate=validate.Length(min=1, max=len(LENS_GROUPINGS)),
        metadata={
            "description": "the named groupings the common response compares: a position is "
            "common only if no group of these opposes it, and divisions are tested between "
            "their groups (network kind by default)",
            "example": ["kind", "mou"],
        },
        **kwargs,
    )


class RoundCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "title": {"en": "CSO collaboration", "km": "កិច្ចសហការរបស់អង្គការសង្គមស៊ីវិល"},
        "purpose": {"en": "Build the networks' common response on working together."},
        "questions": [
            {
                "key": "coop_level",
                "type": "likert",
                "text": {"en": "Cooperation among CSOs in our province is strong."},
            },
            {
                "key": "donor_role",
                "type": "statement",
                "text": {"en": "Donors should require coordination between NGOs."},
            },
        ],
        "audience": {"kinds": ["umbrella", "provincial"]},
        "opens_at": None,
        "closes_at": "2027-03-31T17:00:00+07:00",
        "reminders_days_before_close": [7, 1],
        "lens": ["kind", "mou"],
    }

    title = Localized(required=True, max_length=300)
    purpose = Localized(required=True, max_length=5000)
    questions = Questionnaire(required=True, data_key="questions", attribute="questionnaire")
    audience = fields.Nested(AudienceSchema, required=True)
    opens_at = Moment(allow_none=True)
    closes_at = Moment(allow_none=True)
    reminders_days_before_close = _reminders_field(load_default=lambda: [7, 1])
    event_id = fields.Integer(allow_none=True, validate=ID_RANGE)
    lens = _lens_field(load_default=lambda: ["kind"])

    @validates("reminders_days_before_close")
    def _distinct_days(self, days: list[int], **_: Any) -> None:
        if len(set(days)) != len(days):
            raise ValidationError("A day is listed twice.")

    @validates("lens")
    def _distinct_groupings(self, lens: list[str], **_: Any) -> None:
        if len(set(lens)) != len(lens):
            raise ValidationError("A grouping is listed twice.")

    @validates_schema
    def _closes_after_opening(self, data: dict[str, Any], **_: Any) -> None:
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            raise ValidationError("Must be after opens_at.", "closes_at")


class RoundUpdateSchema(RoundCreateSchema):
    """Any field of a round; the questionnaire and audience only while it is a draft."""

    EXAMPLE: ClassVar[dict[str, Any]] = {
        "closes_at": "2027-04-15T17:00:00+07:00",
        "reminders_days_before_close": [7, 3, 1],
    }

    title = Localized(max_length=300)
    purpose = Localized(max_length=5000)
    questions = Questionnaire(data_key="questions", attribute="questionnaire")
    audience = fields.Nested(AudienceSchema)
    reminders_days_before_close = _reminders_field()
    lens = _lens_field()


class RoundSchema(Schema):
    id = fields.Integer()
    title = fields.Dict()
    purpose = fields.Dict()
    status = fields.String()
    questions = fields.List(fields.Dict(), attribute="questionnaire")
    audience = fields.Dict()
    opens_at = fields.DateTime(allow_none=True)
    closes_at = fields.DateTime(allow_none=True)
    reminders_days_before_close = fields.List(fields.Integer())
    event_id = fields.Integer(allow_none=True)
    lens = fields.List(fields.String())
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    launched_at = fields.DateTime(allow_none=True)
    closed_at = fields.DateTime(allow_none=True)
    published_at = fields.DateTime(allow_none=True)


class RoundQuerySchema(PageQuerySchema):
    status = fields.String(validate=validate.OneOf(ROUND_STATUSES))


class NetworkBriefSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    acronym = fields.String(allow_none=True)
    kind = fields.String()
    province = fields.String(allow_none=True)
    mou = fields.Boolean()
    language = fields.String()


class IssuedLinkSchema(Schema):
    network = fields.Nested(NetworkBriefSchema)
    token = fields.String(metadata={"description": "shown once; only its hash is kept"})
    link = fields.String(metadata={"description": "the web form"})
    api = fields.String(metadata={"description": "the same, for answering by API"})
    mail_contacts = fields.Integer(
        metadata={"description": "contacts this round's mail goes to; 0: hand the link over"}
    )


class LaunchResultSchema(Schema):
    round = fields.Nested(RoundSchema)
    invitations = fields.List(fields.Nested(IssuedLinkSchema))


class InvitationSchema(Schema):
    """An invitation's state; its reminders are counted from the mail ledger."""

    network = fields.Nested(NetworkBriefSchema, attribute="invitation.network")
    status = fields.String(attribute="invitation.status")
    issued_at = fields.DateTime(attribute="invitation.issued_at")
    opened_at = fields.DateTime(attribute="invitation.opened_at", allow_none=True)
    submitted_at = fields.DateTime(attribute="invitation.submitted_at", allow_none=True)
    last_activity_at = fields.DateTime(attribute="invitation.last_activity_at", allow_none=True)
    reminders_sent = fields.Integer(
        metadata={"description": "reminders that reached at least one of the network's contacts"}
    )
    last_reminded_at = fields.DateTime(allow_none=True)
    times_reissued = fields.Integer(attribute="invitation.times_reissued")
    mail_contacts = fields.Function(
        lambda line: len(line.invitation.network.contacts),
        metadata={"description": "contacts this round's mail goes to; 0: hand the link over"},
    )


class RateSchema(Schema):
    invited = fields.Integer()
    submitted = fields.Integer()
    rate = fields.Float(metadata={"description": "submitted / invited, 0..1"})


class InvitationListSchema(Schema):
    items = fields.List(fields.Nested(InvitationSchema))
    response_rate = fields.Nested(RateSchema)
    by_kind = fields.Dict(keys=fields.String(), values=fields.Nested(RateSchema))
    by_province = fields.Dict(keys=fields.String(), values=fields.Nested(RateSchema))
