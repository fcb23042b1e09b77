"""Every memo of the project in one list: what it is on, its title, when it last changed.

A search field keeps the memos whose title, text or target contains what is typed.
Double-clicking a memo (or Enter) emits ``memo_opened`` with its id; the window opens it in a
:class:`app.gui.memo_editor.MemoEditor`. Delete removes the selected memos in one undo step.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.row_list_model import RowListModel
from app.gui.session import ProjectSession
from models.commands import AddMemo, DeleteRows
from models.memo_reading import MemoRow, memo_rows

TITLE, TARGET, CHANGED, CODER = range(4)
MEMO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def local_time_text(moment: datetime) -> str:
    """A UTC moment in the user's time zone and locale (short format)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class MemoListModel(RowListModel[MemoRow]):
    """The memos found by the last search, newest change first."""

    COLUMNS = 4

    def memo(self, row: int) -> MemoRow:
        """The memo shown in ``row``."""
        return self.item(row)

    def target_text(self, memo: MemoRow) -> str:
        """What the memo is written on, e.g. ``Case: Borger 3``."""
        texts = {
            None: self.tr("Project"),
            "document_id": self.tr("Document: {name}"),
            "code_id": self.tr("Code: {name}"),
            "case_id": self.tr("Case: {name}"),
            "coding_id": self.tr("Coding: {name} in {document}"),
        }
        return texts[memo.target].format(name=memo.target_name, document=memo.document_name)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title (else the first line, in italics), target, QLocale-formatted time, coder."""
        if not index.isValid():
            return None
        memo = self._rows[index.row()]
        column = index.column()
        if role == MEMO_ID_ROLE:
            return memo.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return memo.title or " ".join(memo.text.split())[:80]
            if column == TARGET:
                return self.target_text(memo)
            if column == CHANGED:
                return local_time_text(memo.updated_at)
            return memo.coder or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return memo.text[:500] or None
        if role == Qt.ItemDataRole.FontRole and column == TITLE and not memo.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Memo"), self.tr("On"), self.tr("Last changed"), self.tr("By"))
        return titles[section] if 0 <= section < len(titles) else None


class MemoList(QWidget):
    """The memo panel: search, list, new project memo, delete."""

    memo_opened = Signal(int)
    """The id of the memo the user opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search memos"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._open_current)
        self.new_button = QPushButton(self.tr("New memo"))
        self.new_button.clicked.connect(self.new_project_memo)
        self.model = MemoListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.view.activated.connect(lambda index: self._open(index.row()))
        self.view.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.set_session(None)

    def set_session(self, session: ProjectSession | None) -> None:
        """List the memos of ``session``'s project (None: nothing)."""
        if self._session is not None:
            self._session.changed.disconnect(self.refresh)
        self._session = session
        if session is not None:
            session.changed.connect(self.refresh)
        self.setEnabled(session is not None)
        self.refresh()

    def refresh(self) -> None:
        """Read the memos again with the current search; the selected memo stays selected."""
        current = self.current_memo_id()
        rows = [] if self._session is None else memo_rows(self._session.db, self.search.text())
        self.model.load(rows)
        for row, memo in enumerate(rows):
            if memo.id == current:
                self.view.selectRow(row)

    def current_memo_id(self) -> int | None:
        """The id of the selected memo."""
        index = self.view.currentIndex()
        return None if not index.isValid() else int(index.data(MEMO_ID_ROLE))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.memo_opened.emit(self.model.memo(row).id)

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        self._open(index.row() if index.isValid() else 0)

    def new_project_memo(self) -> int | None:
        """Add an empty project memo (one undo step) and open it."""
        if self._session is None:
            return None
        add = AddMemo("", self.tr("New memo"), coder_id=self._session.coder_id)
        if not self._session.push(add, self.tr("Write project memo")):
            return None
        assert add.memo_id is not None
        self.memo_opened.emit(add.memo_id)
        return add.memo_id

    def delete_selected(self, confirm: bool = True) -> bool:
        """Delete the selected memos in one undo step (after asking, unless ``confirm`` is
        False)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if self._session is None or not rows:
            return False
        if confirm:
            question = self.tr("Delete %n memo(s)? You can undo this.", "", len(rows))
            answer = QMessageBox.question(self, self.tr("Delete memos"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ids = [self.model.memo(row).id for row in rows]
        label = self.tr("Delete %n memo(s)", "", len(ids))
        return self._session.push(DeleteRows("memo", ids), label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Delete in the list deletes the selected memos."""
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)
