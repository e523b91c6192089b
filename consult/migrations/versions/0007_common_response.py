"""The common response staff sign, the round's lens, and staff's glossary terms.

common_response_versions keeps the computed draft of a closed round and every staff edit
and approval (added, never changed; one approval per round); rounds.lens names the
groupings its common response compares (existing rounds get network kind, the default);
glossary_terms holds the English/Khmer pairs staff add to the shipped glossary.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("en", sa.String(length=100), nullable=False),
        sa.Column("km", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
        sa.UniqueConstraint("en", "km", name=op.f("uq_glossary_terms_en")),
    )
    op.create_table(
        "common_response_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("statement", consult.db.JSONDocument, nullable=False),
        sa.Column("commitments", consult.db.JSONDocument, nullable=False),
        sa.Column("show_names", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('computed', 'edit', 'approval')",
            name=op.f("ck_common_response_versions_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_common_response_versions_round_id_rounds")
        ),
        sa.ForeignKeyConstraint(
            ["summary_id"],
            ["summaries.id"],
            name=op.f("fk_common_response_versions_summary_id_summaries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_common_response_versions")),
        sa.UniqueConstraint(
            "round_id", "number", name=op.f("uq_common_response_versions_round_id")
        ),
    )
    with op.batch_alter_table("common_response_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_common_response_versions_round_id"), ["round_id"], unique=False
        )
        # One approval per round: a second one (a race of two approvals) cannot commit.
        batch_op.create_index(
            "uq_common_response_versions_one_approval",
            ["round_id"],
            unique=True,
            postgresql_where=sa.text("kind = 'approval'"),
            sqlite_where=sa.text("kind = 'approval'"),
        )

    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lens", consult.db.JSONDocument, nullable=False, server_default='["kind"]')
        )


def downgrade() -> None:
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.drop_column("lens")

    with op.batch_alter_table("common_response_versions", schema=None) as batch_op:
        batch_op.drop_index("uq_common_response_versions_one_approval")
        batch_op.drop_index(batch_op.f("ix_common_response_versions_round_id"))

    op.drop_table("common_response_versions")
    op.drop_table("glossary_terms")
