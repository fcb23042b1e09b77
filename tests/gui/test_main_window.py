"""The whole window on the demo project: panels wired together, coding, undo, layout, language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.gui.language import switch_language
from app.gui.launch import run_gui
from app.gui.main_window import MainWindow
from app.gui.session import Passage
from models import Code, Coding
from models.cases import AttributeDefinition, AttributeValue
from models.database import open_project
from resources.demo import DEMO_DOCUMENTS, DEMO_NAME, build_demo_project


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.tekstur"
    build_demo_project(path)
    return path


@pytest.fixture
def demo_file(demo_source: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.tekstur"
    copy.write_bytes(demo_source.read_bytes())
    return copy


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(open_project(demo_file))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


def listed_documents(window: MainWindow) -> list[str]:
    """The document names the documents panel shows, group by group."""
    model = window.workbench.documents.model
    names = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        names += [model.index(row, 0, group).data() for row in range(model.rowCount(group))]
    return names


def count_codings(window: MainWindow) -> int:
    assert window.session is not None
    with window.session.db.read() as connection:
        return int(connection.execute(select(func.count(Coding.id))).scalar_one())


def test_the_demo_fills_every_panel(window: MainWindow) -> None:
    assert window.windowTitle() == f"Tekstur — {DEMO_NAME}"
    assert sorted(listed_documents(window)) == sorted(DEMO_DOCUMENTS)
    bench = window.workbench
    assert bench.text_view.document_id is not None  # the first document is shown at once
    assert bench.text_view.toPlainText()
    assert window.counts_label.text().startswith(f"{len(DEMO_DOCUMENTS)} document(s)")
    assert all(dock.isVisible() for dock in bench.docks[:4])


def test_choosing_a_code_lists_its_passages_and_a_double_click_jumps_there(
    window: MainWindow, qtbot: QtBot
) -> None:
    bench = window.workbench
    assert window.session is not None
    with window.session.db.read() as connection:
        code, document_id, start, end = connection.execute(
            select(Coding.code_id, Coding.document_id, Coding.start, Coding.end)
            .order_by(Coding.document_id.desc(), Coding.start)
            .limit(1)
        ).one()
    assert bench.codes.select_code(code)
    passages = bench.passages
    qtbot.waitUntil(lambda: passages.current_code_id() == code)
    model = passages.model
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    target = next(
        index
        for index in rows
        if (found := model.segment(index)) is not None and (found.start, found.end) == (start, end)
    )
    bench.tabs.setCurrentIndex(2)  # the jump brings the document forward again
    passages.view.doubleClicked.emit(target)
    assert bench.tabs.currentIndex() == 0
    assert bench.text_view.document_id == document_id
    assert bench.documents.current_document_id() == document_id
    assert bench.text_view.selected_passage() == Passage(document_id, start, end)


def test_drag_a_selection_onto_a_code_then_undo_and_redo(window: MainWindow) -> None:
    bench = window.workbench
    document_id = bench.text_view.document_id
    assert document_id is not None
    start = bench.text_view.text().index("borger")
    bench.text_view.show_passage(document_id, start, start + 13)
    data = bench.text_view.createMimeDataFromSelection()
    assert Passage.from_mime(data) == Passage(document_id, start, start + 13)
    target = _any_codable(window)
    model = bench.codes.model
    before = count_codings(window)
    index = model.index_of(target)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, index)
    assert count_codings(window) == before + 1
    assert window.menu_actions["undo"].text().startswith("&Undo Code '")
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_codings(window) == before
    window.menu_actions["redo"].trigger()
    assert count_codings(window) == before + 1


def test_code_a_selection_with_a_number_key(window: MainWindow, qtbot: QtBot) -> None:
    bench = window.workbench
    target = _any_codable(window)
    assert window.session is not None
    bench.codes.select_code(target)  # the current code, and recent code 1 once used
    window.session.note_code_used(target)
    document_id = bench.text_view.document_id
    assert document_id is not None
    bench.text_view.show_passage(document_id, 0, 12)
    bench.text_view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(bench.text_view.hasFocus)
    before = count_codings(window)
    QTest.keyClick(bench.text_view, Qt.Key.Key_1)
    assert count_codings(window) == before + 1
    with window.session.db.read() as connection:
        newest = connection.execute(
            select(Coding.code_id, Coding.start, Coding.end).order_by(Coding.id.desc()).limit(1)
        ).one()
    assert tuple(newest) == (target, 0, 12)


def test_edit_an_attribute_in_the_classification_sheet(window: MainWindow) -> None:
    window.menu_actions["sheet"].trigger()
    sheet = window.workbench.sheet
    assert window.workbench.tabs.currentWidget() is sheet
    model = sheet.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Alder"
    )
    index = model.index(0, column)
    assert model.setData(index, "47", Qt.ItemDataRole.EditRole)
    assert window.session is not None
    with window.session.db.read() as connection:
        ages = connection.execute(
            select(AttributeValue.value_number)
            .join(AttributeDefinition)
            .where(AttributeDefinition.name == "Alder")
        ).scalars()
        assert 47 in list(ages)
    window.undo()
    assert model.index(0, column).data() != "47"


def test_start_page_without_a_project_then_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    demo = tmp_path / "demo.tekstur"

    def demo_path() -> Path:
        build_demo_project(demo)
        return demo

    window = MainWindow(demo_path=demo_path)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Tekstur"
    assert not window.menu_actions["import"].isEnabled()
    assert not any(dock.isVisible() for dock in window.workbench.docks)
    window.start_page.demo_requested.emit()
    assert window.session is not None
    assert any(dock.isVisible() for dock in window.workbench.docks)
    assert [entry.path for entry in window.recent.entries()] == [demo]
    window.close_project()
    assert window.session is None and window.windowTitle() == "Tekstur"
    window.close()


def test_the_layout_is_remembered(qtbot: QtBot, demo_file: Path) -> None:
    first = MainWindow(open_project(demo_file))
    qtbot.addWidget(first)
    first.show()
    memos = first.findChild(QDockWidget, "memosDock")
    details = first.findChild(QDockWidget, "detailsDock")
    assert details is not None and memos is not None
    details.close()
    first.close()
    second = MainWindow(open_project(demo_file))
    qtbot.addWidget(second)
    second.show()
    again = second.findChild(QDockWidget, "detailsDock")
    assert again is not None and not again.isVisible()
    second.reset_layout()
    assert second.workbench.docks[2].isVisible()
    second.close()


def test_switching_language_rebuilds_the_window_in_danish(window: MainWindow, qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    document = window.workbench.text_view.document_id
    try:
        switch_language(app, "da")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Filer")
        assert window.workbench.tabs.tabText(0) == "Dokument"
        assert window.workbench.text_view.document_id == document
        assert window.session is not None and window.workbench.session is window.session
    finally:
        switch_language(app, "en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")


def test_run_gui_reports_a_bad_project_in_a_message_box(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    monkeypatch.setattr(
        "app.gui.main_window.QMessageBox.critical", lambda parent, title, text: shown.append(text)
    )
    QTimer.singleShot(0, qapp.quit)
    assert run_gui(str(tmp_path / "missing.tekstur")) == 0
    assert len(shown) == 1 and "does not exist" in shown[0]


def _any_codable(window: MainWindow) -> int:
    assert window.session is not None
    with window.session.db.read() as connection:
        found: int = connection.execute(
            select(Code.id).where(Code.parent_id.is_not(None)).order_by(Code.id).limit(1)
        ).scalar_one()
    return found
