"""/api/v1/rounds/{id}/summary: the common response, as JSON, a report, CSV and XLSX."""

from __future__ import annotations

from typing import Any

from celery.result import AsyncResult
from flask import Response
from flask.views import MethodView

from consult import task_names
from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.api.exports import XLSX, csv_chunks, download, requested_labels, send_workbook
from consult.domain import rounds, summaries
from consult.domain.exports import questions_sheet
from consult.domain.summary_export import summary_sheets, summary_table
from consult.models import Summary
from consult.runtime import current_runtime
from consult.schemas.exports import SummaryExportQuerySchema
from consult.schemas.summaries import (
    ReportQuerySchema,
    SummaryQuerySchema,
    SummarySchema,
    TaskSchema,
)
from consult.session import request_session
from consult.web.report import render_report

blp = Blueprint("summaries", __name__, description="Summaries and the common response")
tasks_blp = Blueprint("tasks", __name__, description="Progress of background work")


@blp.route("/<id:round_id>/summary")
class RoundSummary(MethodView):
    @require("viewer")
    @blp.arguments(SummaryQuerySchema, location="query")
    @blp.response(200, SummarySchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Summary:
        """The latest summary (or `version`): statistics, groups, the common response."""
        return summaries.get_summary(request_session(), round_id, query.get("version"))


@blp.route("/<id:round_id>/summary/recompute")
class Recompute(MethodView):
    @require("staff")
    @blp.response(202, TaskSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, round_id: int) -> dict[str, Any]:
        """Recompute now; follow the task at /api/v1/tasks/{task_id}."""
        rounds.get_round(request_session(), round_id)
        # One try: a broker that is away is a 503 now, not a retry loop inside the request.
        result = current_runtime().celery.send_task(
            task_names.SUMMARY_RECOMPUTE, args=[round_id], kwargs={"force": True}, retry=False
        )
        return {"task_id": result.id, "state": "PENDING", "progress": None, "result": None}


@blp.route("/<id:round_id>/summary/report")
class Report(MethodView):
    @require("viewer")
    @blp.arguments(ReportQuerySchema, location="query")
    @blp.response(200, content_type="text/html")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Response:
        """The summary as a page with charts, in English or Khmer (`lang`); no JavaScript."""
        session = request_session()
        summary = summaries.get_summary(session, round_id, query.get("version"))
        round_ = rounds.get_round(session, round_id)
        html = render_report(round_, summary, query["lang"], current_runtime().settings.zone)
        return Response(html, content_type="text/html; charset=utf-8")


@tasks_blp.route("/<string:task_id>")
class TaskProgress(MethodView):
    @require("viewer")
    @tasks_blp.response(200, TaskSchema)
    def get(self, task_id: str) -> dict[str, Any]:
        """State and progress of a background task (PENDING also for an unknown id)."""
        result: AsyncResult[Any] = AsyncResult(task_id[:64], app=current_runtime().celery)
        state: str = result.state  # a custom state too ("PROGRESS"), not only Celery's own
        info = result.info
        return {
            "task_id": task_id[:64],
            "state": state,
            "progress": info if state == "PROGRESS" and isinstance(info, dict) else None,
            "result": result.result if state == "SUCCESS" else None,
        }


@blp.route("/<id:round_id>/summary.csv")
class SummaryCsv(MethodView):
    @require("viewer")
    @blp.arguments(SummaryExportQuerySchema, location="query")
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Response:
        """The summary as one row per statistic, overall and by group (UTF-8 with BOM);
        header and group names in `labels`."""
        summary = summaries.get_summary(request_session(), round_id, query.get("version"))
        table = summary_table(summary, requested_labels(query))
        return download(
            Response(csv_chunks(table), content_type="text/csv; charset=utf-8"),
            f"round-{round_id}-summary-v{summary.version}.csv",
        )


@blp.route("/<id:round_id>/summary.xlsx")
class SummaryXlsx(MethodView):
    @require("viewer")
    @blp.arguments(SummaryExportQuerySchema, location="query")
    @blp.response(200, content_type=XLSX)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Response:
        """The CSV's rows as an Excel workbook, a sheet per section (Common response,
        Divisions, Statistics, Themes), then the Questions and the Keys of every column."""
        session = request_session()
        summary = summaries.get_summary(session, round_id, query.get("version"))
        labels = requested_labels(query)
        questions = questions_sheet(rounds.get_round(session, round_id).questionnaire, labels)
        return send_workbook(
            [*summary_sheets(summary, labels), questions],
            f"round-{round_id}-summary-v{summary.version}.xlsx",
        )
