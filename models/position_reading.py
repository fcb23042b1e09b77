"""What lies at a place in a document, read without writing: its annotations, the codings
that cover a position, and whether a passage already has a given coding.

The detail panel and the annotation dialog read through these. Positions are code points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from models.codes import Code, Coding
from models.commands import CodingSpan
from models.database import ProjectDatabase
from models.documents import Coder, Document
from models.memo_reading import code_paths, excerpt
from models.notes import Annotation


@dataclass(frozen=True)
class AnnotationRow:
    """An annotation with the text it is on."""

    id: int
    document_id: int
    start: int
    end: int
    text: str
    coder: str | None
    created_at: datetime
    excerpt: str


@dataclass(frozen=True)
class CodingAtRow:
    """A coding that covers a position: its code's path, its coder and its span."""

    coding_id: int
    document_id: int
    code_id: int
    code_path: str
    color: str
    coder: str
    start: int
    end: int
    excerpt: str


def annotation_rows(
    db: ProjectDatabase, document_id: int, position: int | None = None
) -> list[AnnotationRow]:
    """A document's annotations in text order; with ``position``, only those covering it."""
    query = (
        select(
            Annotation.id,
            Annotation.start,
            Annotation.end,
            Annotation.text,
            Coder.name.label("coder_name"),
            Annotation.created_at,
        )
        .outerjoin(Coder, Coder.id == Annotation.coder_id)
        .where(Annotation.document_id == document_id)
        .order_by(Annotation.start, Annotation.end, Annotation.id)
    )
    if position is not None:
        query = query.where(Annotation.start <= position, Annotation.end > position)
    with db.read() as connection:
        text = _document_text(connection, document_id)
        return [
            AnnotationRow(
                row.id,
                document_id,
                row.start,
                row.end,
                row.text,
                row.coder_name,
                row.created_at,
                excerpt(text, row.start, row.end),
            )
            for row in connection.execute(query)
        ]


def codings_at(db: ProjectDatabase, document_id: int, position: int) -> list[CodingAtRow]:
    """The codings of a document that cover code point ``position`` (``start <= position <
    end``), shortest first, so the most specific passage comes first."""
    query = (
        select(
            Coding.id,
            Coding.code_id,
            Code.color,
            Coder.name,
            Coding.start,
            Coding.end,
        )
        .join(Code, Code.id == Coding.code_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(Coding.document_id == document_id)
        .where(Coding.start <= position, Coding.end > position)
        .order_by(Coding.end - Coding.start, Coding.start, Coding.id)
    )
    with db.read() as connection:
        found = list(connection.execute(query))
        if not found:
            return []
        text = _document_text(connection, document_id)
        paths = code_paths(connection)
    return [
        CodingAtRow(
            row.id,
            document_id,
            row.code_id,
            paths.get(row.code_id, ""),
            row.color,
            row.name,
            row.start,
            row.end,
            excerpt(text, row.start, row.end),
        )
        for row in found
    ]


def has_coding(db: ProjectDatabase, span: CodingSpan) -> bool:
    """Whether the project already holds exactly this coding: the same document, code, coder,
    start and end (adding it again would change nothing)."""
    query = select(Coding.id).where(
        Coding.document_id == span.document_id,
        Coding.code_id == span.code_id,
        Coding.coder_id == span.coder_id,
        Coding.start == span.start,
        Coding.end == span.end,
    )
    with db.read() as connection:
        return connection.execute(query.limit(1)).first() is not None


def _document_text(connection: Connection, document_id: int) -> str:
    text = connection.execute(select(Document.text).where(Document.id == document_id)).scalar()
    return text or ""
