"""Importing case attributes from a spreadsheet (``.xlsx`` or ``.csv``), with a preview first.

The preview lists each column with the type recognised (the user can choose another), how
many values and empty cells it has, examples and problems, and how many cases will be created
or updated. Reading runs through the job runner; the import itself is one
:class:`importers.case_attributes.ImportCaseAttributes` command, one undo step. The preview's
table is :mod:`app.gui.attribute_preview_model`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.attribute_preview_model import NOTES, TYPE, ColumnPreviewModel, TypeChoiceDelegate
from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from importers.case_attributes import (
    CaseAttributesPreview,
    ImportCaseAttributes,
    plan_case_attributes,
    preview_case_attributes,
)
from models.cases import AttributeType


class AttributeImportDialog(QDialog):
    """Choose a spreadsheet, check the preview, import: one undo step."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = JobRunner(self)
        self.path: Path | None = None
        self.types: dict[str, AttributeType] = {}
        self.preview: CaseAttributesPreview | None = None
        self.imported: ImportCaseAttributes | None = None
        self._again = False
        self.setWindowTitle(self.tr("Import case attributes"))
        self.resize(780, 460)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("A spreadsheet with one row per case"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ColumnPreviewModel(self)
        self.model.type_chosen.connect(lambda name, kind: self.set_type(name, AttributeType(kind)))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(TYPE, TypeChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for the spreadsheet and preview it."""
        kinds = self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import case attributes"), "", kinds)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Preview ``path`` with the types recognised in it."""
        self.path, self.types, self.preview = path, {}, None
        self.path_edit.setText(str(path))
        self.refresh()

    def set_type(self, column: str, kind: AttributeType) -> None:
        """Import ``column`` as ``kind``; the preview is read again."""
        self.types[column] = kind
        self.refresh()

    def refresh(self) -> None:
        """Read the preview again (after the running read, if one is running)."""
        path, db, types = self.path, self.session.db, dict(self.types)
        if path is None:
            return
        if self.jobs.running:
            self._again = True
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        self.jobs.start(
            self.tr("Reading {file}").format(file=path.name),
            lambda _progress: preview_case_attributes(path, db, types=types),
            self._show,
            self._refused,
        )

    def _show(self, preview: CaseAttributesPreview) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.preview = preview
        self.model.load(preview.columns)
        self.view.resizeColumnsToContents()
        new = preview.new_cases or 0
        summary = self.tr("{file}: %n case(s) named in column '{column}'", "", preview.cases)
        summary += " " + self.tr("({new} new, {updated} to update).")
        summary = summary.format(
            file=preview.file, column=preview.id_column, new=new, updated=preview.cases - new
        )
        if preview.refused:
            summary += " " + self.tr("Some columns cannot be imported as they are: see Notes.")
        self.summary.setText(summary)
        self.import_button.setEnabled(not preview.refused)

    def _refused(self, error: BaseException) -> None:
        self._again = False
        self.preview = None
        self.model.load(())
        self.summary.setText(str(error))
        self.import_button.setEnabled(False)

    def apply(self) -> None:
        """Import the file with the chosen types in one undo step, then close."""
        path, db, types = self.path, self.session.db, dict(self.types)
        if path is None or self.preview is None or self.preview.refused:
            return
        self.import_button.setEnabled(False)
        self.jobs.start(
            self.tr("Reading {file}").format(file=path.name),
            lambda _progress: plan_case_attributes(path, db, types=types),
            self._push,
            self._refused,
        )

    def _push(self, command: ImportCaseAttributes) -> None:
        label = self.tr("Import case attributes from {file}").format(file=command.file_name)
        if self.session.push(command, label):
            self.imported = command
            self.accept()
        else:
            self.import_button.setEnabled(True)
