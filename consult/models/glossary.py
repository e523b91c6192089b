"""Staff's additions to the bilingual glossary that joins English and Khmer themes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consult.db import Base, utcnow


class GlossaryTerm(Base):
    """An English term and its Khmer equivalent, added to the shipped glossary."""

    __tablename__ = "glossary_terms"
    __table_args__ = (UniqueConstraint("en", "km"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    en: Mapped[str] = mapped_column(String(100))
    km: Mapped[str] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
