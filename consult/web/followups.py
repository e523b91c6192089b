"""/r/{token}/followups/{id}: a network answers a clarification question or confirms or
contests the common response, in a plain HTML page (no JavaScript), Khmer or English."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Blueprint, redirect, render_template, request, url_for

from consult.db import utcnow
from consult.domain import replies
from consult.domain.errors import Conflict, Invalid
from consult.domain.idempotency import usable_key
from consult.mail.compose import clarification_view, validation_view
from consult.models import MAX_REPLY, Invitation
from consult.session import request_session
from consult.texts import pick, t
from consult.texts.places import network_name
from consult.web.forms import page_errors
from consult.web.locale import page_language, page_time

followup_pages = Blueprint("followup_pages", __name__, template_folder="templates")


@followup_pages.get("/r/<token:token>/followups/<id:followup_id>")
def followup(token: str, followup_id: int) -> Any:
    """The question (or the common response) and the network's latest reply."""
    session = request_session()
    invitation, addressed = replies.followup_for(session, token, followup_id)
    language = page_language(invitation.network.language)
    return _render(invitation, addressed, language, {}, {})


@followup_pages.post("/r/<token:token>/followups/<id:followup_id>")
def reply(token: str, followup_id: int) -> Any:
    """Record the reply, then show the page again with a thank-you."""
    session = request_session()
    invitation, addressed = replies.followup_for(session, token, followup_id)
    language = page_language(invitation.network.language)
    values = {name: request.form.get(name, "") for name in ("text", "verdict")}
    entry = replies.ReplyEntry(
        text=values["text"],
        verdict=values["verdict"] or None,
        language=language,
        channel="web",
        idempotency_key=usable_key(request.form.get("form_id", "")),
    )
    try:
        replies.reply(session, token, followup_id, entry, utcnow())
        session.commit()
    except Invalid as exc:
        session.rollback()
        return _render(invitation, addressed, language, values, page_errors(exc, language)), 422
    except Conflict as exc:
        session.rollback()
        refusal = {"_form": [exc.message_in(language)]}
        return _render(invitation, addressed, language, values, refusal), 409
    target = url_for(
        "web.followup_pages.followup", token=token, followup_id=followup_id, lang=language, sent=1
    )
    return redirect(target, code=303)


def _render(
    invitation: Invitation,
    addressed: replies.Addressed,
    language: str,
    values: dict[str, str],
    errors: dict[str, list[str]],
) -> str:
    followup = addressed.followup
    round_ = invitation.round
    if followup.kind == "clarification":
        view = clarification_view(
            request_session(), round_, invitation.network_id, followup, language
        )
    else:
        common = addressed.common_response
        view = validation_view(common, language) if common else {}
    latest = addressed.latest
    return render_template(
        "followup.html",
        language=language,
        other_language="km" if language == "en" else "en",
        kind=followup.kind,
        title=pick(round_.title, language),
        network=network_name(invitation.network, language),
        view=view,
        latest=latest,
        latest_at=page_time(latest.created_at) if latest else None,
        sent=request.args.get("sent") == "1" and latest is not None,
        values=values or {"text": "", "verdict": ""},
        errors=errors,
        error_links=_error_links(followup.kind, language),
        form_id=secrets.token_urlsafe(16),
        max_length=MAX_REPLY,
    )


def _error_links(kind: str, language: str) -> list[tuple[str, str, str]]:
    """(field, anchor, label) of the page's fields, in page order, for its error summary."""
    label = t("followup_answer" if kind == "clarification" else "followup_comment", language)
    reply = ("text", "reply", label)
    if kind == "clarification":
        return [reply]
    return [("verdict", "verdict", t("mail_validation_button", language)), reply]
