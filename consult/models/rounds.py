"""Consultation rounds and the invitations that let each network answer one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base, one_of, utcnow
from consult.models.networks import Network

if TYPE_CHECKING:
    from consult.models.calendar import CalendarEvent

ROUND_STATUSES = ("draft", "open", "closed", "published")
INVITATION_STATUSES = ("pending", "opened", "submitted")
# The named groupings a round's common response compares (its "lens"); kind by default.
LENS_GROUPINGS = ("kind", "mou", "province", "sector")


class Round(Base):
    """A bilingual questionnaire put to an audience of networks between two dates.

    `questionnaire` is a list of question documents (see schemas/questionnaire.py); it can
    change only while the round is a draft, so every answer refers to one fixed text.
    """

    __tablename__ = "rounds"
    __table_args__ = (CheckConstraint(one_of("status", ROUND_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[dict[str, Any]]
    purpose: Mapped[dict[str, Any]]
    questionnaire: Mapped[list[dict[str, Any]]]
    audience: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    reminders_days_before_close: Mapped[list[int]]
    # A round's calendar event; deleting the event unlinks the round.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    event: Mapped[CalendarEvent | None] = relationship(back_populates="rounds")
    lens: Mapped[list[str]] = mapped_column(default=lambda: ["kind"])
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    launched_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    published_at: Mapped[datetime | None]

    def question(self, key: str) -> dict[str, Any] | None:
        return next((q for q in self.questionnaire if q["key"] == key), None)


class Invitation(Base):
    """One network's right to answer one round; the link's token is stored only hashed."""

    __tablename__ = "invitations"
    __table_args__ = (
        UniqueConstraint("round_id", "network_id"),
        CheckConstraint(one_of("status", INVITATION_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime | None]
    times_reissued: Mapped[int] = mapped_column(default=0)
    # The link a re-issue replaced, so its page can say a new one was sent (not which).
    replaced_token_hash: Mapped[str | None] = mapped_column(String(64), index=True)

    round: Mapped[Round] = relationship()
    network: Mapped[Network] = relationship()
