"""Alembic environment: Tekstur always hands in an open connection inside a transaction."""

from alembic import context
from sqlalchemy.engine import Connection

from models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("Tekstur migrations run through models.database, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
