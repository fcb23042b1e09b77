"""Merging another coder's work: the codings of another project, as one coder of this one.

The other project is a Tekstur project file (``.tekstur``, opened read-only) or a REFI-QDA
project (``.qdpx`` or ``.qde``) of the same documents, coded independently — the usual way to
get a second coder's work for a coding comparison.

- **Documents** are matched by their text: the SHA-256 of the stored text (UTF-8, ``\\n``
  line ends; a REFI-QDA source's text as Tekstur would store it) on both sides. A document of
  the other project whose text no document here has is reported by name and its codings are
  left out; names play no part. When several documents here have the same text, the first
  by name receives the codings.
- **Codes** are matched by path (names from the top level down); missing codes are created.
- **Codings**: every coding of the other project, whoever made it there, becomes a coding
  of ``coder_name`` here (exact duplicates once). When ``coder_name`` already has codings
  here the merge is refused, unless ``replace`` is True: then that coder's codings here are
  removed first, in the same step.

Everything is one command (:class:`models.commands.merge_codings.AddCodingsAsCoder`): one
undo step, and nothing is stored when anything fails.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models.codes import Code, Coding
from models.commands.base import CommandError, apply_command
from models.commands.merge_codings import AddCodingsAsCoder, IncomingCoding
from models.database import ProjectDatabase, ProjectError, open_project
from models.documents import Coder, Document
from models.progress import Progress, no_progress

REFI_SUFFIXES = (".qdpx", ".qde")


class MergeError(Exception):
    """The other project cannot be merged; ``str()`` names the file and why."""


@dataclass
class SourceDocument:
    """A document of the other project with its codings ``(code path, start, end)``."""

    name: str
    text: str
    codings: list[tuple[tuple[str, ...], int, int]] = field(default_factory=list)


@dataclass
class MergeSummary:
    """What a merge did: documents matched (names here) and not (names there), counts."""

    source: str
    coder: str
    documents_matched: list[str] = field(default_factory=list)
    documents_unmatched: list[str] = field(default_factory=list)
    codings_added: int = 0
    codings_removed: int = 0
    codes_created: int = 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "source": self.source,
            "coder": self.coder,
            "documents_matched": self.documents_matched,
            "documents_unmatched": self.documents_unmatched,
            "codings_added": self.codings_added,
            "codings_removed": self.codings_removed,
            "codes_created": self.codes_created,
        }


@dataclass
class PreparedMerge:
    """A merge read and matched, not yet applied: push ``command``, then :meth:`finished`."""

    command: AddCodingsAsCoder
    summary: MergeSummary

    def finished(self) -> MergeSummary:
        """The summary with the counts of the applied command."""
        self.summary.codings_added = self.command.codings_added
        self.summary.codings_removed = self.command.codings_removed
        self.summary.codes_created = self.command.codes_created
        return self.summary


def text_hash(text: str) -> str:
    """The SHA-256 of a document's stored text, as hex: how documents are matched."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_other_project(source: Path) -> list[SourceDocument]:
    """The documents and codings of a ``.tekstur`` or REFI-QDA project; MergeError if unreadable."""
    if source.suffix.lower() in REFI_SUFFIXES:
        return _read_exchange(source)
    try:
        other = open_project(source, read_only=True)
    except ProjectError as error:
        raise MergeError(f"{source.name}: {error}") from None
    try:
        with other.read() as connection:
            codes = {row.id: (row.parent_id, row.name) for row in connection.execute(
                select(Code.id, Code.parent_id, Code.name)
            )}  # fmt: skip
            documents = {
                row.id: SourceDocument(row.name, row.text)
                for row in connection.execute(select(Document.id, Document.name, Document.text))
            }
            for document_id, code_id, start, end in connection.execute(
                select(Coding.document_id, Coding.code_id, Coding.start, Coding.end)
            ):
                documents[document_id].codings.append((_path(codes, code_id), start, end))
    finally:
        other.close()
    return sorted(documents.values(), key=lambda d: d.name)


