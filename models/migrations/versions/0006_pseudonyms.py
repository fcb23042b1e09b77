"""Pseudonymisation: the project's mapping of identifiers to replacements, and a record of
which documents were pseudonymised, when and by whom.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the pseudonymisation tables."""


def downgrade() -> None:
    """Remove what upgrade added."""
