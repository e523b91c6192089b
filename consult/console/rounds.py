"""Rounds in the console: the list by status, and a round's page where staff launch it,
follow its invitations live, re-issue a link, remind, close and publish it.

Each action calls the domain function its API endpoint calls (consult/api/rounds.py and
followups.py), with the same arguments; form input is read by the API's schema, so a form
is refused for the reasons a JSON body is, by field, with a 422.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

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
from consult.domain import api_keys, audience, followups, invitations, rounds, summaries
from consult.domain.digests import local_time
from consult.domain.errors import Conflict, Invalid, status_of
from consult.i18n import pick, text
from consult.models import ROUND_STATUSES, Network, Round
from consult.runtime import current_runtime
from consult.schemas.followups import FollowupCreateSchema
from consult.session import request_session

NAV = [MenuEntry(10, "console.rounds", "nav_rounds", "viewer")]
LIVE_SECONDS = 5  # how often an open round's page asks for its invitations again
PAGE_SIZE = 50

TEXTS: dict[str, dict[str, str]] = {
    "rounds_status_draft": {"en": "Drafts", "km": "សេចក្តីព្រាង"},
    "rounds_status_open": {"en": "Open", "km": "កំពុងបើក"},
    "rounds_status_closed": {"en": "Closed", "km": "បានបិទ"},
    "rounds_status_published": {"en": "Published", "km": "បានផ្សព្វផ្សាយ"},
    "rounds_none": {"en": "No round.", "km": "គ្មានជុំពិគ្រោះយោបល់ទេ។"},
    "rounds_title": {"en": "Title", "km": "ចំណងជើង"},
    "rounds_closes": {"en": "Closes", "km": "បិទ"},
    "rounds_answered": {"en": "Answered", "km": "បានឆ្លើយ"},
    "rounds_share": {
        "en": "{submitted} of {invited} ({rate}%)",
        "km": "{submitted} ក្នុងចំណោម {invited} ({rate}%)",
    },
    "rounds_all": {"en": "All", "km": "ទាំងអស់"},
    "rounds_filter": {"en": "Show rounds", "km": "បង្ហាញជុំពិគ្រោះយោបល់"},
    "rounds_more": {"en": "Next page", "km": "ទំព័របន្ទាប់"},
    "rounds_status": {"en": "Status: {status}", "km": "ស្ថានភាព៖ {status}"},
    "rounds_opens_at": {"en": "Opens", "km": "បើក"},
    "rounds_launched_at": {"en": "Launched", "km": "បានចាប់ផ្តើម"},
    "rounds_closed_at": {"en": "Closed", "km": "បានបិទ"},
    "rounds_published_at": {"en": "Published", "km": "បានផ្សព្វផ្សាយ"},
    "rounds_reminders_plan": {
        "en": "Reminders {days} day(s) before the close",
        "km": "រំលឹក {days} ថ្ងៃ មុនពេលបិទ",
    },
    "rounds_viewer_note": {
        "en": "Your role can read this round; staff launch, remind, close and publish it.",
        "km": "តួនាទីរបស់អ្នកអាចអានជុំនេះបាន; បុគ្គលិកជាអ្នកចាប់ផ្តើម រំលឹក បិទ និងផ្សព្វផ្សាយវា។",
    },
    "rounds_launch": {"en": "Launch…", "km": "ចាប់ផ្តើម…"},
    "rounds_edit": {"en": "Edit the questionnaire", "km": "កែសម្រួលកម្រងសំណួរ"},
    "rounds_launch_title": {"en": "Launch this round?", "km": "ចាប់ផ្តើមជុំនេះឬ?"},
    "rounds_launch_count": {
        "en": "{count} networks will be invited. Each gets its own link by mail.",
        "km": "បណ្តាញ {count} នឹងត្រូវបានអញ្ជើញ។ បណ្តាញនីមួយៗទទួលបានតំណផ្ទាល់ខ្លួនតាមអ៊ីមែល។",
    },
    "rounds_no_mail": {
        "en": "No mail address ({count}): hand their links over yourself, from the next page.",
        "km": "គ្មានអាសយដ្ឋានអ៊ីមែល ({count})៖ សូមប្រគល់តំណរបស់ពួកគេដោយខ្លួនឯង ពីទំព័របន្ទាប់។",
    },
    "rounds_all_have_mail": {
        "en": "Every network has a mail address.",
        "km": "បណ្តាញទាំងអស់មានអាសយដ្ឋានអ៊ីមែល។",
    },
    "rounds_invited_list": {"en": "Who will be invited", "km": "អ្នកដែលនឹងត្រូវបានអញ្ជើញ"},
    "rounds_network": {"en": "Network", "km": "បណ្តាញ"},
    "rounds_kind": {"en": "Kind", "km": "ប្រភេទ"},
    "rounds_province": {"en": "Province", "km": "ខេត្ត"},
    "rounds_contacts": {"en": "Mail contacts", "km": "ទំនាក់ទំនងអ៊ីមែល"},
    "rounds_launch_now": {
        "en": "Launch and send the invitations",
        "km": "ចាប់ផ្តើម ហើយផ្ញើការអញ្ជើញ",
    },
    "rounds_cancel": {"en": "Back to the round", "km": "ត្រឡប់ទៅជុំវិញ"},
    "rounds_launched": {
        "en": "The round is open: {count} networks invited, their mail queued.",
        "km": "ជុំនេះបានបើក៖ បណ្តាញ {count} ត្រូវបានអញ្ជើញ អ៊ីមែលរបស់ពួកគេកំពុងរង់ចាំផ្ញើ។",
    },
    "rounds_links_once": {
        "en": "These links are shown only now: copy them before leaving this page. "
        "A link is the network's key to its answers; send it only to that network.",
        "km": "តំណទាំងនេះបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖ សូមចម្លងវាមុនចាកចេញពីទំព័រនេះ។ "
        "តំណគឺជាសោរបស់បណ្តាញសម្រាប់ចម្លើយរបស់ខ្លួន; សូមផ្ញើវាទៅបណ្តាញនោះតែប៉ុណ្ណោះ។",
    },
    "rounds_links_to_hand": {
        "en": "Links to hand over (no mail address)",
        "km": "តំណដែលត្រូវប្រគល់ (គ្មានអាសយដ្ឋានអ៊ីមែល)",
    },
    "rounds_every_link": {"en": "Every link ({count})", "km": "តំណទាំងអស់ ({count})"},
    "rounds_web_link": {"en": "Form", "km": "ទម្រង់"},
    "rounds_api_link": {"en": "API", "km": "API"},
    "rounds_reissued": {
        "en": "A new link for {network}. Its old link no longer works.",
        "km": "តំណថ្មីសម្រាប់ {network}។ តំណចាស់របស់វាលែងដំណើរការហើយ។",
    },
    "rounds_invitations": {"en": "Invitations", "km": "ការអញ្ជើញ"},
    "rounds_reload": {"en": "Reload", "km": "ផ្ទុកឡើងវិញ"},
    "rounds_live_note": {
        "en": "Updated every {seconds} seconds.",
        "km": "ធ្វើបច្ចុប្បន្នភាពរៀងរាល់ {seconds} វិនាទី។",
    },
    "rounds_response_count": {
        "en": "{submitted} of {invited} networks answered ({rate}%)",
        "km": "បណ្តាញ {submitted} ក្នុងចំណោម {invited} បានឆ្លើយ ({rate}%)",
    },
    "rounds_summary_version": {
        "en": "Summary version {version}, of {count} answers, as of {time}",
        "km": "សេចក្តីសង្ខេបកំណែ {version} នៃចម្លើយ {count} គិតត្រឹម {time}",
    },
    "rounds_no_summary": {"en": "No summary yet.", "km": "មិនទាន់មានសេចក្តីសង្ខេបទេ។"},
    "rounds_state": {"en": "Status", "km": "ស្ថានភាព"},
    "rounds_reminded": {"en": "Reminded", "km": "បានរំលឹក"},
    "rounds_invitation_pending": {"en": "pending", "km": "កំពុងរង់ចាំ"},
    "rounds_invitation_opened": {"en": "opened", "km": "បានបើក"},
    "rounds_invitation_submitted": {"en": "submitted", "km": "បានដាក់ស្នើ"},
    "rounds_reminded_times": {
        "en": "{count} time(s), last {time}",
        "km": "{count} ដង ចុងក្រោយ {time}",
    },
    "rounds_actions": {"en": "Actions", "km": "សកម្មភាព"},
    "rounds_reissue": {"en": "New link", "km": "តំណថ្មី"},
    "rounds_remind_one": {"en": "Remind", "km": "រំលឹក"},
    "rounds_remind_all": {
        "en": "Remind every network that has not answered",
        "km": "រំលឹកបណ្តាញទាំងអស់ដែលមិនទាន់ឆ្លើយ",
    },
    "rounds_reminder_sent": {
        "en": "The reminder is on its way; the invitations show it once it is sent.",
        "km": "ការរំលឹកកំពុងត្រូវបានផ្ញើ; ការអញ្ជើញនឹងបង្ហាញវា នៅពេលវាត្រូវបានផ្ញើរួច។",
    },
    "rounds_reminder_replayed": {
        "en": "That reminder was sent already; nothing more was sent.",
        "km": "ការរំលឹកនោះបានផ្ញើរួចហើយ; គ្មានអ្វីផ្ញើបន្ថែមទេ។",
    },
    "rounds_close": {"en": "Close the round…", "km": "បិទជុំនេះ…"},
    "rounds_close_warning": {
        "en": "Once closed, networks can no longer change their answers, and the final "
        "summary and the draft common response are made.",
        "km": "នៅពេលបិទ បណ្តាញនានាមិនអាចកែប្រែចម្លើយរបស់ខ្លួនបានទៀតទេ ហើយសេចក្តីសង្ខេប"
        "ចុងក្រោយ និងសេចក្តីព្រាងការឆ្លើយតបរួមនឹងត្រូវបានបង្កើត។",
    },
    "rounds_close_now": {"en": "Close it now", "km": "បិទវាឥឡូវនេះ"},
    "rounds_publish": {"en": "Publish the results", "km": "ផ្សព្វផ្សាយលទ្ធផល"},
    "rounds_publish_note": {
        "en": "The results page shows the common response staff approved.",
        "km": "ទំព័រលទ្ធផលបង្ហាញការឆ្លើយតបរួមដែលបុគ្គលិកបានអនុម័ត។",
    },
    "rounds_moved_close": {"en": "The round is closed.", "km": "ជុំនេះត្រូវបានបិទ។"},
    "rounds_moved_publish": {
        "en": "The round is published.",
        "km": "ជុំនេះត្រូវបានផ្សព្វផ្សាយ។",
    },
    "rounds_form_errors": {
        "en": "Nothing was changed. Please correct:",
        "km": "គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមកែតម្រូវ៖",
    },
    "rounds_more_pages": {"en": "More about this round", "km": "ព័ត៌មានបន្ថែមអំពីជុំនេះ"},
}


def show(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    """A page of this area, with what each of its templates reads."""
    zone = current_runtime().settings.zone
    user = signed_in()
    return render_template(
        template,
        pick=pick,
        at=lambda moment: local_time(moment, zone),
        may_act=api_keys.role_allows(user.role, "staff"),
        **values,
    ), status


def refused_form(template: str, problems: Mapping[str, Any], **values: Any) -> tuple[str, int]:
    """The form's page again with what to correct, field by field: nothing was changed."""
    return show(template, 422, errors=dict(problems), **values)


