"""Staff follow-ups of a round (a reminder, a clarification question, a summary validation)
and the replies networks give to them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base, one_of, utcnow
from consult.models.networks import Network
from consult.texts import LANGUAGES

FOLLOWUP_KINDS = ("reminder", "clarification", "validation")
VERDICTS = ("confirm", "contest")
MAX_REPLY = 5000  # characters of an answer or a comment


class FollowupNetwork(Base):
    """A network a follow-up addresses; `position` keeps the order it was asked in."""

    __tablename__ = "followup_networks"

    followup_id: Mapped[int] = mapped_column(
        ForeignKey("followups.id", ondelete="CASCADE"), primary_key=True
    )
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), primary_key=True, index=True)
    position: Mapped[int]


class Followup(Base):
    """One follow-up staff (or the close of a round) sent to some of its networks.

    A clarification carries a bilingual question, optionally about one question of the
    questionnaire; a validation points at the final summary whose common response the
    networks are asked to confirm or contest. A round has at most one validation.
    """

    __tablename__ = "followups"
    __table_args__ = (
        CheckConstraint(one_of("kind", FOLLOWUP_KINDS), name="kind"),
        Index(
            "uq_followups_one_validation",
            "round_id",
            unique=True,
            postgresql_where=text("kind = 'validation'"),
            sqlite_where=text("kind = 'validation'"),
        ),
        # A retried request with the same Idempotency-Key cannot send a follow-up twice.
        UniqueConstraint("round_id", "idempotency_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    question: Mapped[dict[str, Any] | None]
    question_key: Mapped[str | None] = mapped_column(String(100))
    summary_id: Mapped[int | None] = mapped_column(ForeignKey("summaries.id"))
    created_by: Mapped[str] = mapped_column(String(200), default="")
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_digest: Mapped[str | None] = mapped_column(String(64))  # of the keyed request
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    addressed: Mapped[list[FollowupNetwork]] = relationship(
        order_by=FollowupNetwork.position,
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    # The addressed networks' ids in order, read and written as a list (`network_ids=[…]`).
    network_ids: AssociationProxy[list[int]] = association_proxy(
        "addressed", "network_id", creator=lambda network_id: FollowupNetwork(network_id=network_id)
    )


class FollowupReply(Base):
    """What a network answered to a follow-up. Replies are added, never changed: the
    latest one counts and the earlier ones stay, as with response versions."""

    __tablename__ = "followup_replies"
    __table_args__ = (
        UniqueConstraint("followup_id", "network_id", "number"),
        CheckConstraint(one_of("language", LANGUAGES), name="language"),
        CheckConstraint(f"verdict IS NULL OR {one_of('verdict', VERDICTS)}", name="verdict"),
        Index(
            "uq_followup_replies_idempotency",
            "followup_id",
            "network_id",
            "idempotency_key",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("followups.id"), index=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), index=True)
    response_id: Mapped[int | None] = mapped_column(ForeignKey("responses.id"), index=True)
    number: Mapped[int]
    verdict: Mapped[str | None] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text, default="")  # the answer, or the comment
    language: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(3))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_digest: Mapped[str | None] = mapped_column(String(64))  # of the keyed request
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    network: Mapped[Network] = relationship()
