"""/api/v1/respond/{token}: a network answers with its own link, no API key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from flask.views import MethodView
from sqlalchemy.orm import Session

from consult.api.auth import public
from consult.api.blueprint import Blueprint
from consult.api.idempotency import IDEMPOTENCY_PARAMETER, idempotency_key
from consult.db import utcnow
from consult.domain import replies, responses
from consult.domain.response_form import answering_view
from consult.schemas.followups import AddressedListSchema, ReplyInputSchema, ReplySchema
from consult.schemas.responses import (
    AnsweringSchema,
    DraftSchema,
    LanguageQuerySchema,
    SavedSchema,
    SubmitSchema,
)
from consult.session import request_session

blp = Blueprint(
    "respond", __name__, description="Answering a round with a network's invitation link"
)


@blp.route("/<token:token>")
class Respond(MethodView):
    @public
    @blp.arguments(LanguageQuerySchema, location="query")
    @blp.response(200, AnsweringSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], token: str) -> dict[str, Any]:
        """The questionnaire in the network's language (or `lang`), with what it saved."""
        session = request_session()
        invitation, response = responses.open_link(session, token, utcnow())
        session.commit()
        return answering_view(invitation, response, query.get("lang"))

    @public
    @blp.arguments(DraftSchema)
    @blp.response(200, SavedSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    @blp.doc(parameters=[IDEMPOTENCY_PARAMETER])
    def put(self, body: dict[str, Any], token: str) -> responses.Saved:
        """Save a draft: answers may be partial; each one given is checked."""
        return _save(responses.save_draft, token, body)

    @public
    @blp.arguments(SubmitSchema)
    @blp.response(200, SavedSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    @blp.doc(parameters=[IDEMPOTENCY_PARAMETER])
    def post(self, body: dict[str, Any], token: str) -> responses.Saved:
        """Submit the network's answer, signed by its focal point (name, role, email)."""
        return _save(responses.submit, token, body)


SaveAction = Callable[[Session, str, responses.Entry, datetime], responses.Saved]


def _save(action: SaveAction, token: str, body: dict[str, Any]) -> responses.Saved:
    session = request_session()
    key = idempotency_key()
    entry = responses.Entry(
        answers=body["answers"],
        language=body.get("language"),
        channel="api",
        idempotency_key=key,
        submitted_by=body.get("submitted_by"),
    )
    saved = action(session, token, entry, utcnow())
    session.commit()
    return saved


@blp.route("/<token:token>/followups")
class Followups(MethodView):
    @public
    @blp.response(200, AddressedListSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, token: str) -> dict[str, Any]:
        """The clarification questions and validation sent to this network, with its replies."""
        _, addressed = replies.followups_of(request_session(), token)
        return {"items": addressed}


@blp.route("/<token:token>/followups/<id:followup_id>")
class FollowupReplies(MethodView):
    @public
    @blp.arguments(ReplyInputSchema)
    @blp.response(201, ReplySchema)
    @blp.alt_response(200, schema=ReplySchema, description="a replayed Idempotency-Key")
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    @blp.doc(parameters=[IDEMPOTENCY_PARAMETER])
    def post(self, body: dict[str, Any], token: str, followup_id: int) -> Any:
        """Reply: `text` answers a clarification; a validation takes `verdict` (confirm or
        contest) and `text`, the comment a contest needs. The latest reply counts."""
        session = request_session()
        saved, replayed = replies.reply(
            session,
            token,
            followup_id,
            replies.ReplyEntry(
                text=body["text"],
                verdict=body.get("verdict"),
                language=body.get("language"),
                channel="api",
                idempotency_key=idempotency_key(),
            ),
            utcnow(),
        )
        session.commit()
        return saved, 200 if replayed else 201
