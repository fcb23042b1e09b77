"""Linking speakers to cases from the dialog: one undo step, new cases created, unlinking."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.session import ProjectSession
from app.gui.speaker_links import CASE, SpeakerLinkDialog, SpeakerLinkModel
from models import Case, SpeakerTurn
from models.database import ProjectDatabase
from models.reading import speaker_rows
from tests.models.sample_project import populate, snapshot


@pytest.fixture
def session(db: ProjectDatabase) -> ProjectSession:
    populate(db)
    return ProjectSession(db, "ane")


@pytest.fixture
def dialog(qtbot: QtBot, session: ProjectSession) -> SpeakerLinkDialog:
    shown = SpeakerLinkDialog(session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def rows_of(dialog: SpeakerLinkDialog) -> list[tuple[str, str, str, str]]:
    model = dialog.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(4))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def row_index(dialog: SpeakerLinkDialog, speaker: str, document: str) -> int:
    return next(
        r
        for r in range(dialog.model.rowCount())
        if (dialog.model.row(r).speaker, dialog.model.row(r).document) == (speaker, document)
    )


def test_model_passes_the_model_tester(qtmodeltester: Any, session: ProjectSession) -> None:
    model = SpeakerLinkModel()
    qtmodeltester.check(model)
    model.load(speaker_rows(session.db))
    qtmodeltester.check(model)


def test_rows_list_speakers_documents_turns_and_cases(dialog: SpeakerLinkDialog) -> None:
    assert rows_of(dialog) == [
        ("Borger", "Borgerinterview R3", "2", "Borger 3"),
        ("I", "Borgerinterview R3", "1", ""),
        ("I", "Fokusgruppe R1 forsøg", "2", ""),
        ("Sagsbehandler A", "Fokusgruppe R1 forsøg", "2", "Sagsbehandler A"),
        ("Sagsbehandler B", "Fokusgruppe R1 forsøg", "1", ""),
    ]
    assert dialog.delegate.case_names == ["Borger 3", "Sagsbehandler A"]


def test_apply_links_new_and_existing_cases_in_one_step(
    dialog: SpeakerLinkDialog, session: ProjectSession
) -> None:
    before = snapshot(session.db)
    model = dialog.model
    model.setData(
        model.index(row_index(dialog, "Sagsbehandler B", "Fokusgruppe R1 forsøg"), CASE),
        "Sagsbehandler Ærø",
    )
    model.setData(
        model.index(row_index(dialog, "I", "Borgerinterview R3"), CASE), " Interviewer  Åse "
    )
    model.setData(
        model.index(row_index(dialog, "I", "Fokusgruppe R1 forsøg"), CASE), "Interviewer Åse"
    )
    model.setData(model.index(row_index(dialog, "Borger", "Borgerinterview R3"), CASE), "")
    assert len(model.changes()) == 4
    assert model.index(0, CASE).data(Qt.ItemDataRole.ToolTipRole) == "Now: Borger 3"
    assert dialog.apply()
    assert session.undo_stack.undo_label == "Link 4 speaker(s) to cases"
    assert rows_of(dialog) == [
        ("Borger", "Borgerinterview R3", "2", ""),
        ("I", "Borgerinterview R3", "1", "Interviewer Åse"),
        ("I", "Fokusgruppe R1 forsøg", "2", "Interviewer Åse"),
        ("Sagsbehandler A", "Fokusgruppe R1 forsøg", "2", "Sagsbehandler A"),
        ("Sagsbehandler B", "Fokusgruppe R1 forsøg", "1", "Sagsbehandler Ærø"),
    ]
    with session.db.read() as connection:
        cases = set(connection.execute(select(Case.name)).scalars())
        unlinked = connection.execute(
            select(SpeakerTurn.case_id).where(SpeakerTurn.speaker == "Borger")
        ).scalars()
        assert set(unlinked) == {None}
    assert cases == {"Borger 3", "Sagsbehandler A", "Interviewer Åse", "Sagsbehandler Ærø"}
    assert not dialog.apply()  # nothing left to apply
    session.undo_stack.undo()
    assert snapshot(session.db) == before
    session.undo_stack.redo()
    dialog.reload()
    assert rows_of(dialog)[1][3] == "Interviewer Åse"


def test_one_change_is_named_after_the_speaker(
    dialog: SpeakerLinkDialog, session: ProjectSession, qtbot: QtBot
) -> None:
    index = dialog.model.index(row_index(dialog, "Sagsbehandler B", "Fokusgruppe R1 forsøg"), CASE)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(index)
    QTest.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = dialog.view.focusWidget()
    assert isinstance(editor, QComboBox) or isinstance(editor.parent(), QComboBox)
    QTest.keyClicks(editor, "Sagsbehandler A")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.changes() != [])
    assert dialog.apply()
    assert session.undo_stack.undo_label == (
        "Link speaker 'Sagsbehandler B' in Fokusgruppe R1 forsøg to case 'Sagsbehandler A'"
    )
    with session.db.read() as connection:
        assert connection.execute(select(Case.name)).scalars().all().count("Sagsbehandler A") == 1
