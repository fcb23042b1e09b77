"""Building the demo project through the same importers and commands a researcher uses.

The transcripts go through :func:`importers.batch.import_files` (speaker turns, the legend,
Word headings, ``Runde`` from the file names), the participants through the case-attribute
import, and every speaker is linked to a participant's case. Two built-in codebooks are
added, and two coders' codings are placed by finding their exact words in the imported text.
Anything that does not fit — a file the importer refuses, a speaker without a case, a passage
that is missing or occurs twice — stops the build with a :class:`DemoError` naming it.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from sqlalchemy import select

from codebooks.builtin import load_builtin
from importers.batch import ImportOptions, import_files
from importers.case_attributes import plan_case_attributes
from importers.name_pattern import NamePattern
from models.cases import Case
from models.changes import ChangeRecorder
from models.commands import (
    AddAnnotation,
    AddCodebook,
    AddCodings,
    AddMemo,
    Batch,
    CodingSpan,
    Command,
    CommandError,
    EnsureCoder,
    LinkSpeakerToCase,
    apply_command,
)
from models.database import ProjectDatabase, ProjectLocation, create_project
from models.documents import Coder, Document, Project, SpeakerTurn
from models.paths import find_code
from models.progress import Progress, no_progress
from resources.demo.content import (
    CODEBOOKS,
    CODERS,
    NAME_PATTERN,
    NOTES,
    PARTICIPANTS,
    TRANSCRIPTS,
    demo_codings,
)
from resources.demo.sources import write_import_files

DEMO_NAME = "Demo: færre sager i jobcentret"
DEMO_VERSION = 2
"""Raised whenever the demo's content changes, so that saved copies are built again."""
DESCRIPTION = (
    "Et opdigtet eksempel: et forsøg med lavere sagsantal i et jobcenter, fulgt over tre "
    "runder med fokusgrupper og interview. Alle navne og personer er opdigtede."
)
_VERSION_LINE = "Tekstur demo version "
_VERSION = re.compile(re.escape(_VERSION_LINE) + r"(\d+)")


class DemoError(CommandError):
    """The demo's own material does not fit together; the message says where."""


def demo_version(db: ProjectDatabase) -> int | None:
    """The demo version recorded in ``db``'s description (None: not a finished demo)."""
    with db.read() as connection:
        description = connection.execute(select(Project.description)).scalar() or ""
    found = _VERSION.search(description)
    return int(found.group(1)) if found else None


def build_demo_project(target: str | Path, progress: Progress = no_progress) -> None:
    """Create the demo project at ``target`` (a new file, or an empty PostgreSQL database).

    Refuses (ProjectError) a file that exists. If anything fails, a half-made file is removed
    again; ``progress`` follows the import of the transcripts.
    """
    db = create_project(target, name=DEMO_NAME)
    try:
        _fill(db, progress)
    except BaseException:
        db.close()
        path = ProjectLocation.parse(target).path
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if path else ():
            leftover.unlink(missing_ok=True)
        raise
    db.close()


def _fill(db: ProjectDatabase, progress: Progress) -> None:
    options = ImportOptions(name_pattern=NamePattern.parse(NAME_PATTERN))
    with tempfile.TemporaryDirectory(prefix="tekstur-demo-") as folder:
        files = write_import_files(Path(folder))
        # One import per round, as the transcripts of a study arrive round by round.
        for round_ in sorted({file.name.split()[0] for file in files}):
            batch = [file for file in files if file.name.startswith(f"{round_} ")]
            report = import_files(db, batch, options, progress)
            for outcome in report.outcomes:
                if outcome.status != "imported" or outcome.message:
                    raise DemoError(
                        f"demo transcript {outcome.path.name}: {outcome.status} ({outcome.message})"
                    )
    apply_command(db, plan_case_attributes(PARTICIPANTS, db))
    documents, cases = _ids(db, Document), _ids(db, Case)
    _link_speakers(db, documents, cases)
    for name in CODEBOOKS:
        apply_command(db, AddCodebook(load_builtin(name)))
    coders = [EnsureCoder(name) for name in CODERS]
    apply_command(db, Batch("Add coders", coders))
    apply_command(db, AddCodings(_coding_spans(db, documents)))
    apply_command(db, Batch("Add memos and annotations", _notes(db, documents, cases)))
    apply_command(db, _Describe(f"{DESCRIPTION}\n\n{_VERSION_LINE}{DEMO_VERSION}"))


