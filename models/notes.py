"""Memos on project objects, annotations on text spans, and sets of items."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_guid, utcnow
from models.documents import SQLITE_NEVER_REUSE_IDS

MEMO_TARGETS = ("document_id", "code_id", "case_id", "coding_id")
SET_MEMBER_TARGETS = ("document_id", "case_id", "code_id")


def _count_set(columns: tuple[str, ...]) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns)


class Memo(Base):
    """A memo on the project (no target), or on one document, code, case or coding."""

    __tablename__ = "memos"
    __table_args__ = (
        CheckConstraint(f"{_count_set(MEMO_TARGETS)} <= 1", name="one_target"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), default=None, index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), default=None, index=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), default=None, index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), default=None, index=True
    )
    coding_id: Mapped[int | None] = mapped_column(
        ForeignKey("codings.id", ondelete="CASCADE"), default=None, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Annotation(Base):
    """A short note attached to the code points ``[start, end)`` of a document."""

    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), default=None, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ItemSet(Base):
    """A named, hand-picked group of documents, cases or codes (NVivo and REFI-QDA sets)."""

    __tablename__ = "sets"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SetMember(Base):
    """One document, case or code in a set."""

    __tablename__ = "set_members"
    __table_args__ = (
        CheckConstraint(f"{_count_set(SET_MEMBER_TARGETS)} = 1", name="one_member"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("sets.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), default=None, index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), default=None, index=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), default=None, index=True
    )
