"""The query workspace with real widgets on a small Danish project built through commands.

Every expected number below is worked out by hand from the texts and codings in ``project``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from analysis.autocode import Spread
from app.gui.query_autocode import AutocodeDialog
from app.gui.query_chart import CHART_SIZE
from app.gui.query_coding_panels import CodedSegmentsPanel, FrequenciesPanel
from app.gui.query_cooccurrence import CooccurrencePanel
from app.gui.query_cross_panels import MatrixPanel
from app.gui.query_panels import QueryPanel
from app.gui.query_search import SearchPanel
from app.gui.query_text_panels import WordsPanel
from app.gui.query_workspace import QueryWorkspace
from app.gui.session import ProjectSession
from models import AttributeTarget, AttributeType, DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    DefineAttribute,
    EnsureCodePath,
    SetAttributeValue,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase, create_project
from models.paths import find_code
from models.result_table import ResultTable

FOCUS_GROUP = (
    "I: Hvordan går samarbejdet med borgerne?\n"
    "Sagsbehandler Åse: Borgeren får tillid, når vi har tid til møderne. 😀\n"
    "Sagsbehandler Søren: Lægeattesterne kommer for sent – år efter år.\n"
)
LEADER = (
    "I: Hvad fylder mest?\n"
    "Leder Bjørn: Tilliden er svær med 200 sager pr. sagsbehandler.\n"
    "Leder Bjørn: Vi venter længe på lægelige oplysninger.\n"
)
CITIZEN = (
    "I: Hvordan har forløbet været?\n"
    "Borger Ærø: Jeg føler mig hørt, og jeg stoler på min sagsbehandler.\n"
)
DOCUMENTS = {
    "R1 Fokusgruppe forsøgsafdeling": (FOCUS_GROUP, DocumentKind.FOCUS_GROUP, "Forsøg", "R1"),
    "R2 Interview leder ordinær": (LEADER, DocumentKind.INTERVIEW, "Ordinær", "R2"),
    "R3 Interview borger Ærø": (CITIZEN, DocumentKind.INTERVIEW, "Forsøg", "R3"),
}
TRUST, MEDICAL = "Borgerrelationer/Tillid", "Opgavekompetencer/Lægelige oplysninger"
CODED = [
    ("R1 Fokusgruppe forsøgsafdeling", TRUST, "Borgeren får tillid"),
    ("R2 Interview leder ordinær", TRUST, "Tilliden er svær"),
    ("R3 Interview borger Ærø", TRUST, "jeg stoler på min sagsbehandler"),
    ("R1 Fokusgruppe forsøgsafdeling", MEDICAL, "Lægeattesterne kommer for sent"),
    ("R2 Interview leder ordinær", MEDICAL, "Vi venter længe på lægelige oplysninger"),
]


@dataclass
class Project:
    session: ProjectSession
    documents: dict[str, int]
    codes: dict[str, int]
    coder: int

    def span(self, document: str, passage: str) -> tuple[int, int]:
        start = DOCUMENTS[document][0].index(passage)
        return start, start + len(passage)

    def code(self, document: str, path: str, passage: str) -> None:
        spans = [
            CodingSpan(
                self.documents[document],
                self.codes[path],
                self.coder,
                *self.span(document, passage),
            )
        ]
        assert self.session.push(AddCodings(spans), "Kod")


def turns(text: str) -> list[TurnSpan]:
    found, offset = [], 0
    for line in text.split("\n"):
        if ":" in line:
            found.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return found


@pytest.fixture
def project(project_target: str) -> Iterator[Project]:
    """On SQLite and on PostgreSQL: queries read the project from the job runner's thread."""
    db: ProjectDatabase = create_project(project_target, name="Forsøg æøå")
    department = DefineAttribute("Afdeling", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    round_ = DefineAttribute("Runde", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    apply_command(db, department)
    apply_command(db, round_)
    assert department.attribute_id is not None and round_.attribute_id is not None
    documents = {}
    for name, (text, kind, afdeling, runde) in DOCUMENTS.items():
        add = AddDocument(name, text, kind, turns(text))
        apply_command(db, add)
        assert add.document_id is not None
        documents[name] = add.document_id
        apply_command(db, SetAttributeValue(department.attribute_id, add.document_id, afdeling))
        apply_command(db, SetAttributeValue(round_.attribute_id, add.document_id, runde))
    codes = {}
    for path in (TRUST, MEDICAL):
        ensure = EnsureCodePath(path)
        apply_command(db, ensure)
        assert ensure.code_id is not None
        codes[path] = ensure.code_id
    session = ProjectSession(db, "ane")
    built = Project(session, documents, codes, session.coder_id)
    apply_command(
        db,
        AddCodings(
            [
                CodingSpan(documents[d], codes[c], built.coder, *built.span(d, p))
                for d, c, p in CODED
            ]
        ),
    )
    yield built
    session.close()


@pytest.fixture
def workspace(qtbot: QtBot, project: Project) -> QueryWorkspace:
    view = QueryWorkspace()
    qtbot.addWidget(view)
    view.set_session(project.session)
    view.resize(1400, 900)
    view.show()
    return view


P = TypeVar("P", bound=QueryPanel)


def choose(workspace: QueryWorkspace, kind: str, panel_type: type[P]) -> P:
    panel = workspace.choose_kind(kind)
    assert isinstance(panel, panel_type)
    return panel


def run(qtbot: QtBot, workspace: QueryWorkspace) -> object:
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        assert workspace.run()
    return workspace.last_result


def shown(workspace: QueryWorkspace) -> list[list[str]]:
    proxy = workspace.result_view.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


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


def new_code(project: Project) -> int:
    with project.session.db.read() as connection:
        found = find_code(connection, "Borgerrelationer/Tillid i sætninger")
    assert found is not None
    return found


def matrix_panel(workspace: QueryWorkspace, project: Project) -> MatrixPanel:
    panel = choose(workspace, "matrix", MatrixPanel)
    panel.rows.choose_kind("codes")
    panel.rows.pickers["codes"].set_checked([project.codes[TRUST], project.codes[MEDICAL]])
    panel.columns.choose_kind("attribute")
    panel.columns.attribute.setCurrentText("Afdeling")
    return panel


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


def with_locale(locale: QLocale) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(locale)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def danish() -> Iterator[None]:
    yield from with_locale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


@pytest.fixture
def english() -> Iterator[None]:
    yield from with_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


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
