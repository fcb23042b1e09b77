"""Who is coding: asked once on the first start, and a coder filter the views follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.gui.coder_identity import CoderNameDialog, ask_coder_on_first_start
from app.gui.main_window import MainWindow
from app.gui.settings_dialog import save_coder_name, saved_coder_name
from models.database import open_project
from tests.gui.coder_project import CoderProject, build_coder_project


@pytest.fixture(autouse=True)
def login_name(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("TEKSTUR_CODER", raising=False)
    monkeypatch.setattr("app.cli_common.getpass.getuser", lambda: "søren")
    return "søren"


@pytest.fixture(scope="module")
def project_source(tmp_path_factory: pytest.TempPathFactory) -> CoderProject:
    return build_coder_project(tmp_path_factory.mktemp("kodere") / "kodere.tekstur")


@pytest.fixture
def window(qtbot: QtBot, project_source: CoderProject, tmp_path: Path) -> Iterator[MainWindow]:
    copy = tmp_path / "kodere.tekstur"
    copy.write_bytes(project_source.path.read_bytes())
    main_window = MainWindow(open_project(copy))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


def listed_coders(window: MainWindow) -> set[str]:
    """The coders of the passages the coded passages dock lists."""
    model = window.workbench.passages.model
    segments = [model.segment(model.index(row, 0)) for row in range(model.rowCount())]
    return {s.coder_name for s in segments if s is not None}


def test_the_first_start_asks_once_and_keeps_the_answer(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    used: list[str] = []
    dialog = ask_coder_on_first_start(parent, used.append)
    assert isinstance(dialog, CoderNameDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == "søren"  # the login name is suggested
    assert "signed" in dialog.explanation.text()
    dialog.name_edit.setText("  Mette Ærø  ")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert used == ["Mette Ærø"] and saved_coder_name() == "Mette Ærø"
    assert ask_coder_on_first_start(parent, used.append) is None
    assert used == ["Mette Ærø"]


def test_closing_the_question_keeps_the_suggested_name(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    used: list[str] = []
    dialog = ask_coder_on_first_start(parent, used.append)
    assert dialog is not None
    dialog.name_edit.clear()
    assert not dialog.buttons.buttons()[0].isEnabled()  # no blank name
    dialog.reject()
    assert used == ["søren"] and saved_coder_name() == "søren"
    assert ask_coder_on_first_start(parent, used.append) is None


def test_a_known_name_is_not_asked_for(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setenv("TEKSTUR_CODER", "Jonas")
    assert ask_coder_on_first_start(parent, print) is None
    monkeypatch.delenv("TEKSTUR_CODER")
    save_coder_name("Mette")
    assert ask_coder_on_first_start(parent, print) is None


def test_a_window_opened_with_a_project_does_not_ask(window: MainWindow) -> None:
    assert window.findChildren(CoderNameDialog) == []
    assert "Coder: søren" in window.counts_label.text()
    assert window.session is not None
    window.session.set_coder("Mette")
    assert "Coder: Mette" in window.counts_label.text()


def test_the_coder_filter_hides_the_other_coders_codings(
    window: MainWindow, project_source: CoderProject
) -> None:
    bench, session = window.workbench, window.session
    assert session is not None
    bench.documents.select_document(project_source.interview)
    session.code_activated.emit(project_source.trust)
    view, button = bench.text_view, bench.coder_filter
    mette, jonas = project_source.mette, project_source.jonas
    assert button.text() == "Coders: all"
    assert {c.coder_id for c in view.stripes.columns()} == {mette, jonas}
    assert listed_coders(window) == {"Mette", "Jonas"}

    button.coder_actions()["Jonas"].setChecked(False)
    assert session.visible_coders == frozenset({mette})
    assert button.text() == "Coders: Mette"
    assert {c.coder_id for c in view.stripes.columns()} == {mette}
    assert {c.coder_id for c in view.shown_codings()} == {mette}
    assert listed_coders(window) == {"Mette"}

    button.coder_actions()["Jonas"].setChecked(True)  # everyone again
    assert session.visible_coders is None and button.text() == "Coders: all"
    assert {c.coder_id for c in view.stripes.columns()} == {mette, jonas}

    view.set_visible_coders({jonas})  # the document's context menu: the button follows
    assert session.visible_coders == frozenset({jonas}) and button.text() == "Coders: Jonas"
    assert listed_coders(window) == {"Jonas"}
