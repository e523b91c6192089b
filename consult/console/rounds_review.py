"""After the answers, in the console: the common response staff word in both languages and
approve (as /api/v1/rounds/{id}/common-response), and the follow-ups with the networks'
replies and the validation tally (as /api/v1/rounds/{id}/followups), with the same domain
functions and the API's schemas."""

from __future__ import annotations

from typing import Any

from flask import flash, request
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from consult.console.blueprint import back_to, console, page, polled, record, signed_in
from consult.console.rounds import (
    LIVE_SECONDS,
    form_values,
    new_key,
    refused_form,
    send_followup,
    show,
)
from consult.db import utcnow
from consult.domain import common_responses, followups, invitations, rounds
from consult.domain.errors import Conflict, Invalid, status_of
from consult.i18n import LANGUAGES
from consult.schemas.common_responses import ApproveSchema, CommonResponseEditSchema
from consult.schemas.followups import FollowupCreateSchema
from consult.session import request_session

TEXTS: dict[str, dict[str, str]] = {
    "rounds_common_response": {"en": "Common response", "km": "ការឆ្លើយតបរួម"},
    "rounds_cr_status_draft": {"en": "Draft, not approved", "km": "សេចក្តីព្រាង មិនទាន់អនុម័ត"},
    "rounds_cr_status_approved": {"en": "Approved", "km": "បានអនុម័ត"},
    "rounds_cr_latest": {
        "en": "Version {number}, by {who}, {time}",
        "km": "កំណែ {number} ដោយ {who} {time}",
    },
    "rounds_cr_statement": {"en": "Statement", "km": "សេចក្តីថ្លែងការណ៍"},
    "rounds_cr_commitments": {"en": "What the body will do", "km": "អ្វីដែលស្ថាប័ននឹងធ្វើ"},
    "rounds_in_english": {"en": "in English", "km": "ជាភាសាអង់គ្លេស"},
    "rounds_in_khmer": {"en": "in Khmer", "km": "ជាភាសាខ្មែរ"},
    "rounds_cr_show_names": {
        "en": "List the networks that answered on the public results page",
        "km": "បង្ហាញបញ្ជីបណ្តាញដែលបានឆ្លើយ នៅលើទំព័រលទ្ធផលសាធារណៈ",
    },
    "rounds_cr_save": {"en": "Save as a new version", "km": "រក្សាទុកជាកំណែថ្មី"},
    "rounds_cr_edit": {"en": "Edit the wording", "km": "កែសម្រួលខ្លឹមសារ"},
    "rounds_cr_edit_note": {
        "en": "Each save is a new version; nothing is sent until it is approved.",
        "km": "ការរក្សាទុកនីមួយៗជាកំណែថ្មី; គ្មានអ្វីត្រូវបានផ្ញើទេ រហូតដល់វាត្រូវបានអនុម័ត។",
    },
    "rounds_cr_approve": {
        "en": "Approve version {number} and send it to the networks for validation",
        "km": "អនុម័តកំណែ {number} ហើយផ្ញើវាទៅបណ្តាញនានាដើម្បីផ្ទៀងផ្ទាត់",
    },
    "rounds_cr_approve_note": {
        "en": "Its text is then frozen. Both parts must be given in English and Khmer.",
        "km": "បន្ទាប់មកខ្លឹមសាររបស់វានឹងត្រូវបង្កក។ ផ្នែកទាំងពីរត្រូវតែមានជាភាសាអង់គ្លេស និងខ្មែរ។",
    },
    "rounds_cr_saved": {"en": "A new version is saved.", "km": "កំណែថ្មីត្រូវបានរក្សាទុក។"},
    "rounds_cr_approved": {
        "en": "Approved, and sent to the networks for validation.",
        "km": "បានអនុម័ត ហើយបានផ្ញើទៅបណ្តាញនានាដើម្បីផ្ទៀងផ្ទាត់។",
    },
    "rounds_cr_versions": {"en": "Every version", "km": "កំណែទាំងអស់"},
    "rounds_cr_kind_computed": {"en": "computed at close", "km": "គណនានៅពេលបិទ"},
    "rounds_cr_kind_edit": {"en": "edited", "km": "បានកែសម្រួល"},
    "rounds_cr_kind_approval": {"en": "approved", "km": "បានអនុម័ត"},
    "rounds_cr_counts": {
        "en": "{count} of {invited} networks answered.",
        "km": "បណ្តាញ {count} ក្នុងចំណោម {invited} បានឆ្លើយ។",
    },
    "rounds_empty": {"en": "(empty)", "km": "(ទទេ)"},
    "rounds_followups": {"en": "Follow-ups", "km": "ការតាមដាន"},
    "rounds_no_followups": {"en": "No follow-up yet.", "km": "មិនទាន់មានការតាមដានទេ។"},
    "rounds_followup_reminder": {"en": "Reminder", "km": "ការរំលឹក"},
    "rounds_followup_clarification": {"en": "Clarification question", "km": "សំណួរបំភ្លឺ"},
    "rounds_followup_validation": {
        "en": "Validation of the common response",
        "km": "ការផ្ទៀងផ្ទាត់ការឆ្លើយតបរួម",
    },
    "rounds_followup_heading": {
        "en": "{kind}, {time}, by {who}",
        "km": "{kind} {time} ដោយ {who}",
    },
    "rounds_tally_confirm": {"en": "Confirmed", "km": "បានបញ្ជាក់"},
    "rounds_tally_contest": {"en": "Contested", "km": "បានជំទាស់"},
    "rounds_tally_replied": {"en": "Replied", "km": "បានឆ្លើយតប"},
    "rounds_tally_no_reply": {"en": "No reply yet", "km": "មិនទាន់ឆ្លើយតប"},
    "rounds_verdict_confirm": {"en": "confirms", "km": "បញ្ជាក់"},
    "rounds_verdict_contest": {"en": "contests", "km": "ជំទាស់"},
    "rounds_mail_progress": {"en": "Mail", "km": "សំបុត្រ"},
    "rounds_reply": {"en": "Latest reply", "km": "ការឆ្លើយតបចុងក្រោយ"},
    "rounds_earlier_replies": {
        "en": "({count} earlier kept)",
        "km": "(រក្សាទុក {count} មុនៗ)",
    },
    "rounds_ask": {"en": "Ask a clarification question", "km": "សួរសំណួរបំភ្លឺ"},
    "rounds_ask_note": {
        "en": "Only networks that submitted an answer can be asked about it; each contact "
        "gets the question in their language with the network's link to reply.",
        "km": "មានតែបណ្តាញដែលបានដាក់ស្នើចម្លើយប៉ុណ្ណោះ ដែលអាចត្រូវបានសួរអំពីវា; "
        "ទំនាក់ទំនងនីមួយៗទទួលបានសំណួរជាភាសារបស់ខ្លួន ជាមួយតំណរបស់បណ្តាញដើម្បីឆ្លើយតប។",
    },
    "rounds_ask_networks": {"en": "Networks to ask", "km": "បណ្តាញដែលត្រូវសួរ"},
    "rounds_ask_about": {
        "en": "About the question (optional)",
        "km": "អំពីសំណួរ (ស្រេចចិត្ត)",
    },
    "rounds_ask_whole": {"en": "The whole answer", "km": "ចម្លើយទាំងមូល"},
    "rounds_ask_question": {"en": "Question", "km": "សំណួរ"},
    "rounds_ask_send": {"en": "Send the question", "km": "ផ្ញើសំណួរ"},
    "rounds_asked": {"en": "The question is on its way.", "km": "សំណួរកំពុងត្រូវបានផ្ញើ។"},
    "rounds_none_submitted": {
        "en": "No network has submitted an answer to ask about.",
        "km": "មិនទាន់មានបណ្តាញណាដាក់ស្នើចម្លើយ ដើម្បីសួរអំពីវានៅឡើយទេ។",
    },
}


