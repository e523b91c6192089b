"""The Blueprint every resource uses: JSON bodies must say they are JSON."""

from __future__ import annotations

from typing import Any

import flask_smorest
from flask import Request
from marshmallow import Schema
from webargs.core import missing
from webargs.flaskparser import FlaskParser, abort, is_json_request

from consult.api.json import strict_loads


class JsonOnlyParser(FlaskParser):
    """Refuse a body sent with another content type instead of ignoring it silently.

    Query strings follow their schema's `unknown` too (webargs would drop unknown query
    parameters), so a misspelt filter is an error that names it, not an unfiltered list.
    """

    # webargs declares it an instance attribute (so not a ClassVar), read through self.
    DEFAULT_UNKNOWN_BY_LOCATION: dict[str, str | None] = {  # noqa: RUF012
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": None,
        "querystring": None,
    }

    def load_json(self, req: Request, schema: Schema) -> Any:
        if not req.is_json and req.get_data(cache=True):
            abort(
                415,
                message="Send the body as JSON with 'Content-Type: application/json'.",
                errors={"Content-Type": [f"Got {req.mimetype or 'none'}."]},
            )
        return super().load_json(req, schema)

    def _raw_load_json(self, req: Request) -> Any:
        if not is_json_request(req):
            return missing
        return strict_loads(req.get_data(cache=True))


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = JsonOnlyParser()
