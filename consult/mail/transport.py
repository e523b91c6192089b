"""Deliver rendered messages: over one reused SMTP connection, or as .eml files.

Failures are sorted: a transient one (server down, 4xx, dropped connection) means try again
later, a permanent one (5xx for this message) means stop and show it to staff. A failure of
the server rather than of the message (unreachable, the session dropped or refused, its
login) says so: the batch stops there and no message is blamed for it.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from consult.mail.mime import Outgoing

TIMEOUT_SECONDS = 30


class MailFailure(Exception):
    """A message was not delivered; `transient` says whether trying again may work, and
    `server` whether the server failed (down, session lost) rather than this message."""

    def __init__(self, message: str, *, transient: bool, server: bool = False) -> None:
        super().__init__(message)
        self.transient = transient or server
        self.server = server


class Connection(Protocol):
    def send(self, message: Outgoing, ready: Callable[[], None] = lambda: None) -> None:
        """Deliver `message`; `ready()` is called just before its content is handed over
        (after the envelope is accepted) and may raise to stop it."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    tls: str  # none, starttls or ssl
    user: str
    password: str


@contextmanager
def smtp_connection(settings: SmtpSettings) -> Iterator[Connection]:
    """One SMTP session for a batch; MailFailure (transient) if the server cannot be reached."""
    try:
        if settings.tls == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_SECONDS,
                context=ssl.create_default_context(),
            )  # fmt: skip
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        if settings.tls == "starttls":
            client.starttls(context=ssl.create_default_context())
        if settings.user:
            client.login(settings.user, settings.password)
    except (OSError, smtplib.SMTPException) as exc:
        raise _classified(exc, whole_session=True) from exc
    try:
        yield _SmtpConnection(client)
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


class _SmtpConnection:
    """smtplib's sendmail() in its documented steps (MAIL, RCPT, DATA), with `ready` between
    the envelope and the content: the sender commits the previous message's mark while
    this envelope travels, and the content goes only once that mark is safe."""

    def __init__(self, client: smtplib.SMTP) -> None:
        self.client = client

    def send(self, message: Outgoing, ready: Callable[[], None] = lambda: None) -> None:
        client = self.client
        try:
            client.ehlo_or_helo_if_needed()
            size = [f"SIZE={len(message.data)}"] if client.has_extn("size") else []
            code, reply = client.mail(message.sender, size)
            if code != 250:
                self._abandon(code)
                raise smtplib.SMTPSenderRefused(code, reply, message.sender)
            code, reply = client.rcpt(message.recipient)
            if code not in (250, 251):
                self._abandon(code)
                raise smtplib.SMTPRecipientsRefused({message.recipient: (code, reply)})
            ready()
            code, reply = client.data(message.data)
            if code != 250:
                self._abandon(code)
                raise smtplib.SMTPDataError(code, reply)
        except (OSError, smtplib.SMTPException) as exc:
            raise _classified(exc) from exc

    def _abandon(self, code: int) -> None:
        """As sendmail() does: 421 ends the session, anything else resets the transaction
        (a server that hung up meanwhile does not hide why the message was refused)."""
        if code == 421:
            self.client.close()
            return
        try:
            self.client.rset()
        except (smtplib.SMTPServerDisconnected, OSError):
            self.client.close()


def _classified(exc: Exception, *, whole_session: bool = False) -> MailFailure:
    """Transient unless the server answered 5xx about this very message; the server's fault
    when it could not be reached or logged in to, dropped the session or answered 421."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        permanent = bool(codes) and all(code >= 500 for code in codes)
        return MailFailure(
            f"recipient refused: {exc.recipients}", transient=not permanent, server=421 in codes
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        server = whole_session or exc.smtp_code == 421
        permanent = exc.smtp_code >= 500 and not server
        reply = f"{exc.smtp_code} {error}".strip()
        return MailFailure(reply, transient=not permanent, server=server)
    return MailFailure(f"{type(exc).__name__}: {exc}", transient=True, server=True)


@contextmanager
def file_connection(folder: Path) -> Iterator[Connection]:
    """The embedded default: each message becomes `folder/<message id>.eml`."""
    folder.mkdir(parents=True, exist_ok=True)
    yield _FileConnection(folder)


class _FileConnection:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: Outgoing, ready: Callable[[], None] = lambda: None) -> None:
        ready()
        partial = self.folder / f".{message.name}.tmp"
        partial.write_bytes(message.data)
        partial.replace(self.folder / f"{message.name}.eml")  # a whole file or none
