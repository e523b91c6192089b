"""Mail log: every message the service sends, newest first, by status and kind, as
GET /api/v1/mail lists them; a failed one shows the mail server's answer. Staff only, as in
the API: the log holds the networks' addresses."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import render_template, request, url_for
from marshmallow import ValidationError

from consult.console.blueprint import MenuEntry, console, form_errors, page
from consult.domain.mail_queue import list_mail
from consult.models import MAIL_KINDS, MAIL_STATUSES, MailMessage
from consult.schemas.mail import MailQuerySchema
from consult.session import request_session

NAV = [MenuEntry(50, "console.mail_page", "nav_mail", "staff")]
PAGE_SIZE = 50


@console.route("/mail")
@page("staff")
def mail_page() -> str | tuple[str, int]:
    asked = {
        name: request.args[name].strip()
        for name in ("status", "kind", "page")
        if request.args.get(name, "").strip()
    }
    try:
        query = MailQuerySchema().load({**asked, "page_size": PAGE_SIZE})
    except ValidationError as invalid:
        return _mail_page(asked, [], 0, 1, form_errors(invalid)), 422
    found, total = list_mail(
        request_session(), query.get("status"), query.get("kind"), query["page"], PAGE_SIZE
    )
    return _mail_page(asked, found, total, query["page"], {})


def _mail_page(
    asked: dict[str, str],
    found: list[MailMessage],
    total: int,
    number: int,
    errors: dict[str, list[str]],
) -> str:
    kept = {k: v for k, v in asked.items() if k != "page"}

    def page_link(target: int) -> str:
        return f"{url_for('console.mail_page')}?{urlencode({**kept, 'page': target})}"

    return render_template(
        "console/mail.html",
        asked=asked,
        messages=found,
        total=total,
        number=number,
        pages=max(1, -(-total // PAGE_SIZE)),
        page_link=page_link,
        errors=errors,
        statuses=MAIL_STATUSES,
        kinds=MAIL_KINDS,
    )
