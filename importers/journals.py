"""Case journals from the municipal case system's exports (``.xlsx`` or ``.csv``).

Each row is one journal entry; columns are recognised by their Danish or English names (case
id, date, author, entry text, optional title and type). Every case gets one document of kind
journal, ``Journal <case id>``, with its entries in date order (rows of the same date keep
their order in the file). Each entry starts with a heading line such as
``12.03.2018 — Mette Hansen — Opfølgning``, stored as a heading, followed by the entry's text
as written (line ends become ``\\n``). The case is created if missing and linked to the
document. The whole file is one :class:`ImportJournals` command, one undo step.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from importers.attribute_types import parse_moment
from importers.encoding import normalise_line_ends
from importers.result import ImportRefusedError
from importers.spreadsheet import CellValue, Table, cell_text, read_table
from models.cases import Case
from models.changes import ChangeRecorder
from models.commands.add_documents import AddDocument, HeadingSpan
from models.commands.base import Command
from models.commands.cases import CreateCase, LinkDocumentToCase
from models.documents import Document, DocumentKind

HEADING_DATE_FORMAT = "%d.%m.%Y"
"""How an entry's date is written in its heading (Danish: 12.03.2018)."""
HEADING_SEPARATOR = " — "
ENTRY_HEADING_LEVEL = 2
DOCUMENT_NAME = "Journal {case}"
ENTRY_SEPARATOR = "\n\n"

COLUMNS = {
    "case": ("sagsnr", "sagsid", "sagsnummer", "sag", "case", "caseid", "casenumber", "borger"),
    "date": ("dato", "date", "notatdato", "journaldato", "oprettet", "created"),
    "author": ("forfatter", "sagsbehandler", "author", "oprettetaf", "medarbejder", "skrevetaf"),
    "text": ("notat", "tekst", "journalnotat", "text", "note", "notattekst", "indhold"),
    "title": ("titel", "title", "overskrift", "emne", "subject"),
    "type": ("type", "notattype", "kategori", "category"),
}
"""The column names recognised for each part of an entry, without spaces, dashes or case."""
REQUIRED = {"case": "Sagsnr", "date": "Dato", "text": "Notat"}


@dataclass(frozen=True)
class JournalEntry:
    """One row of the export."""

    row: int
    moment: date | datetime
    author: str
    title: str
    kind: str
    text: str

    @property
    def heading(self) -> str:
        """The entry's heading line: date, then author, type and title where given."""
        parts = [self.moment.strftime(HEADING_DATE_FORMAT), self.author, self.kind, self.title]
        return HEADING_SEPARATOR.join(part for part in parts if part)


@dataclass(frozen=True)
class JournalDocument:
    """One case's journal, ready to store."""

    name: str
    case: str
    text: str
    headings: tuple[HeadingSpan, ...]
    entries: int


@dataclass(frozen=True)
class JournalOutcome:
    """What became of one journal: ``status`` is imported, skipped or refused."""

    name: str
    status: str
    message: str
    characters: int
    entries: int

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return asdict(self)


def read_journals(path: str | Path, sheet: str | None = None) -> list[JournalDocument]:
    """One document per case from the export in ``path``, cases in order of first appearance.

    Refuses (ImportRefusedError) a file without case id, date or text column, and a row
    without a case id or date or with a date that cannot be read, naming the row.
    """
    table = read_table(path, sheet)
    columns = _columns(table)
    by_case: dict[str, list[JournalEntry]] = {}
    for row in table.rows:

        def cell(part: str, cells: tuple[CellValue, ...] = row.cells) -> CellValue:
            index = columns.get(part)
            return None if index is None else cells[index]

        case = _one_line(cell("case"))
        where = f"{table.name}, row {row.number}"
        if not case:
            raise ImportRefusedError(f"{where}: no case id in '{table.header[columns['case']]}'")
        raw_date = cell("date")
        if raw_date is None:
            raise ImportRefusedError(f"{where}: no date in '{table.header[columns['date']]}'")
        moment = parse_moment(raw_date)
        if moment is None:
            raise ImportRefusedError(f"{where}: {cell_text(raw_date)!r} is not a date")
        raw_text = cell("text")
        text = normalise_line_ends(raw_text if isinstance(raw_text, str) else cell_text(raw_text))
        entry = JournalEntry(
            row.number,
            moment,
            _one_line(cell("author")),
            _one_line(cell("title")),
            _one_line(cell("type")),
            text,
        )
        by_case.setdefault(case, []).append(entry)
    if not by_case:
        raise ImportRefusedError(f"{table.name}: there are no journal entries below the header")
    return [_document(case, entries) for case, entries in by_case.items()]


