"""Case journals: one document per case, entries in date order under dated headings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from importers.journals import plan_journals, read_journals
from importers.result import ImportRefusedError
from models.cases import Case
from models.commands import AddDocument, CreateCase, apply_command
from models.database import ProjectDatabase
from models.documents import Document, DocumentKind, Heading
from tests.importers.spreadsheet_files import write_csv
from tests.importers.spreadsheet_files import write_xlsx as write_table
from tests.models.sample_project import snapshot

HEADER = ["Sagsnr", "Dato", "Sagsbehandler", "Titel", "Journalnotat"]


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    return write_table(path, header, rows)


def journals(db: ProjectDatabase) -> dict[str, tuple[str, DocumentKind, str | None, list[str]]]:
    """Each document's text, kind, linked case and heading lines (level 2 checked)."""
    result = {}
    with db.read() as connection:
        for doc in connection.execute(select(Document).order_by(Document.id)):
            case = connection.execute(select(Case.name).where(Case.id == doc.case_id)).scalar()
            spans = connection.execute(
                select(Heading.start, Heading.end, Heading.level)
                .where(Heading.document_id == doc.id)
                .order_by(Heading.start)
            ).all()
            assert {level for _, _, level in spans} <= {2}
            result[doc.name] = (doc.text, doc.kind, case, [doc.text[s:e] for s, e, _ in spans])
    return result


def test_entries_out_of_order_become_one_dated_journal_per_case(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "journaludtræk.xlsx",
        [
            [
                4711,
                date(2018, 3, 14),
                "Mette Hansen",
                "Opfølgning",
                "Borger ringede.\r\nAftalt møde.",
            ],
            ["B-12", "02.01.2019", "Søren Ærø", None, "Første samtale i forsøgsafdelingen."],
            [4711, date(2018, 3, 12), "Ole Bak", "Samtale", "Første notat 😀"],
            [4711, datetime(2018, 3, 14), "Åse Øby", None, "Samme dag, senere i filen."],
            [4711, "2018-03-01", None, None, None],
        ],
    )
    command = plan_journals(path)
    undo = apply_command(db, command)
    first = (
        "01.03.2018\n\n"
        "12.03.2018 — Ole Bak — Samtale\nFørste notat 😀\n\n"
        "14.03.2018 — Mette Hansen — Opfølgning\nBorger ringede.\nAftalt møde.\n\n"
        "14.03.2018 — Åse Øby\nSamme dag, senere i filen.\n"
    )
    second = "02.01.2019 — Søren Ærø\nFørste samtale i forsøgsafdelingen.\n"
    assert journals(db) == {
        "Journal 4711": (
            first,
            DocumentKind.JOURNAL,
            "4711",
            ["01.03.2018", "12.03.2018 — Ole Bak — Samtale",
             "14.03.2018 — Mette Hansen — Opfølgning", "14.03.2018 — Åse Øby"],
        ),
        "Journal B-12": (second, DocumentKind.JOURNAL, "B-12", ["02.01.2019 — Søren Ærø"]),
    }  # fmt: skip
    assert [o.as_dict() for o in command.outcomes] == [
        {"name": "Journal 4711", "status": "imported", "message": "4 entries for case '4711'",
         "characters": len(first), "entries": 4},
        {"name": "Journal B-12", "status": "imported", "message": "1 entry for case 'B-12'",
         "characters": len(second), "entries": 1},
    ]  # fmt: skip
    assert command.cases_created == 2
    apply_command(db, undo)
    assert journals(db) == {}
    with db.read() as connection:
        assert connection.execute(select(Case.id)).first() is None


