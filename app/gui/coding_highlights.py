"""Painting codings and search hits in a document's text, under the text that Qt paints.

Overlapping codings are cut into pieces and each piece is painted once, in the blend of its
codes' colours, a little denser for each extra code, so the text stays readable. Other
coders' codings are underlined in their colours instead of filled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from models.document_layers import CodingLayer
from models.drawn_document import DrawnDocument, covering_pieces

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from app.gui.document_view import DocumentView

HIGHLIGHT_ALPHA = 70  # of 255: light enough to read black text through overlapping codings
OVERLAP_ALPHA_STEP = 22  # each further code over a piece of text makes it a little denser
MAX_ALPHA = 150
UNDERLINE = 2.0  # pixels per other coder's coding under a line, at most MAX_UNDERLINES
MAX_UNDERLINES = 3
HIT_FILL, HIT_EDGE = QColor(255, 213, 79, 150), QColor(214, 137, 16)


class BlockLines:
    """The laid-out lines of one text block on screen, and where positions in them are."""

    def __init__(self, block: QTextBlock, rect: QRectF) -> None:
        layout = block.layout()
        self.rect = rect
        self.lines = [layout.lineAt(number) for number in range(layout.lineCount())]
        self.spans = [(ln.textStart(), ln.textStart() + ln.textLength()) for ln in self.lines]
        self._x: dict[tuple[int, int], float] = {}

    def x(self, number: int, position: int) -> float:
        """The x of ``position`` on line ``number``."""
        key = (number, position)
        found = self._x.get(key)
        if found is None:
            # PySide answers (x, position) for QTextLine.cursorToX.
            found, _ = cast(tuple[float, int], self.lines[number].cursorToX(position))
            self._x[key] = found
        return found

    def rects(self, start: int, end: int) -> list[QRectF]:
        """Where ``[start, end)`` (UTF-16, relative to the block) is on screen."""
        found = []
        for number, (first, last) in enumerate(self.spans):
            if first >= end:
                break
            low, high = max(start, first), min(end, last)
            if low < high:
                left, right = self.x(number, low), self.x(number, high)
                line = self.lines[number]
                top = self.rect.top() + line.y()
                found.append(
                    QRectF(
                        self.rect.left() + min(left, right), top, abs(right - left), line.height()
                    )
                )
        return found


_blends: dict[tuple[tuple[str, ...], int], QColor] = {}


_solids: dict[str, QColor] = {}


def solid(color: str) -> QColor:
    """A code's colour, opaque."""
    found = _solids.get(color)
    if found is None:
        found = _solids[color] = QColor(color)
    return found


def blend(colors: Sequence[str]) -> QColor:
    """The fill for a piece of text under codings of these colours (one entry per coding)."""
    key = (tuple(sorted(set(colors))), len(colors))
    found = _blends.get(key)
    if found is None:
        parts = [QColor(name) for name in key[0]]
        found = QColor(
            sum(c.red() for c in parts) // len(parts),
            sum(c.green() for c in parts) // len(parts),
            sum(c.blue() for c in parts) // len(parts),
            min(MAX_ALPHA, HIGHLIGHT_ALPHA + OVERLAP_ALPHA_STEP * (len(colors) - 1)),
        )
        _blends[key] = found
    return found


def paint_codings(
    painter: QPainter,
    shown: DrawnDocument,
    block: QTextBlock,
    lines: BlockLines,
    codings: Sequence[CodingLayer],
    own_coder: int | None,
) -> None:
    """Paint the codings over one block: the current coder's filled, others' underlined."""
    base, limit, to_utf16 = block.position(), block.length() - 1, shown.to_utf16
    spans = [(to_utf16(c.start) - base, to_utf16(c.end) - base) for c in codings]
    for low, high, over in covering_pieces(spans, range(len(spans)), 0, limit):
        mine = [codings[i].color for i in over if codings[i].coder_id == own_coder]
        theirs = [codings[i].color for i in over if codings[i].coder_id != own_coder]
        theirs = list(dict.fromkeys(theirs))[:MAX_UNDERLINES]
        for piece in lines.rects(low, high):
            if mine:
                painter.fillRect(piece, blend(mine))
            for number, color in enumerate(theirs):
                bottom = piece.bottom() - number * UNDERLINE
                line = QRectF(piece.left(), bottom - UNDERLINE, piece.width(), UNDERLINE)
                painter.fillRect(line, solid(color))


def paint_hits(
    painter: QPainter,
    shown: DrawnDocument,
    block: QTextBlock,
    lines: BlockLines,
    hits: Sequence[tuple[int, int]],
) -> None:
    """Mark search hits in one block."""
    base, limit = block.position(), block.length() - 1
    painter.setPen(QPen(HIT_EDGE, 1.0))
    painter.setBrush(HIT_FILL)
    for start, end in hits:
        low, high = max(0, shown.to_utf16(start) - base), min(limit, shown.to_utf16(end) - base)
        for piece in lines.rects(low, high):
            painter.drawRect(piece.adjusted(0.5, 0.5, -0.5, -0.5))


def paint_text_layers(
    painter: QPainter, view: DocumentView, shown: DrawnDocument, area: QRect
) -> None:
    """Paint what lies under the text in ``area`` of the view's viewport: every other turn
    shaded, codings, search hits."""
    shade = view.palette().color(QPalette.ColorRole.AlternateBase)
    width = view.viewport().width()
    own = view.own_coder_id()
    for block, rect in view.visible_blocks(area.top(), area.bottom()):
        line = block.blockNumber()
        if shown.shaded[line]:
            painter.fillRect(QRectF(0, rect.top(), width, rect.height()), shade)
        if shown.by_line[line] or shown.hits_by_line[line]:
            lines = BlockLines(block, rect)
            if shown.by_line[line]:
                paint_codings(painter, shown, block, lines, shown.by_line[line], own)
            if shown.hits_by_line[line]:
                paint_hits(painter, shown, block, lines, shown.hits_by_line[line])
