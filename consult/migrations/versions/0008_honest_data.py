"""Honest data: reminders come from the mail ledger; a round's calendar event is a real key.

invitations.reminders_sent and last_reminded_at were never written, yet served (staff saw
0): the invitations listing now counts sent `reminder:{round}:{contact}:…` mail, so the
columns go. rounds.event_id gets a foreign key to the calendar (events.id, SET NULL when
the event is deleted); a round pointing at no event is set to NULL first, so the key can
be added over existing data. The downgrade drops the key and brings back the columns (0 and
NULL, as they always were).

Two JSON lists of ids, filtered in Python, become relations the database keeps:

- events.round_ids said again, from the event's side, what rounds.event_id says (a round
  has one calendar event, an event any number of rounds), and the two could disagree. The
  list goes; the API's `round_ids` is read from and written to rounds.event_id. A listed
  round with no event of its own takes the first event (by id) that lists it; a round
  that already names an event keeps it. Ids of rounds that do not exist are dropped.
- followups.network_ids becomes the followup_networks table (followup, network, position
  keeping the order), with foreign keys; an id listed twice keeps its first place, and
  ids of networks that do not exist are dropped.

The downgrade rebuilds both lists from the relations (an event's rounds in id order).

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


events = sa.table(
    "events", sa.column("id", sa.Integer), sa.column("round_ids", consult.db.JSONDocument)
)
rounds = sa.table("rounds", sa.column("id", sa.Integer), sa.column("event_id", sa.Integer))
networks = sa.table("networks", sa.column("id", sa.Integer))
followups = sa.table(
    "followups", sa.column("id", sa.Integer), sa.column("network_ids", consult.db.JSONDocument)
)
followup_networks = sa.table(
    "followup_networks",
    sa.column("followup_id", sa.Integer),
    sa.column("network_id", sa.Integer),
    sa.column("position", sa.Integer),
)


def upgrade() -> None:
    op.execute(
        "UPDATE rounds SET event_id = NULL WHERE event_id IS NOT NULL "
        "AND event_id NOT IN (SELECT id FROM events)"
    )
    _rounds_name_their_event()
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("round_ids")
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

    op.create_table(
        "followup_networks",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_followup_networks_followup_id_followups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"], ["networks.id"], name=op.f("fk_followup_networks_network_id_networks")
        ),
        sa.PrimaryKeyConstraint("followup_id", "network_id", name=op.f("pk_followup_networks")),
    )
    with op.batch_alter_table("followup_networks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_networks_network_id"), ["network_id"], unique=False
        )
    _copy_followup_networks()
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_column("network_ids")


def _rounds_name_their_event() -> None:
    connection = op.get_bind()
    unlinked = {
        round_id
        for round_id, event_id in connection.execute(sa.select(rounds.c.id, rounds.c.event_id))
        if event_id is None
    }
    for event_id, round_ids in connection.execute(
        sa.select(events.c.id, events.c.round_ids).order_by(events.c.id)
    ):
        taken = [round_id for round_id in round_ids or [] if round_id in unlinked]
        if taken:
            connection.execute(
                rounds.update().where(rounds.c.id.in_(taken)).values(event_id=event_id)
            )
            unlinked -= set(taken)


def _copy_followup_networks() -> None:
    connection = op.get_bind()
    known = set(connection.scalars(sa.select(networks.c.id)))
    rows = [
        {"followup_id": followup_id, "network_id": network_id, "position": position}
        for followup_id, network_ids in connection.execute(
            sa.select(followups.c.id, followups.c.network_ids)
        )
        for position, network_id in enumerate(
            dict.fromkeys(i for i in network_ids or [] if i in known)
        )
    ]
    if rows:
        connection.execute(followup_networks.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("network_ids", consult.db.JSONDocument, nullable=False, server_default="[]")
        )
    connection = op.get_bind()
    addressed: dict[int, list[int]] = {}
    for followup_id, network_id in connection.execute(
        sa.select(followup_networks.c.followup_id, followup_networks.c.network_id).order_by(
            followup_networks.c.followup_id, followup_networks.c.position
        )
    ):
        addressed.setdefault(followup_id, []).append(network_id)
    for followup_id, network_ids in addressed.items():
        connection.execute(
            followups.update().where(followups.c.id == followup_id).values(network_ids=network_ids)
        )
    op.drop_table("followup_networks")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("round_ids", consult.db.JSONDocument, nullable=False, server_default="[]")
        )
    linked: dict[int, list[int]] = {}
    for round_id, event_id in connection.execute(
        sa.select(rounds.c.id, rounds.c.event_id)
        .where(rounds.c.event_id.is_not(None))
        .order_by(rounds.c.id)
    ):
        linked.setdefault(event_id, []).append(round_id)
    for event_id, round_ids in linked.items():
        connection.execute(
            events.update().where(events.c.id == event_id).values(round_ids=round_ids)
        )
    if connection.dialect.name != "sqlite":  # 0004 made the lists with no default
        for table, column in (("followups", "network_ids"), ("events", "round_ids")):
            op.alter_column(table, column, server_default=None)

    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminders_sent", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("last_reminded_at", consult.db.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("rounds", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_rounds_event_id_events"), type_="foreignkey")
