"""The query workspace: choose a kind of query, set its options, run it, read and save results.

The query runs through the window's :class:`~app.gui.jobs.JobRunner`, off the GUI thread with
progress and Cancel; the result appears in a :class:`~app.gui.result_view.ResultView`. Saved
queries keep kind and options, and opening one runs it again on the current data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.query_panels import QueryInputError, QueryPanel, panel_factories
from app.gui.query_pickers import ProjectChoices
from app.gui.result_view import ResultView
from app.gui.saved_queries import SavedQueryList
from app.gui.session import ProjectSession
from models.result_table import ResultTable

RUN_KEYS = QKeySequence("Ctrl+R")


class QueryWorkspace(QWidget):
    """Kind chooser, the kind's options, Run (Ctrl+R), the result and the saved queries.

    ``result_shown`` fires after a result table is shown; ``message`` tells the user what
    happened (a refused option, a failed or outdated run) without a dialog in the way.
    """

    result_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._jobs: JobRunner | None = None
        self.last_table: ResultTable | None = None
        self.last_result: Any = None
        self.panels: list[QueryPanel] = [make() for make in panel_factories()]
        self.kind_box = QComboBox()
        self.stack = QStackedWidget()
        for panel in self.panels:
            panel.job_runner = lambda: self.jobs
            self.kind_box.addItem(panel.title(), panel.kind)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(panel)
            self.stack.addWidget(scroll)
        self._stale: set[int] = set()  # panels whose lists are older than the project
        self._choices: ProjectChoices | None = None
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run the query (Ctrl+R)"))
        self.run_button.clicked.connect(self.run)
        self.run_action = QAction(self.tr("Run query"), self)
        self.run_action.setShortcut(RUN_KEYS)
        self.run_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.run_action.triggered.connect(self.run)
        self.addAction(self.run_action)
        self.save_button = QPushButton(self.tr("Save query…"))
        self.save_button.clicked.connect(self._ask_save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.saved = SavedQueryList(self._kind_title)
        self.saved.open_requested.connect(self.open_saved)
        self.result_view = ResultView()
        self.result_view.set_job_runner(lambda: self.jobs)
        self._build_layout()
        self.set_session(None)

    def _build_layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Query:")))
        chooser.addWidget(self.kind_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(chooser)
        left_layout.addWidget(self.stack, 3)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.saved, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.result_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_session(self, session: ProjectSession | None) -> None:
        """Query ``session``'s project (None: no project; everything is disabled)."""
        if self.session is not None:
            self.session.changed.disconnect(self._project_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._project_changed)
        self._choices = None if session is None else ProjectChoices(session.db)
        for panel in self.panels:
            panel.set_session(session, self._choices)
        self._stale.clear()
        self.saved.set_session(session)
        self.result_view.set_session(session)
        self.last_table, self.last_result = None, None
        self.message.clear()
        for widget in (self.run_button, self.save_button, self.stack, self.kind_box):
            widget.setEnabled(session is not None)
        self.run_action.setEnabled(session is not None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Leave Ctrl+R to the window when it has its own Run action (two would cancel out)."""
        window = self.window()
        elsewhere = window is not self and any(
            action is not self.run_action and action.shortcut() == RUN_KEYS
            for action in window.findChildren(QAction)
        )
        self.run_action.setShortcut(QKeySequence() if elsewhere else RUN_KEYS)
        super().showEvent(event)

    def set_jobs(self, jobs: JobRunner) -> None:
        """Run queries through the window's job runner (one job at a time per window)."""
        self._jobs = jobs

    @property
    def jobs(self) -> JobRunner:
        """The job runner queries go through (the workspace's own until one is set)."""
        if self._jobs is None:
            self._jobs = JobRunner(self)
        return self._jobs

    def current_panel(self) -> QueryPanel:
        """The options panel of the kind chosen."""
        return self.panels[self.kind_box.currentIndex()]

    def panel(self, kind: str) -> QueryPanel:
        """The panel of ``kind``; KeyError for a kind Tekstur does not have."""
        for panel in self.panels:
            if panel.kind == kind:
                return panel
        raise KeyError(kind)

    def choose_kind(self, kind: str) -> QueryPanel:
        """Show the panel of ``kind`` and return it."""
        panel = self.panel(kind)
        self.kind_box.setCurrentIndex(self.panels.index(panel))
        return panel

    def _kind_title(self, kind: str) -> str:
        try:
            return self.panel(kind).title()
        except KeyError:
            return kind

    def run(self) -> bool:
        """Run the chosen query with the panel's options; False when it could not start."""
        session, panel = self.session, self.current_panel()
        if session is None:
            return False
        try:
            options = panel.options()
        except QueryInputError as error:
            self._say(str(error), problem=True)
            return False
        if self.jobs.running:
            self._say(self.tr("Wait until the running task has finished."), problem=True)
            return False
        db = session.db
        self._say(self.tr("Running…"))
        return self.jobs.start(
            self.tr("Running query: {0}").format(panel.title()),
            lambda progress: panel.query(db, options, progress),
            lambda table: self._show_result(panel, table),
            self._failed,
        )

    def _show_result(self, panel: QueryPanel, result: Any) -> None:
        if self.session is None:
            return
        self.last_result = result
        if isinstance(result, ResultTable):
            self.last_table = result
            self.result_view.show_table(result, panel.word_pairs(result))
        else:
            rows = panel.passage_rows(result)
            if rows is None:
                return
            self.last_table = None
            count = self.tr("%n passage(s)", "", len(rows.rows))
            self.result_view.show_passages(f"{panel.title()}: {count}", rows, result)
        panel.result_ready(result)
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self._say(self.tr("Counted at {0}.").format(now))
        self.result_shown.emit()

    def _failed(self, error: BaseException) -> None:
        self._say(self.tr("The query failed: {0}").format(error), problem=True)

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._refresh_current_panel()

    def _refresh_current_panel(self) -> None:
        """Re-list the chosen panel's codes, cases … if the project changed since it did."""
        index = self.kind_box.currentIndex()
        if index in self._stale and self.session is not None:
            self._stale.discard(index)
            if self._choices is None:
                self._choices = ProjectChoices(self.session.db)  # read once for every panel
            self.panels[index].reload(self._choices)

    def _project_changed(self) -> None:
        self._stale, self._choices = set(range(len(self.panels))), None
        self._refresh_current_panel()
        if self.last_result is not None:
            self._say(
                self.tr("The project has changed since this result was counted: Run (Ctrl+R)."),
                problem=False,
            )

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b03a2e;" if problem else "")

    def save_query(self, name: str, *, replace: bool = False) -> int | None:
        """Save the chosen kind with the panel's options under ``name``; returns its id."""
        panel = self.current_panel()
        try:
            options = panel.options_to_json(panel.options())
        except QueryInputError as error:
            self._say(str(error), problem=True)
            return None
        return self.saved.save(name, panel.kind, options, replace=replace)

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save query"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        taken = any(row.name == name.strip() for row in self.saved.rows)
        if taken:
            answer = QMessageBox.question(
                self,
                self.tr("Save query"),
                self.tr("A saved query called '{0}' exists. Replace it?").format(name.strip()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_query(name, replace=taken)

    def open_saved(self, saved_id: int) -> bool:
        """Show a saved query's kind and options and run it on the current data."""
        row = self.saved.row(saved_id)
        if row is None:
            return False
        try:
            panel = self.choose_kind(row.kind)
            panel.set_options(panel.options_from_json(row.options))
        except (KeyError, ValueError, TypeError) as error:
            self._say(
                self.tr("The saved query '{0}' cannot be read: {1}").format(row.name, error),
                problem=True,
            )
            return False
        self.saved.select(saved_id)
        return self.run()
