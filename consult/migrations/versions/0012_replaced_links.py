"""Remember the link a re-issue replaced.

invitations.replaced_token_hash keeps the hash of a network's previous link, so whoever
opens it is told a new link was sent to the network's contacts instead of "not found".

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("invitations", sa.Column("replaced_token_hash", sa.String(64), nullable=True))
    op.create_index(
        op.f("ix_invitations_replaced_token_hash"), "invitations", ["replaced_token_hash"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_invitations_replaced_token_hash"), table_name="invitations")
    op.drop_column("invitations", "replaced_token_hash")
