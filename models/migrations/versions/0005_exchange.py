"""What REFI-QDA exchange keeps: codable codes, document descriptions, typed variables with
GUIDs, and the selection each coding came from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "codes", sa.Column("is_codable", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column(
        "documents", sa.Column("description", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("codings", sa.Column("selection_guid", sa.String(36), nullable=True))
    op.add_column("attributes", sa.Column("guid", sa.String(36), nullable=True))
    op.add_column(
        "attributes", sa.Column("description", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("attributes", sa.Column("exchange_type", sa.String(20), nullable=True))
    connection = op.get_bind()
    attributes = sa.table("attributes", sa.column("id", sa.Integer()), sa.column("guid"))
    for (attribute_id,) in connection.execute(sa.select(attributes.c.id)).all():
        connection.execute(
            attributes.update()
            .where(attributes.c.id == attribute_id)
            .values(guid=str(uuid.uuid4()))
        )
    with op.batch_alter_table("attributes") as batch:
        batch.alter_column("guid", existing_type=sa.String(36), nullable=False)
    op.create_index(op.f("ix_attributes_guid"), "attributes", ["guid"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_attributes_guid"), table_name="attributes")
    with op.batch_alter_table("attributes") as batch:
        batch.drop_column("exchange_type")
        batch.drop_column("description")
        batch.drop_column("guid")
    with op.batch_alter_table("codings") as batch:
        batch.drop_column("selection_guid")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("description")
    with op.batch_alter_table("codes") as batch:
        batch.drop_column("is_codable")
