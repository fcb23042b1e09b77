"""The coder comparison in a window of its own beside the main window.

*Query ▸ Compare coders…* (Ctrl+Shift+K) calls :func:`open_comparison`; the window closes
with its project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.gui.comparison_view import ComparisonView
from app.gui.session import ProjectSession

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


class ComparisonWindow(QDialog):
    """The coder comparison in a window of its own beside the main window."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare coders"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = ComparisonView(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1200, 800)
        self._session_gone = False
        session.destroyed.connect(self._project_closed)

    def _project_closed(self) -> None:
        self._session_gone = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Let go of the session (while it is still there) before the window goes."""
        if not self._session_gone:
            self.view.release()
        super().closeEvent(event)


def open_comparison(window: MainWindow) -> ComparisonWindow | None:
    """Show the coder comparison of the window's project (the open one, if any), comparing
    at once when there are two coders."""
    session = window.session
    if session is None:
        return None
    for existing in window.findChildren(ComparisonWindow):
        if existing.view.session is session and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    comparison = ComparisonWindow(session, window)
    comparison.view.jobs = window.jobs
    comparison.show()
    if comparison.view.groups() is not None:
        comparison.view.compare()
    return comparison
