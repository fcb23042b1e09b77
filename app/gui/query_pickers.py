"""Choosing what a query is about: checkable lists of codes, documents, cases, coders, speakers.

The lists hold ids (or names, for speakers and attributes) and show names, read once per
change of the project by :class:`ProjectChoices`. Nothing here counts anything.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from models.browsing import code_nodes, code_paths
from models.cases import AttributeDefinition, Case
from models.database import ProjectDatabase
from models.documents import Coder, Document, SpeakerTurn
from models.notes import ItemSet

KEY_ROLE = Qt.ItemDataRole.UserRole
Choice = tuple[Hashable, str]


class ItemPicker(QWidget):
    """A titled list of checkable items with a filter box; ``checked()`` gives their keys.

    Checked keys that are not (yet) in the list are kept, so options can be set before the
    project's items are loaded, and survive a reload.
    """

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.only_checked = QCheckBox(self.tr("Only chosen"))
        self.only_checked.toggled.connect(lambda _: self._filter(self.filter_edit.text()))
        self.list = QListWidget()
        self.list.itemChanged.connect(self._item_changed)
        self._pending: list[Hashable] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.only_checked)

    def set_choices(self, choices: Iterable[Choice]) -> None:
        """List ``choices`` ((key, label) pairs), keeping what was checked."""
        keep = self.checked()
        self.list.blockSignals(True)
        self.list.clear()
        for key, label in choices:
            item = QListWidgetItem(label)
            item.setToolTip(label)  # a long code path is cut off in a narrow list
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_checked(keep)
        self._filter(self.filter_edit.text())

    def listed_keys(self) -> list[Hashable]:
        """Every key listed, in order."""
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def label_of(self, key: Hashable) -> str | None:
        """The label listed for ``key``."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(KEY_ROLE) == key:
                return item.text()
        return None

    def checked(self) -> list[Hashable]:
        """The chosen keys in list order, then chosen keys not listed (yet)."""
        listed = [
            self.list.item(i).data(KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        present = set(self.listed_keys())
        return listed + [key for key in self._pending if key not in present]

    def set_checked(self, keys: Sequence[Hashable]) -> None:
        """Check exactly ``keys``."""
        wanted = list(keys)
        self.list.blockSignals(True)
        for index in range(self.list.count()):
            item = self.list.item(index)
            state = (
                Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        self.list.blockSignals(False)
        present = set(self.listed_keys())
        self._pending = [key for key in wanted if key not in present]
        self.changed.emit()

    def _item_changed(self, _: QListWidgetItem) -> None:
        self.changed.emit()

    def _filter(self, text: str) -> None:
        folded = text.casefold().strip()
        only = self.only_checked.isChecked()
        for index in range(self.list.count()):
            item = self.list.item(index)
            hidden = bool(folded) and folded not in item.text().casefold()
            if only and item.checkState() != Qt.CheckState.Checked:
                hidden = True
            item.setHidden(hidden)


class ProjectChoices:
    """The project's codes, documents, cases, coders, speakers, attributes and sets as the
    pickers list them: each read once (the panels share one reading until the project
    changes) and sorted with the user's collation, so Danish names sort Æ, Ø, Å last."""

    def __init__(self, db: ProjectDatabase) -> None:
        self.db = db
        self._read: dict[str, list[Choice]] = {}
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        self._collator = collator

    def _cached(self, name: str, read: Callable[[], list[Choice]]) -> list[Choice]:
        if name not in self._read:
            self._read[name] = sorted(read(), key=cmp_to_key(self._compare))
        return self._read[name]

    def _compare(self, first: Choice, second: Choice) -> int:
        return self._collator.compare(first[1], second[1])

    def codes(self) -> list[Choice]:
        """Every code as (id, path)."""
        return self._cached("codes", lambda: list(code_paths(code_nodes(self.db)).items()))

    def documents(self) -> list[Choice]:
        """Every document as (id, name)."""
        return self._cached("documents", lambda: self._rows(Document.id, Document.name))

    def cases(self) -> list[Choice]:
        """Every case as (id, name)."""
        return self._cached("cases", lambda: self._rows(Case.id, Case.name))

    def coders(self) -> list[Choice]:
        """Every coder as (id, name)."""
        return self._cached("coders", lambda: self._rows(Coder.id, Coder.name))

    def sets(self) -> list[Choice]:
        """Every set as (id, name)."""
        return self._cached("sets", lambda: self._rows(ItemSet.id, ItemSet.name))

    def speakers(self) -> list[Choice]:
        """Every speaker label (the label is the key)."""
        return self._cached("speakers", lambda: self._rows(SpeakerTurn.speaker))

    def attributes(self) -> list[Choice]:
        """Every attribute name of cases or documents (the name is the key), each once."""
        return self._cached("attributes", lambda: self._rows(AttributeDefinition.name))

    def _rows(self, *columns: Any) -> list[Choice]:
        """(key, label) rows of ``columns``; one column is both key and label."""
        with self.db.read() as connection:
            rows = connection.execute(select(*columns).distinct()).all()
        return [(row[0], row[-1]) for row in rows]
