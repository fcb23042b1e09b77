"""The read-only text of one document with its codings, coding stripes and a find bar.

Speaker labels are bold and headings larger (:mod:`app.gui.passage_text_edit`), and every
other speaker turn is shaded faintly. Codings are not Qt extra selections: the view keeps them
indexed by line (:class:`models.drawn_document.DrawnDocument`) and paints only the lines on
screen; when the project changes it re-reads and re-indexes only the codings that changed. The
current coder's codings are filled, other coders' underlined (and outlined in the stripes).

Positions in the API are code points; they cross into Qt's UTF-16 units only in the view, its
text edit and its painting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.coding_highlights import HIGHLIGHT_ALPHA, paint_text_layers
from app.gui.coding_stripes import CodingStripes
from app.gui.passage_text_edit import PassageTextEdit
from app.gui.session import ProjectSession
from models.document_layers import CodingLayer, LayerChange, read_document_name
from models.drawn_document import DrawnDocument
from models.pseudonyms import text_revision
from models.reading import document_headings

if TYPE_CHECKING:
    from app.gui.find_bar import FindBar

__all__ = ["HIGHLIGHT_ALPHA", "DocumentView"]


class DocumentView(PassageTextEdit):
    """Shows one document of the session's project for reading and coding.

    Signals:
        coding_clicked(coding_id): a coding was chosen (stripe click, next/previous coding).
        position_changed(document_id, position): the text cursor moved (code points; from
            :class:`PassageTextEdit`).
        context_menu_about_to_show(menu, position): add entries to the context menu for the
            text position (code points) it was opened at.
        session_changed: another session (or none) is shown.
    """

    coding_clicked = Signal(int)
    context_menu_about_to_show = Signal(QMenu, int)
    session_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._visible_coders: set[int] | None = None
        self._selected_coding: int | None = None
        self._text_revision: tuple[int, int] | None = None
        self.stripes = CodingStripes(self)
        self.find_bar: FindBar | None = None
        self.updateRequest.connect(self._scrolled)

    @property
    def session(self) -> ProjectSession | None:
        """The session whose project is shown."""
        return self._session

    def set_session(self, session: ProjectSession | None) -> None:
        """Show documents of ``session``'s project from now on (the view is emptied)."""
        old = self._session
        if old is not None:
            old.changed.disconnect(self.refresh)
            old.coder_changed.disconnect(self._layers_changed)
            old.visible_coders_changed.disconnect(self._follow_visible_coders)
        self._session = session
        wanted = None if session is None else session.visible_coders
        self._visible_coders = None if wanted is None else set(wanted)
        self.show_document(None)
        if session is not None:
            session.changed.connect(self.refresh)
            session.coder_changed.connect(self._layers_changed)
            session.visible_coders_changed.connect(self._follow_visible_coders)
        self.session_changed.emit()

    def show_document(self, document_id: int | None) -> None:
        """Show a document with its codings; ``None`` empties the view.

        Showing the document already shown only brings its codings up to date.
        """
        session = self._session
        name = None
        if session is not None and document_id is not None:
            if document_id == self.document_id:
                self.refresh()
                return
            with session.db.read() as connection:
                name = read_document_name(connection, document_id)
        self._selected_coding = None
        if session is None or document_id is None or name is None:
            self._shown = None
            self.clear()
            self._layers_changed()
            return
        with session.db.read() as connection:
            self._text_revision = text_revision(connection, document_id)
        self._shown = DrawnDocument(session.db, document_id, name)
        self._shown.visible_coders = self._visible_coders
        self._set_text(self._shown, document_headings(session.db, document_id))
        change = self._shown.layers.reload()
        self._layers_changed(change)
        if self.find_bar is not None:
            self.find_bar.search_again()

    def refresh(self) -> None:
        """Bring the codings of the document shown up to date (only what changed is redrawn)."""
        shown, session = self._shown, self._session
        if shown is None or session is None:
            return
        with session.db.read() as connection:
            revision = text_revision(connection, shown.document_id)
        if revision != self._text_revision:  # pseudonymised, or that undone: read it again
            self._shown = None
            self.show_document(shown.document_id)
            return
        change = shown.layers.reload()
        if shown.layers.name is None:  # deleted, or its import undone
            self.show_document(None)
            return
        shown.name = shown.layers.name
        if change is not None:
            self._layers_changed(change)

    def own_coder_id(self) -> int | None:
        """The id of the session's coder when they have coded in this project (else None)."""
        if self._shown is None or self._session is None:
            return None
        name = self._session.coder_name
        return next((i for i, n in self._shown.layers.coders.items() if n == name), None)

    def set_visible_coders(self, coders: set[int] | None) -> None:
        """Show only the codings of these coders (by id); ``None`` shows everyone's.

        The session's coder filter follows, so the other views show the same coders.
        """
        self._show_coders(coders)
        if self._session is not None:
            self._session.set_visible_coders(coders)

    def _follow_visible_coders(self) -> None:
        if self._session is not None:
            wanted = self._session.visible_coders
            self._show_coders(None if wanted is None else set(wanted))

    def _show_coders(self, coders: set[int] | None) -> None:
        coders = None if coders is None else set(coders)
        if coders == self._visible_coders:
            return
        self._visible_coders = coders
        if self._shown is not None:
            self._shown.visible_coders = self._visible_coders
            self._layers_changed(LayerChange([], [], complete=True))

    def visible_coders(self) -> set[int] | None:
        """The coders whose codings are shown (``None``: everyone)."""
        return None if self._visible_coders is None else set(self._visible_coders)

    def shown_codings(self) -> list[CodingLayer]:
        """The codings drawn (of the coders shown), in text order."""
        layers = [] if self._shown is None else self._shown.visible_codings()
        return sorted(layers, key=lambda c: (c.start, c.end, c.coding_id))

    def codings_at(self, position: int) -> list[CodingLayer]:
        """The codings drawn over ``position`` (or ending right there), narrowest first."""
        return [] if self._shown is None else self._shown.codings_at(position)

    def _layers_changed(self, change: LayerChange | None = None) -> None:
        """Re-index what changed; repaint only the lines it is drawn on, when it can."""
        shown = self._shown
        if shown is not None and change is not None:
            shown.apply(change)
        if self.stripes.set_columns(shown, self.own_coder_id()):
            if self.stripes.margin_width() != self.viewportMargins().left():
                self._place_stripes()
            change = None
        if shown is None or change is None or change.complete:
            self.viewport().update()
            self.stripes.update()
            return
        changed = shown.changed_lines(change)
        for block, rect in self.visible_blocks(0, self.viewport().height()):
            if any(block.blockNumber() in lines for lines in changed):
                area = rect.toAlignedRect()
                self.viewport().update(area)
                self.stripes.update(0, area.top(), self.stripes.width(), area.height())

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        """Show a document, select ``[start, end)`` (code points) and scroll to it."""
        if self.document_id != document_id:
            self.show_document(document_id)
        if self._shown is not None:
            end = max(0, min(end, len(self._shown.text)))
            self._select_span(max(0, min(start, end)), end, keep_scroll=False)

    def select_coding(self, coding_id: int, *, keep_scroll: bool = True) -> bool:
        """Select a coding's text and emit ``coding_clicked``; False if it is not shown."""
        layer = None if self._shown is None else self._shown.layers.codings.get(coding_id)
        if layer is None or self._shown is None or not self._shown.is_visible(layer):
            return False
        self._select_span(layer.start, layer.end, keep_scroll=keep_scroll)
        self._selected_coding = coding_id
        self.coding_clicked.emit(coding_id)
        return True

    def chosen_coding(self) -> CodingLayer | None:
        """The coding chosen last (stripe click, next/previous coding), if it still exists."""
        if self._shown is None or self._selected_coding is None:
            return None
        return self._shown.layers.codings.get(self._selected_coding)

    def selected_coding(self) -> CodingLayer | None:
        """The coding chosen last, while its text is still what is selected."""
        layer, passage = self.chosen_coding(), self.selected_passage()
        if layer is None or passage is None or passage.start != layer.start:
            return None
        return layer if passage.end == layer.end else None

    def set_find_hits(self, hits: list[tuple[int, int]]) -> None:
        """Mark these spans (code points) as search hits."""
        if self._shown is not None:
            self._shown.set_hits(hits)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint turn shading, codings and search hits under the text that Qt paints."""
        if self._shown is not None:
            painter = QPainter(self.viewport())
            paint_text_layers(painter, self, self._shown, event.rect())
            painter.end()
        super().paintEvent(event)

    def _scrolled(self, rect: QRect, dy: int) -> None:
        if dy:
            self.stripes.scroll(0, dy)
        else:
            self.stripes.update(0, rect.y(), self.stripes.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the stripes beside the text."""
        super().resizeEvent(event)
        self._place_stripes()

    def _place_stripes(self) -> None:
        width = self.stripes.margin_width()
        self.setViewportMargins(width, 0, 0, 0)
        area = self.contentsRect()
        self.stripes.setGeometry(area.left(), area.top(), width, self.viewport().height())

    def attach_find_bar(self, bar: FindBar) -> None:
        """Let ``bar`` find in this view; Ctrl+F, F3, Shift+F3 and Esc here reach it."""
        self.find_bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The find keys go to the find bar (a window's own Ctrl+F action comes first)."""
        if self.find_bar is not None and self.find_bar.handle_key(event):
            return
        super().keyPressEvent(event)

    def context_menu(self, position: int) -> QMenu:
        """The context menu for a text position (code points): copy, then coding entries."""
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        self.context_menu_about_to_show.emit(menu, position)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """Open the context menu for the place clicked (or the cursor, from the keyboard)."""
        position = self.cursor_position()
        if event.reason() != QContextMenuEvent.Reason.Keyboard and self._shown is not None:
            utf16 = self.cursorForPosition(event.pos()).position()
            position = self._shown.positions.to_code_point(utf16)
        menu = self.context_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()
