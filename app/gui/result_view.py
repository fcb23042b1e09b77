"""A query result: the table, its chart, and the passages behind the cell the user clicks.

Clicking a cell lists its passages (document, then the text); double-clicking one asks the
session to show it in its document. The chart tab (:mod:`app.gui.query_chart`) draws the
table when it is shown. Results that are passages rather than numbers (coded segments, search
hits) are listed instead of the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.gui.jobs import JobRunner
from app.gui.query_chart import ChartPane
from app.gui.query_passage_list import PassageListView, PassageRows
from app.gui.result_export import ResultExport, exportable_of
from app.gui.result_model import ResultTableModel, TotalsLastProxy, analysis_text
from app.gui.session import Passage, ProjectSession
from models.database import ProjectDatabase
from models.documents import Document
from models.memo_reading import excerpt
from models.result_table import PassageRef, ResultTable

PASSAGE_ROLE = Qt.ItemDataRole.UserRole
EXCERPT = 400  # characters of a passage shown in the list
LABEL_COLUMN_WIDTH = 360  # pixels; longer row labels are elided in the middle
MOST_PASSAGES = 500  # a cell with more lists the first ones and says how many are left out


class ResultView(QWidget):
    """Shows one ResultTable; ``passages`` lists what lies behind the clicked cell.

    With a job runner (:meth:`set_job_runner`) passages are read and charts drawn off the GUI
    thread; ``passages_shown`` fires when a cell's passages are listed.
    """

    passages_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_runner: Callable[[], JobRunner] | None = None
        self._session: ProjectSession | None = None
        self.model = ResultTableModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table_view = QTableView()
        self.table_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table_view.setModel(self.proxy)
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the query's own order
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.clicked.connect(self._cell_clicked)
        self.table_view.activated.connect(self._cell_clicked)
        self.passages = QListWidget()
        self.passages.setWordWrap(True)
        self.passages.setAlternatingRowColors(True)
        self.passages.itemActivated.connect(self._passage_activated)
        self.passage_title = QLabel(self.tr("Click a cell to see its passages."))
        self.passage_title.setWordWrap(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.passage_title)
        below_layout.addWidget(self.passages)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_view)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Table"))
        self.chart = ChartPane()
        self.chart.kind.currentIndexChanged.connect(lambda _: self._draw_chart_if_shown())
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.tabs.currentChanged.connect(lambda _: self._draw_chart_if_shown())
        self.passage_list = PassageListView()
        self.passage_list.passage_activated.connect(self._navigate)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.passage_list)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.records: list[object] = []  # what a passage list shows (e.g. coded segments)
        self.exporter = ResultExport(self, lambda: exportable_of(self), self._jobs)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.exporter.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages)

    def set_job_runner(self, job_runner: Callable[[], JobRunner] | None) -> None:
        """Read passages and draw charts through this runner (None: on the GUI thread)."""
        self.job_runner = job_runner
        self.chart.job_runner = job_runner

    def _jobs(self) -> JobRunner | None:
        return None if self.job_runner is None else self.job_runner()

    def set_session(self, session: ProjectSession | None) -> None:
        """Read passages from ``session``'s project, and show them there when asked."""
        self._session = session
        self.show_table(None)

    @property
    def table(self) -> ResultTable | None:
        """The table shown."""
        return self.model.table

    def show_table(
        self, table: ResultTable | None, words: list[tuple[str, int]] | None = None
    ) -> None:
        """Show ``table``; ``words`` ((word, count) pairs) make the word cloud available."""
        self.pages.setCurrentWidget(self.tabs)
        self.passage_list.show_rows(None)
        self.heading.setText("" if table is None else analysis_text(table.title))
        self.proxy.sort(-1)
        self.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_table(table)
        titles = [
            str(self.model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(1, 1 + (0 if table is None else len(table.column_labels)))
        ]
        self.chart.kind.blockSignals(True)
        self.chart.set_table(table, titles, words)
        self.chart.kind.blockSignals(False)
        self.table_view.resizeColumnsToContents()
        # Long code paths would push the numbers out of sight; the full label is the tooltip.
        header = self.table_view.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), LABEL_COLUMN_WIDTH))
        self.passages.clear()
        self.passage_title.setText(self.tr("Click a cell to see its passages."))
        self.records = []
        self.exporter.refresh()
        self._draw_chart_if_shown()

    def show_passages(self, title: str, rows: PassageRows, records: Sequence[object] = ()) -> None:
        """Show a list of passages (coded segments, search hits) instead of a table;
        ``records`` are the results behind the rows, for Export…"""
        self.show_table(None)
        self.heading.setText(title)
        self.passage_list.show_rows(rows)
        self.pages.setCurrentWidget(self.passage_list)
        self.records = list(records)
        self.exporter.refresh()

    def select_cell(self, row: int, column: int) -> bool:
        """Select table cell (``row``, ``column``) as a click would; False when it is not shown."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, column + 1)
            if self.model.table_cell(self.proxy.mapToSource(index).row(), column + 1) == (
                row,
                column,
            ):
                self.table_view.setCurrentIndex(index)
                self._cell_clicked(index)
                return True
        return False

    def _cell_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        table, cell = self.model.table, self.model.table_cell(source.row(), source.column())
        self.passages.clear()
        if table is None or cell is None or self._session is None:
            self.passage_title.setText(self.tr("Click a cell to see its passages."))
            return
        if table.cell_passages is None:
            self.passage_title.setText(self.tr("This kind of table does not list passages."))
            return
        db = self._session.db
        jobs = None if self.job_runner is None else self.job_runner()
        if jobs is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                found = cell_passages(db, table, cell)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._show_cell_passages(table, cell, found)
            return
        started = jobs.start(
            self.tr("Reading passages"),
            lambda _progress: cell_passages(db, table, cell),
            lambda found: self._show_cell_passages(table, cell, found),
            lambda error: self.passage_title.setText(str(error)),
        )
        self.passage_title.setText(self.tr("Reading the passages…") if started else busy_message())

    def _show_cell_passages(
        self, table: ResultTable, cell: tuple[int, int], found: CellPassages
    ) -> None:
        if table is not self.model.table:
            return  # another result came in meanwhile
        self.passages.clear()
        for ref, document, text in found.listed:
            item = QListWidgetItem(f"{document}\n{text}")
            item.setData(PASSAGE_ROLE, Passage(ref.document_id, ref.start, ref.end))
            item.setToolTip(document)
            self.passages.addItem(item)
        row_label, column_label = table.row_labels[cell[0]], table.column_labels[cell[1]]
        title = self.tr("%n passage(s) for {0} × {1}", "", found.count).format(
            row_label, column_label
        )
        if found.count > len(found.listed):
            title += " " + self.tr("(the first {0} are listed)").format(
                QLocale().toString(len(found.listed))
            )
        self.passage_title.setText(title)
        self.passages_shown.emit()

    def _passage_activated(self, item: QListWidgetItem) -> None:
        passage = item.data(PASSAGE_ROLE)
        if isinstance(passage, Passage):
            self._navigate(passage.document_id, passage.start, passage.end)

    def _navigate(self, document_id: int, start: int, end: int) -> None:
        if self._session is not None:
            self._session.navigate.emit(document_id, start, end)

    def _draw_chart_if_shown(self) -> None:
        if self.tabs.currentWidget() is self.chart and self.model.table is not None:
            self.chart.draw()


def busy_message() -> str:
    """What to say when the job runner is busy with another task (the workspace's words)."""
    return QCoreApplication.translate("QueryWorkspace", "Wait until the running task has finished.")


@dataclass(frozen=True)
class CellPassages:
    """The passages behind a cell: how many, and the first ones with document and text."""

    count: int
    listed: list[tuple[PassageRef, str, str]]


def cell_passages(db: ProjectDatabase, table: ResultTable, cell: tuple[int, int]) -> CellPassages:
    """Read the passages behind ``cell`` and the text of the first ``MOST_PASSAGES`` (this
    touches no widget, so it can run in a worker thread)."""
    refs = table.passages(*cell)
    shown = refs[:MOST_PASSAGES]
    texts = passage_texts(db, shown)
    return CellPassages(len(refs), [(r, d, t) for r, (d, t) in zip(shown, texts, strict=True)])


def passage_texts(db: ProjectDatabase, refs: list[PassageRef]) -> list[tuple[str, str]]:
    """Each passage's document name and its text on one line (cut after ``EXCERPT``)."""
    wanted = sorted({ref.document_id for ref in refs})
    documents: dict[int, tuple[str, str]] = {}
    with db.read() as connection:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = select(Document.id, Document.name, Document.text).where(Document.id.in_(chunk))
            documents.update({row.id: (row.name, row.text) for row in connection.execute(query)})
    found = []
    for ref in refs:
        name, text = documents.get(ref.document_id, ("", ""))
        found.append((name, excerpt(text, ref.start, ref.end, EXCERPT)))
    return found
