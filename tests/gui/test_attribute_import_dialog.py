"""Importing case attributes and case journals from the window: preview, types, one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.attribute_import_dialog import AttributeImportDialog
from app.gui.attribute_preview_model import NOTES, TYPE, ColumnPreviewModel
from app.gui.journal_import_dialog import JournalImportDialog, JournalPlan, JournalPreviewModel
from app.gui.session import ProjectSession
from importers.case_attributes import preview_case_attributes
from importers.journals import plan_journals
from models import AttributeDefinition, AttributeType, AttributeValue, Case
from models.commands import CreateCase, apply_command
from models.database import ProjectDatabase
from tests.importers.spreadsheet_files import write_csv, write_xlsx
from tests.models.sample_project import snapshot

HEADER = ["Deltager", "Rolle", "Afdeling", "Postnr", "Alder", "Startdato", "Forsøg"]
ROWS: list[list[Any]] = [
    ["Søren Ærø", "Borger", "Forsøgsafdeling", "0800", 45, date(2018, 3, 12), "ja"],
    ["Åse Øby", "Sagsbehandler", "Ordinær afdeling", "8000", 38.5, None, "nej"],
    ["Bo Møller", "Leder", "Forsøgsafdeling", "2200", None, date(2019, 1, 7), "ja"],
]


@pytest.fixture
def session(db: ProjectDatabase) -> ProjectSession:
    apply_command(db, CreateCase("Åse Øby"))
    return ProjectSession(db, "ane")


@pytest.fixture
def dialog(qtbot: QtBot, session: ProjectSession) -> AttributeImportDialog:
    shown = AttributeImportDialog(session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def wait(qtbot: QtBot, dialog: AttributeImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.jobs.running, timeout=20_000)


def types_shown(dialog: AttributeImportDialog) -> dict[str, str]:
    model = dialog.model
    return {model.index(r, 0).data(): model.index(r, TYPE).data() for r in range(model.rowCount())}


def stored(db: ProjectDatabase) -> dict[tuple[str, str], Any]:
    query = (
        select(Case.name, AttributeDefinition.name, AttributeValue)
        .join(AttributeValue, AttributeValue.case_id == Case.id)
        .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
    )
    found = {}
    with db.session() as orm:
        for case, attribute, value in orm.execute(query):
            filled = [value.value_text, value.value_number, value.value_date, value.value_bool]
            found[case, attribute] = next(v for v in filled if v is not None)
    return found


def test_preview_then_import_as_one_undo_step(
    dialog: AttributeImportDialog, session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    before = snapshot(session.db)
    dialog.load(write_xlsx(tmp_path / "deltagere æøå.xlsx", HEADER, ROWS))
    wait(qtbot, dialog)
    assert types_shown(dialog) == {
        "Rolle": "text",
        "Afdeling": "text",
        "Postnr": "text",
        "Alder": "number",
        "Startdato": "date",
        "Forsøg": "yes/no",
    }
    assert dialog.summary.text() == (
        "deltagere æøå.xlsx: 3 case(s) named in column 'Deltager' (2 new, 1 to update)."
    )
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.undo_stack.undo_label == "Import case attributes from deltagere æøå.xlsx"
    values = stored(session.db)
    assert values["Søren Ærø", "Postnr"] == "0800"
    assert values["Åse Øby", "Alder"] == 38.5
    assert values["Bo Møller", "Startdato"] == date(2019, 1, 7)
    assert values["Søren Ærø", "Forsøg"] is True
    assert ("Bo Møller", "Alder") not in values
    session.undo_stack.undo()
    assert snapshot(session.db) == before


def test_choosing_a_type_reads_the_preview_again(
    dialog: AttributeImportDialog, session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "runder.csv",
        [["Navn", "Runde", "Score"], ["Søren Ærø", "1", "12,5"], ["Åse Øby", "2", "7"]],
    )
    dialog.load(path)
    wait(qtbot, dialog)
    assert types_shown(dialog) == {"Runde": "number", "Score": "number"}
    runde = dialog.model.index(0, TYPE)
    assert dialog.model.setData(runde, AttributeType.TEXT.value)
    wait(qtbot, dialog)
    assert dialog.types == {"Runde": AttributeType.TEXT}
    assert types_shown(dialog) == {"Runde": "text", "Score": "number"}
    dialog.set_type("Score", AttributeType.DATE)
    wait(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    notes = dialog.model.index(1, NOTES).data()
    assert notes == "row 2: '12,5' is not a date · row 3: '7' is not a date"
    assert dialog.model.index(1, NOTES).data(Qt.ItemDataRole.ForegroundRole) is not None
    dialog.set_type("Score", AttributeType.NUMBER)
    wait(qtbot, dialog)
    dialog.apply()
    wait(qtbot, dialog)
    values = stored(session.db)
    assert (values["Søren Ærø", "Runde"], values["Søren Ærø", "Score"]) == ("1", 12.5)


def test_a_file_that_cannot_be_read_is_named(
    dialog: AttributeImportDialog, session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "dubletter.csv", [["Sag", "Rolle"], ["A", "x"], ["A", "y"]])
    dialog.load(path)
    wait(qtbot, dialog)
    assert dialog.summary.text() == "dubletter.csv: duplicate case ids: 'A' in rows 2, 3"
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_preview_model_passes_the_model_tester(qtmodeltester: Any, tmp_path: Path) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        model = ColumnPreviewModel()
        qtmodeltester.check(model)
        preview = preview_case_attributes(write_xlsx(tmp_path / "d.xlsx", HEADER, ROWS))
        model.load(preview.columns)
        qtmodeltester.check(model)
        assert model.index(3, 2).data() == "2"
    finally:
        QLocale.setDefault(before)


JOURNAL_HEADER = ["Sagsnr", "Dato", "Sagsbehandler", "Titel", "Journalnotat"]
JOURNAL_ROWS: list[list[Any]] = [
    ["4711", date(2018, 3, 12), "Mette Hansen", "Opfølgning", "Borgeren er glad for praktikken."],
    ["4711", date(2018, 1, 5), "Mette Hansen", "Samtale", "Første samtale. Ærgerligt forløb."],
    ["5120", "24-12-2018", "Søren Ø", "", "Lægelige oplysninger mangler 🙁"],
]


@pytest.fixture
def journal_dialog(qtbot: QtBot, session: ProjectSession) -> JournalImportDialog:
    shown = JournalImportDialog(session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_journal_preview_then_import_then_undo(
    journal_dialog: JournalImportDialog, session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    before = snapshot(session.db)
    path = write_xlsx(tmp_path / "journaludtræk.xlsx", JOURNAL_HEADER, JOURNAL_ROWS)
    assert journal_dialog.load(path)
    qtbot.waitUntil(lambda: not journal_dialog.jobs.running, timeout=20_000)
    model = journal_dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["Journal 4711", "4711", "2", str(len(journal_dialog_text(journal_dialog, 0))), "New"],
        ["Journal 5120", "5120", "1", str(len(journal_dialog_text(journal_dialog, 1))), "New"],
    ]
    assert journal_dialog.summary.text() == (
        "journaludtræk.xlsx: 2 journal(s) with 3 entries; 2 new."
    )
    assert journal_dialog.apply()
    assert session.undo_stack.undo_label == "Import case journals from journaludtræk.xlsx"
    assert journal_dialog.report is not None
    assert journal_dialog.report.text() == (
        "2 journal(s) imported, 0 skipped, 0 refused; 2 case(s) created."
    )
    with session.db.read() as connection:
        assert set(connection.execute(select(Case.name)).scalars()) >= {"4711", "5120"}
    again = JournalImportDialog(session)
    qtbot.addWidget(again)
    again.load(path)
    qtbot.waitUntil(lambda: not again.jobs.running, timeout=20_000)
    assert again.model.index(0, 4).data() == "Already imported: skipped"
    assert not again.import_button.isEnabled()
    session.undo_stack.undo()
    assert snapshot(session.db) == before


def journal_dialog_text(dialog: JournalImportDialog, row: int) -> str:
    assert dialog.plan is not None
    return dialog.plan.command.documents[row].text


def test_a_journal_export_without_dates_is_refused_by_name(
    journal_dialog: JournalImportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "udtræk.csv", [["Sagsnr", "Notat"], ["4711", "Tekst"]])
    journal_dialog.load(path)
    qtbot.waitUntil(lambda: not journal_dialog.jobs.running, timeout=20_000)
    assert journal_dialog.summary.text().startswith("udtræk.csv: no date column such as 'Dato'")
    assert journal_dialog.model.rowCount() == 0


def test_journal_model_passes_the_model_tester(qtmodeltester: Any, tmp_path: Path) -> None:
    model = JournalPreviewModel()
    qtmodeltester.check(model)
    command = plan_journals(write_xlsx(tmp_path / "j.xlsx", JOURNAL_HEADER, JOURNAL_ROWS))
    model.load(JournalPlan(command, ("new", "refused")))
    qtmodeltester.check(model)
    assert model.index(1, 4).data() == "Another document has this name: refused"
