"""The coder comparison: its rows, the disagreements in the text, and consensus with undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from analysis.agreement import AgreementOptions, CoderGroup, coding_comparison
from app.gui.comparison_document import A_ONLY_COLOR, B_ONLY_COLOR
from app.gui.comparison_model import A_ONLY, B_ONLY, KAPPA
from app.gui.comparison_view import ComparisonView
from app.gui.comparison_window import ComparisonWindow
from app.gui.main_window import MainWindow
from app.gui.session import ProjectSession
from models import Coder, Coding
from models.database import open_project
from models.positions import Utf16Positions
from tests.gui.coder_project import INTERVIEW, CoderProject, at, build_coder_project

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> CoderProject:
    return build_coder_project(tmp_path_factory.mktemp("sammenligning") / "kodere.tekstur")


@pytest.fixture
def copy(source: CoderProject, tmp_path: Path) -> Path:
    path = tmp_path / "kodere.tekstur"
    path.write_bytes(source.path.read_bytes())
    return path


@pytest.fixture
def view(qtbot: QtBot, source: CoderProject, copy: Path) -> Iterator[ComparisonView]:
    session = ProjectSession(open_project(copy), "Tester")
    widget = ComparisonView(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.choose_groups([source.mette], [source.jonas])
    widget.compare()
    yield widget
    widget.release()
    session.close()


def options(source: CoderProject, code_ids: tuple[int, ...] | None = None) -> AgreementOptions:
    return AgreementOptions(
        CoderGroup("Mette", (source.mette,)), CoderGroup("Jonas", (source.jonas,)), code_ids
    )


def choose(view: ComparisonView, code_id: int, document_id: int) -> None:
    row = view.model.row_of(code_id, document_id)
    assert row >= 0
    view.table.selectRow(row)
    assert view.document.code_id == code_id and view.document.document_id == document_id


def consensus_spans(view: ComparisonView, code_id: int) -> list[tuple[int, int]]:
    with view.session.db.read() as connection:
        rows = connection.execute(
            select(Coding.start, Coding.end)
            .join(Coder, Coder.id == Coding.coder_id)
            .where(Coder.name == "Konsensus", Coding.code_id == code_id)
            .order_by(Coding.start)
        ).all()
    return [(start, end) for start, end in rows]


def test_the_rows_are_the_coding_comparison(view: ComparisonView, source: CoderProject) -> None:
    view.choices.only_coded.setChecked(False)
    report = coding_comparison(view.session.db, options(source))
    model = view.model
    shown = [model.shown(row) for row in range(model.rowCount())]
    assert [s.row for s in shown if s is not None and s.kind == "document"] == report.rows
    assert [s.row for s in shown if s is not None and s.kind == "code"] == report.code_summaries
    last = shown[-1]
    assert last is not None and last.kind == "overall" and last.row == report.overall
    locale = QLocale()
    row = model.row_of(source.trust, source.interview)
    figures = next(
        r for r in report.rows if (r.code_id, r.document_id) == (source.trust, source.interview)
    )
    assert model.index(row, KAPPA).data() == locale.toString(figures.kappa, "f", 3)
    assert model.index(row, A_ONLY).data() == locale.toString(figures.a_not_b, "f", 1)
    assert model.index(row, B_ONLY).data() == locale.toString(figures.b_not_a, "f", 1)
    assert model.headerData(A_ONLY, Qt.Orientation.Horizontal) == "Only Mette (%)"

    view.choices.only_coded.setChecked(True)  # pairs nobody coded go
    documents = [model.shown(r) for r in range(model.rowCount())]
    coded = [r for r in report.rows if r.a or r.b]
    assert [s.row for s in documents if s is not None and s.kind == "document"] == coded


def test_one_code_is_compared_alone(view: ComparisonView, source: CoderProject) -> None:
    view.choices.choose_code(source.medical)
    view.compare()
    report = coding_comparison(view.session.db, options(source, code_ids=(source.medical,)))
    assert view.report is not None and view.report.rows == report.rows
    codes = {view.model.shown(r).row.code_id for r in range(view.model.rowCount() - 1)}  # type: ignore[union-attr]
    assert codes == {source.medical}


def test_disagreements_are_marked_where_only_one_coder_coded(
    view: ComparisonView, source: CoderProject
) -> None:
    choose(view, source.trust, source.interview)
    mette_start = at(INTERVIEW, "Min sagsbehandler")[0]
    jonas_start = at(INTERVIEW, "lytter 😀")[0]
    tilbage_end = at(INTERVIEW, "ringer tilbage")[1]
    heard_end = at(INTERVIEW, "Jeg føler mig hørt")[1]
    expected = {
        (mette_start, jonas_start, A_ONLY_COLOR.name(), A_ONLY_COLOR.alpha()),
        (tilbage_end, heard_end, B_ONLY_COLOR.name(), B_ONLY_COLOR.alpha()),
        (*at(INTERVIEW, "det er trygt"), B_ONLY_COLOR.name(), B_ONLY_COLOR.alpha()),
    }
    positions = Utf16Positions(INTERVIEW)
    marked = {
        (
            positions.to_code_point(s.cursor.selectionStart()),
            positions.to_code_point(s.cursor.selectionEnd()),
            s.format.background().color().name(),
            s.format.background().color().alpha(),
        )
        for s in view.document.extraSelections()
    }
    assert marked == expected
    columns = view.document.stripes.columns()
    assert [(c.coder_name, c.code_id) for c in columns] == [
        ("Mette", source.trust),
        ("Jonas", source.trust),
    ]  # A left, B right, and no other code
    assert "Only Mette coded this" in view.legend.a_label.text()


def test_f8_steps_through_the_disagreements(view: ComparisonView, source: CoderProject) -> None:
    choose(view, source.trust, source.interview)
    view.document.setFocus()
    starts = [d.start for d in view.document.disagreements()]
    seen = []
    for _ in range(4):
        QTest.keyClick(view.document, Qt.Key.Key_F8)
        passage = view.document.selected_passage()
        assert passage is not None
        seen.append(passage.start)
    QTest.keyClick(view.document, Qt.Key.Key_F8, SHIFT)
    passage = view.document.selected_passage()
    assert seen == [*starts, starts[0]] and passage is not None and passage.start == starts[-1]


def test_accept_a_accept_b_and_merge_are_undone_one_by_one(
    view: ComparisonView, source: CoderProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(view, source.trust, source.interview)
    stack = view.session.undo_stack
    mette = at(INTERVIEW, "Min sagsbehandler lytter 😀 og ringer tilbage")
    jonas = [
        at(INTERVIEW, "lytter 😀 og ringer tilbage. Jeg føler mig hørt"),
        at(INTERVIEW, "det er trygt"),
    ]
    QTest.keyClick(view.document, Qt.Key.Key_F8)  # the first disagreement: only Mette's words
    first = view.document.current_disagreement()
    assert first is not None and first.side == "a" and view.bar.accept_a.isEnabled()
    view.bar.accept_a.click()
    assert consensus_spans(view, source.trust) == [(first.start, first.end)]
    assert (
        stack.undo_label
        == "Accept Mette's coding of 'Borgerrelationer/Tillid' in Borgerinterview – Åse"
    )
    assert [c.coder_name for c in view.document.stripes.columns()] == [
        "Mette",
        "Jonas",
        "Konsensus",
    ]
    assert "Konsensus agrees with Mette" in view.consensus_label.text()

    view.bar.scope_box.setCurrentIndex(1)  # the whole document from here on
    view.bar.accept_b.click()
    assert consensus_spans(view, source.trust) == jonas
    view.bar.merge_button.click()
    assert consensus_spans(view, source.trust) == [(mette[0], jonas[0][1]), jonas[1]]
    assert stack.undo_label is not None and stack.undo_label.startswith("Merge Mette's and Jonas's")
    stack.undo()
    assert consensus_spans(view, source.trust) == jonas
    stack.undo()
    assert consensus_spans(view, source.trust) == [(first.start, first.end)]
    stack.undo()
    assert consensus_spans(view, source.trust) == []
    stack.redo()
    assert consensus_spans(view, source.trust) == [(first.start, first.end)]

    warned: list[str] = []
    monkeypatch.setattr(
        "app.gui.comparison_view.QMessageBox.warning", lambda *args: warned.append(args[2])
    )
    view.bar.name_edit.setText("Jonas")  # a compared coder cannot be the consensus
    assert not view.accept("a") and len(warned) == 1


def test_the_menu_opens_the_comparison_and_closing_the_project_closes_it(
    qtbot: QtBot, copy: Path, qapp: QApplication
) -> None:
    window = MainWindow(open_project(copy))
    qtbot.addWidget(window)
    window.show()
    assert window.menu_actions["compare"].shortcut().toString() == "Ctrl+Shift+K"
    window.menu_actions["compare"].trigger()
    opened = window.findChildren(ComparisonWindow)
    assert len(opened) == 1 and opened[0].isVisible()
    qtbot.waitUntil(lambda: opened[0].view.model.rowCount() > 1)
    window.menu_actions["compare"].trigger()  # the same window again
    assert len(window.findChildren(ComparisonWindow)) == 1
    window.close_project()
    qtbot.waitUntil(lambda: not window.findChildren(ComparisonWindow))
    window.close()
