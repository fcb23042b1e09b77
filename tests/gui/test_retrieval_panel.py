"""The retrieval panel: a code's passages with context, sub-codes, coder filter, navigation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.gui.retrieval_model import BATCH, SEGMENT_ROLE, SegmentListModel
from app.gui.retrieval_panel import RetrievalPanel
from app.gui.session import ProjectSession
from models import AttributeType, DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CreateCase,
    DefineAttribute,
    DeleteCode,
    EnsureCodePath,
    EnsureCoder,
    LinkSpeakerToCase,
    SetAttributeValue,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase, create_project

FOCUS_GROUP = (
    "I: Hvordan oplever I samarbejdet med borgerne?\n"
    "Søren: Vi når at lære borgeren at kende 😀, og tilliden vokser.\n"
    "Åse: Lægelige oplysninger kommer sent, men vi følger op på det.\n"
    "Søren: Cafe\u0301en ved jobcentret er blevet et mødested – det giver ro.\n"
)


def _turns(text: str) -> list[TurnSpan]:
    turns, offset = [], 0
    for line in text.split("\n"):
        if ":" in line:
            turns.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return turns


def _span(passage: str) -> tuple[int, int]:
    start = FOCUS_GROUP.index(passage)
    return start, start + len(passage)


@dataclass
class Project:
    """Ids the tests refer to."""

    document: int
    relations: int
    trust: int
    ane: int
    jonas: int


def _run(db: ProjectDatabase, command: Any) -> Any:
    apply_command(db, command)
    return command


def build_project(db: ProjectDatabase) -> Project:
    document = _run(
        db,
        AddDocument(
            "R1 Forsøg – fokusgruppe", FOCUS_GROUP, DocumentKind.FOCUS_GROUP, _turns(FOCUS_GROUP)
        ),
    ).document_id
    trust = _run(db, EnsureCodePath("Borgerrelationer/Tillid")).code_id
    relations = _run(db, EnsureCodePath("Borgerrelationer")).code_id
    ane, jonas = _run(db, EnsureCoder("ane")).coder_id, _run(db, EnsureCoder("jonas")).coder_id
    case = _run(db, CreateCase("Søren")).case_id
    _run(db, LinkSpeakerToCase("Søren", case, document))
    for name, value in (("Rolle", "Sagsbehandler"), ("Afdeling", "Forsøgsafdeling")):
        attribute = _run(db, DefineAttribute(name, AttributeType.TEXT)).attribute_id
        _run(db, SetAttributeValue(attribute, case, value))
    codings = [
        CodingSpan(document, trust, ane, *_span("tilliden vokser")),
        CodingSpan(document, trust, jonas, *_span("Vi når at lære borgeren at kende 😀")),
        CodingSpan(document, trust, ane, *_span("Cafe\u0301en ved jobcentret")),
        CodingSpan(document, relations, jonas, *_span("vi følger op på det")),
    ]
    _run(db, AddCodings(codings))
    return Project(document, relations, trust, ane, jonas)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    project = ProjectSession(create_project(tmp_path / "genfinding æøå.tekstur"), "ane")
    yield project
    project.close()


@pytest.fixture
def project(session: ProjectSession) -> Project:
    return build_project(session.db)


@pytest.fixture
def panel(qtbot: QtBot, session: ProjectSession, project: Project) -> RetrievalPanel:
    widget = RetrievalPanel()
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    return widget


def listed(panel: RetrievalPanel) -> list[str]:
    return [str(panel.model.index(row, 0).data()) for row in range(panel.model.rowCount())]


def test_a_codes_passages_with_speaker_attributes_and_context(
    panel: RetrievalPanel, project: Project, session: ProjectSession, qtmodeltester: Any
) -> None:
    assert panel.title.text() == "Choose a code to see its passages"
    session.code_activated.emit(project.trust)
    qtmodeltester.check(panel.model)
    assert panel.title.text() == "Borgerrelationer/Tillid"
    assert listed(panel) == [
        "Vi når at lære borgeren at kende 😀",
        "tilliden vokser",
        "Cafe\u0301en ved jobcentret",
    ]
    assert panel.count_label.text() == "3 passage(s)"
    segment = panel.model.index(1, 0).data(SEGMENT_ROLE)
    assert segment.speaker == "Søren"
    assert segment.before.endswith("Vi når at lære borgeren at kende 😀, og ")
    assert segment.after.startswith(".\n")
    option = QStyleOptionViewItem()
    option.rect.setWidth(400)
    option.font = panel.view.font()
    option.palette = panel.view.palette()
    layout = panel.delegate.laid_out(segment, option)
    plain = layout.toPlainText()
    assert plain.startswith("R1 Forsøg – fokusgruppe · Søren · Sagsbehandler, Forsøgsafdeling")
    assert f"…{segment.before}tilliden vokser{segment.after}…" in plain
    muted = option.palette.color(option.palette.ColorGroup.Disabled, option.palette.ColorRole.Text)
    block = layout.lastBlock()
    colours = [
        (fragment.text(), fragment.charFormat().foreground().color())
        for fragment in (it.fragment() for it in _fragments(block))
    ]
    assert ("tilliden vokser", QColor(muted)) not in colours
    assert any(text.startswith("…") and colour == QColor(muted) for text, colour in colours)
    assert panel.delegate.sizeHint(option, panel.model.index(1, 0)).height() > 30
    panel.view.grab()  # draws every visible passage through the delegate


def _fragments(block: Any) -> Iterator[Any]:
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator
        iterator += 1


def test_sub_codes_and_coder_filter(
    panel: RetrievalPanel, project: Project, session: ProjectSession
) -> None:
    session.code_activated.emit(project.relations)
    assert listed(panel) == ["vi følger op på det"]
    panel.subcodes_box.setChecked(True)
    assert panel.count_label.text() == "4 passage(s)"
    assert panel.delegate.show_code
    assert panel.set_coder_filter(project.ane)
    assert listed(panel) == ["tilliden vokser", "Cafe\u0301en ved jobcentret"]
    panel.subcodes_box.setChecked(False)
    assert listed(panel) == []
    assert panel.count_label.text() == "0 passage(s)"
    assert not panel.set_coder_filter(987_654)
    assert panel.set_coder_filter(None)
    assert listed(panel) == ["vi følger op på det"]


def test_double_click_and_enter_navigate_to_the_passage(
    panel: RetrievalPanel, project: Project, session: ProjectSession, qtbot: QtBot
) -> None:
    session.code_activated.emit(project.trust)
    index = panel.model.index(0, 0)
    point = panel.view.visualRect(index).center()
    no_keys = Qt.KeyboardModifier.NoModifier
    with qtbot.waitSignal(session.navigate) as navigated:
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, no_keys, point)
        QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, no_keys, point)
    assert navigated.args == [project.document, *_span("Vi når at lære borgeren at kende 😀")]
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    with qtbot.waitSignal(session.navigate) as navigated:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert navigated.args == [project.document, *_span("Cafe\u0301en ved jobcentret")]


def test_changes_are_followed_keeping_the_chosen_passage(
    panel: RetrievalPanel, project: Project, session: ProjectSession
) -> None:
    session.code_activated.emit(project.trust)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    chosen = panel.model.index(1, 0).data(SEGMENT_ROLE).coding_id
    span = CodingSpan(project.document, project.trust, session.coder_id, *_span("I: Hvordan"))
    session.push(AddCodings([span]), "Kod")
    assert listed(panel)[0] == "I: Hvordan"
    current = panel.view.currentIndex()
    assert current.data(SEGMENT_ROLE).coding_id == chosen
    assert panel.coder_box.count() == 3  # all coders, ane, jonas
    session.push(DeleteCode(project.trust), "Slet kode")
    assert listed(panel) == []
    assert panel.title.text() == "Choose a code to see its passages"
    session.undo_stack.undo()
    assert len(listed(panel)) == 4


def test_thousands_of_passages_are_handed_out_in_batches(
    panel: RetrievalPanel, project: Project, session: ProjectSession, qtmodeltester: Any
) -> None:
    code = EnsureCodePath("Lægelige oplysninger")
    apply_command(session.db, code)
    many = [
        CodingSpan(project.document, code.code_id or 0, project.ane, start, start + width)
        for start in range(200)
        for width in range(1, 7)
    ]
    added = AddCodings(many)
    apply_command(session.db, added)
    session.changed.emit()
    session.code_activated.emit(code.code_id or 0)
    assert panel.model.total() == 1200
    assert panel.count_label.text() == f"{QLocale().toString(1200)} passage(s)"
    # The view asks for batches while its viewport is not full; far fewer than all.
    assert panel.model.rowCount() % BATCH == 0
    assert panel.model.rowCount() < 1200
    qtmodeltester.check(panel.model)
    segments = [panel.model.index(0, 0).data(SEGMENT_ROLE)] * 450
    model = SegmentListModel()
    model.set_segments(segments)
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    model.set_segments(segments[:10])
    qtmodeltester.check(model)
    # Choosing a passage far down hands out the batches up to it.
    last = panel.model.row_of(added.coding_ids[-1])
    assert (last.row(), panel.model.rowCount()) == (1199, 1200)
    assert last.data() == FOCUS_GROUP[199:205]


def test_without_a_session(
    panel: RetrievalPanel, session: ProjectSession, project: Project
) -> None:
    panel.set_session(None)
    session.code_activated.emit(project.trust)
    assert listed(panel) == []
    assert panel.coder_box.count() == 1
