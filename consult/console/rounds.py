"""Rounds in the console: the list by status, and a round's page where staff launch it,
follow its invitations live, re-issue a link, remind, close and publish it.

Each action calls the domain function its API endpoint calls (consult/api/rounds.py and
followups.py), with the same arguments; form input is read by the API's schema, so a form
is refused for the reasons a JSON body is, by field, with a 422.
"""

from __future__ import annotations

import csv
import io
import secrets
from typing import Any
from urllib.parse import quote

from flask import flash, render_template, request, url_for
from marshmallow import Schema, ValidationError
from werkzeug.wrappers import Response

from consult.console.blueprint import (
    MenuEntry,
    Page,
    back_to,
    console,
    language,
    page,
    polled,
    record,
    signed_in,
)
from consult.console.confirm import ask_first, confirmed
from consult.db import utcnow
from consult.domain import audience, followups, invitations, rounds, summaries
from consult.domain.digests import local_time
from consult.domain.errors import Conflict, DomainError, Invalid, status_of
from consult.domain.exports import spreadsheet_text
from consult.models import ROUND_STATUSES, Network, Round
from consult.roles import role_allows
from consult.runtime import current_runtime
from consult.schemas.followups import FollowupCreateSchema
from consult.schemas.refusals import schema_refusals
from consult.session import request_session
from consult.texts import pick, t
from consult.texts.places import network_name

NAV = [MenuEntry(10, "console.rounds", "nav_rounds", "viewer")]
LIVE_SECONDS = 5  # how often an open round's page asks for its invitations again
PAGE_SIZE = 50


