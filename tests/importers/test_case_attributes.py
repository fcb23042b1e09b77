"""Case attributes from spreadsheets: stored values and types, updates, undo, refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from importers.attribute_types import AttributeScalar
from importers.case_attributes import (
    CaseValues,
    ImportCaseAttributes,
    plan_case_attributes,
    preview_case_attributes,
)
from importers.result import ImportRefusedError
from models.cases import AttributeDefinition, AttributeTarget, AttributeType, AttributeValue, Case
from models.commands import (
    CommandError,
    CreateCase,
    DefineAttribute,
    apply_command,
)
from models.database import ProjectDatabase
from tests.importers.spreadsheet_files import write_csv, write_xlsx
from tests.models.sample_project import snapshot

HEADER = ["Deltager", "Afdeling", "Runde", "Køn", "Alder", "Startdato", "Deltog i forsøg"]
ROWS: list[list[Any]] = [
    ["Søren Ærø", "Afdeling: Forsøgsafdeling", "R1", "Mand", 45, date(2018, 3, 12), "ja"],
    ["Åse Øby", "Ordinær afdeling", "R2", "Kvinde", 38.5, date(2018, 4, 1), "nej"],
    ["Bo Møller", "Afdeling: Forsøgsafdeling", "R3", None, 61, None, "ja"],
]
Stored = dict[str, dict[str, tuple[AttributeType, AttributeScalar | None]]]


def stored(db: ProjectDatabase) -> Stored:
    """Every case attribute value, by case name and attribute name, with its type."""
    query = (
        select(Case.name, AttributeDefinition.name, AttributeDefinition.type, AttributeValue)
        .join(AttributeValue, AttributeValue.case_id == Case.id)
        .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
    )
    result: Stored = {}
    with db.session() as session:
        for case, attribute, kind, value in session.execute(query):
            filled = [value.value_text, value.value_number, value.value_date, value.value_bool]
            assert sum(v is not None for v in filled) == 1
            single = next(v for v in filled if v is not None)
            result.setdefault(case, {})[attribute] = (kind, single)
    return result


def attribute_types(db: ProjectDatabase) -> dict[str, AttributeType]:
    with db.read() as connection:
        rows = connection.execute(
            select(AttributeDefinition.name, AttributeDefinition.type, AttributeDefinition.target)
        )
        return {name: kind for name, kind, target in rows if target is AttributeTarget.CASE}


def case_names(db: ProjectDatabase) -> list[str]:
    with db.read() as connection:
        return list(connection.execute(select(Case.name).order_by(Case.id)).scalars())


T, N, D, B = AttributeType.TEXT, AttributeType.NUMBER, AttributeType.DATE, AttributeType.BOOLEAN


def test_xlsx_import_creates_cases_with_typed_values(db: ProjectDatabase, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deltagere.xlsx", HEADER, ROWS)
    command = plan_case_attributes(path, db)
    apply_command(db, command)
    assert (command.cases_created, command.cases_updated) == (3, 0)
    assert (command.attributes_defined, command.values_set) == (6, 16)
    assert case_names(db) == ["Søren Ærø", "Åse Øby", "Bo Møller"]
    assert attribute_types(db) == {
        "Afdeling": T, "Runde": T, "Køn": T, "Alder": N, "Startdato": D, "Deltog i forsøg": B,
    }  # fmt: skip
    assert stored(db) == {
        "Søren Ærø": {
            "Afdeling": (T, "Afdeling: Forsøgsafdeling"),
            "Runde": (T, "R1"),
            "Køn": (T, "Mand"),
            "Alder": (N, 45.0),
            "Startdato": (D, date(2018, 3, 12)),
            "Deltog i forsøg": (B, True),
        },
        "Åse Øby": {
            "Afdeling": (T, "Ordinær afdeling"),
            "Runde": (T, "R2"),
            "Køn": (T, "Kvinde"),
            "Alder": (N, 38.5),
            "Startdato": (D, date(2018, 4, 1)),
            "Deltog i forsøg": (B, False),
        },
        "Bo Møller": {
            "Afdeling": (T, "Afdeling: Forsøgsafdeling"),
            "Runde": (T, "R3"),
            "Alder": (N, 61.0),
            "Deltog i forsøg": (B, True),
        },
    }


def test_windows_1252_csv_updates_existing_cases_and_undo_restores_them(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "r1.xlsx", HEADER, ROWS)
    apply_command(db, plan_case_attributes(first, db))
    before = snapshot(db)
    path = write_csv(
        tmp_path / "r2.csv",
        [
            ["Navn", "Alder", "Startdato", "Deltog i forsøg", "Bemærkning"],
            ["Åse Øby", "39,5", "01.05.2018", "", "Flyttet til forsøgsafdeling"],
            ["Ærlige Ærø", "1.234,5", "2018-06-30", "nej", ""],
        ],
    )
    command = plan_case_attributes(path, db)
    undo = apply_command(db, command)
    assert (command.cases_created, command.cases_updated) == (1, 1)
    assert (command.attributes_defined, command.values_set) == (1, 6)
    values = stored(db)
    assert values["Åse Øby"] == {
        "Afdeling": (T, "Ordinær afdeling"),
        "Runde": (T, "R2"),
        "Køn": (T, "Kvinde"),
        "Alder": (N, 39.5),
        "Startdato": (D, date(2018, 5, 1)),
        "Deltog i forsøg": (B, False),
        "Bemærkning": (T, "Flyttet til forsøgsafdeling"),
    }
    assert values["Ærlige Ærø"] == {
        "Alder": (N, 1234.5),
        "Startdato": (D, date(2018, 6, 30)),
        "Deltog i forsøg": (B, False),
    }
    apply_command(db, undo)
    assert snapshot(db) == before


def test_a_chosen_type_is_used_and_an_existing_compatible_type_kept(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    define = DefineAttribute("Runde", T)
    apply_command(db, define)
    path = write_csv(tmp_path / "runder.csv", [["Sag", "Runde", "Alder"], ["A", "1", "45"]])
    preview = preview_case_attributes(path, db, types={"Alder": T})
    assert [(c.column, c.type, c.inferred, c.existing) for c in preview.columns] == [
        ("Runde", T, N, T), ("Alder", T, N, None),
    ]  # fmt: skip
    assert (preview.id_column, preview.cases, preview.new_cases) == ("Sag", 1, 1)
    apply_command(db, plan_case_attributes(path, db, types={"Alder": T}))
    assert stored(db) == {"A": {"Runde": (T, "1"), "Alder": (T, "45")}}


def nothing_changes(db: ProjectDatabase, path: Path, message: str, **types: AttributeType) -> None:
    before = snapshot(db)
    with pytest.raises(ImportRefusedError) as refused:
        apply_command(db, plan_case_attributes(path, db, types=types))
    assert str(refused.value) == message
    assert snapshot(db) == before


def test_a_value_that_contradicts_the_chosen_type_is_refused(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "alder.csv",
        [["Deltager", "Alder"], ["Søren Ærø", "45"], ["Åse Øby", "ca. 40"], ["Bo", "61"]],
    )
    preview = preview_case_attributes(path, db, types={"Alder": N})
    assert preview.refused and preview.columns[0].problems == ("row 3: 'ca. 40' is not a number",)
    nothing_changes(db, path, "alder.csv: Alder, row 3: 'ca. 40' is not a number", Alder=N)


def test_an_attribute_the_project_has_with_another_type_is_refused(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    apply_command(db, DefineAttribute("Alder", N))
    path = write_csv(tmp_path / "a.csv", [["Deltager", "Alder"], ["Søren Ærø", "ca. 40"]])
    message = "a.csv: the project already has the attribute 'Alder' as number, not text"
    nothing_changes(db, path, message)
    nothing_changes(db, path, message, Alder=T)


def test_duplicate_case_ids_are_refused_with_their_rows(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    rows = [*ROWS, ["Søren Ærø", "x", "R1", "Mand", 46, None, "ja"], ["Åse Øby", *ROWS[1][1:]]]
    path = write_xlsx(tmp_path / "dubletter.xlsx", HEADER, rows)
    nothing_changes(
        db,
        path,
        "dubletter.xlsx: duplicate case ids: 'Søren Ærø' in rows 2, 5; 'Åse Øby' in rows 3, 6",
    )


@pytest.mark.parametrize(
    ("rows", "types", "message"),
    [
        ([["Sag", "Køn"], ["", "K"]], {}, "f.csv, row 2: no case id in 'Sag'"),
        ([["Sag", "Køn"]], {}, "f.csv: there are no rows below the header"),
        (
            [["Sag", "Køn"], ["1", "K"]],
            {"Alder": N},
            "f.csv: no column called 'Alder' (columns: Sag, Køn)",
        ),
        ([["Sag", "Køn"], ["1", "K"]], {"Sag": N}, "f.csv: 'Sag' names the cases; it has no type"),
    ],
)
def test_files_no_type_choice_can_fix_are_refused(
    sqlite_db: ProjectDatabase,
    tmp_path: Path,
    rows: list[list[str]],
    types: dict[str, AttributeType],
    message: str,
) -> None:
    nothing_changes(sqlite_db, write_csv(tmp_path / "f.csv", rows), message, **types)


def test_the_id_column_is_found_by_name_or_else_the_first(tmp_path: Path) -> None:
    named = write_csv(tmp_path / "n.csv", [["Køn", "Navn"], ["K", "Åse"], ["M", "Bo"]])
    preview = preview_case_attributes(named)
    assert (preview.id_column, preview.cases, preview.new_cases) == ("Navn", 2, None)
    assert [c.column for c in preview.columns] == ["Køn"]
    first = write_csv(tmp_path / "f.csv", [["Person nr", "Køn"], ["7", "K"]])
    assert preview_case_attributes(first).id_column == "Person nr"


def test_the_command_rechecks_the_project_when_it_is_applied(sqlite_db: ProjectDatabase) -> None:
    apply_command(sqlite_db, CreateCase("Åse"))
    apply_command(sqlite_db, DefineAttribute("Alder", T))
    before = snapshot(sqlite_db)
    command = ImportCaseAttributes("a.csv", [("Alder", N)], [])
    with pytest.raises(CommandError, match="'Alder' as text, not number"):
        apply_command(sqlite_db, command)
    wrong = ImportCaseAttributes("a.csv", [("Startdato", D)], [CaseValues("Bo", 2, ("2018",))])
    with pytest.raises(CommandError, match="'2018' is not a date value for 'Startdato'"):
        apply_command(sqlite_db, wrong)
    assert snapshot(sqlite_db) == before
    right = ImportCaseAttributes("a.csv", [("Alder", T)], [CaseValues("Åse", 2, ("47",))])
    apply_command(sqlite_db, right)
    assert (right.cases_created, right.cases_updated, right.values_set) == (0, 1, 1)
    assert stored(sqlite_db) == {"Åse": {"Alder": (T, "47")}}
