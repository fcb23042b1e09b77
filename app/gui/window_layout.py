"""The main window's layout: where its panels (docks) are, remembered between runs, put back on
request, and hidden while the start page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
LAYOUT_VERSION = 2  # bump when the docks change, so an old saved layout is not restored


class WindowLayout:
    """The layout of a :class:`MainWindow` and its workbench's docks.

    The docks are hidden on the start page and shown again as they were when a project opens;
    what is saved is always the layout as the workbench shows it.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._hidden_docks: list[QDockWidget] | None = None

    def restore(self) -> None:
        """Put the window and its docks where they were when it last closed."""
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        if not (isinstance(state, QByteArray) and self.window.restoreState(state, LAYOUT_VERSION)):
            self.window.workbench.default_sizes()

    def save(self) -> None:
        """Remember the window's place and its docks' layout for the next run."""
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(STATE_KEY, self.state())

    def reset(self) -> None:
        """Put every panel back where it starts, and forget the remembered layout."""
        QSettings().remove(STATE_KEY)
        self.window.workbench.place_docks()
        self.window.workbench.default_sizes()

    def state(self) -> QByteArray:
        """The docks' layout as the workbench shows it, even while the start page hides them."""
        hidden = self._hidden_docks or []
        for dock in hidden:
            dock.show()
        state = self.window.saveState(LAYOUT_VERSION)
        for dock in hidden:
            dock.hide()
        return state

    def rebuilt(self, state: QByteArray) -> None:
        """Lay out the docks of a workbench built anew (the old docks are gone) as ``state``."""
        self._hidden_docks = None
        self.window.restoreState(state, LAYOUT_VERSION)

    def show_docks(self, project_open: bool) -> None:
        """Hide the panels on the start page, and bring them back as they were."""
        docks = self.window.workbench.docks
        if not project_open and self._hidden_docks is None:
            self._hidden_docks = [dock for dock in docks if not dock.isHidden()]
            for dock in docks:
                dock.hide()
        elif project_open and self._hidden_docks is not None:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = None
