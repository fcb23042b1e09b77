"""The workbench inside the main window: the panels, where they dock, and how they talk.

Left: documents and codes. Centre: tabs for the document, the classification sheet and the
queries. Right: details (memo, attributes, codings at the cursor), coded passages and memos.
The panels never call each other directly: they meet here, through the session's signals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.classification_sheet import ClassificationSheet
from app.gui.code_panel import CodePanel
from app.gui.coder_filter_button import CoderFilterButton
from app.gui.coding_actions import CodingActions
from app.gui.detail_panel import DetailPanel
from app.gui.document_panel import DocumentPanel
from app.gui.document_view import DocumentView
from app.gui.find_bar import FindBar
from app.gui.jobs import JobRunner
from app.gui.memo_editor import MemoEditor
from app.gui.memo_list import MemoList
from app.gui.query_workspace import QueryWorkspace
from app.gui.retrieval_panel import RetrievalPanel
from app.gui.session import ProjectSession

DOCUMENT_TAB, SHEET_TAB, QUERY_TAB = 0, 1, 2


class Workbench(QObject):
    """Every panel of one window, docked in it and wired to one session at a time."""

    def __init__(self, window: QMainWindow, jobs: JobRunner) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.text_view = DocumentView()
        self.find_bar = FindBar(self.text_view)
        self.coding_actions = CodingActions(self.text_view)
        document_page = QWidget()
        layout = QVBoxLayout(document_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.find_bar)
        self.sheet = ClassificationSheet()
        self.queries = QueryWorkspace()
        self.queries.set_jobs(jobs)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(document_page, QCoreApplication.translate("MainWindow", "Document"))
        self.tabs.addTab(
            self.sheet, QCoreApplication.translate("MainWindow", "Classification sheet")
        )
        self.tabs.addTab(self.queries, QCoreApplication.translate("MainWindow", "Queries"))
        self.coder_filter = CoderFilterButton()
        self.tabs.setCornerWidget(self.coder_filter, Qt.Corner.TopRightCorner)

        self.documents = DocumentPanel()
        self.codes = CodePanel()
        self.details = DetailPanel()
        self.passages = RetrievalPanel()
        self.memos = MemoList()
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = [
            self._dock(
                "documentsDock",
                QCoreApplication.translate("MainWindow", "Documents"),
                self.documents,
            ),
            self._dock("codesDock", QCoreApplication.translate("MainWindow", "Codes"), self.codes),
            self._dock(
                "detailsDock", QCoreApplication.translate("MainWindow", "Details"), self.details
            ),
            self._dock(
                "passagesDock",
                QCoreApplication.translate("MainWindow", "Coded passages"),
                self.passages,
            ),
            self._dock("memosDock", QCoreApplication.translate("MainWindow", "Memos"), self.memos),
        ]
        self._areas = [left, left, right, right, right]
        self.place_docks()

        self.documents.document_chosen.connect(self._document_chosen)
        self.documents.memo_requested.connect(self.show_memo)
        self.codes.memo_requested.connect(self.show_memo)
        self.text_view.position_changed.connect(self.details.show_document_position)
        self.memos.memo_opened.connect(self._memo_opened)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def place_docks(self) -> None:
        """Put every panel where it starts: documents and codes left, the rest right."""
        for dock, area in zip(self.docks, self._areas, strict=True):
            dock.setFloating(False)
            self.window.addDockWidget(area, dock)
            dock.show()
        self.window.tabifyDockWidget(self.docks[3], self.docks[4])
        self.docks[3].raise_()

    def default_sizes(self) -> None:
        """Give the docks sensible first sizes (no layout has been saved yet)."""
        self.window.resizeDocks(self.docks[:1], [300], Qt.Orientation.Horizontal)
        self.window.resizeDocks(self.docks[2:3], [340], Qt.Orientation.Horizontal)
        self.window.resizeDocks(self.docks[:2], [320, 420], Qt.Orientation.Vertical)

    def dock_toggles(self) -> list[QAction]:
        """One checkable action per dock, for the View menu."""
        return [dock.toggleViewAction() for dock in self.docks]

    def set_session(self, session: ProjectSession | None) -> None:
        """Show ``session``'s project in every panel (None empties them)."""
        if self.session is not None:
            self.session.navigate.disconnect(self.show_passage)
            self.session.code_activated.disconnect(self.details.show_code)
        self.session = session
        for panel in (
            self.text_view,
            self.documents,
            self.codes,
            self.details,
            self.passages,
            self.memos,
            self.sheet,
            self.queries,
            self.coder_filter,
        ):
            panel.set_session(session)
        if session is not None:
            session.navigate.connect(self.show_passage)
            session.code_activated.connect(self.details.show_code)
            if self.documents.current_document_id() is None:
                self.documents.select_first_document()

    def _document_chosen(self, document_id: int) -> None:
        if self.text_view.document_id != document_id:
            self.text_view.show_document(document_id)
        self.details.show_document(document_id)

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        """Bring the document tab forward and select the passage in its document."""
        self.tabs.setCurrentIndex(DOCUMENT_TAB)
        self.documents.select_document(document_id)
        self.text_view.show_passage(document_id, start, end)
        self.text_view.setFocus()

    def show_memo(self, kind: str, object_id: int) -> None:
        """Show a document, code or case in the details panel, where its memo is written."""
        shown = {
            "document": self.details.show_document,
            "code": self.details.show_code,
            "case": self.details.show_case,
        }.get(kind)
        if shown is not None:
            shown(object_id)
            self.docks[2].show()
            self.docks[2].raise_()

    def _memo_opened(self, memo_id: int) -> None:
        """Open a memo from the memo list in a window of its own beside the workbench."""
        if self.session is None:
            return
        dialog = QDialog(self.window)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Memo"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor = MemoEditor(dialog)
        editor.set_session(self.session)
        editor.show_memo(memo_id)
        layout = QVBoxLayout(dialog)
        layout.addWidget(editor)
        dialog.finished.connect(lambda _: editor.save())
        dialog.resize(520, 420)
        dialog.show()

    def show_document_tab(self) -> None:
        """Bring the document forward and give it the keyboard."""
        self.tabs.setCurrentIndex(DOCUMENT_TAB)
        self.text_view.setFocus()
