"""A document as a view draws it, without Qt: its text and turns, and codings and search hits
indexed by line.

:class:`LineIndex` answers which spans touch which line of the text (a line is a
``QTextDocument`` block), and :func:`covering_pieces` cuts overlapping spans into pieces that
each have one set of spans over them, so a view can paint overlaps in one layer instead of
stacking them. :class:`DrawnDocument` keeps the codings of a :class:`DocumentLayers` by line.

All positions are code points, ``[start, end)``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

from models.database import ProjectDatabase
from models.document_layers import CodingLayer, DocumentLayers, LayerChange
from models.positions import Utf16Positions
from models.reading import SpeakerTurnRow, document_text

_NEWLINE = re.compile("\n")


class LineIndex:
    """The lines of a text (split at ``\\n``) and which spans touch each of them."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, position: int) -> int:
        """The number of the line that holds ``position`` (a ``\\n`` belongs to its line)."""
        return max(0, bisect_right(self.starts, position) - 1)

    def line_span(self, line: int) -> tuple[int, int]:
        """``[start, end)`` of a line, without its ``\\n``."""
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else self.length
        return self.starts[line], end

    def buckets(self, spans: Iterable[tuple[int, int]]) -> list[list[int]]:
        """For each line, the indexes of the spans that share a character with it."""
        lines: list[list[int]] = [[] for _ in self.starts]
        for index, (start, end) in enumerate(spans):
            first = self.line_of(start)
            last = self.line_of(max(start, end - 1))
            for line in range(first, last + 1):
                lines[line].append(index)
        return lines


def covering_pieces(
    spans: Sequence[tuple[int, int]], indexes: Iterable[int], low: int, high: int
) -> list[tuple[int, int, list[int]]]:
    """Cut ``[low, high)`` at every span edge; each piece that spans cover, with their indexes.

    ``indexes`` picks the spans to consider (a line's bucket). Pieces come in text order and
    every character of a piece is covered by exactly the listed spans (in index order).
    """
    edges: list[tuple[int, int, int]] = []  # position, 0 for an end / 1 for a start, index
    for index in indexes:
        start, end = max(spans[index][0], low), min(spans[index][1], high)
        if start < end:
            edges += ((start, 1, index), (end, 0, index))
    edges.sort()
    pieces: list[tuple[int, int, list[int]]] = []
    over: set[int] = set()
    previous = low
    for position, starts, index in edges:
        if position > previous and over:
            pieces.append((previous, position, sorted(over)))
        if starts:
            over.add(index)
        else:
            over.discard(index)
        previous = position
    return pieces


def label_span(text: str, turn: SpeakerTurnRow) -> tuple[int, int]:
    """Where a turn's speaker label stands: before it on its line, or alone on the line above."""
    line_start = text.rfind("\n", 0, turn.start) + 1
    if not text[line_start : turn.start].strip() and line_start > 0:
        # The label stands alone on the line above ("Speaker 1  0:03").
        above_end = line_start - 1
        return text.rfind("\n", 0, above_end) + 1, above_end
    return line_start, turn.start


