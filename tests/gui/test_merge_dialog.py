"""File ▸ Import codings from another project…: the job, one undo step, the summary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.gui.jobs import JobRunner
from app.gui.merge_dialog import MergeDialog
from app.gui.session import ProjectSession
from models.codes import Coding
from models.commands import AddDocument, apply_command
from models.database import create_project
from tests.importers.test_project_merge import FOCUS, INTERVIEW, other_project


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    db = create_project(tmp_path / "mål.tekstur")
    apply_command(db, AddDocument("Interview med borger", INTERVIEW))
    apply_command(db, AddDocument("Fokusgruppe R1", FOCUS))
    opened = ProjectSession(db, "ane")
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot: QtBot, session: ProjectSession) -> MergeDialog:
    parent = QWidget()
    qtbot.addWidget(parent)
    return MergeDialog(session, JobRunner(parent), parent)


def codings(session: ProjectSession) -> int:
    with session.db.read() as connection:
        return int(connection.execute(select(func.count(Coding.id))).scalar_one())


def test_merge_is_one_undo_step_with_a_summary(
    qtbot: QtBot,
    dialog: MergeDialog,
    session: ProjectSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = other_project(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog.choose_file()
    assert dialog.coder_edit.text() == "jonas"  # suggested from the file name
    dialog.coder_edit.setText("Jonas Ø")
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as merged:
        assert dialog.start()
    assert merged.args[0].codings_added == 2
    text = dialog.summary.text()
    assert "Added 2 coding(s) as 'Jonas Ø' in 2 document(s)." in text
    assert "Notat kun hos Jonas" in text
    assert codings(session) == 2
    session.undo_stack.undo()
    assert codings(session) == 0


def test_refusals_are_shown_in_the_dialog(
    qtbot: QtBot, dialog: MergeDialog, session: ProjectSession, tmp_path: Path
) -> None:
    dialog.path_edit.setText(str(tmp_path / "findes-ikke.tekstur"))
    dialog.coder_edit.setText("jonas")
    assert not dialog.start()
    assert "exists" in dialog.summary.text()
    source = other_project(tmp_path)
    dialog.path_edit.setText(str(source))
    with qtbot.waitSignal(dialog.merged, timeout=30_000):
        assert dialog.start()
    dialog.start()
    qtbot.waitUntil(lambda: "already has 2 coding(s)" in dialog.summary.text(), timeout=30_000)
    assert codings(session) == 2
