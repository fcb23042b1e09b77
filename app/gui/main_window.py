"""The main window: the documents on the left, the selected text with its codings in the middle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from app.gui.positions import Utf16Positions
from models.codes import Code, Coding
from models.commands import CommandError, UndoStack
from models.database import ProjectDatabase, ProjectError, open_project
from models.documents import Document
from models.summary import project_summary

HIGHLIGHT_ALPHA = 70  # of 255: light enough to read black text through several layers
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CodedSpan:
    """A coding to highlight: code points ``[start, end)`` in the colour of its code."""

    start: int
    end: int
    color: str


def document_rows(db: ProjectDatabase) -> list[tuple[int, str, int]]:
    """Every document as ``(id, name, number of codings)``, ordered by name."""
    query = (select(Document.id, Document.name, func.count(Coding.id))
             .outerjoin(Coding, Coding.document_id == Document.id)
             .group_by(Document.id, Document.name).order_by(Document.name))
    with db.read() as connection:
        return [(row[0], row[1], row[2]) for row in connection.execute(query)]


def coded_spans(db: ProjectDatabase, document_id: int) -> list[CodedSpan]:
    """The codings of one document with their codes' colours, in text order."""
    query = (select(Coding.start, Coding.end, Code.color).join(Code, Code.id == Coding.code_id)
             .where(Coding.document_id == document_id).order_by(Coding.start, Coding.end))
    with db.read() as connection:
        return [CodedSpan(row[0], row[1], row[2]) for row in connection.execute(query)]


