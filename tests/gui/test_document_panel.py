"""The documents panel: groups by kind, filters, selection, rename and delete with undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.gui.document_model import DocumentTreeModel
from app.gui.document_panel import DocumentPanel
from app.gui.session import ProjectSession
from models import AttributeTarget, AttributeType, Coding, Document, DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    DefineAttribute,
    EnsureCodePath,
    EnsureCoder,
    SetAttributeValue,
    apply_command,
)
from models.database import ProjectDatabase, create_project

FOCUS_GROUP = "I: Hvordan går det?\nPKS: Vi når at lære borgeren at kende. 😀 Tilliden vokser.\n"
INTERVIEW = "I: Hvad betyder færre sager?\nLeder: Mere tid – og ærlige samtaler.\n"


@dataclass
class Project:
    """Ids of the documents the tests use."""

    trial_group: int
    ordinary_group: int
    leader: int
    journal: int


def _add(db: ProjectDatabase, name: str, text: str, kind: DocumentKind) -> int:
    command = AddDocument(name, text, kind)
    apply_command(db, command)
    assert command.document_id is not None
    return command.document_id


def build_project(db: ProjectDatabase) -> Project:
    trial = _add(db, "R1 Forsøg – fokusgruppe PKS", FOCUS_GROUP, DocumentKind.FOCUS_GROUP)
    ordinary = _add(db, "R1 Ordinær – fokusgruppe", FOCUS_GROUP, DocumentKind.FOCUS_GROUP)
    leader = _add(db, "R2 Forsøg – leder", INTERVIEW, DocumentKind.INTERVIEW)
    journal = _add(
        db, "Journal – Søren Ærø", "12-03-2019: Samtale om afklaring.\n", DocumentKind.JOURNAL
    )
    department = DefineAttribute("Afdeling", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    apply_command(db, department)
    assert department.attribute_id is not None
    for document, value in ((trial, "Forsøgsafdeling"), (leader, "Forsøgsafdeling")):
        apply_command(db, SetAttributeValue(department.attribute_id, document, value))
    apply_command(db, SetAttributeValue(department.attribute_id, ordinary, "Ordinær afdeling"))
    code, coder = EnsureCodePath("Borgerrelationer/Tillid"), EnsureCoder("ane")
    apply_command(db, code)
    apply_command(db, coder)
    assert code.code_id is not None and coder.coder_id is not None
    spans = [(trial, 20, 40), (trial, 41, 60), (trial, 5, 10), (leader, 30, 40)]
    codings = [CodingSpan(d, code.code_id, coder.coder_id, s, e) for d, s, e in spans]
    apply_command(db, AddCodings(codings))
    return Project(trial, ordinary, leader, journal)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    project = ProjectSession(create_project(tmp_path / "lavere sagsantal.tekstur"), "ane")
    yield project
    project.close()


@pytest.fixture
def project(session: ProjectSession) -> Project:
    return build_project(session.db)


@pytest.fixture
def panel(qtbot: QtBot, session: ProjectSession, project: Project) -> DocumentPanel:
    widget = DocumentPanel()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    return widget


def shown(model: DocumentTreeModel) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each group's heading with its documents' names and codings, as displayed."""
    groups = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        documents = [
            (str(model.index(r, 0, group).data()), str(model.index(r, 1, group).data()))
            for r in range(model.rowCount(group))
        ]
        groups.append((str(group.data()), documents))
    return groups


def document_names(session: ProjectSession) -> list[str]:
    with session.db.read() as connection:
        return list(connection.execute(select(Document.name).order_by(Document.name)).scalars())


