"""What a researcher can read in the report and merge dialogs: long code paths get room and a
tooltip, and the merge summary stands under the form rather than floating mid-dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.gui.jobs import JobRunner
from app.gui.merge_dialog import MergeDialog
from app.gui.query_pickers import ItemPicker
from app.gui.quote_report_dialog import QuoteReportDialog
from app.gui.session import ProjectSession
from models.commands import EnsureCodePath, apply_command
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
