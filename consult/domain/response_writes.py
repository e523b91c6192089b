"""The writes of a network's save, as statements built once: the hot path at a deadline.

Under load on a small machine a save is bound by CPU. Building a statement, its cache key
and the ORM's unit of work for each save cost more than the database's own work (see
docs/benchmarks.md, "Ingest"), so the response and its version are written with Core
statements on their tables, built here at import, and executed with parameters only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, bindparam, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from consult.db import Base
from consult.models import Response, ResponseVersion

RESPONSES = Base.metadata.tables[Response.__tablename__]
VERSIONS = Base.metadata.tables[ResponseVersion.__tablename__]


def _counting(dialect_insert: Callable[..., Any]) -> Insert:
    """INSERT the response with one version, or count one more on the one there is."""
    statement = dialect_insert(RESPONSES)
    return statement.on_conflict_do_update(  # type: ignore[no-any-return]
        index_elements=[RESPONSES.c.round_id, RESPONSES.c.network_id],
        set_={"version_count": RESPONSES.c.version_count + 1},
    ).returning(RESPONSES.c.id, RESPONSES.c.version_count, RESPONSES.c.submitted_at)


COUNT_VERSION = {"postgresql": _counting(postgresql.insert), "sqlite": _counting(sqlite.insert)}
INSERT_VERSION = insert(VERSIONS).returning(VERSIONS.c.id)
# Bound names differ from the columns': SQLAlchemy keeps those for the SET clause.
_POINT_AT: dict[str, Any] = {
    "current_version_id": bindparam("version_id"),
    "version_count": bindparam("number"),
    "updated_at": bindparam("now"),
}
POINT_AT_DRAFT = (
    update(RESPONSES).where(RESPONSES.c.id == bindparam("response_id")).values(_POINT_AT)
)
POINT_AT_SUBMISSION = (
    update(RESPONSES)
    .where(RESPONSES.c.id == bindparam("response_id"))
    .values(
        {
            **_POINT_AT,
            "status": "submitted",
            "submitted_version_id": bindparam("version_id"),
            "submitted_at": bindparam("now"),
        }
    )
)


@dataclass(frozen=True)
class Counted:
    """The response a new version belongs to, after the upsert that numbered it."""

    response_id: int
    number: int  # the new version's
    submitted_before: bool  # the response had a submission before this version


def count_version(
    session: Session, round_id: int, network_id: int, invitation_id: int, now: datetime
) -> Counted:
    """Number the network's next version, creating its response on the first save.

    The upsert reads the response as it is now, not as the save's first statement saw it:
    a save that waited for the invitation's row lock numbers after the one it waited for.
    """
    dialect = session.get_bind().dialect.name
    row = session.execute(
        COUNT_VERSION[dialect],
        {
            "round_id": round_id,
            "network_id": network_id,
            "invitation_id": invitation_id,
            "version_count": 1,
            "created_at": now,
            "updated_at": now,
        },
    ).one()
    return Counted(row.id, row.version_count, row.submitted_at is not None)


def insert_version(session: Session, fields: dict[str, Any]) -> ResponseVersion:
    """Insert a version; the object returned is not in the session (it is what the caller
    reports of the save, and versions never change)."""
    version_id = session.execute(INSERT_VERSION, fields).scalar_one()
    return ResponseVersion(id=version_id, **fields)


def point_at(session: Session, version: ResponseVersion, now: datetime) -> None:
    """Make `version` the response's current one (and its submission, if it is one)."""
    statement = POINT_AT_SUBMISSION if version.kind == "submission" else POINT_AT_DRAFT
    session.execute(
        statement,
        {
            "response_id": version.response_id,
            "version_id": version.id,
            "number": version.number,
            "now": now,
        },
    )
