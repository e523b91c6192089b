"""The audit log: who changed what, when, whatever door they came in by."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.paging import paginate
from consult.models import AuditEntry


def record(
    session: Session, actor: str, action: str, target: str = "", **details: Any
) -> AuditEntry:
    """Add an entry to the caller's transaction: it stays only if the change commits."""
    entry = AuditEntry(actor=actor, action=action, target=target, details=details)
    session.add(entry)
    return entry


def entries(session: Session, page: int, size: int) -> tuple[list[AuditEntry], int]:
    """Newest first."""
    return paginate(session, select(AuditEntry), (AuditEntry.id.desc(),), page, size)
