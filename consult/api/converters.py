"""URL converters: an id in a path is a positive 32-bit integer, anything else is a 404."""

from __future__ import annotations

from werkzeug.routing import AnyConverter, BaseConverter, IntegerConverter

MAX_ID = 2**31 - 1  # the INTEGER primary keys of PostgreSQL (and of our SQLite tables)


class IdConverter(IntegerConverter):
    """`<id:network_id>`: larger numbers cannot name a row and must not reach the database."""

    def __init__(self, map: object) -> None:
        super().__init__(map, min=1, max=MAX_ID)  # type: ignore[arg-type]


def id_parameter_schema(_converter: IdConverter) -> dict[str, object]:
    """How the OpenAPI document describes an `<id:…>` path parameter."""
    return {"type": "integer", "format": "int32", "minimum": 1, "maximum": MAX_ID}


class TokenConverter(BaseConverter):
    """`<token:token>`: any path segment. A malformed token is looked up like any other and
    fails as an unknown one, so every wrong link gets the same answer and tells nothing."""


def token_parameter_schema(_converter: TokenConverter) -> dict[str, object]:
    """The shape of the tokens we issue; any other value is answered as an unknown link."""
    return {
        "type": "string",
        "pattern": "^[A-Za-z0-9_-]{16,64}$",
        "description": "A network's link token. Any other value gets the 404 of an unknown link.",
    }


def any_parameter_schema(converter: AnyConverter) -> dict[str, object]:
    """`<any(a, b):name>`: one of the listed words."""
    return {"type": "string", "enum": sorted(converter.items)}
