"""/api/v1/mail: what was sent, what waits, what failed; /api/v1/digests/preview."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask import Response
from flask.views import MethodView

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.db import utcnow
from consult.domain.due_mail import digest_message
from consult.domain.errors import Invalid, NotFound
from consult.domain.mail_queue import list_mail
from consult.domain.networks import find_contact
from consult.mail.compose import MailSettings, write
from consult.runtime import current_runtime
from consult.schemas.common import page, page_of
from consult.schemas.mail import DigestPreviewQuerySchema, MailQuerySchema, MailSchema
from consult.session import request_session

blp = Blueprint("mail", __name__, description="Outgoing mail and its delivery")
digest_blp = Blueprint("digests", __name__, description="Weekly digests")


@blp.route("")
class Mail(MethodView):
    @require("staff")
    @blp.arguments(MailQuerySchema, location="query")
    @blp.response(200, page_of(MailSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """Messages newest first, by `status` (failed ones say why) and `kind`."""
        items, total = list_mail(
            request_session(), query.get("status"), query.get("kind"), query["page"],
            query["page_size"],
        )  # fmt: skip
        return page(items, total, query)


@digest_blp.route("/preview")
class DigestPreview(MethodView):
    @require("staff")
    @digest_blp.arguments(DigestPreviewQuerySchema, location="query")
    @digest_blp.response(200, content_type="text/html")
    @digest_blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any]) -> Response:
        """This week's digest for a contact (`contact`) or a staff address (`staff`), as HTML."""
        session = request_session()
        settings = current_runtime().settings
        if ("contact" in query) == ("staff" in query):
            raise Invalid(
                "refused_contact_or_staff", {"contact": ["refused_give_contact_or_staff"]}
            )
        if "contact" in query:
            contact = find_contact(session, query["contact"])
            if contact is None:
                raise NotFound("refused_no_such_contact", contact=query["contact"])
            message = digest_message(utcnow(), settings.zone, contact=contact)
        else:
            message = digest_message(utcnow(), settings.zone, staff=query["staff"])
        written = write(session, message, replace(MailSettings.of(settings), preview=True))
        html = written.html if written else ""
        return Response(html, content_type="text/html; charset=utf-8")
