"""Results that are passages rather than numbers: coded segments and text-search hits.

Each row is a passage with a few columns of text (document, code, speaker, the passage or
its keyword in context); double-clicking a row shows the passage in its document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.gui.session import Passage

PASSAGE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PassageRow:
    """One listed passage: the texts of its columns and where it is."""

    cells: tuple[str, ...]
    passage: Passage


@dataclass(frozen=True)
class PassageRows:
    """A list of passages with its column titles; ``stretch`` is the column that gets the room."""

    headers: tuple[str, ...]
    rows: tuple[PassageRow, ...]
    stretch: int = -1


class PassageListView(QTableWidget):
    """Shows PassageRows, sortable; ``passage_activated`` fires on double-click or Enter."""

    passage_activated = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.itemActivated.connect(self._activated)
        self.rows: PassageRows | None = None

    def show_rows(self, rows: PassageRows | None) -> None:
        """List ``rows`` (None: empty)."""
        self.rows = rows
        self.setSortingEnabled(False)
        self.clear()
        headers = rows.headers if rows is not None else ()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        listed = rows.rows if rows is not None else ()
        self.setRowCount(len(listed))
        for row, entry in enumerate(listed):
            for column, text in enumerate(entry.cells):
                item = QTableWidgetItem(text)
                item.setData(PASSAGE_ROLE, entry.passage)
                item.setToolTip(text)
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if rows is not None and 0 <= rows.stretch < len(headers):
            header.setSectionResizeMode(rows.stretch, QHeaderView.ResizeMode.Stretch)
        self.setSortingEnabled(True)

    def row_texts(self, row: int) -> list[str]:
        """The texts of ``row`` as sorted now, column by column."""
        return [
            item.text() if (item := self.item(row, column)) is not None else ""
            for column in range(self.columnCount())
        ]

    def passage_at(self, row: int) -> Passage | None:
        """The passage listed in ``row`` as it is sorted now."""
        item = self.item(row, 0)
        passage = None if item is None else item.data(PASSAGE_ROLE)
        return passage if isinstance(passage, Passage) else None

    def _activated(self, item: QTableWidgetItem) -> None:
        passage = self.passage_at(item.row())
        if passage is not None:
            self.passage_activated.emit(passage.document_id, passage.start, passage.end)
