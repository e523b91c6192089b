"""Honest data: reminders come from the mail ledger; a round's calendar event is a real key.

invitations.reminders_sent and last_reminded_at were never written, yet served (staff saw
0): the invitations listing now counts sent `reminder:{round}:{contact}:…` mail, so the
columns go. rounds.event_id gets a foreign key to the calendar (events.id, SET NULL when
the event is deleted); a round pointing at no event is set to NULL first, so the key can
be added over existing data. The downgrade drops the key and brings back the columns (0 and
NULL, as they always were).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE rounds SET event_id = NULL WHERE event_id IS NOT NULL "
        "AND event_id NOT IN (SELECT id FROM events)"
    )
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_rounds_event_id_events"),
            "events",
            ["event_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_column("last_reminded_at")
        batch_op.drop_column("reminders_sent")


def downgrade() -> None:
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminders_sent", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("last_reminded_at", consult.db.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_rounds_event_id_events"), type_="foreignkey")
