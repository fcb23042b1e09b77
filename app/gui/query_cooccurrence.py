"""The options panel of co-occurrence: code × code, when codings meet, counts or c-coefficient."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis.cooccurrence import CO_MEASURES, CooccurrenceOptions, cooccurrence_query
from app.gui.query_coding_panels import chosen_codes
from app.gui.query_cross_panels import select_data
from app.gui.query_filter import FilterEditor
from app.gui.query_panels import QueryPanel
from app.gui.query_pickers import ItemPicker, ProjectChoices
from app.gui.result_model import measure_label
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable


class CooccurrencePanel(QueryPanel):
    """Co-occurrence: code × code, overlapping or near each other, counts or c-coefficient."""

    options_type = CooccurrenceOptions

    kind = "cooccurrence"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ItemPicker(self.tr("Codes (none chosen: every code):"))
        self.near = QCheckBox(self.tr("Also when apart by at most"))
        self.within = QSpinBox()
        self.within.setRange(0, 100_000)
        self.within.setValue(100)
        self.within.setSuffix(self.tr(" characters"))
        self.within.setEnabled(False)
        self.near.toggled.connect(self.within.setEnabled)
        near_row = QHBoxLayout()
        near_row.addWidget(self.near)
        near_row.addWidget(self.within, 1)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Only when they overlap"), None)
        self.unit.addItem(self.tr("Also in the same sentence"), "sentence")
        self.unit.addItem(self.tr("Also in the same paragraph"), "paragraph")
        self.unit.addItem(self.tr("Also in the same speaker turn"), "turn")
        self.measure = QComboBox()
        for measure in CO_MEASURES:
            self.measure.addItem(measure_label(measure), measure)
        self.include_subcodes = QCheckBox(self.tr("Count sub-codes with their code"))
        self.filter = FilterEditor()
        form = QFormLayout()
        form.addRow(self.tr("Codings meet:"), self.unit)
        form.addRow("", near_row)
        form.addRow(self.tr("Cells show:"), self.measure)
        form.addRow("", self.include_subcodes)
        tabs = QTabWidget()
        tabs.addTab(self.codes, self.tr("Codes"))
        tabs.addTab(self.filter, self.tr("Filter"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Co-occurrence")

    def reload(self, choices: ProjectChoices) -> None:
        """List codes and the filter's choices."""
        self.codes.set_choices(choices.codes())
        self.filter.reload(choices)

    def options(self) -> CooccurrenceOptions:
        """The options chosen."""
        return CooccurrenceOptions(
            code_ids=chosen_codes(self.codes),
            within=self.within.value() if self.near.isChecked() else None,
            unit=self.unit.currentData(),
            measure=str(self.measure.currentData()),
            include_subcodes=self.include_subcodes.isChecked(),
            filter=self.filter.query_filter(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, CooccurrenceOptions)
        self.codes.set_checked(list(options.code_ids or ()))
        self.near.setChecked(options.within is not None)
        if options.within is not None:
            self.within.setValue(options.within)
        select_data(self.unit, options.unit)
        select_data(self.measure, options.measure)
        self.include_subcodes.setChecked(options.include_subcodes)
        self.filter.set_query_filter(options.filter)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Count the meetings."""
        return cooccurrence_query(db, options, progress)
