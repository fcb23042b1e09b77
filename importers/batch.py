"""Batch import of files and folders: read in parallel, store in groups, report every file.

One bad file never stops the others; a file already in the project (same bytes) is skipped
with a note; the report says what was imported, skipped and refused, and why. Cancelling (the
progress callback raises :class:`~models.progress.OperationCancelledError`) keeps what was
already stored and lists the rest as not imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from importers.formats import is_supported
from importers.name_pattern import NamePattern
from importers.prepare import PreparedFile, RefusedFile, prepare_file
from importers.store import DocumentToStore, StoreDocuments, guess_kind
from models.commands import Batch, Command, CommandError, Replay, apply_command
from models.database import ProjectDatabase
from models.documents import Document, DocumentKind
from models.progress import OperationCancelledError, Progress, no_progress

Status = Literal["imported", "skipped", "refused", "cancelled"]
Prepared = PreparedFile | str | RefusedFile
# Store after this many files or characters, whichever comes first: few transactions for
# speed, and a bounded amount of text in memory.
_GROUP_FILES, _GROUP_CHARACTERS = 100, 8_000_000
_PARALLEL_FROM = 8


@dataclass(frozen=True)
class ImportOptions:
    """How to import: the kind (None guesses it from the speakers) and document attributes."""

    kind: DocumentKind | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    name_pattern: NamePattern | None = None


@dataclass
class FileOutcome:
    """What happened to one file."""

    path: Path
    name: str
    status: Status
    message: str = ""
    characters: int = 0
    words: int = 0
    turns: int = 0
    speakers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready values (the CLI's ``--json``)."""
        return {
            "file": str(self.path),
            "name": self.name,
            "status": self.status,
            "message": self.message,
            "characters": self.characters,
            "turns": self.turns,
            "speakers": self.speakers,
        }


@dataclass
class ImportReport:
    """Every file's outcome, in the order given, and the commands that undo the import."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    undo: list[Replay] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: Status) -> int:
        """How many files ended with ``status``."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    def undo_command(self) -> Command | None:
        """One command that removes everything this import stored (None if nothing was)."""
        if not self.undo:
            return None
        return Batch(f"Undo import of {self.count('imported')} files", self.undo[::-1])


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each named file, and every supported file inside named folders.

    Hidden files and Office lock files (``~$…``) inside folders are left out.
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith((".", "~$")) for part in child.relative_to(path).parts)
            if child.is_file() and not hidden and is_supported(child):
                found.append(child)
    return list(dict.fromkeys(found))


def import_files(
    db: ProjectDatabase,
    paths: Sequence[Path],
    options: ImportOptions | None = None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Import ``paths`` (files and folders) into ``db``; see the module's description."""
    options = options or ImportOptions()
    files = collect_files(paths)
    with db.read() as connection:
        rows = connection.execute(select(Document.name, Document.source_hash)).all()
    names = {row.name for row in rows}
    by_hash = {row.source_hash: row.name for row in rows if row.source_hash}
    report = ImportReport()
    pending: list[tuple[FileOutcome, DocumentToStore]] = []
    progress(0, len(files), "")
    try:
        for done, (path, result) in enumerate(read_files(files, frozenset(by_hash)), start=1):
            outcome = _outcome(path, result, by_hash, names, options, pending)
            report.outcomes.append(outcome)
            if sum(len(d.prepared.transcript.text) for _, d in pending) > _GROUP_CHARACTERS or (
                len(pending) >= _GROUP_FILES
            ):
                _store(db, pending, report)
            progress(done, len(files), path.name)
        _store(db, pending, report)
    except OperationCancelledError:
        report.cancelled = True
        for outcome, _ in pending:
            outcome.status, outcome.message = "cancelled", "import cancelled before storing"
        listed = {outcome.path for outcome in report.outcomes}
        report.outcomes += [
            FileOutcome(path, path.stem, "cancelled", "import cancelled")
            for path in files
            if path not in listed
        ]
    return report


def read_files(
    files: list[Path],
    known: frozenset[str],
    read: Callable[..., Prepared] = prepare_file,
    workers: int | None = None,
) -> Iterator[tuple[Path, Prepared]]:
    """Each file with what reading it gave, in order; in reader processes for many files.

    When a reader process dies (out of memory, killed), the files not yet read are read again
    by a single reader process, one after another, so that a second death names the file
    that causes it: that file is refused and the rest are read.
    """
    work = partial(read, known_hashes=known)
    if workers is None and (len(files) < _PARALLEL_FROM or (os.cpu_count() or 1) < 2):
        yield from ((path, work(path)) for path in files)
        return
    executor: Executor = ProcessPoolExecutor(
        max_workers=workers or min(os.cpu_count() or 2, 4), mp_context=get_context("spawn")
    )
    done = 0
    try:
        # map() keeps the files' order; workers read ahead while this process stores.
        for result in executor.map(work, files, chunksize=1):
            yield files[done], result
            done += 1
    except BrokenProcessPool:
        rest = files[done:]
        if workers != 1:
            yield from read_files(rest, known, read, workers=1)
            return
        stopped = f"{rest[0].name}: the reader stopped while reading this file"
        yield rest[0], RefusedFile(rest[0], stopped)
        if rest[1:]:
            yield from read_files(rest[1:], known, read, workers=1)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _outcome(
    path: Path,
    result: Prepared,
    by_hash: dict[str, str],
    names: set[str],
    options: ImportOptions,
    pending: list[tuple[FileOutcome, DocumentToStore]],
) -> FileOutcome:
    if isinstance(result, RefusedFile):
        return FileOutcome(path, path.stem, "refused", result.reason)
    digest = result if isinstance(result, str) else result.source_hash
    if digest in by_hash:
        message = f"identical to '{by_hash[digest]}', already in the project"
        return FileOutcome(path, by_hash[digest], "skipped", message)
    assert isinstance(result, PreparedFile)
    notes = list(result.notes)
    attributes = dict(options.attributes)
    if options.name_pattern is not None:
        found = options.name_pattern.match(path.stem)
        if found is None:
            notes.append(f"the file name does not fit '{options.name_pattern.pattern}'")
        else:
            attributes.update(found)
    name = _free_name(path.stem, names)
    if name != path.stem:
        notes.append(f"named '{name}' because '{path.stem}' is taken")
    names.add(name)
    by_hash[digest] = name
    transcript = result.transcript
    kind = options.kind or guess_kind(len(transcript.speakers))
    if result.encoding and not result.encoding.casefold().startswith("utf-8"):
        notes.append(f"read as {result.encoding}")
    outcome = FileOutcome(
        path,
        name,
        "imported",
        "; ".join(notes),
        len(transcript.text),
        result.words,
        len(transcript.turns),
        transcript.speakers,
    )
    pending.append((outcome, DocumentToStore(result, name, kind, attributes)))
    return outcome


def _free_name(stem: str, taken: set[str]) -> str:
    name, number = stem.strip() or "Uden navn", 2
    while name in taken:
        name = f"{stem.strip()} ({number})"
        number += 1
    return name


def _store(
    db: ProjectDatabase,
    pending: list[tuple[FileOutcome, DocumentToStore]],
    report: ImportReport,
) -> None:
    """Store the pending documents in one transaction, or one by one if that fails."""
    if not pending:
        return
    try:
        report.undo.append(apply_command(db, StoreDocuments([d for _, d in pending])))
    except CommandError:
        for outcome, document in pending:
            try:
                report.undo.append(apply_command(db, StoreDocuments([document])))
            except CommandError as error:
                outcome.status, outcome.message = "refused", f"{outcome.path.name}: {error}"
    pending.clear()
