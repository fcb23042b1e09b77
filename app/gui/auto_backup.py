"""Backups while a project is open: one on opening, then one every few minutes of changes.

A backup is made only when the project changed since the last one, and old backups are
pruned after each (see :mod:`models.backups` for which are kept). The online backup API
copies even a large project in a fraction of a second, so it runs on the GUI thread. A
backup that fails (a full disk, a folder Tekstur cannot write to) is reported in the status
bar and never touches the project.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QStatusBar

from app.gui.session import ProjectSession
from models.backups import BackupError, BackupInfo, make_backup, prune_backups

INTERVAL_KEY = "backups/interval_minutes"
DEFAULT_MINUTES = 10
STATUS_MS = 15_000


def backup_interval_minutes() -> int:
    """Minutes between backups of a changed project (setting ``backups/interval_minutes``)."""
    value = QSettings().value(INTERVAL_KEY, DEFAULT_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_MINUTES
    return max(minutes, 1)


class AutoBackup(QObject):
    """Backs up the session's project file on opening and every few minutes of changes.

    It belongs to the session and stops with it; read-only projects and PostgreSQL
    databases are not backed up here.
    """

    def __init__(self, session: ProjectSession, status_bar: QStatusBar | None = None) -> None:
        super().__init__(session)
        self._session = session
        self._status_bar = status_bar
        self.changed_since_backup = False
        self.last: BackupInfo | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(backup_interval_minutes() * 60_000)
        self.timer.timeout.connect(self.back_up_if_changed)
        path = session.db.location.path
        self.active = path is not None and not session.read_only
        if self.active:
            session.changed.connect(self._note_change)
            self.back_up("open")
            self.timer.start()

    def _note_change(self) -> None:
        self.changed_since_backup = True

    def back_up_if_changed(self) -> BackupInfo | None:
        """Back up when the project changed since the last backup; returns the new backup."""
        if not self.changed_since_backup:
            return None
        return self.back_up("auto")

    def back_up(self, reason: str) -> BackupInfo | None:
        """Make a backup now and prune the old ones; a failure goes to the status bar."""
        path = self._session.db.location.path
        if path is None or not self.active:
            return None
        try:
            made = make_backup(path, reason)
        except BackupError as error:
            self._show(self.tr("Backup failed: {reason}").format(reason=str(error)))
            return None
        self.changed_since_backup = False
        self.last = made
        try:
            prune_backups(path)
        except BackupError as error:
            self._show(
                self.tr("Old backups could not be removed: {reason}").format(reason=str(error))
            )
        return made

    def _show(self, message: str) -> None:
        if self._status_bar is not None:
            self._status_bar.showMessage(message, STATUS_MS)
