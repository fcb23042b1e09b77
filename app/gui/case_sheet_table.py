"""The classification sheet's rows and columns as a read-only table model: one row per case
(or document), one column per attribute, read in blocks and cached.

Column 0 holds the case's (or document's) name; the other columns hold typed values:
``Qt.EditRole`` gives ``str``, ``float``, ``QDate`` or ``bool``. Editing is added by
:class:`app.gui.case_sheet_model.CaseSheetModel`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.gui.attribute_delegate import (
    CHOICES_ROLE,
    ID_ROLE,
    TYPE_ROLE,
    display_text,
    to_qdate,
    type_name,
)
from app.gui.session import ProjectSession
from models.case_sheet import (
    SheetColumn,
    SheetRow,
    SheetValue,
    attribute_choices,
    sheet_columns,
    sheet_names,
    sheet_rows,
)
from models.cases import AttributeTarget, AttributeType

BLOCK = 200  # rows read at a time
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseSheetTable(QAbstractTableModel):
    """Cases × attributes (or documents × document attributes) of the session's project, read
    only; the sheet's texts keep the :class:`CaseSheetModel` translation context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._target = AttributeTarget.CASE
        self._ids: list[int] = []
        self._columns: list[SheetColumn] = []
        self._cache: dict[int, SheetRow] = {}
        self._id_of: dict[str, int] = {}

    @property
    def session(self) -> ProjectSession | None:
        """The session whose project is shown."""
        return self._session

    @property
    def target(self) -> AttributeTarget:
        """Whether rows are cases or documents."""
        return self._target

    def set_session(self, session: ProjectSession | None) -> None:
        """Show ``session``'s project (None: nothing) and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self.reload)
        self._session = session
        if session is not None:
            session.changed.connect(self.reload)
        self._reset()

    def set_target(self, target: AttributeTarget) -> None:
        """Show cases and case attributes, or documents and document attributes."""
        if target is not self._target:
            self._target = target
            self._reset()

    def _read(self) -> tuple[list[int], list[SheetColumn]]:
        if self._session is None:
            return [], []
        db = self._session.db
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        names = sorted(sheet_names(db, self._target), key=lambda pair: collator.sortKey(pair[1]))
        self._id_of = {name: key for key, name in names}
        return [key for key, _ in names], sheet_columns(db, self._target)

    def _reset(self) -> None:
        self.beginResetModel()
        self._ids, self._columns = self._read()
        self._cache.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Read the project again; rows and columns that stay keep their selection."""
        ids, columns = self._read()
        same_columns = [c.id for c in columns] == [c.id for c in self._columns]
        if ids != self._ids or not same_columns:
            self.beginResetModel()
            self._ids, self._columns = ids, columns
            self._cache.clear()
            self.endResetModel()
            return
        renamed = columns != self._columns
        self._columns = columns
        self._cache.clear()
        if renamed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(columns))
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._columns))
            self.dataChanged.emit(self.index(0, 0), last)

    # Reading -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """The number of cases (or documents)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The name column plus one per attribute."""
        return 0 if parent.isValid() or self._session is None else len(self._columns) + 1

    def column(self, section: int) -> SheetColumn | None:
        """The attribute shown in column ``section`` (None for the name column)."""
        return self._columns[section - 1] if 0 < section <= len(self._columns) else None

    def columns(self) -> list[SheetColumn]:
        """The attributes shown, in column order."""
        return list(self._columns)

    def row_id(self, row: int) -> int:
        """The case (or document) id of a row."""
        return self._ids[row]

    def row_named(self, name: str) -> int | None:
        """The row of the case (or document) called ``name``, or None."""
        owner_id = self._id_of.get(name.strip())
        return None if owner_id is None else self.row_of(owner_id)

    def row_of(self, owner_id: int) -> int | None:
        """The row showing a case (or document), or None."""
        try:
            return self._ids.index(owner_id)
        except ValueError:
            return None

    def sheet_row(self, row: int) -> SheetRow | None:
        """A row's name and values, read with its block when not cached."""
        owner_id = self._ids[row]
        if owner_id not in self._cache and self._session is not None:
            first = row - row % BLOCK
            block = self._ids[first : first + BLOCK]
            self._cache.update(sheet_rows(self._session.db, self._target, block))
        return self._cache.get(owner_id)

    def value(self, row: int, section: int) -> SheetValue | None:
        """The typed value of a cell (None when empty); the name for column 0."""
        found = self.sheet_row(row)
        column = self.column(section)
        if found is None:
            return None
        return found.name if column is None else found.values.get(column.id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text (QLocale-formatted), typed edit values, the column type and choices."""
        if not index.isValid():
            return None
        column = self.column(index.column())
        kind = None if column is None else column.type
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == TYPE_ROLE:
            return None if kind is None else kind.value
        if role == CHOICES_ROLE:
            if column is None or kind is not AttributeType.TEXT or self._session is None:
                return []
            return attribute_choices(self._session.db, column.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind is AttributeType.NUMBER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.EditRole:
            return to_qdate(value) if isinstance(value, date) else value
        if value is None:
            return ""
        return str(value) if kind is None else display_text(value)  # no type: the name column

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Attribute names across the top (the type as tooltip), row numbers down the side."""
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is not None:
                return column.name
            return (
                QCoreApplication.translate("CaseSheetModel", "Case")
                if self._target is AttributeTarget.CASE
                else QCoreApplication.translate("CaseSheetModel", "Document")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return QCoreApplication.translate("CaseSheetModel", "{name} ({type})").format(
                name=column.name, type=type_name(column.type)
            )
        return None
