"""The classification sheet: typed editing through the delegate, paste from Excel, copy, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.attribute_delegate import AttributeDelegate, display_text, typed_value
from app.gui.case_sheet_model import NAME_COLUMN, CaseSheetModel
from app.gui.classification_sheet import ClassificationSheet
from app.gui.session import ProjectSession
from app.gui.sheet_clipboard import copy_cells, parse_tsv
from models import AttributeTarget, AttributeType, AttributeValue, Case
from models.case_sheet import sheet_columns
from models.database import ProjectDatabase
from tests.models.sample_project import SampleIds, populate, snapshot

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


@pytest.fixture(autouse=True)
def danish_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(DANISH)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def project(db: ProjectDatabase) -> tuple[ProjectSession, SampleIds]:
    sample = populate(db)
    return ProjectSession(db, "ane"), sample


@pytest.fixture
def sheet(qtbot: QtBot, project: tuple[ProjectSession, SampleIds]) -> ClassificationSheet:
    widget = ClassificationSheet()
    qtbot.addWidget(widget)
    widget.set_session(project[0])
    widget.resize(900, 500)
    widget.show()
    return widget


def values_of(db: ProjectDatabase, case_name: str) -> dict[str, Any]:
    columns = {c.id: c for c in sheet_columns(db, AttributeTarget.CASE)}
    with db.read() as connection:
        case_id = connection.execute(select(Case.id).where(Case.name == case_name)).scalar_one()
        rows = connection.execute(
            select(AttributeValue).where(AttributeValue.case_id == case_id)
        ).all()
    found = {}
    for row in rows:
        column = columns[row.attribute_id]
        kind = column.type
        found[column.name] = {
            AttributeType.TEXT: row.value_text,
            AttributeType.NUMBER: row.value_number,
            AttributeType.DATE: row.value_date,
            AttributeType.BOOLEAN: row.value_bool,
        }[kind]
    return found


def cell(model: CaseSheetModel, case: str, attribute: str) -> Any:
    row = next(r for r in range(model.rowCount()) if model.value(r, NAME_COLUMN) == case)
    section = next(
        s
        for s in range(model.columnCount())
        if model.headerData(s, Qt.Orientation.Horizontal) == attribute
    )
    return model.index(row, section)


def test_model_passes_the_model_tester(
    qtmodeltester: Any, project: tuple[ProjectSession, SampleIds]
) -> None:
    model = CaseSheetModel()
    qtmodeltester.check(model)
    model.set_session(project[0])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 4
    model.set_target(AttributeTarget.DOCUMENT)
    qtmodeltester.check(model)
    assert model.columnCount() == 2


def test_values_are_shown_in_the_users_locale(project: tuple[ProjectSession, SampleIds]) -> None:
    session, sample = project
    model = CaseSheetModel()
    model.set_session(session)
    assert [model.value(r, NAME_COLUMN) for r in range(2)] == ["Borger 3", "Sagsbehandler A"]
    assert [model.index(r, NAME_COLUMN).data() for r in range(2)] == ["Borger 3", "Sagsbehandler A"]
    assert model.index(0, 2).data() == "47"
    assert model.index(0, 3).data() == "01.03.2019"
    assert model.index(0, 3).data(Qt.ItemDataRole.EditRole) == QDate(2019, 3, 1)
    assert model.index(1, 2).data() == ""
    assert display_text(1234.5) == "1.234,5"
    assert display_text(True) == "Yes"
    model.set_target(AttributeTarget.DOCUMENT)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Document"
    row = model.row_of(sample.focus_group)
    assert row is not None and model.index(row, 1).data() == "Yes"


def test_typed_values_follow_the_locale_then_the_importers() -> None:
    assert typed_value("12,5", AttributeType.NUMBER) == 12.5
    assert typed_value("1.234,5", AttributeType.NUMBER) == 1234.5
    assert typed_value("03-02-2025", AttributeType.DATE) == date(2025, 2, 3)
    assert typed_value("03.02.2025", AttributeType.DATE) == date(2025, 2, 3)
    assert typed_value(QDate(2025, 2, 3), AttributeType.DATE) == date(2025, 2, 3)
    assert typed_value("nej", AttributeType.BOOLEAN) is False
    assert typed_value("  ", AttributeType.NUMBER) is None
    assert typed_value(" Århus ", AttributeType.TEXT) == "Århus"
    with pytest.raises(ValueError, match=r"'ca\. 40' is not number"):
        typed_value("ca. 40", AttributeType.NUMBER)
    with pytest.raises(ValueError):
        typed_value(True, AttributeType.NUMBER)


def edit_with_delegate(sheet: ClassificationSheet, index: Any, fill: Any) -> QWidget:
    delegate = sheet.view.itemDelegate()
    assert isinstance(delegate, AttributeDelegate)
    editor = delegate.createEditor(sheet.view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    fill(editor)
    delegate.setModelData(editor, sheet.model, index)
    return editor


def test_each_type_gets_its_editor_and_stores_a_typed_value(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, _ = project
    model = sheet.model
    age = cell(model, "Sagsbehandler A", "Alder")
    editor = edit_with_delegate(sheet, age, lambda e: e.setText("38,5"))
    assert isinstance(editor, QLineEdit) and editor.validator() is not None
    role = cell(model, "Sagsbehandler A", "Rolle")
    editor = edit_with_delegate(sheet, role, lambda e: e.setText("Koordinerende sagsbehandler"))
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert isinstance(completer, QCompleter)
    assert completer.model().index(0, 0).data() in {"Sagsbehandler", "Borger"}
    started = cell(model, "Sagsbehandler A", "Startdato")
    editor = edit_with_delegate(sheet, started, lambda e: e.setDate(QDate(2025, 2, 3)))
    assert isinstance(editor, QDateEdit) and editor.displayFormat() == "dd.MM.yyyy"
    assert values_of(session.db, "Sagsbehandler A") == {
        "Rolle": "Koordinerende sagsbehandler",
        "Alder": 38.5,
        "Startdato": date(2025, 2, 3),
    }
    assert model.data(age) == "38,5"
    assert session.undo_stack.undo_label == "Set Startdato of Sagsbehandler A to 03.02.2025"
    edit_with_delegate(sheet, age, lambda e: e.setText(""))
    assert "Alder" not in values_of(session.db, "Sagsbehandler A")
    assert session.undo_stack.undo_label == "Clear Alder of Sagsbehandler A"


def test_yes_no_editor_on_document_attributes(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    sheet.documents_action.trigger()
    assert not sheet.add_case_action.isEnabled()
    row = sheet.model.row_of(sample.citizen)
    assert row is not None
    index = sheet.model.index(row, 1)

    def choose_no(editor: QWidget) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(False))

    edit_with_delegate(sheet, index, choose_no)
    assert index.data() == "No"
    with session.db.read() as connection:
        stored = connection.execute(
            select(AttributeValue.value_bool).where(AttributeValue.document_id == sample.citizen)
        ).scalar_one()
    assert stored is False


def test_typing_into_a_cell_with_the_keyboard(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, _ = project
    age = cell(sheet.model, "Sagsbehandler A", "Alder")
    sheet.view.setFocus()
    sheet.view.setCurrentIndex(age)
    QTest.keyClick(sheet.view, Qt.Key.Key_F2)
    editor = sheet.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "41,25")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop pass
    qtbot.waitUntil(lambda: session.undo_stack.undo_label is not None)
    assert values_of(session.db, "Sagsbehandler A")["Alder"] == 41.25
    assert age.data() == "41,25"
    sheet.view.setCurrentIndex(age)
    QTest.keyClick(sheet.view, Qt.Key.Key_F2)
    editor = sheet.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "ca ")  # the validator refuses letters and spaces
    assert editor.text() == "41,25"
    QTest.keyClicks(editor, "40")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: values_of(session.db, "Sagsbehandler A")["Alder"] == 40.0)


def test_renaming_a_case_in_the_name_column_then_undo(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    row = sheet.model.row_of(sample.case_citizen)
    assert row is not None
    assert sheet.model.setData(sheet.model.index(row, NAME_COLUMN), "Borger Søren Ærø")
    assert session.undo_stack.undo_label == "Rename 'Borger 3' to 'Borger Søren Ærø'"
    assert sheet.model.value(sheet.model.row_of(sample.case_citizen) or 0, 0) == "Borger Søren Ærø"
    assert not sheet.model.setData(sheet.model.index(0, 2), "ikke et tal")
    session.undo_stack.undo()
    assert sheet.model.value(sheet.model.row_of(sample.case_citizen) or 0, 0) == "Borger 3"


def test_paste_danish_numbers_and_dates_as_one_undo_step(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, _ = project
    before = snapshot(session.db)
    # Excel's clipboard: the selection Borger 3 … Startdato, plus two new participants.
    pasted = (
        "Borger 3\tBorger\t1.234,5\t03-02-2025\r\n"
        'Sagsbehandler A\t\t"41,5"\t24.12.2018\r\n'
        "Leder Åse\tLeder\t52\t2020-01-06\r\n"
        '"Borger ""Ø"""\t\t\t\r\n'
    )
    sheet.view.setCurrentIndex(sheet.model.index(0, NAME_COLUMN))
    assert sheet.paste_text(pasted)
    assert session.undo_stack.undo_label == "Paste 16 cell(s)"
    db = session.db
    assert values_of(db, "Borger 3") == {
        "Rolle": "Borger",
        "Alder": 1234.5,
        "Startdato": date(2025, 2, 3),
    }
    assert values_of(db, "Sagsbehandler A") == {"Alder": 41.5, "Startdato": date(2018, 12, 24)}
    assert values_of(db, "Leder Åse") == {
        "Rolle": "Leder",
        "Alder": 52.0,
        "Startdato": date(2020, 1, 6),
    }
    assert values_of(db, 'Borger "Ø"') == {}
    assert sheet.model.rowCount() == 4
    session.undo_stack.undo()
    assert snapshot(db) == before
    assert sheet.model.rowCount() == 2
    session.undo_stack.redo()
    assert values_of(db, "Leder Åse")["Alder"] == 52.0


