"""Writing a memo on the project, a document, a code, a case or a coding.

There is no save button: what is typed is saved after a short pause, when the editor loses
the focus, and before it shows another memo. Each save is one undo step, so a burst of typing
is undone at once, never keystroke by keystroke. The first save adds the memo
(:class:`AddMemo`), later ones edit it (:class:`EditMemo`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.gui.session import ProjectSession
from models.commands import AddMemo, Command, EditMemo
from models.memo_reading import MemoRow, memo_on, memo_row, target_name
from models.notes import MEMO_TARGETS

SAVE_AFTER_MS = 1200


class MemoEditor(QWidget):
    """A memo's title and text, saved by itself.

    ``show_target(target, target_id)`` edits the memo on an object (``target`` one of
    ``document_id``, ``code_id``, ``case_id``, ``coding_id``, or None for the project); it is
    created when the user first types. ``show_memo(memo_id)`` edits a memo chosen in a list.
    """

    saved = Signal(int)
    """The memo's id, after each save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._target: str | None = None
        self._target_id: int | None = None
        self._memo_id: int | None = None
        self._stored = ("", "")
        self._loading = self._saving = False
        self._by_target = True
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Write a memo…"))
        self.text_edit.setTabChangesFocus(True)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        self.title_edit.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        for edit in (self.title_edit, self.text_edit):
            edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.text_edit, 1)
        self.setEnabled(False)

    @property
    def memo_id(self) -> int | None:
        """The memo being edited (None until the first save of a new memo)."""
        return self._memo_id

    @property
    def dirty(self) -> bool:
        """Whether the editor holds changes not yet saved."""
        return self._content() != self._stored

    def set_session(self, session: ProjectSession | None) -> None:
        """Edit memos of ``session``'s project (None: nothing)."""
        self.save()
        if self._session is not None:
            self._session.changed.disconnect(self._project_changed)
        self._session = session
        if session is not None:
            session.changed.connect(self._project_changed)
        self._show(None, None, None)

    def show_target(self, target: str | None, target_id: int | None) -> None:
        """Edit the memo on an object (its first memo; a new one once the user types)."""
        if target is not None and target not in MEMO_TARGETS:
            raise ValueError(f"memos attach to {MEMO_TARGETS}, not {target}")
        self.save()
        found = None if self._session is None else memo_on(self._session.db, target, target_id)
        self._by_target = True
        self._show(target, target_id, found)

    def new_memo(self, target: str | None = None, target_id: int | None = None) -> None:
        """Start a new memo on an object (None: on the project), even if it has memos."""
        self.save()
        self._by_target = False
        self._show(target, target_id, None)
        self.title_edit.setFocus()

    def show_memo(self, memo_id: int) -> None:
        """Edit one memo by id."""
        self.save()
        found = None if self._session is None else memo_row(self._session.db, memo_id)
        if found is not None:
            self._by_target = False
            self._show(found.target, found.target_id, found)

    def clear(self) -> None:
        """Show no memo (after saving what was typed)."""
        self.save()
        self._show(None, None, None)
        self.setEnabled(False)

    def _show(self, target: str | None, target_id: int | None, found: MemoRow | None) -> None:
        self._target, self._target_id = target, target_id
        self._memo_id = None if found is None else found.id
        self._set_content(("", "") if found is None else (found.title, found.text))
        self.setEnabled(self._session is not None)
        self.heading.setText(self._what() if self._session is not None else "")

    def _content(self) -> tuple[str, str]:
        return self.title_edit.text(), self.text_edit.toPlainText()

    def _set_content(self, content: tuple[str, str]) -> None:
        self.timer.stop()
        self._stored = content
        if self._content() != content:
            self._loading = True
            self.title_edit.setText(content[0])
            self.text_edit.setPlainText(content[1])
            self.text_edit.moveCursor(QTextCursor.MoveOperation.End)  # go on writing
            self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Save when the title or the text loses the focus."""
        if event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def save(self) -> bool:
        """Save what was typed since the last save as one undo step; False if nothing was."""
        self.timer.stop()
        session = self._session
        if session is None or not self.dirty:
            return False
        title, text = self._content()
        command: Command
        if self._memo_id is None:
            if not title.strip() and not text.strip():
                return False
            command = AddMemo(text, title, self._target, self._target_id, session.coder_id)
            label = self.tr("Write memo on {what}").format(what=self._what())
        else:
            command = EditMemo(self._memo_id, text, title)
            label = self.tr("Edit memo on {what}").format(what=self._what())
        previous, self._stored = self._stored, (title, text)
        self._saving = True
        try:
            applied = session.push(command, label)
        finally:
            self._saving = False
        if not applied:
            self._stored = previous
            return False
        if isinstance(command, AddMemo):
            self._memo_id = command.memo_id
        assert self._memo_id is not None
        self.saved.emit(self._memo_id)
        return True

    def _what(self) -> str:
        if self._target is None or self._session is None:
            return self.tr("the project")
        name, document = target_name(self._session.db, self._target, self._target_id)
        kinds = {
            "document_id": self.tr("document '{name}'"),
            "code_id": self.tr("code '{name}'"),
            "case_id": self.tr("case '{name}'"),
            "coding_id": self.tr("coding '{name}' in {document}"),
        }
        return kinds[self._target].format(name=name, document=document)

    def _project_changed(self) -> None:
        """After an undo or someone's change, show the stored memo unless the user is typing."""
        if self._session is None or self._saving or self.dirty:
            return
        db = self._session.db
        found = memo_row(db, self._memo_id) if self._memo_id is not None else None
        if found is None and self._by_target:
            found = memo_on(db, self._target, self._target_id)
        self._memo_id = None if found is None else found.id
        self._set_content(("", "") if found is None else (found.title, found.text))
        self.heading.setText(self._what())
