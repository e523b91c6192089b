"""A written message as MIME: multipart/alternative, plain text and HTML, UTF-8.

Built with the email package's compat32 classes (email.mime): they produce the same
standard MIME as EmailMessage at a quarter of the cost, which is most of a fan-out's
time per message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import Compat32
from email.utils import formataddr, formatdate, parseaddr
from functools import cache
from io import BytesIO
from typing import Any, cast

UTF8 = "utf-8"
MAX_LINE = 78


class _Policy(Compat32):
    """compat32, but a short ASCII header is written as it is instead of being run
    through email.header.Header, which gives the same bytes at many times the cost.
    Anything else (Khmer, long lines) is folded by compat32 as before.

    `fold` and `fold_binary` are the documented hooks of `email.policy.Policy` for a
    subclass to fold headers its own way (the generators call them), so no private method
    of the library is touched."""

    def fold(self, name: str, value: Any) -> str:
        if isinstance(value, str) and _short_ascii_line(name, value):
            return f"{name}: {value}{self.linesep}"
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: Any) -> bytes:
        if isinstance(value, str) and _short_ascii_line(name, value):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return bytes(super().fold_binary(name, value))


def _short_ascii_line(name: str, value: str) -> bool:
    fits = len(name) + len(value) + 2 <= MAX_LINE
    return fits and value.isascii() and "\n" not in value and "\r" not in value


POLICY = _Policy()


@dataclass(frozen=True)
class Written:
    """What the recipient reads, in their language, before it becomes MIME."""

    subject: str
    text: str
    html: str
    unsubscribe: str | None = None


@dataclass(frozen=True)
class Envelope:
    key: str
    to_name: str
    to_email: str
    language: str
    mail_from: str


@dataclass(frozen=True)
class Outgoing:
    """A message ready for the wire: its envelope and its bytes, CRLF line ends."""

    sender: str
    recipient: str
    data: bytes
    name: str  # the same message always has the same name (from its key)


def outgoing(written: Written, envelope: Envelope) -> Outgoing:
    """The message as MIME bytes. ValueError (and kin) if it cannot be written: an address
    that needs SMTPUTF8, say; the sender fails that message alone."""
    content = BytesIO()
    BytesGenerator(content).flatten(to_mime(written, envelope), linesep="\r\n")
    return Outgoing(
        sender=ascii_address(_envelope_sender(envelope.mail_from)),
        recipient=ascii_address(envelope.to_email),
        data=content.getvalue(),
        name=hashlib.sha256(envelope.key.encode()).hexdigest()[:32],
    )


def to_mime(written: Written, envelope: Envelope) -> Message:
    email = MIMEMultipart("alternative", policy=POLICY)
    # typeshed types a header's value as str; compat32 takes a Header too (it names the charset).
    email["Subject"] = cast(str, Header(written.subject, UTF8))
    email["From"] = _sender(envelope.mail_from)
    email["To"] = _address(envelope.to_name, envelope.to_email)
    email["Date"] = formatdate(usegmt=True)
    email["Message-ID"] = message_id(envelope.key, envelope.mail_from)
    email["Content-Language"] = envelope.language
    if written.unsubscribe:
        email["List-Unsubscribe"] = f"<{written.unsubscribe}>"
    email.attach(MIMEText(written.text, "plain", UTF8, policy=POLICY))
    email.attach(MIMEText(written.html, "html", UTF8, policy=POLICY))
    return email


def message_id(key: str, mail_from: str) -> str:
    """The same key always gives the same Message-ID, so a receiver can spot a repeat."""
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}@{_domain(mail_from)}>"


def ascii_address(email: str) -> str:
    """The address as SMTP without SMTPUTF8 carries it: an international domain in IDNA;
    a non-ASCII mailbox name cannot be carried (ValueError)."""
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        raise ValueError(f"{email}: a non-ASCII mailbox name needs SMTPUTF8, not supported")
    return f"{local}@{domain if domain.isascii() else domain.encode('idna').decode('ascii')}"


@cache
def _envelope_sender(mail_from: str) -> str:
    return parseaddr(mail_from)[1]


@cache
def _sender(mail_from: str) -> str:
    return _address(*parseaddr(mail_from))


@cache
def _domain(mail_from: str) -> str:
    return parseaddr(mail_from)[1].rpartition("@")[2] or "consult"


def _address(name: str, email: str) -> str:
    """`Name <email>`, the name encoded (RFC 2047) when it is not ASCII, e.g. Khmer; line
    breaks in a name (a stray one from an import) become spaces."""
    return formataddr((" ".join(name.split()), ascii_address(email)), charset=UTF8)
