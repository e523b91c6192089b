"""Staff who sign in to the console, and the audit log of what anyone did."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from consult.db import Base, one_of, utcnow
from consult.roles import ROLES
from consult.texts import LANGUAGES


class User(Base):
    """A person with a role (the same roles as API keys) and an argon2id password hash.

    `session_epoch` is part of every session's id: raising it (a new password, the account
    turned off) ends the sessions signed in before.
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(one_of("role", ROLES), name="role"),
        CheckConstraint(one_of("language", LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2), default="en")
    password_hash: Mapped[str] = mapped_column(String(200))
    session_epoch: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sign_in_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who did what, when: one row per change made through the console or the CLI."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(String(300), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
