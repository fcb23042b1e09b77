"""Options panels for the queries that cross two things: matrix coding and crosstab (and the
measure and percentage choices they share with co-occurrence)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis.crosstab import CrosstabOptions, crosstab_query
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import AXIS_KINDS
from analysis.measures import MEASURES
from app.gui.query_axis import AxisEditor
from app.gui.query_coding_panels import chosen_codes
from app.gui.query_filter import FilterEditor
from app.gui.query_panels import QueryInputError, QueryPanel
from app.gui.query_pickers import ItemPicker, ProjectChoices
from app.gui.result_model import measure_label
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable


def measure_box(parent: QWidget) -> QComboBox:
    """The cell measures, named in the user's language."""
    box = QComboBox(parent)
    for measure in MEASURES:
        box.addItem(measure_label(measure), measure)
    return box


def percent_box(parent: QWidget) -> QComboBox:
    """Counts, row percentages or column percentages."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("QueryPanel", "Counts"), None)
    box.addItem(QCoreApplication.translate("QueryPanel", "Row percentages"), "row")
    box.addItem(QCoreApplication.translate("QueryPanel", "Column percentages"), "column")
    return box


def select_data(box: QComboBox, data: object) -> None:
    """Choose the entry of ``box`` that holds ``data`` (the first when none does)."""
    box.setCurrentIndex(max(0, box.findData(data)))


class MatrixPanel(QueryPanel):
    """Matrix coding: rows × columns, measure, percentages, intersection or same case."""

    options_type = MatrixOptions

    kind = "matrix"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = AxisEditor(self.tr("Rows:"), AXIS_KINDS)
        self.columns = AxisEditor(self.tr("Columns:"), AXIS_KINDS)
        self.columns.choose_kind("attribute")
        self.measure = measure_box(self)
        self.percent = percent_box(self)
        self.semantics = QComboBox()
        self.semantics.addItem(self.tr("Coded text inside the column (AND)"), "intersection")
        self.semantics.addItem(self.tr("Same case, anywhere (co-presence)"), "same-case")
        self.semantics.setToolTip(
            self.tr(
                "AND counts the row's coded text that lies inside the column item. Same case"
                " counts a case's coded text when the case also has the column item anywhere."
            )
        )
        self.include_subcodes = QCheckBox(self.tr("Count sub-codes with their code"))
        self.filter = FilterEditor()
        tabs = QTabWidget()
        tabs.addTab(self.rows, self.tr("Rows"))
        tabs.addTab(self.columns, self.tr("Columns"))
        tabs.addTab(self.filter, self.tr("Filter"))
        form = QFormLayout()
        form.addRow(self.tr("Cells count:"), self.measure)
        form.addRow(self.tr("Show:"), self.percent)
        form.addRow(self.tr("A passage counts in a cell by:"), self.semantics)
        form.addRow("", self.include_subcodes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Matrix coding")

    def reload(self, choices: ProjectChoices) -> None:
        """List what rows, columns and the filter can hold."""
        self.rows.reload(choices)
        self.columns.reload(choices)
        self.filter.reload(choices)

    def options(self) -> MatrixOptions:
        """The options chosen."""
        return MatrixOptions(
            rows=self.rows.axis(),
            columns=self.columns.axis(),
            measure=str(self.measure.currentData()),
            percent=self.percent.currentData(),
            semantics=str(self.semantics.currentData()),
            include_subcodes=self.include_subcodes.isChecked(),
            filter=self.filter.query_filter(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, MatrixOptions)
        self.rows.set_axis(options.rows)
        self.columns.set_axis(options.columns)
        select_data(self.measure, options.measure)
        select_data(self.percent, options.percent)
        select_data(self.semantics, options.semantics)
        self.include_subcodes.setChecked(options.include_subcodes)
        self.filter.set_query_filter(options.filter)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Run the matrix."""
        return matrix_query(db, options, progress, title=self.tr("Matrix coding"))


class CrosstabPanel(QueryPanel):
    """Crosstab: codes × the values of one attribute, with totals and percentages."""

    options_type = CrosstabOptions

    kind = "crosstab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ItemPicker(self.tr("Codes (none chosen: every code):"))
        self.attribute = QComboBox()
        self.measure = measure_box(self)
        self.percent = percent_box(self)
        self.include_subcodes = QCheckBox(self.tr("Count sub-codes with their code"))
        self.filter = FilterEditor()
        form = QFormLayout()
        form.addRow(self.tr("Columns: values of"), self.attribute)
        form.addRow(self.tr("Cells count:"), self.measure)
        form.addRow(self.tr("Show:"), self.percent)
        form.addRow("", self.include_subcodes)
        tabs = QTabWidget()
        tabs.addTab(self.codes, self.tr("Codes"))
        tabs.addTab(self.filter, self.tr("Filter"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Crosstab")

    def reload(self, choices: ProjectChoices) -> None:
        """List codes, attributes and the filter's choices."""
        self.codes.set_choices(choices.codes())
        chosen = self.attribute.currentText()
        self.attribute.clear()
        self.attribute.addItems([name for _, name in choices.attributes()])
        if chosen:
            self.attribute.setCurrentText(chosen)
        self.filter.reload(choices)

    def options(self) -> CrosstabOptions:
        """The options chosen; an attribute is needed."""
        attribute = self.attribute.currentText().strip()
        if not attribute:
            raise QueryInputError(self.tr("Choose the attribute whose values are the columns."))
        return CrosstabOptions(
            attribute=attribute,
            code_ids=chosen_codes(self.codes),
            measure=str(self.measure.currentData()),
            percent=self.percent.currentData(),
            include_subcodes=self.include_subcodes.isChecked(),
            filter=self.filter.query_filter(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, CrosstabOptions)
        if self.attribute.findText(options.attribute) < 0:
            self.attribute.addItem(options.attribute)
        self.attribute.setCurrentText(options.attribute)
        self.codes.set_checked(list(options.code_ids or ()))
        select_data(self.measure, options.measure)
        select_data(self.percent, options.percent)
        self.include_subcodes.setChecked(options.include_subcodes)
        self.filter.set_query_filter(options.filter)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Run the crosstab."""
        return crosstab_query(db, options, progress)
