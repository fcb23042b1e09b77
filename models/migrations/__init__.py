"""Alembic migrations of the Tekstur schema."""
