"""The classification sheet's table model: one row per case (or document), one column per
attribute, read in blocks and cached; every edit goes through the session as a command.

Column 0 holds the case's (or document's) name; editing it renames. The other columns hold
typed values: ``Qt.EditRole`` gives and takes ``str``, ``float``, ``QDate`` or ``bool``, and
an empty value removes the value. Pasting and copying tab-separated text (what Excel puts on
the clipboard) is in :mod:`app.gui.sheet_clipboard`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
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
    typed_value,
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
from models.commands import (
    Batch,
    Command,
    CreateCase,
    DefineAttribute,
    DeleteAttribute,
    DeleteCase,
    RenameDocument,
    SetAttributeValue,
)
from models.commands.edits import RenameAttribute, RenameCase, SetAttributeValues

NAME_COLUMN = 0
BLOCK = 200  # rows read at a time
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseSheetModel(QAbstractTableModel):
    """Cases × attributes (or documents × document attributes) of the session's project."""

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
        return "" if value is None or kind is None else display_text(value)

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
            return self.tr("Case") if self._target is AttributeTarget.CASE else self.tr("Document")
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self.tr("{name} ({type})").format(name=column.name, type=type_name(column.type))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Every cell can be selected and edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    # Editing -------------------------------------------------------------------------------

    def changed_value(
        self, row: int, section: int, value: SheetValue | None
    ) -> tuple[int, int, SheetValue | None] | None:
        """``(attribute id, owner id, value)`` when ``value`` changes an attribute cell."""
        column = self.column(section)
        current = self.value(row, section)
        if column is None or (value == current and type(value) is type(current)):
            return None
        return column.id, self._ids[row], value

    def cell_command(self, row: int, section: int, value: SheetValue | None) -> Command | None:
        """The command that puts ``value`` (already typed) into a cell; None if unchanged."""
        if section != NAME_COLUMN:
            change = self.changed_value(row, section, value)
            return None if change is None else SetAttributeValue(*change)
        if not isinstance(value, str) or value == self.value(row, section):
            return None  # a name cannot be emptied
        if self._target is AttributeTarget.CASE:
            return RenameCase(self._ids[row], value)
        return RenameDocument(self._ids[row], value)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Store an edited cell as one undo step; False if it is not a value of its type."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._session is None:
            return False
        column = self.column(index.column())
        try:
            typed = typed_value(value, AttributeType.TEXT if column is None else column.type)
        except ValueError:
            return False
        if column is None and typed is None:
            return False  # a name cannot be emptied
        command = self.cell_command(index.row(), index.column(), typed)
        if command is None:
            return True
        return self.push(command, self.cell_label(index.row(), index.column(), typed))

    def cell_label(self, row: int, section: int, value: SheetValue | None) -> str:
        """The undo step's name for changing one cell."""
        found = self.sheet_row(row)
        owner = "" if found is None else found.name
        column = self.column(section)
        if column is None:
            return self.tr("Rename '{old}' to '{new}'").format(old=owner, new=value)
        if value is None:
            return self.tr("Clear {attribute} of {owner}").format(
                attribute=column.name, owner=owner
            )
        return self.tr("Set {attribute} of {owner} to {value}").format(
            attribute=column.name, owner=owner, value=display_text(value)
        )

    def push(self, command: Command, label: str) -> bool:
        """Apply ``command`` through the session as one undo step named ``label``."""
        return self._session is not None and self._session.push(command, label)

    def clear_cells(self, cells: list[tuple[int, int]]) -> bool:
        """Remove the values of these (row, column) cells in one step (names stay)."""
        changes = [
            change
            for row, section in cells
            if (change := self.changed_value(row, section, None)) is not None
        ]
        if not changes:
            return False
        label = self.tr("Clear %n value(s)", "", len(changes))
        return self.push(SetAttributeValues(changes, label), label)

    def add_case(self, name: str) -> int | None:
        """Create a case; returns its row, or None when it was refused."""
        create = CreateCase(name)
        if not self.push(create, self.tr("Add case '{name}'").format(name=create.name)):
            return None
        assert create.case_id is not None
        return self.row_of(create.case_id)

    def add_attribute(self, name: str, kind: AttributeType) -> int | None:
        """Define an attribute of the shown target; returns its column, or None if refused."""
        define = DefineAttribute(name, kind, self._target)
        label = self.tr("Add attribute '{name}' ({type})").format(
            name=define.name, type=type_name(kind)
        )
        if not self.push(define, label):
            return None
        ids = [column.id for column in self._columns]
        return ids.index(define.attribute_id) + 1 if define.attribute_id in ids else None

    def rename_column(self, section: int, name: str) -> bool:
        """Rename the attribute of a column."""
        column = self.column(section)
        if column is None:
            return False
        label = self.tr("Rename attribute '{old}' to '{new}'").format(
            old=column.name, new=name.strip()
        )
        return self.push(RenameAttribute(column.id, name), label)

    def delete_column(self, section: int) -> bool:
        """Delete the attribute of a column with all its values."""
        column = self.column(section)
        if column is None:
            return False
        label = self.tr("Delete attribute '{name}'").format(name=column.name)
        return self.push(DeleteAttribute(column.id), label)

    def delete_rows(self, rows: list[int]) -> bool:
        """Delete the cases of these rows (documents are never deleted from the sheet)."""
        if self._target is not AttributeTarget.CASE or not rows:
            return False
        names = [row.name for r in sorted(set(rows)) if (row := self.sheet_row(r)) is not None]
        commands: list[Command] = [DeleteCase(self._ids[r]) for r in sorted(set(rows))]
        if len(names) == 1:
            label = self.tr("Delete case '{name}'").format(name=names[0])
        else:
            label = self.tr("Delete %n case(s)", "", len(commands))
        return self.push(Batch(label, commands), label)
