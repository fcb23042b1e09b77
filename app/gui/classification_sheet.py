"""The classification sheet: cases × attributes (or documents × document attributes), edited
in place with typed editors, pasted into from Excel and copied out as tab-separated text.

A paste is converted column by column the way a spreadsheet import is
(:func:`importers.attribute_types.convert`: ``12,5``, ``1.234,5``, ``03-02-2025``, ja/nej) and
applied as one undo step; one bad value refuses the whole paste and names the cell. Rows pasted
below the last case, with names in the first column, become new cases (or update the case of
that name).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui.attribute_delegate import (
    AttributeDelegate,
    number_text,
    type_name,
    yes_no_text,
)
from app.gui.case_sheet_model import NAME_COLUMN, CaseSheetModel
from app.gui.session import ProjectSession
from importers.attribute_types import convert, decimal_comma_of
from models.case_sheet import SheetValue, attribute_value_count, case_usage
from models.cases import AttributeTarget, AttributeType
from models.commands import Batch, Command
from models.commands.edits import AddCasesWithValues, SetAttributeValues

Cell = tuple[int, int]


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text as Excel copies it (quoted cells may hold tabs,
    line breaks and doubled quotes); the final line break is not an empty row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row or [""] for row in csv.reader(io.StringIO(text), delimiter="\t")]


def copy_value(value: SheetValue | None) -> str:
    """A value as copied out: numbers in the locale without grouping, dates day first
    (``03-02-2025``) when the locale writes them so, else ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no_text(value)
    if isinstance(value, float):
        return number_text(value, grouped=False)
    if isinstance(value, date):
        day_first = QLocale().dateFormat(QLocale.FormatType.ShortFormat).startswith("d")
        return value.strftime("%d-%m-%Y") if day_first else value.isoformat()
    return value


def tsv_text(rows: list[list[str]]) -> str:
    """Tab-separated text of ``rows``, quoting cells with tabs, line breaks or quotes."""

    def quoted(cell: str) -> str:
        if any(c in cell for c in '\t\n"'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "".join("\t".join(quoted(cell) for cell in row) + "\n" for row in rows)


def copy_cells(model: CaseSheetModel, cells: list[Cell]) -> str:
    """The cells' rectangle as tab-separated text; cells inside it not chosen stay empty."""
    if not cells:
        return ""
    rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
    sections = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
    chosen = set(cells)
    return tsv_text(
        [
            [
                copy_value(model.value(row, section)) if (row, section) in chosen else ""
                for section in sections
            ]
            for row in rows
        ]
    )


class PasteError(ValueError):
    """A paste that cannot be applied; nothing was changed."""


def plan_paste(model: CaseSheetModel, cells: dict[Cell, str]) -> list[Command]:
    """The commands that put the texts into these (row, column) cells, converted by column.

    Raises PasteError naming the cell for a value that does not fit its column, a cell
    outside the sheet, or a new row without a name.
    """
    tr = model.tr
    columns: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, section), text in cells.items():
        if section >= model.columnCount():
            raise PasteError(tr("The pasted cells reach past the last column."))
        columns[section].append((row, text))
    typed: dict[Cell, SheetValue | None] = {}
    for section, texts in columns.items():
        column = model.column(section)
        kind = AttributeType.TEXT if column is None else column.type
        comma = decimal_comma_of([text for _, text in texts])
        if comma is None:
            comma = QLocale().decimalPoint() == ","
        for row, text in texts:
            try:
                typed[row, section] = convert(text, kind, comma) if text.strip() else None
            except ValueError as error:
                where = tr("name") if column is None else column.name
                raise PasteError(
                    tr("Row {row}, {column}: {error}").format(
                        row=row + 1, column=where, error=error
                    )
                ) from None
    commands: list[Command] = []
    changes: list[tuple[int, int, SheetValue | None]] = []
    new_rows: dict[int, dict[int, SheetValue | None]] = defaultdict(dict)
    for (row, section), value in sorted(typed.items()):
        if row >= model.rowCount():
            new_rows[row][section] = value
        elif section != NAME_COLUMN:
            if (change := model.changed_value(row, section, value)) is not None:
                changes.append(change)
        elif value is None:
            raise PasteError(tr("Row {row}: a name cannot be empty").format(row=row + 1))
        elif (command := model.cell_command(row, section, value)) is not None:
            commands.append(command)
    if new_rows and model.target is not AttributeTarget.CASE:
        raise PasteError(tr("The pasted cells reach past the last document."))
    new_cases: list[tuple[str, list[tuple[int, SheetValue | None]]]] = []
    for row, values in sorted(new_rows.items()):
        name = values.pop(NAME_COLUMN, None)
        if not isinstance(name, str):
            raise PasteError(
                tr("Row {row}: a new case needs a name in the first column").format(row=row + 1)
            )
        existing = model.row_named(name)
        if existing is not None:  # a case the sheet already has: its values are updated
            changes.extend(
                change
                for section, value in values.items()
                if (change := model.changed_value(existing, section, value)) is not None
            )
        else:
            pairs = [(c.id, v) for s, v in values.items() if (c := model.column(s)) is not None]
            new_cases.append((name, pairs))
    if changes:
        commands.append(SetAttributeValues(changes))
    if new_cases:
        commands.append(AddCasesWithValues(new_cases))
    return commands


