"""The one job runner: long work off the GUI thread, with a progress dialog and cancel.

The work is an ordinary core function that takes a progress callback (see
:mod:`models.progress`). The runner's callback forwards progress to the dialog through a
queued signal, and raises ``OperationCancelledError`` inside the work once the user cancels.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.progress import OperationCancelledError, Progress

SHOW_AFTER_MS = 400


class _WorkThread(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_requested = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except OperationCancelledError:
            self.cancelled = True
        except Exception as error:  # reported to the user by the runner, never lost
            self.error = error

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.cancel_requested.is_set():
            raise OperationCancelledError
        self.progressed.emit(done, total, what)


class JobRunner(QObject):
    """Runs one job at a time for a window; the window stays responsive while it runs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._thread: _WorkThread | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        """True while a job is running."""
        return self._thread is not None

    def start(
        self,
        title: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> bool:
        """Run ``work(progress)`` in a thread; then call ``done(result)`` or ``failed(error)``.

        Both are called on the GUI thread. A job cancelled by the user calls neither unless
        the work itself returns (an import reports what it stored before the cancel). Returns
        False, starting nothing, while another job is running.
        """
        if self._thread is not None:
            return False
        thread = _WorkThread(work, self)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: self._cancel(thread, dialog))
        thread.progressed.connect(
            lambda n, total, what: self._show(dialog, title, n, total, what),
            Qt.ConnectionType.QueuedConnection,
        )
        thread.finished.connect(lambda: self._finish(thread, dialog, done, failed))
        self._thread, self.dialog = thread, dialog
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running job to stop at its next progress report."""
        if self._thread is not None and self.dialog is not None:
            self._cancel(self._thread, self.dialog)

    def _cancel(self, thread: _WorkThread, dialog: QProgressDialog) -> None:
        thread.cancel_requested.set()
        dialog.setLabelText(self.tr("Cancelling…"))

    def _show(self, dialog: QProgressDialog, title: str, done: int, total: int, what: str) -> None:
        if self._thread is None or self._thread.cancel_requested.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(f"{title}\n{what}" if what else title)

    def _finish(
        self,
        thread: _WorkThread,
        dialog: QProgressDialog,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._thread, self.dialog = None, None
        dialog.close()
        dialog.deleteLater()
        thread.deleteLater()
        if thread.error is not None:
            failed(thread.error)
        elif not thread.cancelled:
            done(thread.result)
