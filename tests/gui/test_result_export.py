"""Export… on query results and on the coded-passages panel, driven through the widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from app.gui.query_coding_panels import CodedSegmentsPanel
from app.gui.query_cross_panels import MatrixPanel
from app.gui.query_workspace import QueryWorkspace
from app.gui.result_export import EXPORT_KEYS, file_filters
from app.gui.retrieval_panel import RetrievalPanel
from app.gui.session import ProjectSession
from models.database import create_project
from tests.analysis.hand_project import HandProject, build_hand_project
from tests.gui.queries.query_project import choose, run


@pytest.fixture
def hand(tmp_path: Path) -> Iterator[tuple[ProjectSession, HandProject]]:
    db = create_project(tmp_path / "eksport æøå.tekstur", name="Eksport på Ærø")
    built = build_hand_project(db)
    session = ProjectSession(db, "ane")
    yield session, built
    session.close()


@pytest.fixture
def window(qtbot: QtBot, hand: tuple[ProjectSession, HandProject]) -> QMainWindow:
    main = QMainWindow()
    workspace = QueryWorkspace()
    main.setCentralWidget(workspace)
    qtbot.addWidget(main)
    workspace.set_session(hand[0])
    main.resize(1200, 800)
    main.show()
    return main


def workspace_of(window: QMainWindow) -> QueryWorkspace:
    found = window.centralWidget()
    assert isinstance(found, QueryWorkspace)
    return found


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, offered: list[str]) -> None:
    def ask(parent: Any, title: str, name: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        offered.append(name)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)


def matrix(qtbot: QtBot, window: QMainWindow, hand: HandProject) -> QueryWorkspace:
    workspace = workspace_of(window)
    panel = choose(workspace, "matrix", MatrixPanel)
    panel.rows.choose_kind("codes")
    panel.rows.pickers["codes"].set_checked([hand.codes["Samarbejde/Tillid"], hand.codes["Tid"]])
    panel.columns.choose_kind("attribute")
    panel.columns.attribute.setCurrentText("Rolle")
    run(qtbot, workspace)
    return workspace


def test_a_matrix_exported_to_word_through_the_button(
    qtbot: QtBot,
    window: QMainWindow,
    hand: tuple[ProjectSession, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from docx import Document

    view = matrix(qtbot, window, hand[1]).result_view
    assert view.exporter.button.isEnabled()
    offered: list[str] = []
    target = tmp_path / "matrix æøå.docx"
    answer_file_dialog(monkeypatch, target, offered)
    with qtbot.waitSignal(view.exporter.exported, timeout=60_000) as written:
        view.exporter.button.click()
    assert written.args == [target]
    assert offered[:5] == file_filters([".xlsx", ".docx", ".csv", ".png", ".svg"])
    assert offered[-1].endswith(".xlsx")  # the suggested name: the table's title
    document = Document(str(target))
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows[0][0] == "Code" and rows[0][-1] == "Total"  # the window speaks English here
    assert [row[0] for row in rows[1:]] == ["Samarbejde/Tillid", "Tid", "Total"]
    assert len(document.inline_shapes) == 1
    assert str(target) in window.statusBar().currentMessage()


def test_the_same_result_to_excel_csv_and_an_image_by_the_key(
    qtbot: QtBot,
    window: QMainWindow,
    hand: tuple[ProjectSession, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook
    from PIL import Image

    view = matrix(qtbot, window, hand[1]).result_view
    assert view.exporter.action.shortcut() == EXPORT_KEYS
    answer_file_dialog(monkeypatch, tmp_path / "matrix", [])  # no suffix: the chosen filter's
    with qtbot.waitSignal(view.exporter.exported, timeout=60_000):
        view.exporter.action.trigger()
    book = load_workbook(tmp_path / "matrix.xlsx")
    assert book.worksheets[0].max_row >= 4
    for name in ("matrix.csv", "diagram.png"):
        with qtbot.waitSignal(view.exporter.exported, timeout=60_000):
            assert view.exporter.export_to(tmp_path / name)
    assert (tmp_path / "matrix.csv").read_text(encoding="utf-8").startswith("Code,")
    with Image.open(tmp_path / "diagram.png") as image:
        assert image.width > 100


def test_a_failed_export_names_the_file(
    qtbot: QtBot,
    window: QMainWindow,
    hand: tuple[ProjectSession, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = matrix(qtbot, window, hand[1]).result_view
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    target = tmp_path / "mangler" / "tabel.xlsx"
    assert view.exporter.export_to(target)
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "tabel.xlsx" in warnings[0]
    assert not view.exporter.export_to(tmp_path / "tabel.pdf")
    assert "tabel.pdf" in warnings[-1]


def test_coded_segments_exported_as_the_segments_table(
    qtbot: QtBot,
    window: QMainWindow,
    hand: tuple[ProjectSession, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    workspace = workspace_of(window)
    panel = choose(workspace, "segments", CodedSegmentsPanel)
    panel.codes.set_checked([hand[1].codes["Samarbejde/Tillid"]])
    run(qtbot, workspace)
    view = workspace.result_view
    offered: list[str] = []
    answer_file_dialog(monkeypatch, tmp_path / "segmenter.xlsx", offered)
    with qtbot.waitSignal(view.exporter.exported, timeout=60_000):
        view.exporter.export()
    assert offered[:2] == file_filters([".xlsx", ".csv"])
    sheet = load_workbook(tmp_path / "segmenter.xlsx").worksheets[0]
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    assert "Jeg føler mig hørt." in texts
    assert sheet.max_row == 1 + 4  # the header and Tillid's four codings


def test_the_coded_passages_panel_exports_its_passages(
    qtbot: QtBot,
    hand: tuple[ProjectSession, HandProject],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session, built = hand
    panel = RetrievalPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.show_code(built.codes["Samarbejde/Konflikt"])
    answer_file_dialog(monkeypatch, tmp_path / "konflikt.csv", [])
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    target = tmp_path / "konflikt.csv"
    qtbot.waitUntil(target.exists, timeout=60_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "blev aflyst" in text and "Notat" in text
