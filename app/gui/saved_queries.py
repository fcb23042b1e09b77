"""The project's saved queries: a list to open, rename and delete them, each an undo step.

A saved query keeps its kind and options only, never numbers: opening one runs it again on
the project as it is now.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.gui.session import ProjectSession
from models.commands import DeleteSavedQuery, RenameSavedQuery, SaveQuery
from models.database import ProjectDatabase
from models.saved import SavedQuery

SAVED_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SavedQueryRow:
    """A saved query as the list holds it; ``options`` is the JSON object read back."""

    id: int
    name: str
    kind: str
    options: dict[str, Any]


def saved_query_rows(db: ProjectDatabase) -> list[SavedQueryRow]:
    """Every saved query by name; options that are not a JSON object read as ``{}``."""
    query = select(SavedQuery.id, SavedQuery.name, SavedQuery.kind, SavedQuery.options)
    with db.read() as connection:
        rows = connection.execute(query).all()
    found = []
    for row in rows:
        try:
            options = json.loads(row.options)
        except ValueError:
            options = {}
        found.append(
            SavedQueryRow(row.id, row.name, row.kind, options if isinstance(options, dict) else {})
        )
    return sorted(found, key=lambda r: r.name.casefold())


class SavedQueryList(QWidget):
    """Lists the saved queries; ``open_requested(id)`` asks the workspace to open and run one.

    ``kind_title`` names a kind in the user's language for the list.
    """

    open_requested = Signal(int)

    def __init__(
        self, kind_title: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._kind_title = kind_title or (lambda kind: kind)
        self.rows: list[SavedQueryRow] = []
        self.list = QListWidget()
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton(self.tr("Open and run"))
        self.open_button.clicked.connect(self._open_current)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Saved queries")))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_session(self, session: ProjectSession | None) -> None:
        """List ``session``'s saved queries, and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self.reload)
        self._session = session
        if session is not None:
            session.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the saved queries again, keeping the current one selected."""
        current = self.current_id()
        self.rows = [] if self._session is None else saved_query_rows(self._session.db)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(f"{row.name}  ·  {self._kind_title(row.kind)}")
            item.setData(SAVED_ID_ROLE, row.id)
            item.setToolTip(row.name)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def row(self, saved_id: int) -> SavedQueryRow | None:
        """The saved query with this id, as last read."""
        return next((row for row in self.rows if row.id == saved_id), None)

    def current_id(self) -> int | None:
        """The id of the selected saved query."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(SAVED_ID_ROLE))

    def select(self, saved_id: int) -> bool:
        """Select a saved query by id; False when it is not listed."""
        for index in range(self.list.count()):
            if self.list.item(index).data(SAVED_ID_ROLE) == saved_id:
                self.list.setCurrentRow(index)
                return True
        return False

    def save(self, name: str, kind: str, options: dict[str, Any], *, replace: bool) -> int | None:
        """Save a query as one undo step; returns its id, or None when it was refused."""
        if self._session is None:
            return None
        command = SaveQuery(name, kind, options, replace=replace)
        label = self.tr("Save query '{0}'").format(name.strip())
        if not self._session.push(command, label):
            return None
        saved = command.saved_query_id
        if saved is not None:
            self.select(saved)
        return saved

    def rename(self, saved_id: int, name: str) -> bool:
        """Rename a saved query as one undo step."""
        if self._session is None:
            return False
        label = self.tr("Rename saved query to '{0}'").format(name.strip())
        return self._session.push(RenameSavedQuery(saved_id, name), label)

    def delete_current(self) -> bool:
        """Delete the selected saved query as one undo step."""
        saved = self.current_id()
        row = None if saved is None else self.row(saved)
        if self._session is None or row is None:
            return False
        label = self.tr("Delete saved query '{0}'").format(row.name)
        return self._session.push(DeleteSavedQuery(row.id), label)

    def _ask_rename(self) -> None:
        saved = self.current_id()
        row = None if saved is None else self.row(saved)
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename saved query"), self.tr("Name:"), text=row.name
        )
        if ok and name.strip() and name.strip() != row.name:
            self.rename(row.id, name)

    def _open_current(self) -> None:
        saved = self.current_id()
        if saved is not None:
            self.open_requested.emit(saved)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(SAVED_ID_ROLE)))

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)
