"""The page behind a digest's signed stop link."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request

from consult.domain.errors import NotFound
from consult.domain.networks import find_contact
from consult.mail.compose import contact_of_stop_token
from consult.runtime import current_runtime
from consult.session import request_session

digest_pages = Blueprint("digest_pages", __name__)


@digest_pages.route("/digests/stop/<signed>", methods=["GET", "POST"])
def stop_digests(signed: str) -> Any:
    """A contact turns weekly digests off. GET only asks (mail scanners open links); the
    button POSTs. The link is signed, so nobody can turn off someone else's digests."""
    session = request_session()
    contact_id = contact_of_stop_token(current_runtime().settings.secret_key, signed)
    contact = find_contact(session, contact_id) if contact_id is not None else None
    if contact is None:
        raise NotFound("refused_unknown_digest_link")
    stopped = request.method == "POST" or not contact.digests
    if request.method == "POST":
        contact.digests = False
        session.commit()
    return render_template(
        "stop_digests.html", language=contact.language, email=contact.email, stopped=stopped
    )
