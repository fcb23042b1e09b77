"""Find in the document shown: a bar to put below the text, with hit count, next and previous.

Ctrl+F in the view opens it (with a short one-line selection as the query); it finds as you
type (case-insensitive, every hit marked in the text); Enter and F3 go to the next hit,
Shift+Enter and Shift+F3 to the previous one; Esc closes it. The keys are handled by the view
and the bar themselves, so a window may also offer :meth:`FindBar.find_actions` in a menu
(or its own Ctrl+F action calling :meth:`FindBar.open`) without an ambiguous shortcut.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

if TYPE_CHECKING:
    from app.gui.document_view import DocumentView

LONGEST_PREFILL = 80  # a longer selection is not taken as the query


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``query`` in ``text``, in code points."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


class FindBar(QWidget):
    """The find bar of a :class:`DocumentView`; lay it out below the view (it starts hidden)."""

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        view.attach_find_bar(self)
        self._hits: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._search)
        self.edit.installEventFilter(self)
        self.count_label = QLabel()
        self.find_action = self._action(
            self.tr("&Find in document…"), QKeySequence.StandardKey.Find
        )
        self.find_action.triggered.connect(self.open)
        self.next_action = self._action(self.tr("Find &next"), QKeySequence("F3"))
        self.next_action.triggered.connect(lambda: self.step(forward=True))
        self.previous_action = self._action(self.tr("Find &previous"), QKeySequence("Shift+F3"))
        self.previous_action.triggered.connect(lambda: self.step(forward=False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        style = self.style()
        for icon, action in (
            (QStyle.StandardPixmap.SP_ArrowUp, self.previous_action),
            (QStyle.StandardPixmap.SP_ArrowDown, self.next_action),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setIcon(style.standardIcon(icon))
            layout.addWidget(button)
        close = QToolButton()
        close.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        # Shown in menus; the keys themselves reach the view and the bar as key presses.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return action

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on Ctrl+F, F3, Shift+F3 and Esc pressed in the view or the bar."""
        if event.matches(QKeySequence.StandardKey.Find):
            self.open()
        elif event.key() == Qt.Key.Key_F3:
            self.step(forward=not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif event.key() == Qt.Key.Key_Escape and self.isVisible():
            self.close_bar()
        else:
            return False
        return True

    def find_actions(self) -> list[QAction]:
        """Find, find next and find previous, for menus."""
        return [self.find_action, self.next_action, self.previous_action]

    def hits(self) -> list[tuple[int, int]]:
        """The hits of the current query, in code points."""
        return list(self._hits)

    def open(self) -> None:
        """Show the bar and put the keyboard in it, with a short selection as the query."""
        passage = self._view.selected_passage()
        if passage is not None:
            selected = self._view.text()[passage.start : passage.end]
            if len(selected) <= LONGEST_PREFILL and "\n" not in selected:
                self.edit.setText(selected)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        """Hide the bar and its marks; the keyboard goes back to the text."""
        self.hide()
        self._view.set_find_hits([])
        self._view.setFocus()

    def search_again(self) -> None:
        """Search the document now shown (after another one was shown)."""
        if self.isVisible():
            self._search()

    def _search(self) -> None:
        self._hits = find_all(self._view.text(), self.edit.text())
        self._starts = [start for start, _ in self._hits]
        self._view.set_find_hits(self._hits)
        if self._hits:
            # Typing refines the query where the reader is, so go to the first hit from there.
            passage = self._view.selected_passage()
            here = passage.start if passage is not None else self._view.cursor_position()
            self._go_to(bisect_left(self._starts, here) % len(self._hits))
        else:
            self.count_label.setText(self.tr("No matches") if self.edit.text() else "")

    def step(self, *, forward: bool) -> None:
        """Select the next (or previous) hit after (or before) the selection, wrapping around."""
        if not self._hits:
            return
        passage = self._view.selected_passage()
        here = passage.start if passage is not None else self._view.cursor_position()
        if forward:
            index = bisect_right(self._starts, here) % len(self._hits)
        else:
            index = (bisect_left(self._starts, here) - 1) % len(self._hits)
        self._go_to(index)

    def _go_to(self, index: int) -> None:
        start, end = self._hits[index]
        self._view.select_passage_quietly(start, end)
        locale = QLocale()
        self.count_label.setText(
            self.tr("{current} of {total}").format(
                current=locale.toString(index + 1), total=locale.toString(len(self._hits))
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter and Shift+Enter step through the hits; Esc closes the bar."""
        if watched is self.edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.step(forward=not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
            if event.type() == QEvent.Type.KeyPress and self.handle_key(event):
                return True
        return super().eventFilter(watched, event)
