"""Saved queries and links between objects.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_queries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("guid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("direction", sa.String(20), nullable=False),
        sa.Column("color", sa.String(7), nullable=True),
        sa.Column("origin_guid", sa.String(36), nullable=False),
        sa.Column("target_guid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_links_origin_guid"), "links", ["origin_guid"])
    op.create_index(op.f("ix_links_target_guid"), "links", ["target_guid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_links_target_guid"), table_name="links")
    op.drop_index(op.f("ix_links_origin_guid"), table_name="links")
    op.drop_table("links")
    op.drop_table("saved_queries")
