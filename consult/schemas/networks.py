"""Wire format of networks and contacts, and of the CSV rows they are imported from."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema, ValidationError, fields, post_load, pre_load, validate, validates

from consult.models import NETWORK_KINDS
from consult.schemas.common import Day, InputSchema, PageQuerySchema, language_field

MAX_SECTORS = 20


def _normalise_email(value: str) -> str:
    return value.strip().lower()


class ContactSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String()
    email = fields.String()
    language = fields.String()


class ContactCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "name": "Sok Dara",
        "email": "dara@example.org",
        "language": "km",
    }

    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    email = fields.Email(required=True, validate=validate.Length(max=320))
    language = language_field(load_default="en")

    @post_load
    def _lower_email(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        if "email" in data:
            data["email"] = _normalise_email(data["email"])
        return data


class ContactUpdateSchema(ContactCreateSchema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    email = fields.Email(validate=validate.Length(max=320))
    language = language_field()


class NetworkSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    name_km = fields.String(allow_none=True)
    acronym = fields.String(allow_none=True)
    kind = fields.String()
    province = fields.String(allow_none=True)
    sectors = fields.List(fields.String(), attribute="sector_names")
    mou = fields.Boolean()
    mou_since = fields.Date(allow_none=True)
    language = fields.String()
    archived = fields.Function(lambda network: network.archived_at is not None)
    archived_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    contacts = fields.List(fields.Nested(ContactSchema))


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Cannot be blank.")


def _name_field(**kwargs: Any) -> fields.String:
    return fields.String(validate=[validate.Length(min=1, max=200), _not_blank], **kwargs)


def _sectors_field() -> fields.List:
    return fields.List(
        fields.String(validate=validate.Length(min=1, max=100)),
        validate=validate.Length(max=MAX_SECTORS),
    )


class NetworkCreateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "name": "Battambang NGO Network",
        "name_km": "បណ្តាញអង្គការមិនមែនរដ្ឋាភិបាលខេត្តបាត់ដំបង",
        "acronym": "BNN",
        "kind": "provincial",
        "province": "Battambang",
        "sectors": ["agriculture", "education"],
        "mou": True,
        "mou_since": "2021-03-01",
        "language": "km",
        "contacts": [{"name": "Sok Dara", "email": "dara@example.org", "language": "km"}],
    }

    name = _name_field(required=True)
    name_km = fields.String(allow_none=True, validate=validate.Length(max=300))
    acronym = fields.String(allow_none=True, validate=validate.Length(max=30))
    kind = fields.String(required=True, validate=validate.OneOf(NETWORK_KINDS))
    province = fields.String(allow_none=True, validate=validate.Length(max=100))
    sectors = _sectors_field()
    mou = fields.Boolean(load_default=False)
    mou_since = Day(allow_none=True)
    language = language_field(load_default="en")
    contacts = fields.List(fields.Nested(ContactCreateSchema), load_default=list)

    @validates("contacts")
    def _emails_unique(self, value: list[dict[str, Any]], **_: Any) -> None:
        # Runs on the items that loaded even when others failed, so an email may be missing.
        emails = [contact["email"] for contact in value if "email" in contact]
        if len(emails) != len(set(emails)):
            raise ValidationError("Two contacts have the same email.")


class NetworkUpdateSchema(InputSchema):
    EXAMPLE: ClassVar[dict[str, Any]] = {
        "province": "Pursat",
        "sectors": ["agriculture"],
        "mou": False,
    }

    name = _name_field()
    name_km = fields.String(allow_none=True, validate=validate.Length(max=300))
    acronym = fields.String(allow_none=True, validate=validate.Length(max=30))
    kind = fields.String(validate=validate.OneOf(NETWORK_KINDS))
    province = fields.String(allow_none=True, validate=validate.Length(max=100))
    sectors = _sectors_field()
    mou = fields.Boolean()
    mou_since = Day(allow_none=True)
    language = language_field()
    archived = fields.Boolean(metadata={"description": "false restores an archived network"})


class NetworkQuerySchema(PageQuerySchema):
    kind = fields.String(validate=validate.OneOf(NETWORK_KINDS))
    province = fields.String(validate=validate.Length(max=100))
    sector = fields.String(validate=validate.Length(max=100))
    mou = fields.Boolean()
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "free text"})
    include_archived = fields.Boolean(load_default=False)


class NetworkCsvRowSchema(InputSchema):
    """One row of the directory CSV (see shared/data/networks.csv); blank cells are empty."""

    name = _name_field(required=True)
    name_km = fields.String(allow_none=True, validate=validate.Length(max=300))
    acronym = fields.String(allow_none=True, validate=validate.Length(max=30))
    kind = fields.String(required=True, validate=validate.OneOf(NETWORK_KINDS))
    province = fields.String(allow_none=True, validate=validate.Length(max=100))
    sectors = fields.String(load_default="", validate=validate.Length(max=2000))
    mou = fields.Boolean(load_default=False)
    mou_since = Day(allow_none=True)
    language = language_field(load_default="en")
    contact_name = fields.String(allow_none=True, validate=validate.Length(max=200))
    contact_email = fields.Email(allow_none=True, validate=validate.Length(max=320))
    contact_language = language_field(allow_none=True)

    @pre_load
    def _blank_is_missing(self, row: dict[str, Any], **_: Any) -> dict[str, Any]:
        return {name: value for name, value in row.items() if value not in ("", None)}

    @post_load
    def _to_network_fields(self, row: dict[str, Any], **_: Any) -> dict[str, Any]:
        contact_name = row.pop("contact_name", None)
        contact_email = row.pop("contact_email", None)
        contact_language = row.pop("contact_language", None)
        if contact_email:
            row["contact"] = {
                "name": contact_name or contact_email,
                "email": _normalise_email(contact_email),
                "language": contact_language or row["language"],
            }
        elif contact_name:
            raise ValidationError("A contact needs an email.", "contact_email")
        sectors = [name.strip() for name in row["sectors"].split(";") if name.strip()]
        if len(sectors) > MAX_SECTORS:
            raise ValidationError(f"At most {MAX_SECTORS} sectors.", "sectors")
        row["sectors"] = list(dict.fromkeys(sectors))
        row.setdefault("acronym", None)
        row.setdefault("name_km", None)
        row.setdefault("province", None)
        row.setdefault("mou_since", None)
        return row


class ImportRowErrorSchema(Schema):
    line = fields.Integer()
    name = fields.String(allow_none=True)
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


class ImportReportSchema(Schema):
    rows = fields.Integer()
    created = fields.Integer()
    updated = fields.Integer()
    unchanged = fields.Integer()
    errors = fields.List(fields.Nested(ImportRowErrorSchema))
    dry_run = fields.Boolean()


class ImportQuerySchema(InputSchema):
    dry_run = fields.Boolean(
        load_default=False, metadata={"description": "check and count, but save nothing"}
    )
