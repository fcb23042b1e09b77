"""Importing from the window: the dialog, the job runner with progress and cancel, undo."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.gui.import_dialog import ImportDialog, report_text
from app.gui.jobs import JobRunner
from app.gui.main_window import MainWindow
from app.gui.window_tasks import import_documents
from models.database import create_project
from models.documents import DocumentKind
from models.progress import Progress

INTERVIEW = "I: Hvordan går det med praktikken?\nBorger: Godt – jeg er glad for det. 🙂\n"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(create_project(tmp_path / "tom.tekstur", name="Tomt projekt"))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


def listed(window: MainWindow) -> list[str]:
    """The document names the documents panel shows."""
    model = window.workbench.documents.model
    names = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        names += [model.index(row, 0, group).data() for row in range(model.rowCount(group))]
    return sorted(names)


def test_import_from_the_dialog_then_undo_and_redo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "runde 2"
    folder.mkdir()
    (folder / "R2_Forsøg_Borger.txt").write_text(INTERVIEW, encoding="utf-8")
    (folder / "R2_Ordinær_Leder.txt").write_bytes("I: Hvad så?\nLeder: Travlt.\n".encode("cp1252"))
    (folder / "tom.txt").write_bytes(b"")
    dialog = ImportDialog(window, [folder])
    dialog.pattern_edit.setText("{Runde}_{Afdeling}_{Rolle}")
    assert dialog.preview.text() == "Fills: Runde, Afdeling, Rolle"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(DocumentKind.INTERVIEW.value))
    assert import_documents(window, dialog)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    report = window.last_import
    assert report is not None
    assert report_text(report, window) == (
        "2 imported, 0 skipped, 1 refused.",
        "tom.txt: tom.txt: the file is empty",
    )
    assert listed(window) == ["R2_Forsøg_Borger", "R2_Ordinær_Leder"]
    assert window.menu_actions["undo"].text() == "&Undo Import 2 document(s)"
    window.undo()
    assert listed(window) == []
    window.redo()
    assert listed(window) == ["R2_Forsøg_Borger", "R2_Ordinær_Leder"]


def test_pattern_preview_and_ok_button(window: MainWindow, tmp_path: Path) -> None:
    dialog = ImportDialog(window, [tmp_path / "R1_Forsøg_Leder_3.docx"])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.pattern_edit.setText("{Runde}_{Afdeling}_*")
    assert dialog.preview.text() == "R1_Forsøg_Leder_3.docx: Runde = R1, Afdeling = Forsøg"
    assert ok.isEnabled()
    dialog.pattern_edit.setText("{Runde}_{Runde}")
    assert dialog.preview.text() == "'Runde' appears twice in name pattern '{Runde}_{Runde}'"
    assert not ok.isEnabled()
    dialog.pattern_edit.setText("{Runde}-{Afdeling}")
    assert dialog.preview.text() == "'R1_Forsøg_Leder_3' does not fit the pattern"


def test_job_runner_reports_progress_result_and_errors(window: MainWindow, qtbot: QtBot) -> None:
    runner = JobRunner(window)
    results: list[object] = []

    def work(progress: Progress) -> str:
        for step in range(3):
            progress(step, 3, f"trin {step}")
        return "færdig"

    assert runner.start("Arbejder", work, results.append, results.append)
    assert not runner.start("Endnu et", work, results.append, results.append)
    assert runner.dialog is not None
    runner.dialog.canceled.disconnect()  # nobody cancels in this test
    qtbot.waitUntil(lambda: not runner.running, timeout=5_000)
    assert results == ["færdig"]

    def broken(progress: Progress) -> None:
        raise ValueError("ødelagt fil")

    runner.start("Fejler", broken, results.append, results.append)
    qtbot.waitUntil(lambda: not runner.running, timeout=5_000)
    assert isinstance(results[-1], ValueError) and str(results[-1]) == "ødelagt fil"


def test_cancel_stops_the_work_at_its_next_progress_report(
    window: MainWindow, qtbot: QtBot
) -> None:
    runner = JobRunner(window)
    release = threading.Event()
    steps: list[int] = []
    outcomes: list[object] = []

    def work(progress: Progress) -> str:
        for step in range(100):
            if step == 1:
                release.wait(5)
            steps.append(step)
            progress(step, 100, "")
        return "burde ikke ske"

    runner.start("Langt job", work, outcomes.append, outcomes.append)
    qtbot.waitUntil(lambda: steps == [0], timeout=5_000)
    runner.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.running, timeout=5_000)
    assert steps == [0, 1] and outcomes == []


def test_imported_headings_and_labels_are_emphasised(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "Fokusgruppe Ærø.md"
    source.write_text(
        "# Runde 1\nSpeaker 1  0:03\nHej med jer.\nSpeaker 2  0:09\nHej. 🙂\n", "utf-8"
    )
    assert import_documents(window, ImportDialog(window, [source]))
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    assert listed(window) == ["Fokusgruppe Ærø"]
    assert window.workbench.documents.select_first_document()
    view = window.workbench.text_view

    def char_format(position: int) -> tuple[bool, float]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        return fmt.fontWeight() >= 700, fmt.fontPointSize()

    text = view.toPlainText()
    heading_bold, heading_size = char_format(text.index("Runde"))
    label_bold, label_size = char_format(text.index("Speaker 2"))
    body_bold, _ = char_format(text.index("Hej med"))
    assert heading_bold and label_bold and not body_bold
    assert heading_size > label_size
