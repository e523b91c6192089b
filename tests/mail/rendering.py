"""Render one mail as it would go out, without a worker or an SMTP server: for tests that
read what a message says or open its HTML in a browser."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from consult.db import utcnow
from consult.domain.due_mail import digest_message
from consult.mail.compose import MailSettings, write
from consult.mail.mime import Written
from consult.models import Contact, MailMessage

STAFF = "secretariat@ccc.example.org"


def render(app: Any, kind: str, language: str, params: dict[str, Any]) -> Written | None:
    """A mail of `kind` (or `digest-staff`, `digest-contact`) to the first contact of the
    network in `params`, in `language`."""
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        contact = session.scalars(
            select(Contact).where(Contact.network_id == params.get("network_id"))
        ).first()
        if kind == "digest-staff":
            message = digest_message(utcnow(), runtime.settings.zone, staff=STAFF)
        elif kind == "digest-contact":
            message = digest_message(utcnow(), runtime.settings.zone, contact=contact)
        else:
            message = MailMessage(
                key=kind, kind=kind, to_email=contact.email, to_name=contact.name,
                language=language, params=params,
            )  # fmt: skip
        message.language = language
        return write(session, message, MailSettings.of(runtime.settings))
