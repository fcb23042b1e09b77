"""The preview table of a case-attribute import: one row per spreadsheet column with the
type recognised (the user can choose another), counts, examples and problems.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.gui.attribute_delegate import type_name
from importers.attribute_types import AttributePreview
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
