"""What a document view draws over a text, read without Qt: codings, their codes and coders.

:class:`DocumentLayers` reads the codings of one document with each code's path and colour and
each coder's name, and re-reads only when something it draws has changed. :class:`LineIndex`
answers which spans touch which line of the text (a line is a ``QTextDocument`` block), and
:func:`covering_pieces` cuts overlapping spans into pieces that each have one set of spans over
them, so a view can paint overlaps in one layer instead of stacking them.

All positions are code points, ``[start, end)``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, func, literal_column, or_, select

from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document
from models.paths import join_code_path
from models.positions import Utf16Positions
from models.reading import SpeakerTurnRow, document_text

_NEWLINE = re.compile("\n")
ID_GROUP = 64  # codings whose ids share ``id // ID_GROUP`` are compared and re-read together
MAX_GROUPS_READ = 16  # beyond this many changed groups one read of everything is quicker


@dataclass(frozen=True)
class CodeLook:
    """How a code is shown: its name, full path, colour, and whether it can be coded with."""

    name: str
    path: str
    color: str
    codable: bool = True


@dataclass(frozen=True)
class CodingLayer:
    """One coding as the view draws it."""

    coding_id: int
    start: int
    end: int
    code_id: int
    code_name: str
    code_path: str
    color: str
    coder_id: int
    coder_name: str


CodingRow = tuple[int, int, int, int, int]  # id, start, end, code id, coder id
_MISSING_CODE = CodeLook("?", "?", "#000000")


def read_code_looks(connection: Connection) -> dict[int, CodeLook]:
    """Every code of the project with its path and colour."""
    query = select(Code.id, Code.parent_id, Code.name, Code.color, Code.is_codable)
    rows = connection.execute(query).all()
    parents = {row.id: row.parent_id for row in rows}
    names = {row.id: row.name for row in rows}
    looks: dict[int, CodeLook] = {}
    for row in rows:
        chain: list[str] = []
        current: int | None = row.id
        while current is not None and current in names and len(chain) <= len(names):
            chain.append(names[current])
            current = parents[current]
        looks[row.id] = CodeLook(
            row.name, join_code_path(chain[::-1]), row.color, bool(row.is_codable)
        )
    return looks


def read_coder_names(connection: Connection) -> dict[int, str]:
    """Every coder's name by id."""
    return {row.id: row.name for row in connection.execute(select(Coder.id, Coder.name))}


def read_coding_rows(
    connection: Connection, document_id: int, groups: Collection[int] | None = None
) -> list[CodingRow]:
    """The codings of one document as bare rows; only those in ``groups`` when given."""
    query = select(Coding.id, Coding.start, Coding.end, Coding.code_id, Coding.coder_id).where(
        Coding.document_id == document_id
    )
    if groups is not None:
        query = query.where(
            or_(*(Coding.id.between(g * ID_GROUP, g * ID_GROUP + ID_GROUP - 1) for g in groups))
        )
    return [
        (i, start, end, code, coder) for i, start, end, code, coder in connection.execute(query)
    ]


def read_group_signatures(connection: Connection, document_id: int) -> dict[int, tuple[Any, ...]]:
    """Sums over each group of :data:`ID_GROUP` consecutive coding ids of one document.

    A coding added, removed, moved, recoded or given to another coder changes the
    signature of its group, so only changed groups need to be read again.
    """
    group = Coding.id // literal_column(str(ID_GROUP), Integer)
    query = (
        select(
            group,
            func.count(),
            func.sum(Coding.id),
            func.sum(Coding.start),
            func.sum(Coding.end),
            func.sum(Coding.code_id),
            func.sum(Coding.coder_id),
        )
        .where(Coding.document_id == document_id)
        .group_by(group)
    )
    return {int(row[0]): tuple(row[1:]) for row in connection.execute(query)}


def read_document_name(connection: Connection, document_id: int) -> str | None:
    """A document's name, or None when it no longer exists."""
    return connection.execute(select(Document.name).where(Document.id == document_id)).scalar()


