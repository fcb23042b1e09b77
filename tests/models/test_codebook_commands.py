"""Codebook commands on SQLite and PostgreSQL: what they change, and undo/redo restoring it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from codebooks.builtin import load_builtin
from models import Code, Codebook, CodebookCode, CodeTranslation, Coding, Memo
from models.codebook_reading import read_project_codebook
from models.codebook_spec import CodebookSpec, CodeSpec, Translation
from models.commands import (
    AddCodebook,
    Batch,
    Command,
    CommandError,
    CreateCode,
    DeleteCode,
    MergeCodes,
    MoveCode,
    RemoveCodebook,
    SetCodeTranslation,
    UpdateCode,
    apply_command,
)
from models.database import ProjectDatabase
from models.paths import find_code
from tests.models.sample_project import SampleIds, populate, snapshot

TAKEN_GUID = "6f1c2a9e-0000-4000-8000-000000000001"  # the sample's codebook holds it, not a code
FREE_GUID = "0a0b0c0d-1111-4222-8333-444455556666"


def file_spec() -> CodebookSpec:
    """A codebook as read from a colleague's file: one path exists already, one is new."""
    trust = CodeSpec(
        "Tillid",
        FREE_GUID,
        "#000000",
        "Borgerens tillid – æøå.",
        translations={"en": Translation("Trust", "The citizen's trust.")},
    )
    new = CodeSpec("Tryghed", None, "#abcdef", "Borgeren føler sig tryg 👍🏽.")
    return CodebookSpec("Kollegas kodebog", [CodeSpec("Borgerrelationer", children=[trust, new])])


def _translate_trust(s: SampleIds) -> Command:
    return SetCodeTranslation(s.trust, "en", "Trust", "When the citizen trusts")


COMMANDS: dict[str, Callable[[SampleIds], Command]] = {
    "add built-in codebook": lambda s: AddCodebook(load_builtin("Opgavekompetencer")),
    "add every built-in": lambda s: Batch(
        "alle",
        [AddCodebook(load_builtin(n)) for n in ("Borgerrelationer", "Ledelsesinformation")],
    ),
    "add file codebook merging a path": lambda s: AddCodebook(file_spec()),
    "translate code": _translate_trust,
    "change translation": lambda s: Batch(
        "t", [_translate_trust(s), SetCodeTranslation(s.trust, "en", "Confidence", "Changed")]
    ),
    "remove codebook": lambda s: RemoveCodebook(1),
    "create code": lambda s: CreateCode("Tryghed", s.parent_code, "#123456", "Når borgeren …"),
    "rename code": lambda s: UpdateCode(s.trust, name="Tillid til sagsbehandleren"),
    "recolour code": lambda s: UpdateCode(s.trust, color="#AA00FF"),
    "describe code": lambda s: UpdateCode(s.medical, description="Definition: lægeattester"),
    "move code": lambda s: MoveCode(s.rehab, s.parent_code, position=0),
    "merge codes with translations": lambda s: Batch(
        "m", [_translate_trust(s), MergeCodes(s.trust, s.medical)]
    ),
    "delete translated code": lambda s: Batch("d", [_translate_trust(s), DeleteCode(s.trust)]),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_undo_and_redo_restore_every_row(db: ProjectDatabase, name: str) -> None:
    sample = populate(db)
    before = snapshot(db)
    undo = apply_command(db, COMMANDS[name](sample))
    after = snapshot(db)
    assert after != before
    redo = apply_command(db, undo)
    assert snapshot(db) == before
    apply_command(db, redo)
    assert snapshot(db) == after


def test_adding_a_builtin_merges_codes_at_the_same_path(db: ProjectDatabase) -> None:
    sample = populate(db)
    command = AddCodebook(load_builtin("Opgavekompetencer"))
    apply_command(db, command)
    assert (command.created, command.merged) == (14, 2)
    with db.read() as connection:
        medical = find_code(connection, "Opgavekompetencer/Lægelige oplysninger")
        assert medical == sample.medical  # the existing code, not a duplicate
        color, description = connection.execute(
            select(Code.color, Code.description).where(Code.id == medical)
        ).one()
        assert color == "#8e44ad" and description.startswith("Definition: Indhentning")
        assert (
            connection.execute(
                select(func.count()).select_from(Coding).where(Coding.code_id == medical)
            ).scalar()
            == 1
        )
        english = connection.execute(
            select(CodeTranslation.name).where(CodeTranslation.code_id == medical)
        ).scalar()
        assert english == "Medical information"
        book = connection.execute(
            select(Codebook.id).where(Codebook.name == "Opgavekompetencer")
        ).scalar_one()
        members = connection.execute(
            select(func.count()).where(CodebookCode.codebook_id == book)
        ).scalar()
        assert members == 16
    again = AddCodebook(load_builtin("Task competences"))
    assert apply_command(db, again).changes == []
    assert (again.created, again.merged) == (0, 16)


def test_existing_colour_and_description_are_kept_and_guids_only_when_free(
    db: ProjectDatabase,
) -> None:
    sample = populate(db)
    spec = file_spec()
    spec.codes[0].children[1].guid = TAKEN_GUID  # free among codes: kept
    with db.read() as connection:
        taken = connection.execute(select(Code.guid).where(Code.id == sample.medical)).scalar()
    spec.codes[0].children.append(CodeSpec("Ny kode", taken))
    apply_command(db, AddCodebook(spec))
    read = read_project_codebook(db, "Kollegas kodebog")
    trust, safety, new = read.codes[0].children
    assert (trust.name, trust.color, trust.description) == (
        "Tillid",
        "#2e86c1",
        "Borgerens tillid – æøå.",
    )
    assert trust.guid != FREE_GUID  # the project's code keeps its own GUID
    assert trust.translations == {"en": Translation("Trust", "The citizen's trust.")}
    assert trust.codings == 4 and trust.documents == 2
    assert (safety.guid, safety.color) == (TAKEN_GUID, "#abcdef")
    assert new.guid not in (None, taken)


def test_translations_are_kept_unless_empty(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, SetCodeTranslation(sample.trust, "EN", "Confidence"))
    apply_command(db, AddCodebook(file_spec()))
    trust = read_project_codebook(db).codes[0].children[0]
    assert trust.translations["en"] == Translation("Confidence", "The citizen's trust.")
    apply_command(db, SetCodeTranslation(sample.trust, "en", ""))
    assert read_project_codebook(db).codes[0].children[0].translations == {}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (CodebookSpec(" ", [CodeSpec("A")]), "needs a name"),
        (CodebookSpec("Tom", []), "holds no codes"),
        (CodebookSpec("Halv", [CodeSpec("A", children=[CodeSpec(" ")])]), "without a name"),
    ],
)
def test_bad_codebooks_change_nothing(
    db: ProjectDatabase, spec: CodebookSpec, message: str
) -> None:
    populate(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, AddCodebook(spec))
    assert snapshot(db) == before


