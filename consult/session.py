"""One database session per request, closed (and rolled back if uncommitted) at its end."""

from __future__ import annotations

from flask import g
from sqlalchemy.orm import Session

from consult.runtime import current_runtime


def request_session() -> Session:
    if "db_session" not in g:
        g.db_session = current_runtime().database.sessions()
    session: Session = g.db_session
    return session


def close_request_session(_exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db_session", None)
    if session is not None:
        session.close()