def plan_journals(path: str | Path, sheet: str | None = None) -> ImportJournals:
    """The command that imports the journal export in ``path``."""
    documents = read_journals(path, sheet)
    digest = hashlib.sha256()
    with Path(path).open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return ImportJournals(Path(path).name, documents, digest.hexdigest())


class ImportJournals(Command):
    """Store every case's journal, creating and linking cases, in one undo step.

    A journal whose name is taken by an identical document is skipped; by a different one,
    refused (the others are still imported). ``outcomes`` lists what became of each.
    """

    def __init__(
        self, file_name: str, documents: Sequence[JournalDocument], source_hash: str | None = None
    ) -> None:
        self.file_name, self.documents, self.source_hash = file_name, list(documents), source_hash
        self.outcomes: list[JournalOutcome] = []
        self.cases_created = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Import case journals from {self.file_name}"

    def record(self, tx: ChangeRecorder) -> None:
        """Add each journal that is new, with its headings and its case link."""
        self.outcomes, self.cases_created = [], 0
        for journal in self.documents:
            found = tx.connection.execute(
                select(Document.text).where(Document.name == journal.name)
            ).first()
            if found is not None:
                same = found.text == journal.text
                status = "skipped" if same else "refused"
                message = (
                    "already imported"
                    if same
                    else f"a different document called '{journal.name}' already exists"
                )
                self.outcomes.append(
                    JournalOutcome(
                        journal.name, status, message, len(journal.text), journal.entries
                    )
                )
                continue
            add = AddDocument(
                journal.name,
                journal.text,
                DocumentKind.JOURNAL,
                source_name=self.file_name,
                source_hash=self.source_hash,
                headings=journal.headings,
            )
            add.record(tx)
            assert add.document_id is not None
            LinkDocumentToCase(add.document_id, self._case(tx, journal.case)).record(tx)
            entries = "1 entry" if journal.entries == 1 else f"{journal.entries} entries"
            message = f"{entries} for case '{journal.case}'"
            self.outcomes.append(
                JournalOutcome(
                    journal.name, "imported", message, len(journal.text), journal.entries
                )
            )

    def _case(self, tx: ChangeRecorder, name: str) -> int:
        found = tx.connection.execute(select(Case.id).where(Case.name == name)).scalar()
        if found is not None:
            return int(found)
        create = CreateCase(name)
        create.record(tx)
        assert create.case_id is not None
        self.cases_created += 1
        return create.case_id


def _key(name: str) -> str:
    return re.sub(r"[\s_\-.:#]", "", name.casefold())


def _columns(table: Table) -> dict[str, int]:
    found: dict[str, int] = {}
    keys = [_key(name) for name in table.header]
    for part, names in COLUMNS.items():
        for candidate in names:
            if candidate in keys and keys.index(candidate) not in found.values():
                found[part] = keys.index(candidate)
                break
    for part, example in REQUIRED.items():
        if part not in found:
            expected = ", ".join(COLUMNS[part][:4])
            raise ImportRefusedError(
                f"{table.name}: no {part} column such as '{example}'"
                f" (looked for {expected}; found {', '.join(table.header)})"
            )
    return found


def _one_line(value: CellValue) -> str:
    return " ".join(cell_text(value).split())


def _document(case: str, entries: list[JournalEntry]) -> JournalDocument:
    def order(entry: JournalEntry) -> tuple[date, time]:
        if isinstance(entry.moment, datetime):
            return entry.moment.date(), entry.moment.time()
        return entry.moment, time()

    parts: list[str] = []
    headings: list[HeadingSpan] = []
    position = 0
    for entry in sorted(entries, key=order):
        if parts:
            parts.append(ENTRY_SEPARATOR)
            position += len(ENTRY_SEPARATOR)
        heading = entry.heading
        headings.append(HeadingSpan(position, position + len(heading), ENTRY_HEADING_LEVEL))
        body = f"{heading}\n{entry.text}" if entry.text else heading
        parts.append(body)
        position += len(body)
    text = "".join(parts) + "\n"
    return JournalDocument(
        DOCUMENT_NAME.format(case=case), case, text, tuple(headings), len(entries)
    )
