"""Matrix and co-occurrence queries in the workspace: numbers, passages behind a cell,
Danish percentages, charts and saved matrices."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.gui.query_chart import CHART_SIZE
from app.gui.query_cooccurrence import CooccurrencePanel
from app.gui.query_workspace import QueryWorkspace
from tests.gui.queries.query_project import (
    MEDICAL,
    TRUST,
    Project,
    choose,
    matrix_panel,
    run,
    shown,
)


def test_matrix_codes_by_department_through_the_job_runner(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    matrix_panel(workspace, project)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.kind_box.setFocus()
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        QTest.keyClick(workspace.kind_box, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    # Tillid: R1 and R3 are Forsøg (2), R2 is Ordinær (1); Lægelige: R1 (1), R2 (1).
    assert shown(workspace) == [
        ["Borgerrelationer/Tillid", "2", "1", "3"],
        ["Opgavekompetencer/Lægelige oplysninger", "1", "1", "2"],
        ["Total", "3", "2", "5"],
    ]
    header = workspace.result_view.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Code",
        "Forsøg",
        "Ordinær",
        "Total",
    ]


def test_clicking_a_matrix_cell_lists_its_passages(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    matrix_panel(workspace, project)
    run(qtbot, workspace)
    view = workspace.result_view
    rect = view.table_view.visualRect(view.proxy.index(0, 1))  # Tillid × Forsøg
    with qtbot.waitSignal(view.passages_shown):  # read by the job runner
        QTest.mouseClick(
            view.table_view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert [view.passages.item(i).text() for i in range(view.passages.count())] == [
        "R1 Fokusgruppe forsøgsafdeling\nBorgeren får tillid",
        "R3 Interview borger Ærø\njeg stoler på min sagsbehandler",
    ]
    with qtbot.waitSignal(project.session.navigate) as signal:
        view.passages.itemActivated.emit(view.passages.item(1))
    start, end = project.span("R3 Interview borger Ærø", "jeg stoler på min sagsbehandler")
    assert signal.args == [project.documents["R3 Interview borger Ærø"], start, end]


def test_matrix_row_percentages_in_danish_and_the_chart(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project, tmp_path: Path, danish: None
) -> None:
    panel = matrix_panel(workspace, project)
    panel.percent.setCurrentIndex(panel.percent.findData("row"))
    run(qtbot, workspace)
    assert shown(workspace)[0] == ["Borgerrelationer/Tillid", "66,7\u00a0%", "33,3\u00a0%", "3"]
    view = workspace.result_view
    view.chart.kind.setCurrentIndex(view.chart.kind.findData("stacked"))
    with qtbot.waitSignal(view.chart.drawn):  # drawn by the job runner
        view.tabs.setCurrentWidget(view.chart)
    assert view.chart.path is not None and view.chart.path.stat().st_size > 0
    with Image.open(view.chart.path) as image:
        assert image.size == CHART_SIZE
    with qtbot.waitSignal(view.chart.drawn):
        view.chart.kind.setCurrentIndex(view.chart.kind.findData("bar"))
    svg = tmp_path / "tillid.svg"
    view.chart.save(svg)
    text = svg.read_text(encoding="utf-8")
    for label in ("Ordinær", "Lægelige oplysninger", "66,7 %", "Row percentage"):
        assert label in text


def test_saved_matrix_undo_redo_and_rerun_after_a_new_coding(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    matrix_panel(workspace, project)
    saved = workspace.save_query("Tillid og lægelige × afdeling")
    assert saved is not None
    session = project.session
    assert session.undo_stack.undo_label == "Save query 'Tillid og lægelige × afdeling'"
    session.undo_stack.undo()
    assert workspace.saved.list.count() == 0
    session.undo_stack.redo()
    assert [row.name for row in workspace.saved.rows] == ["Tillid og lægelige × afdeling"]
    assert workspace.saved.rows[0].kind == "matrix"
    run(qtbot, workspace)
    assert shown(workspace)[0] == ["Borgerrelationer/Tillid", "2", "1", "3"]
    project.code("R2 Interview leder ordinær", TRUST, "200 sager pr. sagsbehandler")
    assert "changed" in workspace.message.text()
    workspace.choose_kind("words")
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        assert workspace.open_saved(saved)
    assert workspace.current_panel().kind == "matrix"
    assert shown(workspace)[0] == ["Borgerrelationer/Tillid", "2", "2", "4"]
    workspace.saved.select(saved)
    assert workspace.saved.rename(saved, "Tillid × afdeling")
    assert [row.name for row in workspace.saved.rows] == ["Tillid × afdeling"]
    assert workspace.saved.delete_current()
    assert workspace.saved.rows == []
    session.undo_stack.undo()
    assert [row.name for row in workspace.saved.rows] == ["Tillid × afdeling"]


def test_cooccurrence_near_each_other_and_the_c_coefficient(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project, english: None
) -> None:
    panel = choose(workspace, "cooccurrence", CooccurrencePanel)
    panel.codes.set_checked([project.codes[TRUST], project.codes[MEDICAL]])
    run(qtbot, workspace)
    # No Tillid coding overlaps a Lægelige coding; the diagonal holds each code's codings.
    assert shown(workspace) == [
        ["Borgerrelationer/Tillid", "3", "0"],
        ["Opgavekompetencer/Lægelige oplysninger", "0", "2"],
    ]
    panel.near.setChecked(True)
    panel.within.setValue(50)  # R2's pair is 47 characters apart, R1's 53
    panel.measure.setCurrentIndex(panel.measure.findData("coefficient"))
    run(qtbot, workspace)
    # c = n12 / (n1 + n2 − n12) = 1 / (3 + 2 − 1)
    assert shown(workspace)[0][2] == "0.250"
    view = workspace.result_view
    with qtbot.waitSignal(view.passages_shown):
        assert view.select_cell(0, 1)
    assert [view.passages.item(i).text() for i in range(view.passages.count())] == [
        "R2 Interview leder ordinær\nTilliden er svær",
        "R2 Interview leder ordinær\nVi venter længe på lægelige oplysninger",
    ]
