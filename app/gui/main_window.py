"""The main window: the documents on the left, the selected text with its codings in the middle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.document_view import DocumentView
from app.gui.import_dialog import ImportDialog, show_report
from app.gui.jobs import JobRunner
from importers.batch import ImportReport, import_files
from models.commands import CommandError, UndoStack
from models.database import ProjectDatabase, ProjectError, open_project
from models.reading import document_rows
from models.summary import project_summary

DOCUMENT_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Tekstur's window on one project, or a start page when no project is open.

    ``demo_path`` returns the path of a ready demo project; without it the
    "Open demo project" button and menu entry are hidden.
    """

    def __init__(
        self, db: ProjectDatabase | None = None, *, demo_path: Callable[[], Path] | None = None
    ) -> None:
        super().__init__()
        self._db: ProjectDatabase | None = None
        self._undo_stack: UndoStack | None = None
        self._demo_path = demo_path
        self.jobs = JobRunner(self)
        self.last_import: ImportReport | None = None
        self.resize(1280, 800)
        self._build_menus()
        self.text_view = DocumentView()
        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self.text_view)
        self.setCentralWidget(self._pages)
        self.document_list = QTreeWidget()
        self.document_list.setRootIsDecorated(False)
        self.document_list.setHeaderLabels([self.tr("Document"), self.tr("Codings")])
        header = self.document_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
            self.setWindowTitle(self.tr("Tekstur"))
            self._dock.hide()
            self.import_action.setEnabled(False)
            self._update_undo_actions()
        else:
            self.set_project(db)

    def _build_menus(self) -> None:
        def action(text: str, slot: Callable[[], object], keys: str | None = None) -> QAction:
            created = QAction(text, self)
            if keys:
                created.setShortcut(QKeySequence(keys))
            created.triggered.connect(slot)
            return created

        self.open_action = action(self.tr("&Open…"), self.choose_project, "Ctrl+O")
        self.demo_action = action(self.tr("Open &demo project"), self.open_demo)
        self.demo_action.setVisible(self._demo_path is not None)
        self.import_action = action(self.tr("&Import documents…"), self.choose_imports, "Ctrl+I")
        self.quit_action = action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.undo_action = action(self.tr("&Undo"), self.undo, "Ctrl+Z")
        self.redo_action = action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menuBar().addMenu(self.tr("&Edit")).addActions([self.undo_action, self.redo_action])

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(1)
        title = QLabel(self.tr("Tekstur"))
        title.setFont(_scaled_font(title, 2.4))
        hint = QLabel(self.tr("Open a project to read and code its documents."))
        open_button = QPushButton(self.tr("Open project…"))
        open_button.clicked.connect(self.choose_project)
        demo_button = QPushButton(self.tr("Open demo project"))
        demo_button.clicked.connect(self.open_demo)
        demo_button.setVisible(self._demo_path is not None)
        for widget in (title, hint, open_button, demo_button):
            if isinstance(widget, QPushButton):
                widget.setMinimumWidth(240)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    @property
    def undo_stack(self) -> UndoStack | None:
        """The undo stack that every change to the open project goes through."""
        return self._undo_stack

    def set_project(self, db: ProjectDatabase) -> None:
        """Show ``db``, closing the project shown before; the window now owns ``db``."""
        self._close_project()
        self._db, self._undo_stack = db, UndoStack(db)
        self._undo_stack.subscribe(self._project_changed)
        self.setWindowTitle(self.tr("Tekstur — {name}").format(name=db.project_name()))
        self._pages.setCurrentWidget(self.text_view)
        self._dock.show()
        self.import_action.setEnabled(True)
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
        kinds = self.tr("Tekstur projects (*.tekstur);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", kinds)
        if path:
            self.open_project_file(path)

    def open_demo(self) -> None:
        """Open the demo project, building it first when needed."""
        if self._demo_path is not None:
            try:
                path = self._demo_path()
            except (ProjectError, CommandError, OSError) as error:
                QMessageBox.critical(self, self.tr("Cannot build the demo project"), str(error))
                return
            self.open_project_file(path)

    def choose_imports(self) -> None:
        """Ask which files to import and how, then import them."""
        if self._db is None:
            return
        dialog = ImportDialog(self)
        dialog.ask_for_files()
        if dialog.paths() and dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.import_paths(dialog)

    def import_paths(self, dialog: ImportDialog) -> bool:
        """Import what ``dialog`` lists, off the GUI thread; False if nothing could start."""
        db, stack = self._db, self._undo_stack
        if db is None or stack is None:
            return False
        paths, options = dialog.paths(), dialog.options()

        def finished(report: ImportReport) -> None:
            self.last_import = report
            undo = report.undo_command()
            if undo is not None:
                stack.add_applied(
                    self.tr("Import %n document(s)", "", report.count("imported")), undo
                )
            show_report(report, self)

        def failed(error: BaseException) -> None:
            QMessageBox.critical(self, self.tr("Import failed"), str(error))
            self._project_changed()

        return self.jobs.start(
            self.tr("Importing documents"),
            lambda progress: import_files(db, paths, options, progress),
            finished,
            failed,
        )

    def _close_project(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._undo_stack = None, None
        self.text_view.show_document(None, None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Close the project with the window."""
        self._close_project()
        super().closeEvent(event)

    def undo(self) -> None:
        """Undo the last change; a conflict with someone else's edit is reported, not raised."""
        self._step(self.tr("Cannot undo"), redo=False)

    def redo(self) -> None:
        """Redo the last undone change."""
        self._step(self.tr("Cannot redo"), redo=True)

    def _step(self, title: str, *, redo: bool) -> None:
        if self._undo_stack is not None:
            try:
                self._undo_stack.redo() if redo else self._undo_stack.undo()
            except CommandError as error:
                QMessageBox.warning(self, title, str(error))

    def _update_undo_actions(self) -> None:
        stack = self._undo_stack
        for action, label, plain, named in (
            (self.undo_action, stack and stack.undo_label, self.tr("&Undo"), self.tr("&Undo {0}")),
            (self.redo_action, stack and stack.redo_label, self.tr("&Redo"), self.tr("&Redo {0}")),
        ):
            action.setEnabled(bool(label))
            action.setText(named.format(label) if label else plain)

    def _project_changed(self) -> None:
        """Bring the list, the highlights, the status bar and the undo actions up to date."""
        if self._db is None:
            return
        current = self.current_document_id()
        self.document_list.blockSignals(True)
        self.document_list.clear()
        for row in document_rows(self._db):
            item = QTreeWidgetItem([row.name, str(row.codings)])
            item.setData(0, DOCUMENT_ID, row.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.document_list.addTopLevelItem(item)
            if row.id == current:
                self.document_list.setCurrentItem(item)
        self.document_list.blockSignals(False)
        self.text_view.show_document(self._db, self.current_document_id())
        summary = project_summary(self._db)
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n document(s)", "", summary.documents),
                    self.tr("%n code(s)", "", summary.codes),
                    self.tr("%n coding(s)", "", summary.codings),
                    self.tr("%n case(s)", "", summary.cases),
                    self.tr("%n coder(s)", "", summary.coders),
                ]
            )
        )
        self._update_undo_actions()

    def current_document_id(self) -> int | None:
        """The id of the document selected in the list."""
        item = self.document_list.currentItem()
        return None if item is None else int(item.data(0, DOCUMENT_ID))

    def select_document(self, document_id: int) -> bool:
        """Select and show a document by id; False when the list does not hold it."""
        for index in range(self.document_list.topLevelItemCount()):
            item = self.document_list.topLevelItem(index)
            if item is not None and item.data(0, DOCUMENT_ID) == document_id:
                self.document_list.setCurrentItem(item)
                return True
        return False

    def _current_item_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        document_id = None if current is None else int(current.data(0, DOCUMENT_ID))
        self.text_view.show_document(self._db, document_id)


def _scaled_font(widget: QWidget, factor: float) -> QFont:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    return font
