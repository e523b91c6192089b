"""/api/v1/rounds/{id}/common-response: staff read the draft, edit it, approve it."""

from __future__ import annotations

from typing import Any

from flask import g
from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.db import utcnow
from consult.domain import common_responses
from consult.schemas.common_responses import (
    EDIT_EXAMPLE,
    ApprovedSchema,
    ApproveSchema,
    CommonResponseEditSchema,
    CommonResponseSchema,
)
from consult.session import request_session

blp = Blueprint(
    "common_responses", __name__, description="The common response staff review and approve"
)


@blp.route("/<id:round_id>/common-response")
class CommonResponse(MethodView):
    @require("viewer")
    @blp.response(200, CommonResponseSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> common_responses.CommonResponse:
        """The latest version, who changed it when, and the counts behind it.

        404 until the round closes, and for a round that closed with no answers.
        """
        return common_responses.get_common_response(request_session(), round_id)

    @require("staff")
    @blp.arguments(CommonResponseEditSchema, example=EDIT_EXAMPLE)
    @blp.response(201, CommonResponseSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body: dict[str, Any], round_id: int) -> common_responses.CommonResponse:
        """Edit the draft: a new version with the parts given (both languages each).

        Nothing is sent; a 409 once the text is approved.
        """
        session = request_session()
        edited = common_responses.edit(
            session, round_id, common_responses.Edit(**body), utcnow(), g.api_key.name
        )
        session.commit()
        return edited


@blp.route("/<id:round_id>/common-response/approve")
class Approve(MethodView):
    @require("staff")
    @blp.arguments(ApproveSchema, example={"version": 3})
    @blp.response(201, ApprovedSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body: dict[str, Any], round_id: int) -> common_responses.CommonResponse:
        """Approve the latest version: its text is frozen and sent to every invited network
        for validation, each contact in their language. A second approval is a 409."""
        session = request_session()
        approved = common_responses.approve(
            session, round_id, body["version"], utcnow(), g.api_key.name
        )
        session.commit()
        return approved
