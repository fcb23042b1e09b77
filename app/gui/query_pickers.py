"""Choosing what a query is about: checkable lists of codes, documents, cases, coders, speakers.

The lists read the open project through the Qt-free reads in :mod:`models.browsing`,
:mod:`models.case_sheet` and :mod:`models.reading`; they hold ids (or names, for speakers and
attribute values) and show names. Nothing here counts anything.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
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

from models.browsing import code_nodes, code_paths, coder_entries, document_entries
from models.case_sheet import sheet_columns, sheet_names
from models.cases import AttributeTarget
from models.database import ProjectDatabase
from models.notes import ItemSet
from models.reading import speaker_rows

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


def code_choices(db: ProjectDatabase) -> list[Choice]:
    """Every code as (id, path), in tree order."""
    nodes = code_nodes(db)
    paths = code_paths(nodes)
    return sorted(((node.id, paths[node.id]) for node in nodes), key=lambda c: c[1].casefold())


def document_choices(db: ProjectDatabase) -> list[Choice]:
    """Every document as (id, name), by name."""
    return [(entry.id, entry.name) for entry in document_entries(db)]


def case_choices(db: ProjectDatabase) -> list[Choice]:
    """Every case as (id, name), by name."""
    return sorted(sheet_names(db, AttributeTarget.CASE), key=lambda c: c[1].casefold())


def coder_choices(db: ProjectDatabase) -> list[Choice]:
    """Every coder as (id, name), by name."""
    return [(entry.id, entry.name) for entry in coder_entries(db)]


def speaker_choices(db: ProjectDatabase) -> list[Choice]:
    """Every speaker label (the label is the key), by label."""
    labels = sorted({row.speaker for row in speaker_rows(db)}, key=str.casefold)
    return [(label, label) for label in labels]


def set_choices(db: ProjectDatabase) -> list[Choice]:
    """Every set as (id, name), by name."""
    with db.read() as connection:
        rows = connection.execute(select(ItemSet.id, ItemSet.name).order_by(ItemSet.name))
        return [(row.id, row.name) for row in rows]


def attribute_choices(db: ProjectDatabase) -> list[Choice]:
    """Case attributes, then document attributes, as ((target, name), name)."""
    found: list[Choice] = []
    for target in (AttributeTarget.CASE, AttributeTarget.DOCUMENT):
        for column in sheet_columns(db, target):
            found.append(((target.value, column.name), column.name))
    return found
