"""The open project as the widgets share it: database, undo stack, current coder, navigation.

Every widget of the workbench takes a :class:`ProjectSession`. Widgets change the project
only through :meth:`ProjectSession.push`, and bring themselves up to date when ``changed``
fires (after every push, undo and redo, and after work applied elsewhere such as an import).
Positions in signals and in dragged passages are code points, never Qt's UTF-16 units.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from sqlalchemy import select

from models.commands import Command, CommandError, EnsureCoder, UndoStack, apply_command
from models.database import ProjectDatabase
from models.documents import Coder

PASSAGE_MIME_TYPE = "application/x-tekstur-passage"
RECENT_CODES = 9  # number keys 1–9


@dataclass(frozen=True)
class Passage:
    """A span of one document in code points, ``[start, end)``."""

    document_id: int
    start: int
    end: int

    def to_mime(self) -> QMimeData:
        """The passage as drag-and-drop data (Tekstur's own type plus nothing else)."""
        data = QMimeData()
        payload = {"document_id": self.document_id, "start": self.start, "end": self.end}
        data.setData(PASSAGE_MIME_TYPE, json.dumps(payload).encode("utf-8"))
        return data

    @classmethod
    def from_mime(cls, data: QMimeData) -> Passage | None:
        """The passage carried by ``data``, or None when it carries none."""
        if not data.hasFormat(PASSAGE_MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(PASSAGE_MIME_TYPE).data()).decode("utf-8"))
            return cls(int(payload["document_id"]), int(payload["start"]), int(payload["end"]))
        except (ValueError, KeyError, TypeError):
            return None


class ProjectSession(QObject):
    """One open project: the database, its undo stack, who is coding, and where to look.

    Signals:
        changed: the project changed (push, undo, redo or work applied elsewhere).
        navigate(document_id, start, end): show this passage (code points) in its document.
        code_activated(code_id): the user chose a code (the retrieval panel lists its passages).
        coder_changed: ``coder_id`` now names someone else.
        visible_coders_changed: ``visible_coders`` (whose codings the views show) changed.
        remote_changed(change): someone else changed a team project (a
            :class:`models.team.TeamChange`, emitted just before ``changed``).
    """

    changed = Signal()
    navigate = Signal(int, int, int)
    code_activated = Signal(int)
    coder_changed = Signal()
    visible_coders_changed = Signal()
    remote_changed = Signal(object)

    def __init__(self, db: ProjectDatabase, coder_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = UndoStack(db)
        self.undo_stack.subscribe(self.changed.emit)
        self._coder_name = coder_name
        self._coder_id: int | None = None
        self.recent_codes: list[int] = []
        self.message_parent: QWidget | None = None
        self._visible_coders: frozenset[int] | None = None

    @property
    def read_only(self) -> bool:
        """True when the project is open read-only: :meth:`push` refuses every change."""
        return self.db.read_only

    @property
    def coder_name(self) -> str:
        """The name new codings and memos are recorded under."""
        return self._coder_name

    @property
    def coder_id(self) -> int:
        """The current coder's id; the coder is added to the project the first time it is needed
        (in its own small step, which is not on the undo stack)."""
        if self._coder_id is None and self.read_only:  # nothing is written: 0 when unknown
            with self.db.read() as connection:
                found = connection.execute(select(Coder.id).where(Coder.name == self._coder_name))
                return found.scalar() or 0
        if self._coder_id is None:
            ensure = EnsureCoder(self._coder_name)
            apply_command(self.db, ensure)
            assert ensure.coder_id is not None
            self._coder_id = ensure.coder_id
        return self._coder_id

    def set_coder(self, name: str) -> None:
        """Code as ``name`` from now on."""
        if name != self._coder_name:
            self._coder_name, self._coder_id = name, None
            self.coder_changed.emit()

    @property
    def visible_coders(self) -> frozenset[int] | None:
        """The coders (by id) whose codings the document view and coded passages show;
        None shows everyone's."""
        return self._visible_coders

    def set_visible_coders(self, coders: Iterable[int] | None) -> None:
        """Show only these coders' codings (None: everyone's); announced when it changes."""
        chosen = None if coders is None else frozenset(coders)
        if chosen != self._visible_coders:
            self._visible_coders = chosen
            self.visible_coders_changed.emit()

    def push(self, command: Command, label: str | None = None) -> bool:
        """Apply ``command`` as one undo step named ``label`` (the user's language).

        A refused command is shown to the user and changes nothing; returns whether it applied.
        A read-only project refuses every command with a message in the status bar.
        """
        if self.read_only:
            if isinstance(self.message_parent, QMainWindow):
                message = self.tr("The project is open read-only; “{label}” was not done.")
                self.message_parent.statusBar().showMessage(
                    message.format(label=label or command.label), 10_000
                )
            return False
        try:
            self.undo_stack.push(command, label)
        except CommandError as error:
            QMessageBox.warning(
                self.message_parent, self.tr("Cannot change the project"), str(error)
            )
            return False
        return True

    def note_code_used(self, code_id: int) -> None:
        """Put ``code_id`` first among the recent codes (the ones number keys 1–9 apply)."""
        if code_id in self.recent_codes:
            self.recent_codes.remove(code_id)
        self.recent_codes.insert(0, code_id)
        del self.recent_codes[RECENT_CODES:]

    def close(self) -> None:
        """Close the database; the session is not used afterwards."""
        self.undo_stack.unsubscribe(self.changed.emit)
        self.db.close()
