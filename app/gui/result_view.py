"""A query result: the table, its chart, and the passages behind the cell the user clicks.

Clicking a cell lists its passages (document, then the text); double-clicking one asks the
session to show it in its document. The chart tab draws the table with
:mod:`exporters.charts` (bar, stacked bar, heatmap, and a word cloud for word lists) into a
PNG the tab shows, and saves it as PNG or SVG for a report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTemporaryDir
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.gui.result_model import ResultTableModel, TotalsLastProxy, measure_label
from app.gui.session import Passage, ProjectSession
from models.database import ProjectDatabase
from models.documents import Document
from models.memo_reading import excerpt
from models.result_table import PassageRef, ResultTable

PASSAGE_ROLE = Qt.ItemDataRole.UserRole
EXCERPT = 400  # characters of a passage shown in the list
CHART_SIZE = (900, 600)
MOST_PASSAGES = 500  # a cell with more lists the first ones and says how many are left out
WORD_CLOUD = "word-cloud"


class ResultView(QWidget):
    """Shows one ResultTable; ``passages`` lists what lies behind the clicked cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._words: list[tuple[str, int]] | None = None
        self._chart_dir = QTemporaryDir()
        self.chart_path: Path | None = None
        self.model = ResultTableModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table_view = QTableView()
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
        self.tabs.addTab(self._build_chart_tab(), self.tr("Chart"))
        self.tabs.currentChanged.connect(lambda _: self._draw_chart_if_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_chart_tab(self) -> QWidget:
        page = QWidget()
        self.chart_kind = QComboBox()
        for kind, text in (
            ("bar", self.tr("Bars")),
            ("stacked", self.tr("Stacked bars")),
            ("heatmap", self.tr("Heatmap")),
            (WORD_CLOUD, self.tr("Word cloud")),
        ):
            self.chart_kind.addItem(text, kind)
        self.chart_kind.currentIndexChanged.connect(lambda _: self._draw_chart_if_shown())
        self.save_chart_button = QPushButton(self.tr("Save chart…"))
        self.save_chart_button.clicked.connect(self._ask_where_to_save_chart)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chart:")))
        row.addWidget(self.chart_kind)
        row.addStretch(1)
        row.addWidget(self.save_chart_button)
        self.chart_label = QLabel()
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_label)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(scroll)
        return page

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
        self.proxy.sort(-1)
        self.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_table(table)
        self._words = words
        cloud = self.chart_kind.findData(WORD_CLOUD)
        self.chart_kind.model().item(cloud).setEnabled(bool(words))  # type: ignore[attr-defined]
        if words and table is not None:
            self.chart_kind.setCurrentIndex(cloud)
        elif self.chart_kind.currentData() == WORD_CLOUD:
            self.chart_kind.setCurrentIndex(0)
        self.table_view.resizeColumnsToContents()
        self.passages.clear()
        self.passage_title.setText(self.tr("Click a cell to see its passages."))
        self.chart_path = None
        self.chart_label.clear()
        self.save_chart_button.setEnabled(table is not None)
        self._draw_chart_if_shown()

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
        if table is None or cell is None:
            self.passage_title.setText(self.tr("Click a cell to see its passages."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            refs = table.passages(*cell)
            self._list_passages(refs)
        finally:
            QGuiApplication.restoreOverrideCursor()
        row_label, column_label = table.row_labels[cell[0]], table.column_labels[cell[1]]
        title = self.tr("%n passage(s) for {0} × {1}", "", len(refs)).format(
            row_label, column_label
        )
        if len(refs) > MOST_PASSAGES:
            title += " " + self.tr("(the first {0} are listed)").format(
                QLocale().toString(MOST_PASSAGES)
            )
        self.passage_title.setText(title)

    def _list_passages(self, refs: list[PassageRef]) -> None:
        if self._session is None:
            return
        shown = refs[:MOST_PASSAGES]
        texts = passage_texts(self._session.db, shown)
        for ref, (document, text) in zip(shown, texts, strict=True):
            item = QListWidgetItem(f"{document}\n{text}")
            item.setData(PASSAGE_ROLE, Passage(ref.document_id, ref.start, ref.end))
            item.setToolTip(document)
            self.passages.addItem(item)

    def _passage_activated(self, item: QListWidgetItem) -> None:
        passage = item.data(PASSAGE_ROLE)
        if self._session is not None and isinstance(passage, Passage):
            self._session.navigate.emit(passage.document_id, passage.start, passage.end)

    def _draw_chart_if_shown(self) -> None:
        if self.tabs.currentIndex() == 1 and self.model.table is not None:
            self.draw_chart()

    def draw_chart(self) -> Path | None:
        """Draw the chart chosen for the table into a PNG and show it; returns the file."""
        if self.model.table is None:
            return None
        path = Path(self._chart_dir.path()) / f"chart-{self.chart_kind.currentData()}.png"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.save_chart(path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.chart_path = path
        self.chart_label.setPixmap(QPixmap(str(path)))
        return path

    def save_chart(self, path: Path) -> None:
        """Write the chosen chart of the table to ``path`` (``.png`` or ``.svg``)."""
        from exporters.charts import ChartLabels, render_chart, render_word_cloud

        table = self.model.table
        if table is None:
            return
        kind = str(self.chart_kind.currentData())
        if kind == WORD_CLOUD and self._words:
            render_word_cloud(self._words, path, CHART_SIZE)
            return
        language = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        labels = ChartLabels(
            title=table.title,
            value_axis=measure_label(table.measure, table.percent, table.provenance),
            category_axis=table.row_header,
            legend_title="",
            language=language,
        )
        render_chart(table, "bar" if kind == WORD_CLOUD else kind, path, labels, CHART_SIZE)

    def _ask_where_to_save_chart(self) -> None:
        if self.model.table is None:
            return
        kinds = self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "", kinds)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in selected else ".png")
        try:
            self.save_chart(path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot save the chart"), str(error))


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
