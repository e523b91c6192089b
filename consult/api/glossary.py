"""/api/v1/glossary: the English/Khmer pairs that join themes across languages."""

from __future__ import annotations

from typing import Any

from flask import g
from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.domain import glossary
from consult.schemas.common import page, page_of
from consult.schemas.glossary import (
    GlossaryQuerySchema,
    GlossaryTermCreateSchema,
    GlossaryTermSchema,
)
from consult.session import request_session

blp = Blueprint(
    "glossary", __name__, description="English and Khmer terms that themes treat as one"
)


@blp.route("")
class Glossary(MethodView):
    @require("viewer")
    @blp.arguments(GlossaryQuerySchema, location="query")
    @blp.response(200, page_of(GlossaryTermSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """The shipped pairs, then staff's, each marked with its `source`."""
        items, total = glossary.list_terms(
            request_session(), query.get("source"), query.get("q"), query["page"],
            query["page_size"],
        )  # fmt: skip
        return page(items, total, query)

    @require("staff")
    @blp.arguments(GlossaryTermCreateSchema)
    @blp.response(201, GlossaryTermSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body: dict[str, Any]) -> glossary.GlossaryEntry:
        """Add a pair: from the next summary on, answers using either term share a theme.

        409 when the glossary already pairs the two terms.
        """
        session = request_session()
        entry = glossary.add_term(session, body["en"], body["km"], g.api_key.name)
        session.commit()
        return entry


@blp.route("/<id:term_id>")
class GlossaryTermById(MethodView):
    @require("staff")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, term_id: int) -> None:
        """Delete a pair staff added; shipped pairs stay."""
        session = request_session()
        glossary.delete_term(session, term_id)
        session.commit()
