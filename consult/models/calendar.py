"""The body's calendar: learning forums, general meetings, and the rounds they relate to."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base, utcnow

if TYPE_CHECKING:
    from consult.models.rounds import Round


class CalendarEvent(Base):
    """An event of the calendar; times in UTC, shown in the body's time zone."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A stable identifier for calendar programs (RFC 5545 UID), also what seeding matches on.
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[dict[str, str]]
    description: Mapped[dict[str, str]]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    place: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    # The rounds whose `event_id` is this event: the link has one home, the round's key.
    rounds: Mapped[list[Round]] = relationship(back_populates="event", order_by="Round.id")

    @property
    def round_ids(self) -> list[int]:
        return [round_.id for round_ in self.rounds]
