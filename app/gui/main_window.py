"""The main window: a start page, or the workbench on one open project.

The window owns the open project (through its :class:`ProjectSession`), the job runner, the
menus and the remembered layout (:class:`app.gui.window_layout.WindowLayout`). What is shown
is built by :meth:`MainWindow._build_ui`, which runs again when the user switches language,
so every text follows the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from app.gui import window_tasks
from app.gui.auto_backup import AutoBackup
from app.gui.comparison_window import open_comparison
from app.gui.jobs import JobRunner
from app.gui.merge_dialog import ask_merge_codings
from app.gui.project_open_dialog import disable_editing, open_for_window
from app.gui.recent_projects import RecentProjects
from app.gui.session import ProjectSession
from app.gui.settings_dialog import saved_coder_name
from app.gui.start_page import StartPage
from app.gui.team_dialog import ask_open_team_project
from app.gui.team_watch import TeamWatch, undo_failure_message
from app.gui.window_actions import WindowActions, build_menus
from app.gui.window_layout import WindowLayout
from app.gui.workbench import QUERY_TAB, SHEET_TAB, Workbench
from importers.batch import ImportReport
from models.commands import CommandError, UndoStack
from models.database import ProjectDatabase, ProjectError, create_project
from models.summary import project_summary


class MainWindow(QMainWindow):
    """Tekstur's window on one project, or a start page when no project is open.

    ``demo_path`` returns the path of a ready demo project; without it the demo entries are
    hidden.
    """

    def __init__(
        self, db: ProjectDatabase | None = None, *, demo_path: Callable[[], Path] | None = None
    ) -> None:
        super().__init__()
        self.session: ProjectSession | None = None
        self.demo_path = demo_path
        self.jobs = JobRunner(self)
        self.recent = RecentProjects()
        self.last_import: ImportReport | None = None
        self._rebuilding = False
        self._window_layout = WindowLayout(self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._show_counts)
        self.resize(1360, 860)
        self._build_ui()
        self._window_layout.restore()
        if db is not None:
            self.set_project(db)
        else:
            self._show_state()

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.workbench = Workbench(self, self.jobs)
        self.start_page = StartPage(self.recent)
        self.start_page.open_requested.connect(self.open_project_file)
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.set_demo_available(self.demo_path is not None)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.start_page)
        self._pages.addWidget(self.workbench.tabs)
        self.setCentralWidget(self._pages)
        self.menu_actions = build_menus(
            self,
            self._slots(),
            self.workbench.coding_actions.actions(),
            self.workbench.dock_toggles(),
        )
        self.menu_actions["demo"].setVisible(self.demo_path is not None)
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)

    def _slots(self) -> dict[str, Callable[[], object]]:
        bench = self.workbench
        return {
            "new": lambda: window_tasks.ask_new_project(self),
            "open": self.choose_project,
            "open_team": lambda: ask_open_team_project(self),
            "demo": self.open_demo,
            "close": self.close_project,
            "import": lambda: window_tasks.ask_import_documents(self),
            "import_attributes": lambda: window_tasks.ask_import_attributes(self),
            "import_journals": lambda: window_tasks.ask_import_journals(self),
            "import_refi": lambda: window_tasks.ask_import_refi(self),
            "export_refi": lambda: window_tasks.ask_export_refi(self),
            "merge_codings": lambda: ask_merge_codings(self, self.jobs, self.session),
            "settings": lambda: window_tasks.ask_settings(self),
            "quit": self.close,
            "undo": self.undo,
            "redo": self.redo,
            "find": bench.find_bar.open,
            "codebooks": lambda: window_tasks.ask_add_codebook(self),
            "import_codebook": lambda: window_tasks.ask_import_codebook(self),
            "export_codebook": lambda: window_tasks.ask_export_codebook(self),
            "sheet": lambda: bench.tabs.setCurrentIndex(SHEET_TAB),
            "speakers": lambda: window_tasks.ask_link_speakers(self),
            "queries": lambda: bench.tabs.setCurrentIndex(QUERY_TAB),
            "run_query": self._run_query,
            "compare": lambda: open_comparison(self),
            "document": lambda: bench.show_document_tab(),
            "reset_layout": self.reset_layout,
            "shortcuts": lambda: window_tasks.show_shortcuts(self),
            "about": lambda: window_tasks.show_about(self),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Build the window again in the new language when the language changes."""
        if event.type() == QEvent.Type.LanguageChange and not self._rebuilding:
            self._rebuilding = True
            QTimer.singleShot(0, self._rebuild)
        super().changeEvent(event)

    def _rebuild(self) -> None:
        state, document = self._window_layout.state(), None
        session = self.session
        if session is not None:
            document = self.workbench.text_view.document_id
            self.workbench.set_session(None)
        for dock in self.workbench.docks:
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.workbench.deleteLater()
        for action in self.menu_actions.by_name.values():
            action.deleteLater()
        self.statusBar().removeWidget(self.counts_label)
        self._build_ui()
        self._window_layout.rebuilt(state)
        if session is not None:
            self.workbench.set_session(session)
            if document is not None:
                self.workbench.documents.select_document(document)
        self._show_state()
        self._rebuilding = False

    # -- projects -------------------------------------------------------------------------

    @property
    def undo_stack(self) -> UndoStack | None:
        """The undo stack that every change to the open project goes through."""
        return None if self.session is None else self.session.undo_stack

    def set_project(self, db: ProjectDatabase) -> None:
        """Show ``db``, closing the project shown before; the window now owns ``db``."""
        self.close_project()
        session = ProjectSession(db, saved_coder_name(), self)
        session.message_parent = self
        session.changed.connect(self._project_changed)
        session.coder_changed.connect(self._show_counts)
        self.session = session
        self.workbench.set_session(session)
        TeamWatch.attach(session)  # follows others' changes to a team project
        self.auto_backup = AutoBackup(session, self.statusBar())  # on opening, then on changes
        if db.location.path is not None:  # a server address may carry a password: not kept
            self.recent.add(db.location.path, db.project_name())
        self._show_state()

    def open_project_file(self, path: str | Path) -> bool:
        """Open the project at ``path``; a ProjectError is shown to the user, not raised."""
        try:
            db = open_for_window(self, path)  # asks about read-only when it is open elsewhere
        except ProjectError as error:
            QMessageBox.critical(self, self.tr("Cannot open project"), str(error))
            return False
        if db is None:
            return False
        self.set_project(db)
        return True

    def new_project(self, path: Path, name: str) -> bool:
        """Create a project at ``path`` called ``name`` and open it."""
        try:
            db = create_project(path, name=name)
        except ProjectError as error:
            QMessageBox.critical(self, self.tr("Cannot create project"), str(error))
            return False
        self.set_project(db)
        return True

    def choose_project(self) -> None:
        """Ask for a project file and open it."""
        path = window_tasks.ask_project_file(self)
        if path is not None:
            self.open_project_file(path)

    def open_demo(self) -> None:
        """Open the demo project, building it first when needed."""
        if self.demo_path is None:
            return
        try:
            path = self.demo_path()
        except (ProjectError, CommandError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot build the demo project"), str(error))
            return
        self.open_project_file(path)

    def close_project(self) -> None:
        """Close the open project (everything is already saved) and show the start page."""
        session, self.session = self.session, None
        if session is not None:
            self.workbench.set_session(None)
            session.close()
            session.deleteLater()
        self._show_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Remember the layout and close the project with the window."""
        if self.jobs.running:
            self.jobs.cancel()
        self._window_layout.save()
        self.close_project()
        super().closeEvent(event)

    def reset_layout(self) -> None:
        """Put every panel back where it starts."""
        self._window_layout.reset()

    # -- undo and state -------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last change; a conflict with someone else's edit is reported, not raised."""
        self._step(self.tr("Cannot undo"), redo=False)

    def redo(self) -> None:
        """Redo the last undone change."""
        self._step(self.tr("Cannot redo"), redo=True)

    def _step(self, title: str, *, redo: bool) -> None:
        stack = self.undo_stack
        if stack is not None:
            try:
                stack.redo() if redo else stack.undo()
            except CommandError as error:
                QMessageBox.warning(self, title, undo_failure_message(error, redo=redo))

    def _run_query(self) -> None:
        self.workbench.tabs.setCurrentIndex(QUERY_TAB)
        self.workbench.queries.run()

    def _project_changed(self) -> None:
        """Name the undo step at once; count the project once the event loop is free again,
        so a burst of changes (or one coding on a large project) costs one count."""
        self._show_undo_state()
        self._counts_timer.start()

    def _show_state(self) -> None:
        """Bring the title, the page, the status bar and the actions up to date."""
        session = self.session
        self._pages.setCurrentIndex(0 if session is None else 1)
        self.menu_actions.set_project_open(session is not None)
        self._window_layout.show_docks(session is not None)
        if session is None:
            self.setWindowTitle(self.tr("Tekstur"))
            self.counts_label.clear()
            self.start_page.refresh()
            return
        title = self.tr("Tekstur — {name}")
        if session.read_only:
            title = self.tr("Tekstur — {name} (read-only)")
        self.setWindowTitle(title.format(name=session.db.project_name()))
        disable_editing(self.menu_actions, self.workbench.coding_actions, session.read_only)
        self._show_counts()
        self._show_undo_state()

    def _show_counts(self) -> None:
        session = self.session
        if session is None:
            return
        summary = project_summary(session.db)
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n document(s)", "", summary.documents),
                    self.tr("%n code(s)", "", summary.codes),
                    self.tr("%n coding(s)", "", summary.codings),
                    self.tr("%n case(s)", "", summary.cases),
                    self.tr("Coder: {name}").format(name=session.coder_name),
                ]
            )
        )

    def _show_undo_state(self) -> None:
        if self.session is None:
            return
        stack = self.session.undo_stack
        for name, label, plain, named in (
            ("undo", stack.undo_label, self.tr("&Undo"), self.tr("&Undo {0}")),
            ("redo", stack.redo_label, self.tr("&Redo"), self.tr("&Redo {0}")),
        ):
            self.menu_actions[name].setEnabled(bool(label))
            self.menu_actions[name].setText(named.format(label) if label else plain)


__all__ = ["MainWindow", "WindowActions"]