@console.route("/rounds/<int:round_id>/common-response", endpoint="common_response")
@page("viewer")
def common_response_page(round_id: int) -> tuple[str, int]:
    """The latest version, every version, the counts and, once sent, the validation tally;
    a round with none yet is a page saying why (the API's 404)."""
    return show("console/round_common.html", **_common_values(round_id, None))


@console.route("/rounds/<int:round_id>/common-response", methods=["POST"])
@page("staff")
def edit_common_response(round_id: int) -> Response | tuple[str, int]:
    """As POST …/common-response: the parts given (both languages each) as a new version."""
    body: dict[str, Any] = {"show_names": "show_names" in request.form}
    for part in ("statement", "commitments"):
        texts = {code: request.form.get(f"{part}_{code}", "") for code in LANGUAGES}
        if any(value.strip() for value in texts.values()):
            body[part] = texts
    try:
        change = form_values(CommonResponseEditSchema(), body)
    except Invalid as error:
        values = _common_values(round_id, request.form)
        return refused_form("console/round_common.html", error.errors, **values)
    session = request_session()
    edited = common_responses.edit(
        session, round_id, common_responses.Edit(**change), utcnow(), signed_in().email
    )
    record("edit-common-response", f"round:{round_id}", version=edited.latest.number)
    session.commit()
    flash("rounds_cr_saved")
    return back_to("console.common_response", round_id=round_id)


