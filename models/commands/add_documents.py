"""Adding documents: their text once, with speaker turns and headings, one or many at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError, check_span
from models.documents import Document, DocumentKind, Heading, SpeakerTurn


@dataclass(frozen=True)
class TurnSpan:
    """A speaker turn to store with a new document: code points ``[start, end)``."""

    start: int
    end: int
    speaker: str
    media_start_ms: int | None = None
    media_end_ms: int | None = None


@dataclass(frozen=True)
class HeadingSpan:
    """A heading to store with a new document: code points ``[start, end)`` at ``level`` 1–9."""

    start: int
    end: int
    level: int


@dataclass(frozen=True)
class NewDocument:
    """Everything a new document is stored with."""

    name: str
    text: str
    kind: DocumentKind = DocumentKind.OTHER
    turns: Sequence[TurnSpan] = ()
    source_name: str | None = None
    source_hash: str | None = None
    headings: Sequence[HeadingSpan] = field(default_factory=tuple)


def _check(document: NewDocument) -> None:
    if not document.name:
        raise CommandError("a document needs a name")
    if "\r" in document.text:
        raise CommandError(f"'{document.name}': text must use \\n line ends only")
    length = len(document.text)
    for turn in document.turns:
        check_span(
            turn.start, turn.end, length, f"'{document.name}': speaker turn of {turn.speaker}"
        )
    for heading in document.headings:
        check_span(heading.start, heading.end, length, f"'{document.name}': heading")
        if not 1 <= heading.level <= 9:
            raise CommandError(f"heading level {heading.level} is not between 1 and 9")


class AddDocuments(Command):
    """Store several new documents in one go; their ids are ``document_ids``, in order.

    The rows go in as a few bulk inserts, which is what makes importing a thousand
    transcripts fast.
    """

    def __init__(self, documents: Sequence[NewDocument]) -> None:
        self.documents = [
            NewDocument(
                d.name.strip(), d.text, d.kind, d.turns, d.source_name, d.source_hash, d.headings
            )
            for d in documents
        ]
        self.document_ids: list[int] = []

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        if len(self.documents) == 1:
            return f"Add document '{self.documents[0].name}'"
        return f"Add {len(self.documents)} documents"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a duplicate name, text with carriage returns, or spans outside the text."""
        names = [document.name for document in self.documents]
        for document in self.documents:
            _check(document)
        if len(set(names)) != len(names):
            twice = next(name for name in names if names.count(name) > 1)
            raise CommandError(f"the document name '{twice}' is given twice")
        taken: set[str] = set()
        for start in range(0, len(names), 500):
            query = select(Document.name).where(Document.name.in_(names[start : start + 500]))
            taken.update(tx.connection.execute(query).scalars())
        if taken:
            raise CommandError(f"a document called '{sorted(taken)[0]}' already exists")
        self.document_ids = tx.insert_many(
            Document,
            [
                {
                    "name": d.name,
                    "text": d.text,
                    "kind": d.kind,
                    "source_name": d.source_name,
                    "source_hash": d.source_hash,
                }
                for d in self.documents
            ],
        )
        pairs = list(zip(self.document_ids, self.documents, strict=True))
        tx.insert_many(
            SpeakerTurn,
            [
                {
                    "document_id": document_id,
                    "start": t.start,
                    "end": t.end,
                    "speaker": t.speaker,
                    "media_start_ms": t.media_start_ms,
                    "media_end_ms": t.media_end_ms,
                }
                for document_id, document in pairs
                for t in document.turns
            ],
        )
        tx.insert_many(
            Heading,
            [
                {"document_id": document_id, "start": h.start, "end": h.end, "level": h.level}
                for document_id, document in pairs
                for h in document.headings
            ],
        )


class AddDocument(Command):
    """Store a new document's text once, with its speaker turns; its id is ``document_id``."""

    def __init__(
        self,
        name: str,
        text: str,
        kind: DocumentKind = DocumentKind.OTHER,
        turns: Sequence[TurnSpan] = (),
        source_name: str | None = None,
        source_hash: str | None = None,
        headings: Sequence[HeadingSpan] = (),
    ) -> None:
        self._add = AddDocuments(
            [NewDocument(name, text, kind, tuple(turns), source_name, source_hash, tuple(headings))]
        )
        self.name = self._add.documents[0].name
        self.document_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return self._add.label

    def record(self, tx: ChangeRecorder) -> None:
        """Store the document (see :class:`AddDocuments` for what is refused)."""
        self._add.record(tx)
        self.document_id = self._add.document_ids[0]
