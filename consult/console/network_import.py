"""Importing the directory from CSV, in the console: a dry run shows what the file would
change (as POST /api/v1/networks/import?dry_run=true), then the same file is imported (as
POST /api/v1/networks/import), row by row as the API reads it."""

from __future__ import annotations

import base64
import binascii

from flask import Blueprint, render_template, request, session

from consult.console.blueprint import Page, back_to, page, record
from consult.console.forms import Errors, errors_of
from consult.domain.errors import Invalid
from consult.domain.network_import import ImportReport, import_networks
from consult.schemas.networks import NetworkCsvRowSchema
from consult.session import request_session

pages = Blueprint("network_import", __name__)


@pages.route("/networks/import")
@page("staff")
def import_page() -> Page:
    """The upload form, and after an import what it did (kept in the session for the GET)."""
    return render_template(
        "console/directory_import.html",
        report=None,
        applied=session.pop("directory_import", None),
        upload="",
        errors={},
    )


@pages.route("/networks/import/preview", methods=["POST"])
@page("staff")
def preview_import() -> Page:
    """What the file would change, from a real run of POST /api/v1/networks/import rolled
    back (as its dry_run=true does): the same rows matched, refused and counted.

    The file goes back to the browser in the page (base64, in a hidden field) to be sent
    again with the confirmation: no copy is kept on the server between the two, and the
    confirmation imports the file again, so what is saved is what the directory holds then.
    """
    upload = request.files.get("file")
    data = upload.stream.read() if upload else b""
    try:
        report = _import(data)
    except Invalid as refused:
        return _import_refused(errors_of(refused))
    finally:
        request_session().rollback()
    return render_template(
        "console/directory_import.html",
        report=report,
        applied=None,
        upload=base64.b64encode(data).decode(),
        errors={},
    )


@pages.route("/networks/import", methods=["POST"])
@page("staff")
def apply_import() -> Page:
    """Import the previewed file (POST /api/v1/networks/import)."""
    try:
        data = base64.b64decode(request.form.get("upload", ""), validate=True)
    except binascii.Error:
        data = b""
    db = request_session()
    try:
        report = _import(data)
    except Invalid as refused:
        db.rollback()
        return _import_refused(errors_of(refused))
    counts = _counts(report)
    record("directory-import", f"{report.rows} rows", **counts)
    db.commit()
    session["directory_import"] = counts
    return back_to("console.network_import.import_page")


def _import(data: bytes) -> ImportReport:
    """The file imported in the request's transaction, which the caller ends; no file at
    all is refused by its field, as a file that is not a directory is."""
    if not data:
        raise Invalid("refused_form_mistakes", {"file": ["directory_import_no_file"]})
    return import_networks(request_session(), data, NetworkCsvRowSchema())


def _counts(report: ImportReport) -> dict[str, int]:
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "errors": len(report.errors),
    }


def _import_refused(errors: Errors) -> tuple[str, int]:
    page_ = render_template(
        "console/directory_import.html", report=None, applied=None, upload="", errors=errors
    )
    return page_, 422
