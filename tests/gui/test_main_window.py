from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.document_view import HIGHLIGHT_ALPHA
from app.gui.launch import demo_project_path, run_gui
from app.gui.main_window import MainWindow
from models import Code, Coding, Document
from models.commands import AddCodings, AddDocument, CodingSpan, EnsureCodePath, EnsureCoder
from models.database import open_project
from models.paths import find_code
from models.positions import utf16_offset
from resources.demo import build_demo_project

DEMO_DOCUMENTS = ["R1_forsøg_fokusgruppe", "R2_ordinær_leder", "R3_forsøg_borger"]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.tekstur"
    build_demo_project(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(open_project(demo_file))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


def _listed(window: MainWindow) -> list[tuple[str, str]]:
    items = (
        window.document_list.topLevelItem(i)
        for i in range(window.document_list.topLevelItemCount())
    )
    return [(item.text(0), item.text(1)) for item in items if item is not None]


def _document(window: MainWindow, name: str) -> tuple[int, str, list[tuple[int, int, str]]]:
    assert window.undo_stack is not None
    with window.undo_stack.db.read() as connection:
        document_id, text = connection.execute(
            select(Document.id, Document.text).where(Document.name == name)
        ).one()
        codings = connection.execute(
            select(Coding.start, Coding.end, Code.color)
            .join(Code, Code.id == Coding.code_id)
            .where(Coding.document_id == document_id)
            .order_by(Coding.start, Coding.end)
        ).all()
    return document_id, text, [(start, end, color) for start, end, color in codings]


def _check_highlights(window: MainWindow, text: str, codings: list[tuple[int, int, str]]) -> None:
    assert window.text_view.toPlainText() == text
    selections = window.text_view.extraSelections()
    assert len(selections) == len(codings)
    found = sorted(
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            s.cursor.selectedText(),
            s.format.background().color().name(),
            s.format.background().color().alpha(),
        )
        for s in selections
    )
    expected = sorted(
        (
            utf16_offset(text, start),
            utf16_offset(text, end),
            text[start:end].replace("\n", "\u2029"),
            QColor(color).name(),
            HIGHLIGHT_ALPHA,
        )
        for start, end, color in codings
    )
    assert found == expected


def test_title_and_document_list(window: MainWindow) -> None:
    assert window.windowTitle() == "Tekstur — Demo: færre sager i jobcentret"
    listed = _listed(window)
    assert [name for name, _ in listed] == DEMO_DOCUMENTS
    counts = {name: len(_document(window, name)[2]) for name in DEMO_DOCUMENTS}
    assert listed == [(name, str(counts[name])) for name in DEMO_DOCUMENTS]
    assert window.counts_label.text().startswith("3 document(s) · 9 code(s) · 20 coding(s)")


def test_selecting_a_document_shows_its_text_and_codings(window: MainWindow) -> None:
    document_id, text, codings = _document(window, "R3_forsøg_borger")
    assert window.select_document(document_id)
    assert window.current_document_id() == document_id
    _check_highlights(window, text, codings)
    # The citizen's text message holds an emoji; codings after it move one UTF-16 unit.
    emoji_at = text.index("🙂")
    shifted = [(start, end) for start, end, _ in codings if start > emoji_at]
    assert shifted
    assert all(utf16_offset(text, start) == start + 1 for start, _ in shifted)


def test_emoji_and_combining_marks_before_codings(window: MainWindow) -> None:
    stack = window.undo_stack
    assert stack is not None
    text = (
        "I: Hvad skrev du?\n\nBorger: Jeg skrev »tak 👋🏽« og 🇩🇰.\n\n"
        "Borger: Det var fine\u0301 — og så fik jeg svar 😀😀.\n"
    )
    add = AddDocument("Emoji", text)
    code = EnsureCodePath("Borgerrelationer/Tillid")
    coder = EnsureCoder("ane")
    for command in (add, code, coder):
        stack.push(command)
    assert add.document_id and code.code_id and coder.coder_id
    spans = [
        (text.index("Det var"), text.index(" — og")),
        (text.index("svar 😀"), len(text) - 2),
        (text.index("👋🏽"), text.index("👋🏽") + 2),
    ]
    stack.push(
        AddCodings(
            [CodingSpan(add.document_id, code.code_id, coder.coder_id, s, e) for s, e in spans]
        )
    )
    assert ("Emoji", "3") in _listed(window)
    window.select_document(add.document_id)
    _, stored, codings = _document(window, "Emoji")
    assert stored == text
    _check_highlights(window, text, codings)
    assert window.text_view.extraSelections()[0].cursor.selectedText() == "👋🏽"
    for _ in range(4):
        window.undo_action.trigger()
    assert [name for name, _ in _listed(window)] == DEMO_DOCUMENTS
    assert window.current_document_id() is None and window.text_view.toPlainText() == ""


