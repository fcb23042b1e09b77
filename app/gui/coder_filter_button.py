"""The coder filter: "Coders: all ▾", a menu of the project's coders to show or hide.

It sets the session's ``visible_coders``, which the document view (highlights and stripes)
and the coded passages follow, so one coder, several or all can be read at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.gui.session import ProjectSession
from models.browsing import coder_entries

NAMES_SHOWN = 2  # beyond this many coders the button counts them instead of naming them


class CoderFilterButton(QToolButton):
    """A tool button whose menu has a checkable entry per coder, and one for all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._coders: dict[int, str] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill_menu)
        self.setToolTip(self.tr("Show the codings of these coders only"))
        self._show_choice()

    def set_session(self, session: ProjectSession | None) -> None:
        """Filter the coders of ``session`` (None: disabled)."""
        if self._session is not None:
            self._session.changed.disconnect(self._read_coders)
            self._session.visible_coders_changed.disconnect(self._show_choice)
        self._session = session
        if session is not None:
            session.changed.connect(self._read_coders)
            session.visible_coders_changed.connect(self._show_choice)
        self._read_coders()

    def _read_coders(self) -> None:
        session = self._session
        entries = [] if session is None else coder_entries(session.db)
        self._coders = {entry.id: entry.name for entry in entries}
        self.setEnabled(session is not None)
        self._show_choice()

    def visible(self) -> frozenset[int] | None:
        """The coders shown (None: everyone)."""
        return None if self._session is None else self._session.visible_coders

    def fill_menu(self) -> None:
        """List the coders, each checked when shown."""
        menu = self.menu()
        menu.clear()
        shown = self.visible()
        everyone = menu.addAction(self.tr("All coders"))
        everyone.setCheckable(True)
        everyone.setChecked(shown is None)
        everyone.triggered.connect(lambda: self.show_coders(None))
        menu.addSeparator()
        for coder_id, name in sorted(self._coders.items(), key=lambda c: c[1].casefold()):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(shown is None or coder_id in shown)
            action.toggled.connect(lambda on, coder=coder_id: self._toggle(coder, on))
        only = menu.addMenu(self.tr("Only"))
        for coder_id, name in sorted(self._coders.items(), key=lambda c: c[1].casefold()):
            only.addAction(name).triggered.connect(
                lambda _=False, coder=coder_id: self.show_coders({coder})
            )

    def coder_actions(self) -> dict[str, QAction]:
        """The menu's checkable coder entries by name (filled first)."""
        self.fill_menu()
        found = {}
        for action in self.menu().actions():
            if action.isCheckable() and action.text() in self._coders.values():
                found[action.text()] = action
        return found

    def show_coders(self, coders: set[int] | None) -> None:
        """Show these coders' codings (None: everyone's); all of them counts as everyone."""
        if self._session is None:
            return
        if coders is not None and set(self._coders) <= coders:
            coders = None
        self._session.set_visible_coders(coders)

    def _toggle(self, coder_id: int, on: bool) -> None:
        shown = self.visible()
        chosen = set(self._coders) if shown is None else set(shown)
        self.show_coders(chosen | {coder_id} if on else chosen - {coder_id})

    def _show_choice(self) -> None:
        shown = self.visible()
        if shown is None:
            what = self.tr("all")
        else:
            names = sorted((self._coders[c] for c in shown if c in self._coders), key=str.casefold)
            if not names:
                what = self.tr("none")
            elif len(names) <= NAMES_SHOWN:
                what = ", ".join(names)
            else:
                locale = QLocale()
                what = self.tr("{shown} of {total}").format(
                    shown=locale.toString(len(names)), total=locale.toString(len(self._coders))
                )
        self.setText(self.tr("Coders: {which}").format(which=what))
