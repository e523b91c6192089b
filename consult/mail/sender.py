"""Send due mail: claim a batch, render it, send it over one connection, mark each message."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from email.errors import MessageError
from functools import partial

from consult.config import Settings
from consult.db import Database, utcnow
from consult.domain import mail_queue as queue
from consult.mail.compose import MailSettings, compose, prefetch_invitations
from consult.mail.mime import Outgoing
from consult.mail.transport import (
    Connection,
    MailFailure,
    SmtpSettings,
    file_connection,
    smtp_connection,
)


def connect(settings: Settings) -> AbstractContextManager[Connection]:
    """SMTP when a host is set; else the embedded default, .eml files under var/mail/."""
    if not settings.smtp_host:
        return file_connection(settings.var_dir / "mail")
    return smtp_connection(
        SmtpSettings(
            settings.smtp_host, settings.smtp_port, settings.smtp_tls,
            settings.smtp_user, settings.smtp_password,
        )
    )  # fmt: skip


def send_batch(database: Database, settings: Settings, limit: int) -> tuple[int, bool]:
    """Claim up to `limit` due messages, render them, send them over one connection.

    Each message is marked in its own commit once the server accepts it, and the next
    message's content goes out only after that commit: a worker killed mid-batch resends
    nothing the server had accepted. The commit runs on a helper thread while the next
    envelope (MAIL, RCPT) travels, so it costs little time. Returns how many went out,
    and whether the batch was full (more may be due).
    """
    with database.session() as session:
        ids = queue.claim_due(session, utcnow(), settings.mail_lease_seconds, limit)
    if not ids:
        return 0, False
    emails = _render(database, ids, MailSettings.of(settings))
    waiting = [message_id for message_id in ids if message_id in emails]
    if not waiting:  # all skipped or unsendable: no server to ask (it may be down)
        return 0, len(ids) == limit
    sent = 0
    with ThreadPoolExecutor(1, thread_name_prefix="mail-marks") as marks:
        marking: Future[None] | None = None  # the commit of the previous message's outcome
        try:
            with connect(settings) as connection:
                while waiting:
                    outcome = _send_one(connection, emails[waiting[0]], partial(_done, marking))
                    marking = marks.submit(_mark, database, settings, waiting.pop(0), outcome)
                    sent += outcome is None
        except MailFailure as failure:  # the server is down or lost the session: all back off
            _done(marking)
            with database.session() as session:
                queue.retry_later(
                    session, waiting[0], waiting[1:], str(failure), utcnow(),
                    settings.mail_retry_max_seconds, settings.mail_max_attempts, server=True,
                )  # fmt: skip
            return sent, False
        _done(marking)
    return sent, len(ids) == limit


def _render(database: Database, ids: list[int], settings: MailSettings) -> dict[int, Outgoing]:
    """The emails of claimed messages, in one session (a round is read once per batch).

    A message that no longer applies is marked skipped; one that cannot be written (an
    address SMTP cannot carry) fails alone, with the reason, instead of holding up the rest.
    """
    emails = {}
    with database.session() as session:
        messages = queue.messages(session, ids)
        prefetch_invitations(session, messages)
        for message in messages:
            try:
                email = compose(session, message, settings)
            except (ValueError, MessageError) as exc:
                queue.finish(session, [message.id], "failed", utcnow(), f"not sendable: {exc}")
                continue
            if email is None:
                queue.finish(session, [message.id], "skipped", utcnow())
            else:
                emails[message.id] = email
    return emails


def _send_one(
    connection: Connection, email: Outgoing, ready: Callable[[], None]
) -> MailFailure | None:
    """Send one message: None if the server took it, the failure if it refused this message
    (for good, or for now); a failure of the server itself is raised and ends the batch.

    Either way the previous message's mark is committed (`ready`) before this returns.
    """
    try:
        connection.send(email, ready)
    except MailFailure as failure:
        if failure.server:
            raise
        ready()  # refused before its content: the previous mark must still be safe
        return failure
    return None


def _mark(
    database: Database, settings: Settings, message_id: int, refused: MailFailure | None
) -> None:
    """Commit a message's outcome: sent or failed on a bare connection, as it runs once per
    message; one the server put off waits alone, and the batch goes on without it."""
    if refused is not None and refused.transient:
        with database.session() as session:
            queue.retry_later(
                session, message_id, [], str(refused), utcnow(),
                settings.mail_retry_max_seconds, settings.mail_max_attempts, server=False,
            )  # fmt: skip
        return
    status, error = ("sent", "") if refused is None else ("failed", str(refused))
    with database.engine.begin() as connection:
        queue.finish(connection, [message_id], status, utcnow(), error)


def _done(marking: Future[None] | None) -> None:
    """Wait for a mark's commit; its failure (say, the database is down) stops the batch."""
    if marking is not None:
        marking.result()
