"""The coding-stripes margin beside a document's text (the highlights in the text are painted
by :mod:`app.gui.coding_highlights`).

The margin works like a line-number area: it sits in the view's left viewport margin and
paints only the lines on screen. It has one column per code and coder (by code path, the
current coder's column first), and a stripe beside the lines each coding covers: filled for
the current coder's codings, outlined for other coders'. Hovering shows code path and coder;
a click selects the coding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.gui.coding_highlights import solid
from models.document_layers import CodeLook, CodingLayer
from models.drawn_document import DrawnDocument

if TYPE_CHECKING:
    from app.gui.document_view import DocumentView

COLUMN_WIDTH, NARROWEST_COLUMN, GAP, PADDING = 6, 3, 2, 4
OVERHANG = 4  # pixels a stripe reaches past the lines painted when it goes on beyond them
WIDEST_MARGIN = 180  # beyond this many columns the columns get narrower, not the margin wider


@dataclass(frozen=True)
class StripeColumn:
    """One column of the margin: the codings of one code by one coder."""

    code_id: int
    coder_id: int
    code_path: str
    color: str
    coder_name: str
    own: bool


def stripe_columns(shown: DrawnDocument | None, own_coder: int | None) -> list[StripeColumn]:
    """The columns for the codings drawn, by code path, the current coder's before others'."""
    if shown is None:
        return []
    codes, coders = shown.layers.codes, shown.layers.coders
    missing = CodeLook("?", "?", "#000000")
    columns = [
        StripeColumn(
            code_id,
            coder_id,
            codes.get(code_id, missing).path,
            codes.get(code_id, missing).color,
            coders.get(coder_id, "?"),
            coder_id == own_coder,
        )
        for code_id, coder_id in shown.columns
    ]
    return sorted(columns, key=lambda c: (c.code_path.casefold(), not c.own, c.coder_name))


class CodingStripes(QWidget):
    """The coding-stripes margin of a :class:`DocumentView`."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view
        self._columns: list[StripeColumn] = []
        self._column_of: dict[tuple[int, int], int] = {}
        self.order: Callable[[StripeColumn], Any] | None = None  # a view's own column order
        self.setMouseTracking(True)

    def columns(self) -> list[StripeColumn]:
        """The columns, left to right."""
        return list(self._columns)

    def set_columns(self, shown: DrawnDocument | None, own_coder: int | None) -> bool:
        """Make columns for the codings drawn; True when they are not the ones before."""
        columns = stripe_columns(shown, own_coder)
        if self.order is not None:
            columns.sort(key=self.order)
        if columns == self._columns:
            return False
        self._columns = columns
        self._column_of = {(c.code_id, c.coder_id): i for i, c in enumerate(self._columns)}
        return True

    def column_width(self) -> int:
        """The width of one column in pixels."""
        fits = (WIDEST_MARGIN - 2 * PADDING) // max(1, len(self._columns)) - GAP
        return max(NARROWEST_COLUMN, min(COLUMN_WIDTH, fits))

    def margin_width(self) -> int:
        """The width the margin needs."""
        return 2 * PADDING + max(1, len(self._columns)) * (self.column_width() + GAP)

    def column_left(self, index: int) -> float:
        """The left edge of column ``index``."""
        return float(PADDING + index * (self.column_width() + GAP))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the stripes beside the lines to be painted."""
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Window))
        own = self._view.own_coder_id()
        for stripe, layer in self.stripes(area.top(), area.bottom()):
            color = solid(layer.color)
            if layer.coder_id == own:
                painter.fillRect(stripe, color)
            else:
                painter.setPen(QPen(color, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(stripe.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.end()

    def stripes(self, top: float, bottom: float) -> list[tuple[QRectF, CodingLayer]]:
        """The stripes beside the lines between ``top`` and ``bottom``; a stripe that goes on
        above or below them reaches a little past, so its outline is not drawn there."""
        shown = self._view.shown
        if shown is None:
            return []
        extents: dict[int, tuple[float, float, CodingLayer]] = {}
        for block, rect in self._view.visible_blocks(top, bottom):
            layout, base, limit = block.layout(), block.position(), block.length() - 1
            for layer in shown.by_line[block.blockNumber()]:
                start = shown.to_utf16(layer.start) - base
                end = shown.to_utf16(layer.end) - base
                if start < 0:
                    upper = rect.top() - OVERHANG
                else:
                    upper = rect.top() + layout.lineForTextPosition(start).y() + 1
                if end > limit + 1:
                    lower = rect.bottom() + OVERHANG
                else:
                    last = layout.lineForTextPosition(max(start, min(end, limit + 1) - 1))
                    lower = rect.top() + last.y() + last.height() - 1
                known = extents.get(layer.coding_id)
                if known is not None:
                    upper, lower = min(upper, known[0]), max(lower, known[1])
                extents[layer.coding_id] = (upper, lower, layer)
        width, found = self.column_width(), []
        for upper, lower, layer in extents.values():
            column = self._column_of.get((layer.code_id, layer.coder_id))
            if column is not None:
                stripe = QRectF(self.column_left(column), upper, width, max(2.0, lower - upper))
                found.append((stripe, layer))
        return found

    def codings_at(self, point: QPointF) -> list[CodingLayer]:
        """The codings whose stripes are at ``point``, shortest first."""
        found = [
            layer
            for stripe, layer in self.stripes(0, self.height())
            if stripe.adjusted(-GAP / 2, 0, GAP / 2, 0).contains(point)
        ]
        return sorted(found, key=lambda c: (c.end - c.start, c.start))

    def event(self, event: QEvent) -> bool:
        """Show the code path and coder of the stripes under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            layers = self.codings_at(QPointF(event.pos()))
            if layers:
                QToolTip.showText(event.globalPos(), self.describe(layers), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def describe(self, layers: Sequence[CodingLayer]) -> str:
        """One line per coding: code path and coder."""
        return "\n".join(
            self.tr("{code} (coder: {coder})").format(code=c.code_path, coder=c.coder_name)
            for c in dict.fromkeys(layers)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Select the coding whose stripe was clicked."""
        layers = self.codings_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and layers:
            self._view.select_coding(layers[0].coding_id)
            self._view.setFocus()
        else:
            super().mousePressEvent(event)
