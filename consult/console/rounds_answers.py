"""What a round's networks said, in the console: each response with every version it saved
(as GET /api/v1/rounds/{id}/responses and …/responses/{network}), and the summary report
(as GET …/summary/report), behind the console's sign-in."""

from __future__ import annotations

from flask import Response, request

from consult.console.blueprint import console, language, page
from consult.console.rounds import form_values, show
from consult.domain import replies, responses, rounds, summaries
from consult.mail.compose import answer_text
from consult.runtime import current_runtime
from consult.schemas.common import PageQuerySchema
from consult.schemas.summaries import ReportQuerySchema
from consult.session import request_session
from consult.web.report import render_report


@console.route("/rounds/<int:round_id>/responses")
@page("viewer")
def round_responses(round_id: int) -> tuple[str, int]:
    query = form_values(PageQuerySchema(), request.args.to_dict())
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    found, total = responses.list_responses(session, round_id, query["page"], query["page_size"])
    return show(
        "console/round_responses.html",
        round=round_,
        responses=found,
        page_number=query["page"],
        more=query["page"] * query["page_size"] < total,
    )


@console.route("/rounds/<int:round_id>/responses/<int:network_id>")
@page("viewer")
def round_response(round_id: int, network_id: int) -> tuple[str, int]:
    """A network's response, every version it saved (oldest first) and its replies."""
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    response, versions = responses.response_history(session, round_id, network_id)
    return show(
        "console/round_response.html",
        round=round_,
        response=response,
        versions=versions,
        replies=replies.replies_to(session, response.id),
        answer_text=lambda question, value: answer_text(question, value, language()),
    )


@console.route("/rounds/<int:round_id>/report")
@page("viewer")
def round_report(round_id: int) -> Response:
    """The API's HTML report (the same renderer, the same summary), in the reader's
    language unless `lang` asks for the other."""
    query = form_values(ReportQuerySchema(), {"lang": language(), **request.args.to_dict()})
    session = request_session()
    summary = summaries.get_summary(session, round_id, query.get("version"))
    round_ = rounds.get_round(session, round_id)
    html = render_report(round_, summary, query["lang"], current_runtime().settings.zone)
    return Response(html, content_type="text/html; charset=utf-8")
