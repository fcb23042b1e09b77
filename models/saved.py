"""Things a project keeps beside its data: saved queries and links between objects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_guid, utcnow
from models.documents import SQLITE_NEVER_REUSE_IDS


class SavedQuery(Base):
    """A named query with its options, run again on the project's current data when opened.

    ``kind`` names the query (``matrix``, ``frequencies``, ``words`` …) and ``options`` holds
    its options as JSON, in the form the query's own options type reads and writes.
    """

    __tablename__ = "saved_queries"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    options: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Link(Base):
    """A named relation between two objects, kept by GUID (REFI-QDA ``<Link>``).

    Either end may be any object with a GUID (code, document, case, coding, memo …) or an
    object Tekstur does not hold; the GUIDs are kept as they came so an export hands the link
    back unchanged.
    """

    __tablename__ = "links"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), default=new_guid, unique=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    direction: Mapped[str] = mapped_column(String(20), default="OneWay")
    color: Mapped[str | None] = mapped_column(String(7), default=None)
    origin_guid: Mapped[str] = mapped_column(String(36), index=True)
    target_guid: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
