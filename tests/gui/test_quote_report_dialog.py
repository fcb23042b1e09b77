"""The coded quotes report dialog: choices, live attribution preview, writing through the job
runner, and the File menu action that opens it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from app.gui.jobs import JobRunner
from app.gui.quote_report_dialog import QuoteReportDialog
from app.gui.session import ProjectSession
from app.gui.window_actions import build_menus
from models.database import ProjectDatabase, create_project
from tests.analysis.hand_project import HandProject, build_hand_project


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProjectDatabase, HandProject]]:
    db = create_project(tmp_path_factory.mktemp("citater") / "citater æøå.tekstur", name="Ærø")
    yield db, build_hand_project(db)
    db.close()


@pytest.fixture
def dialog(qtbot: QtBot, hand: tuple[ProjectDatabase, HandProject]) -> QuoteReportDialog:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    jobs = JobRunner(parent)
    shown = QuoteReportDialog(hand[0], lambda: jobs, parent)
    shown.language.setCurrentIndex(shown.language.findData("da"))
    return shown


def paragraphs(path: Path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def test_the_preview_follows_the_template(dialog: QuoteReportDialog) -> None:
    # The sample is a passage of the focus group reaching Åse's or Bjørn's attributes.
    preview = dialog.preview.text()
    assert preview.startswith("— ") and preview.endswith(", R1")
    dialog.template.setText("{taler}, {Afdeling}, {Mangler}")
    assert "{Mangler}" in dialog.preview.text()
    dialog.template.setText("{taler} ({dokument})")
    assert dialog.preview.text() in ("— Åse (Fokusgruppe R1)", "— Bjørn (Fokusgruppe R1)")
    assert "{Alder}" in dialog.hint.text() and "{dokument}" in dialog.hint.text()


def test_writes_the_report_through_the_job_runner(
    qtbot: QtBot,
    dialog: QuoteReportDialog,
    hand: tuple[ProjectDatabase, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = hand[1].codes
    dialog.codes.set_checked([codes["Samarbejde/Tillid"]])
    dialog.order_boxes[0].setCurrentIndex(dialog.order_boxes[0].findData("Alder"))
    dialog.template.setText("{Rolle}, {Alder}")
    dialog.filter.coders.set_checked([hand[1].coders["jonas"]])
    target = tmp_path / "citater"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    with qtbot.waitSignal(dialog.written, timeout=60_000) as written:
        dialog.write_button.click()
    assert written.args == [tmp_path / "citater.docx"]
    texts = paragraphs(tmp_path / "citater.docx")
    assert texts[0] == "Citatrapport"
    lines = [t for t in texts if t.startswith("— ")]
    assert lines == ["— Borger, 31", "— Sagsbehandler, 45"]  # jonas's two, ordered by age
    assert "Kodere: jonas" in texts and "Rækkefølge: Alder" in texts


def test_english_report_with_context(
    qtbot: QtBot,
    dialog: QuoteReportDialog,
    hand: tuple[ProjectDatabase, HandProject],
    tmp_path: Path,
) -> None:
    dialog.codes.set_checked([hand[1].codes["Samarbejde/Konflikt"]])
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.context.setValue(12)
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        assert dialog.write_to(tmp_path / "conflict.docx")
    texts = paragraphs(tmp_path / "conflict.docx")
    assert texts[0] == "Coded quotes"
    assert "[…] Mødet “blev aflyst” – vi ses i […]" in texts
    assert "— R1" in texts


def test_nothing_chosen_or_a_bad_template_is_said_and_nothing_runs(
    dialog: QuoteReportDialog, tmp_path: Path
) -> None:
    assert not dialog.write_to(tmp_path / "tom.docx")
    assert "code" in dialog.message.text()
    dialog.codes.set_checked([dialog.codes.listed_keys()[0]])
    dialog.template.setText("{Rolle} {Ukendt}")
    assert not dialog.write_to(tmp_path / "tom.docx")
    assert "{Ukendt}" in dialog.message.text()
    assert not (tmp_path / "tom.docx").exists()


def test_the_file_menu_opens_the_dialog(
    qtbot: QtBot, hand: tuple[ProjectDatabase, HandProject]
) -> None:
    class Window(QMainWindow):
        session: Any = None
        jobs: Any = None

    window = Window()
    qtbot.addWidget(window)
    slots: defaultdict[str, Any] = defaultdict(lambda: lambda: None)
    actions = build_menus(window, slots, [], [])
    action = actions["quote_report"]
    assert action.text() == "Coded quotes re&port…"
    action.trigger()  # no project: nothing opens
    assert not window.findChildren(QuoteReportDialog)
    window.session = ProjectSession(hand[0], "ane")
    window.jobs = JobRunner(window)
    action.trigger()
    (opened,) = window.findChildren(QuoteReportDialog)
    assert opened.isVisible() and opened.codes.list.count() == 5
    opened.reject()
