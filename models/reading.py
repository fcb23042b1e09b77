"""Read-only views of a project that the window and the command line share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.cases import Case
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Document, Heading, SpeakerTurn


@dataclass(frozen=True)
class DocumentRow:
    """A document as a list shows it."""

    id: int
    name: str
    codings: int


@dataclass(frozen=True)
class CodedSpan:
    """One coding of a document, with what is needed to draw it."""

    coding_id: int
    start: int
    end: int
    code_id: int
    color: str


def document_rows(db: ProjectDatabase) -> list[DocumentRow]:
    """Every document with its number of codings, ordered by name."""
    query = (
        select(Document.id, Document.name, func.count(Coding.id))
        .outerjoin(Coding, Coding.document_id == Document.id)
        .group_by(Document.id, Document.name)
        .order_by(Document.name)
    )
    with db.read() as connection:
        return [DocumentRow(*row) for row in connection.execute(query)]


def coded_spans(db: ProjectDatabase, document_id: int) -> list[CodedSpan]:
    """The codings of one document in text order, each with its code's colour."""
    query = (
        select(Coding.id, Coding.start, Coding.end, Coding.code_id, Code.color)
        .join(Code, Code.id == Coding.code_id)
        .where(Coding.document_id == document_id)
        .order_by(Coding.start, Coding.end, Coding.id)
    )
    with db.read() as connection:
        return [CodedSpan(*row) for row in connection.execute(query)]


def document_text(db: ProjectDatabase, document_id: int) -> tuple[str, list[SpeakerTurnRow]]:
    """A document's text and its speaker turns in text order."""
    with db.read() as connection:
        text = connection.execute(
            select(Document.text).where(Document.id == document_id)
        ).scalar_one()
        turns = connection.execute(
            select(SpeakerTurn.start, SpeakerTurn.end, SpeakerTurn.speaker)
            .where(SpeakerTurn.document_id == document_id)
            .order_by(SpeakerTurn.start)
        )
        return text, [SpeakerTurnRow(*row) for row in turns]


@dataclass(frozen=True)
class SpeakerTurnRow:
    """A speaker turn as a view needs it."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class SpeakerRow:
    """A speaker label as it occurs in a document, and the case its turns count for."""

    speaker: str
    document: str
    turns: int
    case: str | None


def speaker_rows(db: ProjectDatabase) -> list[SpeakerRow]:
    """Every (speaker, document) pair with its number of turns and linked case.

    When a speaker's turns in one document are linked to different cases, each case gets its
    own row.
    """
    query = (
        select(SpeakerTurn.speaker, Document.name, func.count(SpeakerTurn.id), Case.name)
        .join(Document, Document.id == SpeakerTurn.document_id)
        .outerjoin(Case, Case.id == SpeakerTurn.case_id)
        .group_by(SpeakerTurn.speaker, Document.name, Case.name)
        .order_by(SpeakerTurn.speaker, Document.name, Case.name)
    )
    with db.read() as connection:
        return [SpeakerRow(*row) for row in connection.execute(query)]


@dataclass(frozen=True)
class HeadingRow:
    """A heading inside a document, as a view needs it."""

    start: int
    end: int
    level: int


def document_headings(db: ProjectDatabase, document_id: int) -> list[HeadingRow]:
    """The headings of one document in text order."""
    query = (
        select(Heading.start, Heading.end, Heading.level)
        .where(Heading.document_id == document_id)
        .order_by(Heading.start)
    )
    with db.read() as connection:
        return [HeadingRow(*row) for row in connection.execute(query)]
