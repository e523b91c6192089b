"""Follow-ups in the console: reminders and clarification questions sent to networks, their
replies and the validation tally (as /api/v1/rounds/{id}/followups), with the same domain
functions and the API's schema."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, render_template, request
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from consult.console.blueprint import LIVE_SECONDS, back_to, page, polled, record, signed_in
from consult.console.forms import form_key, read_form, refused_form
from consult.db import utcnow
from consult.domain import followups, invitations, rounds
from consult.domain.errors import Invalid
from consult.schemas.followups import FollowupCreateSchema
from consult.session import request_session
from consult.texts import LANGUAGES

pages = Blueprint("followups", __name__)


def send_followup(round_id: int, checked: dict[str, Any], action: str) -> followups.Sent:
    """Send a follow-up the API's schema has checked, keyed by the form's hidden key (a
    double click sends once), and note it in the audit log unless it was a replay."""
    session = request_session()
    key = request.form.get("key", "").strip()[:200] or None
    request_ = followups.FollowupRequest.of(checked, key)
    sent = followups.send_followup(session, round_id, request_, utcnow(), signed_in().email)
    if not sent.replayed:
        networks = list(sent.followup.network_ids)
        record(action, f"round:{round_id}", followup_id=sent.followup.id, networks=networks)
    session.commit()
    return sent


@pages.route("/rounds/<int:round_id>/followups")
@page("viewer")
def round_followups(round_id: int) -> str:
    return render_template("console/round_followups.html", **_followup_values(round_id))


@pages.route("/rounds/<int:round_id>/followups/live")
@page("viewer")
@polled
def round_followups_live(round_id: int) -> str:
    """The follow-ups and their tallies, polled by htmx as the networks reply."""
    return render_template("console/round_followups_live.html", **_followup_values(round_id))


@pages.route("/rounds/<int:round_id>/followups", methods=["POST"])
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
        checked = read_form(FollowupCreateSchema(), body)
    except Invalid as error:
        values = _followup_values(round_id, request.form)
        return refused_form("console/round_followups.html", error, **values)
    send_followup(round_id, checked, "ask-clarification")
    flash("rounds_asked")
    return back_to("console.followups.round_followups", round_id=round_id)


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
        "key": form_key(),
        "live_seconds": LIVE_SECONDS,
    }