def test_an_existing_case_is_linked_and_a_type_column_joins_the_heading(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    create = CreateCase("1001")
    apply_command(db, create)
    path = write_csv(
        tmp_path / "udtræk.csv",
        [
            ["Sags-id", "Date", "Forfatter", "Notattype", "Emne", "Tekst"],
            ["1001", "05/02/2017", "Søren Ærø", "Telefon", "Lægeattest", "Lægen ringer tilbage."],
        ],
    )
    command = plan_journals(path)
    apply_command(db, command)
    text = "05.02.2017 — Søren Ærø — Telefon — Lægeattest\nLægen ringer tilbage.\n"
    assert journals(db) == {
        "Journal 1001": (text, DocumentKind.JOURNAL, "1001", [text.split("\n")[0]])
    }
    assert command.cases_created == 0
    with db.read() as connection:
        source = connection.execute(select(Document.source_name, Document.case_id)).one()
    assert tuple(source) == ("udtræk.csv", create.case_id)


def test_a_journal_already_imported_is_skipped_and_a_clashing_one_refused(
    db: ProjectDatabase, tmp_path: Path
) -> None:
    rows = [[1, date(2018, 3, 12), "Ole", None, "Notat"], [2, date(2018, 3, 13), "Ole", None, "x"]]
    path = write_xlsx(tmp_path / "j.xlsx", rows)
    apply_command(db, plan_journals(path))
    apply_command(db, AddDocument("Journal 3", "Noget andet"))
    path = write_xlsx(tmp_path / "j2.xlsx", [*rows, [3, date(2018, 1, 1), None, None, "y"]])
    command = plan_journals(path)
    apply_command(db, command)
    assert [(o.name, o.status, o.message) for o in command.outcomes] == [
        ("Journal 1", "skipped", "already imported"),
        ("Journal 2", "skipped", "already imported"),
        ("Journal 3", "refused", "a different document called 'Journal 3' already exists"),
    ]
    assert journals(db)["Journal 3"][0] == "Noget andet"


def test_read_journals_without_a_project(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "u.csv",
        [["Case", "Date", "Author", "Text"], ["7", "2018-03-12 09:30", "Ann", "b"],
         ["7", "12.03.2018 08:00", "Bo", "a"]],
        encoding="utf-8",
    )  # fmt: skip
    [journal] = read_journals(path)
    assert journal.text == "12.03.2018 — Bo\na\n\n12.03.2018 — Ann\nb\n"
    assert [(h.start, h.end, h.level) for h in journal.headings] == [(0, 15, 2), (19, 35, 2)]


@pytest.mark.parametrize(
    ("rows", "header", "message"),
    [
        ([[None, date(2018, 1, 1), "Ole", None, "x"]], HEADER,
         "j.xlsx, row 2: no case id in 'Sagsnr'"),
        ([[1, date(2018, 1, 1), "Ole", None, "x"], [1, None, "Ole", None, "x"]], HEADER,
         "j.xlsx, row 3: no date in 'Dato'"),
        ([[1, "12. marts 2018", "Ole", None, "x"]], HEADER,
         "j.xlsx, row 2: '12. marts 2018' is not a date"),
        ([[1, "31.02.2018", "Ole", None, "x"]], HEADER,
         "j.xlsx, row 2: '31.02.2018' is not a date"),
        ([], HEADER, "j.xlsx: there are no journal entries below the header"),
        ([[1, date(2018, 1, 1), "x"]], ["Sagsnr", "Dato", "Forfatter"],
         "j.xlsx: no text column such as 'Notat' (looked for notat, tekst, journalnotat, text;"
         " found Sagsnr, Dato, Forfatter)"),
        ([[1, "x"]], ["Dato", "Notat"],
         "j.xlsx: no case column such as 'Sagsnr' (looked for sagsnr, sagsid, sagsnummer, sag;"
         " found Dato, Notat)"),
    ],
)  # fmt: skip
def test_bad_exports_are_refused_and_nothing_is_stored(
    db: ProjectDatabase, tmp_path: Path, rows: list[list[Any]], header: list[str], message: str
) -> None:
    before = snapshot(db)
    with pytest.raises(ImportRefusedError) as refused:
        apply_command(db, plan_journals(write_xlsx(tmp_path / "j.xlsx", rows, header)))
    assert str(refused.value) == message
    assert snapshot(db) == before
