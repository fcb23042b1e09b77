"""A document shown again (after pseudonymising, undoing it, or choosing it anew) is drawn as
the first time: only speaker labels bold, however the cursor stood in a bold label before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.gui.document_view import DocumentView
from app.gui.session import ProjectSession
from app.pseudonymise import pseudonymise_commands
from models.commands import AddDocument, Batch, HeadingSpan, TurnSpan
from models.database import create_project

TEXT = (
    "Fokusgruppe i Ærøskøbing\n"
    "Mette: Jeg hedder Mette Fuglsang 😀 og har været her i syv år.\n"
    "Søren: Tove kender vi alle sammen. Toves søn ringede også.\n"
)


def turn(label: str) -> TurnSpan:
    line_start = TEXT.index(f"{label}: ")
    return TurnSpan(line_start + len(label) + 2, TEXT.index("\n", line_start), label)


@pytest.fixture
def shown(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[DocumentView, ProjectSession, int]]:
    session = ProjectSession(create_project(tmp_path / "fokusgruppe æøå.tekstur"), "Åse")
    add = AddDocument(
        "Fokusgruppe Ærø",
        TEXT,
        turns=[turn("Mette"), turn("Søren")],
        headings=[HeadingSpan(0, TEXT.index("\n"), 1)],
    )
    assert session.push(add, "Import") and add.document_id is not None
    view = DocumentView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show()
    view.show_document(add.document_id)
    yield view, session, add.document_id
    session.close()


def bold_at(view: DocumentView, position: int) -> bool:
    shown = view.shown
    assert shown is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(shown.to_utf16(position) + 1)
    return cursor.charFormat().fontWeight() > 400


def test_a_bold_label_under_the_cursor_does_not_make_the_next_drawing_bold(
    shown: tuple[DocumentView, ProjectSession, int],
) -> None:
    view, session, document = shown
    view.select_passage_quietly(TEXT.index("Søren"), TEXT.index("Søren") + 5)
    assert bold_at(view, TEXT.index("Søren:"))
    commands = pseudonymise_commands(session.db, {"Tove": "Åse", "Mette": "Randi"}, "Åse")
    assert session.push(Batch("Pseudonymise", list(commands)), "Pseudonymise")
    text = view.text()
    assert "Randi: Jeg hedder Randi Fuglsang 😀" in text and "Åses søn" in text
    assert bold_at(view, text.index("Randi:")) and bold_at(view, text.index("Søren:"))
    assert not bold_at(view, text.index("Jeg hedder"))
    assert not bold_at(view, text.index("Åse kender"))
    view.select_passage_quietly(0, 5)  # in the heading
    session.undo_stack.undo()
    assert view.text() == TEXT
    assert not bold_at(view, TEXT.index("Tove kender")) and bold_at(view, TEXT.index("Mette:"))
    view.show_document(None)
    view.show_document(document)
    assert not bold_at(view, TEXT.index("Jeg hedder"))
