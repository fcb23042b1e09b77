"""Pseudonymisation: the project's one mapping from identifiers to replacements, and a record
of each document rewritten with it.

The mapping (``pseudonym_terms``) holds the surface text as it stands in the documents
(``Tove Hansen``), its category (``person``, ``cpr`` … as detection names them), the
replacement (``Karen Holm``, ``[CPR]``) and whether the researcher accepted or rejected it.
Only accepted terms are applied. A ``pseudonymisations`` row records that a document was
rewritten: when, by whom, how many replacements, and which terms by id and replacement; it
never holds the surface texts, so a project shared without its mapping leaks none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Connection, Enum, ForeignKey, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow
from models.documents import SQLITE_NEVER_REUSE_IDS


class TermDecision(StrEnum):
    """Whether a term is replaced (accepted) or deliberately left as it is (rejected)."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


class TermOrigin(StrEnum):
    """Who put a term in the mapping: the researcher, or detection that the researcher kept."""

    USER = "user"
    FOUND = "found"


def _string_enum(enum: type[StrEnum]) -> Enum:
    return Enum(enum, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class PseudonymTerm(Base):
    """One entry of the project's mapping: ``surface`` is replaced by ``replacement``.

    ``gender`` is ``f``, ``m`` or None, kept so a replacement name can match the original's.
    """

    __tablename__ = "pseudonym_terms"
    __table_args__ = (
        CheckConstraint("gender IS NULL OR gender IN ('f', 'm')", name="gender"),
        SQLITE_NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    surface: Mapped[str] = mapped_column(String(300), unique=True)
    category: Mapped[str] = mapped_column(String(20))
    replacement: Mapped[str] = mapped_column(String(300))
    decision: Mapped[TermDecision] = mapped_column(
        _string_enum(TermDecision), default=TermDecision.ACCEPTED
    )
    origin: Mapped[TermOrigin] = mapped_column(_string_enum(TermOrigin), default=TermOrigin.USER)
    gender: Mapped[str | None] = mapped_column(String(1), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Pseudonymisation(Base):
    """A document rewritten with the mapping: when, by whom and with how many replacements.

    ``terms`` is JSON: a list of ``{"term_id", "replacement", "count"}``, without the surface
    texts.
    """

    __tablename__ = "pseudonymisations"
    __table_args__ = (SQLITE_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_by: Mapped[str] = mapped_column(String(200))
    replacements: Mapped[int]
    terms: Mapped[str] = mapped_column(Text, default="[]")


@dataclass(frozen=True)
class TermSpec:
    """A mapping entry as it is written, read from a key file or shown for review."""

    surface: str
    replacement: str
    category: str
    decision: TermDecision = TermDecision.ACCEPTED
    origin: TermOrigin = TermOrigin.USER
    gender: str | None = None


def read_terms(connection: Connection) -> list[TermSpec]:
    """The project's mapping, ordered by surface text."""
    t = PseudonymTerm
    query = select(t.surface, t.replacement, t.category, t.decision, t.origin, t.gender)
    return [TermSpec(*row) for row in connection.execute(query.order_by(t.surface))]


def accepted_terms(connection: Connection) -> dict[str, str]:
    """Accepted surface texts and their replacements."""
    query = select(PseudonymTerm.surface, PseudonymTerm.replacement).where(
        PseudonymTerm.decision == TermDecision.ACCEPTED
    )
    return {row.surface: row.replacement for row in connection.execute(query)}


def text_revision(connection: Connection, document_id: int) -> tuple[int, int]:
    """Changes whenever a document's text is rewritten or the rewrite is undone.

    Tekstur changes a document's text only by pseudonymising it, which adds a
    ``pseudonymisations`` row in the same transaction (and undo removes it), so the number
    and the highest id of those rows tell a view when to read the text again.
    """
    count, highest = connection.execute(
        select(func.count(Pseudonymisation.id), func.max(Pseudonymisation.id)).where(
            Pseudonymisation.document_id == document_id
        )
    ).one()
    return int(count), int(highest or 0)