@console.route("/rounds/<int:round_id>/common-response/approve", methods=["POST"])
@page("staff")
def approve_common_response(round_id: int) -> Response | tuple[str, int]:
    """As POST …/common-response/approve: the version staff read, frozen and sent. Refused,
    it is the same page again with the reason beside each part at fault."""
    session = request_session()
    if _unsaved(round_id, request.form):
        return _refused_approval(round_id, request.form, {"version": "safe_approve_unsaved"}, 409)
    try:
        checked = form_values(ApproveSchema(), {"version": request.form.get("version", "")})
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
    return back_to("console.common_response", round_id=round_id)


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
    return show("console/round_common.html", status, **values)


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


@console.route("/rounds/<int:round_id>/common-response/versions/<int:number>")
@page("viewer")
def common_response_version(round_id: int, number: int) -> tuple[str, int]:
    """One version, read only, with what it changed against the one before."""
    session = request_session()
    version = common_responses.get_version(session, round_id, number)
    previous = common_responses.get_version(session, round_id, number - 1) if number > 1 else None
    return show(
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


@console.route("/rounds/<int:round_id>/followups")
@page("viewer")
def round_followups(round_id: int) -> tuple[str, int]:
    return show("console/round_followups.html", **_followup_values(round_id))


@console.route("/rounds/<int:round_id>/followups/live")
@page("viewer")
@polled
def round_followups_live(round_id: int) -> tuple[str, int]:
    """The follow-ups and their tallies, polled by htmx as the networks reply."""
    return show("console/round_followups_live.html", **_followup_values(round_id))


@console.route("/rounds/<int:round_id>/followups", methods=["POST"])
@page("staff")
def ask(round_id: int) -> Response | tuple[str, int]:
    """As POST …/followups with kind clarification: a bilingual question to the networks
    ticked, about their submitted answer (or one question of it)."""
    body: dict[str, Any] = {
        "kind": "clarification",
        "networks": request.form.getlist("networks"),
        "question": {code: request.form.get(f"question_{code}", "") for code in LANGUAGES},
    }
    if request.form.get("question_key"):
        body["question_key"] = request.form["question_key"]
    try:
        checked = form_values(FollowupCreateSchema(), body)
    except Invalid as error:
        values = _followup_values(round_id, request.form)
        return refused_form("console/round_followups.html", error.errors, **values)
    send_followup(round_id, checked, "ask-clarification")
    flash("rounds_asked")
    return back_to("console.round_followups", round_id=round_id)


def _followup_values(round_id: int, typed: MultiDict[str, str] | None = None) -> dict[str, Any]:
    session = request_session()
    report = invitations.report(session, round_id)
    submitted = [
        line.invitation.network for line in report.items if line.invitation.status == "submitted"
    ]
    form: dict[str, Any] = {"networks": [], "question_key": ""}
    form.update({f"question_{code}": "" for code in LANGUAGES})
    if typed is not None:
        form = {name: typed.get(name, "") for name in form}
        form["networks"] = typed.getlist("networks")
    return {
        "round": rounds.get_round(session, round_id),
        "followups": followups.list_followups(session, round_id),
        "submitted": submitted,
        "form": form,
        "key": new_key(),
        "live_seconds": LIVE_SECONDS,
    }
