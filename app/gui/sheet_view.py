"""The classification sheet's table: it keeps copy, paste, clear and insert keys for itself,
and keeps the current cell on the same case and attribute when rows or columns come or go.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.gui.case_sheet_model import CaseSheetModel
from models.cases import AttributeTarget


class SheetView(QTableView):
    """A table that keeps copy, paste, delete and insert for itself while it has the focus."""

    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    insert_requested = Signal()

    def __init__(self, model: CaseSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self._kept: tuple[AttributeTarget, int, int | None] | None = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._restore_current)

    def event(self, event: QEvent) -> bool:
        """Take these keys before the window's shortcuts do."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and self._signal_for(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Copy, paste, clear (Delete, Backspace) and add a row (Insert)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        signal = None if editing else self._signal_for(event)
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copy_requested
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_requested
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            return self.clear_requested
        if event.key() == Qt.Key.Key_Insert and not event.modifiers():
            return self.insert_requested
        return None

    def _keep_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            column = self._model.column(current.column())
            attribute_id = None if column is None else column.id
            self._kept = self._model.target, self._model.row_id(current.row()), attribute_id
        else:
            self._kept = None

    def _restore_current(self) -> None:
        """After rows or columns came or went, the same case and attribute stay current."""
        if self._kept is None or self._kept[0] is not self._model.target:
            return
        _, owner_id, attribute_id = self._kept
        row = self._model.row_of(owner_id)
        ids = [None] + [column.id for column in self._model.columns()]
        if row is not None and attribute_id in ids:
            self.setCurrentIndex(self._model.index(row, ids.index(attribute_id)))
