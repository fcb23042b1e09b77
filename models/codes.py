"""Codes, the codebooks that group them, and the codings that apply them to text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, new_guid, utcnow
from models.documents import SQLITE_NEVER_REUSE_IDS

DEFAULT_CODE_COLOR = "#7f8c8d"


class Code(Base):
    """A node in the code hierarchy, with a colour and a description.

    The description holds the definition, when to use the code and when not, and an example.
    ``position`` orders a code among its siblings.
    """

    __tablename__ = "codes"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), default=None, index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    color: Mapped[str] = mapped_column(String(7), default=DEFAULT_CODE_COLOR)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    is_codable: Mapped[bool] = mapped_column(default=True)
    """False for a folder that only groups codes (REFI-QDA ``isCodable="false"``)."""
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    """Goes up with every rename, move or merge, so a change based on an older view is refused."""

    children: Mapped[list[Code]] = relationship(
        order_by="Code.position", passive_deletes=True, back_populates="parent"
    )
    parent: Mapped[Code | None] = relationship(back_populates="children", remote_side=[id])


class Codebook(Base):
    """A named set of codes that can be shipped, exchanged as REFI-QDA ``.qdc`` and exported."""

    __tablename__ = "codebooks"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CodebookCode(Base):
    """Membership of a code in a codebook."""

    __tablename__ = "codebook_codes"

    codebook_id: Mapped[int] = mapped_column(
        ForeignKey("codebooks.id", ondelete="CASCADE"), primary_key=True
    )
    code_id: Mapped[int] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Coding(Base):
    """One code applied by one coder to the code points ``[start, end)`` of a document."""

    __tablename__ = "codings"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        Index(None, "document_id", "start"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    selection_guid: Mapped[str | None] = mapped_column(String(36), default=None)
    """The REFI-QDA selection this coding came from; codings of one span may share it."""


class CodeTranslation(Base):
    """A code's name and description in another language (REFI-QDA keeps only one).

    The code's own ``name`` and ``description`` are in the project's language; an export can
    choose a translation instead.
    """

    __tablename__ = "code_translations"

    code_id: Mapped[int] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
