"""Wire format of answering (by a network's link) and of responses as staff read them."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, fields, validate

from consult.schemas.common import InputSchema, language_field
from consult.schemas.followups import ReplySchema
from consult.schemas.rounds import NetworkBriefSchema
from consult.texts import LANGUAGES

MAX_ANSWERS = 200


class LanguageQuerySchema(InputSchema):
    lang = fields.String(
        validate=validate.OneOf((*LANGUAGES, "both")),
        metadata={"description": "the network's own language unless given"},
    )


class FocalPointSchema(InputSchema):
    """Who submits on the network's behalf: a network answers as an organisation."""

    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    role = fields.String(required=True, validate=validate.Length(min=1, max=200))
    email = fields.Email(required=True, validate=validate.Length(max=320))


def _answers_field() -> fields.Dict:
    return fields.Dict(
        keys=fields.String(validate=validate.Length(min=1, max=63)),
        required=True,
        validate=validate.Length(max=MAX_ANSWERS),
        metadata={"description": "answers by question key; see the question types"},
    )


class DraftSignerSchema(FocalPointSchema):
    """A draft's signer as far as it is known: each part given is checked, none is needed
    until the answer is submitted."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(partial=True, **kwargs)


class DraftSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "answers": {"coop_level": 4, "donor_role": "agree", "collab_areas": ["technical"]},
        "language": "km",
    }

    answers = _answers_field()
    language = language_field()
    submitted_by = fields.Nested(DraftSignerSchema)


class SubmitSchema(DraftSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "answers": {
            "coop_level": 4,
            "collab_areas": ["technical", "advocacy"],
            "donor_role": "agree",
            "mechanism": "working_group",
            "priorities": ["funding", "space", "capacity"],
            "members": 42,
            "challenges": "ការសម្របសម្រួលខ្សោយ and declining funding",
        },
        "language": "km",
        "submitted_by": {"name": "Sok Dara", "role": "Coordinator", "email": "dara@example.org"},
    }

    submitted_by = fields.Nested(FocalPointSchema, required=True)


class SavedSchema(Schema):
    version = fields.Integer(attribute="version.number")
    kind = fields.String(attribute="version.kind")
    saved_at = fields.DateTime(attribute="version.created_at")
    replayed = fields.Boolean(
        metadata={"description": "true when an Idempotency-Key retry returned an earlier save"}
    )


class VersionSchema(Schema):
    number = fields.Integer()
    kind = fields.String()
    answers = fields.Dict()
    language = fields.String()
    channel = fields.String()
    submitted_by = fields.Dict(allow_none=True)
    created_at = fields.DateTime()


class AnsweringRoundSchema(Schema):
    id = fields.Integer()
    title = fields.Raw(metadata={"description": "text, or {en, km} with lang=both"})
    purpose = fields.Raw()
    status = fields.String()
    opens_at = fields.DateTime(allow_none=True)
    closes_at = fields.DateTime(allow_none=True)


class AnsweringNetworkSchema(Schema):
    name = fields.String()
    name_km = fields.String(allow_none=True)
    language = fields.String()


class AnsweringSchema(Schema):
    """What a network's link shows: the round, its questions and what it saved so far."""

    round = fields.Nested(AnsweringRoundSchema)
    network = fields.Nested(AnsweringNetworkSchema)
    language = fields.String()
    questions = fields.List(fields.Dict())
    status = fields.String(metadata={"description": "not_started, draft or submitted"})
    current = fields.Nested(VersionSchema, allow_none=True)
    submitted = fields.Nested(VersionSchema, allow_none=True)


class ResponseSchema(Schema):
    network = fields.Nested(NetworkBriefSchema)
    status = fields.String()
    version_count = fields.Integer()
    submitted_at = fields.DateTime(allow_none=True)
    updated_at = fields.DateTime()
    submitted = fields.Nested(VersionSchema, attribute="submitted_version", allow_none=True)


class ResponseHistorySchema(Schema):
    response = fields.Nested(ResponseSchema)
    versions = fields.List(fields.Nested(VersionSchema))
    replies = fields.List(
        fields.Nested(ReplySchema),
        metadata={"description": "replies to clarification questions and the validation"},
    )
