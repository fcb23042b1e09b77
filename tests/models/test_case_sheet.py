"""The sheet's reads: attribute columns, typed rows read by id, choices, usage, case at a point."""

from __future__ import annotations

from datetime import date

from models import AttributeTarget, AttributeType
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
from models.commands import CreateCase, LinkDocumentToCase, SetAttributeValue, apply_command
from models.database import ProjectDatabase
from tests.models.sample_project import CITIZEN, FOCUS_GROUP, populate


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
