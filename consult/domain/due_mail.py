"""Which mail a round calls for, queued under keys that make every request idempotent.

Each function may run any number of times (a retried task, a beat firing twice): a key
already queued is not queued again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.mail_queue import Queued, Recipient, enqueue
from consult.models import (
    Contact,
    DomainEvent,
    Followup,
    Invitation,
    MailMessage,
    Network,
    ResponseVersion,
    Round,
)


def queue_invitations(session: Session, round_id: int) -> int:
    """An invitation to every contact of every invited network, in the contact's language."""
    contacts = _contacts_of(session, round_id)
    return enqueue(session, _to_contacts(contacts, "invitation", f"invite:{round_id}:{{contact}}"))


def queue_receipt(
    session: Session, round_id: int, network_id: int, version: ResponseVersion
) -> int:
    """A thank-you with a copy of the answers to the focal point who submitted `version`."""
    signer = version.submitted_by
    if not signer or not signer.get("email"):
        return 0
    receipt = Queued(
        f"receipt:{round_id}:{network_id}:{version.number}",
        "receipt",
        Recipient(signer["email"], signer.get("name", ""), version.language),
        {"round_id": round_id, "network_id": network_id, "version": version.number},
    )
    return enqueue(session, [receipt])


def queue_reminders(session: Session, now: datetime) -> int:
    """For each open round whose reminder plan has a step due, remind who has not answered.

    A step (days before close) is due from closes_at - days until the close. Only the
    latest due step is sent: a round launched 3 days before its close does not get its
    7-day reminder as well as its 1-day one. Networks that submitted are never reminded.
    """
    queued = 0
    rounds = session.scalars(select(Round).where(Round.status == "open")).all()
    for round_ in rounds:
        step = _due_step(round_, now)
        if step is None:
            continue
        contacts = _contacts_of(session, round_.id, unanswered=True)
        key = f"reminder:{round_.id}:{{contact}}:{step}"
        queued += enqueue(session, _to_contacts(contacts, "reminder", key, days=step))
    return queued


def queue_followup(session: Session, followup: Followup, days_left: int | None) -> int:
    """The mail of a staff follow-up, to every contact of the networks it addresses."""
    contacts = _contacts_of(session, followup.round_id, networks=list(followup.network_ids))
    key = followup_keys(followup, contact="{contact}")
    params: dict[str, Any] = {"followup_id": followup.id}
    if followup.kind == "reminder":
        params["days"] = days_left
    return enqueue(session, _to_contacts(contacts, followup.kind, key, **params))


def _to_contacts(
    contacts: list[tuple[Invitation, Contact]], kind: str, key: str, **params: Any
) -> Iterator[Queued]:
    """One message of `kind` about a round to each contact; `key` has a {contact} slot."""
    for invitation, contact in contacts:
        yield Queued(
            key.format(contact=contact.id),
            kind,
            Recipient(contact.email, contact.name, contact.language),
            {"round_id": invitation.round_id, "network_id": invitation.network_id, **params},
        )


def followup_keys(followup: Followup, contact: str) -> str:
    """The key of a follow-up's message to `contact` (or a pattern, with a placeholder)."""
    return FOLLOWUP_KEYS[followup.kind].format(
        round=followup.round_id, followup=followup.id, contact=contact
    )


FOLLOWUP_KEYS = {
    "reminder": "reminder:{round}:{contact}:followup-{followup}",
    "clarification": "clarify:{followup}:{contact}",
    "validation": "validate:{round}:{contact}",
}


def _due_step(round_: Round, now: datetime) -> int | None:
    if round_.closes_at is None or now >= round_.closes_at:
        return None
    launched = round_.launched_at or now
    due = [
        days
        for days in round_.reminders_days_before_close
        if round_.closes_at - timedelta(days=days) <= now
        and round_.closes_at - timedelta(days=days) > launched
    ]
    return min(due) if due else None


def queue_digests(session: Session, now: datetime, zone: ZoneInfo, staff: tuple[str, ...]) -> int:
    """The week's digest to every staff address and every contact who wants digests."""
    contacts = session.scalars(
        select(Contact)
        .join(Network, Network.id == Contact.network_id)
        .where(Contact.digests.is_(True), Network.archived_at.is_(None))
        .order_by(Contact.id)
    ).all()
    messages = [digest_message(now, zone, staff=address) for address in staff]
    messages += [digest_message(now, zone, contact=contact) for contact in contacts]
    return enqueue(
        session,
        (
            Queued(m.key, "digest", Recipient(m.to_email, m.to_name, m.language), m.params)
            for m in messages
        ),
    )


def digest_message(
    now: datetime, zone: ZoneInfo, *, contact: Contact | None = None, staff: str = ""
) -> MailMessage:
    """The digest of the week holding `now` (body time) for a contact or a staff address.

    Keyed by address and ISO week: beat firing twice in a week queues it once.
    """
    local = now.astimezone(zone)
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    year, week, _ = local.isocalendar()
    params: dict[str, object] = {"audience": "staff", "week_start": monday.isoformat()}
    if contact is not None:
        email, name, language = contact.email, contact.name, contact.language
        params.update(audience="contact", contact_id=contact.id)
    else:
        email, name, language = parseaddr(staff)[1], parseaddr(staff)[0], "en"
    return MailMessage(
        key=f"digest:{email.lower()}:{year}-W{week:02d}",
        kind="digest",
        to_email=email,
        to_name=name,
        language=language,
        params=params,
    )


def _contacts_of(
    session: Session,
    round_id: int,
    unanswered: bool = False,
    networks: list[int] | None = None,
) -> list[tuple[Invitation, Contact]]:
    query = (
        select(Invitation, Contact)
        .join(Contact, Contact.network_id == Invitation.network_id)
        .where(Invitation.round_id == round_id)
        .order_by(Invitation.id, Contact.id)
    )
    if unanswered:
        query = query.where(Invitation.status != "submitted")
    if networks is not None:
        query = query.where(Invitation.network_id.in_(networks))
    return [(invitation, contact) for invitation, contact in session.execute(query)]


def queue_webhook_disabled(session: Session, event_id: int, staff: tuple[str, ...]) -> int:
    """The notice that a webhook subscription was turned off, to every staff address;
    keyed by the `webhook.disabled` event, so a redelivered event queues it once."""
    event = session.get(DomainEvent, event_id)
    if event is None or event.type != "webhook.disabled":
        return 0
    return enqueue(
        session,
        (
            Queued(
                f"webhook-disabled:{event.id}:{email.lower()}",
                "webhook_disabled",
                Recipient(email, name, "en"),
                {"subscription_id": event.aggregate_id},
            )
            for name, email in map(parseaddr, staff)
        ),
    )
