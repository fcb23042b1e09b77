"""Merging another project's codings as one coder: matching, one undo step, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from importers.project_merge import MergeError, merge_codings, prepare_merge, text_hash
from models.codes import Code, Coding
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    RenameDocument,
    apply_command,
)
from models.database import ProjectDatabase, create_project
from models.documents import Coder

INTERVIEW = "I: Hvordan går det?\nBorger: Godt 😀, tak – på Ærø.\n"
FOCUS = "Åse: Vi har tid nu.\nBjørn: Lægerne svarer sent 🙁.\n"
ONLY_THERE = "Et notat, som kun findes i den anden fil.\n"


def add(db: ProjectDatabase, name: str, text: str) -> int:
    command = AddDocument(name, text)
    apply_command(db, command)
    assert command.document_id is not None
    return command.document_id


def code(db: ProjectDatabase, path: str) -> int:
    command = EnsureCodePath(path)
    apply_command(db, command)
    assert command.code_id is not None
    return command.code_id


def coder(db: ProjectDatabase, name: str) -> int:
    command = EnsureCoder(name)
    apply_command(db, command)
    assert command.coder_id is not None
    return command.coder_id


def other_project(tmp_path: Path) -> Path:
    """Jonas's project: the same two documents under other names, plus one more."""
    path = tmp_path / "jonas.tekstur"
    other = create_project(path)
    interview = add(other, "interview-1.docx", INTERVIEW)
    focus = add(other, "fg.docx", FOCUS)
    extra = add(other, "Notat kun hos Jonas", ONLY_THERE)
    tillid, tid = code(other, "Samarbejde/Tillid"), code(other, "Tid")
    who = coder(other, "jonas")
    emoji = INTERVIEW.index("😀")
    apply_command(
        other,
        AddCodings(
            [
                CodingSpan(interview, tillid, who, emoji - 5, emoji + 1),
                CodingSpan(focus, tid, who, 0, 19),
                CodingSpan(extra, tid, who, 0, 8),
            ]
        ),
    )
    other.close()
    return path


@pytest.fixture
def target(db: ProjectDatabase) -> ProjectDatabase:
    add(db, "Interview med borger", INTERVIEW)
    add(db, "Fokusgruppe R1", FOCUS)
    code(db, "Tid")
    return db


def codings_of(db: ProjectDatabase, name: str) -> list[tuple[str, str, int, int]]:
    from models.documents import Document

    query = (
        select(Document.name, Code.name, Coding.start, Coding.end)
        .join(Document, Document.id == Coding.document_id)
        .join(Code, Code.id == Coding.code_id)
        .join(Coder, Coder.id == Coding.coder_id)
        .where(Coder.name == name)
        .order_by(Document.name, Coding.start)
    )
    with db.read() as connection:
        return [tuple(row) for row in connection.execute(query)]  # type: ignore[misc]


def count(db: ProjectDatabase, model: type[Code] | type[Coding]) -> int:
    with db.read() as connection:
        return int(connection.execute(select(func.count(model.id))).scalar_one())


def test_merge_matches_by_text_and_is_one_undo_step(
    target: ProjectDatabase, tmp_path: Path
) -> None:
    source = other_project(tmp_path)
    codes_before = count(target, Code)
    prepared = prepare_merge(target, source, "Jonas B")
    inverse = apply_command(target, prepared.command)
    summary = prepared.finished()
    assert summary.documents_matched == ["Fokusgruppe R1", "Interview med borger"]  # by name there
    assert summary.documents_unmatched == ["Notat kun hos Jonas"]
    assert (summary.codings_added, summary.codes_created) == (2, 2)  # Samarbejde, Tillid
    emoji = INTERVIEW.index("😀")
    assert codings_of(target, "Jonas B") == [
        ("Fokusgruppe R1", "Tid", 0, 19),
        ("Interview med borger", "Tillid", emoji - 5, emoji + 1),
    ]
    apply_command(target, inverse)
    assert codings_of(target, "Jonas B") == []
    assert count(target, Code) == codes_before


def test_a_coder_with_codings_is_refused_unless_replaced(
    target: ProjectDatabase, tmp_path: Path
) -> None:
    source = other_project(tmp_path)
    merge_codings(target, source, "jonas")
    codes = count(target, Code)
    with pytest.raises(MergeError, match="'jonas' already has 2 coding"):
        merge_codings(target, source, "jonas")
    assert count(target, Coding) == 2 and count(target, Code) == codes
    summary = merge_codings(target, source, "jonas", replace=True)
    assert (summary.codings_removed, summary.codings_added, summary.codes_created) == (2, 2, 0)
    assert count(target, Coding) == 2


def test_merge_from_a_refi_project(target: ProjectDatabase, tmp_path: Path) -> None:
    from exporters.refi.project_writer import export_exchange
    from models.database import open_project

    source = other_project(tmp_path)
    with open_project(source) as other:
        export_exchange(other, tmp_path / "jonas.qdpx")
    # A renamed document still matches: only its text counts.
    with target.read() as connection:
        from models.documents import Document

        first = connection.execute(select(Document.id).order_by(Document.id)).scalars().first()
    assert first is not None
    apply_command(target, RenameDocument(first, "Borgerinterview"))
    summary = merge_codings(target, tmp_path / "jonas.qdpx", "Jonas (REFI)")
    assert sorted(summary.documents_matched) == ["Borgerinterview", "Fokusgruppe R1"]
    assert summary.documents_unmatched == ["Notat kun hos Jonas"]
    assert codings_of(target, "Jonas (REFI)")[0][0:2] == ("Borgerinterview", "Tillid")


def test_unreadable_files_are_named(target: ProjectDatabase, tmp_path: Path) -> None:
    broken = tmp_path / "ødelagt.tekstur"
    broken.write_text("ikke et projekt", encoding="utf-8")
    with pytest.raises(MergeError, match=r"ødelagt\.tekstur"):
        merge_codings(target, broken, "jonas")
    bad_refi = tmp_path / "ødelagt.qdpx"
    bad_refi.write_bytes(b"PK not a zip")
    with pytest.raises(MergeError, match=r"ødelagt\.qdpx"):
        merge_codings(target, bad_refi, "jonas")
    with pytest.raises(MergeError, match="coder name"):
        merge_codings(target, broken, "  ")
    assert count(target, Coding) == 0


def test_text_hash_is_the_sha256_of_the_utf8_text() -> None:
    import hashlib

    assert text_hash("Ærø 😀") == hashlib.sha256("Ærø 😀".encode()).hexdigest()
    assert text_hash("a\nb") != text_hash("a\r\nb")
