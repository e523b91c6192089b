"""The common response in the console: staff word it in both languages, read its versions
and approve it (as /api/v1/rounds/{id}/common-response), with the same domain functions and
the API's schemas."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, render_template, request
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from consult.console.blueprint import back_to, page, record, signed_in
from consult.console.forms import read_form, refused_form
from consult.db import utcnow
from consult.domain import common_responses, rounds
from consult.domain.errors import Conflict, Invalid, status_of
from consult.schemas.common_responses import ApproveSchema, CommonResponseEditSchema
from consult.session import request_session
from consult.texts import LANGUAGES

pages = Blueprint("common_responses", __name__)


@pages.route("/rounds/<int:round_id>/common-response", endpoint="common_response")
@page("viewer")
def common_response_page(round_id: int) -> str:
    """The latest version, every version, the counts and, once sent, the validation tally;
    a round with none yet is a page saying why (the API's 404)."""
    return render_template("console/round_common.html", **_common_values(round_id, None))


@pages.route("/rounds/<int:round_id>/common-response", methods=["POST"])
@page("staff")
def edit_common_response(round_id: int) -> Response | tuple[str, int]:
    """As POST …/common-response: the parts given (both languages each) as a new version."""
    body: dict[str, Any] = {"show_names": "show_names" in request.form}
    for part in ("statement", "commitments"):
        texts = {code: request.form.get(f"{part}_{code}", "") for code in LANGUAGES}
        if any(value.strip() for value in texts.values()):
            body[part] = texts
    try:
        change = read_form(CommonResponseEditSchema(), body)
    except Invalid as error:
        values = _common_values(round_id, request.form)
        return refused_form("console/round_common.html", error, **values)
    session = request_session()
    edited = common_responses.edit(
        session, round_id, common_responses.Edit(**change), utcnow(), signed_in().email
    )
    record("edit-common-response", f"round:{round_id}", version=edited.latest.number)
    session.commit()
    flash("rounds_cr_saved")
    return back_to("console.common_responses.common_response", round_id=round_id)


@pages.route("/rounds/<int:round_id>/common-response/approve", methods=["POST"])
@page("staff")
def approve_common_response(round_id: int) -> Response | tuple[str, int]:
    """As POST …/common-response/approve: the version staff read, frozen and sent. Refused,
    it is the same page again with the reason beside each part at fault."""
    session = request_session()
    if _unsaved(round_id, request.form):
        return _refused_approval(round_id, request.form, {"version": "safe_approve_unsaved"}, 409)
    try:
        checked = read_form(ApproveSchema(), {"version": request.form.get("version", "")})
        approved = common_responses.approve(
            session, round_id, checked["version"], utcnow(), signed_in().email
        )
    except (Conflict, Invalid) as error:
        session.rollback()
        return _refused_approval(round_id, None, _refusal_reasons(error.errors), status_of(error))
    record(
        "approve-common-response",
        f"round:{round_id}",
        version=approved.latest.number,
        queued=approved.queued,
    )
    session.commit()
    flash("rounds_cr_approved")
    return back_to("console.common_responses.common_response", round_id=round_id)


def _refusal_reasons(errors: dict[str, list[str]]) -> dict[str, str]:
    """The text to show beside each part an approval was refused for, in the reader's
    language (the domain names the part; its English sentence is for the API). Refused for
    the state (approved meanwhile), the page itself shows that state."""
    reasons = {part: f"safe_missing_{part}" for part in common_responses.PARTS if part in errors}
    if "version" in errors:
        reasons["version"] = "safe_approve_stale"
    return reasons or {"status": ""}


def _refused_approval(
    round_id: int, typed: MultiDict[str, str] | None, reasons: dict[str, str], status: int
) -> tuple[str, int]:
    """The common response's page again, the reasons beside the parts at fault."""
    values = _common_values(round_id, typed)
    values["refused"] = reasons
    return render_template("console/round_common.html", **values), status


def _unsaved(round_id: int, form: MultiDict[str, str]) -> bool:
    """The wording sent with Approve differs from the latest version: approving would sign
    text other than what is on the screen, so it is refused with the typed text kept."""
    latest = common_responses.get_common_response(request_session(), round_id).latest
    return any(
        _plain(form[f"{part}_{code}"]) != _plain(getattr(latest, part).get(code, ""))
        for part in common_responses.PARTS
        for code in LANGUAGES
        if f"{part}_{code}" in form
    )


def _plain(text: str) -> str:
    """Text as compared: a browser sends a textarea's line breaks as CRLF."""
    return text.replace("\r\n", "\n").strip()


@pages.route("/rounds/<int:round_id>/common-response/versions/<int:number>")
@page("viewer")
def common_response_version(round_id: int, number: int) -> str:
    """One version, read only, with what it changed against the one before."""
    session = request_session()
    version = common_responses.get_version(session, round_id, number)
    previous = common_responses.get_version(session, round_id, number - 1) if number > 1 else None
    return render_template(
        "console/round_common_version.html",
        round=rounds.get_round(session, round_id),
        version=version,
        previous=previous,
        latest=common_responses.get_common_response(session, round_id).latest,
        changes=common_responses.version_changes(previous, version) if previous else {},
        parts=common_responses.PARTS,
    )


def _common_values(round_id: int, typed: MultiDict[str, str] | None) -> dict[str, Any]:
    session = request_session()
    view = common_responses.get_common_response(session, round_id)
    latest = view.latest
    form = {
        f"{part}_{code}": getattr(latest, part).get(code, "")
        for part in ("statement", "commitments")
        for code in LANGUAGES
    }
    form["show_names"] = "on" if latest.show_names else ""
    if typed is not None:
        form = {name: typed.get(name, "") for name in form}
    return {
        "round": rounds.get_round(session, round_id),
        "view": view,
        "form": form,
        "missing": common_responses.missing_for_approval(latest),
        "refused": {},
    }
