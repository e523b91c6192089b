"""Wire format of the common response: what staff read, edit and approve, and the counts
behind it that the validation mail and the results page show."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marshmallow import Schema, ValidationError, fields, validates_schema

from consult.models import COMMON_RESPONSE_KINDS
from consult.schemas.common import ID_RANGE, InputSchema
from consult.schemas.localized import Localized
from consult.texts import LANGUAGES

MAX_TEXT = 20_000  # characters per language: a page or two, what a secretariat signs


class Bilingual(Localized):
    """Text staff sign: in English, Khmer or both, each valid Unicode. A draft may hold one
    language; approval needs both (consult.domain.common_responses.missing_for_approval)."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {
            **kwargs.pop("metadata", {}),
            "description": (
                f'In English, Khmer or both: {{"en": …, "km": …}}, each at most {MAX_TEXT} '
                "characters; a language left out keeps its text. Approval needs both."
            ),
        }
        super().__init__(max_length=MAX_TEXT, metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, Mapping):
            # JSON may carry a lone UTF-16 surrogate ("\ud800"); no database stores one.
            broken = [
                code
                for code in LANGUAGES
                if isinstance(value.get(code), str) and not _encodable(value[code])
            ]
            if broken:
                raise ValidationError(f"{', '.join(broken)}: not valid Unicode text.")
        return super()._deserialize(value, attr, data, **kwargs)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class CommonResponseEditSchema(InputSchema):
    statement = Bilingual(metadata={"description": "the common response as the body signs it"})
    commitments = Bilingual(
        metadata={"description": 'what the body will do about it ("we asked, you said, we will")'}
    )
    show_names = fields.Boolean(
        metadata={"description": "list the networks that answered on the public results page"}
    )

    @validates_schema
    def _changes_something(self, data: dict[str, Any], **_: Any) -> None:
        if not data:
            raise ValidationError(
                "Give statement, commitments or show_names.", field_name="statement"
            )


EDIT_EXAMPLE = {
    "statement": {
        "en": "32 of 34 networks agree that donors should fund network coordination.",
        "km": "បណ្តាញ 32 ក្នុងចំណោម 34 យល់ស្របថាម្ចាស់ជំនួយគួរផ្តល់មូលនិធិដល់ការសម្របសម្រួលបណ្តាញ។",
    },
    "commitments": {
        "en": "We will raise core funding with donors at the March forum.",
        "km": "យើងនឹងលើកបញ្ហាមូលនិធិស្នូលជាមួយម្ចាស់ជំនួយនៅវេទិកាខែមីនា។",
    },
    "show_names": False,
}


class ApproveSchema(InputSchema):
    version = fields.Integer(
        required=True,
        validate=ID_RANGE,
        metadata={
            "description": "the number of the version you read and approve: it must still be "
            "the latest, so nobody approves text they have not seen"
        },
    )


class GroupCountSchema(Schema):
    held = fields.Integer()
    n = fields.Integer()
    share = fields.Float(allow_none=True)


class SplitSchema(Schema):
    grouping = fields.String()
    stance = fields.String(allow_none=True)
    option = fields.String(allow_none=True)
    label = Localized()
    groups = fields.Dict(keys=fields.String(), values=fields.Nested(GroupCountSchema))
    gap = fields.Float()
    q_value = fields.Float(allow_none=True)
    test = fields.String(allow_none=True)


class CommonPositionSchema(Schema):
    question = fields.String()
    label = Localized()
    held = fields.Integer(allow_none=True)
    n = fields.Integer()
    share = fields.Float()
    tentative = fields.Boolean()


class DivisionSchema(Schema):
    question = fields.String()
    label = Localized()
    grouping = fields.String(metadata={"description": "the grouping of the widest split"})
    gap = fields.Float()
    splits = fields.List(
        fields.Nested(SplitSchema),
        metadata={"description": "every grouping that divides the question, widest first"},
    )


class CountsSchema(Schema):
    response_count = fields.Integer()
    invited = fields.Integer(allow_none=True)
    response_rate = fields.Float(allow_none=True)
    common = fields.List(fields.Nested(CommonPositionSchema))
    divisions = fields.List(fields.Nested(DivisionSchema))


class CommonResponseVersionBriefSchema(Schema):
    number = fields.Integer()
    kind = fields.String(metadata={"description": " | ".join(COMMON_RESPONSE_KINDS)})
    created_by = fields.String(metadata={"description": "the API key's name, or 'round closed'"})
    created_at = fields.AwareDateTime()


class CommonResponseVersionSchema(CommonResponseVersionBriefSchema):
    statement = Localized()
    commitments = Localized(metadata={"description": "what the body will do; empty in a draft"})
    show_names = fields.Boolean()
    summary_id = fields.Integer(metadata={"description": "the final summary it was drafted from"})


class ValidationTallySchema(Schema):
    followup_id = fields.Integer(attribute="followup.id")
    sent_at = fields.AwareDateTime(attribute="followup.created_at")
    tally = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "confirm, contest, no_reply"},
    )
    mail = fields.Dict(
        keys=fields.String(), values=fields.Integer(), metadata={"description": "by status"}
    )


class CommonResponseSchema(Schema):
    round_id = fields.Integer()
    status = fields.String(metadata={"description": "draft | approved"})
    latest = fields.Nested(CommonResponseVersionSchema)
    versions = fields.List(
        fields.Nested(CommonResponseVersionBriefSchema), metadata={"description": "oldest first"}
    )
    counts = fields.Nested(CountsSchema, metadata={"description": "from the final summary"})
    validation = fields.Nested(
        ValidationTallySchema,
        allow_none=True,
        metadata={"description": "once approved and sent to the networks"},
    )


class ApprovedSchema(CommonResponseSchema):
    queued = fields.Integer(
        metadata={"description": "approval: validation messages it queued for the networks"}
    )
