"""/api/v1/rounds/{id}/responses.csv and .xlsx: the answers for spreadsheets, streamed."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import xlsxwriter
from flask import Response, request, send_file
from flask.views import MethodView
from sqlalchemy.orm import Session
from xlsxwriter.utility import xl_col_to_name

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.domain.exports import (
    Heading,
    Kind,
    Labels,
    Sheet,
    export_table,
    questions_sheet,
    spreadsheet_text,
)
from consult.domain.rounds import get_round
from consult.runtime import current_runtime
from consult.schemas.exports import ExportQuerySchema
from consult.texts import LANGUAGES

blp = Blueprint("exports", __name__, description="Responses as CSV and XLSX")

CSV_FLUSH_ROWS = 500
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Column widths in characters by what a column holds; a header may widen its column up to
# MAX_WIDTH and wraps beyond it; the header row is as tall as its longest header needs
# (Khmer, with its stacked marks, needs about 20 points a line), up to MAX_HEADER_LINES.
WIDTHS: dict[Kind, int] = {"id": 8, "number": 10, "datetime": 17, "short": 16, "text": 40}
MAX_WIDTH = 40
LINE_POINTS = 20
MAX_HEADER_LINES = 6


def download(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def requested_labels(query: Mapping[str, Any]) -> Labels:
    """`labels` if asked for, else the requester's language: Khmer if Accept-Language
    prefers it, otherwise English (API keys carry no language of their own yet)."""
    asked: Labels | None = query.get("labels")
    if asked is not None:
        return asked
    return "km" if request.accept_languages.best_match(LANGUAGES) == "km" else "en"


@blp.route("/<id:round_id>/responses.csv")
class ResponsesCsv(MethodView):
    @require("viewer")
    @blp.arguments(ExportQuerySchema, location="query")
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Response:
        """UTF-8 with a BOM, so spreadsheet programs show Khmer intact; one header row in
        `labels` (`labels=keys` for the question and option keys); times in ISO 8601 with
        the body's offset; streamed."""
        session, sheet = _open_export(round_id, requested_labels(query))
        response = Response(csv_chunks(sheet), content_type="text/csv; charset=utf-8")
        # Closed when the server closes the response: also after a HEAD, a client that
        # hung up, or a compressed stream that never read the rows.
        response.call_on_close(session.close)
        return download(response, f"round-{round_id}-responses.csv")


@blp.route("/<id:round_id>/responses.xlsx")
class ResponsesXlsx(MethodView):
    @require("viewer")
    @blp.arguments(ExportQuerySchema, location="query")
    @blp.response(200, content_type=XLSX)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], round_id: int) -> Response:
        """An Excel workbook: the responses (headers and answers in `labels`, real
        date-times), the Questions in both languages, and the Keys of every column."""
        labels = requested_labels(query)
        session, sheet = _open_export(round_id, labels)
        try:
            questions = questions_sheet(get_round(session, round_id).questionnaire, labels)
            return send_workbook([sheet, questions], f"round-{round_id}-responses.xlsx")
        finally:
            session.close()


def _open_export(round_id: int, labels: Labels) -> tuple[Session, Sheet]:
    """A read-only session of the export's own, closed when the rows have been written."""
    runtime = current_runtime()
    session = runtime.database.read_session()
    try:
        sheet = export_table(session, round_id, runtime.settings.zone, labels)
    except BaseException:
        session.close()
        raise
    return session, sheet


def csv_chunks(sheet: Sheet) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([heading.label for heading in sheet.headings])
    for count, row in enumerate(sheet.rows, start=1):
        writer.writerow([_csv_cell(cell) for cell in row])
        if count % CSV_FLUSH_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _csv_cell(cell: Any) -> Any:
    if isinstance(cell, datetime):
        return cell.isoformat()
    if isinstance(cell, str):
        return spreadsheet_text(cell)
    return cell


def send_workbook(sheets: Sequence[Sheet], filename: str) -> Response:
    """Write the workbook to a temporary file, send it, and remove it once sent."""
    path = write_workbook(sheets)
    response = send_file(path, as_attachment=True, download_name=filename)
    response.call_on_close(lambda: os.unlink(path))
    return response


def write_workbook(sheets: Sequence[Sheet]) -> str:
    """A workbook of `sheets` and a last "Keys" sheet naming the key of every column.

    Rows go to disk as they are written (constant memory), which allows each sheet's rows
    only in order: every header row, width and the Keys sheet are written before the first
    data row, and the filter range, known only at the end, is set last.
    """
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    workbook = xlsxwriter.Workbook(
        path,
        {
            "constant_memory": True,
            "strings_to_formulas": False,  # text stays text: no formula injection
            "strings_to_urls": False,
            "strings_to_numbers": False,
            # Times arrive on the body's clock; Excel has no time zones, so the wall-clock
            # time is kept and the offset dropped.
            "remove_timezone": True,
            "default_date_format": "yyyy-mm-dd hh:mm",
        },
    )
    try:
        header = workbook.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "bottom": 1}
        )
        pages = [workbook.add_worksheet(sheet.name) for sheet in sheets]
        keys = workbook.add_worksheet("Keys")
        for page, sheet in zip(pages, sheets, strict=True):
            _start(page, sheet.headings, header)
        key_headings = [
            Heading("sheet", "Sheet", "short"),
            Heading("column", "Column", "id"),
            Heading("header", "Header", "text"),
            Heading("key", "Key", "short"),
        ]
        _start(keys, key_headings, header)
        row = 0
        for sheet in sheets:
            for number, heading in enumerate(sheet.headings):
                row += 1
                keys.write_row(
                    row, 0, [sheet.name, xl_col_to_name(number), heading.label, heading.key]
                )
        keys.autofilter(0, 0, row, len(key_headings) - 1)
        for page, sheet in zip(pages, sheets, strict=True):
            last = 0
            for last, cells in enumerate(sheet.rows, start=1):
                page.write_row(last, 0, cells)
            page.autofilter(0, 0, last, len(sheet.headings) - 1)
        workbook.close()
    except BaseException:
        os.unlink(path)
        raise
    return path


def _start(page: Any, headings: Sequence[Heading], header: Any) -> None:
    """Header row (frozen, wrapped, tall enough for Khmer) and column widths."""
    lines = 1
    for number, heading in enumerate(headings):
        width = _width(heading)
        page.set_column(number, number, width)
        lines = max(lines, -(-len(heading.label) // width))
    page.set_row(0, LINE_POINTS * min(lines, MAX_HEADER_LINES))
    page.write_row(0, 0, [heading.label for heading in headings], header)
    page.freeze_panes(1, 0)


def _width(heading: Heading) -> int:
    """Wide enough for the header on at most three lines, never narrower than its kind."""
    return max(WIDTHS[heading.kind], min(len(heading.label) // 3 + 3, MAX_WIDTH))
