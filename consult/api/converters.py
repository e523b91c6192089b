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
    """`<token:token>`: the shape of a link token; anything else is a 404 like an unknown one."""

    regex = r"[A-Za-z0-9_\-]{16,64}"


def token_parameter_schema(_converter: TokenConverter) -> dict[str, object]:
    return {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$"}


def any_parameter_schema(converter: AnyConverter) -> dict[str, object]:
    """`<any(a, b):name>`: one of the listed words."""
    return {"type": "string", "enum": sorted(converter.items)}
