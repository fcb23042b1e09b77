"""The read-only text of one document, with speaker labels in bold and codings highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from models.database import ProjectDatabase
from models.positions import Utf16Positions
from models.reading import coded_spans, document_headings, document_text

HIGHLIGHT_ALPHA = 70  # of 255: light enough to read black text through two or three layers
HEADING_SCALE = {1: 1.45, 2: 1.25, 3: 1.1}


class DocumentView(QPlainTextEdit):
    """Shows a document; positions cross into Qt's UTF-16 units only here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(16)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self._shown: tuple[int, Utf16Positions] | None = None

    @property
    def document_id(self) -> int | None:
        """The id of the document shown, if any."""
        return None if self._shown is None else self._shown[0]

    def show_document(self, db: ProjectDatabase | None, document_id: int | None) -> None:
        """Show a document with its current codings; ``None`` empties the view."""
        if db is None or document_id is None:
            self._shown = None
            self.clear()
            return
        if self.document_id != document_id:
            # A document's text never changes, so it is only loaded when another is selected.
            self._shown = (document_id, self._load_text(db, document_id))
        self.refresh_codings(db)

    def refresh_codings(self, db: ProjectDatabase) -> None:
        """Redraw the highlights of the document shown."""
        if self._shown is None:
            return
        document_id, positions = self._shown
        selections = []
        for span in coded_spans(db, document_id):
            if 0 <= span.start < span.end <= positions.length:
                background = QColor(span.color)
                background.setAlpha(HIGHLIGHT_ALPHA)
                highlight = QTextCharFormat()
                highlight.setBackground(background)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.span_cursor(
                    positions.to_utf16(span.start), positions.to_utf16(span.end)
                )
                selection.format = highlight
                selections.append(selection)
        self.setExtraSelections(selections)

    def _load_text(self, db: ProjectDatabase, document_id: int) -> Utf16Positions:
        """Set the text, with headings larger and each speaker's label (``Borger:``) in bold."""
        text, turns = document_text(db, document_id)
        positions = Utf16Positions(text)
        self.setPlainText(text)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for turn in turns:
            line_start = text.rfind("\n", 0, turn.start) + 1
            label_start, label_end = line_start, turn.start
            if not text[line_start : turn.start].strip() and line_start > 0:
                # The label stands alone on the line above ("Speaker 1  0:03").
                label_end = line_start - 1
                label_start = text.rfind("\n", 0, label_end) + 1
            if text[label_start:label_end].strip():
                cursor = self.span_cursor(
                    positions.to_utf16(label_start), positions.to_utf16(label_end)
                )
                cursor.mergeCharFormat(bold)
        for heading in document_headings(db, document_id):
            style = QTextCharFormat()
            style.setFontWeight(QFont.Weight.Bold)
            style.setFontPointSize(self.font().pointSizeF() * HEADING_SCALE.get(heading.level, 1.0))
            cursor = self.span_cursor(
                positions.to_utf16(heading.start), positions.to_utf16(heading.end)
            )
            cursor.mergeCharFormat(style)
        return positions

    def span_cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting the UTF-16 positions ``[start, end)``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor
