"""Two windows on one team project: what one person does shows in the other's window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.gui.main_window import MainWindow
from app.gui.team_watch import TeamWatch
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CreateCode,
    EnsureCoder,
    UpdateCode,
    apply_command,
)
from models.database import create_project, open_project
from models.team import TeamChange
from tests.pg_server import ThrowawayPostgres

pytestmark = pytest.mark.postgres

LINES = [f"Borger {n}: Jeg har tillid til min sagsbehandler, æøå og 😀." for n in range(200)]
TEXT = "\n".join(LINES)
WAIT_MS = 5000


@dataclass
class TwoWindows:
    """Ane's and Søren's windows on the same project, showing the same interview."""

    ane: MainWindow
    soren: MainWindow
    document: int
    code: int
    coder: int


@pytest.fixture
def windows(qtbot: QtBot, postgres: ThrowawayPostgres) -> Iterator[TwoWindows]:
    url = postgres.create_database()
    with create_project(url, name="Forsøg med lavere sagsantal") as db:
        document, code, coder = AddDocument("Interview æøå", TEXT), CreateCode("Tillid"), None
        for command in (document, code):
            apply_command(db, command)
        ensure = EnsureCoder("Ane")
        apply_command(db, ensure)
        coder = ensure.coder_id
    assert document.document_id and code.code_id and coder
    opened = []
    for _ in range(2):
        window = MainWindow(open_project(url))
        qtbot.addWidget(window)
        window.show()
        window.workbench.documents.select_document(document.document_id)
        opened.append(window)
    yield TwoWindows(opened[0], opened[1], document.document_id, code.code_id, coder)
    for window in opened:
        window.close()
    postgres.drop_database(url)


def test_a_coding_made_in_one_window_appears_in_the_other(
    qtbot: QtBot, windows: TwoWindows
) -> None:
    view = windows.soren.workbench.text_view
    assert view.document_id == windows.document
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    cursor = view.textCursor()
    cursor.setPosition(40)
    cursor.setPosition(60, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    scrolled, selected = view.verticalScrollBar().value(), view.selected_passage()
    assert scrolled > 0 and selected is not None
    echoes: list[TeamChange] = []
    assert windows.ane.session is not None and windows.soren.session is not None
    windows.ane.session.remote_changed.connect(echoes.append)

    span = CodingSpan(windows.document, windows.code, windows.coder, 8, 14)
    assert windows.ane.session.push(AddCodings([span]), "Kod 'Tillid'")

    qtbot.waitUntil(lambda: len(view.shown_codings()) == 1, timeout=WAIT_MS)
    shown = view.shown_codings()[0]
    assert (shown.start, shown.end, shown.code_name) == (8, 14, "Tillid")
    qtbot.waitUntil(lambda: "1 coding" in windows.soren.counts_label.text(), timeout=WAIT_MS)
    details = windows.soren.workbench.codes.model.details(windows.code)
    assert details is not None and details.references == 1
    assert view.verticalScrollBar().value() == scrolled
    assert view.selected_passage() == selected
    watch = windows.ane.session.findChild(TeamWatch)
    assert watch is not None and watch.poll() is None
    assert echoes == []  # Ane's window ignores its own announcement


def test_a_rename_in_one_window_shows_in_the_others_code_tree(
    qtbot: QtBot, windows: TwoWindows, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []

    def warn(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    soren_edits = windows.soren.workbench.codes.edits
    seen_by_soren = soren_edits.seen(windows.code)
    assert windows.ane.workbench.codes.edits.rename_code(windows.code, "Tiltro")

    tree = windows.soren.workbench.codes.model
    qtbot.waitUntil(
        lambda: (node := tree.node(windows.code)) is not None and node.name == "Tiltro",
        timeout=WAIT_MS,
    )
    # Søren renames from what he saw before Ane's rename arrived: refused, nothing written.
    assert not soren_edits.rename_code(windows.code, "Tryghed", seen_by_soren)
    assert warnings == [
        "'Tillid' was renamed to 'Tiltro' by someone else meanwhile; nothing was changed"
    ]
    assert tree.node(windows.code).name == "Tiltro"  # type: ignore[union-attr]
    assert soren_edits.rename_code(windows.code, "Tryghed")  # from what he sees now

    # Ane's undo of her rename now meets Søren's: refused with a plain message.
    ane_tree = windows.ane.workbench.codes.model
    qtbot.waitUntil(
        lambda: (node := ane_tree.node(windows.code)) is not None and node.name == "Tryghed",
        timeout=WAIT_MS,
    )
    windows.ane.undo()
    assert warnings[-1] == "Someone else changed this meanwhile; your undo was not applied."
    assert ane_tree.node(windows.code).name == "Tryghed"  # type: ignore[union-attr]


def test_a_change_through_another_program_reaches_the_window(
    qtbot: QtBot, windows: TwoWindows
) -> None:
    assert windows.soren.session is not None
    url = windows.soren.session.db.location.url
    with open_project(url) as other:
        apply_command(other, UpdateCode(windows.code, color="#aa3355"))
    tree = windows.soren.workbench.codes.model
    qtbot.waitUntil(
        lambda: (details := tree.details(windows.code)) is not None and details.color == "#aa3355",
        timeout=WAIT_MS,
    )
