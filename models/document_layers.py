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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import Integer, func, literal_column, or_, select

from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document
from models.paths import join_code_path

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


def read_code_looks(db: ProjectDatabase) -> dict[int, CodeLook]:
    """Every code of the project with its path and colour."""
    query = select(Code.id, Code.parent_id, Code.name, Code.color, Code.is_codable)
    with db.read() as connection:
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


def read_coder_names(db: ProjectDatabase) -> dict[int, str]:
    """Every coder's name by id."""
    with db.read() as connection:
        rows = connection.execute(select(Coder.id, Coder.name))
        return {row.id: row.name for row in rows}


def read_coding_rows(
    db: ProjectDatabase, document_id: int, groups: Collection[int] | None = None
) -> list[CodingRow]:
    """The codings of one document as bare rows; only those in ``groups`` when given."""
    query = select(Coding.id, Coding.start, Coding.end, Coding.code_id, Coding.coder_id).where(
        Coding.document_id == document_id
    )
    if groups is not None:
        query = query.where(
            or_(*(Coding.id.between(g * ID_GROUP, g * ID_GROUP + ID_GROUP - 1) for g in groups))
        )
    with db.read() as connection:
        return [
            (i, start, end, code, coder) for i, start, end, code, coder in connection.execute(query)
        ]


def read_group_signatures(db: ProjectDatabase, document_id: int) -> dict[int, tuple[Any, ...]]:
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
    with db.read() as connection:
        return {int(row[0]): tuple(row[1:]) for row in connection.execute(query)}


def read_document_name(db: ProjectDatabase, document_id: int) -> str | None:
    """A document's name, or None when it no longer exists."""
    with db.read() as connection:
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
    only the codings of groups that changed, plus the codes and coders (a few rows).
    """

    def __init__(self, db: ProjectDatabase, document_id: int) -> None:
        self.db, self.document_id = db, document_id
        self.codings: dict[int, CodingLayer] = {}
        self.codes: dict[int, CodeLook] = {}
        self.coders: dict[int, str] = {}
        self._rows: dict[int, CodingRow] = {}
        self._groups: dict[int, tuple[Any, ...]] | None = None

    def reload(self) -> LayerChange | None:
        """Re-read the document's codings; what changed, or None when nothing drawn did."""
        groups = read_group_signatures(self.db, self.document_id)
        codes, coders = read_code_looks(self.db), read_coder_names(self.db)
        first = self._groups is None
        old = self._groups or {}
        changed = {g for g in groups.keys() | old.keys() if groups.get(g) != old.get(g)}
        # Only the looks of codes and coders this document's codings use matter here.
        looks_changed = any(
            codes.get(code) != self.codes.get(code) or coders.get(coder) != self.coders.get(coder)
            for code, coder in {(row[3], row[4]) for row in self._rows.values()}
        )
        if not first and not changed and not looks_changed:
            return None
        self._groups, self.codes, self.coders = groups, codes, coders
        if first or len(changed) > MAX_GROUPS_READ:
            fresh = read_coding_rows(self.db, self.document_id)
            changed = set(groups.keys() | old.keys())
        else:
            fresh = read_coding_rows(self.db, self.document_id, changed) if changed else []
        rows = {row[0]: row for row in fresh}
        before = {i: r for i, r in self._rows.items() if i // ID_GROUP in changed}
        for coding_id in before:
            del self._rows[coding_id]
        self._rows.update(rows)
        if first or looks_changed:
            previous = list(self.codings.values())
            self.codings = {i: self._layer(row) for i, row in self._rows.items()}
            return LayerChange(previous, list(self.codings.values()), complete=True)
        removed = [self.codings.pop(i) for i, row in before.items() if rows.get(i) != row]
        added = []
        for coding_id, row in rows.items():
            if before.get(coding_id) != row:
                self.codings[coding_id] = self._layer(row)
                added.append(self.codings[coding_id])
        return LayerChange(removed, added, complete=False)

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
    spans: Sequence[tuple[int, int]], indexes: Sequence[int], low: int, high: int
) -> list[tuple[int, int, list[int]]]:
    """Cut ``[low, high)`` at every span edge; each piece that spans cover, with their indexes.

    ``indexes`` picks the spans to consider (a line's bucket). Pieces come in text order and
    every character of a piece is covered by exactly the listed spans.
    """
    edges = {low, high}
    for index in indexes:
        start, end = spans[index]
        if low < start < high:
            edges.add(start)
        if low < end < high:
            edges.add(end)
    cuts = sorted(edges)
    pieces = []
    for piece_start, piece_end in pairwise(cuts):
        over = [i for i in indexes if spans[i][0] <= piece_start and spans[i][1] >= piece_end]
        if over:
            pieces.append((piece_start, piece_end, over))
    return pieces
