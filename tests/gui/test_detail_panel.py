"""The detail panel: codings and annotations at a position, memo and attributes per object."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.gui.detail_panel import CODE, CodingsAtModel, DetailPanel
from app.gui.session import ProjectSession
from models.commands import AddAnnotation, AddCodings, CodingSpan, LinkDocumentToCase
from models.database import ProjectDatabase
from models.position_reading import codings_at
from tests.models.sample_project import CITIZEN, FOCUS_GROUP, SampleIds, populate, snapshot, span


@pytest.fixture
def project(db: ProjectDatabase) -> tuple[ProjectSession, SampleIds]:
    return ProjectSession(db, "ane"), populate(db)


@pytest.fixture
def panel(qtbot: QtBot, project: tuple[ProjectSession, SampleIds]) -> DetailPanel:
    widget = DetailPanel()
    qtbot.addWidget(widget)
    widget.set_session(project[0])
    widget.show()
    return widget


def listed(panel: DetailPanel) -> list[list[str]]:
    model = panel.codings_model
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_codings_at_a_position_with_code_path_coder_and_span(
    panel: DetailPanel, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        start, end = span(CITIZEN, "👍🏽 Det er trygt.")
        session.push(AddCodings([CodingSpan(sample.citizen, sample.rehab, sample.ane, 0, end)]))
        panel.show_document_position(sample.citizen, CITIZEN.index("trygt"))
        assert panel.heading.text() == "Document: Borgerinterview R3"
        assert listed(panel) == [
            ["Borgerrelationer/Tillid", "jonas", f"{start}–{end}", "👍🏽 Det er trygt."],
            [
                "Opgavekompetencer/Rehabiliteringsteam",
                "ane",
                f"{0}–{end}",
                "I: Hvordan har det været? Borger: Min sagsbehandler lytter og ringer tilbage. J…",
            ],
        ]
        assert panel.codings_model.index(0, CODE).data(1) == QColor("#2e86c1")
        assert panel.codings.isVisible() and not panel.annotations.isVisible()
    finally:
        QLocale.setDefault(before)


def test_clicking_a_coding_selects_it_in_the_document(
    panel: DetailPanel, project: tuple[ProjectSession, SampleIds], qtbot: QtBot
) -> None:
    session, sample = project
    start, end = span(FOCUS_GROUP, "Lægelige oplysninger kommer sent")
    panel.show_document_position(sample.focus_group, start)
    assert [row[0] for row in listed(panel)] == ["Opgavekompetencer/Lægelige oplysninger"]
    with qtbot.waitSignal(session.navigate) as navigated:
        panel.codings_view.clicked.emit(panel.codings_model.index(0, 1))
    assert navigated.args == [sample.focus_group, start, end]


def test_remove_a_coding_then_undo(
    panel: DetailPanel, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    before = snapshot(session.db)
    position = FOCUS_GROUP.index("tilliden vokser")
    panel.show_document_position(sample.focus_group, position)
    assert [row[1] for row in listed(panel)] == ["ane"]
    panel.codings_view.selectRow(0)
    panel.codings_view.setFocus()
    QTest.keyClick(panel.codings_view, Qt.Key.Key_Delete)
    assert session.undo_stack.undo_label == "Remove coding 'Borgerrelationer/Tillid' by ane"
    assert listed(panel) == []
    assert codings_at(session.db, sample.focus_group, position) == []
    assert not panel.remove_button.isEnabled()
    session.undo_stack.undo()
    assert snapshot(session.db) == before
    assert [row[1] for row in listed(panel)] == ["ane"]


def test_attributes_of_the_document_and_of_the_speakers_case(
    panel: DetailPanel, project: tuple[ProjectSession, SampleIds]
) -> None:
    _, sample = project
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        panel.show_document_position(sample.focus_group, FOCUS_GROUP.index("tilliden"))
        assert panel.attribute_lines() == [
            "Forsøg: Yes",
            "Spoken by case 'Sagsbehandler A':",
            "Rolle: Sagsbehandler",
        ]
        panel.show_case(sample.case_citizen)
        assert panel.heading.text() == "Case: Borger 3"
        assert panel.attribute_lines() == ["Rolle: Borger", "Alder: 47", "Startdato: 01.03.2019"]
        assert panel.memo_editor.text_edit.toPlainText() == "Har haft tre sagsbehandlere."
        assert not panel.codings.isVisible()
    finally:
        QLocale.setDefault(before)


def test_annotations_there_and_memos_per_object(
    panel: DetailPanel, project: tuple[ProjectSession, SampleIds]
) -> None:
    session, sample = project
    start, end = span(FOCUS_GROUP, "ellers går der måneder")
    session.push(AddAnnotation(sample.focus_group, start, end, "Ventetid – æøå", sample.jonas))
    panel.show_document_position(sample.focus_group, FOCUS_GROUP.index("måneder"))
    model = panel.annotations_model
    notes = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert notes == ["Ventetid – æøå", "Hvor mange?"]
    assert panel.annotations.isVisible()
    assert panel.memo_editor.heading.text() == "document 'Fokusgruppe R1 forsøg'"
    panel.show_code(sample.trust)
    assert panel.heading.text() == "Code: Borgerrelationer/Tillid"
    assert panel.memo_editor.text_edit.toPlainText() == (
        "Definition: borgerens tillid til sagsbehandleren."
    )
    panel.show_document(sample.citizen)
    assert panel.memo_editor.text_edit.toPlainText() == "Interviewet blev afbrudt."
    session.push(LinkDocumentToCase(sample.citizen, sample.case_a))
    panel.show_document_position(sample.citizen, 0)  # the interviewer's turn: the document's case
    assert "Spoken by case 'Sagsbehandler A':" in panel.attribute_lines()
    panel.set_session(None)
    assert panel.heading.text() == "Nothing selected"


def test_models_pass_the_model_tester(
    qtmodeltester: Any, panel: DetailPanel, project: tuple[ProjectSession, SampleIds]
) -> None:
    _, sample = project
    qtmodeltester.check(CodingsAtModel())
    panel.show_document_position(sample.focus_group, FOCUS_GROUP.index("måneder"))
    qtmodeltester.check(panel.codings_model)
    qtmodeltester.check(panel.annotations_model)
