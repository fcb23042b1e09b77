"""Backups while a project is open: one on opening, then one every few minutes of changes.

A backup is made only when the project changed since the last one, and old backups are
pruned after each (see :mod:`models.backups` for which are kept). The online backup API
copies on a thread of its own, so even a large project (100 MB: about a second) never
stalls the window. A backup that fails (a full disk, a folder Tekstur cannot write to) is
reported in the status bar and never touches the project.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
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
    databases are not backed up here. Backups run on a thread of their own (SQLite copies
    without holding Python's lock), so a large project never stalls the window.

    Signals:
        finished(result): a backup ended with this BackupInfo, or this BackupError.
    """

    finished = Signal(object)

    def __init__(self, session: ProjectSession, status_bar: QStatusBar | None = None) -> None:
        super().__init__(session)
        self._session = session
        self._status_bar = status_bar
        self.changed_since_backup = False
        self.running = False
        self.last: BackupInfo | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(backup_interval_minutes() * 60_000)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.finished.connect(self._finished)
        self.active = session.db.location.path is not None and not session.read_only
        if self.active:
            session.changed.connect(self._note_change)
            self.start("open")
            self.timer.start()

    def _note_change(self) -> None:
        self.changed_since_backup = True

    def back_up_if_changed(self) -> bool:
        """Start a backup when the project changed since the last one; True if one started."""
        return self.changed_since_backup and self.start("auto")

    def start(self, reason: str) -> bool:
        """Start a backup on its own thread (none while one runs); True if it started."""
        path = self._session.db.location.path
        if path is None or not self.active or self.running:
            return False
        self.running, self.changed_since_backup = True, False
        threading.Thread(target=self._work, args=(path, reason), daemon=True).start()
        return True

    def _work(self, path: Path, reason: str) -> None:
        result = _back_up(path, reason)
        with contextlib.suppress(RuntimeError):  # the session closed meanwhile
            self.finished.emit(result)

    def back_up(self, reason: str) -> BackupInfo | None:
        """Make a backup now, on this thread, and prune the old ones; None when it failed."""
        path = self._session.db.location.path
        if path is None or not self.active:
            return None
        result = _back_up(path, reason)
        self._finished(result)
        return result if isinstance(result, BackupInfo) else None

    def _finished(self, result: BackupInfo | BackupError) -> None:
        self.running = False
        if isinstance(result, BackupError):
            self.changed_since_backup = True  # try again at the next turn of the timer
            self._show(self.tr("Backup failed: {reason}").format(reason=str(result)))
        else:
            self.last = result

    def _show(self, message: str) -> None:
        if self._status_bar is not None:
            self._status_bar.showMessage(message, STATUS_MS)


def _back_up(path: Path, reason: str) -> BackupInfo | BackupError:
    """Make a backup and prune the old ones; a failure is returned, not raised."""
    try:
        made = make_backup(path, reason)
    except BackupError as error:
        return error
    with contextlib.suppress(BackupError):  # an old backup left over is no harm
        prune_backups(path)
    return made