@dataclass(frozen=True)
class LayerChange:
    """What a reload found: codings gone (or changed) and codings new (or changed).

    ``complete`` says every coding was rebuilt (first read, or a code or coder changed).
    """

    removed: list[CodingLayer]
    added: list[CodingLayer]
    complete: bool


class DocumentLayers:
    """The codings of one document with everything needed to draw them.

    :meth:`reload` compares cheap per-group signatures with the last read and reads again
    only the codings of groups that changed, plus the codes and coders (a few rows), all in
    one read transaction. ``name`` is the document's name, None once it no longer exists.
    """

    def __init__(self, db: ProjectDatabase, document_id: int) -> None:
        self.db, self.document_id = db, document_id
        self.name: str | None = None
        self.codings: dict[int, CodingLayer] = {}
        self.codes: dict[int, CodeLook] = {}
        self.coders: dict[int, str] = {}
        self._rows: dict[int, dict[int, CodingRow]] = {}  # by id group, then by id
        self._groups: dict[int, tuple[Any, ...]] | None = None

    def reload(self) -> LayerChange | None:
        """Re-read the document's codings; what changed, or None when nothing drawn did."""
        with self.db.read() as connection:
            self.name = read_document_name(connection, self.document_id)
            groups = read_group_signatures(connection, self.document_id)
            codes, coders = read_code_looks(connection), read_coder_names(connection)
            first = self._groups is None
            old = self._groups or {}
            changed = {g for g in groups.keys() | old.keys() if groups.get(g) != old.get(g)}
            looks_changed = self._looks_changed(codes, coders)
            if not first and not changed and not looks_changed:
                return None
            self._groups, self.codes, self.coders = groups, codes, coders
            if first or len(changed) > MAX_GROUPS_READ:
                fresh = read_coding_rows(connection, self.document_id)
                changed = set(groups.keys() | old.keys())
            else:
                fresh = read_coding_rows(connection, self.document_id, changed) if changed else []
        before: dict[int, CodingRow] = {}
        for group in changed:
            before.update(self._rows.pop(group, {}))
        rows = {row[0]: row for row in fresh}
        for row in fresh:
            self._rows.setdefault(row[0] // ID_GROUP, {})[row[0]] = row
        if first or looks_changed:
            previous = list(self.codings.values())
            self.codings = {
                i: self._layer(row) for group in self._rows.values() for i, row in group.items()
            }
            return LayerChange(previous, list(self.codings.values()), complete=True)
        removed = [self.codings.pop(i) for i, row in before.items() if rows.get(i) != row]
        added = []
        for coding_id, row in rows.items():
            if before.get(coding_id) != row:
                self.codings[coding_id] = self._layer(row)
                added.append(self.codings[coding_id])
        return LayerChange(removed, added, complete=False)

    def _looks_changed(self, codes: dict[int, CodeLook], coders: dict[int, str]) -> bool:
        """Whether a code or coder that this document's codings use is shown differently."""
        new_codes = {
            c for c in codes.keys() | self.codes.keys() if codes.get(c) != self.codes.get(c)
        }
        new_coders = {
            c for c in coders.keys() | self.coders.keys() if coders.get(c) != self.coders.get(c)
        }
        if not new_codes and not new_coders:
            return False
        return any(
            c.code_id in new_codes or c.coder_id in new_coders for c in self.codings.values()
        )

    def _layer(self, row: CodingRow) -> CodingLayer:
        coding_id, start, end, code_id, coder_id = row
        look = self.codes.get(code_id, _MISSING_CODE)
        coder = self.coders.get(coder_id, "?")
        return CodingLayer(
            coding_id, start, end, code_id, look.name, look.path, look.color, coder_id, coder
        )


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

    ``visible_coders`` (None: everyone) decides which codings are indexed and so drawn.
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
        """Whether ``layer``'s coder is shown."""
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