class MainWindow(QMainWindow):
    """Tekstur's window on one project, or a start page when no project is open.

    ``demo_path`` returns the path of a ready demo project; without it, the
    "Open demo project" button and menu entry are hidden.
    """

    def __init__(self, db: ProjectDatabase | None = None, *,
                 demo_path: Callable[[], Path] | None = None) -> None:
        super().__init__()
        self._db: ProjectDatabase | None = None
        self._undo_stack: UndoStack | None = None
        self._demo_path = demo_path
        self._positions: tuple[int, Utf16Positions] | None = None  # shown document, its text
        self.resize(1280, 800)
        self._build_actions()
        self.text_view = QPlainTextEdit(readOnly=True, undoRedoEnabled=False)
        self.text_view.document().setDocumentMargin(16)
        self.text_view.setFont(self._scaled_font(self.text_view, 1.15))
        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self.text_view)
        self.setCentralWidget(self._pages)
        self.document_list = QTreeWidget()
        self.document_list.setRootIsDecorated(False)
        self.document_list.setUniformRowHeights(True)
        self.document_list.setHeaderLabels([self.tr("Document"), self.tr("Codings")])
        self.document_list.header().setStretchLastSection(False)
        self.document_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.document_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.document_list.currentItemChanged.connect(self._current_item_changed)
        self._dock = QDockWidget(self.tr("Documents"), self)
        self._dock.setObjectName("documentsDock")
        self._dock.setWidget(self.document_list)
        self._dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self._dock)
        self.resizeDocks([self._dock], [320], Qt.Orientation.Horizontal)
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        if db is None:
            self._show_start_page()
        else:
            self.set_project(db)

    # -- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open…"), self, shortcut=QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.choose_project)
        self.demo_action = QAction(self.tr("Open &demo project"), self)
        self.demo_action.triggered.connect(self.open_demo)
        self.demo_action.setVisible(self._demo_path is not None)
        self.quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self.tr("&Undo"), self, shortcut=QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self, shortcut=QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(self.redo)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(1)
        title = QLabel(self.tr("Tekstur"))
        title.setFont(self._scaled_font(title, 2.4))
        hint = QLabel(self.tr("Open a project to read and code its documents."))
        buttons = [QPushButton(self.tr("Open project…")), QPushButton(self.tr("Open demo project"))]
        buttons[0].clicked.connect(self.choose_project)
        buttons[1].clicked.connect(self.open_demo)
        buttons[1].setVisible(self._demo_path is not None)
        for widget in (title, hint, *buttons):
            widget.setMinimumWidth(240 if isinstance(widget, QPushButton) else 0)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    @staticmethod
    def _scaled_font(widget: QWidget, factor: float) -> QFont:
        font = widget.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        return font

    # -- the project ----------------------------------------------------------------------

    @property
    def db(self) -> ProjectDatabase | None:
        """The open project, if any."""
        return self._db

    @property
    def undo_stack(self) -> UndoStack | None:
        """The undo stack every change to the open project goes through."""
        return self._undo_stack

    def set_project(self, db: ProjectDatabase) -> None:
        """Show ``db``, closing the project shown before; the window now owns ``db``."""
        self._close_project()
        self._db, self._undo_stack = db, UndoStack(db)
        self._undo_stack.subscribe(self._project_changed)
        self.setWindowTitle(self.tr("Tekstur — {name}").format(name=db.project_name()))
        self._pages.setCurrentWidget(self.text_view)
        self._dock.show()
        self._project_changed()
        first = self.document_list.topLevelItem(0)
        if self.document_list.currentItem() is None and first is not None:
            self.document_list.setCurrentItem(first)

    def open_project_file(self, path: str | Path) -> bool:
        """Open the project at ``path``; a ProjectError is shown to the user, not raised."""
        try:
            db = open_project(path)
        except ProjectError as error:
            QMessageBox.critical(self, self.tr("Cannot open project"), str(error))
            return False
        self.set_project(db)
        return True

    def choose_project(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "",
            self.tr("Tekstur projects (*.tekstur);;All files (*)"))
        if path:
            self.open_project_file(path)

    def open_demo(self) -> None:
        """Open the demo project, building it first if needed."""
        if self._demo_path is None:
            return
        try:
            path = self._demo_path()
        except (ProjectError, CommandError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot build the demo project"), str(error))
            return
        self.open_project_file(path)

    def _close_project(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._undo_stack, self._positions = None, None, None

    def _show_start_page(self) -> None:
        self.setWindowTitle(self.tr("Tekstur"))
        self._pages.setCurrentIndex(0)
        self._dock.hide()
        self._update_undo_actions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Close the project with the window."""
        self._close_project()
        super().closeEvent(event)

    # -- undo and redo --------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last change; a conflict with someone else's edit is reported."""
        self._step(lambda stack: stack.undo(), self.tr("Cannot undo"))

    def redo(self) -> None:
        """Redo the last undone change."""
        self._step(lambda stack: stack.redo(), self.tr("Cannot redo"))

    def _step(self, action: Callable[[UndoStack], str | None], title: str) -> None:
        if self._undo_stack is None:
            return
        try:
            action(self._undo_stack)
        except CommandError as error:
            QMessageBox.warning(self, title, str(error))

    def _update_undo_actions(self) -> None:
        stack = self._undo_stack
        undo_label = stack.undo_label if stack else None
        redo_label = stack.redo_label if stack else None
        self.undo_action.setEnabled(undo_label is not None)
        self.redo_action.setEnabled(redo_label is not None)
        self.undo_action.setText(self.tr("&Undo {0}").format(undo_label).strip()
                                 if undo_label else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo_label).strip()
                                 if redo_label else self.tr("&Redo"))

    # -- showing documents ----------------------------------------------------------------

    def _project_changed(self) -> None:
        """Bring list, text highlights, status bar and undo actions up to date."""
        if self._db is None:
            return
        current = self.current_document_id()
        self.document_list.blockSignals(True)
        self.document_list.clear()
        for document_id, name, codings in document_rows(self._db):
            item = QTreeWidgetItem([name, str(codings)])
            item.setData(0, DOCUMENT_ID_ROLE, document_id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.document_list.addTopLevelItem(item)
            if document_id == current:
                self.document_list.setCurrentItem(item)
        self.document_list.blockSignals(False)
        self._show_document(self.current_document_id())
        summary = project_summary(self._db)
        self.counts_label.setText(" · ".join([
            self.tr("%n document(s)", "", summary.documents),
            self.tr("%n code(s)", "", summary.codes),
            self.tr("%n coding(s)", "", summary.codings),
            self.tr("%n case(s)", "", summary.cases),
            self.tr("%n coder(s)", "", summary.coders),
        ]))
        self._update_undo_actions()

    def current_document_id(self) -> int | None:
        """The id of the document selected in the list."""
        item = self.document_list.currentItem()
        return None if item is None else int(item.data(0, DOCUMENT_ID_ROLE))

    def select_document(self, document_id: int) -> bool:
        """Select and show a document by id; False if the list does not hold it."""
        for index in range(self.document_list.topLevelItemCount()):
            item = self.document_list.topLevelItem(index)
            if item is not None and item.data(0, DOCUMENT_ID_ROLE) == document_id:
                self.document_list.setCurrentItem(item)
                return True
        return False

    def _current_item_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        self._show_document(None if current is None else int(current.data(0, DOCUMENT_ID_ROLE)))

    def _show_document(self, document_id: int | None) -> None:
        if self._db is None or document_id is None:
            self._positions = None
            self.text_view.clear()
            return
        if self._positions is None or self._positions[0] != document_id:
            # A document's text never changes, so it is only loaded when another is selected.
            with self._db.read() as connection:
                text = connection.execute(
                    select(Document.text).where(Document.id == document_id)).scalar_one()
            self.text_view.setPlainText(text)
            self._positions = (document_id, Utf16Positions(text))
        positions = self._positions[1]
        selections = []
        for span in coded_spans(self._db, document_id):
            if not 0 <= span.start < span.end <= positions.length:
                continue
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(positions.to_utf16(span.start))
            cursor.setPosition(positions.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor)
            color = QColor(span.color)
            color.setAlpha(HIGHLIGHT_ALPHA)
            highlight = QTextCharFormat()
            highlight.setBackground(color)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, highlight
            selections.append(selection)
        self.text_view.setExtraSelections(selections)
