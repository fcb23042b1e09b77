"""The project itself, its coders, its documents and the speaker turns inside them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, new_guid, utcnow

SQLITE_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Project(Base):
    """The one row that names a project and when it was made."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Coder(Base):
    """A person (or a program) who codes; REFI-QDA calls this a user."""

    __tablename__ = "coders"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DocumentKind(StrEnum):
    """What sort of material a document is."""

    FOCUS_GROUP = "focus-group"
    INTERVIEW = "interview"
    JOURNAL = "journal"
    NOTE = "note"
    OTHER = "other"


class Document(Base):
    """Imported text, stored once with ``\\n`` line ends and never silently changed.

    Every position into it is a Unicode code point offset (start inclusive, end exclusive).
    """

    __tablename__ = "documents"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[DocumentKind] = mapped_column(
        Enum(
            DocumentKind,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=DocumentKind.OTHER,
    )
    text: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(String(500), default=None)
    source_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), default=None, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")

    turns: Mapped[list[SpeakerTurn]] = relationship(
        back_populates="document", order_by="SpeakerTurn.start", passive_deletes=True
    )


class SpeakerTurn(Base):
    """A span of a transcript spoken by one speaker, optionally linked to the case who spoke."""

    __tablename__ = "speaker_turns"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        Index(None, "document_id", "start"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int]
    end: Mapped[int]
    speaker: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), default=None, index=True
    )
    media_start_ms: Mapped[int | None] = mapped_column(default=None)
    media_end_ms: Mapped[int | None] = mapped_column(default=None)

    document: Mapped[Document] = relationship(back_populates="turns")


class Heading(Base):
    """A heading inside a document (from a Word heading style or a journal entry's date line).

    ``level`` is 1 for the top level, as in Word's "Heading 1".
    """

    __tablename__ = "headings"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level"),
        Index(None, "document_id", "start"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int]
    end: Mapped[int]
    level: Mapped[int]
