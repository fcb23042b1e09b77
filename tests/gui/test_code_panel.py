"""The code tree: counts, filter, drag to reorder and nest, passages dropped on codes, edits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.gui.code_model import CODE_MIME_TYPE
from app.gui.code_panel import CodePanel
from app.gui.session import Passage, ProjectSession
from models import Code, Coding, DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    UpdateCode,
    apply_command,
)
from models.database import ProjectDatabase, create_project

TEXT = (
    "I: Hvordan er samarbejdet med lægerne?\n"
    "PKS: Lægelige oplysninger kommer sent 😀, men vi følger op.\n"
    "PKS: Borgeren får tillid, når vi ringer tilbage – også om aftenen.\n"
)


@dataclass
class Project:
    """Ids the tests refer to."""

    document: int
    relations: int
    trust: int
    collaboration: int
    tasks: int
    medical: int
    rehab: int
    suppliers: int
    ane: int


def _code(db: ProjectDatabase, path: str) -> int:
    command = EnsureCodePath(path)
    apply_command(db, command)
    assert command.code_id is not None
    return command.code_id


def build_project(db: ProjectDatabase) -> Project:
    add = AddDocument("R1 Forsøg – fokusgruppe PKS", TEXT, DocumentKind.FOCUS_GROUP)
    apply_command(db, add)
    assert add.document_id is not None
    trust = _code(db, "Borgerrelationer/Tillid")
    collaboration = _code(db, "Borgerrelationer/Samarbejde")
    medical = _code(db, "Opgavekompetencer/Lægelige oplysninger")
    rehab = _code(db, "Opgavekompetencer/Rehabiliteringsteam")
    suppliers = _code(db, "Leverandørsamarbejde")
    relations, tasks = _code(db, "Borgerrelationer"), _code(db, "Opgavekompetencer")
    apply_command(db, UpdateCode(trust, color="#2e86c1", description="Borgerens tillid.\nÆrlig."))
    coder = EnsureCoder("jonas")
    apply_command(db, coder)
    assert coder.coder_id is not None
    start = TEXT.index("Lægelige")
    spans = [(medical, start, start + 20), (trust, TEXT.index("tillid"), TEXT.index(", når"))]
    apply_command(
        db, AddCodings([CodingSpan(add.document_id, c, coder.coder_id, s, e) for c, s, e in spans])
    )
    return Project(
        add.document_id,
        relations,
        trust,
        collaboration,
        tasks,
        medical,
        rehab,
        suppliers,
        coder.coder_id,
    )


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    project = ProjectSession(create_project(tmp_path / "kodning æøå.tekstur"), "ane")
    yield project
    project.close()


@pytest.fixture
def project(session: ProjectSession) -> Project:
    return build_project(session.db)


@pytest.fixture
def panel(qtbot: QtBot, session: ProjectSession, project: Project) -> CodePanel:
    widget = CodePanel()
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    return widget


def tree(model: Any, parent: QModelIndex | None = None) -> list[Any]:
    """The names of the codes shown, as nested lists (a name, or a name with its sub-codes)."""
    parent = parent or QModelIndex()
    shown: list[Any] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        below = tree(model, index)
        shown.append((index.data(), below) if below else index.data())
    return shown


def codes_in_db(session: ProjectSession) -> list[tuple[str, str | None, int]]:
    with session.db.read() as connection:
        parents = {row.id: row.name for row in connection.execute(select(Code.id, Code.name))}
        rows = connection.execute(
            select(Code.name, Code.parent_id, Code.position).order_by(Code.id)
        ).all()
    return [(name, parents.get(parent) if parent else None, pos) for name, parent, pos in rows]


def code_mime(*ids: int) -> QMimeData:
    data = QMimeData()
    data.setData(CODE_MIME_TYPE, json.dumps(list(ids)).encode("utf-8"))
    return data


def drop_through_view(panel: CodePanel, data: QMimeData, point: QPoint) -> bool:
    """Send the drag-enter, drag-move and drop events a real drag would send."""
    viewport = panel.view.viewport()
    action = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)),
        QDragMoveEvent(point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)),
    ):
        QApplication.sendEvent(viewport, event)
    drop = QDropEvent(
        QPointF(point), action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


FULL_TREE = [
    ("Borgerrelationer", ["Tillid", "Samarbejde"]),
    ("Opgavekompetencer", ["Lægelige oplysninger", "Rehabiliteringsteam"]),
    "Leverandørsamarbejde",
]


def test_tree_with_counts_colour_and_description(
    panel: CodePanel, project: Project, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    assert tree(panel.model) == FULL_TREE
    model = panel.model
    trust = model.index_of(project.trust)
    assert [model.index_of(project.trust, c).data() for c in (0, 1, 2)] == ["Tillid", "1", "1"]
    assert model.index_of(project.relations, 1).data() == "0"  # own codings only
    assert trust.data(Qt.ItemDataRole.DecorationRole) == QColor("#2e86c1")
    assert trust.data(Qt.ItemDataRole.ToolTipRole) == (
        "<b>Borgerrelationer/Tillid</b><br>Borgerens tillid.<br>Ærlig."
    )
    assert model.index_of(project.suppliers).data(Qt.ItemDataRole.ToolTipRole) == (
        "<b>Leverandørsamarbejde</b>"
    )
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1, 2)] == [
        "Code",
        "References",
        "Documents",
    ]


def test_dropping_a_passage_codes_it_by_the_sessions_coder(
    panel: CodePanel, project: Project, session: ProjectSession, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    start = TEXT.index("kommer sent 😀")
    passage = Passage(project.document, start, start + len("kommer sent 😀"))
    model = panel.model
    trust = model.index_of(project.trust)
    assert not model.canDropMimeData(passage.to_mime(), Qt.DropAction.CopyAction, 0, 0, trust)
    assert not model.canDropMimeData(
        passage.to_mime(), Qt.DropAction.CopyAction, -1, -1, QModelIndex()
    )
    assert model.dropMimeData(passage.to_mime(), Qt.DropAction.CopyAction, -1, 0, trust)
    with session.db.read() as connection:
        coding = connection.execute(
            select(Coding.document_id, Coding.code_id, Coding.coder_id, Coding.start, Coding.end)
            .order_by(Coding.id.desc())
            .limit(1)
        ).one()
    expected = (project.document, project.trust, session.coder_id, passage.start, passage.end)
    assert tuple(coding) == expected
    assert session.coder_id != project.ane
    assert session.recent_codes == [project.trust]
    assert session.undo_stack.undo_label == "Code 'Tillid' in R1 Forsøg – fokusgruppe PKS"
    assert model.index_of(project.trust, 1).data() == "2"
    session.undo_stack.undo()
    assert model.index_of(project.trust, 1).data() == "1"
    # A folder (REFI-QDA isCodable="false") only groups codes: passages are not dropped on it.
    with session.db.write() as connection:
        connection.execute(
            update(Code).where(Code.id == project.relations).values(is_codable=False)
        )
    session.changed.emit()
    relations = model.index_of(project.relations)
    assert relations.data(Qt.ItemDataRole.FontRole).italic()
    assert not model.canDropMimeData(passage.to_mime(), Qt.DropAction.CopyAction, -1, 0, relations)
    assert not model.dropMimeData(passage.to_mime(), Qt.DropAction.CopyAction, -1, 0, relations)


def test_a_passage_the_coder_already_coded_with_the_code_is_not_coded_again(
    panel: CodePanel, project: Project, session: ProjectSession, qtbot: QtBot
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(panel)
    model, copy = panel.model, Qt.DropAction.CopyAction
    trust = model.index_of(project.trust)
    # jonas coded "tillid" with Tillid; the session codes as ane, so it is coded once more.
    jonas = Passage(project.document, TEXT.index("tillid"), TEXT.index(", når"))
    assert model.dropMimeData(jonas.to_mime(), copy, -1, 0, trust)
    start = TEXT.index("Borgeren får tillid")
    passage = Passage(project.document, start, start + len("Borgeren får tillid"))
    assert model.dropMimeData(passage.to_mime(), copy, -1, 0, trust)
    assert model.index_of(project.trust, 1).data() == "3"
    changes: list[None] = []
    session.changed.connect(lambda: changes.append(None))
    for again in (jonas, passage):
        with qtbot.waitSignal(model.message) as told:
            assert not model.dropMimeData(again.to_mime(), copy, -1, 0, trust)
        assert told.args == ["This passage is already coded with 'Tillid'."]
    assert window.statusBar().currentMessage() == "This passage is already coded with 'Tillid'."
    assert changes == []
    assert model.index_of(project.trust, 1).data() == "3"
    # The same passage with another code is still coded.
    medical = model.index_of(project.medical)
    assert model.dropMimeData(passage.to_mime(), copy, -1, 0, medical)
    for _ in range(3):
        session.undo_stack.undo()
    assert session.undo_stack.undo_label is None  # no empty steps were pushed
    assert model.index_of(project.trust, 1).data() == "1"
    window.takeCentralWidget()  # the panel fixture closes the panel itself


def test_a_passage_dropped_through_the_view(
    panel: CodePanel, project: Project, session: ProjectSession
) -> None:
    panel.select_code(project.medical)
    start = TEXT.index("vi følger op")
    passage = Passage(project.document, start, start + len("vi følger op"))
    target = panel.view.visualRect(panel._view_index(project.medical)).center()
    assert drop_through_view(panel, passage.to_mime(), target)
    assert panel.model.index_of(project.medical, 1).data() == "2"
    with session.db.read() as connection:
        spans = connection.execute(
            select(Coding.start, Coding.end, Coding.coder_id).where(
                Coding.code_id == project.medical
            )
        ).all()
    assert (passage.start, passage.end, session.coder_id) in [tuple(s) for s in spans]


def test_drag_to_reorder_then_undo(
    panel: CodePanel, project: Project, session: ProjectSession, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    model = panel.model
    move = Qt.DropAction.MoveAction
    # Leverandørsamarbejde dropped before the first top-level code.
    assert model.dropMimeData(code_mime(project.suppliers), move, 0, 0, QModelIndex())
    assert tree(model)[0] == "Leverandørsamarbejde"
    assert session.undo_stack.undo_label == "Move code 'Leverandørsamarbejde'"
    # Tillid dropped below Samarbejde: MoveCode counts places without the moved code.
    relations = model.index_of(project.relations)
    assert model.dropMimeData(code_mime(project.trust), move, 2, 0, relations)
    assert tree(model)[1] == ("Borgerrelationer", ["Samarbejde", "Tillid"])
    # Dropping a code where it already is does nothing.
    assert not model.canDropMimeData(code_mime(project.trust), move, 2, 0, relations)
    session.undo_stack.undo()
    assert tree(model)[1] == ("Borgerrelationer", ["Tillid", "Samarbejde"])
    session.undo_stack.undo()
    assert tree(model) == FULL_TREE
    session.undo_stack.redo()
    assert tree(model)[0] == "Leverandørsamarbejde"


def test_drag_to_nest_and_back_to_the_top_then_undo(
    panel: CodePanel, project: Project, session: ProjectSession, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    model = panel.model
    move = Qt.DropAction.MoveAction
    panel.select_code(project.rehab)
    relations = model.index_of(project.relations)
    assert model.dropMimeData(code_mime(project.rehab), move, -1, 0, relations)
    assert tree(model)[0] == ("Borgerrelationer", ["Tillid", "Samarbejde", "Rehabiliteringsteam"])
    assert panel.current_code_id() == project.rehab  # still chosen after the move
    assert ("Rehabiliteringsteam", "Borgerrelationer", 2) in codes_in_db(session)
    assert model.dropMimeData(code_mime(project.trust), move, -1, 0, QModelIndex())
    assert tree(model)[-1] == "Tillid"
    # A code never goes under itself, under its own sub-codes, or beside a namesake.
    assert not model.canDropMimeData(code_mime(project.relations), move, -1, 0, relations)
    inside = model.index_of(project.collaboration)
    assert not model.canDropMimeData(code_mime(project.relations), move, -1, 0, inside)
    apply_command(session.db, EnsureCodePath("Opgavekompetencer/Samarbejde"))
    session.changed.emit()
    tasks = model.index_of(project.tasks)
    assert not model.canDropMimeData(code_mime(project.collaboration), move, -1, 0, tasks)
    assert not model.dropMimeData(code_mime(project.collaboration), move, -1, 0, tasks)
    session.undo_stack.undo()
    session.undo_stack.undo()
    tasks_with_namesake = ("Opgavekompetencer", [*FULL_TREE[1][1], "Samarbejde"])
    assert tree(model) == [FULL_TREE[0], tasks_with_namesake, FULL_TREE[2]]


def test_drag_through_the_view_nests_a_code(
    panel: CodePanel, project: Project, session: ProjectSession
) -> None:
    panel.view.expandAll()
    data = panel.model.mimeData([panel.model.index_of(project.suppliers)])
    target = panel.view.visualRect(panel._view_index(project.tasks)).center()
    assert drop_through_view(panel, data, target)
    assert tree(panel.model)[1] == (
        "Opgavekompetencer",
        ["Lægelige oplysninger", "Rehabiliteringsteam", "Leverandørsamarbejde"],
    )
    session.undo_stack.undo()
    assert tree(panel.model) == FULL_TREE


def test_filter_keeps_parents_of_matches(panel: CodePanel, project: Project, qtbot: QtBot) -> None:
    panel.view.expand(panel._view_index(project.relations))
    QTest.keyClicks(panel.filter_edit, "LÆGEL")
    assert tree(panel.proxy) == [("Opgavekompetencer", ["Lægelige oplysninger"])]
    assert panel.view.isExpanded(panel._view_index(project.tasks))
    panel.filter_edit.clear()
    QTest.keyClicks(panel.filter_edit, "borgerrelationer/til")
    assert tree(panel.proxy) == [("Borgerrelationer", ["Tillid"])]
    panel.filter_edit.clear()
    QTest.keyClicks(panel.filter_edit, "samarbejde")
    assert tree(panel.proxy) == [("Borgerrelationer", ["Samarbejde"]), "Leverandørsamarbejde"]
    panel.filter_edit.clear()
    QTest.keyClicks(panel.filter_edit, "opgave")  # the codes below a match are its matches too
    assert tree(panel.proxy) == [FULL_TREE[1]]
    QTest.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    assert panel.current_code_id() == project.tasks
    panel.filter_edit.clear()
    assert tree(panel.proxy) == FULL_TREE
    assert panel.view.isExpanded(panel._view_index(project.relations))  # as the user left it
    assert not panel.view.isExpanded(panel._view_index(project.tasks))
    # Choosing a code hidden by the filter clears the filter.
    QTest.keyClicks(panel.filter_edit, "tillid")
    assert panel.select_code(project.rehab)
    assert panel.filter_edit.text() == ""
    assert not panel.select_code(987_654)


def test_choosing_a_code_activates_it_and_refresh_keeps_the_view(
    panel: CodePanel, project: Project, session: ProjectSession, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(session.code_activated) as activated:
        panel.select_code(project.medical)
    assert activated.args == [project.medical]
    assert panel.view.isExpanded(panel._view_index(project.tasks))
    with qtbot.waitSignal(session.code_activated) as activated:
        QTest.keyClick(panel.view, Qt.Key.Key_Down)
    assert activated.args == [project.rehab]
    emitted: list[int] = []
    session.code_activated.connect(emitted.append)
    apply_command(session.db, EnsureCodePath("Borgerrelationer/Åbenhed"))
    session.changed.emit()  # the tree changed shape
    assert tree(panel.model)[0] == ("Borgerrelationer", ["Tillid", "Samarbejde", "Åbenhed"])
    assert panel.current_code_id() == project.rehab
    assert panel.view.isExpanded(panel._view_index(project.tasks))
    assert not panel.view.isExpanded(panel._view_index(project.relations))
    assert emitted == []  # keeping the choice is not choosing again


def test_rename_with_f2_and_delete_with_del_undo_and_redo(
    panel: CodePanel,
    project: Project,
    session: ProjectSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tillid og åbenhed", True))
    panel.select_code(project.trust)
    QTest.keyClick(panel.view, Qt.Key.Key_F2)
    assert panel.model.index_of(project.trust).data() == "Tillid og åbenhed"
    assert session.undo_stack.undo_label == "Rename code 'Tillid' to 'Tillid og åbenhed'"
    session.undo_stack.undo()
    assert panel.model.index_of(project.trust).data() == "Tillid"
    session.undo_stack.redo()
    assert panel.model.index_of(project.trust).data() == "Tillid og åbenhed"
    questions: list[str] = []

    def confirm(*args: Any) -> QMessageBox.StandardButton:
        questions.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    panel.select_code(project.relations)
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert questions == [
        "Delete the code 'Borgerrelationer' with 2 sub-code(s) and 1 coding(s)?"
        " Undo brings them back."
    ]
    assert tree(panel.model) == FULL_TREE[1:]
    session.undo_stack.undo()
    assert tree(panel.model)[0] == ("Borgerrelationer", ["Tillid og åbenhed", "Samarbejde"])
    assert panel.model.index_of(project.trust, 1).data() == "1"
    session.undo_stack.redo()
    assert tree(panel.model) == FULL_TREE[1:]


def test_new_codes_colour_description_merge_and_memo(
    panel: CodePanel,
    project: Project,
    session: ProjectSession,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    names = iter([("Ledelse", True), ("Faglig ledelse", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(names))
    panel.select_code(project.suppliers)
    QTest.keyClick(panel.view, Qt.Key.Key_Insert)
    assert tree(panel.model)[-1] == "Ledelse"
    leadership = panel.current_code_id()
    QTest.keyClick(panel.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert tree(panel.model)[-1] == ("Ledelse", ["Faglig ledelse"])
    assert panel.current_code_id() != leadership
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#c0392b"))
    panel.select_code(project.medical)
    panel.color_action.trigger()
    medical = panel.model.index_of(project.medical)
    assert medical.data(Qt.ItemDataRole.DecorationRole) == QColor("#c0392b")
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a: ("Oplysninger fra læger og sygehuse.", True)
    )
    panel.description_action.trigger()
    assert "sygehuse" in str(medical.data(Qt.ItemDataRole.ToolTipRole))
    offered: list[list[str]] = []

    def choose(*args: Any) -> tuple[str, bool]:
        offered.append(args[3])
        return "Borgerrelationer/Tillid", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    panel.merge_action.trigger()
    assert "Opgavekompetencer/Lægelige oplysninger" not in offered[0]
    assert "Borgerrelationer/Tillid" in offered[0]
    assert panel.model.node(project.medical) is None
    assert panel.model.index_of(project.trust, 1).data() == "2"
    assert session.undo_stack.undo_label == (
        "Merge code 'Lægelige oplysninger' into 'Borgerrelationer/Tillid'"
    )
    session.undo_stack.undo()
    assert panel.model.index_of(project.medical, 1).data() == "1"
    panel.select_code(project.trust)
    with qtbot.waitSignal(panel.memo_requested) as requested:
        panel.memo_action.trigger()
    assert requested.args == ["code", project.trust]


def test_without_a_session(panel: CodePanel, qtmodeltester: Any) -> None:
    panel.set_session(None)
    assert panel.model.rowCount() == 0
    assert not panel.new_code_action.isEnabled()
    qtmodeltester.check(panel.model)
    data = Passage(1, 0, 5).to_mime()
    assert not panel.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
