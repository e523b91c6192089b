"""/api/v1/rounds/{id}/followups: staff remind, ask for clarification, seek validation."""

from __future__ import annotations

from typing import Any

from flask import g
from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.api.idempotency import IDEMPOTENCY_PARAMETER, idempotency_key
from consult.db import utcnow
from consult.domain import followups
from consult.schemas.followups import (
    FollowupCreateSchema,
    FollowupReportListSchema,
    FollowupReportSchema,
    SentFollowupSchema,
)
from consult.session import request_session

blp = Blueprint("followups", __name__, description="Follow-ups of a round and the replies")


@blp.route("/<id:round_id>/followups")
class Followups(MethodView):
    @require("viewer")
    @blp.response(200, FollowupReportListSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> dict[str, Any]:
        """Every follow-up of the round, oldest first, with its tally and mail progress."""
        return {"items": followups.list_followups(request_session(), round_id)}

    @require("staff")
    @blp.arguments(FollowupCreateSchema)
    @blp.response(201, SentFollowupSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(200, schema=SentFollowupSchema, description="a replayed Idempotency-Key")
    @blp.alt_response(409, response="CONFLICT")
    @blp.doc(parameters=[IDEMPOTENCY_PARAMETER])
    def post(self, body: dict[str, Any], round_id: int) -> Any:
        """Send a reminder, a clarification question or the common response for validation.

        Mail goes to every contact of the networks addressed, in the contact's language,
        with the network's own link to reply.
        """
        session = request_session()
        sent = followups.send_followup(
            session,
            round_id,
            followups.FollowupRequest.of(body, idempotency_key()),
            utcnow(),
            g.api_key.name,
        )
        session.commit()
        if sent.replayed:
            return sent, 200
        return sent


@blp.route("/<id:round_id>/followups/<id:followup_id>")
class FollowupById(MethodView):
    @require("viewer")
    @blp.response(200, FollowupReportSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int, followup_id: int) -> followups.FollowupReport:
        """Who was asked, each network's latest reply (earlier ones kept), the tally."""
        return followups.followup_report(request_session(), round_id, followup_id)
