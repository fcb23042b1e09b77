"""The classification sheet: cases × attributes (or documents × document attributes), edited
in place with typed editors, pasted into from Excel and copied out as tab-separated text
(how a paste is read and checked is in :mod:`app.gui.sheet_clipboard`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui.attribute_delegate import AttributeDelegate
from app.gui.attribute_dialog import AttributeDialog
from app.gui.case_sheet_model import NAME_COLUMN, CaseSheetModel
from app.gui.session import ProjectSession
from app.gui.sheet_clipboard import (
    Cell,
    PasteError,
    copy_cells,
    parse_tsv,
    paste_cells,
    plan_paste,
)
from app.gui.sheet_view import SheetView
from models.case_sheet import attribute_value_count, case_usage
from models.cases import AttributeTarget
from models.commands import Batch


class ClassificationSheet(QWidget):
    """Cases and their attributes as an editable sheet, with the actions that go with it.

    Keys while the sheet has the focus: F2 or typing edits, Delete clears the selected cells,
    Ctrl+C copies them, Ctrl+V pastes, Insert adds a case.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseSheetModel(self)
        self.view = SheetView(self.model)
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
        top = current.row() if current.isValid() else self.model.rowCount()
        left = current.column() if current.isValid() else NAME_COLUMN
        cells = paste_cells(rows, self.selected_cells(), top, left)
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
