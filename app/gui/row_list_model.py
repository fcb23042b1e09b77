"""A flat table whose rows are the items of one list, loaded whole."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Item = TypeVar("Item")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel, Generic[Item]):
    """One row per item of the last :meth:`load`; subclasses give ``COLUMNS`` and ``data``."""

    COLUMNS: ClassVar[int] = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Item] = []

    def load(self, rows: Iterable[Item]) -> None:
        """Show these items, in this order."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Item:
        """The item shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """One row per item."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """``COLUMNS``."""
        return 0 if parent.isValid() else self.COLUMNS
