"""What a researcher can read in the report and merge dialogs: long code paths get room and a
tooltip, the merge summary stands under the form rather than floating mid-dialog, and the
pseudonymisation review steps through a text's occurrences with F3 as the find bar does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.gui.jobs import JobRunner
from app.gui.merge_dialog import MergeDialog
from app.gui.pseudonym_review import PseudonymReviewDialog
from app.gui.query_pickers import ItemPicker
from app.gui.quote_report_dialog import QuoteReportDialog
from app.gui.session import ProjectSession
from models.commands import AddDocument, EnsureCodePath, apply_command
from models.database import create_project

LONG = "Opgavekompetencer/Borgerrelation og samarbejde/Kontakt med borgere der undgår jobcentret"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    db = create_project(tmp_path / "citater æøå.tekstur")
    apply_command(db, EnsureCodePath(LONG))
    opened = ProjectSession(db, "Åse")
    yield opened
    opened.close()


def test_a_picked_item_shows_its_whole_label_as_tooltip(qtbot: QtBot) -> None:
    picker = ItemPicker("Koder")
    qtbot.addWidget(picker)
    picker.set_choices([(1, LONG), (2, "Tillid ø")])
    assert [picker.list.item(i).toolTip() for i in range(2)] == [LONG, "Tillid ø"]


def test_the_code_list_of_the_quotes_report_has_room(qtbot: QtBot, session: ProjectSession) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    jobs = JobRunner(parent)
    dialog = QuoteReportDialog(session.db, lambda: jobs, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.codes.list.width() >= 0.4 * dialog.width()
    assert dialog.codes.list.width() >= dialog.fontMetrics().horizontalAdvance(LONG[:60])


def test_the_merge_summary_starts_at_the_top(qtbot: QtBot, session: ProjectSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = MergeDialog(session, JobRunner(parent), parent)
    assert dialog.summary.alignment() & Qt.AlignmentFlag.AlignTop


def test_f3_and_shift_f3_step_through_a_text_s_occurrences(
    qtbot: QtBot, session: ProjectSession
) -> None:
    text = "Tove ringede. Så kom Tove igen, og Tove gik. 😀 Tove!"
    apply_command(session.db, AddDocument("Interview Ærø", text))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = PseudonymReviewDialog(session, JobRunner(parent), None, parent)
    qtbot.addWidget(dialog)
    shown: list[int] = []
    session.navigate.connect(lambda _document, start, _end: shown.append(start))
    dialog.add_term("Tove", "person", "Åse")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts act in the active window
    starts = [i for i in range(len(text)) if text.startswith("Tove", i)]
    for modifier, expected in (
        (Qt.KeyboardModifier.NoModifier, starts[1]),
        (Qt.KeyboardModifier.NoModifier, starts[2]),
        (Qt.KeyboardModifier.ShiftModifier, starts[1]),
    ):
        shown.clear()
        QTest.keyClick(dialog.table, Qt.Key.Key_F3, modifier)
        qtbot.waitUntil(lambda: bool(shown))  # a button's shortcut clicks it animated
        assert shown == [expected]
    assert "F3" in dialog.next_button.toolTip()
