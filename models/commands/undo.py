"""A Qt-free undo stack over commands; the GUI's QUndoStack adapter sits on top of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.commands.base import Command, Replay, apply_command
from models.database import ProjectDatabase


@dataclass
class _Step:
    label: str
    undo: Command
    redo: Replay | None = None


class UndoStack:
    """Applies commands to a project and walks back and forth through them.

    Redo replays exactly the rows the original command wrote, ids included. A step that no
    longer applies (someone else changed the same rows) raises CommandError and leaves both
    the project and the stack as they were.
    """

    def __init__(self, db: ProjectDatabase, limit: int = 500) -> None:
        self.db = db
        self.limit = limit
        self._done: list[_Step] = []
        self._undone: list[_Step] = []
        self._listeners: list[Callable[[], None]] = []

    def push(self, command: Command, label: str | None = None) -> Command:
        """Apply ``command`` and make it the next step to undo; returns the command.

        ``label`` replaces the command's own (English) label, so a window can name the step
        in the user's language.
        """
        inverse = apply_command(self.db, command)
        self._done.append(_Step(label or command.label, inverse))
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify()
        return command

    def add_applied(self, label: str, undo: Command) -> None:
        """Make work already applied elsewhere (a batch import, in several transactions) the
        next step to undo; ``undo`` is the command that reverses all of it."""
        self._done.append(_Step(label, undo))
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify()

    def undo(self) -> str | None:
        """Undo the last step; returns its label, or None when there is nothing to undo."""
        if not self._done:
            return None
        step = self._done[-1]
        step.redo = apply_command(self.db, step.undo)
        self._undone.append(self._done.pop())
        self._notify()
        return step.label

    def redo(self) -> str | None:
        """Redo the last undone step; returns its label, or None when there is nothing to redo."""
        if not self._undone:
            return None
        step = self._undone[-1]
        assert step.redo is not None
        step.undo = apply_command(self.db, step.redo)
        self._done.append(self._undone.pop())
        self._notify()
        return step.label

    @property
    def undo_label(self) -> str | None:
        """What undo would undo."""
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        """What redo would redo."""
        return self._undone[-1].label if self._undone else None

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every push, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in self._listeners:
            listener()
