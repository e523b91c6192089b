"""Pieces every resource's schemas share: strict input, pagination, errors."""

from __future__ import annotations

from functools import cache

from marshmallow import RAISE, Schema, fields, validate

MAX_PAGE_SIZE = 200


class InputSchema(Schema):
    """Input is strict: a field the API does not know is an error that names it."""

    class Meta:
        unknown = RAISE


class PageQuerySchema(InputSchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
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
