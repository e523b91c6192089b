"""A network's response to a round, and every version of it ever saved."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base, one_of, utcnow
from consult.models.networks import Network

RESPONSE_STATUSES = ("draft", "submitted")
VERSION_KINDS = ("draft", "submission")
CHANNELS = ("api", "web")


class Response(Base):
    """The one response of a network to a round: points at its latest versions.

    `current_version` is the last thing saved (draft or submission); `submitted_version`
    the last submission, which is what staff read and export. Versions are never changed.
    """

    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("round_id", "network_id"),
        CheckConstraint(one_of("status", RESPONSE_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), index=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitations.id"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    version_count: Mapped[int] = mapped_column(default=0)
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("response_versions.id", use_alter=True)
    )
    submitted_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("response_versions.id", use_alter=True)
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]

    network: Mapped[Network] = relationship()
    current_version: Mapped[ResponseVersion | None] = relationship(
        foreign_keys=[current_version_id], post_update=True
    )
    submitted_version: Mapped[ResponseVersion | None] = relationship(
        foreign_keys=[submitted_version_id], post_update=True
    )


class ResponseVersion(Base):
    """One save of a response, kept for ever: nothing a network wrote is lost."""

    __tablename__ = "response_versions"
    __table_args__ = (
        UniqueConstraint("response_id", "number"),
        CheckConstraint(one_of("kind", VERSION_KINDS), name="kind"),
        CheckConstraint(one_of("channel", CHANNELS), name="channel"),
        # A retried request with the same Idempotency-Key cannot add a second version.
        Index(
            "uq_response_versions_idempotency",
            "response_id",
            "idempotency_key",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id"), index=True)
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    answers: Mapped[dict[str, Any]]
    language: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(3))
    submitted_by: Mapped[dict[str, Any] | None]
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_digest: Mapped[str | None] = mapped_column(String(64))  # of the keyed request
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
