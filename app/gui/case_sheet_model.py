"""The classification sheet's table model: what :class:`CaseSheetTable` reads, made
editable; every edit goes through the session as a command.

Editing column 0 renames the case (or document). The other columns take typed values:
``Qt.EditRole`` takes ``str``, ``float``, ``QDate`` or ``bool``, and an empty value removes the
value. Pasting and copying tab-separated text (what Excel puts on the clipboard) is in
:mod:`app.gui.sheet_clipboard`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.gui.attribute_delegate import display_text, type_name, typed_value
from app.gui.case_sheet_table import AnyIndex, CaseSheetTable
from models.case_sheet import SheetValue
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


class CaseSheetModel(CaseSheetTable):
    """Cases × attributes (or documents × document attributes) of the session's project,
    edited in place: each change is one undo step."""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Every cell can be selected and edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

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
