"""The command protocol: a change that applies in one transaction and yields its inverse."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError, OperationalError

from models.changes import ChangeConflictError, ChangeRecorder, RowChange, invert
from models.database import ProjectDatabase
from models.team import announce_changes


class CommandError(Exception):
    """A command cannot be applied; the message says why, and nothing was changed."""


class Command(ABC):
    """One change to a project, described for the user by ``label``.

    Subclasses implement :meth:`record`, writing only through the recorder; they may keep
    what they created (an id) on ``self`` for the caller to read after applying. Commands
    compose: a command may call other commands' ``record(tx)`` and use the ids they created,
    all in the same transaction and so in one undo step (see ``CodePassage``).
    """

    @property
    @abstractmethod
    def label(self) -> str:
        """A short description such as ``Code 'Tillid' in Interview 3``."""

    @abstractmethod
    def record(self, tx: ChangeRecorder) -> None:
        """Make the change through ``tx``; raise CommandError to refuse it."""


class Replay(Command):
    """Changes recorded earlier, applied again: what undo and redo are made of."""

    def __init__(self, label: str, changes: Sequence[RowChange]) -> None:
        self._label = label
        self.changes = list(changes)

    @property
    def label(self) -> str:
        """The label of the command these changes came from."""
        return self._label

    def record(self, tx: ChangeRecorder) -> None:
        """Apply the stored changes; a conflict with someone else's edit refuses the replay."""
        tx.replay(self.changes)


class Batch(Command):
    """Several commands applied as one: one transaction, one undo step."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        self._label = label
        self.commands = list(commands)

    @property
    def label(self) -> str:
        """The label given to the whole batch."""
        return self._label

    def record(self, tx: ChangeRecorder) -> None:
        """Record each command in turn."""
        for command in self.commands:
            command.record(tx)


def check_span(start: int, end: int, length: int, what: str) -> None:
    """Refuse a span that is empty, reversed or reaches outside ``[0, length]``."""
    if start < 0 or end > length or end <= start:
        raise CommandError(
            f"{what} [{start}, {end}) does not fit inside the text, which has {length} characters"
        )


def apply_command(db: ProjectDatabase, command: Command) -> Replay:
    """Apply ``command`` in one transaction and return the command that undoes it exactly.

    On any error the transaction is rolled back, so the project holds either all of the
    change or none of it.
    """
    try:
        with db.write() as connection:
            tx = ChangeRecorder(connection)
            command.record(tx)
            announce_changes(db, connection, tx.changes)  # PostgreSQL delivers it on commit
    except ChangeConflictError as conflict:
        raise CommandError(f"{command.label}: {conflict}") from conflict
    except IntegrityError as error:
        raise CommandError(
            f"{command.label}: the project refused the change ({_reason(error)})"
        ) from error
    except OperationalError as error:
        if not _disk_full(error):
            raise
        raise CommandError(
            f"{command.label}: the disk is full, so nothing was changed;"
            " free some space and try again"
        ) from error
    return Replay(command.label, invert(tx.changes))


def _disk_full(error: OperationalError) -> bool:
    """SQLite's SQLITE_FULL, or PostgreSQL's disk_full (SQLSTATE 53100)."""
    return "disk is full" in str(error.orig) or getattr(error.orig, "sqlstate", "") == "53100"


def _reason(error: IntegrityError) -> str:
    text = str(error.orig).strip().splitlines()
    return text[0] if text else "integrity error"
