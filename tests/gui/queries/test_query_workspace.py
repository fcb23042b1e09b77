"""The query workspace with real widgets: frequencies, segments, search and auto-coding,
word frequency, saved queries, and Run inside a window."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from analysis.autocode import Spread
from app.gui.query_autocode import AutocodeDialog
from app.gui.query_chart import CHART_SIZE
from app.gui.query_coding_panels import CodedSegmentsPanel, FrequenciesPanel
from app.gui.query_search import SearchPanel
from app.gui.query_text_panels import WordsPanel
from app.gui.query_workspace import QueryWorkspace
from models.result_table import ResultTable
from tests.gui.queries.query_project import (
    MEDICAL,
    TRUST,
    Project,
    choose,
    matrix_panel,
    new_code,
    run,
    shown,
)


def test_code_frequencies_from_the_panel(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    panel = choose(workspace, "frequencies", FrequenciesPanel)
    panel.codes.set_checked([project.codes[TRUST], project.codes[MEDICAL]])
    table = run(qtbot, workspace)
    assert isinstance(table, ResultTable)
    # Tillid: 3 passages (3 + 3 + 5 words) in 3 documents; Lægelige: 2 (4 + 6 words) in 2.
    assert shown(workspace) == [
        ["Borgerrelationer/Tillid", "3", "11", "3", "0"],
        ["Opgavekompetencer/Lægelige oplysninger", "2", "10", "2", "0"],
    ]
    assert "Counted at" in workspace.message.text()


def test_coded_segments_list_passages_and_double_click_shows_one(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    panel = choose(workspace, "segments", CodedSegmentsPanel)
    panel.codes.set_checked([project.codes[TRUST]])
    panel.filter.conditions.setPlainText("Afdeling=Forsøg")
    run(qtbot, workspace)
    listed = workspace.result_view.passage_list
    assert workspace.result_view.pages.currentWidget() is listed
    texts = [listed.row_texts(r) for r in range(listed.rowCount())]
    rows = [[row[c] for c in (0, 1, 2, 5)] for row in texts]
    assert rows == [
        ["R1 Fokusgruppe forsøgsafdeling", TRUST, "Sagsbehandler Åse", "Borgeren får tillid"],
        ["R3 Interview borger Ærø", TRUST, "Borger Ærø", "jeg stoler på min sagsbehandler"],
    ]
    with qtbot.waitSignal(project.session.navigate) as signal:
        listed.itemActivated.emit(listed.item(1, 0))
    start, end = project.span("R3 Interview borger Ærø", "jeg stoler på min sagsbehandler")
    assert signal.args == [project.documents["R3 Interview borger Ærø"], start, end]


def test_a_bad_condition_is_reported_and_nothing_runs(
    qtbot: QtBot, workspace: QueryWorkspace
) -> None:
    panel = choose(workspace, "segments", CodedSegmentsPanel)
    panel.filter.conditions.setPlainText("Afdeling")
    assert not workspace.run()
    assert "NAME=VALUE" in workspace.message.text()
    assert not workspace.jobs.running and workspace.last_result is None


def test_search_hits_auto_coded_in_one_undo_step(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    panel = choose(workspace, "search", SearchPanel)
    panel.pattern.setText("tillid*")
    panel.mode.setCurrentIndex(panel.mode.findData("wildcard"))
    run(qtbot, workspace)
    listed = workspace.result_view.passage_list
    hits = [listed.row_texts(r) for r in range(listed.rowCount())]
    assert hits == [
        [
            "R1 Fokusgruppe forsøgsafdeling",
            "Sagsbehandler Åse",
            "Sagsbehandler Åse: Borgeren får ",
            "tillid",
            ", når vi har tid til",
        ],
        [
            "R2 Interview leder ordinær",
            "Leder Bjørn",
            "Leder Bjørn: ",
            "Tilliden",
            " er svær med 200 sager pr.",
        ],
    ]
    assert panel.start_autocode("Borgerrelationer/Tillid i sætninger", Spread.SENTENCE)
    qtbot.waitUntil(lambda: panel.autocoder is not None and panel.autocoder.preview is not None)
    assert panel.autocoder is not None and panel.autocoder.preview is not None
    assert panel.autocoder.preview.text().startswith("Code 2 passage(s) in 2 document(s)?")
    panel.autocoder.preview.button(QMessageBox.StandardButton.Yes).click()
    assert panel.autocoder.applied == 1
    assert workspace.session is not None
    assert workspace.session.undo_stack.undo_label == "Auto-code 2 passage(s)"
    frequencies = choose(workspace, "frequencies", FrequenciesPanel)
    assert frequencies.codes.label_of(new_code(project)) == "Borgerrelationer/Tillid i sætninger"
    frequencies.measures["words"].setChecked(False)
    frequencies.measures["cases"].setChecked(False)
    run(qtbot, workspace)
    assert ["Borgerrelationer/Tillid i sætninger", "2", "2"] in shown(workspace)
    workspace.session.undo_stack.undo()
    run(qtbot, workspace)
    assert not any(row[0] == "Borgerrelationer/Tillid i sætninger" for row in shown(workspace))


def test_saved_frequencies_reopen_with_their_options_and_count_new_codings(
    qtbot: QtBot, workspace: QueryWorkspace, project: Project
) -> None:
    panel = choose(workspace, "frequencies", FrequenciesPanel)
    panel.codes.set_checked([project.codes[TRUST]])
    for measure in ("words", "documents", "cases"):
        panel.measures[measure].setChecked(False)
    saved = workspace.save_query("Tillid – referencer")
    assert saved is not None
    assert [row.name for row in workspace.saved.rows] == ["Tillid – referencer"]
    panel.codes.set_checked([project.codes[MEDICAL]])
    panel.measures["words"].setChecked(True)
    project.code("R2 Interview leder ordinær", TRUST, "200 sager pr. sagsbehandler")
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        assert workspace.open_saved(saved)
    assert shown(workspace) == [["Borgerrelationer/Tillid", "4"]]
    assert panel.codes.checked() == [project.codes[TRUST]]
    assert not panel.measures["words"].isChecked()


def test_word_frequency_with_a_word_cloud(
    danish: None, qtbot: QtBot, workspace: QueryWorkspace
) -> None:
    panel = choose(workspace, "words", WordsPanel)
    panel.language.setCurrentIndex(panel.language.findData("da"))
    # Danish order: Å is the last letter, after S.
    assert panel.scope.speakers.listed_keys() == [
        "Borger Ærø",
        "I",
        "Leder Bjørn",
        "Sagsbehandler Søren",
        "Sagsbehandler Åse",
    ]
    panel.scope.speakers.set_checked(["Leder Bjørn", "Borger Ærø"])
    table = run(qtbot, workspace)
    assert isinstance(table, ResultTable)
    counts = dict(zip(table.row_labels, (row[0] for row in table.values), strict=True))
    assert counts["sagsbehandler"] == 2 and counts["bjørn"] == 2  # his label in both turns
    read = " ".join(counts)
    assert "mød" not in read and "lægeattest" not in read and "fyld" not in read
    assert workspace.result_view.chart.kind.currentData() == "word-cloud"
    with qtbot.waitSignal(workspace.result_view.chart.drawn):
        workspace.result_view.tabs.setCurrentIndex(1)
    chart = workspace.result_view.chart.path
    assert chart is not None
    with Image.open(chart) as image:
        assert image.size == CHART_SIZE


def test_the_auto_code_dialog_offers_the_codes_and_needs_one(qtbot: QtBot) -> None:
    dialog = AutocodeDialog([TRUST, MEDICAL])
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert [dialog.code.itemText(i) for i in range(dialog.code.count())] == [TRUST, MEDICAL]
    assert not ok.isEnabled()
    dialog.code.setCurrentText("Borgerrelationer/Åbenhed")
    dialog.spread.setCurrentIndex(dialog.spread.findData("turn"))
    assert ok.isEnabled()
    assert dialog.choice() == ("Borgerrelationer/Åbenhed", Spread.TURN)


def test_inside_a_window_with_its_own_run_action_ctrl_r_runs_once(
    qtbot: QtBot, project: Project
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    workspace = QueryWorkspace()
    workspace.set_session(project.session)
    window.setCentralWidget(workspace)
    runs: list[bool] = []
    menu_action = QAction("Kør forespørgsel", window)
    menu_action.setShortcut(QKeySequence("Ctrl+R"))
    menu_action.triggered.connect(lambda: runs.append(workspace.run()))
    window.menuBar().addMenu("Forespørgsel").addAction(menu_action)
    matrix_panel(workspace, project)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    workspace.kind_box.setFocus()
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        QTest.keyClick(workspace.kind_box, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert runs == [True]
    assert shown(workspace)[0] == ["Borgerrelationer/Tillid", "2", "1", "3"]