def test_documents_grouped_by_kind_with_codings(
    panel: DocumentPanel, project: Project, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    assert shown(panel.model) == [
        (
            "Focus groups",
            [("R1 Forsøg – fokusgruppe PKS", "3"), ("R1 Ordinær – fokusgruppe", "0")],
        ),
        ("Interviews", [("R2 Forsøg – leder", "1")]),
        ("Case journals", [("Journal – Søren Ærø", "0")]),
    ]
    assert all(panel.view.isExpanded(panel.model.index(row, 0)) for row in range(3))
    assert panel.model.index(0, 1).data() == "3"  # a group counts its documents' codings
    assert panel.current_document_id() == project.trial_group


def test_filter_by_name_and_by_attribute_value(
    panel: DocumentPanel, project: Project, qtbot: QtBot, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    QTest.keyClicks(panel.filter_edit, "FOKUSGRUPPE")
    assert [group for group, _ in shown(panel.model)] == ["Focus groups"]
    panel.filter_edit.clear()
    QTest.keyClicks(panel.filter_edit, "søren ærø")
    assert shown(panel.model) == [("Case journals", [("Journal – Søren Ærø", "0")])]
    panel.filter_edit.clear()
    assert [panel.attribute_box.itemText(i) for i in range(panel.attribute_box.count())] == [
        "All documents",
        "Afdeling",
    ]
    panel.attribute_box.setCurrentIndex(1)
    assert [panel.value_box.itemText(i) for i in range(panel.value_box.count())] == [
        "= Forsøgsafdeling",
        "= Ordinær afdeling",
    ]
    assert shown(panel.model) == [
        ("Focus groups", [("R1 Forsøg – fokusgruppe PKS", "3")]),
        ("Interviews", [("R2 Forsøg – leder", "1")]),
    ]
    panel.value_box.setCurrentIndex(1)
    assert shown(panel.model) == [("Focus groups", [("R1 Ordinær – fokusgruppe", "0")])]
    QTest.keyClicks(panel.filter_edit, "leder")
    assert shown(panel.model) == []
    panel.filter_edit.clear()
    assert panel.set_attribute_filter("Afdeling", "Forsøgsafdeling")
    QTest.keyClicks(panel.filter_edit, "leder")
    assert shown(panel.model) == [("Interviews", [("R2 Forsøg – leder", "1")])]
    assert not panel.set_attribute_filter("Afdeling", "Ukendt afdeling")
    assert panel.set_attribute_filter(None)
    panel.filter_edit.clear()
    assert len(shown(panel.model)) == 3


def test_select_document_emits_and_clears_hiding_filters(
    panel: DocumentPanel, project: Project, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(panel.document_chosen) as chosen:
        assert panel.select_document(project.leader)
    assert chosen.args == [project.leader]
    assert panel.current_document_id() == project.leader
    QTest.keyClicks(panel.filter_edit, "journal")
    with qtbot.waitSignal(panel.document_chosen) as chosen:
        assert panel.select_document(project.ordinary_group)
    assert chosen.args == [project.ordinary_group]
    assert panel.filter_edit.text() == ""
    assert not panel.select_document(987_654)
    assert panel.current_document_id() == project.ordinary_group
    # Choosing a kind's heading chooses no document.
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.current_document_id() is None


def test_rename_with_f2_then_undo_and_redo(
    panel: DocumentPanel,
    project: Project,
    session: ProjectSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(kwargs["text"])
        return "R2 Forsøg – leder, Åbyhøj", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.select_document(project.leader)
    QTest.keyClick(panel.view, Qt.Key.Key_F2)
    assert asked == ["R2 Forsøg – leder"]
    assert "R2 Forsøg – leder, Åbyhøj" in document_names(session)
    assert panel.current_document_id() == project.leader
    assert panel.model.index_of(project.leader).data() == "R2 Forsøg – leder, Åbyhøj"
    assert session.undo_stack.undo_label == (
        "Rename document 'R2 Forsøg – leder' to 'R2 Forsøg – leder, Åbyhøj'"
    )
    session.undo_stack.undo()
    assert panel.model.index_of(project.leader).data() == "R2 Forsøg – leder"
    session.undo_stack.redo()
    assert panel.model.index_of(project.leader).data() == "R2 Forsøg – leder, Åbyhøj"
    # A taken name is refused with a message and changes nothing.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not panel.rename_document(project.leader, "Journal – Søren Ærø")
    assert warnings == ["a document called 'Journal – Søren Ærø' already exists"]


def test_delete_with_del_names_the_codings_and_undo_restores(
    panel: DocumentPanel,
    project: Project,
    session: ProjectSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []

    def confirm(*args: Any) -> QMessageBox.StandardButton:
        questions.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    panel.select_document(project.trial_group)
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert questions == [
        "Delete the document 'R1 Forsøg – fokusgruppe PKS' with its 3 coding(s)?"
        " Undo brings it back."
    ]
    assert "R1 Forsøg – fokusgruppe PKS" not in document_names(session)
    assert panel.model.index_of(project.trial_group) == QModelIndex()
    session.undo_stack.undo()
    assert panel.model.index_of(project.trial_group).isValid()
    with session.db.read() as connection:
        codings = connection.execute(
            select(func.count(Coding.id)).where(Coding.document_id == project.trial_group)
        ).scalar_one()
    assert codings == 3
    assert panel.current_document_id() == project.trial_group  # chosen again after undo
    session.undo_stack.redo()
    assert not panel.model.index_of(project.trial_group).isValid()


def test_refresh_keeps_collapsed_groups_and_selection(
    panel: DocumentPanel, project: Project, session: ProjectSession, qtbot: QtBot
) -> None:
    panel.select_document(project.ordinary_group)
    interviews = panel.model.index(1, 0)
    panel.view.collapse(interviews)
    apply_command(session.db, AddDocument("R3 Ordinær – borger", INTERVIEW, DocumentKind.INTERVIEW))
    session.changed.emit()
    assert [name for name, _ in shown(panel.model)[1][1]] == [
        "R2 Forsøg – leder",
        "R3 Ordinær – borger",
    ]
    assert not panel.view.isExpanded(panel.model.index(1, 0))
    assert panel.view.isExpanded(panel.model.index(0, 0))
    assert panel.current_document_id() == project.ordinary_group


def test_memo_is_requested_for_the_document(
    panel: DocumentPanel, project: Project, qtbot: QtBot
) -> None:
    panel.select_document(project.journal)
    with qtbot.waitSignal(panel.memo_requested) as requested:
        panel.memo_action.trigger()
    assert requested.args == ["document", project.journal]


def test_without_a_session_the_panel_is_empty(
    panel: DocumentPanel, qtmodeltester: Any, session: ProjectSession
) -> None:
    panel.set_session(None)
    assert panel.model.rowCount() == 0
    assert not panel.rename_action.isEnabled()
    qtmodeltester.check(panel.model)
    session.changed.emit()  # no longer followed
    assert panel.model.rowCount() == 0