def form_values(schema: Schema, body: dict[str, Any]) -> dict[str, Any]:
    """A form's values read by the API's schema: Invalid (a 422 by field) as the API says."""
    try:
        loaded: dict[str, Any] = schema.load(body)
    except ValidationError as error:
        raise Invalid("The form has mistakes.", _by_field(error.messages)) from error
    return loaded


def _by_field(messages: Any) -> dict[str, list[str]]:
    if isinstance(messages, Mapping):
        return {
            str(name): [str(text) for text in (found if isinstance(found, list) else [found])]
            for name, found in messages.items()
        }
    return {"_schema": [str(messages)]}


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
    return show("console/round_links.html", round=round_, links=[link], to_hand=[], one=link)


def _ask_reissue(round_: Round, network: Network) -> tuple[str, int]:
    reader = language()
    names = {"network": network.name, "round": pick(round_.title, reader)}
    emails = ", ".join(contact.email for contact in network.contacts)
    mail = (
        text("safe_reissue_mail", reader, emails=emails)
        if emails
        else text("safe_reissue_no_mail", reader, **names)
    )
    return ask_first(
        text("safe_reissue_title", reader, **names),
        [text("safe_reissue_what", reader, **names), mail],
        text("safe_reissue_do", reader),
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
        return refused_form("console/round.html", error.errors, **round_page_values(round_id))
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
        return show("console/round.html", status_of(refused), errors=refused.errors, **values)
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
        text("safe_close_who", reader, waiting=waiting, invited=rate.invited)
        if waiting
        else text("safe_close_all_answered", reader, invited=rate.invited)
    )
    return ask_first(
        text("safe_close_title", reader, round=pick(round_.title, reader)),
        [text("rounds_close_warning", reader), who],
        text("rounds_close_now", reader),
        url_for("console.round", round_id=round_id),
    )
