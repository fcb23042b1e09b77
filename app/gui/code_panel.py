"""The code tree panel: filter, reorder and nest by dragging, code passages dropped on a code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.gui.code_model import CodeTreeModel
from app.gui.code_tree import (
    CODE_ID_ROLE,
    DOCUMENTS_COLUMN,
    NAME_COLUMN,
    PATH_ROLE,
    REFERENCES_COLUMN,
)
from app.gui.session import ProjectSession
from models.browsing import code_extent
from models.commands import Command, CreateCode, DeleteCode, MergeCodes, UpdateCode


class CodeFilterProxy(QSortFilterProxyModel):
    """Shows the codes whose path contains the filter text (any case), and the codes above
    them; the codes below a matching code match too, since their paths contain its name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""

    def set_text(self, text: str) -> None:
        """Filter by ``text``; an empty text shows every code."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._text = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether the code's path (slashes inside names unescaped) contains the text."""
        if not self._text:
            return True
        source = self.sourceModel()
        path = str(source.index(source_row, NAME_COLUMN, source_parent).data(PATH_ROLE))
        return self._text in path.replace("\\/", "/").casefold()


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
        self.new_code_action = self._action(self.tr("&New code…"), self.ask_new_code, "Ins")
        self.new_subcode_action = self._action(
            self.tr("New &sub-code…"), self.ask_new_subcode, "Shift+Ins"
        )
        self.rename_action = self._action(self.tr("&Rename…"), self.ask_rename, "F2")
        self.color_action = self._action(self.tr("&Colour…"), self.ask_color)
        self.description_action = self._action(self.tr("Edit &description…"), self.ask_description)
        self.merge_action = self._action(self.tr("&Merge into…"), self.ask_merge)
        self.delete_action = self._action(self.tr("&Delete…"), self.ask_delete, "Del")
        self.memo_action = self._action(self.tr("M&emo…"), self._request_memo)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._choose_first_match)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.expanded.connect(lambda index: self._note_expansion(index, True))
        self.view.collapsed.connect(lambda index: self._note_expansion(index, False))
        self.proxy.modelReset.connect(self._restore_view)
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

    # Changing codes

    def _push(self, command: Command, label: str) -> bool:
        return self._session is not None and self._session.push(command, label)

    def create_code(self, name: str, parent_id: int | None = None) -> int | None:
        """Create a code (under ``parent_id``) as one undo step and choose it; its id, or None
        when refused."""
        create = CreateCode(name, parent_id)
        if not self._push(create, self.tr("New code '{code}'").format(code=name.strip())):
            return None
        if create.code_id is not None:
            self.select_code(create.code_id)
        return create.code_id

    def rename_code(self, code_id: int, name: str) -> bool:
        """Rename a code as one undo step."""
        label = self.tr("Rename code '{old}' to '{new}'")
        return self._push(
            UpdateCode(code_id, name=name), label.format(old=self._name(code_id), new=name.strip())
        )

    def set_code_color(self, code_id: int, color: str) -> bool:
        """Give a code another colour (``#rrggbb``) as one undo step."""
        label = self.tr("Colour of code '{code}'").format(code=self._name(code_id))
        return self._push(UpdateCode(code_id, color=color), label)

    def set_code_description(self, code_id: int, description: str) -> bool:
        """Replace a code's description as one undo step."""
        label = self.tr("Description of code '{code}'").format(code=self._name(code_id))
        return self._push(UpdateCode(code_id, description=description), label)

    def delete_code(self, code_id: int) -> bool:
        """Delete a code with its sub-codes and codings as one undo step."""
        label = self.tr("Delete code '{code}'").format(code=self._name(code_id))
        return self._push(DeleteCode(code_id), label)

    def merge_codes(self, source_id: int, target_id: int) -> bool:
        """Merge one code into another as one undo step."""
        label = self.tr("Merge code '{source}' into '{target}'").format(
            source=self._name(source_id), target=self.model.path(target_id)
        )
        return self._push(MergeCodes(source_id, target_id), label)

    def _name(self, code_id: int) -> str:
        node = self.model.node(code_id)
        return "" if node is None else node.name

    # Asking the user

    def ask_new_code(self) -> None:
        """Ask for a name and create a code beside the chosen one (top level when none)."""
        current = self.current_code_id()
        node = None if current is None else self.model.node(current)
        self._ask_new(None if node is None else node.parent_id)

    def ask_new_subcode(self) -> None:
        """Ask for a name and create a code under the chosen one."""
        current = self.current_code_id()
        if current is not None:
            self._ask_new(current)

    def _ask_new(self, parent_id: int | None) -> None:
        where = (
            self.tr("Name of the new code:")
            if parent_id is None
            else self.tr("Name of the new code under '{code}':").format(code=self._name(parent_id))
        )
        name, accepted = QInputDialog.getText(self, self.tr("New code"), where)
        if accepted and name.strip():
            self.create_code(name, parent_id)

    def ask_rename(self) -> None:
        """Ask for a new name for the chosen code."""
        code_id = self.current_code_id()
        if code_id is None:
            return
        old = self._name(code_id)
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename code"), self.tr("New name:"), text=old
        )
        if accepted and name.strip() and name.strip() != old:
            self.rename_code(code_id, name)

    def ask_color(self) -> None:
        """Ask for another colour for the chosen code."""
        code_id = self.current_code_id()
        details = None if code_id is None else self.model.details(code_id)
        if code_id is None or details is None:
            return
        title = self.tr("Colour of '{code}'").format(code=self._name(code_id))
        color = QColorDialog.getColor(QColor(details.color), self, title)
        if color.isValid() and color.name() != details.color:
            self.set_code_color(code_id, color.name())

    def ask_description(self) -> None:
        """Let the user edit the chosen code's description."""
        code_id = self.current_code_id()
        details = None if code_id is None else self.model.details(code_id)
        if code_id is None or details is None:
            return
        text, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Description"),
            self.tr("Definition, when to use it and when not, an example:"),
            details.description,
        )
        if accepted and text != details.description:
            self.set_code_description(code_id, text)

    def ask_delete(self) -> None:
        """Delete the chosen code after the user confirms, told what goes with it."""
        code_id = self.current_code_id()
        if code_id is None or self._session is None:
            return
        extent = code_extent(self._session.db, code_id)
        question = self.tr(
            "Delete the code '{code}' with {subcodes} and {codings}? Undo brings them back."
        ).format(
            code=self._name(code_id),
            subcodes=self.tr("%n sub-code(s)", "", extent.subcodes),
            codings=self.tr("%n coding(s)", "", extent.codings),
        )
        answer = QMessageBox.question(self, self.tr("Delete code"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_code(code_id)

    def ask_merge(self) -> None:
        """Ask which code the chosen code goes into, then merge."""
        code_id = self.current_code_id()
        if code_id is None:
            return
        excluded = {code_id, *self.model.descendants(code_id)}
        targets = {self.model.path(c): c for c in self.model.code_ids() if c not in excluded}
        if not targets:
            return
        prompt = self.tr("Merge '{code}' and its codings into:").format(code=self._name(code_id))
        path, accepted = QInputDialog.getItem(
            self, self.tr("Merge code"), prompt, list(targets), 0, False
        )
        if accepted and path in targets:
            self.merge_codes(code_id, targets[path])

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
