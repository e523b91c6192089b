"""The directory: networks (organisations that answer rounds) and their contacts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base, one_of, utcnow
from consult.texts import LANGUAGES

NETWORK_KINDS = ("umbrella", "provincial", "member")


class Network(Base):
    """An organisation that answers rounds as one voice; archived, never deleted."""

    __tablename__ = "networks"
    __table_args__ = (
        CheckConstraint(one_of("kind", NETWORK_KINDS), name="kind"),
        CheckConstraint(one_of("language", LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and space-folded name: the identity used to match re-imports.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    name_km: Mapped[str | None] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(30), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    province: Mapped[str | None] = mapped_column(String(100), index=True)
    mou: Mapped[bool] = mapped_column(default=False)
    mou_since: Mapped[date | None]
    language: Mapped[str] = mapped_column(String(2), default="en")
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    sectors: Mapped[list[NetworkSector]] = relationship(
        cascade="all, delete-orphan", order_by="NetworkSector.position", lazy="selectin"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="network",
        cascade="all, delete-orphan",
        order_by="Contact.id",
        lazy="selectin",
    )

    @property
    def sector_names(self) -> list[str]:
        return [sector.name for sector in self.sectors]


class NetworkSector(Base):
    """A sector a network works in; a table of its own so filters use an index."""

    __tablename__ = "network_sectors"
    __table_args__ = (UniqueConstraint("network_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100), index=True)
    position: Mapped[int] = mapped_column(default=0)


class Contact(Base):
    """A person at a network who receives mail in their own language."""

    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("network_id", "email"),
        CheckConstraint(one_of("language", LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(2), default="en")
    # Digests are optional (a signed link in each one turns them off); round mail is not.
    digests: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    network: Mapped[Network] = relationship(back_populates="contacts")