def test_a_bad_pasted_value_refuses_everything_and_names_the_cell(
    sheet: ClassificationSheet,
    project: tuple[ProjectSession, SampleIds],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session, _ = project
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = snapshot(session.db)
    sheet.view.setCurrentIndex(sheet.model.index(0, 2))
    assert not sheet.paste_text("50\n ca. 40 \n")
    assert shown == ["Row 2, Alder: 'ca. 40' is not a number"]
    assert not sheet.paste_text("1\t2\t3\t4\n")
    assert shown[-1] == "The pasted cells reach past the last column."
    sheet.view.setCurrentIndex(sheet.model.index(1, 1))
    assert not sheet.paste_text("Leder\nBorger\n")
    assert shown[-1] == "Row 3: a new case needs a name in the first column"
    assert snapshot(session.db) == before


def test_pasted_rows_below_the_sheet_update_cases_of_the_same_name(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, _ = project
    sheet.view.setCurrentIndex(sheet.model.index(1, NAME_COLUMN))
    assert sheet.paste_text("Sagsbehandler A\tLeder\nBorger 3\tBorger\t51\nBo Ø\tBorger\t19,5\n")
    assert values_of(session.db, "Borger 3")["Alder"] == 51.0
    assert values_of(session.db, "Bo Ø") == {"Rolle": "Borger", "Alder": 19.5}
    assert values_of(session.db, "Sagsbehandler A")["Rolle"] == "Leder"
    assert sheet.model.rowCount() == 3


def test_one_value_fills_the_selection_and_delete_clears_it(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, _ = project
    model = sheet.model
    selection = sheet.view.selectionModel()
    sheet.view.setCurrentIndex(model.index(0, 2))
    selection.select(model.index(1, 2), selection.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("33,0\r\n")
    sheet.view.setFocus()
    QTest.keyClick(sheet.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert values_of(session.db, "Borger 3")["Alder"] == 33.0
    assert values_of(session.db, "Sagsbehandler A")["Alder"] == 33.0
    assert session.undo_stack.undo_label == "Paste 2 cell(s)"
    session.undo_stack.undo()  # the keys applied the paste once: one undo restores it all
    assert values_of(session.db, "Borger 3")["Alder"] == 47.0
    assert "Alder" not in values_of(session.db, "Sagsbehandler A")
    assert session.undo_stack.undo_label is None
    session.undo_stack.redo()
    QTest.keyClick(sheet.view, Qt.Key.Key_Delete)
    assert "Alder" not in values_of(session.db, "Borger 3")
    assert "Alder" not in values_of(session.db, "Sagsbehandler A")
    assert session.undo_stack.undo_label == "Clear 2 value(s)"
    session.undo_stack.undo()
    assert values_of(session.db, "Borger 3")["Alder"] == 33.0


def test_copy_out_as_tab_separated_text(
    sheet: ClassificationSheet, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, _ = project
    sheet.model.setData(sheet.model.index(1, 2), 38.5)
    sheet.view.selectAll()
    sheet.view.setFocus()
    QTest.keyClick(sheet.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == ("Borger 3\tBorger\t47\t01-03-2019\nSagsbehandler A\tSagsbehandler\t38,5\t\n")
    assert parse_tsv(text)[1] == ["Sagsbehandler A", "Sagsbehandler", "38,5", ""]
    assert copy_cells(sheet.model, [(0, 0), (1, 1)]) == "Borger 3\t\n\tSagsbehandler\n"
    # What was copied pastes back to the same values.
    before = snapshot(session.db)
    sheet.view.setCurrentIndex(sheet.model.index(0, 0))
    assert sheet.paste_text(text)
    assert snapshot(session.db) == before


def test_add_rename_and_delete_with_confirmation(
    sheet: ClassificationSheet,
    project: tuple[ProjectSession, SampleIds],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session, sample = project
    answers = iter([("Leder Åse", True), ("Alder (år)", True)])
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    questions: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        questions.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    sheet.add_case_action.trigger()
    assert sheet.model.value(sheet.view.currentIndex().row(), 0) == "Leder Åse"
    assert session.undo_stack.undo_label == "Add case 'Leder Åse'"
    sheet.view.setCurrentIndex(sheet.model.index(0, 2))
    sheet.rename_action.trigger()
    assert sheet.model.headerData(2, Qt.Orientation.Horizontal) == "Alder (år)"
    assert session.undo_stack.undo_label == "Rename attribute 'Alder' to 'Alder (år)'"
    sheet.delete_action.trigger()
    assert questions[-1].startswith("Delete the attribute 'Alder (år)' and its 1 value(s)?")
    assert sheet.model.columnCount() == 3
    row = sheet.model.row_of(sample.case_citizen)
    assert row is not None
    sheet.view.setCurrentIndex(sheet.model.index(row, 0))
    sheet.delete_action.trigger()
    assert questions[-1].startswith(
        "Delete 1 case(s)? 2 attribute value(s) and 1 memo(s) go with them;"
        " 0 document(s) and 2 speaker turn(s) are unlinked."
    )
    assert sheet.model.row_of(sample.case_citizen) is None
    assert session.undo_stack.undo_label == "Delete case 'Borger 3'"
    session.undo_stack.undo()
    assert sheet.model.row_of(sample.case_citizen) is not None
    assert values_of(session.db, "Borger 3")["Rolle"] == "Borger"


def test_add_attribute_through_the_model(
    project: tuple[ProjectSession, SampleIds], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _ = project
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    model = CaseSheetModel()
    model.set_session(session)
    section = model.add_attribute("Kørekort", AttributeType.BOOLEAN)
    assert section == 4
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Kørekort (yes/no)"
    )
    assert model.add_attribute("Kørekort", AttributeType.TEXT) is None
    assert shown == ["attribute 'Kørekort' already exists"]
    assert model.columnCount() == 5
