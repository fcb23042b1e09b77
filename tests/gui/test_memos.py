"""Memos and annotations in the window: saving after a pause, one undo step per burst, the
memo list with its search, and annotations added, edited and deleted."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.annotation_dialog import NOTE, AnnotationDialog, AnnotationListModel
from app.gui.memo_editor import MemoEditor
from app.gui.memo_list import CHANGED, TARGET, MemoList, MemoListModel
from app.gui.session import ProjectSession
from models import Annotation, Memo
from models.database import ProjectDatabase
from models.memo_reading import memo_on, memo_rows
from models.position_reading import annotation_rows
from tests.models.sample_project import FOCUS_GROUP, SampleIds, populate, snapshot, span


@pytest.fixture
def project(db: ProjectDatabase) -> tuple[ProjectSession, SampleIds]:
    sample = populate(db)
    session = ProjectSession(db, "søren")
    assert session.coder_id  # the coder is added outside the undo history, so add it first
    return session, sample


@pytest.fixture
def editor(qtbot: QtBot, project: tuple[ProjectSession, SampleIds]) -> MemoEditor:
    widget = MemoEditor()
    qtbot.addWidget(widget)
    widget.set_session(project[0])
    widget.timer.setInterval(30)  # the pause after which typing is saved
    widget.show()
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; memos are Danish)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def memo_texts(db: ProjectDatabase) -> list[tuple[str, str]]:
    with db.read() as connection:
        query = select(Memo.title, Memo.text).order_by(Memo.id)
        return [(title, text) for title, text in connection.execute(query)]


def test_typing_is_saved_after_a_pause_as_one_undo_step(
    editor: MemoEditor, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, sample = project
    stack = session.undo_stack
    before = snapshot(session.db)
    editor.show_target("case_id", sample.case_a)
    assert editor.heading.text() == "case 'Sagsbehandler A'"
    assert editor.memo_id is None and editor.text_edit.toPlainText() == ""
    editor.timer.setInterval(60_000)  # no pause yet: every keystroke only restarts the timer
    type_text(editor.text_edit, "Koordinerer på tværs – æøå 😀")
    assert stack.undo_label is None and editor.dirty
    editor.timer.setInterval(30)
    editor.timer.start()
    qtbot.waitUntil(lambda: not editor.dirty)
    assert stack.undo_label == "Write memo on case 'Sagsbehandler A'"
    found = memo_on(session.db, "case_id", sample.case_a)
    assert found is not None and found.text == "Koordinerer på tværs – æøå 😀"
    assert found.coder == "søren" and editor.memo_id == found.id
    # A second burst is one more step, undone on its own.
    type_text(editor.text_edit, " Mere.")
    type_text(editor.title_edit, "Rolle")
    qtbot.waitUntil(lambda: not editor.dirty)
    assert stack.undo_label == "Edit memo on case 'Sagsbehandler A'"
    assert (found := memo_on(session.db, "case_id", sample.case_a)) is not None
    assert (found.title, found.text) == ("Rolle", "Koordinerer på tværs – æøå 😀 Mere.")
    stack.undo()
    assert editor.text_edit.toPlainText() == "Koordinerer på tværs – æøå 😀"
    assert editor.title_edit.text() == ""
    stack.undo()
    assert editor.text_edit.toPlainText() == "" and editor.memo_id is None
    assert snapshot(session.db) == before
    stack.redo()
    assert editor.text_edit.toPlainText() == "Koordinerer på tværs – æøå 😀"


def test_losing_the_focus_or_switching_saves_at_once(
    editor: MemoEditor, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    editor.timer.setInterval(60_000)
    editor.show_target("document_id", sample.citizen)
    assert editor.text_edit.toPlainText() == "Interviewet blev afbrudt."
    type_text(editor.text_edit, " Genoptaget.")
    QApplication.sendEvent(editor.text_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert session.undo_stack.undo_label == "Edit memo on document 'Borgerinterview R3'"
    type_text(editor.title_edit, "Kode")
    editor.show_target("code_id", sample.medical)  # saves the document memo first
    assert ("Kode", "Interviewet blev afbrudt. Genoptaget.") in memo_texts(session.db)
    assert editor.heading.text() == "code 'Opgavekompetencer/Lægelige oplysninger'"
    assert not editor.save()  # nothing typed: nothing saved
    editor.show_target(None, None)
    assert editor.title_edit.text() == "Om projektet"


def test_a_memo_on_a_coding_and_a_new_project_memo(
    editor: MemoEditor, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, sample = project
    editor.show_target("coding_id", sample.coding_ids[0])
    assert editor.heading.text() == ("coding 'Borgerrelationer/Tillid' in Fokusgruppe R1 forsøg")
    editor.new_memo()
    assert editor.text_edit.toPlainText() == ""
    type_text(editor.text_edit, "Næste runde: flere borgere.")
    qtbot.waitUntil(lambda: not editor.dirty)
    assert session.undo_stack.undo_label == "Write memo on the project"
    texts = [row.text for row in memo_rows(session.db) if row.target is None]
    assert sorted(texts) == ["Næste runde: flere borgere.", "Projektets første memo – æøå."]


def test_memo_list_search_open_and_delete(
    qtbot: QtBot,
    project: tuple[ProjectSession, SampleIds],
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session, _ = project
    memo_list = MemoList()
    qtbot.addWidget(memo_list)
    memo_list.set_session(session)
    memo_list.show()
    qtmodeltester.check(memo_list.model)
    model = memo_list.model
    targets = {model.index(r, TARGET).data() for r in range(model.rowCount())}
    assert targets == {
        "Project",
        "Code: Borgerrelationer/Tillid",
        "Coding: Borgerrelationer/Tillid in Fokusgruppe R1 forsøg",
        "Document: Borgerinterview R3",
        "Case: Borger 3",
    }
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        changed = model.index(0, CHANGED).data()  # in the user's time zone and locale
    finally:
        QLocale.setDefault(before)
    assert re.fullmatch(r"\d\d\.\d\d\.20\d\d \d\d\.\d\d", changed)
    memo_list.search.setText("BORGER")  # Borgerrelationer (code, coding), Borgerinterview, Borger 3
    assert model.rowCount() == 4
    QTest.keyClicks(memo_list.search, " 3")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Har haft tre sagsbehandlere."
    ]
    with qtbot.waitSignal(memo_list.memo_opened) as opened:
        memo_list.view.doubleClicked.emit(model.index(0, 1))
    assert opened.args == [model.memo(0).id]
    memo_list.search.clear()
    memo_list.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    memo_list.view.setFocus()
    QTest.keyClick(memo_list.view, Qt.Key.Key_Delete)
    assert model.rowCount() == 4
    assert session.undo_stack.undo_label == "Delete 1 memo(s)"
    session.undo_stack.undo()
    assert model.rowCount() == 5


def test_memo_list_new_memo_opens_it(
    qtbot: QtBot, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, _ = project
    memo_list = MemoList()
    qtbot.addWidget(memo_list)
    memo_list.set_session(session)
    with qtbot.waitSignal(memo_list.memo_opened) as opened:
        memo_list.new_button.click()
    assert memo_list.model.rowCount() == 6
    assert memo_list.model.memo(0).id == opened.args[0]
    assert memo_list.model.index(0, 0).data() == "New memo"
    assert MemoListModel().rowCount() == 0


def test_annotations_added_edited_deleted_each_one_step(
    qtbot: QtBot, project: tuple[ProjectSession, SampleIds], qtmodeltester: Any
) -> None:
    session, sample = project
    before = snapshot(session.db)
    dialog = AnnotationDialog(session)
    qtbot.addWidget(dialog)
    start, end = span(FOCUS_GROUP, "lære borgeren at kende 😀")
    dialog.show_document(sample.focus_group, start, end)
    dialog.show()
    assert dialog.windowTitle() == "Annotations in Fokusgruppe R1 forsøg"
    assert dialog.passage_label.text() == "Selected: “lære borgeren at kende 😀”"
    assert dialog.model.rowCount() == 1
    assert not dialog.add_button.isEnabled()
    type_text(dialog.note_edit, "Relationen først – æøå")
    dialog.add_button.click()
    assert session.undo_stack.undo_label == "Annotate “lære borgeren at kende 😀”"
    rows = annotation_rows(session.db, sample.focus_group)
    assert [(r.text, r.start, r.end, r.coder) for r in rows] == [
        ("Relationen først – æøå", start, end, "søren"),
        ("Hvor mange?", *span(FOCUS_GROUP, "måneder"), "ane"),
    ]
    qtmodeltester.check(dialog.model)
    assert dialog.model.setData(dialog.model.index(0, NOTE), "Relationen bærer")
    assert session.undo_stack.undo_label == "Edit annotation on “lære borgeren at kende 😀”"
    dialog.view.selectRow(1)
    with qtbot.waitSignal(session.navigate) as navigated:
        dialog.view.activated.emit(dialog.model.index(1, 0))
    assert navigated.args == [sample.focus_group, *span(FOCUS_GROUP, "måneder")]
    assert dialog.delete_selected()
    with session.db.read() as connection:
        assert list(connection.execute(select(Annotation.text)).scalars()) == ["Relationen bærer"]
    for _ in range(3):
        session.undo_stack.undo()
    assert snapshot(session.db) == before
    assert AnnotationListModel().rowCount() == 0
