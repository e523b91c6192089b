"""Outgoing mail: one row per message, keyed so that a message is sent at most once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from consult.db import Base, one_of, utcnow
from consult.texts import LANGUAGES

MAIL_STATUSES = ("queued", "sending", "sent", "failed", "skipped")
MAIL_KINDS = (
    "invitation",
    "new_link",
    "reminder",
    "receipt",
    "clarification",
    "validation",
    "digest",
    "webhook_disabled",
)


class MailMessage(Base):
    """A message to one recipient, rendered when it is sent from its kind and parameters.

    `key` says what the message is for (`invite:{round}:{contact}`,
    `reminder:{round}:{contact}:{days}`, `digest:{recipient}:{iso week}`): it is unique, so
    asking twice for the same message queues it once. Nothing secret is stored: a network's
    link is derived when the message is rendered.
    """

    __tablename__ = "mail_messages"
    __table_args__ = (
        CheckConstraint(one_of("status", MAIL_STATUSES), name="status"),
        CheckConstraint(one_of("language", LANGUAGES), name="language"),
        Index("ix_mail_messages_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    to_email: Mapped[str] = mapped_column(String(320))
    to_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(2))
    params: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