class DrawnDocument:
    """A document as a view draws it: text, shaded turns, and codings and hits by line.

    ``visible_coders`` (None: everyone) and ``visible_codes`` (None: every code) decide which
    codings are indexed and so drawn.
    """

    def __init__(self, db: ProjectDatabase, document_id: int, name: str) -> None:
        self.document_id, self.name = document_id, name
        self.text, self.turns = document_text(db, document_id)
        self.positions = Utf16Positions(self.text)
        self._plain = self.positions.utf16_length == self.positions.length  # no emoji
        self._utf16: dict[int, int] = {}
        self.lines = LineIndex(self.text)
        self.layers = DocumentLayers(db, document_id)
        self.visible_coders: set[int] | None = None
        self.visible_codes: set[int] | None = None
        self.columns: Counter[tuple[int, int]] = Counter()  # codings drawn per (code, coder)
        self.by_line: list[list[CodingLayer]] = [[] for _ in range(len(self.lines))]
        self.hits_by_line: list[list[tuple[int, int]]] = [[] for _ in range(len(self.lines))]
        self.shaded = [False] * len(self.lines)  # every other speaker turn
        for number, turn in enumerate(self.turns):
            if number % 2:
                first = self.lines.line_of(label_span(self.text, turn)[0])
                last = self.lines.line_of(max(turn.start, turn.end - 1))
                self.shaded[first : last + 1] = [True] * (last + 1 - first)

    def to_utf16(self, position: int) -> int:
        """A code point offset as a UTF-16 offset (Qt's document position); painting asks
        for the same few thousand offsets again and again, so they are remembered."""
        if self._plain:
            return position
        found = self._utf16.get(position)
        if found is None:
            found = self._utf16[position] = self.positions.to_utf16(position)
        return found

    def is_visible(self, layer: CodingLayer) -> bool:
        """Whether ``layer``'s coder and code are shown."""
        if self.visible_codes is not None and layer.code_id not in self.visible_codes:
            return False
        return self.visible_coders is None or layer.coder_id in self.visible_coders

    def visible_codings(self) -> list[CodingLayer]:
        """The codings drawn, in no particular order."""
        return [c for c in self.layers.codings.values() if self.is_visible(c)]

    def apply(self, change: LayerChange) -> None:
        """Bring the line index up to date with what a reload found."""
        if change.complete:
            self.by_line = [[] for _ in range(len(self.lines))]
            self.columns.clear()
            self._index(self.visible_codings())
            return
        for layer in change.removed:
            if self.is_visible(layer):
                for line in self._lines_of(layer.start, layer.end):
                    self.by_line[line] = [c for c in self.by_line[line] if c is not layer]
                self.columns[(layer.code_id, layer.coder_id)] -= 1
        self.columns = +self.columns  # drop the columns left empty
        self._index([c for c in change.added if self.is_visible(c)])

    def _index(self, layers: Iterable[CodingLayer]) -> None:
        for layer in layers:
            for line in self._lines_of(layer.start, layer.end):
                self.by_line[line].append(layer)
            self.columns[(layer.code_id, layer.coder_id)] += 1

    def changed_lines(self, change: LayerChange) -> list[range]:
        """The lines on which a change is drawn."""
        return [self._lines_of(c.start, c.end) for c in (*change.removed, *change.added)]

    def _lines_of(self, start: int, end: int) -> range:
        return range(self.lines.line_of(start), self.lines.line_of(max(start, end - 1)) + 1)

    def codings_at(self, position: int) -> list[CodingLayer]:
        """The codings drawn over ``position`` (or ending right there), narrowest first."""
        line = self.by_line[self.lines.line_of(position)]
        found = [c for c in line if c.start <= position <= c.end]
        return sorted(found, key=lambda c: (c.end - c.start, c.start, c.coding_id))

    def overlapping(self, start: int, end: int) -> list[CodingLayer]:
        """The codings drawn that share a character with ``[start, end)``, narrowest first."""
        found = {
            c.coding_id: c
            for line in self._lines_of(start, end)
            for c in self.by_line[line]
            if c.start < end and c.end > start
        }
        return sorted(found.values(), key=lambda c: (c.end - c.start, c.start, c.coding_id))

    def turn_at(self, position: int) -> SpeakerTurnRow | None:
        """The speaker turn at ``position``, its label included."""
        for turn in self.turns:
            if label_span(self.text, turn)[0] <= position <= turn.end:
                return turn
        return None

    def set_hits(self, hits: Iterable[tuple[int, int]]) -> None:
        """Index search hits by line."""
        self.hits_by_line = [[] for _ in range(len(self.lines))]
        for start, end in hits:
            for line in self._lines_of(start, end):
                self.hits_by_line[line].append((start, end))
