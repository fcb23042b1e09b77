"""The chart tab of a query result: bars, stacked bars, a heatmap or a word cloud.

Charts are drawn by :mod:`exporters.charts` (matplotlib, imported only when a chart is first
drawn) into a PNG that the tab shows, and saved as PNG or SVG for a report. Columns carry the
titles the table view shows, so a Danish window gives a chart with Danish measure names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.result_model import MEASURES, analysis_text, measure_label
from models.result_table import ResultTable

CHART_SIZE = (900, 600)
WORD_CLOUD = "word-cloud"


class ChartPane(QWidget):
    """Draws the table it is given as the chart chosen in ``kind``; ``path`` is the last PNG.

    ``job_runner``, when set, gives the runner that draws off the GUI thread.
    """

    drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_runner: Callable[[], JobRunner] | None = None
        self._table: ResultTable | None = None
        self._columns: tuple[str, ...] = ()
        self._words: list[tuple[str, int]] | None = None
        self._folder = QTemporaryDir()
        self.path: Path | None = None
        self.kind = QComboBox()
        for kind, text in (
            ("bar", self.tr("Bars")),
            ("stacked", self.tr("Stacked bars")),
            ("heatmap", self.tr("Heatmap")),
            (WORD_CLOUD, self.tr("Word cloud")),
        ):
            self.kind.addItem(text, kind)
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.clicked.connect(self._ask_where_to_save)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chart:")))
        row.addWidget(self.kind)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pixmap: QPixmap | None = None
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart_area)

    def set_table(
        self,
        table: ResultTable | None,
        columns: Sequence[str] = (),
        words: list[tuple[str, int]] | None = None,
    ) -> None:
        """Chart ``table`` with these column titles; ``words`` offer the word cloud."""
        self._table, self._columns, self._words = table, tuple(columns), words
        cloud = self.kind.findData(WORD_CLOUD)
        model = self.kind.model()
        if isinstance(model, QStandardItemModel):
            model.item(cloud).setEnabled(bool(words))
        if words and table is not None:
            self.kind.setCurrentIndex(cloud)
        elif self.kind.currentData() == WORD_CLOUD:
            self.kind.setCurrentIndex(0)
        self.path, self._pixmap = None, None
        self.label.clear()
        self.save_button.setEnabled(table is not None)

    def word_cloud_offered(self) -> bool:
        """True when the table is a word list, so a word cloud can be drawn."""
        return bool(self._words)

    def draw(self) -> Path | None:
        """Draw the chosen chart into a PNG and show it; returns the file.

        With a job runner the drawing happens off the GUI thread and ``drawn`` fires when
        it is shown; this returns the file it will be (None when no job could start).
        """
        render = self.renderer()
        if render is None:
            return None
        path = Path(self._folder.path()) / f"chart-{self.kind.currentData()}.png"
        jobs = None if self.job_runner is None else self.job_runner()
        if jobs is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                render(path)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._show(path)
            return path
        started = jobs.start(
            self.tr("Drawing the chart"),
            lambda _progress: render(path),
            lambda _: self._show(path),
            lambda error: self.label.setText(str(error)),
        )
        if not started:
            self.label.setText(
                QCoreApplication.translate(
                    "QueryWorkspace", "Wait until the running task has finished."
                )
            )
        return path if started else None

    def _show(self, path: Path) -> None:
        self.path = path
        self._pixmap = QPixmap(str(path))
        self._fit()
        self.drawn.emit()

    def _fit(self) -> None:
        """Show the chart as large as the view allows, never larger than drawn."""
        if self._pixmap is None or self._pixmap.isNull():
            return
        room = self.chart_area.viewport().size()
        pixmap = self._pixmap
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the chart to the new size."""
        super().resizeEvent(event)
        self._fit()

    def save(self, path: Path) -> None:
        """Write the chosen chart to ``path`` (``.png`` or ``.svg``)."""
        render = self.renderer()
        if render is not None:
            render(path)

    def renderer(self) -> Callable[[Path], object] | None:
        """What draws the chosen chart of the table into a file, touching no widget (so it
        can run in a worker thread); None without a table."""
        from analysis.agreement_table import kappa_chart_table
        from exporters.charts import ChartLabels, chart_data, render_data, render_word_cloud

        table, words = self._table, self._words
        if table is None:
            return None
        kind = str(self.kind.currentData())
        if kind == WORD_CLOUD and words:
            return lambda path: render_word_cloud(words, path, CHART_SIZE)
        if table.measure == "agreement":
            table = kappa_chart_table(table)
        language = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        one_measure = table.percent or table.measure in MEASURES
        labels = ChartLabels(
            title=analysis_text(table.title),
            value_axis=measure_label(table.measure, table.percent, table.provenance)
            if one_measure
            else "",
            category_axis=analysis_text(table.row_header),
            language=language,
        )
        data = chart_data(table)
        if len(self._columns) == len(data.columns):
            data = replace(data, columns=self._columns)
        drawn = "bar" if kind == WORD_CLOUD else kind
        return lambda path: render_data(data, drawn, path, labels, CHART_SIZE)

    def _ask_where_to_save(self) -> None:
        if self._table is None:
            return
        kinds = self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "", kinds)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in selected else ".png")
        try:
            self.save(path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot save the chart"), str(error))
