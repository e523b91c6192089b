"""A round's summary report in the console: the API's HTML report (as GET
/api/v1/rounds/{id}/summary/report), the same renderer and summary, behind its sign-in."""

from __future__ import annotations

from flask import Blueprint, Response, request

from consult.console.blueprint import language, page
from consult.console.forms import read_form
from consult.domain import rounds, summaries
from consult.runtime import current_runtime
from consult.schemas.summaries import ReportQuerySchema
from consult.session import request_session
from consult.web.report import render_report

pages = Blueprint("summaries", __name__)


@pages.route("/rounds/<int:round_id>/report")
@page("viewer")
def round_report(round_id: int) -> Response:
    """The API's HTML report (the same renderer, the same summary), in the reader's
    language unless `lang` asks for the other."""
    query = read_form(ReportQuerySchema(), {"lang": language(), **request.args.to_dict()})
    session = request_session()
    summary = summaries.get_summary(session, round_id, query.get("version"))
    round_ = rounds.get_round(session, round_id)
    html = render_report(round_, summary, query["lang"], current_runtime().settings.zone)
    return Response(html, content_type="text/html; charset=utf-8")
