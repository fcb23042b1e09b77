"""The result table model and view: formatting, sorting with totals last, passages, charts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.gui.query_chart import CHART_SIZE
from app.gui.result_model import SORT_ROLE, ResultTableModel, TotalsLastProxy
from app.gui.result_view import ResultView
from app.gui.session import ProjectSession
from models.commands import AddDocument, apply_command
from models.database import ProjectDatabase
from models.documents import DocumentKind
from models.result_table import PassageRef, ResultTable

INTERVIEW = "I: Hvordan går det?\nBorger: Min sagsbehandler på Ærø lytter 👍🏽 og ringer tilbage.\n"
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def table(
    percent: bool = False, passages: dict[tuple[int, int], list[PassageRef]] | None = None
) -> ResultTable:
    values: list[list[int | float]] = (
        [[62.5, 37.5], [12.5, 87.5], [100.0, 0.0]] if percent else [[1234, 2], [1, 7], [3, 0]]
    )
    return ResultTable(
        title="Tillid × afdeling",
        row_header="Kode",
        row_labels=["Zealand", "Ærø", "Aabenraa"],
        column_labels=["Forsøgsafdeling", "Ordinær afdeling"],
        values=values,
        measure="references",
        percent=percent,
        row_totals=[1236, 8, 3],
        column_totals=[1238, 9],
        grand_total=1247,
        provenance={"percent": "row"} if percent else {},
        cell_passages=None if passages is None else lambda r, c: passages.get((r, c), []),
    )


def texts(model: ResultTableModel | TotalsLastProxy) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = ResultTableModel(locale=DANISH)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_table(table())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = TotalsLastProxy(locale=DANISH)
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    model.set_table(ResultTable("Tom", "Kode", [], [], [], "references"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_numbers_and_totals_in_danish_and_english() -> None:
    model = ResultTableModel(locale=DANISH)
    model.set_table(table())
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Kode",
        "Forsøgsafdeling",
        "Ordinær afdeling",
        "Total",
    ]
    assert texts(model) == [
        ["Zealand", "1.234", "2", "1.236"],
        ["Ærø", "1", "7", "8"],
        ["Aabenraa", "3", "0", "3"],
        ["Total", "1.238", "9", "1.247"],
    ]
    bold = model.index(3, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    model.set_table(table(percent=True))
    assert texts(model)[1] == ["Ærø", "12,5\u00a0%", "87,5\u00a0%", "8"]
    english = ResultTableModel(locale=ENGLISH)
    english.set_table(table(percent=True))
    assert texts(english)[0] == ["Zealand", "62.5%", "37.5%", "1,236"]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_keeps_totals_last(order: Qt.SortOrder) -> None:
    model = ResultTableModel(locale=DANISH)
    model.set_table(table())
    proxy = TotalsLastProxy(locale=DANISH)
    proxy.setSourceModel(model)
    proxy.sort(2, order)
    column = [proxy.index(r, 2).data(SORT_ROLE) for r in range(proxy.rowCount())]
    ascending = order == Qt.SortOrder.AscendingOrder
    assert column == ([0, 2, 7, 9] if ascending else [7, 2, 0, 9])
    proxy.sort(0, order)
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    danish_order = ["Zealand", "Ærø", "Aabenraa"]  # Danish: Z < Æ < Aa (Aa is Å)
    assert labels == (danish_order if ascending else danish_order[::-1]) + ["Total"]


@pytest.fixture
def danish_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(DANISH)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(sqlite_db: ProjectDatabase) -> ProjectSession:
    return ProjectSession(sqlite_db, "ane")


def test_clicking_a_cell_lists_its_passages_and_double_click_navigates(
    qtbot: QtBot, session: ProjectSession, danish_locale: None
) -> None:
    add = AddDocument("Borger R3 – Ærø", INTERVIEW, DocumentKind.INTERVIEW)
    apply_command(session.db, add)
    assert add.document_id is not None
    start = INTERVIEW.index("Min sagsbehandler")
    end = INTERVIEW.index(" og ringer")
    refs = {(1, 0): [PassageRef(add.document_id, start, end, None)]}
    view = ResultView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show_table(table(passages=refs))
    view.show()
    view.table_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    rows = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert rows == ["Zealand", "Aabenraa", "Ærø", "Total"]
    cell = view.proxy.index(2, 1)
    rect = view.table_view.visualRect(cell)
    QTest.mouseClick(
        view.table_view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert view.passages.count() == 1
    assert view.passages.item(0).text() == ("Borger R3 – Ærø\nMin sagsbehandler på Ærø lytter 👍🏽")
    assert view.passage_title.text().startswith("1 ") and "Ærø × Forsøgsafdeling" in (
        view.passage_title.text()
    )
    with qtbot.waitSignal(session.navigate) as signal:
        view.passages.itemActivated.emit(view.passages.item(0))
    assert signal.args == [add.document_id, start, end]
    total = view.proxy.index(3, 1)
    view.table_view.clicked.emit(total)
    assert view.passages.count() == 0


def test_chart_tab_draws_the_table_and_saves_svg(
    qtbot: QtBot, session: ProjectSession, tmp_path: Path, danish_locale: None
) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show_table(table())
    assert view.chart.path is None  # nothing drawn while the table tab is shown
    view.chart.kind.setCurrentIndex(view.chart.kind.findData("heatmap"))
    view.tabs.setCurrentIndex(1)
    assert view.chart.path is not None and view.chart.path.stat().st_size > 0
    with Image.open(view.chart.path) as image:
        assert image.size == CHART_SIZE
    pixmap = view.chart.label.pixmap()
    # The chart is drawn at full size and shown as large as the view allows, same shape.
    room = view.chart.chart_area.viewport().size()
    assert not pixmap.isNull() and pixmap.width() <= max(room.width(), CHART_SIZE[0])
    assert abs(pixmap.width() / pixmap.height() - CHART_SIZE[0] / CHART_SIZE[1]) < 0.01
    word_cloud = view.chart.kind.findData("word-cloud")
    assert not view.chart.kind.model().item(word_cloud).isEnabled()
    out = tmp_path / "varmekort.svg"
    view.chart.save(out)
    svg = out.read_text(encoding="utf-8")
    assert "Ærø" in svg and "Kodningsreferencer" not in svg and "Coding references" in svg


def test_word_lists_offer_a_word_cloud(qtbot: QtBot, session: ProjectSession) -> None:
    words = [("sagsbehandler", 12), ("borger", 9), ("tillid", 4), ("ærlighed", 2)]
    counts = ResultTable(
        "Ord", "Ord", [w for w, _ in words], ["Antal"], [[n] for _, n in words], "count"
    )
    view = ResultView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show_table(counts, words)
    assert view.chart.kind.currentData() == "word-cloud"
    view.tabs.setCurrentIndex(1)
    assert view.chart.path is not None
    with Image.open(view.chart.path) as image:
        assert image.size == CHART_SIZE
    view.show_table(table())
    assert view.chart.kind.currentData() == "bar"


def test_no_table_shows_nothing(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.show_table(None)
    assert view.proxy.rowCount() == 0 and not view.chart.save_button.isEnabled()
    view.tabs.setCurrentIndex(1)
    assert view.chart.draw() is None
    assert isinstance(view.proxy.index(0, 0), QModelIndex)
