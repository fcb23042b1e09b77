"""The table of found identifiers, one row per surface text, for the pseudonymisation review.

Each row shows the surface, its category, how often and in which documents it was found, the
highest confidence, the replacement (editable) and two check boxes: *Replace* (accepted) and
*Keep* (rejected: never replaced, and not reported again). Neither ticked means undecided.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.pseudonymise import FindingGroup
from models.pseudonyms import TermDecision

SURFACE, CATEGORY, COUNT, DOCUMENTS, CONFIDENCE, REPLACEMENT, REPLACE, KEEP = range(8)
COLUMNS = 8
AnyIndex = QModelIndex | QPersistentModelIndex


class PseudonymGroupModel(QAbstractTableModel):
    """Groups of findings with their replacement and decision; edits stay here until applied."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[FindingGroup] = []

    def load(self, groups: list[FindingGroup]) -> None:
        """Show these groups."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def add(self, group: FindingGroup) -> int:
        """Add a group at the top (a term the user added); returns its row."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._groups.insert(0, group)
        self.endInsertRows()
        return 0

    def groups(self) -> list[FindingGroup]:
        """Every group, as edited."""
        return list(self._groups)

    def group(self, row: int) -> FindingGroup:
        """The group in ``row``."""
        return self._groups[row]

    def row_of(self, surface: str) -> int | None:
        """The row of the group with this surface text, if there is one."""
        return next((i for i, g in enumerate(self._groups) if g.surface == surface), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """One row per surface text."""
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """See the module docstring."""
        return 0 if parent.isValid() else COLUMNS

    def category_name(self, category: str) -> str:
        """A category as the user reads it."""
        names = {
            "person": self.tr("Person"),
            "place": self.tr("Place"),
            "organisation": self.tr("Organisation"),
            "cpr": self.tr("CPR number"),
            "phone": self.tr("Phone number"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "term": self.tr("Term"),
        }
        return names.get(category, category)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, numbers formatted for the user's locale, and the two check boxes."""
        if not index.isValid():
            return None
        group, column = self._groups[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (REPLACE, KEEP):
            wanted = TermDecision.ACCEPTED if column == REPLACE else TermDecision.REJECTED
            checked = group.decision is wanted
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == REPLACEMENT:
            return group.replacement
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(group, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COUNT, CONFIDENCE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == DOCUMENTS:
            return "\n".join(group.documents)
        return None

    def _shown(self, group: FindingGroup, column: int) -> Any:
        locale = QLocale()
        if column == SURFACE:
            return group.surface
        if column == CATEGORY:
            return self.category_name(group.category)
        if column == COUNT:
            return locale.toString(group.count)
        if column == DOCUMENTS:
            return ", ".join(group.documents)
        if column == CONFIDENCE:
            return self.tr("{percent} %").format(
                percent=locale.toString(round(group.confidence * 100))
            )
        if column == REPLACEMENT:
            return group.replacement
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Edit the replacement, or tick *Replace* or *Keep* (ticking one clears the other)."""
        if not index.isValid():
            return False
        group, column = self._groups[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column == REPLACEMENT:
            text = " ".join(str(value or "").split())
            if not text:
                return False
            group.replacement = text
        elif role == Qt.ItemDataRole.CheckStateRole and column in (REPLACE, KEEP):
            wanted = TermDecision.ACCEPTED if column == REPLACE else TermDecision.REJECTED
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            group.decision = wanted if checked else None
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        return True

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Found text"),
            self.tr("Category"),
            self.tr("Times"),
            self.tr("Documents"),
            self.tr("Confidence"),
            self.tr("Replacement"),
            self.tr("Replace"),
            self.tr("Keep"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """The replacement is editable; *Replace* and *Keep* are check boxes."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if index.column() == REPLACEMENT:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() in (REPLACE, KEEP):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags
