"""Wire format of follow-ups: what staff send and read, what a network sees and replies."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from consult.models import FOLLOWUP_KINDS, MAX_REPLY, VERDICTS
from consult.schemas.common import ID_RANGE, InputSchema, language_field
from consult.schemas.common_responses import CountsSchema
from consult.schemas.localized import Localized
from consult.schemas.rounds import NetworkBriefSchema
from consult.texts import LANGUAGES


class FollowupCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "kind": "clarification",
        "networks": [3],
        "question": {
            "en": "Which donors asked you to coordinate?",
            "km": "តើម្ចាស់ជំនួយណាខ្លះបានស្នើឱ្យអ្នកសម្របសម្រួល?",
        },
        "question_key": "donor_role",
    }

    kind = fields.String(
        required=True,
        validate=validate.OneOf(FOLLOWUP_KINDS),
        metadata={
            "description": "reminder: networks that have not answered (all, or those listed); "
            "clarification: a question to the listed networks about their submission; "
            "validation: the approved common response to every invited network (or those "
            "listed); approval sends it itself, and a 409 says if it is not approved or sent"
        },
    )
    networks = fields.List(
        fields.Integer(validate=ID_RANGE), validate=validate.Length(min=1, max=1000)
    )
    question = Localized(
        max_length=2000, metadata={"description": "clarification only: in English and Khmer"}
    )
    question_key = fields.String(
        validate=validate.Length(min=1, max=100),
        metadata={"description": "clarification only: the questionnaire question it is about"},
    )

    @validates_schema
    def _fits_kind(self, data: dict[str, Any], **_: Any) -> None:
        if data["kind"] == "clarification":
            problems: dict[str, list[str]] = {}
            if not data.get("networks"):
                problems["networks"] = ["Name the networks to ask."]
            missing = [code for code in LANGUAGES if code not in data.get("question", {})]
            if missing:
                problems["question"] = [
                    f"Give the question in English and Khmer (missing: {', '.join(missing)})."
                ]
            if problems:
                raise ValidationError(problems)
            return
        extra = [name for name in ("question", "question_key") if name in data]
        if extra:
            raise ValidationError(
                {name: ["Only a clarification asks a question."] for name in extra}
            )


class ReplySchema(Schema):
    followup_id = fields.Integer()
    number = fields.Integer(metadata={"description": "1 for a network's first reply, and so on"})
    verdict = fields.String(allow_none=True)
    text = fields.String(attribute="body")
    language = fields.String()
    channel = fields.String()
    created_at = fields.AwareDateTime()


class FollowupSchema(Schema):
    id = fields.Integer()
    round_id = fields.Integer()
    kind = fields.String()
    question = Localized(allow_none=True)
    question_key = fields.String(allow_none=True)
    summary_id = fields.Integer(allow_none=True)
    networks = fields.List(fields.Integer(), attribute="network_ids")
    created_by = fields.String()
    created_at = fields.AwareDateTime()


class SentFollowupSchema(Schema):
    followup = fields.Nested(FollowupSchema)
    queued = fields.Integer(metadata={"description": "messages queued for the networks' contacts"})


class NetworkRepliesSchema(Schema):
    network = fields.Nested(NetworkBriefSchema)
    latest = fields.Nested(ReplySchema, allow_none=True)
    earlier = fields.Integer(metadata={"description": "earlier replies, kept"})


class TallySchema(Schema):
    """Networks by their latest reply; a reminder has no tally (an empty object)."""

    confirm = fields.Integer(metadata={"description": "validation: confirmed the text"})
    contest = fields.Integer(metadata={"description": "validation: contested it"})
    replied = fields.Integer(metadata={"description": "clarification: answered"})
    no_reply = fields.Integer(metadata={"description": "validation or clarification"})


class MailTallySchema(Schema):
    """The follow-up's messages by status (only the statuses that occur)."""

    queued = fields.Integer()
    sending = fields.Integer()
    sent = fields.Integer()
    failed = fields.Integer()
    skipped = fields.Integer()


class FollowupReportSchema(Schema):
    followup = fields.Nested(FollowupSchema)
    tally = fields.Nested(TallySchema)
    mail = fields.Nested(MailTallySchema)
    networks = fields.List(fields.Nested(NetworkRepliesSchema))


class FollowupReportListSchema(Schema):
    items = fields.List(fields.Nested(FollowupReportSchema))


class ReplyInputSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "verdict": "confirm",
        "text": "This reflects our network's view.",
        "language": "en",
    }

    # Length and verdict are checked by the domain, which answers in the network's language.
    text = fields.String(
        load_default="",
        metadata={
            "description": f"the answer (clarification) or the comment (validation), at most "
            f"{MAX_REPLY} characters"
        },
    )
    verdict = fields.String(metadata={"description": f"validation only: {' or '.join(VERDICTS)}"})
    language = language_field()


class ValidatedResponseSchema(CountsSchema):
    statement = Localized(metadata={"description": "the common response, as approved"})
    commitments = Localized(metadata={"description": "what the body will do about it"})
    approved_at = fields.AwareDateTime(allow_none=True)


class AddressedSchema(Schema):
    """A follow-up as the network it was sent to sees it."""

    id = fields.Integer(attribute="followup.id")
    kind = fields.String(attribute="followup.kind")
    question = Localized(attribute="followup.question", allow_none=True)
    question_key = fields.String(attribute="followup.question_key", allow_none=True)
    common_response = fields.Nested(
        ValidatedResponseSchema,
        allow_none=True,
        metadata={"description": "validation: the common response staff approved"},
    )
    latest = fields.Nested(ReplySchema, allow_none=True)


class AddressedListSchema(Schema):
    items = fields.List(fields.Nested(AddressedSchema))
