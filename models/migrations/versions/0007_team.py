"""Team projects: a version on codes for optimistic checks when several people edit at once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Every existing code starts at version 1."""
    op.add_column(
        "codes", sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
    )


def downgrade() -> None:
    """Remove what upgrade added."""
    with op.batch_alter_table("codes") as batch:
        batch.drop_column("version")
