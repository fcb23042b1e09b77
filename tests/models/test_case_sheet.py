"""The Qt-free reads behind the classification sheet, memos and the detail panel, and the small
commands they need (rename case or attribute, a case with its values, annotation edits), each
undoable row for row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from models import Annotation, AttributeTarget, AttributeType, AttributeValue, Case
from models.case_sheet import (
    SheetColumn,
    attribute_choices,
    attribute_value_count,
    case_at,
    case_usage,
    document_ids_by_name,
    document_texts,
    owner_attributes,
    owner_name,
    sheet_columns,
    sheet_names,
    sheet_rows,
)
from models.commands import (
    AddAnnotation,
    AddMemo,
    CodingSpan,
    Command,
    CommandError,
    CreateCase,
    EditMemo,
    LinkDocumentToCase,
    SetAttributeValue,
    apply_command,
)
from models.commands.edits import (
    AddCasesWithValues,
    EditAnnotation,
    RenameAttribute,
    RenameCase,
    SetAttributeValues,
)
from models.database import ProjectDatabase
from models.memo_reading import (
    code_summary,
    excerpt,
    memo_on,
    memo_row,
    memo_rows,
    target_name,
)
from models.position_reading import annotation_rows, codings_at, has_coding
from tests.models.sample_project import (
    CITIZEN,
    FOCUS_GROUP,
    SampleIds,
    populate,
    snapshot,
    span,
)


def test_columns_per_target_in_their_order(db: ProjectDatabase) -> None:
    sample = populate(db)
    columns = sheet_columns(db, AttributeTarget.CASE)
    assert [(c.name, c.type) for c in columns] == [
        ("Rolle", AttributeType.TEXT),
        ("Alder", AttributeType.NUMBER),
        ("Startdato", AttributeType.DATE),
    ]
    assert columns[0].id == sample.role
    assert [c.name for c in sheet_columns(db, AttributeTarget.DOCUMENT)] == ["Forsøg"]


def test_rows_hold_typed_values_and_skip_missing_ids(db: ProjectDatabase) -> None:
    sample = populate(db)
    started = sheet_columns(db, AttributeTarget.CASE)[2].id
    rows = sheet_rows(db, AttributeTarget.CASE, [sample.case_citizen, sample.case_a, 9999])
    assert set(rows) == {sample.case_a, sample.case_citizen}
    citizen = rows[sample.case_citizen]
    assert citizen.name == "Borger 3"
    assert citizen.values == {sample.role: "Borger", sample.age: 47.0, started: date(2019, 3, 1)}
    assert rows[sample.case_a].values == {sample.role: "Sagsbehandler"}
    documents = sheet_rows(db, AttributeTarget.DOCUMENT, [sample.focus_group, sample.citizen])
    assert list(documents[sample.focus_group].values.values()) == [True]
    assert documents[sample.citizen].values == {}


def test_many_rows_are_read_in_blocks(db: ProjectDatabase) -> None:
    sample = populate(db)
    ids = []
    for number in range(1, 1201):
        create = CreateCase(f"Borger {number:04d} – Ærø")
        apply_command(db, create)
        assert create.case_id is not None
        ids.append(create.case_id)
    apply_command(db, SetAttributeValue(sample.age, ids[-1], 19))
    rows = sheet_rows(db, AttributeTarget.CASE, ids)
    assert len(rows) == 1200
    assert rows[ids[-1]].values == {sample.age: 19.0}
    names = dict(sheet_names(db, AttributeTarget.CASE))
    assert names[ids[0]] == "Borger 0001 – Ærø"
    assert len(names) == 1202


def test_choices_are_the_different_texts_most_used_first(db: ProjectDatabase) -> None:
    sample = populate(db)
    for name in ("Sagsbehandler B", "Sagsbehandler C"):
        create = CreateCase(name)
        apply_command(db, create)
        assert create.case_id is not None
        apply_command(db, SetAttributeValue(sample.role, create.case_id, "Sagsbehandler"))
    assert attribute_choices(db, sample.role) == ["Sagsbehandler", "Borger"]
    assert attribute_choices(db, sample.age) == []
    assert attribute_value_count(db, sample.role) == 4


def test_owner_attributes_and_names(db: ProjectDatabase) -> None:
    sample = populate(db)
    shown = owner_attributes(db, AttributeTarget.CASE, sample.case_citizen)
    assert [(c.name, v) for c, v in shown] == [
        ("Rolle", "Borger"),
        ("Alder", 47.0),
        ("Startdato", date(2019, 3, 1)),
    ]
    assert isinstance(shown[0][0], SheetColumn)
    assert owner_attributes(db, AttributeTarget.CASE, 9999) == []
    assert owner_name(db, AttributeTarget.DOCUMENT, sample.citizen) == "Borgerinterview R3"
    assert owner_name(db, AttributeTarget.CASE, 9999) is None


def test_usage_counts_what_refers_to_a_case(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, LinkDocumentToCase(sample.citizen, sample.case_citizen))
    usage = case_usage(db, sample.case_citizen)
    assert (usage.documents, usage.turns, usage.values, usage.memos) == (1, 2, 3, 1)
    assert case_usage(db, sample.case_a).turns == 2


def test_case_at_a_position_prefers_the_speaker_turn(db: ProjectDatabase) -> None:
    sample = populate(db)
    in_turn_of_a = FOCUS_GROUP.index("tilliden")
    in_turn_of_b = FOCUS_GROUP.index("Lægelige")
    assert case_at(db, sample.focus_group, in_turn_of_a) == sample.case_a
    assert case_at(db, sample.focus_group, in_turn_of_b) is None
    apply_command(db, LinkDocumentToCase(sample.focus_group, sample.case_citizen))
    assert case_at(db, sample.focus_group, in_turn_of_b) == sample.case_citizen
    assert case_at(db, sample.citizen, CITIZEN.index("👍🏽")) == sample.case_citizen


def test_documents_by_name(db: ProjectDatabase) -> None:
    sample = populate(db)
    assert document_ids_by_name(db) == {
        "Fokusgruppe R1 forsøg": sample.focus_group,
        "Borgerinterview R3": sample.citizen,
    }


def test_document_texts_by_name(db: ProjectDatabase) -> None:
    populate(db)
    found = document_texts(db, ["Borgerinterview R3", "Journal 4711"])
    assert found == {"Borgerinterview R3": CITIZEN}


def test_every_memo_names_its_target(db: ProjectDatabase) -> None:
    sample = populate(db)
    rows = {row.text: row for row in memo_rows(db)}
    assert len(rows) == 5
    project = rows["Projektets første memo – æøå."]
    assert (project.target, project.target_id, project.target_name) == (None, None, "")
    assert project.title == "Om projektet" and project.coder == "ane"
    code = rows["Definition: borgerens tillid til sagsbehandleren."]
    assert (code.target, code.target_name) == ("code_id", "Borgerrelationer/Tillid")
    coding = rows["Usikker kodning."]
    assert (coding.target, coding.target_id) == ("coding_id", sample.coding_ids[1])
    assert (coding.target_name, coding.document_name) == (
        "Borgerrelationer/Tillid",
        "Fokusgruppe R1 forsøg",
    )
    assert rows["Interviewet blev afbrudt."].target_name == "Borgerinterview R3"
    assert rows["Har haft tre sagsbehandlere."].target_name == "Borger 3"


def test_newest_change_first_and_search_ignores_case(db: ProjectDatabase) -> None:
    populate(db)
    first = memo_rows(db)[-1]
    apply_command(db, EditMemo(first.id, first.text + " Ændret.", title="Øverst"))
    assert memo_rows(db)[0].title == "Øverst"
    assert [r.text for r in memo_rows(db, "ÆØÅ")] == ["Projektets første memo – æøå. Ændret."]
    assert [r.target_name for r in memo_rows(db, "borger 3")] == ["Borger 3"]
    assert {r.target for r in memo_rows(db, "tillid")} == {"code_id", "coding_id"}
    assert memo_rows(db, "findes ikke") == []


def test_memo_on_a_target_and_by_id(db: ProjectDatabase) -> None:
    sample = populate(db)
    on_case = memo_on(db, "case_id", sample.case_citizen)
    assert on_case is not None and on_case.text == "Har haft tre sagsbehandlere."
    assert memo_on(db, "case_id", sample.case_a) is None
    project = memo_on(db, None, None)
    assert project is not None and project.title == "Om projektet"
    apply_command(db, AddMemo("Endnu et projektmemo"))
    again = memo_on(db, None, None)
    assert again is not None and again.id == project.id
    assert memo_row(db, project.id) == project
    assert memo_row(db, 9999) is None


def test_codings_at_a_position_shortest_first(db: ProjectDatabase) -> None:
    sample = populate(db)
    start, end = span(FOCUS_GROUP, "Vi når at lære borgeren at kende 😀")
    found = codings_at(db, sample.focus_group, start + 3)
    assert [(r.code_path, r.coder, r.start, r.end) for r in found] == [
        ("Borgerrelationer/Tillid", "jonas", start, end)
    ]
    assert found[0].excerpt == "Vi når at lære borgeren at kende 😀"
    assert codings_at(db, sample.focus_group, end) == []
    assert [r.coder for r in codings_at(db, sample.focus_group, end - 1)] == ["jonas"]
    emoji = CITIZEN.index("👍🏽")
    assert [r.excerpt for r in codings_at(db, sample.citizen, emoji)] == ["👍🏽 Det er trygt."]


def test_has_coding_needs_the_same_document_code_coder_and_span(db: ProjectDatabase) -> None:
    sample = populate(db)
    start, end = span(FOCUS_GROUP, "Vi når at lære borgeren at kende 😀")
    coded = CodingSpan(sample.focus_group, sample.trust, sample.jonas, start, end)
    assert has_coding(db, coded)
    assert not has_coding(db, replace(coded, coder_id=sample.ane))
    assert not has_coding(db, replace(coded, code_id=sample.medical))
    assert not has_coding(db, replace(coded, end=end - 1))
    assert not has_coding(db, replace(coded, start=start + 1))
    assert not has_coding(db, replace(coded, document_id=sample.citizen))


def test_annotations_of_a_document_and_at_a_position(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, AddAnnotation(sample.focus_group, 0, 2, "Interviewer"))
    rows = annotation_rows(db, sample.focus_group)
    assert [(r.text, r.excerpt) for r in rows] == [
        ("Interviewer", "I:"),
        ("Hvor mange?", "måneder"),
    ]
    assert rows[1].coder == "ane" and rows[0].coder is None
    start = FOCUS_GROUP.index("måneder")
    assert [r.text for r in annotation_rows(db, sample.focus_group, start + 2)] == ["Hvor mange?"]
    assert annotation_rows(db, sample.citizen) == []


def test_excerpt_is_one_line_and_short() -> None:
    text = "Første linje\nanden   linje æøå " + "x" * 100
    assert excerpt(text, 0, 22) == "Første linje anden l"
    cut = excerpt(text, 0, len(text), 30)
    assert cut == "Første linje anden linje æøå…"


def test_target_names(db: ProjectDatabase) -> None:
    sample = populate(db)
    assert target_name(db, None, None) == ("", "")
    assert target_name(db, "document_id", sample.citizen) == ("Borgerinterview R3", "")
    assert target_name(db, "case_id", sample.case_citizen) == ("Borger 3", "")
    assert target_name(db, "code_id", sample.trust) == ("Borgerrelationer/Tillid", "")
    assert target_name(db, "coding_id", sample.coding_ids[2]) == (
        "Opgavekompetencer/Lægelige oplysninger",
        "Fokusgruppe R1 forsøg",
    )
    assert target_name(db, "coding_id", 9999) == ("", "")


def test_code_summary(db: ProjectDatabase) -> None:
    sample = populate(db)
    assert code_summary(db, sample.trust) == ("Borgerrelationer/Tillid", "", "#2e86c1")
    assert code_summary(db, 9999) is None


EDITS: dict[str, Callable[[SampleIds], Command]] = {
    "rename case": lambda s: RenameCase(s.case_citizen, "Borger 3 – Søren Ærø"),
    "rename attribute": lambda s: RenameAttribute(s.role, "Rolle i forløbet"),
    "create cases with values": lambda s: AddCasesWithValues(
        [
            # Startdato is defined right after Alder in the sample project.
            ("Leder Åse", [(s.role, "Leder"), (s.age, 52.0), (s.age + 1, date(2020, 1, 6))]),
            ("Borger Ørum", [(s.role, "Borger"), (s.age, None)]),
        ]
    ),
    "set, change and clear many values": lambda s: SetAttributeValues(
        [
            (s.role, s.case_a, "Leder"),  # changed
            (s.age, s.case_a, 38),  # new, stored as 38.0
            (s.age, s.case_citizen, None),  # cleared
            (s.role, s.case_citizen, "Borger"),  # unchanged
            (s.age + 2, s.citizen, False),  # a document attribute (Forsøg)
        ]
    ),
    "edit annotation": lambda s: EditAnnotation(1, "Hvor mange måneder præcist?"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_apply_undo_redo_restore_every_row(db: ProjectDatabase, name: str) -> None:
    sample = populate(db)
    before = snapshot(db)
    undo = apply_command(db, EDITS[name](sample))
    after = snapshot(db)
    assert after != before
    redo = apply_command(db, undo)
    assert snapshot(db) == before
    apply_command(db, redo)
    assert snapshot(db) == after


def test_cases_with_values_store_typed_values(db: ProjectDatabase) -> None:
    sample = populate(db)
    command = AddCasesWithValues(
        [("Leder Åse", [(sample.role, "Leder"), (sample.age, None)]), (" Bo Ø ", [])]
    )
    apply_command(db, command)
    assert len(command.case_ids) == 2
    with db.read() as connection:
        values = connection.execute(
            select(AttributeValue.attribute_id, AttributeValue.value_text).where(
                AttributeValue.case_id.in_(command.case_ids)
            )
        ).all()
        names = connection.execute(select(Case.name).where(Case.id.in_(command.case_ids)))
        assert sorted(names.scalars()) == ["Bo Ø", "Leder Åse"]
    assert [tuple(row) for row in values] == [(sample.role, "Leder")]


def test_many_values_in_one_step_count_what_changed(db: ProjectDatabase) -> None:
    sample = populate(db)
    command = SetAttributeValues(
        [
            (sample.role, sample.case_a, "Leder"),
            (sample.role, sample.case_citizen, "Borger"),
            (sample.age, sample.case_a, 1.5),
            (sample.age, sample.case_a, 38),  # the later value wins
            (sample.age, sample.case_citizen, None),
        ]
    )
    apply_command(db, command)
    assert command.values_changed == 3
    rows = sheet_rows(db, AttributeTarget.CASE, [sample.case_a, sample.case_citizen])
    assert rows[sample.case_a].values == {sample.role: "Leder", sample.age: 38.0}
    assert sample.age not in rows[sample.case_citizen].values


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda s: AddCasesWithValues([("Leder Åse", [(s.age, "halvtreds")])]),
            "is not a number value for 'Alder'",
        ),
        (lambda s: AddCasesWithValues([("Borger 3", [])]), "'Borger 3' already exists"),
        (lambda s: AddCasesWithValues([("Ny", []), ("Ny", [])]), "'Ny' is given twice"),
        (lambda s: AddCasesWithValues([(" ", [])]), "needs a name"),
        (lambda s: SetAttributeValues([(s.role, 999, "x")]), "case 999 does not exist"),
        (lambda s: SetAttributeValues([(999, s.case_a, "x")]), "attribute 999 does not exist"),
        (lambda s: SetAttributeValues([(s.age, s.case_a, True)]), "is not a number value"),
        (lambda s: SetAttributeValues([(s.age + 2, 999, True)]), "document 999 does not"),
    ],
)
def test_bulk_refusals_change_nothing(
    db: ProjectDatabase, make: Callable[[SampleIds], Command], message: str
) -> None:
    sample = populate(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, make(sample))
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: RenameCase(s.case_citizen, "Sagsbehandler A"), "already exists"),
        (lambda s: RenameCase(s.case_citizen, "  "), "needs a name"),
        (lambda s: RenameCase(999, "Ny"), "does not exist"),
        (lambda s: RenameAttribute(s.role, "Alder"), "already exists"),
        (lambda s: RenameAttribute(s.role, ""), "needs a name"),
        (lambda s: RenameAttribute(999, "Ny"), "does not exist"),
        (lambda s: EditAnnotation(999, "Ny"), "does not exist"),
    ],
)
def test_refusals_change_nothing(
    db: ProjectDatabase, make: Callable[[SampleIds], Command], message: str
) -> None:
    sample = populate(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, make(sample))
    assert snapshot(db) == before


def test_renaming_keeps_the_same_name_and_values(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, RenameCase(sample.case_citizen, " Borger 3 "))
    apply_command(db, EditAnnotation(1, "Ændret ✍🏽"))
    with db.read() as connection:
        name = connection.execute(select(Case.name).where(Case.id == sample.case_citizen))
        assert name.scalar() == "Borger 3"
        note = connection.execute(select(Annotation.text).where(Annotation.id == 1))
        assert note.scalar() == "Ændret ✍🏽"
