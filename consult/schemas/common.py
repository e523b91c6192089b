"""Pieces every resource's schemas share: strict input, pagination, errors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000
# Ids are PostgreSQL INTEGER keys: a larger number is a 422, never a database error.
ID_RANGE = validate.Range(min=1, max=2**31 - 1)


class Moment(fields.AwareDateTime):
    """A date-time with its offset, read as UTC: what is stored, so a write echoes what
    every later read returns."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        return super()._deserialize(value, attr, data, **kwargs).astimezone(UTC)


class InputSchema(Schema):
    """Input is strict: a field the API does not know is an error that names it.

    Text with a NUL character is refused too: PostgreSQL cannot store it, and no person
    types one.
    """

    class Meta:
        unknown = RAISE

    @pre_load
    def _refuse_nul_characters(self, data: Any, **_: Any) -> Any:
        if isinstance(data, Mapping):
            fields_with_nul = sorted(str(name) for name, value in data.items() if _has_nul(value))
            if fields_with_nul:
                raise ValidationError(
                    {name: ["Text cannot contain NUL characters."] for name in fields_with_nul}
                )
        return data


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    if isinstance(value, Mapping):
        return any(_has_nul(item) for item in value.values())
    return False


class PageQuerySchema(InputSchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_PAGE))
    page_size = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_PAGE_SIZE))


@cache
def page_of(item_schema: type[Schema]) -> type[Schema]:
    """The envelope of a paginated listing: the page's items and how many there are in all."""
    name = item_schema.__name__.removesuffix("Schema")
    return Schema.from_dict(
        {
            "items": fields.List(fields.Nested(item_schema)),
            "total": fields.Integer(),
            "page": fields.Integer(),
            "page_size": fields.Integer(),
        },
        name=f"{name}Page",
    )


def page(items: list[Any], total: int, query: Mapping[str, Any]) -> dict[str, Any]:
    """The body of a paginated listing, for `page_of(...)`."""
    return {"items": items, "total": total, "page": query["page"], "page_size": query["page_size"]}


class ErrorSchema(Schema):
    """Every error the API returns has this shape."""

    code = fields.String(metadata={"example": "unprocessable_entity"})
    message = fields.String()
    errors = fields.Dict(
        keys=fields.String(),
        metadata={"description": "Problems by field name, when the request had any."},
    )


def language_field(**kwargs: object) -> fields.String:
    return fields.String(validate=validate.OneOf(("en", "km")), **kwargs)  # type: ignore[arg-type]
