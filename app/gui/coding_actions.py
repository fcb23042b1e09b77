"""The coding gestures of the document view, as actions with shortcuts for menus and keyboard.

Every change goes through the session as one named undo step ("Code 'Tillid' in Interview
3"). Number keys, Delete, F8 and the rest work while the view has the keyboard focus. Coding
with a typed path and in vivo are in :mod:`app.gui.quick_code`; removing, fitting and stepping
through codings in :mod:`app.gui.coding_changes`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolTip

from app.gui import coding_changes
from app.gui.document_view import DocumentView
from app.gui.quick_code import (
    QuickCodeBox,
    ask_for_code_path,
    code_in_vivo,
    code_with_path,
)
from app.gui.session import Passage, ProjectSession
from models.commands import (
    AddCodings,
    CodingSpan,
)
from models.document_layers import CodingLayer

# Keys of the coding workbench, as the README lists them. None clashes with Ctrl+Z,
# Ctrl+Shift+Z, Ctrl+O, Ctrl+I, Ctrl+Q or Ctrl+F.
SHORTCUTS = [
    ("1 … 9", "Code the selection with recent code 1–9"),
    ("Ctrl+Return", "Code the selection with the current code"),
    ("Ctrl+K", "Quick code: type a code path (a new path creates the code)"),
    ("Ctrl+Shift+I", "Code in vivo: a new code named from the selected words"),
    ("Delete", "Remove the coding chosen in the stripes, or the one at the cursor"),
    ("Ctrl+E / Ctrl+Shift+E", "Extend / shrink the coding to the selection"),
    ("Ctrl+T", "Code the speaker turn at the cursor with the current code"),
    ("Ctrl+Shift+P", "Code the paragraph at the cursor with the current code"),
    ("F8 / Shift+F8", "Choose the next / previous coding (for Delete, Ctrl+E)"),
    ("Ctrl+F, F3, Shift+F3, Esc", "Find in document, next hit, previous hit, close"),
    ("Menu key / Shift+F10", "Context menu: codings at the cursor, remove, show coders"),
]


class CodingActions(QObject):
    """The coding actions of one :class:`DocumentView`, in :meth:`actions` order for menus.

    ``session`` returns the session to change (by default the view's). ``message`` carries
    short feedback ("Select the text to code first") that is also shown beside the cursor.
    """

    message = Signal(str)

    def __init__(
        self, view: DocumentView, session: Callable[[], ProjectSession | None] | None = None
    ) -> None:
        super().__init__(view)
        self.view = view
        self._session_of = session or (lambda: view.session)
        self._followed: ProjectSession | None = None
        self.current_code_id: int | None = None
        self.quick_code_box: QuickCodeBox | None = None
        self.recent_actions = [self._recent_action(number) for number in range(1, 10)]
        self.current_action = self._action(
            self.tr("Code with the &current code"), "Ctrl+Return", self.code_with_current
        )
        self.quick_action = self._action(self.tr("&Quick code…"), "Ctrl+K", self.quick_code)
        self.in_vivo_action = self._action(self.tr("Code in &vivo"), "Ctrl+Shift+I", self.in_vivo)
        self.uncode_action = self._action(self.tr("&Remove coding"), "Delete", self.uncode)
        self.extend_action = self._action(
            self.tr("&Extend coding to selection"), "Ctrl+E", lambda: self.resize(extend=True)
        )
        self.shrink_action = self._action(
            self.tr("&Shrink coding to selection"),
            "Ctrl+Shift+E",
            lambda: self.resize(extend=False),
        )
        self.turn_action = self._action(self.tr("Code speaker &turn"), "Ctrl+T", self.code_turn)
        self.paragraph_action = self._action(
            self.tr("Code &paragraph"), "Ctrl+Shift+P", self.code_paragraph
        )
        self.next_action = self._action(
            self.tr("&Next coding"), "F8", lambda: self.choose_next(forward=True)
        )
        self.previous_action = self._action(
            self.tr("Pre&vious coding"), "Shift+F8", lambda: self.choose_next(forward=False)
        )
        view.addActions(self.actions())
        view.context_menu_about_to_show.connect(self.extend_menu)
        view.session_changed.connect(self._follow_session)
        self._follow_session()

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def _recent_action(self, number: int) -> QAction:
        text = self.tr("Recent code {number}").format(number=number)
        return self._action(text, str(number), lambda: self.code_with_recent(number - 1))

    def actions(self) -> list[QAction]:
        """Every action, grouped by separators, for the window's Code menu."""
        groups = [
            [self.current_action, *self.recent_actions],
            [self.quick_action, self.in_vivo_action, self.turn_action, self.paragraph_action],
            [self.uncode_action, self.extend_action, self.shrink_action],
            [self.next_action, self.previous_action],
        ]
        listed: list[QAction] = []
        for group in groups:
            if listed:
                separator = QAction(self.view)
                separator.setSeparator(True)
                listed.append(separator)
            listed += group
        return listed

    def session(self) -> ProjectSession | None:
        """The session the actions change."""
        self._follow_session()
        return self._session_of()

    def _follow_session(self) -> None:
        session = self._session_of()
        if session is self._followed:
            return
        if self._followed is not None:
            self._followed.code_activated.disconnect(self._code_activated)
            self._followed.changed.disconnect(self.update_texts)
        self._followed, self.current_code_id = session, None
        if session is not None:
            session.code_activated.connect(self._code_activated)
            session.changed.connect(self.update_texts)
        self.update_texts()

    def _code_activated(self, code_id: int) -> None:
        self.current_code_id = code_id

    def update_texts(self) -> None:
        """Name the recent codes in the number-key actions."""
        session, shown = self._session_of(), self.view.shown
        recent = [] if session is None else session.recent_codes
        for index, action in enumerate(self.recent_actions):
            look = None
            if shown is not None and index < len(recent):
                look = shown.layers.codes.get(recent[index])
            if look is None:
                action.setText(self.tr("Recent code {number}").format(number=index + 1))
            else:
                action.setText(f"&{index + 1} {look.name}")

    def tell(self, text: str) -> None:
        """Give short feedback beside the text cursor (and through ``message``)."""
        self.message.emit(text)
        if self.view.isVisible():
            corner = self.view.cursorRect().bottomLeft()
            QToolTip.showText(self.view.viewport().mapToGlobal(corner), text, self.view)

    def label(self, template: str, code: str) -> str:
        """An undo label naming a code and the document shown."""
        return template.format(code=code, document=self.view.shown.name if self.view.shown else "")

    # --- coding -----------------------------------------------------------------------------

    def code(self, passage: Passage | None, code_id: int | None) -> bool:
        """Code ``passage`` with an existing code as the current coder; True if coded."""
        session, shown = self.session(), self.view.shown
        if session is None or shown is None or passage is None or passage.start >= passage.end:
            self.tell(self.tr("Select the text to code first."))
            return False
        look = None if code_id is None else shown.layers.codes.get(code_id)
        if code_id is None or look is None:
            self.tell(self.tr("Choose a code first (in the code list or with a number key)."))
            return False
        if not look.codable:
            text = self.tr("'{code}' only groups codes; choose one of its codes.")
            self.tell(text.format(code=look.path))
            return False
        own = self.view.own_coder_id()
        same = (code_id, own, passage.start, passage.end)
        if any(
            (c.code_id, c.coder_id, c.start, c.end) == same
            for c in shown.overlapping(passage.start, passage.end)
        ):
            self.tell(
                self.tr("This passage is already coded with '{code}'.").format(code=look.name)
            )
            return False
        span = CodingSpan(
            passage.document_id, code_id, session.coder_id, passage.start, passage.end
        )
        label = self.label(self.tr("Code '{code}' in {document}"), look.name)
        if not session.push(AddCodings([span], label), label):
            return False
        session.note_code_used(code_id)
        self.update_texts()
        return True

    def code_with_recent(self, index: int) -> bool:
        """Code the selection with recent code ``index`` (0 for key 1)."""
        session = self.session()
        recent = [] if session is None else session.recent_codes
        code_id = recent[index] if index < len(recent) else None
        return self.code(self.view.selected_passage(), code_id)

    def current_code(self) -> int | None:
        """The code announced last in the session, else the code used last."""
        session = self.session()
        if self.current_code_id is not None:
            return self.current_code_id
        return session.recent_codes[0] if session is not None and session.recent_codes else None

    def code_with_current(self) -> bool:
        """Code the selection with the current code."""
        return self.code(self.view.selected_passage(), self.current_code())

    def code_turn(self) -> bool:
        """Code the speaker turn at the cursor (what was said, not the label)."""
        shown = self.view.shown
        turn = None if shown is None else shown.turn_at(self.view.cursor_position())
        if shown is None or turn is None:
            self.tell(self.tr("The cursor is not in a speaker turn."))
            return False
        return self.code(Passage(shown.document_id, turn.start, turn.end), self.current_code())

    def code_paragraph(self) -> bool:
        """Code the paragraph (line of text) at the cursor, without its surrounding spaces."""
        shown = self.view.shown
        if shown is None:
            return False
        start, end = shown.lines.line_span(shown.lines.line_of(self.view.cursor_position()))
        line = shown.text[start:end]
        start, end = start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))
        if start >= end:
            self.tell(self.tr("The cursor is on an empty line."))
            return False
        return self.code(Passage(shown.document_id, start, end), self.current_code())

    def quick_code(self) -> None:
        """Ask for a code path in a popup beside the cursor and code the selection with it."""
        ask_for_code_path(self)

    def code_path(self, passage: Passage, path: str, *, in_vivo: bool = False) -> bool:
        """Code ``passage`` with the code at ``path``, creating it (in the same undo step)."""
        return code_with_path(self, passage, path, in_vivo=in_vivo)

    def in_vivo(self) -> bool:
        """Code the selection with a new code under "In vivo" named from its words."""
        return code_in_vivo(self)

    # --- changing codings -------------------------------------------------------------------

    def remove(self, layer: CodingLayer) -> bool:
        """Remove one coding."""
        return coding_changes.remove_coding(self, layer)

    def uncode(self) -> bool:
        """Remove the coding chosen in the stripes, else the one at the cursor (asking which
        when several are there)."""
        return coding_changes.uncode(self)

    def resize(self, *, extend: bool) -> bool:
        """Extend the coding to cover the selection too, or shrink it to the selection."""
        return coding_changes.resize_coding(self, extend=extend)

    def choose_next(self, *, forward: bool) -> bool:
        """Choose (select) the next or previous coding from the cursor, wrapping around."""
        return coding_changes.choose_next_coding(self, forward=forward)

    def extend_menu(self, menu: QMenu, position: int) -> None:
        """Add the coding actions, the codings at ``position`` and the coders to ``menu``."""
        coding_changes.extend_menu(self, menu, position)
