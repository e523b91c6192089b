"""A keyed write that succeeded without committing a change (here a dry run) still gets its
audit line, alone, and what the view left uncommitted stays unsaved. A write that changes
something is recorded with the change (tests/api/test_audit_crash.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from consult.models import AuditEntry, Network


def test_a_dry_run_is_recorded_alone_and_saves_nothing(client, admin, networks_csv, database):
    dry = client.post(
        "/api/v1/networks/import?dry_run=true",
        data=networks_csv,
        headers={**admin, "Content-Type": "text/csv"},
    )
    assert dry.status_code == 200 and dry.json["created"] == 34
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Network)) == 0
        assert [(e.actor, e.action) for e in session.scalars(select(AuditEntry))] == [
            ("key:test admin", "POST /api/v1/networks/import")
        ]
