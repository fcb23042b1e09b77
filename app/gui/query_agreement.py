"""The options panel of the coding comparison: coder groups A and B, codes, documents, unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis.agreement import AgreementOptions, CoderGroup, coding_comparison
from analysis.agreement_table import agreement_table
from app.gui.language import current_language
from app.gui.query_coding_panels import chosen_codes
from app.gui.query_cross_panels import select_data
from app.gui.query_panels import QueryInputError, QueryPanel
from app.gui.query_pickers import ItemPicker, ProjectChoices
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable


class AgreementPanel(QueryPanel):
    """Coding comparison: kappa and agreement between coder group A and coder group B."""

    options_type = AgreementOptions

    kind = "agreement"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coders_a = ItemPicker(self.tr("Coder group A:"))
        self.coders_b = ItemPicker(self.tr("Coder group B:"))
        self.codes = ItemPicker(self.tr("Codes (none chosen: every code):"))
        self.documents = ItemPicker(self.tr("Documents (none chosen: every document):"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Characters"), "character")
        self.unit.addItem(self.tr("Sentences"), "sentence")
        self.unit.addItem(self.tr("Paragraphs"), "paragraph")
        self.include_subcodes = QCheckBox(self.tr("Count sub-codes with their code"))
        form = QFormLayout()
        form.addRow(self.tr("Compare in:"), self.unit)
        form.addRow("", self.include_subcodes)
        groups = QWidget()
        row = QHBoxLayout(groups)
        row.addWidget(self.coders_a)
        row.addWidget(self.coders_b)
        tabs = QTabWidget()
        tabs.addTab(groups, self.tr("Coders"))
        tabs.addTab(self.codes, self.tr("Codes"))
        tabs.addTab(self.documents, self.tr("Documents"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Coding comparison")

    def reload(self, choices: ProjectChoices) -> None:
        """List coders, codes and documents."""
        self.coders_a.set_choices(choices.coders())
        self.coders_b.set_choices(choices.coders())
        self.codes.set_choices(choices.codes())
        self.documents.set_choices(choices.documents())

    def _group(self, picker: ItemPicker, name: str) -> CoderGroup:
        ids = tuple(int(str(key)) for key in picker.checked())
        if not ids:
            raise QueryInputError(self.tr("Choose at least one coder for group {group}.").format(
                group=name
            ))  # fmt: skip
        labels = [picker.label_of(key) or str(key) for key in picker.checked()]
        return CoderGroup(", ".join(labels), ids)

    def options(self) -> AgreementOptions:
        """The options chosen; QueryInputError when the groups are empty or share a coder."""
        group_a = self._group(self.coders_a, "A")
        group_b = self._group(self.coders_b, "B")
        if set(group_a.coder_ids) & set(group_b.coder_ids):
            raise QueryInputError(self.tr("A coder cannot be in both group A and group B."))
        documents = tuple(int(str(key)) for key in self.documents.checked())
        return AgreementOptions(
            group_a,
            group_b,
            chosen_codes(self.codes),
            documents or None,
            str(self.unit.currentData()),
            self.include_subcodes.isChecked(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, AgreementOptions)
        self.coders_a.set_checked(list(options.coders_a.coder_ids))
        self.coders_b.set_checked(list(options.coders_b.coder_ids))
        self.codes.set_checked(list(options.code_ids or ()))
        self.documents.set_checked(list(options.document_ids or ()))
        select_data(self.unit, options.unit)
        self.include_subcodes.setChecked(options.include_subcodes)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Compare the groups; the table's labels in the user's language."""
        report = coding_comparison(db, options, progress)
        return agreement_table(report, current_language())
