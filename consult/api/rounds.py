"""/api/v1/rounds: staff draft, launch, follow and close consultation rounds."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.db import utcnow
from consult.domain import invitations, replies, responses, rounds
from consult.models import Round
from consult.runtime import current_runtime
from consult.schemas.common import PageQuerySchema, page, page_of
from consult.schemas.responses import ResponseHistorySchema, ResponseSchema
from consult.schemas.rounds import (
    InvitationListSchema,
    IssuedLinkSchema,
    LaunchResultSchema,
    RoundCreateSchema,
    RoundQuerySchema,
    RoundSchema,
    RoundUpdateSchema,
)
from consult.session import request_session

blp = Blueprint("rounds", __name__, description="Consultation rounds, invitations and responses")


def issued_link(issued: rounds.IssuedToken) -> dict[str, Any]:
    """A network's link in both forms: the web form and the API."""
    return issued.handed_over(current_runtime().settings.public_url)


@blp.route("")
class Rounds(MethodView):
    @require("viewer")
    @blp.arguments(RoundQuerySchema, location="query")
    @blp.response(200, page_of(RoundSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """Rounds, newest first, optionally by status."""
        items, total = rounds.list_rounds(
            request_session(), query.get("status"), query["page"], query["page_size"]
        )
        return page(items, total, query)

    @require("staff")
    @blp.arguments(RoundCreateSchema)
    @blp.response(201, RoundSchema)
    def post(self, body: dict[str, Any]) -> Round:
        """Draft a round: bilingual title and purpose, questions, audience, dates, reminders."""
        session = request_session()
        round_ = rounds.create_round(session, body)
        session.commit()
        return round_


@blp.route("/<id:round_id>")
class RoundById(MethodView):
    @require("viewer")
    @blp.response(200, RoundSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> Round:
        """One round."""
        return rounds.get_round(request_session(), round_id)

    @require("staff")
    @blp.arguments(RoundUpdateSchema)
    @blp.response(200, RoundSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def patch(self, body: dict[str, Any], round_id: int) -> Round:
        """Edit a draft; an open round only takes a new deadline, reminders or event."""
        session = request_session()
        round_ = rounds.update_round(session, round_id, body)
        session.commit()
        return round_


@blp.route("/<id:round_id>/launch")
class Launch(MethodView):
    @require("staff")
    @blp.response(200, LaunchResultSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, round_id: int) -> dict[str, Any]:
        """Open the round: one invitation per network of the audience, links shown once."""
        session = request_session()
        round_, issued = rounds.launch_round(
            session, round_id, utcnow(), current_runtime().settings.secret_key
        )
        session.commit()
        return {"round": round_, "invitations": [issued_link(item) for item in issued]}


@blp.route("/<id:round_id>/<any(close, publish):action>")
class Transition(MethodView):
    @require("staff")
    @blp.response(200, RoundSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, round_id: int, action: str) -> Round:
        """`close` an open round (answers can no longer change); `publish` a closed one."""
        session = request_session()
        round_ = rounds.move_round(session, round_id, action, utcnow())
        session.commit()
        return round_


@blp.route("/<id:round_id>/invitations")
class Invitations(MethodView):
    @require("viewer")
    @blp.response(200, InvitationListSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> invitations.InvitationReport:
        """Who was invited, who opened, who answered, reminders sent; response rates."""
        return invitations.report(request_session(), round_id)


@blp.route("/<id:round_id>/invitations/<id:network_id>/reissue")
class Reissue(MethodView):
    @require("staff")
    @blp.response(200, IssuedLinkSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, round_id: int, network_id: int) -> dict[str, Any]:
        """A new link for a network (its old one stops working); shown once."""
        session = request_session()
        issued = invitations.reissue(
            session, round_id, network_id, current_runtime().settings.secret_key
        )
        session.commit()
        return issued_link(issued)


@blp.route("/<id:round_id>/responses")
class Responses(MethodView):
    @require("viewer")
    @blp.arguments(PageQuerySchema, location="query")
    @blp.response(200, page_of(ResponseSchema))
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> dict[str, Any]:
        """Each network's response: status and latest submission."""
        items, total = responses.list_responses(
            request_session(), round_id, query["page"], query["page_size"]
        )
        return page(items, total, query)


@blp.route("/<id:round_id>/responses/<id:network_id>")
class ResponseHistory(MethodView):
    @require("viewer")
    @blp.response(200, ResponseHistorySchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int, network_id: int) -> dict[str, Any]:
        """A network's response with every version it saved, oldest first, and its replies
        to follow-ups."""
        session = request_session()
        response, versions = responses.response_history(session, round_id, network_id)
        return {
            "response": response,
            "versions": versions,
            "replies": replies.replies_to(session, response.id),
        }
