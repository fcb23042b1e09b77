"""Cases (units of analysis) and the typed attributes that describe cases and documents."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_guid, utcnow
from models.documents import SQLITE_NEVER_REUSE_IDS


class Case(Base):
    """A unit of analysis: a participant, a citizen's case file, a department."""

    __tablename__ = "cases"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttributeType(StrEnum):
    """The type of an attribute's values; it decides which value column is used."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"


class AttributeTarget(StrEnum):
    """What an attribute describes."""

    CASE = "case"
    DOCUMENT = "document"


def _string_enum(enum: type[StrEnum]) -> Enum:
    return Enum(enum, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class AttributeDefinition(Base):
    """A named, typed attribute such as ``Rolle`` or ``Runde``, for cases or for documents."""

    __tablename__ = "attributes"
    __table_args__ = (UniqueConstraint("name", "target"), SQLITE_NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[AttributeType] = mapped_column(_string_enum(AttributeType))
    target: Mapped[AttributeTarget] = mapped_column(_string_enum(AttributeTarget))
    position: Mapped[int] = mapped_column(default=0)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    exchange_type: Mapped[str | None] = mapped_column(String(20), default=None)
    """The REFI-QDA variable type when it says more than ``type`` (``Integer``, ``Float``,
    ``DateTime`` …); a DateTime is kept as ISO text so that nothing of it is lost."""


# Which column of AttributeValue holds a value of each attribute type.
VALUE_COLUMNS = {
    AttributeType.TEXT: "value_text",
    AttributeType.NUMBER: "value_number",
    AttributeType.DATE: "value_date",
    AttributeType.BOOLEAN: "value_bool",
}


class AttributeValue(Base):
    """One attribute's value for one case or one document.

    Exactly one of the value columns is filled, the one that matches the attribute's type, so
    that queries compare numbers as numbers and dates as dates.
    """

    __tablename__ = "attribute_values"
    __table_args__ = (
        CheckConstraint(
            "(case_id IS NULL AND document_id IS NOT NULL)"
            " OR (case_id IS NOT NULL AND document_id IS NULL)",
            name="one_owner",
        ),
        UniqueConstraint("attribute_id", "case_id"),
        UniqueConstraint("attribute_id", "document_id"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attributes.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), default=None, index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), default=None, index=True
    )
    value_text: Mapped[str | None] = mapped_column(Text, default=None)
    value_number: Mapped[float | None] = mapped_column(default=None)
    value_date: Mapped[date | None] = mapped_column(default=None)
    value_bool: Mapped[bool | None] = mapped_column(default=None)
