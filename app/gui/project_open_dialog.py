"""Opening a project from the window: a project open in another Tekstur, and read-only mode.

When the project is open for writing elsewhere, the user is asked whether to open it
read-only; a project on a read-only medium opens read-only with a message in the status
bar. In read-only mode the actions that would change the project are disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.gui.coding_actions import CodingActions
from app.gui.window_actions import WindowActions
from models.database import ProjectDatabase, open_project
from models.project_lock import ProjectLockedError

# The menu actions that change the project, disabled while it is open read-only.
EDITING_ACTIONS = (
    "import",
    "import_attributes",
    "import_journals",
    "codebooks",
    "import_codebook",
    "speakers",
    "undo",
    "redo",
)
STATUS_MS = 15_000


class LockedProjectDialog(QMessageBox):
    """Says that a project is open in another Tekstur, and offers to open it read-only."""

    def __init__(self, error: ProjectLockedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Project is in use"))
        if error.this_process:
            text = self.tr("{file} is already open in this Tekstur ({holder}).")
        else:
            text = self.tr("{file} is open in another Tekstur ({holder}).")
        self.setText(text.format(file=error.path.name, holder=error.holder))
        self.setInformativeText(
            self.tr(
                "Only one Tekstur can change a project at a time. You can open it read-only"
                " to read and search it without changing it."
            )
        )
        self.read_only_button = self.addButton(
            self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def wants_read_only(self) -> bool:
        """Show the dialog; True when the user chose to open the project read-only."""
        self.exec()
        return self.clickedButton() is self.read_only_button


def open_for_window(window: QMainWindow, path: str | Path) -> ProjectDatabase | None:
    """Open ``path`` for ``window``: read-only when the user agrees to it because the project
    is open elsewhere; None when the user cancels. Other ProjectErrors are raised."""
    try:
        db = open_project(path)
    except ProjectLockedError as error:
        if not LockedProjectDialog(error, window).wants_read_only():
            return None
        db = open_project(path, read_only=True)
    if db.read_only_reason is not None and db.location.path is not None:
        message = QCoreApplication.translate(
            "LockedProjectDialog",
            "{file} is opened read-only: Tekstur cannot write to the file or its folder.",
        )
        window.statusBar().showMessage(message.format(file=db.location.path.name), STATUS_MS)
    return db


def disable_editing(actions: WindowActions, coding: CodingActions, read_only: bool) -> None:
    """Disable the menu actions that change the project while it is open read-only (the
    session refuses any change that comes another way); moving between codings stays."""
    if read_only:
        named = [actions[name] for name in EDITING_ACTIONS if name in actions.by_name]
        reading = (coding.next_action, coding.previous_action)
        changing = [a for a in coding.actions() if not a.isSeparator() and a not in reading]
        for action in named + changing:
            action.setEnabled(False)
