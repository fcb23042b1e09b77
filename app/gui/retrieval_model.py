"""Coded passages as a list model, and the delegate that draws each with its context.

A code can have thousands of passages: the model hands them to the view in batches as it
scrolls (``canFetchMore``/``fetchMore``), and the delegate lays out each passage once per
width and draws it, rather than a widget per passage.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from analysis.segments import CodedSegment
from models.paths import join_code_path

SEGMENT_ROLE = Qt.ItemDataRole.UserRole
BATCH = 200  # passages handed to the view at a time
_LAYOUT_CACHE = 2000  # laid-out passages kept before the cache starts again

Index = QModelIndex | QPersistentModelIndex


def compact_attributes(segment: CodedSegment) -> str:
    """The attribute values in one short line, like a quote's attribution."""
    return ", ".join(value for value in segment.attributes.values() if value)


class SegmentListModel(QAbstractListModel):
    """The passages of a retrieval, one row each, handed out in batches of :data:`BATCH`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[CodedSegment] = []
        self._shown = 0

    def set_segments(self, segments: list[CodedSegment]) -> None:
        """Show ``segments`` (the first batch at once, the rest as the view asks)."""
        self.beginResetModel()
        self._segments = list(segments)
        self._shown = min(BATCH, len(self._segments))
        self.endResetModel()

    def total(self) -> int:
        """How many passages the retrieval found, shown yet or not."""
        return len(self._segments)

    def segments(self) -> list[CodedSegment]:
        """Every passage of the retrieval, shown yet or not."""
        return list(self._segments)

    def segment(self, index: Index) -> CodedSegment | None:
        """The passage at ``index``."""
        return self._segments[index.row()] if index.isValid() else None

    def row_of(self, coding_id: int) -> QModelIndex:
        """The index of a coding's passage (handing out batches up to it), or an invalid one."""
        for row, segment in enumerate(self._segments):
            if segment.coding_id == coding_id:
                while self._shown <= row:
                    self.fetchMore(QModelIndex())
                return self.index(row, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The passages handed to the view so far."""
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """Whether passages are left to hand out."""
        return not parent.isValid() and self._shown < len(self._segments)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Hand the view the next batch."""
        if not self.canFetchMore(parent):
            return
        last = min(self._shown + BATCH, len(self._segments))
        self.beginInsertRows(QModelIndex(), self._shown, last - 1)
        self._shown = last
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The passage's text; its object under :data:`SEGMENT_ROLE`; details as tooltip."""
        segment = self.segment(index)
        if segment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return segment.text
        if role == SEGMENT_ROLE:
            return segment
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                join_code_path(list(segment.code_path)),
                segment.document_name,
                *(f"{name}: {value}" for name, value in segment.attributes.items()),
                self.tr("Coded by {coder}").format(coder=segment.coder_name),
            ]
            if segment.case_name:
                lines.insert(2, segment.case_name)
            return "\n".join(lines)
        return None


class SegmentDelegate(QStyledItemDelegate):
    """Draws a passage: a muted line naming document, speaker, attributes (and the code when
    sub-codes are included), then the text with its context greyed before and after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_code = False
        self._layouts: dict[tuple[int, int, bool], QTextDocument] = {}

    def forget_layouts(self) -> None:
        """Lay passages out anew (after the passages or the look changed)."""
        self._layouts.clear()

    def laid_out(self, segment: CodedSegment, option: QStyleOptionViewItem) -> QTextDocument:
        """The passage laid out at the width of ``option`` (kept for the next paint)."""
        width = max(option.rect.width(), 120)
        key = (segment.coding_id, width, self.show_code)
        if key not in self._layouts:
            if len(self._layouts) >= _LAYOUT_CACHE:
                self._layouts.clear()
            document = QTextDocument()
            document.setDocumentMargin(6)
            document.setDefaultFont(option.font)
            muted = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            document.setHtml(self._html(segment, muted.name()))
            document.setTextWidth(width)
            self._layouts[key] = document
        return self._layouts[key]

    def _html(self, segment: CodedSegment, muted: str) -> str:
        def text(value: str) -> str:
            return html.escape(value).replace("\n", "<br>")

        heading = [f"<b>{text(segment.document_name)}</b>"]
        if segment.speaker:
            heading.append(text(segment.speaker))
        attributes = compact_attributes(segment)
        if attributes:
            heading.append(text(attributes))
        if self.show_code:
            heading.append(text(join_code_path(list(segment.code_path))))
        before = f"…{text(segment.before)}" if segment.before else ""
        after = f"{text(segment.after)}…" if segment.after else ""
        return (
            f"<div style='color:{muted}'>{' · '.join(heading)}</div>"
            f"<div style='white-space:pre-wrap'>"
            f"<span style='color:{muted}'>{before}</span>{text(segment.text)}"
            f"<span style='color:{muted}'>{after}</span></div>"
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """The height the passage takes at the view's width."""
        segment = index.data(SEGMENT_ROLE)
        if not isinstance(segment, CodedSegment):
            return super().sizeHint(option, index)
        document = self.laid_out(segment, self._option_at_view_width(option))
        return QSize(int(document.textWidth()), math.ceil(document.size().height()))

    def _option_at_view_width(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        view = self.parent()
        sized = QStyleOptionViewItem(option)
        if isinstance(view, QWidget) and hasattr(view, "viewport"):
            sized.rect.setWidth(view.viewport().width())
        return sized

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The selection background, then the laid-out passage."""
        segment = index.data(SEGMENT_ROLE)
        if not isinstance(segment, CodedSegment):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        document = self.laid_out(segment, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            highlighted = option.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, highlighted)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
