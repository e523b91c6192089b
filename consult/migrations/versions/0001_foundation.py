"""The foundation: the networks directory, staff API keys and the outbox.

Networks are matched on `name_key` (name with case and spacing folded), so the unique
constraint is on that column; sectors have their own table so the sector filter is indexed;
domain events carry `dispatched_at` so the relay finds what is still to send.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import consult.db

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("role IN ('viewer', 'staff', 'admin')", name=op.f("ck_api_keys_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
    )
    op.create_table(
        "domain_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("aggregate", sa.String(length=32), nullable=False),
        sa.Column("aggregate_id", sa.Integer(), nullable=False),
        sa.Column("payload", consult.db.JSONDocument, nullable=False),
        sa.Column("occurred_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("dispatched_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domain_events")),
    )
    with op.batch_alter_table("domain_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_domain_events_dispatched_at"), ["dispatched_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_domain_events_type"), ["type"], unique=False)

    op.create_table(
        "networks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("name_km", sa.String(length=300), nullable=True),
        sa.Column("acronym", sa.String(length=30), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("mou", sa.Boolean(), nullable=False),
        sa.Column("mou_since", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("archived_at", consult.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('umbrella', 'provincial', 'member')", name=op.f("ck_networks_kind")
        ),
        sa.CheckConstraint("language IN ('en', 'km')", name=op.f("ck_networks_language")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_networks")),
        sa.UniqueConstraint("name_key", name=op.f("uq_networks_name_key")),
    )
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_networks_acronym"), ["acronym"], unique=False)
        batch_op.create_index(batch_op.f("ix_networks_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_networks_province"), ["province"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", consult.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('en', 'km')", name=op.f("ck_contacts_language")),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_contacts_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("network_id", "email", name=op.f("uq_contacts_network_id")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_network_id"), ["network_id"], unique=False)

    op.create_table(
        "network_sectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_sectors_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_sectors")),
        sa.UniqueConstraint("network_id", "name", name=op.f("uq_network_sectors_network_id")),
    )
    with op.batch_alter_table("network_sectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_sectors_name"), ["name"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("network_sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_sectors_name"))

    op.drop_table("network_sectors")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_network_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_networks_province"))
        batch_op.drop_index(batch_op.f("ix_networks_kind"))
        batch_op.drop_index(batch_op.f("ix_networks_acronym"))

    op.drop_table("networks")
    with op.batch_alter_table("domain_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_domain_events_type"))
        batch_op.drop_index(batch_op.f("ix_domain_events_dispatched_at"))

    op.drop_table("domain_events")
    op.drop_table("api_keys")
