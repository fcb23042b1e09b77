"""Commands on documents and the coders and codings inside them.

Adding documents is in :mod:`models.commands.add_documents`; its names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from models.changes import ChangeRecorder
from models.codes import Coding
from models.commands.base import Command, CommandError, check_span
from models.documents import Coder, Document


@dataclass(frozen=True)
class CodingSpan:
    """A coding to add: code ``code_id`` by ``coder_id`` on ``[start, end)`` of a document."""

    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int


def document_length(tx: ChangeRecorder, document_id: int) -> int:
    """The length of a document's text in code points; CommandError if it does not exist."""
    length = tx.connection.execute(
        select(func.length(Document.text)).where(Document.id == document_id)
    ).scalar()
    if length is None:
        raise CommandError(f"document {document_id} does not exist")
    return int(length)


class RenameDocument(Command):
    """Give a document another name; the text is never touched."""

    def __init__(self, document_id: int, name: str) -> None:
        self.document_id, self.name = document_id, name.strip()

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Rename document to '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty or taken name."""
        document_length(tx, self.document_id)
        if not self.name:
            raise CommandError("a document needs a name")
        clash = tx.connection.execute(
            select(Document.id).where(Document.name == self.name)
        ).scalar()
        if clash not in (None, self.document_id):
            raise CommandError(f"a document called '{self.name}' already exists")
        tx.update(Document, self.document_id, name=self.name)


class DeleteDocument(Command):
    """Delete a document with its turns, codings, annotations and memos (undoable)."""

    def __init__(self, document_id: int) -> None:
        self.document_id = document_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Delete document"

    def record(self, tx: ChangeRecorder) -> None:
        """Delete through the recorder, which keeps every dependent row for undo."""
        document_length(tx, self.document_id)
        tx.delete(Document, [self.document_id])


class EnsureCoder(Command):
    """Find the coder called ``name``, creating them if new; the id is ``coder_id``."""

    def __init__(self, name: str) -> None:
        self.name = name.strip()
        self.coder_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Add coder '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty name."""
        if not self.name:
            raise CommandError("a coder needs a name")
        found = tx.connection.execute(select(Coder.id).where(Coder.name == self.name)).scalar()
        self.coder_id = found if found is not None else tx.insert(Coder, name=self.name)


class AddCodings(Command):
    """Add codings in one step (one or thousands); their ids are ``coding_ids`` afterwards.

    A coding identical to an existing one (same document, code, coder and span) is not added
    twice.
    """

    def __init__(self, spans: Sequence[CodingSpan], label: str | None = None) -> None:
        self.spans = list(spans)
        self._label = label
        self.coding_ids: list[int] = []

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return self._label or f"Add {len(self.spans)} coding(s)"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse spans outside their documents; skip exact duplicates."""
        lengths: dict[int, int] = {}
        rows = []
        seen: set[tuple[int, int, int, int, int]] = set()
        for span in self.spans:
            if span.document_id not in lengths:
                lengths[span.document_id] = document_length(tx, span.document_id)
            check_span(span.start, span.end, lengths[span.document_id], "coding")
            key = (span.document_id, span.code_id, span.coder_id, span.start, span.end)
            if key in seen or self._exists(tx, span):
                continue
            seen.add(key)
            rows.append(
                {
                    "document_id": span.document_id,
                    "code_id": span.code_id,
                    "coder_id": span.coder_id,
                    "start": span.start,
                    "end": span.end,
                }
            )
        self.coding_ids = tx.insert_many(Coding, rows)

    def _exists(self, tx: ChangeRecorder, span: CodingSpan) -> bool:
        if len(self.spans) > 50:
            # Bulk additions come from generated or imported material; the per-row lookup
            # would dominate their cost and duplicates are handled within the batch.
            return False
        found = tx.connection.execute(
            select(Coding.id).where(
                Coding.document_id == span.document_id,
                Coding.code_id == span.code_id,
                Coding.coder_id == span.coder_id,
                Coding.start == span.start,
                Coding.end == span.end,
            )
        )
        return found.first() is not None


class RemoveCodings(Command):
    """Remove codings (and memos on them); undo restores them with their ids."""

    def __init__(self, coding_ids: Sequence[int]) -> None:
        self.coding_ids = list(coding_ids)

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Remove {len(self.coding_ids)} coding(s)"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse when a coding is already gone."""
        if tx.delete(Coding, self.coding_ids) != len(set(self.coding_ids)):
            raise CommandError("some of these codings no longer exist")


class ResizeCoding(Command):
    """Move the start and end of one coding, e.g. to extend it to the current selection."""

    def __init__(self, coding_id: int, start: int, end: int) -> None:
        self.coding_id, self.start, self.end = coding_id, start, end

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Resize coding"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a span outside the document."""
        document_id = tx.connection.execute(
            select(Coding.document_id).where(Coding.id == self.coding_id)
        ).scalar()
        if document_id is None:
            raise CommandError(f"coding {self.coding_id} does not exist")
        check_span(self.start, self.end, document_length(tx, document_id), "coding")
        tx.update(Coding, self.coding_id, start=self.start, end=self.end)


class CodePassage(Command):
    """Code a passage with the code at ``path`` by the coder called ``coder``.

    Missing code levels and a new coder are created in the same step, so one undo removes
    all of it. ``added`` is False when that exact coding already existed.
    """

    def __init__(
        self, document_id: int, path: str, coder: str, start: int, end: int, document_name: str = ""
    ) -> None:
        self.document_id, self.path, self.coder = document_id, path, coder
        self.start, self.end, self.document_name = start, end, document_name
        self.added = False

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Code '{self.path}' in {self.document_name or self.document_id}"

    def record(self, tx: ChangeRecorder) -> None:
        """Check the span first, so a bad span creates neither code nor coder."""
        check_span(self.start, self.end, document_length(tx, self.document_id), "coding")
        from models.commands.codes import EnsureCodePath

        code, coder = EnsureCodePath(self.path), EnsureCoder(self.coder)
        code.record(tx)
        coder.record(tx)
        assert code.code_id is not None and coder.coder_id is not None
        add = AddCodings(
            [CodingSpan(self.document_id, code.code_id, coder.coder_id, self.start, self.end)]
        )
        add.record(tx)
        self.added = bool(add.coding_ids)
