"""The operations the fault-injection runs interrupt, the project they start from, and the
fingerprint that says which state a project is in.

Each operation is a short series of commands against a copy of one small Danish project
(three demo transcripts with speaker turns, codes, codings by two coders and annotations):

- ``batch import`` — five .txt and .docx transcripts, stored two files per transaction;
- ``refi merge`` — a REFI-QDA ``.qdpx`` export of the project merged in twice, as two coders;
- ``auto-coding`` — three text searches coded by sentence;
- ``code merge`` — three codes merged into others, with their codings and sub-codes;
- ``pseudonymisation`` — every document rewritten with a term mapping;
- ``single codings`` — twenty passages coded one command at a time.

Everything here is deterministic, so two runs of an operation pass through the same states,
and a state is recognised by :func:`fingerprint` alone.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, DateTime, select

from analysis.autocode import Spread, auto_coding, plan_search
from analysis.search import SearchOptions
from bench.bench_import import transcript_docx
from exporters.refi.project_writer import export_exchange
from importers import batch
from importers.project_merge import merge_codings
from models.base import Base
from models.codes import Code
from models.commands import AddAnnotation, CodePassage, MergeCodes, apply_command
from models.commands.pseudonyms import PseudonymiseDocument
from models.database import ProjectDatabase, create_project
from models.documents import Document
from models.progress import Progress, no_progress
from models.pseudonym_plan import plan_replacements

DEMO = Path(__file__).parents[1] / "resources" / "demo"
BASE_DOCUMENTS = (
    "R1 Interview borger 1",
    "R1 Fokusgruppe ordinær afdeling",
    "R3 Interview borger 3",
)
INBOX_TEXTS = (
    "R2 Interview borger 2",
    "R2 Interview leder ordinær afdeling",
    "R1 Interview leder forsøgsafdeling",
)
PSEUDONYMS = {"borgeren": "deltageren", "lægen": "behandleren", "jobcentret": "centret"}
SEARCHES = ("borger", "læge", "tid")
PROJECT = "projekt.tekstur"

Operation = Callable[[ProjectDatabase, Path, Progress], None]


def fingerprint(db: ProjectDatabase) -> str:
    """Counts and a hash of every row of every table, without timestamps and random GUIDs.

    Row ids are kept: SQLite hands out the same ids again after a rolled-back transaction,
    so the same commands on the same project give the same fingerprint.
    """
    digest = hashlib.sha256()
    counts = []
    with db.read() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [column for column in table.columns if _stable(column)]
            rows = connection.execute(select(*columns).order_by(*table.primary_key.columns)).all()
            counts.append(f"{table.name}={len(rows)}")
            digest.update(table.name.encode())
            for row in rows:
                digest.update(repr(tuple(row)).encode())
    return f"{' '.join(c for c in counts if not c.endswith('=0'))} {digest.hexdigest()[:16]}"


def _stable(column: ColumnElement[Any]) -> bool:
    """False for timestamps and random GUIDs, which differ between two runs of the same work."""
    if column.name.endswith("guid"):
        return False
    kind = column.type
    return not isinstance(getattr(kind, "impl_instance", kind), DateTime)


def build_baseline(folder: Path) -> Path:
    """Make the project every run starts from, with the files the operations read; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "baseline" / PROJECT
    project.parent.mkdir()
    inbox = folder / "inbox"
    inbox.mkdir()
    for name in INBOX_TEXTS:
        shutil.copy(DEMO / f"{name}.txt", inbox / f"{name}.txt")
    rng = random.Random(7)
    for number in (1, 2):
        transcript_docx(inbox / f"R3 Fokusgruppe {number} forsøgsafdeling.docx", 400, rng)
    with create_project(project, name="Fejlsikkerhed") as db:
        batch.import_files(db, [DEMO / f"{name}.txt" for name in BASE_DOCUMENTS])
        with db.read() as connection:
            documents = connection.execute(select(Document.id, Document.text)).all()
        for index, (document_id, text) in enumerate(documents):
            for number in range(6):
                start = (number * 97 + index * 13) % (len(text) - 40)
                path = f"Tema {number % 3}/Undertema {number % 2}"
                coder = "Mette" if number % 2 else "Jonas"
                apply_command(db, CodePassage(document_id, path, coder, start, start + 30))
            apply_command(db, AddAnnotation(document_id, 5, 25, "Bemærk: æøå 😀"))
        export_exchange(db, folder / "anden koder.qdpx")
    return project


def fresh_copy(baseline: Path, folder: Path) -> Path:
    """A copy of the baseline project in ``folder`` (created), ready for one run."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / PROJECT
    shutil.copy(baseline, target)
    return target


def batch_import(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Import the inbox, two files per transaction, so that it commits three times."""
    batch._GROUP_FILES = 2  # the driver's child only: more transactions to land between
    report = batch.import_files(db, [folder / "inbox"], progress=progress)
    refused = [outcome.message for outcome in report.outcomes if outcome.status != "imported"]
    if refused:
        raise RuntimeError(f"{len(refused)} file(s) not imported: {refused[0]}")


def refi_merge(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Merge the project's own REFI-QDA export in as two more coders."""
    for coder in ("Ane", "Søren"):
        merge_codings(db, folder / "anden koder.qdpx", coder, progress=progress)


def autocode(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Code every sentence that holds one of three words, one command per word."""
    for word in SEARCHES:
        plan = plan_search(db, SearchOptions(word), Spread.SENTENCE, f"Auto/{word}", progress)
        apply_command(db, auto_coding(plan, "Robot"))


def code_merge(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Merge Tema 1 into Tema 0, Tema 2 into Tema 0, then Undertema 1 into Undertema 0."""
    for source, target in (
        ("Tema 1", "Tema 0"),
        ("Tema 2", "Tema 0"),
        ("Undertema 1", "Undertema 0"),
    ):
        with db.read() as connection:
            ids = dict(connection.execute(select(Code.name, Code.id).order_by(Code.id)).all())
        apply_command(db, MergeCodes(ids[source], ids[target]))
        progress(1, 1, source)


def pseudonymise(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Rewrite every document that holds one of the terms, one command per document."""
    with db.read() as connection:
        documents = connection.execute(select(Document.id, Document.name, Document.text)).all()
    for done, (document_id, name, text) in enumerate(documents):
        replacements = plan_replacements(text, PSEUDONYMS)
        if replacements:
            apply_command(db, PseudonymiseDocument(document_id, replacements, "Mette", name))
        progress(done + 1, len(documents), name)


def single_codings(db: ProjectDatabase, folder: Path, progress: Progress) -> None:
    """Code twenty passages, one command each, as a researcher does by hand."""
    with db.read() as connection:
        document_id, length = connection.execute(
            select(Document.id, Document.text).order_by(Document.id)
        ).first() or (0, "")
    for number in range(20):
        start = (number * 31) % (len(length) - 20)
        path = f"Hånd/Tema {number % 4}"
        apply_command(db, CodePassage(document_id, path, "Mette", start, start + 12))


OPERATIONS: dict[str, Operation] = {
    "batch import": batch_import,
    "refi merge": refi_merge,
    "auto-coding": autocode,
    "code merge": code_merge,
    "pseudonymisation": pseudonymise,
    "single codings": single_codings,
}


def run_operation(
    name: str, db: ProjectDatabase, folder: Path, progress: Progress = no_progress
) -> None:
    """Run the operation called ``name`` on ``db``; ``folder`` holds the baseline's files."""
    OPERATIONS[name](db, folder, progress)