def test_merge_moves_codings_collapses_duplicates_and_keeps_memos(db: ProjectDatabase) -> None:
    sample = populate(db)
    with db.read() as connection:
        span = connection.execute(
            select(Coding.document_id, Coding.start, Coding.end, Coding.coder_id).where(
                Coding.id == sample.coding_ids[1]
            )
        ).one()
    from models.commands import AddCodings, CodingSpan

    apply_command(db, AddCodings([CodingSpan(span[0], sample.medical, span[3], span[1], span[2])]))
    apply_command(db, _translate_trust(sample))
    apply_command(db, MergeCodes(sample.trust, sample.medical))
    with db.read() as connection:
        codings = connection.execute(
            select(func.count()).where(Coding.code_id == sample.medical)
        ).scalar()
        assert codings == 1 + 4  # its own, its duplicate of a trust coding, three more moved
        memos = connection.execute(
            select(Memo.code_id, Memo.coding_id).where(
                (Memo.code_id == sample.medical) | Memo.coding_id.is_not(None)
            )
        ).all()
        assert len(memos) == 2 and all(
            m.code_id == sample.medical or m.coding_id is not None for m in memos
        )
        assert (
            connection.execute(
                select(CodeTranslation.name).where(CodeTranslation.code_id == sample.medical)
            ).scalar()
            == "Trust"
        )


def test_translation_and_removal_refusals(db: ProjectDatabase) -> None:
    sample = populate(db)
    with pytest.raises(CommandError, match="not a language code"):
        apply_command(db, SetCodeTranslation(sample.trust, "engelsk-sprog", "Trust"))
    with pytest.raises(CommandError, match="does not exist"):
        apply_command(db, SetCodeTranslation(999, "en", "Trust"))
    with pytest.raises(CommandError, match="codebook 99 does not exist"):
        apply_command(db, RemoveCodebook(99))
