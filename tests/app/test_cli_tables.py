"""``tekstur attributes import`` and ``tekstur journals import`` end to end."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.cli import main
from models.cases import AttributeDefinition, AttributeType, AttributeValue, Case
from models.database import open_project
from models.documents import Document, DocumentKind
from tests.app.cli_runner import run


@pytest.fixture
def participants(tmp_path: Path) -> Path:
    path = tmp_path / "deltagere.csv"
    with path.open("w", encoding="cp1252", newline="") as file:
        csv.writer(file, delimiter=";").writerows(
            [
                ["Deltager", "Runde", "Køn", "Alder", "Startdato", "Deltog i forsøg"],
                ["Søren Ærø", "R1", "Mand", "45", "12.03.2018", "ja"],
                ["Åse Øby", "R2", "Kvinde", "ca. 40", "01.04.2018", "nej"],
            ]
        )
    return path


def test_attributes_preview_stores_nothing(
    project: str, participants: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "attributes", "import", project, str(participants), "--preview")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "deltagere.csv: 2 cases in column 'Deltager', 2 new",
        "  Runde: text, 2 values, 0 empty (e.g. R1, R2)",
        "  Køn: text, 2 values, 0 empty (e.g. Mand, Kvinde)",
        "  Alder: text, 2 values, 0 empty (e.g. 45, ca. 40)",
        "    ! 1 of 2 values are numbers; row 3: 'ca. 40' is not a number",
        "  Startdato: date, 2 values, 0 empty (e.g. 12.03.2018, 01.04.2018)",
        "  Deltog i forsøg: yes/no, 2 values, 0 empty (e.g. ja, nej)",
    ]
    status, out, _ = run(
        capsys, "attributes", "import", project, str(participants), "--preview", "--json",
        "--type", "Alder=tal",
    )  # fmt: skip
    preview = json.loads(out)
    assert status == 1
    assert preview["columns"][2] == {
        "column": "Alder",
        "type": "number",
        "inferred": "text",
        "examples": ["45", "ca. 40"],
        "values": 2,
        "empty": 0,
        "problems": ["row 3: 'ca. 40' is not a number"],
        "existing": None,
        "refused": True,
    }
    with open_project(project) as db, db.read() as connection:
        assert connection.execute(select(Case.id)).first() is None


def test_attributes_import_with_json_and_a_refused_type(
    project: str, participants: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "attributes", "import", project, str(participants), "--type", "Alder=number"
    )
    assert (status, out) == (1, "")
    assert err == "tekstur: deltagere.csv: Alder, row 3: 'ca. 40' is not a number\n"
    status, out, err = run(capsys, "attributes", "import", project, str(participants), "--json")
    assert (status, err) == (0, "")
    assert json.loads(out) == {
        "file": "deltagere.csv",
        "status": "imported",
        "cases_created": 2,
        "cases_updated": 0,
        "attributes_defined": 5,
        "values_set": 10,
        "types": {
            "Runde": "text", "Køn": "text", "Alder": "text", "Startdato": "date",
            "Deltog i forsøg": "yes/no",
        },
    }  # fmt: skip
    status, out, _ = run(capsys, "attributes", "import", project, str(participants))
    assert (status, out) == (
        0,
        "Imported deltagere.csv: 0 cases created, 2 updated, 0 attributes defined, 10 values set\n",
    )
    with open_project(project) as db, db.read() as connection:
        found = connection.execute(
            select(Case.name, AttributeValue.value_date)
            .join(AttributeValue, AttributeValue.case_id == Case.id)
            .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
            .where(AttributeDefinition.type == AttributeType.DATE)
            .order_by(Case.name)
        ).all()
    assert [tuple(row) for row in found] == [
        ("Søren Ærø", date(2018, 3, 12)), ("Åse Øby", date(2018, 4, 1)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--type", "Alder"],
         "tekstur: --type 'Alder': write it as COLUMN=TYPE, e.g. Alder=number"),
        (["--type", "Alder=heltal"],
         "tekstur: --type 'Alder=heltal': unknown type 'heltal'"
         " (use text, number, date or yes/no)"),
        (["--type", "Vægt=tal"],
         "tekstur: deltagere.csv: no column called 'Vægt' (columns: Deltager, Runde, Køn, Alder,"
         " Startdato, Deltog i forsøg)"),
    ],
)  # fmt: skip
def test_bad_type_options_are_one_line_errors(
    project: str,
    participants: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    status, out, err = run(capsys, "attributes", "import", project, str(participants), *argv)
    assert (status, out, err) == (1, "", message + "\n")


def test_journals_import_then_again(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    rows: list[list[Any]] = [
        ["Sagsnr", "Dato", "Sagsbehandler", "Notat"],
        ["2012-77", date(2019, 5, 2), "Mette Hansen", "Rehabiliteringsteam indstiller."],
        ["2012-77", date(2012, 1, 9), "Søren Ærø", "Sagen oprettet."],
        ["2015-3", date(2015, 6, 1), None, "Lægeattest modtaget."],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "sager.xlsx"
    workbook.save(path)
    status, out, err = run(capsys, "journals", "import", project, str(path))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "imported  Journal 2012-77: 2 entries for case '2012-77'",
        "imported  Journal 2015-3: 1 entry for case '2015-3'",
        "2 journals imported, 0 skipped, 0 refused; 2 cases created",
    ]
    status, out, _ = run(capsys, "journals", "import", project, str(path), "--json")
    text = (
        "09.01.2012 — Søren Ærø\nSagen oprettet.\n\n"
        "02.05.2019 — Mette Hansen\nRehabiliteringsteam indstiller.\n"
    )
    assert status == 0
    assert json.loads(out.splitlines()[0]) == {
        "name": "Journal 2012-77",
        "status": "skipped",
        "message": "already imported",
        "characters": len(text),
        "entries": 2,
    }
    with open_project(project) as db, db.read() as connection:
        stored = connection.execute(
            select(Document.text, Document.kind, Case.name)
            .join(Case, Case.id == Document.case_id)
            .where(Document.name == "Journal 2012-77")
        ).one()
    assert tuple(stored) == (text, DocumentKind.JOURNAL, "2012-77")


def test_journals_refused_rows_and_clashing_documents_exit_1(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "dårlig.csv"
    bad.write_text("Sagsnr;Dato;Notat\n1;i går;x\n", encoding="utf-8")
    assert run(capsys, "journals", "import", project, str(bad)) == (
        1, "", "tekstur: dårlig.csv, row 2: 'i går' is not a date\n",
    )  # fmt: skip
    first = tmp_path / "a.csv"
    first.write_text("Sagsnr;Dato;Notat\n1;01.02.2018;x\n", encoding="utf-8")
    assert run(capsys, "journals", "import", project, str(first))[0] == 0
    second = tmp_path / "b.csv"
    second.write_text("Sagsnr;Dato;Notat\n1;01.02.2018;y\n2;01.02.2018;z\n", encoding="utf-8")
    status, out, err = run(capsys, "journals", "import", project, str(second), "--json")
    assert [(o["name"], o["status"]) for o in map(json.loads, out.splitlines())] == [
        ("Journal 1", "refused"), ("Journal 2", "imported"),
    ]  # fmt: skip
    assert (status, err) == (1, "tekstur: 1 journal(s) refused from b.csv\n")


def test_a_corrupt_workbook_and_a_missing_action(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "ødelagt.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage")
    status, out, err = run(capsys, "attributes", "import", project, str(broken))
    assert (status, out) == (1, "")
    assert err == (
        "tekstur: ødelagt.xlsx: not a readable Excel workbook"
        " (damaged, or protected by a password)\n"
    )
    with pytest.raises(SystemExit) as usage:
        main(["journals"])
    assert usage.value.code == 2
