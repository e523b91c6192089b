"""Mail log: every message the service sends, newest first, by status and kind, as
GET /api/v1/mail lists them, with the network and round it concerns and its subject; a
failed one shows the mail server's answer, and each opens as its recipient reads it. Staff
only, as in the API: the log holds the networks' addresses."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, render_template, request

from consult.console.blueprint import page
from consult.console.forms import Errors, errors_of, read_form
from consult.console.paging import Pager
from consult.domain.errors import Invalid
from consult.domain.mail_queue import get_mail, list_mail, what_mail_is_about
from consult.mail.compose import MailSettings, prefetch_invitations, write
from consult.mail.mime import Written
from consult.models import MAIL_KINDS, MAIL_STATUSES, MailMessage
from consult.runtime import current_runtime
from consult.schemas.mail import MailQuerySchema
from consult.session import request_session

pages = Blueprint("mail", __name__)
PAGE_SIZE = 50


@pages.route("/mail")
@page("staff")
def mail_page() -> str | tuple[str, int]:
    asked = {
        name: request.args[name].strip()
        for name in ("status", "kind", "page")
        if request.args.get(name, "").strip()
    }
    try:
        query = read_form(MailQuerySchema(), {**asked, "page_size": PAGE_SIZE})
    except Invalid as refused:
        return _mail_page(asked, [], 0, 1, errors_of(refused)), 422
    found, total = list_mail(
        request_session(), query.get("status"), query.get("kind"), query["page"], PAGE_SIZE
    )
    return _mail_page(asked, found, total, query["page"], {})


def _mail_page(
    asked: dict[str, str],
    found: list[MailMessage],
    total: int,
    number: int,
    errors: Errors,
) -> str:
    kept = {k: v for k, v in asked.items() if k != "page"}
    session = request_session()
    prefetch_invitations(session, found)
    return render_template(
        "console/mail.html",
        asked=asked,
        messages=found,
        about=what_mail_is_about(session, found),
        written={message.id: _read_again(message) for message in found},
        pager=Pager(number, total, PAGE_SIZE, "console.mail.mail_page", kept),
        errors=errors,
        statuses=MAIL_STATUSES,
        kinds=MAIL_KINDS,
    )


@pages.route("/mail/<int:message_id>")
@page("staff")
def mail_message_page(message_id: int) -> str:
    """One message as its recipient reads it, with its delivery."""
    message = get_mail(request_session(), message_id)
    return render_template(
        "console/mail_message.html",
        message=message,
        about=what_mail_is_about(request_session(), [message])[message.id],
        written=_read_again(message),
    )


def _read_again(message: MailMessage) -> Written | None:
    """The message written again from its kind and parameters, as the sender writes it
    (nothing is stored but those), with its links' secret part hidden; None when what it
    was about is gone (a deleted follow-up, a contact who stopped digests) or its parameters
    do not fit its kind (a row from an older release): the log still lists it."""
    settings = replace(MailSettings.of(current_runtime().settings), preview=True, again=True)
    try:
        return write(request_session(), message, settings)
    except KeyError:
        return None
