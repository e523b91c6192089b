"""Summaries and the schedule that coalesces their recomputes.

Summaries are versioned per round (unique round_id, version) and never updated; a
summary_schedules row per round records whether its summary is stale and when the next
recompute is due, so a burst of submissions schedules one recompute, not one each.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("as_of", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("response_count", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("questionnaire_sha256", sa.String(length=64), nullable=False),
        sa.Column("data", consult.db.JSONDocument, nullable=False),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_summaries_round_id_rounds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summaries")),
        sa.UniqueConstraint("round_id", "version", name=op.f("uq_summaries_round_id")),
    )
    with op.batch_alter_table("summaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_summaries_round_id"), ["round_id"], unique=False)

    op.create_table(
        "summary_schedules",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("stale_since", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("due_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recomputes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_summary_schedules_round_id_rounds")
        ),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_summary_schedules")),
    )


def downgrade() -> None:
    op.drop_table("summary_schedules")
    with op.batch_alter_table("summaries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summaries_round_id"))

    op.drop_table("summaries")