class SheetView(QTableView):
    """A table that keeps copy, paste, delete and insert for itself while it has the focus."""

    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    insert_requested = Signal()

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


class AttributeDialog(QDialog):
    """Asks for a new attribute's name and value type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add attribute"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Rolle, Afdeling, Runde"))
        self.type_box = QComboBox()
        for kind in AttributeType:
            self.type_box.addItem(type_name(kind), kind.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Type:"), self.type_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def kind(self) -> AttributeType:
        """The chosen type."""
        return AttributeType(self.type_box.currentData())


class ClassificationSheet(QWidget):
    """Cases and their attributes as an editable sheet, with the actions that go with it.

    Keys while the sheet has the focus: F2 or typing edits, Delete clears the selected cells,
    Ctrl+C copies them, Ctrl+V pastes, Insert adds a case.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseSheetModel(self)
        self.view = SheetView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AttributeDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.copy_requested.connect(self.copy_selection)
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.clear_requested.connect(self.clear_selection)
        self.view.insert_requested.connect(self.ask_add_case)
        header = self.view.horizontalHeader()
        header.sectionDoubleClicked.connect(self.ask_rename_column)
        self.toolbar = QToolBar()
        self.add_case_action = self._action(self.tr("Add case…"), self.ask_add_case)
        self.add_attribute_action = self._action(self.tr("Add attribute…"), self.ask_add_attribute)
        self.rename_action = self._action(self.tr("Rename…"), self.ask_rename)
        self.delete_action = self._action(self.tr("Delete…"), self.ask_delete)
        self.toolbar.addSeparator()
        self.link_action = self._action(self.tr("Link speakers…"), self.link_speakers)
        self.import_action = self._action(self.tr("Import attributes…"), self.import_attributes)
        self.journals_action = self._action(self.tr("Import journals…"), self.import_journals)
        self.toolbar.addSeparator()
        self.documents_action = self._action(self.tr("Document attributes"), self._toggle_target)
        self.documents_action.setCheckable(True)
        self.documents_action.setToolTip(
            self.tr("Show documents and their attributes instead of cases")
        )
        self.copy_action = self._key_action(self.tr("Copy"), QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self.copy_selection)
        self.paste_action = self._key_action(self.tr("Paste"), QKeySequence.StandardKey.Paste)
        self.paste_action.triggered.connect(self.paste_clipboard)
        self.clear_action = self._key_action(self.tr("Clear"), QKeySequence(Qt.Key.Key_Delete))
        self.clear_action.triggered.connect(self.clear_selection)
        separator = QAction(self)
        separator.setSeparator(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(
            [
                self.copy_action,
                self.paste_action,
                self.clear_action,
                separator,
                self.add_case_action,
                self.add_attribute_action,
                self.rename_action,
                self.delete_action,
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        self._kept: tuple[AttributeTarget, int, int | None] | None = None
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._restore_current)
        self.set_session(None)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(slot)
        return action

    def _key_action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        """An action of the view's menu; its keys are handled by the view itself."""
        action = QAction(text, self.view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
        return action

    @property
    def session(self) -> ProjectSession | None:
        """The session shown."""
        return self.model.session

    def set_session(self, session: ProjectSession | None) -> None:
        """Show ``session``'s project, or nothing."""
        self.model.set_session(session)
        for action in [*self.toolbar.actions(), *self.view.actions()]:
            action.setEnabled(session is not None)
        self._update_actions()

    def _keep_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            column = self.model.column(current.column())
            attribute_id = None if column is None else column.id
            self._kept = self.model.target, self.model.row_id(current.row()), attribute_id
        else:
            self._kept = None

    def _restore_current(self) -> None:
        """After rows or columns came or went, the same case and attribute stay current."""
        if self._kept is None or self._kept[0] is not self.model.target:
            return
        _, owner_id, attribute_id = self._kept
        row = self.model.row_of(owner_id)
        ids = [None] + [column.id for column in self.model.columns()]
        if row is not None and attribute_id in ids:
            self.view.setCurrentIndex(self.model.index(row, ids.index(attribute_id)))

    def _toggle_target(self) -> None:
        documents = self.documents_action.isChecked()
        self.model.set_target(AttributeTarget.DOCUMENT if documents else AttributeTarget.CASE)
        self._update_actions()

    def _update_actions(self) -> None:
        cases = self.model.target is AttributeTarget.CASE and self.session is not None
        self.add_case_action.setEnabled(cases)

    def selected_cells(self) -> list[Cell]:
        """The selected (row, column) cells in reading order."""
        indexes = self.view.selectionModel().selectedIndexes()
        return sorted((index.row(), index.column()) for index in indexes)

    def copy_selection(self) -> str:
        """Put the selected cells on the clipboard as tab-separated text, and return it."""
        text = copy_cells(self.model, self.selected_cells())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self) -> bool:
        """Paste the clipboard's text at the current cell (see :meth:`paste_text`)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Paste tab-separated text with its top left at the current cell, in one undo step.

        One value pasted onto several selected cells fills them all. A value that does not
        fit its column refuses the whole paste with a message naming the cell.
        """
        rows = parse_tsv(text)
        current = self.view.currentIndex()
        if not rows or self.session is None:
            return False
        selected = self.selected_cells()
        if len(rows) == 1 and len(rows[0]) == 1 and len(selected) > 1:
            cells = dict.fromkeys(selected, rows[0][0])
        else:
            top = current.row() if current.isValid() else self.model.rowCount()
            left = current.column() if current.isValid() else NAME_COLUMN
            cells = {
                (top + r, left + c): value
                for r, row in enumerate(rows)
                for c, value in enumerate(row)
            }
        try:
            commands = plan_paste(self.model, cells)
        except PasteError as error:
            QMessageBox.warning(self, self.tr("Cannot paste"), str(error))
            return False
        if not commands:
            return True
        label = self.tr("Paste %n cell(s)", "", len(cells))
        return self.model.push(Batch(label, commands), label)

    def clear_selection(self) -> bool:
        """Remove the values of the selected cells in one undo step."""
        return self.model.clear_cells(self.selected_cells())

    def ask_add_case(self) -> None:
        """Ask for a name and add a case; the new case's name cell becomes current."""
        if self.model.target is not AttributeTarget.CASE or self.session is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add case"), self.tr("Name:"))
        if ok and name.strip():
            row = self.model.add_case(name)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, NAME_COLUMN))

    def ask_add_attribute(self) -> None:
        """Ask for a name and type and add the attribute as a new column."""
        if self.session is None:
            return
        dialog = AttributeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name_edit.text().strip():
            section = self.model.add_attribute(dialog.name_edit.text(), dialog.kind())
            if section is not None:
                self.view.scrollTo(self.model.index(0, section))

    def ask_rename(self) -> None:
        """Rename the current column's attribute, or the current row's case."""
        current = self.view.currentIndex()
        if current.isValid() and current.column() != NAME_COLUMN:
            self.ask_rename_column(current.column())
        elif current.isValid():
            self.view.edit(current)

    def ask_rename_column(self, section: int) -> None:
        """Ask for an attribute's new name."""
        column = self.model.column(section)
        if column is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename attribute"), self.tr("Name:"), text=column.name
        )
        if ok and name.strip() and name.strip() != column.name:
            self.model.rename_column(section, name)

    def ask_delete(self) -> None:
        """Delete the selected cases, or the current column's attribute, after asking."""
        current = self.view.currentIndex()
        if not current.isValid() or self.session is None:
            return
        db = self.session.db
        column = self.model.column(current.column())
        if column is not None:
            values = attribute_value_count(db, column.id)
            question = self.tr("Delete the attribute '{name}' and its %n value(s)?", "", values)
            if self._confirm(question.format(name=column.name)):
                self.model.delete_column(current.column())
            return
        if self.model.target is not AttributeTarget.CASE:
            return
        rows = sorted({row for row, _ in self.selected_cells()} or {current.row()})
        usages = [case_usage(db, self.model.row_id(row)) for row in rows]
        question = self.tr(
            "Delete %n case(s)? {values} attribute value(s) and {memos} memo(s) go with them;"
            " {documents} document(s) and {turns} speaker turn(s) are unlinked.",
            "",
            len(rows),
        ).format(
            values=sum(u.values for u in usages),
            memos=sum(u.memos for u in usages),
            documents=sum(u.documents for u in usages),
            turns=sum(u.turns for u in usages),
        )
        if self._confirm(question):
            self.model.delete_rows(rows)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete"), question + "\n" + self.tr("You can undo this.")
        )
        return answer == QMessageBox.StandardButton.Yes

    def link_speakers(self) -> None:
        """Open the dialog that links speakers to cases."""
        from app.gui.speaker_links import SpeakerLinkDialog

        if self.session is not None:
            self._open(SpeakerLinkDialog(self.session, self))

    def import_attributes(self) -> None:
        """Open the dialog that imports case attributes from a spreadsheet."""
        from app.gui.attribute_import_dialog import AttributeImportDialog

        if self.session is not None:
            dialog = AttributeImportDialog(self.session, self)
            self._open(dialog)
            dialog.choose_file()

    def import_journals(self) -> None:
        """Open the dialog that imports case journals."""
        from app.gui.journal_import_dialog import JournalImportDialog

        if self.session is not None:
            dialog = JournalImportDialog(self.session, self)
            self._open(dialog)
            dialog.choose_file()

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
