"""The code tree panel: filter, reorder and nest by dragging, code passages dropped on a code.

The changes offered in its menu are made by :class:`app.gui.code_edits.CodeEdits`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.gui.code_edits import CodeEdits
from app.gui.code_filter import CodeFilterProxy
from app.gui.code_model import CodeTreeModel
from app.gui.code_tree import (
    CODE_ID_ROLE,
    DOCUMENTS_COLUMN,
    NAME_COLUMN,
    PATH_ROLE,
    REFERENCES_COLUMN,
)
from app.gui.session import ProjectSession


class CodePanel(QWidget):
    """The project's codes as a tree, with every change to them as an undo step.

    Choosing a code emits the session's ``code_activated``. ``memo_requested(kind, id)``
    asks for the memo of a code (kind "code").
    """

    memo_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._current_id: int | None = None
        self._expanded: set[int] = set()  # kept by id across resets; ignored while filtering
        self._restoring = False
        self.model = CodeTreeModel(self)
        self.edits = CodeEdits(self)
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter codes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (REFERENCES_COLUMN, DOCUMENTS_COLUMN):
            # Sized once for seven digits: fitting the contents would read every row's counts.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("0" * 9))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.new_code_action = self._action(self.tr("&New code…"), self.edits.ask_new_code, "Ins")
        self.new_subcode_action = self._action(
            self.tr("New &sub-code…"), self.edits.ask_new_subcode, "Shift+Ins"
        )
        self.rename_action = self._action(self.tr("&Rename…"), self.edits.ask_rename, "F2")
        self.color_action = self._action(self.tr("&Colour…"), self.edits.ask_color)
        self.description_action = self._action(
            self.tr("Edit &description…"), self.edits.ask_description
        )
        self.merge_action = self._action(self.tr("&Merge into…"), self.edits.ask_merge)
        self.delete_action = self._action(self.tr("&Delete…"), self.edits.ask_delete, "Del")
        self.memo_action = self._action(self.tr("M&emo…"), self._request_memo)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._choose_first_match)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.expanded.connect(lambda index: self._note_expansion(index, True))
        self.view.collapsed.connect(lambda index: self._note_expansion(index, False))
        self.proxy.modelReset.connect(self._restore_view)
        self.model.message.connect(self.tell)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], object], keys: str | None = None) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # The session

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the codes of ``session`` (None: none) and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self.refresh)
        self._session, self._current_id, self._expanded = session, None, set()
        if session is not None:
            session.changed.connect(self.refresh)
        self.model.set_session(session)
        self._update_actions()

    @property
    def session(self) -> ProjectSession | None:
        """The session whose codes are shown."""
        return self._session

    def refresh(self) -> None:
        """Read the codes again, keeping the chosen code and the open branches."""
        self.model.refresh()
        self._update_actions()

    # Choosing codes

    def current_code_id(self) -> int | None:
        """The id of the code chosen in the tree."""
        code_id = self.view.currentIndex().data(CODE_ID_ROLE)
        return None if code_id is None else int(code_id)

    def select_code(self, code_id: int) -> bool:
        """Choose a code by id, clearing a filter that hides it; False when there is none."""
        if self.model.node(code_id) is None:
            return False
        if not self._view_index(code_id).isValid():
            self.filter_edit.clear()
        parent = self.model.node(code_id)
        while parent is not None and parent.parent_id is not None:
            self.view.expand(self._view_index(parent.parent_id))
            parent = self.model.node(parent.parent_id)
        index = self._view_index(code_id)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _view_index(self, code_id: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(code_id))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        code_id = current.data(CODE_ID_ROLE)
        if code_id is None or code_id == self._current_id:
            return  # a reset passes through "nothing chosen"; the choice is restored after
        self._current_id = int(code_id)
        if self._session is not None and not self._restoring:
            self._session.code_activated.emit(self._current_id)

    def _note_expansion(self, index: QModelIndex, expanded: bool) -> None:
        code_id = index.data(CODE_ID_ROLE)
        if code_id is None or self._restoring or self.proxy_filtering():
            return
        (self._expanded.add if expanded else self._expanded.discard)(int(code_id))

    def proxy_filtering(self) -> bool:
        """Whether the filter line hides codes."""
        return bool(self.filter_edit.text().strip())

    def _restore_view(self) -> None:
        self._restoring = True
        try:
            if self.proxy_filtering():
                self.view.expandAll()
            else:
                for code_id in self._expanded:
                    index = self._view_index(code_id)
                    if index.isValid():
                        self.view.expand(index)
            current = None if self._current_id is None else self._view_index(self._current_id)
            if current is not None and current.isValid():
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                self.view.selectionModel().setCurrentIndex(current, flags)
        finally:
            self._restoring = False
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._restoring = True
        try:
            if text.strip():
                self.view.expandAll()
            else:
                self.view.collapseAll()
                for code_id in self._expanded:
                    self.view.expand(self._view_index(code_id))
        finally:
            self._restoring = False
        if self._current_id is not None and self._view_index(self._current_id).isValid():
            self.view.scrollTo(self._view_index(self._current_id))

    def _choose_first_match(self) -> None:
        first = self.proxy.index(0, 0)
        while first.isValid() and self.filter_edit.text().strip():
            path = str(first.data(PATH_ROLE)).replace("\\/", "/").casefold()
            if self.filter_edit.text().strip().casefold() in path:
                break
            first = self.proxy.index(0, 0, first)
        if first.isValid():
            self.select_code(int(first.data(CODE_ID_ROLE)))
            self.view.setFocus()

    def tell(self, text: str) -> None:
        """Give short feedback at the mouse pointer and in the window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
        QToolTip.showText(QCursor.pos(), text, self.view)

    def _request_memo(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            self.memo_requested.emit("code", code_id)

    def _update_actions(self) -> None:
        open_project = self._session is not None
        chosen = open_project and self.current_code_id() is not None
        self.new_code_action.setEnabled(open_project)
        for action in (
            self.new_subcode_action,
            self.rename_action,
            self.color_action,
            self.description_action,
            self.merge_action,
            self.delete_action,
            self.memo_action,
        ):
            action.setEnabled(chosen)

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self.view.setCurrentIndex(QModelIndex())
        menu = QMenu(self)
        menu.addActions([self.new_code_action, self.new_subcode_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.color_action, self.description_action])
        menu.addSeparator()
        menu.addActions([self.merge_action, self.delete_action])
        menu.addSeparator()
        menu.addAction(self.memo_action)
        menu.exec(self.view.viewport().mapToGlobal(position))
