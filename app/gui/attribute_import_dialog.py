"""Importing case attributes from a spreadsheet (``.xlsx`` or ``.csv``), with a preview first.

The preview lists each column with the type recognised (the user can choose another), how
many values and empty cells it has, examples and problems, and how many cases will be created
or updated. Reading runs through the job runner; the import itself is one
:class:`importers.case_attributes.ImportCaseAttributes` command, one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.attribute_delegate import type_name
from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from importers.attribute_types import AttributePreview
from importers.case_attributes import (
    CaseAttributesPreview,
    ImportCaseAttributes,
    plan_case_attributes,
    preview_case_attributes,
)
from models.cases import AttributeType

COLUMN, TYPE, VALUES, EMPTY, EXAMPLES, NOTES = range(6)
ERROR_COLOR = "#b3261e"
AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnPreviewModel(QAbstractTableModel):
    """One row per spreadsheet column: its type (editable), counts, examples and problems."""

    type_chosen = Signal(str, str)
    """A column's name and the :class:`AttributeType` value the user chose for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[AttributePreview] = []

    def load(self, columns: tuple[AttributePreview, ...]) -> None:
        """Show these column previews."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def column_preview(self, row: int) -> AttributePreview:
        """The preview of the column in ``row``."""
        return self._columns[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """One row per column of the file (the case id column left out)."""
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Column, type, values, empty, examples, notes."""
        return 0 if parent.isValid() else 6

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's preview; problems of a refused column in the error colour."""
        if not index.isValid():
            return None
        column = self._columns[index.row()]
        section = index.column()
        if role == Qt.ItemDataRole.EditRole and section == TYPE:
            return column.type.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            locale = QLocale()
            return (
                column.column,
                type_name(column.type),
                locale.toString(column.values),
                locale.toString(column.empty),
                ", ".join(column.examples),
                " · ".join(column.problems),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (EXAMPLES, NOTES):
            return "\n".join(column.examples if section == EXAMPLES else column.problems) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.refused and section == NOTES:
            return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (VALUES, EMPTY):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Choosing a type asks for a new preview (``type_chosen``); nothing changes yet."""
        if not index.isValid() or index.column() != TYPE or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            kind = AttributeType(value)
        except ValueError:
            return False
        self.type_chosen.emit(self._columns[index.row()].column, kind.value)
        return True

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Column"),
            self.tr("Type"),
            self.tr("Values"),
            self.tr("Empty"),
            self.tr("Examples"),
            self.tr("Notes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """The type can be chosen."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == TYPE else flags


class TypeChoiceDelegate(QStyledItemDelegate):
    """A list of the four value types."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """A combo box of text, number, date and yes/no."""
        box = QComboBox(parent)
        for kind in AttributeType:
            box.addItem(type_name(kind), kind.value)
        box.activated.connect(lambda _: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        """Start from the column's type."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        """Pass the chosen type on."""
        if isinstance(editor, QComboBox) and editor.currentData() != index.data(
            Qt.ItemDataRole.EditRole
        ):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


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
