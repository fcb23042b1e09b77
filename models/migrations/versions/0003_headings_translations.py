"""Document headings and code translations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "headings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name="span"),
        sa.CheckConstraint("level BETWEEN 1 AND 9", name="level"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_headings_document_id_start"), "headings", ["document_id", "start"])
    op.create_table(
        "code_translations",
        sa.Column(
            "code_id",
            sa.Integer(),
            sa.ForeignKey("codes.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code_id", "language"),
    )


def downgrade() -> None:
    op.drop_table("code_translations")
    op.drop_index(op.f("ix_headings_document_id_start"), table_name="headings")
    op.drop_table("headings")
