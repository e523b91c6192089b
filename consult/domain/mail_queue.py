"""The mail queue: keyed rows, claimed in batches, marked one by one as they are sent.

A key is inserted once (a second request for it is ignored), so a retried task, a beat that
fires twice or a restarted worker cannot queue a message again. A claimed row whose worker
died is claimed again once its lease has passed; each row is marked sent in its own commit
after the server accepted it and before the next message's content goes out, so a worker
killed mid-batch resends nothing it had finished and loses nothing it had not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from consult.domain.errors import NotFound
from consult.domain.paging import paginate
from consult.models import Contact, DomainEvent, MailMessage, Network, Round

BACKOFF_FACTOR_SECONDS = 2


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    language: str


@dataclass(frozen=True)
class Queued:
    """A message to queue: its key, kind, recipient and what to render it from."""

    key: str
    kind: str
    to: Recipient
    params: dict[str, Any]


def enqueue(session: Session, messages: Iterable[Queued]) -> int:
    """Queue each message unless its key was queued before; how many this call queued.

    One multi-row INSERT ... ON CONFLICT DO NOTHING: a fan-out to thousands of contacts is
    a few statements, and keys queued before are left alone.
    """
    rows = [
        {
            "key": message.key,
            "kind": message.kind,
            "to_email": message.to.email,
            "to_name": message.to.name,
            "language": message.to.language,
            "params": message.params,
            "status": "queued",
            "attempts": 0,
        }
        for message in messages
    ]
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(MailMessage).on_conflict_do_nothing(index_elements=["key"]).returning(MailMessage.id)
    )
    return len(session.execute(statement, rows).all())


def list_mail(
    session: Session, status: str | None, kind: str | None, page: int, size: int
) -> tuple[list[MailMessage], int]:
    """Queued messages newest first, optionally of one status and one kind (staff's log)."""
    query = select(MailMessage)
    if status is not None:
        query = query.where(MailMessage.status == status)
    if kind is not None:
        query = query.where(MailMessage.kind == kind)
    return paginate(session, query, (MailMessage.id.desc(),), page, size)


def get_mail(session: Session, message_id: int) -> MailMessage:
    message = session.get(MailMessage, message_id)
    if message is None:
        raise NotFound("refused_no_message", message=message_id)
    return message


@dataclass(frozen=True)
class MailAbout:
    """The network and round a message concerns, as staff look for it in the log."""

    network: Network | None
    round: Round | None


def what_mail_is_about(session: Session, found: Sequence[MailMessage]) -> dict[int, MailAbout]:
    """Each message's network and round by message id, read in three queries for a page:
    round mail names both in its parameters, a network contact's digest names the contact."""
    contact_ids = {m.params["contact_id"] for m in found if "contact_id" in m.params}
    network_of_contact: dict[int, int] = {
        contact_id: network_id
        for contact_id, network_id in session.execute(
            select(Contact.id, Contact.network_id).where(Contact.id.in_(contact_ids))
        )
    }

    def network_id(message: MailMessage) -> int | None:
        by_contact = network_of_contact.get(message.params.get("contact_id", 0))
        return message.params.get("network_id", by_contact)

    round_ids = {m.params["round_id"] for m in found if "round_id" in m.params}
    network_ids = {network_id(m) for m in found} - {None}
    found_networks = select(Network).where(Network.id.in_(network_ids))
    networks = {n.id: n for n in session.scalars(found_networks)}
    rounds = {r.id: r for r in session.scalars(select(Round).where(Round.id.in_(round_ids)))}
    return {
        m.id: MailAbout(networks.get(network_id(m) or 0), rounds.get(m.params.get("round_id", 0)))
        for m in found
    }


def messages(session: Session, ids: list[int]) -> list[MailMessage]:
    """The claimed messages, in the order they were queued, for the sender to render."""
    return list(
        session.scalars(select(MailMessage).where(MailMessage.id.in_(ids)).order_by(MailMessage.id))
    )


def claim_due(session: Session, now: datetime, lease_seconds: float, limit: int) -> list[int]:
    """Take up to `limit` messages that are due (or whose sender's lease ran out)."""
    expired = now - timedelta(seconds=lease_seconds)
    ids = list(
        session.scalars(
            select(MailMessage.id)
            .where(
                or_(
                    and_(MailMessage.status == "queued", MailMessage.next_attempt_at <= now),
                    and_(MailMessage.status == "sending", MailMessage.claimed_at < expired),
                )
            )
            .order_by(MailMessage.next_attempt_at, MailMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if ids:
        session.execute(
            update(MailMessage)
            .where(MailMessage.id.in_(ids))
            .values(status="sending", claimed_at=now)
        )
    return ids


# Built once: marking runs once per message sent, and building the statement each time
# cost more than running it.
FINISH = (
    update(MailMessage)
    .where(MailMessage.id.in_(bindparam("ids", expanding=True)), MailMessage.status == "sending")
    .values(
        status=bindparam("status"),
        sent_at=bindparam("sent_at"),
        last_error=bindparam("error"),
        attempts=MailMessage.attempts + 1,
    )
    .execution_options(synchronize_session=False)  # no loaded rows to keep in step
)


def finish(
    session: Session | Connection,
    message_ids: Sequence[int],
    status: str,
    now: datetime,
    error: str = "",
) -> None:
    """Record how claimed messages ended: sent, skipped or failed (permanently)."""
    session.execute(
        FINISH,
        {
            "ids": list(message_ids),
            "status": status,
            "sent_at": now if status == "sent" else None,
            "error": error or None,
        },
    )
    if status == "failed":
        record_failures(session, message_ids, now)


def record_failures(
    session: Session | Connection, message_ids: Sequence[int], now: datetime
) -> None:
    """A `message.failed` event per message, in the caller's transaction (a bare connection
    too, so not through the ORM). No address or error text: events reach other systems."""
    failed = session.execute(
        select(MailMessage.id, MailMessage.kind, MailMessage.key, MailMessage.attempts).where(
            MailMessage.id.in_(list(message_ids))
        )
    ).all()
    if failed:
        session.execute(
            insert(DomainEvent),
            [
                {
                    "type": "message.failed",
                    "aggregate": "message",
                    "aggregate_id": row.id,
                    "payload": {"kind": row.kind, "key": row.key, "attempts": row.attempts},
                    "occurred_at": now,
                }
                for row in failed
            ],
        )


def retry_later(
    session: Session,
    failed_id: int,
    waiting: Sequence[int],
    error: str,
    now: datetime,
    max_delay: float,
    max_attempts: int,
    *,
    server: bool,
) -> datetime:
    """Sending `failed_id` failed for now: it and `waiting` (the batch's unsent rest) wait,
    backing off by the attempts of the message that was tried, which alone counts one.

    A message the server put off fails for good after `max_attempts`; none does because the
    `server` was down or dropped the session, however long that lasts: the wait stops
    growing at `max_delay` and everything goes out once the server is back.
    """
    message = session.get(MailMessage, failed_id)
    assert message is not None
    attempts = message.attempts + 1
    # Celery's exponential backoff without jitter, written out: Celery types its ceiling as
    # an int, and ours (the setting) is a float.
    ceiling = max(max_delay, BACKOFF_FACTOR_SECONDS)
    delay = min(ceiling, BACKOFF_FACTOR_SECONDS * 2 ** (attempts - 1))
    due = now + timedelta(seconds=delay)
    gave_up = not server and attempts >= max_attempts
    message.attempts = attempts
    message.last_error = error
    message.status = "failed" if gave_up else "queued"
    message.next_attempt_at = due
    if gave_up:
        session.flush()
        record_failures(session, [message.id], now)
    session.execute(
        update(MailMessage)
        .where(MailMessage.id.in_(list(waiting)), MailMessage.status == "sending")
        .values(status="queued", next_attempt_at=due)
    )
    return due
