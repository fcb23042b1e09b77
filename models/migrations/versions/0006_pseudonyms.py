"""Pseudonymisation: the project's mapping of identifiers to replacements, and a record of
which documents were pseudonymised, when and by whom.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, length=20)


def upgrade() -> None:
    """Add the pseudonymisation tables."""
    op.create_table(
        "pseudonym_terms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("surface", sa.String(300), nullable=False, unique=True),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("replacement", sa.String(300), nullable=False),
        sa.Column("decision", _enum("accepted", "rejected"), nullable=False),
        sa.Column("origin", _enum("user", "found"), nullable=False),
        sa.Column("gender", sa.String(1), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("gender IS NULL OR gender IN ('f', 'm')", name="gender"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "pseudonymisations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("applied_by", sa.String(200), nullable=False),
        sa.Column("replacements", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_pseudonymisations_document_id"), "pseudonymisations", ["document_id"])


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_index(op.f("ix_pseudonymisations_document_id"), table_name="pseudonymisations")
    op.drop_table("pseudonymisations")
    op.drop_table("pseudonym_terms")
