"""What commands refuse, and what merge, move and the undo stack do in detail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select, text

from models import Code, Coding, Memo, SpeakerTurn
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    Command,
    CommandError,
    CreateCase,
    CreateCode,
    EnsureCodePath,
    LinkSpeakerToCase,
    MergeCodes,
    MoveCode,
    RenameDocument,
    SetAttributeValue,
    UndoStack,
    UpdateCode,
    apply_command,
)
from models.database import ProjectDatabase
from models.paths import find_code, join_code_path, split_code_path
from tests.models.sample_project import FOCUS_GROUP, SampleIds, populate, snapshot

REFUSED: dict[str, tuple[Callable[[SampleIds], Command], str]] = {
    "coding past the end": (
        lambda s: AddCodings([CodingSpan(s.focus_group, s.trust, s.ane, 10, len(FOCUS_GROUP) + 1)]),
        "does not fit",
    ),
    "empty coding": (
        lambda s: AddCodings([CodingSpan(s.focus_group, s.trust, s.ane, 5, 5)]),
        "does not fit",
    ),
    "negative start": (
        lambda s: AddCodings([CodingSpan(s.focus_group, s.trust, s.ane, -1, 5)]),
        "does not fit",
    ),
    "duplicate sibling": (lambda s: CreateCode("Tillid", s.parent_code), "already exists"),
    "rename onto sibling": (
        lambda s: UpdateCode(s.medical, name="Rehabiliteringsteam"),
        "already exists",
    ),
    "bad colour": (lambda s: UpdateCode(s.trust, color="blå"), "not a colour"),
    "move under itself": (lambda s: MoveCode(s.parent_code, s.trust), "under itself"),
    "merge into child": (lambda s: MergeCodes(s.parent_code, s.trust), "into itself"),
    "text for a number": (lambda s: SetAttributeValue(s.age, s.case_a, "fyrre"), "not a number"),
    "bool is no number": (lambda s: SetAttributeValue(s.age, s.case_a, True), "not a number"),
    "crlf text": (lambda s: AddDocument("Windows", "I: hej\r\nB: hej"), "line ends"),
    "taken document name": (
        lambda s: RenameDocument(s.citizen, "Fokusgruppe R1 forsøg"),
        "already exists",
    ),
    "unknown speaker": (lambda s: LinkSpeakerToCase("Ingen", s.case_a), "no speaker turns"),
    "empty code path level": (lambda s: EnsureCodePath("Borgerrelationer//Tillid"), "empty level"),
    "taken case name": (lambda s: CreateCase("Sagsbehandler A"), "already exists"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_commands_change_nothing(db: ProjectDatabase, name: str) -> None:
    sample = populate(db)
    before = snapshot(db)
    factory, message = REFUSED[name]
    with pytest.raises(CommandError, match=message):
        apply_command(db, factory(sample))
    assert snapshot(db) == before


def test_merge_moves_codings_collapses_duplicates_and_keeps_memos(db: ProjectDatabase) -> None:
    sample = populate(db)
    start = FOCUS_GROUP.index("tilliden vokser")
    # The same passage by the same coder under both codes: after the merge only one remains.
    apply_command(
        db,
        AddCodings(
            [
                CodingSpan(sample.focus_group, sample.medical, sample.ane, start, start + 15),
                CodingSpan(sample.focus_group, sample.medical, sample.jonas, 0, 2),
            ]
        ),
    )
    apply_command(db, MergeCodes(sample.medical, sample.trust))
    with db.read() as connection:
        assert connection.execute(select(Code.id).where(Code.id == sample.medical)).first() is None
        per_code = dict(
            connection.execute(select(Coding.code_id, func.count()).group_by(Coding.code_id)).all()
        )
        assert per_code == {sample.trust: 4 + 1 + 1, sample.rehab: 1}
        duplicates = connection.execute(
            select(func.count())
            .select_from(Coding)
            .where(
                Coding.document_id == sample.focus_group,
                Coding.start == start,
                Coding.coder_id == sample.ane,
            )
        ).scalar()
        assert duplicates == 1
        assert connection.execute(select(func.count()).select_from(Memo)).scalar() == 5


def test_merge_of_parents_merges_namesake_children(db: ProjectDatabase) -> None:
    sample = populate(db)
    namesake = EnsureCodePath("Opgavekompetencer/Tillid")
    apply_command(db, namesake)
    apply_command(db, MergeCodes(sample.parent_code, find_code_id(db, "Opgavekompetencer")))
    with db.read() as connection:
        assert find_code(connection, "Borgerrelationer") is None
        assert connection.execute(select(Code.id).where(Code.id == sample.trust)).first() is None
        assert find_code(connection, "Opgavekompetencer/Tillid") == namesake.code_id
        moved = connection.execute(
            select(func.count()).select_from(Coding).where(Coding.code_id == namesake.code_id)
        ).scalar()
        assert moved == 4
        memo_on = connection.execute(select(Memo.code_id).where(Memo.code_id.is_not(None))).scalar()
        assert memo_on == namesake.code_id
        children = connection.execute(
            select(Code.name)
            .where(Code.parent_id == find_code(connection, "Opgavekompetencer"))
            .order_by(Code.position)
        )
        assert list(children.scalars()) == ["Lægelige oplysninger", "Rehabiliteringsteam", "Tillid"]


def find_code_id(db: ProjectDatabase, path: str) -> int:
    with db.read() as connection:
        found = find_code(connection, path)
    assert found is not None
    return found


def test_move_to_a_position_renumbers_siblings(db: ProjectDatabase) -> None:
    sample = populate(db)
    top = find_code_id(db, "Opgavekompetencer")
    apply_command(db, MoveCode(sample.rehab, top, position=0))
    with db.read() as connection:
        names = connection.execute(
            select(Code.name).where(Code.parent_id == top).order_by(Code.position)
        ).scalars()
        assert list(names) == ["Rehabiliteringsteam", "Lægelige oplysninger"]


def test_speaker_linked_in_every_document(db: ProjectDatabase) -> None:
    sample = populate(db)
    command = LinkSpeakerToCase("I", sample.case_a)
    apply_command(db, command)
    assert command.turns_linked == 3
    with db.read() as connection:
        linked = connection.execute(
            select(func.count())
            .select_from(SpeakerTurn)
            .where(SpeakerTurn.speaker == "I", SpeakerTurn.case_id == sample.case_a)
        ).scalar()
    assert linked == 3


def test_undo_stack_walks_back_and_forth_with_labels(db: ProjectDatabase) -> None:
    stack = UndoStack(db)
    notified: list[str | None] = []

    def listener() -> None:
        notified.append(stack.undo_label)

    stack.subscribe(listener)
    empty = snapshot(db)
    stack.push(EnsureCodePath("Ledelse og læring/Faglig sparring"))
    one = snapshot(db)
    stack.push(UpdateCode(find_code_id(db, "Ledelse og læring"), color="#112233"))
    assert stack.undo_label == "Edit code"
    assert stack.undo() == "Edit code"
    assert snapshot(db) == one
    assert stack.undo() == "Create code 'Ledelse og læring/Faglig sparring'"
    assert snapshot(db) == empty
    assert stack.undo() is None
    assert stack.redo() == "Create code 'Ledelse og læring/Faglig sparring'"
    assert snapshot(db) == one
    assert stack.redo_label == "Edit code"
    stack.push(CreateCode("Værdier"))
    assert stack.redo_label is None
    assert len(notified) == 6
    stack.unsubscribe(listener)
    stack.undo()
    assert len(notified) == 6


def test_undo_that_would_overwrite_someone_elses_edit_is_refused(db: ProjectDatabase) -> None:
    stack = UndoStack(db)
    stack.push(CreateCode("Tillid"))
    code_id = find_code_id(db, "Tillid")
    stack.push(UpdateCode(code_id, name="Tillid til systemet"))
    with db.write() as connection:  # a colleague renames the same code meanwhile
        connection.execute(text("UPDATE codes SET name = 'Tiltro' WHERE id = :i"), {"i": code_id})
    with pytest.raises(CommandError, match="changed by someone else"):
        stack.undo()
    assert stack.undo_label == "Rename code to 'Tillid til systemet'"
    with db.read() as connection:
        assert connection.execute(select(Code.name).where(Code.id == code_id)).scalar() == "Tiltro"


@pytest.mark.parametrize(
    ("path", "names"),
    [("A/B", ["A", "B"]), ("Ja\\/nej/Tvivl", ["Ja/nej", "Tvivl"]), (" Æble / Ø ", ["Æble", "Ø"])],
)
def test_code_paths_split_and_join(path: str, names: list[str]) -> None:
    assert split_code_path(path) == names
    assert split_code_path(join_code_path(names)) == names