def _path(codes: dict[int, tuple[int | None, str]], code_id: int) -> tuple[str, ...]:
    names: list[str] = []
    current: int | None = code_id
    while current is not None:
        parent, name = codes[current]
        names.append(name)
        current = parent
    return tuple(reversed(names))


def _read_exchange(source: Path) -> list[SourceDocument]:
    from importers.refi.archive import open_exchange_file
    from importers.refi.exchange_model import ExchangeImportError
    from importers.refi.project_reader import read_exchange_project

    try:
        project = read_exchange_project(open_exchange_file(source))
    except ExchangeImportError as error:
        raise MergeError(str(error)) from None
    paths: dict[str, tuple[str, ...]] = {}
    for codes_path, code in _walk(project.codes):
        if code.guid is not None:
            paths[code.guid] = codes_path
    documents: list[SourceDocument] = []
    for exchange_source in project.sources:
        document = SourceDocument(exchange_source.name, exchange_source.text)
        for span in exchange_source.spans:
            for coding in span.codings:
                if coding.code_guid in paths:
                    document.codings.append((paths[coding.code_guid], span.start, span.end))
        documents.append(document)
    return sorted(documents, key=lambda d: d.name)


def _walk(codes: list[Any], above: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found: list[tuple[tuple[str, ...], Any]] = []
    for code in codes:
        path = (*above, code.name)
        found.append((path, code))
        found.extend(_walk(code.children, path))
    return found


def prepare_merge(
    db: ProjectDatabase,
    source: Path,
    coder_name: str,
    *,
    replace: bool = False,
    progress: Progress = no_progress,
) -> PreparedMerge:
    """Read ``source`` and match its documents to this project's, without changing anything."""
    if not coder_name.strip():
        raise MergeError("the imported codings need a coder name")
    if db.location.path is not None and source.resolve() == Path(db.location.path).resolve():
        raise MergeError(f"{source.name} is this project itself: choose the other coder's copy")
    progress(0, 3, f"Reading {source.name}")
    documents = read_other_project(source)
    progress(1, 3, "Matching documents by their text")
    here: dict[str, tuple[int, str]] = {}
    with db.read() as connection:
        rows = connection.execute(
            select(Document.id, Document.name, Document.text).order_by(Document.name)
        )
        for document_id, name, text in rows:
            here.setdefault(text_hash(text), (document_id, name))
    _check_coder(db, source, coder_name.strip(), replace)
    summary = MergeSummary(source.name, coder_name.strip())
    incoming: list[IncomingCoding] = []
    for document in documents:
        match = here.get(text_hash(document.text))
        if match is None:
            summary.documents_unmatched.append(document.name)
            continue
        summary.documents_matched.append(match[1])
        incoming.extend(IncomingCoding(match[0], *coding) for coding in document.codings)
    progress(2, 3, "Matched")
    command = AddCodingsAsCoder(
        coder_name,
        incoming,
        replace=replace,
        label=f"Import codings from {source.name} as '{coder_name.strip()}'",
    )
    return PreparedMerge(command, summary)


def _check_coder(db: ProjectDatabase, source: Path, coder_name: str, replace: bool) -> None:
    """Refuse early (the command checks again) when the coder already has codings here."""
    if replace:
        return
    with db.read() as connection:
        existing = connection.execute(
            select(func.count(Coding.id))
            .join(Coder, Coder.id == Coding.coder_id)
            .where(Coder.name == coder_name)
        ).scalar_one()
    if existing:
        raise MergeError(
            f"{source.name}: the coder '{coder_name}' already has {existing} coding(s) in this "
            "project; import under another coder name, or replace that coder's codings"
        )


def merge_codings(
    db: ProjectDatabase,
    source: Path,
    coder_name: str,
    *,
    replace: bool = False,
    progress: Progress = no_progress,
) -> MergeSummary:
    """Import the codings of ``source`` as ``coder_name`` in one command (see module doc)."""
    prepared = prepare_merge(db, source, coder_name, replace=replace, progress=progress)
    try:
        apply_command(db, prepared.command)
    except CommandError as error:
        raise MergeError(f"{source.name}: {error}") from None
    progress(3, 3, "Done")
    return prepared.finished()
