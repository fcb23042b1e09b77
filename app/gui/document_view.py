"""The read-only text of one document with its codings, coding stripes and a find bar.

Speaker labels are bold, headings larger, and every other speaker turn is shaded faintly.
Codings are not Qt extra selections: the view keeps them indexed by line
(:class:`models.drawn_document.DrawnDocument`) and paints only the lines on screen; when the
project changes it re-reads and re-indexes only the codings that changed. The current coder's
codings are filled, other coders' underlined (and outlined in the stripes).

Positions in the API are code points; they cross into Qt's UTF-16 units only here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from app.gui.coding_highlights import HIGHLIGHT_ALPHA, paint_text_layers
from app.gui.coding_stripes import CodingStripes
from app.gui.session import Passage, ProjectSession
from models.document_layers import CodingLayer, LayerChange, read_document_name
from models.drawn_document import DrawnDocument, label_span
from models.reading import document_headings

if TYPE_CHECKING:
    from app.gui.find_bar import FindBar

__all__ = ["HIGHLIGHT_ALPHA", "DocumentView"]

HEADING_SCALE = {1: 1.45, 2: 1.25, 3: 1.1}


class DocumentView(QPlainTextEdit):
    """Shows one document of the session's project for reading and coding.

    Signals:
        coding_clicked(coding_id): a coding was chosen (stripe click, next/previous coding).
        position_changed(document_id, position): the text cursor moved (code points).
        context_menu_about_to_show(menu, position): add entries to the context menu for the
            text position (code points) it was opened at.
        session_changed: another session (or none) is shown.
    """

    coding_clicked = Signal(int)
    position_changed = Signal(int, int)
    context_menu_about_to_show = Signal(QMenu, int)
    session_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(16)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self._session: ProjectSession | None = None
        self._shown: DrawnDocument | None = None
        self._visible_coders: set[int] | None = None
        self._selected_coding: int | None = None
        self.stripes = CodingStripes(self)
        self.find_bar: FindBar | None = None
        self.updateRequest.connect(self._scrolled)
        self.cursorPositionChanged.connect(self._cursor_moved)

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
        self._session = session
        self.show_document(None)
        if session is not None:
            session.changed.connect(self.refresh)
            session.coder_changed.connect(self._layers_changed)
        self.session_changed.emit()

    @property
    def document_id(self) -> int | None:
        """The id of the document shown, if any."""
        return None if self._shown is None else self._shown.document_id

    @property
    def shown(self) -> DrawnDocument | None:
        """The document on screen with its codings indexed by line."""
        return self._shown

    def text(self) -> str:
        """The text of the document shown, exactly as stored."""
        return "" if self._shown is None else self._shown.text

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
        self._shown = DrawnDocument(session.db, document_id, name)
        self._shown.visible_coders = self._visible_coders
        self._set_text(session, self._shown)
        change = self._shown.layers.reload()
        self._layers_changed(change)
        if self.find_bar is not None:
            self.find_bar.search_again()

    def refresh(self) -> None:
        """Bring the codings of the document shown up to date (only what changed is redrawn)."""
        shown, session = self._shown, self._session
        if shown is None or session is None:
            return
        change = shown.layers.reload()
        if shown.layers.name is None:  # deleted, or its import undone
            self.show_document(None)
            return
        shown.name = shown.layers.name
        if change is not None:
            self._layers_changed(change)

    def _set_text(self, session: ProjectSession, shown: DrawnDocument) -> None:
        """Set the text, with headings larger and each speaker's label in bold."""
        self.setPlainText(shown.text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout pass for all the formats
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for turn in shown.turns:
            start, end = label_span(shown.text, turn)
            if shown.text[start:end].strip():
                self._select(cursor, start, end).mergeCharFormat(bold)
        for heading in document_headings(session.db, shown.document_id):
            style = QTextCharFormat()
            style.setFontWeight(QFont.Weight.Bold)
            style.setFontPointSize(self.font().pointSizeF() * HEADING_SCALE.get(heading.level, 1.0))
            self._select(cursor, heading.start, heading.end).mergeCharFormat(style)
        cursor.endEditBlock()

    def _select(self, cursor: QTextCursor, start: int, end: int) -> QTextCursor:
        assert self._shown is not None
        cursor.setPosition(self._shown.to_utf16(start))
        cursor.setPosition(self._shown.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def own_coder_id(self) -> int | None:
        """The id of the session's coder when they have coded in this project (else None)."""
        if self._shown is None or self._session is None:
            return None
        name = self._session.coder_name
        return next((i for i, n in self._shown.layers.coders.items() if n == name), None)

    def set_visible_coders(self, coders: set[int] | None) -> None:
        """Show only the codings of these coders (by id); ``None`` shows everyone's."""
        self._visible_coders = None if coders is None else set(coders)
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

    def selected_passage(self) -> Passage | None:
        """The selected text as a passage in code points, or None."""
        cursor = self.textCursor()
        if self._shown is None or not cursor.hasSelection():
            return None
        to_code_point = self._shown.positions.to_code_point
        start, end = to_code_point(cursor.selectionStart()), to_code_point(cursor.selectionEnd())
        return Passage(self._shown.document_id, start, end)

    def cursor_position(self) -> int:
        """The text cursor's position in code points."""
        if self._shown is None:
            return 0
        return self._shown.positions.to_code_point(self.textCursor().position())

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        """Show a document, select ``[start, end)`` (code points) and scroll to it."""
        if self.document_id != document_id:
            self.show_document(document_id)
        if self._shown is not None:
            end = max(0, min(end, len(self._shown.text)))
            self._select_span(max(0, min(start, end)), end, keep_scroll=False)

    def select_passage_quietly(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll only as far as needed to show it."""
        self.setTextCursor(self._select(QTextCursor(self.document()), start, end))
        self.ensureCursorVisible()

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

    def _select_span(self, start: int, end: int, *, keep_scroll: bool) -> None:
        bar = self.verticalScrollBar()
        scrolled = bar.value()
        cursor = QTextCursor(self.document())
        if not keep_scroll:
            self.setTextCursor(self._select(cursor, start, start))
            self.centerCursor()
            scrolled = bar.value()
        self.setTextCursor(self._select(cursor, start, end))
        bar.setValue(scrolled)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        """Plain text plus the passage, so the selection can be dropped on a code."""
        # Qt's own selection data lists a fixed set of formats, so a new object carries ours.
        passage = self.selected_passage()
        data = passage.to_mime() if passage is not None else QMimeData()
        data.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        return data

    def _cursor_moved(self) -> None:
        if self._shown is not None:
            self.position_changed.emit(self._shown.document_id, self.cursor_position())

    def set_find_hits(self, hits: list[tuple[int, int]]) -> None:
        """Mark these spans (code points) as search hits."""
        if self._shown is not None:
            self._shown.set_hits(hits)
        self.viewport().update()

    def visible_blocks(self, top: float, bottom: float) -> Iterator[tuple[QTextBlock, QRectF]]:
        """The text blocks (lines of the text) between ``top`` and ``bottom`` on screen."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > bottom:
                break
            if block.isVisible() and rect.bottom() >= top:
                yield block, rect
            block = block.next()

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
