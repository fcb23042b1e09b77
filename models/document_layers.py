"""What a document view draws over a text, read without Qt: codings, their codes and coders.

:class:`DocumentLayers` reads the codings of one document with each code's path and colour and
each coder's name, and re-reads only when something it draws has changed. How they are indexed
by line for drawing is in :mod:`models.drawn_document`.

All positions are code points, ``[start, end)``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, func, literal_column, or_, select

from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document
from models.paths import join_code_path

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
