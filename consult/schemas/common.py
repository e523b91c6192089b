"""Pieces every resource's schemas share: strict input, pagination, errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

from consult.texts import LANGUAGES

MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000
# Ids are PostgreSQL INTEGER keys: a larger number is a 422, never a database error.
ID_RANGE = validate.Range(min=1, max=2**31 - 1)
# Dates a consultation can be about. Years near 1 or 9999 overflow as soon as an offset or a
# duration is added to them; nobody plans a meeting there.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# A lone UTF-16 surrogate ("\ud800" in JSON) is not a character: no UTF-8 page, export or
# PostgreSQL column can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Moment(fields.AwareDateTime):
    """A date-time with its offset, read as UTC: what is stored, so a write echoes what
    every later read returns."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        moment = super()._deserialize(value, attr, data, **kwargs)
        _check_year(moment.year)
        return moment.astimezone(UTC)


class Day(fields.Date):
    """A calendar date within the years a consultation can be about."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date:
        day = super()._deserialize(value, attr, data, **kwargs)
        _check_year(day.year)
        return day


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(f"Give a date between the years {FIRST_YEAR} and {LAST_YEAR}.")


class InputSchema(Schema):
    """Input is strict: a field the API does not know is an error that names it.

    Text with a NUL character or a lone surrogate is refused too: PostgreSQL cannot store
    either, no page or export can show a surrogate, and no person types one.
    """

    class Meta:
        unknown = RAISE

    @pre_load
    def _refuse_unstorable_text(self, data: Any, **_: Any) -> Any:
        if isinstance(data, Mapping):
            problems = {
                _printable(name): [problem]
                for name, value in data.items()
                if (problem := unstorable_text(name) or unstorable_text(value))
            }
            if problems:
                raise ValidationError(problems)
        return data


def unstorable_text(value: Any) -> str | None:
    """Why text somewhere in value (keys included) cannot be stored, or None if it can."""
    if isinstance(value, str):
        if "\x00" in value:
            return "Text cannot contain NUL characters."
        if _SURROGATE.search(value):
            return "Text cannot contain lone UTF-16 surrogates (\\ud800-\\udfff)."
        return None
    if isinstance(value, list | tuple):
        return next(filter(None, map(unstorable_text, value)), None)
    if isinstance(value, Mapping):
        items = (problem for pair in value.items() for problem in map(unstorable_text, pair))
        return next(filter(None, items), None)
    return None


def _printable(name: Any) -> str:
    """A field name fit for the error body itself, which must be valid UTF-8 too."""
    return _SURROGATE.sub("\ufffd", str(name))


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
    key = fields.String(
        metadata={
            "description": "A refusal's message key, stable across languages and wording "
            "(`message` is in English, or Khmer with Accept-Language: km).",
            "example": "refused_no_round",
        }
    )
    errors = fields.Dict(
        keys=fields.String(),
        metadata={"description": "Problems by field name, when the request had any."},
    )


def language_field(**kwargs: object) -> fields.String:
    return fields.String(validate=validate.OneOf(LANGUAGES), **kwargs)  # type: ignore[arg-type]
