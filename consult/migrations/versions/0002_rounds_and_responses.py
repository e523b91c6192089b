"""Rounds, invitations, responses and their versions.

A response points at its latest version and its latest submission; versions are
append-only, numbered per response, and an Idempotency-Key is unique per response so a
retried submit cannot add a second version. Invitations keep only a hash of their token.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", consult.db.JSONDocument, nullable=False),
        sa.Column("purpose", consult.db.JSONDocument, nullable=False),
        sa.Column("questionnaire", consult.db.JSONDocument, nullable=False),
        sa.Column("audience", consult.db.JSONDocument, nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opens_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closes_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminders_days_before_close", consult.db.JSONDocument, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("launched_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("published_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'closed', 'published')", name=op.f("ck_rounds_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rounds")),
    )
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rounds_status"), ["status"], unique=False)

    op.create_table(
        "invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("issued_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("opened_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("submitted_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_activity_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminders_sent", sa.Integer(), nullable=False),
        sa.Column("last_reminded_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("times_reissued", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'opened', 'submitted')", name=op.f("ck_invitations_status")
        ),
        sa.ForeignKeyConstraint(
            ["network_id"], ["networks.id"], name=op.f("fk_invitations_network_id_networks")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_invitations_round_id_rounds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitations")),
        sa.UniqueConstraint("round_id", "network_id", name=op.f("uq_invitations_round_id")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_invitations_token_hash")),
    )
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitations_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitations_round_id"), ["round_id"], unique=False)

    op.create_table(
        "responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("version_count", sa.Integer(), nullable=False),
        sa.Column("current_version_id", sa.Integer(), nullable=True),
        sa.Column("submitted_version_id", sa.Integer(), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name=op.f("ck_responses_status")),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitations.id"],
            name=op.f("fk_responses_invitation_id_invitations"),
        ),
        sa.ForeignKeyConstraint(
            ["network_id"], ["networks.id"], name=op.f("fk_responses_network_id_networks")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_responses_round_id_rounds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_responses")),
        sa.UniqueConstraint("round_id", "network_id", name=op.f("uq_responses_round_id")),
    )
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_responses_network_id"), ["network_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_responses_round_id"), ["round_id"], unique=False)

    op.create_table(
        "response_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("answers", consult.db.JSONDocument, nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("channel", sa.String(length=3), nullable=False),
        sa.Column("submitted_by", consult.db.JSONDocument, nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("channel IN ('api', 'web')", name=op.f("ck_response_versions_channel")),
        sa.CheckConstraint(
            "kind IN ('draft', 'submission')", name=op.f("ck_response_versions_kind")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.id"],
            name=op.f("fk_response_versions_response_id_responses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_versions")),
        sa.UniqueConstraint("response_id", "number", name=op.f("uq_response_versions_response_id")),
    )
    with op.batch_alter_table("response_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_response_versions_response_id"), ["response_id"], unique=False
        )
        batch_op.create_index(
            "uq_response_versions_idempotency", ["response_id", "idempotency_key"], unique=True
        )

    # responses and response_versions point at each other: the pointers from a response to
    # its latest versions are added once both tables exist.
    with op.batch_alter_table("responses", schema=None) as batch_op:
        for column in ("current_version_id", "submitted_version_id"):
            batch_op.create_foreign_key(
                op.f(f"fk_responses_{column}_response_versions"),
                "response_versions",
                [column],
                ["id"],
            )


def downgrade() -> None:
    with op.batch_alter_table("responses", schema=None) as batch_op:
        for column in ("current_version_id", "submitted_version_id"):
            batch_op.drop_constraint(
                op.f(f"fk_responses_{column}_response_versions"), type_="foreignkey"
            )
    with op.batch_alter_table("response_versions", schema=None) as batch_op:
        batch_op.drop_index("uq_response_versions_idempotency")
        batch_op.drop_index(batch_op.f("ix_response_versions_response_id"))

    op.drop_table("response_versions")
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_responses_round_id"))
        batch_op.drop_index(batch_op.f("ix_responses_network_id"))

    op.drop_table("responses")
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitations_round_id"))
        batch_op.drop_index(batch_op.f("ix_invitations_network_id"))

    op.drop_table("invitations")
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rounds_status"))

    op.drop_table("rounds")
