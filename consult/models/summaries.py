"""Summaries of a round, versioned, and the bookkeeping that coalesces their recomputes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consult.db import Base, utcnow


class Summary(Base):
    """One computed summary of a round: what the analysis said `as_of` a moment."""

    __tablename__ = "summaries"
    __table_args__ = (UniqueConstraint("round_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    version: Mapped[int]
    as_of: Mapped[datetime]
    response_count: Mapped[int]
    final: Mapped[bool] = mapped_column(default=False)
    # SHA-256 of the questionnaire it was computed for: a summary names its questions.
    questionnaire_sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SummarySchedule(Base):
    """Whether a round's summary is stale and when a recompute is due (one row per round).

    Submissions mark the round stale; only the first one of a burst schedules a recompute,
    so a burst of many submissions costs a handful of recomputes. A recompute claims the row
    (`claimed_at`) and clears it only in the transaction that stores its summary, and only
    if no submission came meanwhile (`changes` counts them): a run that dies half-way leaves
    the round stale, and the sweep sends it again once the claim is old.
    """

    __tablename__ = "summary_schedules"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), primary_key=True)
    stale_since: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    recomputes: Mapped[int] = mapped_column(default=0)
    changes: Mapped[int] = mapped_column(default=0, server_default="0")
    claimed_at: Mapped[datetime | None]