def show(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    """A page of this area, with what each of its templates reads."""
    zone = current_runtime().settings.zone
    user = signed_in()
    return render_template(
        template,
        pick=pick,
        at=lambda moment: local_time(moment, zone),
        may_act=role_allows(user.role, "staff"),
        **values,
    ), status


def refused_form(template: str, refused: DomainError, **values: Any) -> tuple[str, int]:
    """The form's page again with what to correct, field by field, in the reader's
    language: nothing was changed."""
    return show(template, 422, errors=refused.errors_in(language()), **values)


def form_values(schema: Schema, body: dict[str, Any]) -> dict[str, Any]:
    """A form's values read by the API's schema: Invalid (a 422 by field) as the API says."""
    try:
        loaded: dict[str, Any] = schema.load(body)
    except ValidationError as error:
        raise Invalid("refused_form_mistakes", schema_refusals(error)) from error
    return loaded


def new_key() -> str:
    """A form's idempotency key: a double click sends the same one, so acts once."""
    return secrets.token_urlsafe(16)


@console.route("/rounds", endpoint="rounds")
@page("viewer")
def rounds_list() -> tuple[str, int]:
    """Rounds by status (as GET /api/v1/rounds?status=), each with its response rate."""
    session = request_session()
    asked = request.args.get("status", "")
    chosen = asked if asked in ROUND_STATUSES else None
    page_number = max(request.args.get("page", 1, type=int) or 1, 1)
    found, total = rounds.list_rounds(session, chosen, page_number, PAGE_SIZE)
    grouped: dict[str, list[Round]] = {name: [] for name in ROUND_STATUSES}
    for round_ in found:
        grouped[round_.status].append(round_)
    rates = {
        round_.id: invitations.report(session, round_.id).response_rate
        for round_ in found
        if round_.status != "draft"
    }
    return show(
        "console/rounds.html",
        grouped=grouped,
        rates=rates,
        chosen=chosen,
        statuses=ROUND_STATUSES,
        page_number=page_number,
        more=page_number * PAGE_SIZE < total,
    )


def round_page_values(round_id: int) -> dict[str, Any]:
    """What the round's page and its live part show."""
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    return {
        "round": round_,
        "report": invitations.report(session, round_id),
        "summary": summaries.latest_brief(session, round_id),
        "live_seconds": LIVE_SECONDS,
        "remind_key": new_key(),
        "awaiting_approval": rounds.awaiting_approval(session, round_id),
    }


@console.route("/rounds/<int:round_id>", endpoint="round")
@page("viewer")
def round_page(round_id: int) -> tuple[str, int]:
    return show("console/round.html", **round_page_values(round_id))


@console.route("/rounds/<int:round_id>/live")
@page("viewer")
@polled
def round_live(round_id: int) -> tuple[str, int]:
    """The part of the round's page that changes as networks answer, polled by htmx."""
    return show("console/round_live.html", **round_page_values(round_id))


@console.route("/rounds/<int:round_id>/launch")
@page("staff")
def round_launch(round_id: int) -> tuple[str, int] | Response:
    """Before launching: who will be invited (the audience the launch reads), and who has
    no mail address, so staff know whose links they must hand over."""
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    if round_.status != "draft":
        return back_to("console.round", round_id=round_id)
    invited = audience.networks_in(session, round_.audience)
    no_mail = [network for network in invited if not network.contacts]
    return show(
        "console/round_launch.html",
        round=round_,
        invited=invited,
        no_mail=no_mail,
        blocked=_launch_blocked(round_, invited),
    )


def _launch_blocked(round_: Round, invited: list[Network]) -> list[str]:
    """Why a launch would be refused (as rounds.launch_round refuses it), as text keys:
    the button is shown disabled with these beside it."""
    reasons = []
    if round_.closes_at is None or round_.closes_at <= utcnow():
        reasons.append("safe_launch_needs_closing_date")
    if not invited:
        reasons.append("safe_launch_needs_audience")
    return reasons


@console.route("/rounds/<int:round_id>/launch", methods=["POST"])
@page("staff")
def launch(round_id: int) -> tuple[str, int]:
    """As POST /api/v1/rounds/{id}/launch; the links are shown on this answer only."""
    session = request_session()
    settings = current_runtime().settings
    round_, issued = rounds.launch_round(session, round_id, utcnow(), settings.secret_key)
    record("launch-round", f"round:{round_id}", networks=len(issued))
    session.commit()
    links = [item.handed_over(settings.public_url) for item in issued]
    return show(
        "console/round_links.html",
        round=round_,
        links=links,
        to_hand=[link for link in links if not link["mail_contacts"]],
        csv_url=links_csv(links, language()),
    )


@console.route(
    "/rounds/<int:round_id>/invitations/<int:network_id>/reissue", methods=["GET", "POST"]
)
@page("staff")
def reissue(round_id: int, network_id: int) -> Page:
    """As POST …/invitations/{network}/reissue, once confirmed: the new link mailed to the
    network's contacts and shown once, the old one dead."""
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    network = invitations.invitation_of(session, round_id, network_id).network
    if round_.status != "open":
        return back_to("console.round", round_id=round_id)
    if not confirmed():
        return _ask_reissue(round_, network)
    settings = current_runtime().settings
    issued = invitations.reissue(session, round_id, network_id, settings.secret_key)
    record("reissue-link", f"round:{round_id}", network_id=network_id)
    session.commit()
    if network.contacts:
        flash("safe_new_link_mailed")
    link = issued.handed_over(settings.public_url)
    return show(
        "console/round_links.html", round=round_, links=[link], to_hand=[], one=link,
        csv_url=links_csv([link], language()),
    )  # fmt: skip


def links_csv(links: list[dict[str, Any]], reader: str) -> str:
    """The links page as a CSV file (network, contacts, links) in a data: URL, for the
    page's download link.

    A link exists in plain text only in this one response (its token is stored hashed), so
    the file is written into the page itself rather than kept on the server for a later
    download: nothing secret is stored, the download needs no script, and it is gone with
    the page (console pages are no-store). Cells are kept from running as formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = ("light_links_network", "light_links_contacts", "rounds_web_link", "light_links_api")
    writer.writerow([t(column, reader) for column in columns])
    for item in links:
        network = item["network"]
        contacts = "; ".join(f"{c.name} <{c.email}>" for c in network.contacts)
        cells = (network.name, contacts, item["link"], item["api"])
        writer.writerow([spreadsheet_text(cell) for cell in cells])
    return "data:text/csv;charset=utf-8," + quote("\ufeff" + buffer.getvalue())


def _ask_reissue(round_: Round, network: Network) -> tuple[str, int]:
    reader = language()
    names = {"network": network_name(network, reader), "round": pick(round_.title, reader)}
    emails = ", ".join(contact.email for contact in network.contacts)
    mail = (
        t("safe_reissue_mail", reader, emails=emails)
        if emails
        else t("safe_reissue_no_mail", reader, **names)
    )
    return ask_first(
        t("safe_reissue_title", reader, **names),
        [t("safe_reissue_what", reader, **names), mail],
        t("safe_reissue_do", reader),
        url_for("console.round", round_id=round_.id, _anchor=f"invitation-{network.id}"),
    )


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


@console.route("/rounds/<int:round_id>/remind", methods=["POST"])
@page("staff")
def remind(round_id: int) -> Response | tuple[str, int]:
    """As POST /api/v1/rounds/{id}/followups with kind reminder: all who have not answered,
    or the one network named; the form's key makes a double click send once."""
    body: dict[str, Any] = {"kind": "reminder"}
    if request.form.get("network"):
        body["networks"] = [request.form["network"]]
    try:
        checked = form_values(FollowupCreateSchema(), body)
    except Invalid as error:
        return refused_form("console/round.html", error, **round_page_values(round_id))
    sent = send_followup(round_id, checked, "remind")
    flash("rounds_reminder_replayed" if sent.replayed else "rounds_reminder_sent")
    return back_to("console.round", round_id=round_id)


@console.route("/rounds/<int:round_id>/<any(close, publish):action>", methods=["GET", "POST"])
@page("staff")
def move(round_id: int, action: str) -> Page:
    """As POST /api/v1/rounds/{id}/close and …/publish; closing is asked first."""
    session = request_session()
    if action == "close" and not confirmed():
        return _ask_close(round_id)
    if request.method == "GET":
        return back_to("console.round", round_id=round_id)
    try:
        rounds.move_round(session, round_id, action, utcnow())
    except Conflict as refused:
        session.rollback()
        values = round_page_values(round_id)
        return show(
            "console/round.html", status_of(refused), errors=refused.errors_in(language()), **values
        )
    record(f"{action}-round", f"round:{round_id}")
    session.commit()
    flash(f"rounds_moved_{action}")
    return back_to("console.round", round_id=round_id)


def _ask_close(round_id: int) -> Page:
    session = request_session()
    round_ = rounds.get_round(session, round_id)
    if round_.status != "open":
        return back_to("console.round", round_id=round_id)
    rate = invitations.report(session, round_id).response_rate
    waiting = rate.invited - rate.submitted
    reader = language()
    who = (
        t("safe_close_who", reader, waiting=waiting, invited=rate.invited)
        if waiting
        else t("safe_close_all_answered", reader, invited=rate.invited)
    )
    return ask_first(
        t("safe_close_title", reader, round=pick(round_.title, reader)),
        [t("rounds_close_warning", reader), who],
        t("rounds_close_now", reader),
        url_for("console.round", round_id=round_id),
    )
