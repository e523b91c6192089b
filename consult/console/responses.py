"""What a round's networks said, in the console: each response with every version it saved
(as GET /api/v1/rounds/{id}/responses and …/responses/{network}), behind its sign-in."""

from __future__ import annotations

from flask import Blueprint, render_template

from consult.console.blueprint import language, page
from consult.console.paging import Pager, page_number
from consult.domain import replies, responses, rounds
from consult.mail.compose import answer_text
from consult.session import request_session

pages = Blueprint("responses", __name__)
PAGE_SIZE = 50


@pages.route("/rounds/<int:round_id>/responses")
@page("viewer")
def round_responses(round_id: int) -> str:
    number = page_number()
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    found, total = responses.list_responses(session, round_id, number, PAGE_SIZE)
    endpoint, kept = "console.responses.round_responses", {"round_id": round_id}
    return render_template(
        "console/round_responses.html",
        round=round_,
        responses=found,
        pager=Pager(number, total, PAGE_SIZE, endpoint, kept),
    )


@pages.route("/rounds/<int:round_id>/responses/<int:network_id>")
@page("viewer")
def round_response(round_id: int, network_id: int) -> str:
    """A network's response, every version it saved (oldest first) and its replies."""
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    response, versions = responses.response_history(session, round_id, network_id)
    return render_template(
        "console/round_response.html",
        round=round_,
        response=response,
        versions=versions,
        replies=replies.replies_to(session, response.id),
        answer_text=lambda question, value: answer_text(question, value, language()),
    )
