"""Keeping a window on a team project up to date with what the others change.

A :class:`TeamWatch` belongs to the session of a ``postgresql://`` project. It asks its
:class:`models.team.ChangeListener` every :data:`POLL_MS` milliseconds for announcements (a
poll is one ``select`` on an idle socket, so it costs next to nothing) and, for changes made
by another window or another person, emits the session's ``remote_changed`` and then
``changed`` — once per poll however many arrived, so a burst of codings costs one refresh.
The panels already bring themselves up to date on ``changed``; the document view re-reads
only the codings that changed and keeps its scroll position and selection.

A timer rather than a socket notifier: the listener opens a new socket after a dropped
connection, and a timer needs no re-wiring for that.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.gui.session import ProjectSession
from models.changes import ChangeConflictError
from models.commands import CommandError
from models.team import ChangeListener, TeamChange, merge_changes, origin_id

POLL_MS = 300
_log = logging.getLogger(__name__)


class TeamWatch(QObject):
    """Turns other people's announced changes into the session's ``changed`` signal."""

    def __init__(self, session: ProjectSession, listener: ChangeListener) -> None:
        super().__init__(session)
        self.session = session
        self.listener = listener
        self._own_origin = origin_id(session.db)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.destroyed.connect(listener.close)

    @classmethod
    def attach(cls, session: ProjectSession) -> TeamWatch | None:
        """Watch ``session``'s project when it is a team project (None for a project file, or
        when the server does not let the listener in: the window then works without it)."""
        if session.db.location.is_sqlite:
            return None
        import psycopg

        try:
            listener = ChangeListener(session.db.location)
        except psycopg.Error as error:
            _log.warning("not following changes of %s: %s", session.db.location, error)
            return None
        return cls(session, listener)

    def poll(self) -> TeamChange | None:
        """Take the announcements that arrived; tell the panels about others' changes.
        Returns what others changed (None: nothing)."""
        arrived = self.listener.poll()
        change = merge_changes(c for c in arrived if c.origin != self._own_origin)
        if change is not None:
            self.session.remote_changed.emit(change)
            self.session.changed.emit()
        return change

    def stop(self) -> None:
        """Stop following the project and close the listening connection."""
        self._timer.stop()
        self.listener.close()


def undo_failure_message(error: CommandError, *, redo: bool) -> str:
    """What to tell the user when an undo or redo is refused: plainly that someone else
    changed the same thing, when that is why."""
    if isinstance(error.__cause__, ChangeConflictError):
        if redo:
            return QCoreApplication.translate(
                "TeamWatch", "Someone else changed this meanwhile; your redo was not applied."
            )
        return QCoreApplication.translate(
            "TeamWatch", "Someone else changed this meanwhile; your undo was not applied."
        )
    return str(error)
