"""/api/v1/rounds/{id}/responses.csv and .xlsx: the answers for spreadsheets, streamed."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from typing import Any

import xlsxwriter
from flask import Response, send_file
from flask.views import MethodView
from sqlalchemy.orm import Session

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.domain.exports import export_table
from consult.runtime import current_runtime

blp = Blueprint("exports", __name__, description="Responses as CSV and XLSX")

CSV_FLUSH_ROWS = 500
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these is a formula to a spreadsheet program; prefixed with an
# apostrophe it is shown as the text the network wrote (OWASP's advice on CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def download(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@blp.route("/<id:round_id>/responses.csv")
class ResponsesCsv(MethodView):
    @require("viewer")
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> Response:
        """UTF-8 with a BOM, so spreadsheet programs show Khmer intact; streamed."""
        session, header, rows = _open_export(round_id)

        def chunks() -> Iterator[str]:
            try:
                yield from csv_chunks(header, rows)
            finally:
                session.close()

        return download(
            Response(chunks(), content_type="text/csv; charset=utf-8"),
            f"round-{round_id}-responses.csv",
        )


@blp.route("/<id:round_id>/responses.xlsx")
class ResponsesXlsx(MethodView):
    @require("viewer")
    @blp.response(200, content_type=XLSX)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, round_id: int) -> Response:
        """An Excel workbook written row by row to a temporary file, then sent."""
        session, header, rows = _open_export(round_id)
        try:
            return send_xlsx(header, rows, f"round-{round_id}-responses.xlsx")
        finally:
            session.close()


def _open_export(round_id: int) -> tuple[Session, list[str], Iterator[list[Any]]]:
    """A read-only session of the export's own, closed when the rows have been written."""
    runtime = current_runtime()
    session = runtime.database.read_session()
    try:
        header, rows = export_table(session, round_id, runtime.settings.zone)
    except BaseException:
        session.close()
        raise
    return session, header, rows


def csv_chunks(header: list[str], rows: Iterator[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header)
    for count, row in enumerate(rows, start=1):
        writer.writerow([_csv_safe(cell) for cell in row])
        if count % CSV_FLUSH_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _csv_safe(cell: Any) -> Any:
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def send_xlsx(header: list[str], rows: Iterator[list[Any]], filename: str) -> Response:
    """Write the workbook to a temporary file, send it, and remove it once sent."""
    path = _write_xlsx(header, rows)
    response = send_file(path, as_attachment=True, download_name=filename)
    response.call_on_close(lambda: os.unlink(path))
    return response


def _write_xlsx(header: list[str], rows: Iterator[list[Any]]) -> str:
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    workbook = xlsxwriter.Workbook(
        path,
        {
            "constant_memory": True,  # rows go to disk as written: flat memory
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    try:
        sheet = workbook.add_worksheet("responses")
        sheet.write_row(0, 0, header, workbook.add_format({"bold": True}))
        for number, row in enumerate(rows, start=1):
            sheet.write_row(number, 0, row)
        workbook.close()
    except BaseException:
        os.unlink(path)
        raise
    return path
