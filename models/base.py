"""The declarative base shared by every Tekstur table, and the column types they use."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

# Constraint names must be stable so that Alembic can alter them on SQLite (batch mode)
# and on PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time stored as naive UTC and always read back as an aware UTC datetime.

    SQLite has no time zones and PostgreSQL's ``timestamp`` keeps none either; storing UTC
    everywhere makes both dialects return identical values, which undo relies on.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC before it is stored."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Tekstur stores only time-zone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Mark a stored naive UTC datetime as UTC again."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """The current time, aware and in UTC, truncated to microseconds as databases store it."""
    return datetime.now(UTC)


def new_guid() -> str:
    """A new stable identifier in the lower-case form REFI-QDA exchange files use."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Base class of every mapped Tekstur table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
