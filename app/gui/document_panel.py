"""The documents panel: documents grouped by kind, filtered by name and by attribute value."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document_filter import AttributeValueFilter
from app.gui.document_model import CODINGS_COLUMN, KIND_ROLE, NAME_COLUMN, DocumentTreeModel
from app.gui.session import ProjectSession
from models.browsing import (
    AttributeScalar,
    DocumentAttributeIndex,
    DocumentEntry,
    document_attribute_index,
    document_entries,
)
from models.commands import DeleteDocument, RenameDocument


class DocumentPanel(QWidget):
    """The project's documents by kind, with their numbers of codings.

    Signals:
        document_chosen(document_id): the user (or :meth:`select_document`) chose a document.
        memo_requested(kind, id): the user asked for the memo of a document (kind "document").
    """

    document_chosen = Signal(int)
    memo_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._chosen: int | None = None
        self._collapsed: set[str] = set()  # kinds whose group the user closed
        self.model = DocumentTreeModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.attribute_filter = AttributeValueFilter(self)
        self.attribute_box = self.attribute_filter.attribute_box
        self.value_box = self.attribute_filter.value_box
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Sized once for seven digits: fitting the contents would read every row on each change.
        header.setSectionResizeMode(CODINGS_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CODINGS_COLUMN, self.fontMetrics().horizontalAdvance("0" * 9))
        filters = QHBoxLayout()
        filters.addWidget(self.attribute_box, 1)
        filters.addWidget(self.value_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.rename_action = self._action(self.tr("&Rename…"), self.ask_rename, "F2")
        self.delete_action = self._action(self.tr("&Delete…"), self.ask_delete, "Del")
        self.memo_action = self._action(self.tr("&Memo…"), self._request_memo)
        self.filter_edit.textChanged.connect(self._apply_filters)
        self.attribute_filter.changed.connect(self._apply_filters)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._restore)
        self.view.expanded.connect(lambda index: self._note_expansion(index, True))
        self.view.collapsed.connect(lambda index: self._note_expansion(index, False))
        self.attribute_filter.set_attributes({})
        self._update_actions()

    def _action(self, text: str, slot: object, keys: str | None = None) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # The session

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the documents of ``session`` (None: nothing) and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self.refresh)
        self._session, self._chosen = session, None
        if session is not None:
            session.changed.connect(self.refresh)
        self.refresh()
        first = self.model.index(0, 0, self.model.index(0, 0))
        if session is not None and first.isValid():
            self.view.setCurrentIndex(first)

    def refresh(self) -> None:
        """Read the documents and attribute values again, keeping selection and expansion."""
        if self._session is None:
            attributes: DocumentAttributeIndex = {}
            self.model.set_entries([])
        else:
            attributes = document_attribute_index(self._session.db)
            self.model.set_entries(document_entries(self._session.db))
        self.attribute_filter.set_attributes(attributes)
        self._update_actions()

    # Selection

    def current_document_id(self) -> int | None:
        """The id of the selected document, None when a group or nothing is selected."""
        return self.model.document_id(self.view.currentIndex())

    def select_document(self, document_id: int) -> bool:
        """Select a document by id, clearing filters that hide it; False when there is none."""
        if self.model.entry(document_id) is None:
            return False
        if not self.model.index_of(document_id).isValid():
            self.filter_edit.clear()
            self.attribute_filter.clear()
        index = self.model.index_of(document_id)
        self.view.expand(index.parent())
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_first_document(self) -> bool:
        """Select the first document listed; False when none is listed."""
        group = self.model.index(0, 0)
        first = self.model.index(0, 0, group) if group.isValid() else QModelIndex()
        document_id = self.model.document_id(first) if first.isValid() else None
        return document_id is not None and self.select_document(document_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = self.model.document_id(current)
        self._update_actions()
        if document_id is not None and document_id != self._chosen:
            self._chosen = document_id
            self.document_chosen.emit(document_id)

    def _restore(self) -> None:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            self.view.setExpanded(group, self.model.data(group, KIND_ROLE) not in self._collapsed)
        index = QModelIndex() if self._chosen is None else self.model.index_of(self._chosen)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().setCurrentIndex(index, flags)

    def _note_expansion(self, index: QModelIndex, expanded: bool) -> None:
        kind = self.model.data(index, KIND_ROLE)
        if self.model.document_id(index) is None and kind is not None:
            (self._collapsed.discard if expanded else self._collapsed.add)(kind)

    # Filters

    def set_attribute_filter(self, name: str | None, value: AttributeScalar | None = None) -> bool:
        """Show only documents with ``name = value`` (None: every document); False when the
        project has no such attribute value."""
        return self.attribute_filter.choose(name, value)

    def _apply_filters(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.attribute_filter.allowed())

    # Actions

    def _update_actions(self) -> None:
        chosen = self.current_document_id() is not None and self._session is not None
        for action in (self.rename_action, self.delete_action, self.memo_action):
            action.setEnabled(chosen)

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if self.model.document_id(index) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions([self.rename_action, self.delete_action])
        menu.addSeparator()
        menu.addAction(self.memo_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def ask_rename(self) -> None:
        """Ask for a new name for the selected document and rename it."""
        entry = self._current_entry()
        if entry is None:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename document"), self.tr("New name:"), text=entry.name
        )
        if accepted and name.strip() and name.strip() != entry.name:
            self.rename_document(entry.id, name)

    def rename_document(self, document_id: int, name: str) -> bool:
        """Rename a document as one undo step; False when refused (the user is told why)."""
        entry = self.model.entry(document_id)
        if self._session is None or entry is None:
            return False
        label = self.tr("Rename document '{old}' to '{new}'")
        return self._session.push(
            RenameDocument(document_id, name), label.format(old=entry.name, new=name.strip())
        )

    def ask_delete(self) -> None:
        """Delete the selected document after the user confirms."""
        entry = self._current_entry()
        if entry is None:
            return
        question = self.tr(
            "Delete the document '{document}' with its %n coding(s)? Undo brings it back.",
            "",
            entry.codings,
        ).format(document=entry.name)
        answer = QMessageBox.question(self, self.tr("Delete document"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_document(entry.id)

    def delete_document(self, document_id: int) -> bool:
        """Delete a document with its codings as one undo step."""
        entry = self.model.entry(document_id)
        if self._session is None or entry is None:
            return False
        label = self.tr("Delete document '{document}'").format(document=entry.name)
        return self._session.push(DeleteDocument(document_id), label)

    def _request_memo(self) -> None:
        document_id = self.current_document_id()
        if document_id is not None:
            self.memo_requested.emit("document", document_id)

    def _current_entry(self) -> DocumentEntry | None:
        document_id = self.current_document_id()
        return None if document_id is None else self.model.entry(document_id)