def _ids(db: ProjectDatabase, model: type[Document] | type[Case]) -> dict[str, int]:
    with db.read() as connection:
        return dict(connection.execute(select(model.name, model.id)).all())


def _link_speakers(db: ProjectDatabase, documents: dict[str, int], cases: dict[str, int]) -> None:
    links: list[Command] = []
    for transcript in TRANSCRIPTS:
        for speaker, case in transcript.speakers.items():
            if case not in cases:
                raise DemoError(f"{transcript.name}: '{case}' is not in {PARTICIPANTS.name}")
            links.append(LinkSpeakerToCase(speaker, cases[case], documents[transcript.name]))
    apply_command(db, Batch("Link speakers to participants", links))
    with db.read() as connection:
        unlinked = connection.execute(
            select(Document.name, SpeakerTurn.speaker)
            .join(Document, Document.id == SpeakerTurn.document_id)
            .where(SpeakerTurn.case_id.is_(None))
            .distinct()
        ).all()
    if unlinked:
        shown = ", ".join(f"'{speaker}' in {name}" for name, speaker in unlinked)
        raise DemoError(f"speakers without a participant: {shown}")


def _texts(db: ProjectDatabase) -> dict[int, str]:
    with db.read() as connection:
        return dict(connection.execute(select(Document.id, Document.text)).all())


def locate(text: str, phrase: str, where: str) -> tuple[int, int]:
    """The span ``[start, end)`` of ``phrase`` in ``text``; DemoError unless it occurs once."""
    count = text.count(phrase)
    if count != 1:
        problem = "is not in" if count == 0 else f"occurs {count} times in"
        raise DemoError(f"the passage '{phrase}' {problem} {where}")
    start = text.index(phrase)
    return start, start + len(phrase)


def _coding_spans(db: ProjectDatabase, documents: dict[str, int]) -> list[CodingSpan]:
    texts = _texts(db)
    with db.read() as connection:
        coders = dict(connection.execute(select(Coder.name, Coder.id)).all())
        codes: dict[str, int | None] = {}
        spans = []
        for coding in demo_codings():
            if coding.code not in codes:
                codes[coding.code] = find_code(connection, coding.code)
            code_id, document_id = codes[coding.code], documents.get(coding.document)
            if code_id is None or document_id is None or coding.coder not in coders:
                missing = coding.code if code_id is None else coding.document
                missing = missing if coding.coder in coders else f"coder {coding.coder}"
                raise DemoError(f"kodninger.tsv: no {missing} in the demo")
            start, end = locate(texts[document_id], coding.phrase, coding.document)
            spans.append(CodingSpan(document_id, code_id, coders[coding.coder], start, end))
    return spans


def _notes(db: ProjectDatabase, documents: dict[str, int], cases: dict[str, int]) -> list[Command]:
    texts = _texts(db)
    with db.read() as connection:
        coders = dict(connection.execute(select(Coder.name, Coder.id)).all())
        commands: list[Command] = []
        for note in NOTES:
            coder = coders[note.coder]
            if note.target == "annotation":
                document_id = documents[note.name]
                start, end = locate(texts[document_id], note.phrase, note.name)
                commands.append(AddAnnotation(document_id, start, end, note.text, coder))
                continue
            target_id = None
            if note.target == "document":
                target_id = documents[note.name]
            elif note.target == "case":
                target_id = cases[note.name]
            elif note.target == "code":
                target_id = find_code(connection, note.name)
            if note.target is not None and target_id is None:
                raise DemoError(f"a demo memo is written on '{note.name}', which is missing")
            target = f"{note.target}_id" if note.target else None
            commands.append(AddMemo(note.text, note.title, target, target_id, coder))
    return commands


class _Describe(Command):
    """Set the project's description (where the demo records its version)."""

    def __init__(self, description: str) -> None:
        self.description = description

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Describe the project"

    def record(self, tx: ChangeRecorder) -> None:
        """Update the one project row."""
        project_id = tx.connection.execute(select(Project.id)).scalar_one()
        tx.update(Project, project_id, description=self.description)