def test_undo_and_redo_through_the_window(window: MainWindow) -> None:
    stack = window.undo_stack
    assert stack is not None
    db = stack.db
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    stack.push(EnsureCodePath("Borgerrelationer/Håb", color="#ff8800"))
    assert window.undo_action.isEnabled()
    assert "Borgerrelationer/Håb" in window.undo_action.text()

    def exists() -> bool:
        with db.read() as connection:
            return find_code(connection, "Borgerrelationer/Håb") is not None

    assert exists()
    window.undo_action.trigger()
    assert not exists()
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    assert "Borgerrelationer/Håb" in window.redo_action.text()
    window.redo_action.trigger()
    assert exists()
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_undo_removes_highlights(window: MainWindow) -> None:
    stack = window.undo_stack
    assert stack is not None
    document_id, _, codings = _document(window, "R2_ordinær_leder")
    window.select_document(document_id)
    before = len(window.text_view.extraSelections())
    assert before == len(codings)
    code, coder = EnsureCodePath("Ny"), EnsureCoder("ane")
    stack.push(code)
    stack.push(coder)
    assert code.code_id and coder.coder_id
    stack.push(AddCodings([CodingSpan(document_id, code.code_id, coder.coder_id, 0, 5)]))
    assert len(window.text_view.extraSelections()) == before + 1
    window.undo_action.trigger()
    assert len(window.text_view.extraSelections()) == before
    assert window.current_document_id() == document_id


def test_start_page_and_demo_button(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(demo_path=lambda: demo_project_path(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Tekstur"
    assert window.undo_stack is None and not window.undo_action.isEnabled()
    buttons = {b.text(): b for b in window.findChildren(QPushButton)}
    assert set(buttons) >= {"Open project…", "Open demo project"}
    buttons["Open demo project"].click()
    assert window.undo_stack is not None
    assert [name for name, _ in _listed(window)] == DEMO_DOCUMENTS
    assert window.current_document_id() is not None  # the first document is shown
    assert window.text_view.toPlainText().startswith("I: Velkommen")
    window.close()


def test_demo_project_path_builds_once_and_repairs(tmp_path: Path) -> None:
    path = demo_project_path(tmp_path)
    assert path == tmp_path / "demo.tekstur"
    stamp = path.stat().st_mtime_ns
    assert demo_project_path(tmp_path).stat().st_mtime_ns == stamp
    path.write_bytes(b"not a project")
    with open_project(demo_project_path(tmp_path)) as db, db.read() as connection:
        assert len(connection.execute(select(Document.id)).all()) == 3


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


def test_keyboard_shortcuts_reach_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    stack = window.undo_stack
    assert stack is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stack.push(EnsureCodePath("Tastatur"))
    window.text_view.setFocus()
    QTest.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.undo_label is None and stack.redo_label is not None
    QTest.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stack.undo_label is not None and stack.redo_label is None


def test_the_window_speaks_danish(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from app.gui.launch import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    install_translations(app, QLocale("da_DK"))
    added = set(app.findChildren(QTranslator)) - before
    try:
        assert added, "tekstur_da.qm was not found; the build compiles it from tekstur_da.ts"
        path = tmp_path / "demo.tekstur"
        build_demo_project(path)
        window = MainWindow(open_project(path))
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Filer", "&Rediger"]
        assert window.undo_action.text() == "&Fortryd"
        assert window.counts_label.text().startswith("3 dokumenter · 9 koder · 20 kodninger")
    finally:
        for translator in added:
            QCoreApplication.removeTranslator(translator)
