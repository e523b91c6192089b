"""Staff follow-ups of a round and the networks' replies to them.

followups holds each reminder, clarification question and summary validation sent (at most
one validation per round); followup_replies every reply, added and never changed, linked to
the network's response where it has one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("question", consult.db.JSONDocument, nullable=True),
        sa.Column("question_key", sa.String(length=100), nullable=True),
        sa.Column("summary_id", sa.Integer(), nullable=True),
        sa.Column("network_ids", consult.db.JSONDocument, nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('reminder', 'clarification', 'validation')", name=op.f("ck_followups_kind")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_followups_round_id_rounds")
        ),
        sa.ForeignKeyConstraint(
            ["summary_id"], ["summaries.id"], name=op.f("fk_followups_summary_id_summaries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
        sa.UniqueConstraint("round_id", "idempotency_key", name=op.f("uq_followups_round_id")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followups_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            "uq_followups_one_validation",
            ["round_id"],
            unique=True,
            postgresql_where=sa.text("kind = 'validation'"),
            sqlite_where=sa.text("kind = 'validation'"),
        )

    op.create_table(
        "followup_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=10), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("channel", sa.String(length=3), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('en', 'km')", name=op.f("ck_followup_replies_language")),
        sa.CheckConstraint(
            "verdict IS NULL OR verdict IN ('confirm', 'contest')",
            name=op.f("ck_followup_replies_verdict"),
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_followup_replies_followup_id_followups"),
        ),
        sa.ForeignKeyConstraint(
            ["network_id"], ["networks.id"], name=op.f("fk_followup_replies_network_id_networks")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.id"],
            name=op.f("fk_followup_replies_response_id_responses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_replies")),
        sa.UniqueConstraint(
            "followup_id", "network_id", "number", name=op.f("uq_followup_replies_followup_id")
        ),
    )
    with op.batch_alter_table("followup_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_replies_followup_id"), ["followup_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_followup_replies_network_id"), ["network_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_followup_replies_response_id"), ["response_id"], unique=False
        )
        batch_op.create_index(
            "uq_followup_replies_idempotency",
            ["followup_id", "network_id", "idempotency_key"],
            unique=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("followup_replies", schema=None) as batch_op:
        batch_op.drop_index("uq_followup_replies_idempotency")
        batch_op.drop_index(batch_op.f("ix_followup_replies_response_id"))
        batch_op.drop_index(batch_op.f("ix_followup_replies_network_id"))
        batch_op.drop_index(batch_op.f("ix_followup_replies_followup_id"))

    op.drop_table("followup_replies")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_followups_one_validation",
            postgresql_where=sa.text("kind = 'validation'"),
            sqlite_where=sa.text("kind = 'validation'"),
        )
        batch_op.drop_index(batch_op.f("ix_followups_round_id"))

    op.drop_table("followups")
