"""A project open elsewhere: the question, read-only mode in the window, refused changes."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.gui.main_window import MainWindow
from app.gui.project_open_dialog import LockedProjectDialog
from models import Document
from models.commands import AddDocument, apply_command
from models.database import create_project, open_project
from models.project_lock import Access, ProjectLockedError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Læsning æøå.tekstur"
    with create_project(path, name="Læseprøve") as db:
        apply_command(db, AddDocument("Samtale ø", "Vi mødes hver tirsdag. 😀"))
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    yield main_window
    main_window.close()


def documents(path: Path) -> int:
    with open_project(path, read_only=True) as db, db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(Document)).scalar_one())


def answer_locked_dialog(monkeypatch: pytest.MonkeyPatch, *, read_only: bool) -> list[str]:
    """Answer the dialog as the user would; returns the texts it showed."""
    shown: list[str] = []

    def answer(dialog: LockedProjectDialog) -> int:
        shown.append(dialog.text())
        cancel = dialog.button(dialog.StandardButton.Cancel)
        (dialog.read_only_button if read_only else cancel).click()
        return 0

    monkeypatch.setattr(LockedProjectDialog, "exec", answer)
    return shown


def test_a_locked_project_opens_read_only_when_the_user_agrees(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer_locked_dialog(monkeypatch, read_only=True)
    with open_project(project):  # the project is open for writing elsewhere
        assert window.open_project_file(project)
    (question,) = shown
    assert question.startswith(f"{project.name} is already open in this Tekstur (")
    assert question.endswith(f"@{socket.gethostname()}).")
    session = window.session
    assert session is not None and session.read_only
    assert window.windowTitle() == "Tekstur — Læseprøve (read-only)"
    assert not window.menu_actions["import"].isEnabled()
    coding = window.workbench.coding_actions
    assert not coding.current_action.isEnabled() and not coding.uncode_action.isEnabled()
    assert coding.next_action.isEnabled()  # moving between codings only reads
    assert window.menu_actions["close"].isEnabled()
    assert session.push(AddDocument("Nej", "Gemmes ikke."), "Tilføj dokument") is False
    assert "read-only" in window.statusBar().currentMessage()
    assert "Tilføj dokument" in window.statusBar().currentMessage()
    assert session.coder_id == 0  # an unknown coder is not added to a read-only project
    assert documents(project) == 1
    window.close_project()
    assert window.open_project_file(project)  # free again: opens for writing
    assert window.session is not None and not window.session.read_only
    assert window.windowTitle() == "Tekstur — Læseprøve"
    assert window.menu_actions["import"].isEnabled()


def test_cancel_leaves_the_project_closed(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_locked_dialog(monkeypatch, read_only=False)
    with open_project(project):
        assert not window.open_project_file(project)
    assert window.session is None and window.windowTitle() == "Tekstur"


def test_the_dialog_names_the_file_and_who_has_it(qtbot: QtBot, project: Path) -> None:
    dialog = LockedProjectDialog(ProjectLockedError(project, "åse@kontoret"))
    qtbot.addWidget(dialog)
    assert dialog.text() == "Læsning æøå.tekstur is open in another Tekstur (åse@kontoret)."
    assert dialog.read_only_button.text() == "Open &read-only"


def test_a_project_tekstur_cannot_write_to_opens_read_only_with_a_message(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_write(path: Path) -> Access:
        return Access(read_only=True, reason=f"{path} cannot be written")

    monkeypatch.setattr("models.project_lock.decide_access", cannot_write)
    assert window.open_project_file(project)
    assert window.session is not None and window.session.read_only
    assert window.statusBar().currentMessage() == (
        "Læsning æøå.tekstur is opened read-only: Tekstur cannot write to the file or its folder."
    )
    assert window.windowTitle().endswith("(read-only)")
    assert not list(project.parent.glob("*.backups"))  # nothing is written, not even a backup


def test_a_demo_project_open_in_another_tekstur_is_not_rebuilt(tmp_path: Path) -> None:
    from app.gui.launch import demo_project_path

    demo = tmp_path / "demo.tekstur"
    with create_project(demo, name="Ældre demo") as db:  # not the current demo: rebuilt if free
        apply_command(db, AddDocument("Gammel ø", "Stadig åben et andet sted."))
        assert demo_project_path(tmp_path) == demo
        assert db.project_name() == "Ældre demo"
    assert documents(demo) == 1
