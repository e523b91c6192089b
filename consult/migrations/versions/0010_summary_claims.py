"""A recompute is done only when its summary commits: summary_schedules keeps its claim.

claimed_at says which run holds a round's recompute and since when (a dead run's claim
expires, and the sweep sends the round again); changes counts the submissions marked, so a
finishing run can tell whether any arrived while it computed. Existing rows start unclaimed
with no changes counted.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("summary_schedules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changes", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("claimed_at", consult.db.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("summary_schedules", schema=None) as batch_op:
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("changes")
