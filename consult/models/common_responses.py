"""The common response staff sign: the computed draft of a closed round and every edit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from consult.db import Base, one_of, utcnow

COMMON_RESPONSE_KINDS = ("computed", "edit", "approval")


class CommonResponseVersion(Base):
    """One version of a round's common response; versions are added, never changed.

    `computed` is the engine's draft at close (from `summary_id`); `edit` is staff's wording;
    `approval` freezes the text that the validation mail and the results page carry.
    The computed draft is always number 1, so a retried close cannot draft twice, and a
    round has at most one approval.
    """

    __tablename__ = "common_response_versions"
    __table_args__ = (
        UniqueConstraint("round_id", "number"),
        CheckConstraint(one_of("kind", COMMON_RESPONSE_KINDS), name="kind"),
        Index(
            "uq_common_response_versions_one_approval",
            "round_id",
            unique=True,
            postgresql_where=text("kind = 'approval'"),
            sqlite_where=text("kind = 'approval'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    summary_id: Mapped[int] = mapped_column(ForeignKey("summaries.id"))
    statement: Mapped[dict[str, Any]]  # {"en": ..., "km": ...}
    commitments: Mapped[dict[str, Any]]  # what the body will do: {"en": ..., "km": ...}
    show_names: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
