"""The read-only text of one document, spoken to in code points.

:class:`PassageTextEdit` shows a :class:`models.drawn_document.DrawnDocument`'s text with its
speaker labels bold and its headings larger, and reads and sets the selection and the cursor in
code points; they cross into Qt's UTF-16 units only here. The document view builds on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.gui.session import Passage
from models.drawn_document import DrawnDocument, label_span
from models.reading import HeadingRow

HEADING_SCALE = {1: 1.45, 2: 1.25, 3: 1.1}


class PassageTextEdit(QPlainTextEdit):
    """A read-only text view of one document whose selection and cursor are in code points.

    Signals:
        position_changed(document_id, position): the text cursor moved (code points).
    """

    position_changed = Signal(int, int)

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
        self._shown: DrawnDocument | None = None
        self.cursorPositionChanged.connect(self._cursor_moved)

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

    def _set_text(self, shown: DrawnDocument, headings: Iterable[HeadingRow]) -> None:
        """Set the text, with headings larger and each speaker's label in bold."""
        # setPlainText writes with the format at the cursor: a cursor left in a bold label
        # would make the whole new text bold.
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(shown.text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout pass for all the formats
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for turn in shown.turns:
            start, end = label_span(shown.text, turn)
            if shown.text[start:end].strip():
                self._select(cursor, start, end).mergeCharFormat(bold)
        for heading in headings:
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

    def select_passage_quietly(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll only as far as needed to show it."""
        self.setTextCursor(self._select(QTextCursor(self.document()), start, end))
        self.ensureCursorVisible()

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
            # With a selection, its first character is where the reader is: a selection that
            # ends where a coding ends is still inside that coding.
            cursor = self.textCursor()
            where = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
            self.position_changed.emit(
                self._shown.document_id, self._shown.positions.to_code_point(where)
            )

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
