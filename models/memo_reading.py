"""Read-only views of memos and of what they are written on, with the code paths and
excerpts they show.

The memo list, the memo editor and the detail panel read through these; nothing here writes.
What lies at a place in a document (annotations, codings) is in :mod:`models.position_reading`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, select

from models.cases import Case
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document
from models.notes import MEMO_TARGETS, Memo
from models.paths import join_code_path

EXCERPT_LENGTH = 80


@dataclass(frozen=True)
class MemoRow:
    """A memo with a readable name for what it is written on.

    ``target`` is None for a project memo, else one of ``MEMO_TARGETS``. ``target_name`` is
    the document's or case's name or the code's path (for a coding: its code's path, with the
    document in ``document_name``).
    """

    id: int
    title: str
    text: str
    target: str | None
    target_id: int | None
    target_name: str
    document_name: str
    coder: str | None
    created_at: datetime
    updated_at: datetime


def excerpt(text: str, start: int, end: int, length: int = EXCERPT_LENGTH) -> str:
    """The code points ``[start, end)`` of ``text`` on one line, cut to ``length`` with …."""
    part = " ".join(text[start:end].split())
    return part if len(part) <= length else part[: length - 1].rstrip() + "…"


def code_paths(connection: Connection) -> dict[int, str]:
    """Every code's full path (``Borgerrelationer/Tillid``) by id, read in one query."""
    rows = {
        row.id: (row.name, row.parent_id)
        for row in connection.execute(select(Code.id, Code.name, Code.parent_id))
    }
    paths: dict[int, str] = {}
    for code_id in rows:
        names: list[str] = []
        current: int | None = code_id
        seen: set[int] = set()
        while current is not None and current in rows and current not in seen:
            seen.add(current)
            name, current = rows[current]
            names.append(name)
        paths[code_id] = join_code_path(list(reversed(names)))
    return paths


def memo_rows(db: ProjectDatabase, search: str = "") -> list[MemoRow]:
    """Every memo, newest change first; ``search`` keeps those whose title, text or target
    contains it (ignoring case)."""
    needle = search.strip().casefold()
    with db.read() as connection:
        rows = _memos(connection, select(Memo).order_by(Memo.updated_at.desc(), Memo.id.desc()))
    if not needle:
        return rows
    return [
        row
        for row in rows
        if needle in row.title.casefold()
        or needle in row.text.casefold()
        or needle in row.target_name.casefold()
        or needle in row.document_name.casefold()
    ]


def memo_row(db: ProjectDatabase, memo_id: int) -> MemoRow | None:
    """One memo, or None when it does not exist."""
    with db.read() as connection:
        found = _memos(connection, select(Memo).where(Memo.id == memo_id))
    return found[0] if found else None


def memo_on(db: ProjectDatabase, target: str | None, target_id: int | None) -> MemoRow | None:
    """The first memo written on an object (``target`` None: on the project), or None."""
    query = select(Memo).order_by(Memo.id).limit(1)
    if target is None:
        for column in MEMO_TARGETS:
            query = query.where(getattr(Memo, column).is_(None))
    else:
        if target not in MEMO_TARGETS:
            raise ValueError(f"memos attach to {MEMO_TARGETS}, not {target}")
        query = query.where(getattr(Memo, target) == target_id)
    with db.read() as connection:
        found = _memos(connection, query)
    return found[0] if found else None


def _memos(connection: Connection, query: Select[Any]) -> list[MemoRow]:
    memos = list(connection.execute(query))
    if not memos:
        return []
    coders = dict(connection.execute(select(Coder.id, Coder.name)).all())
    documents = dict(connection.execute(select(Document.id, Document.name)).all())
    cases = dict(connection.execute(select(Case.id, Case.name)).all())
    paths = code_paths(connection) if any(m.code_id or m.coding_id for m in memos) else {}
    coding_ids = [m.coding_id for m in memos if m.coding_id is not None]
    codings = {
        row.id: (row.code_id, row.document_id)
        for row in connection.execute(
            select(Coding.id, Coding.code_id, Coding.document_id).where(
                Coding.id.in_(coding_ids or [-1])
            )
        )
    }
    rows = []
    for memo in memos:
        target = next((c for c in MEMO_TARGETS if getattr(memo, c) is not None), None)
        target_id = None if target is None else int(getattr(memo, target))
        name = document = ""
        key = -1 if target_id is None else target_id
        if target == "document_id":
            name = documents.get(key, "")
        elif target == "case_id":
            name = cases.get(key, "")
        elif target == "code_id":
            name = paths.get(key, "")
        elif target == "coding_id" and key in codings:
            code_id, document_id = codings[key]
            name, document = paths.get(code_id, ""), documents.get(document_id, "")
        rows.append(
            MemoRow(
                memo.id,
                memo.title,
                memo.text,
                target,
                target_id,
                name,
                document,
                coders.get(memo.coder_id),
                memo.created_at,
                memo.updated_at,
            )
        )
    return rows


def target_name(db: ProjectDatabase, target: str | None, target_id: int | None) -> tuple[str, str]:
    """What a memo target is called: ``(name, document)`` as in :class:`MemoRow` (empty for
    the project or an object that does not exist)."""
    if target is None or target_id is None:
        return "", ""
    with db.read() as connection:
        if target == "document_id":
            name = connection.execute(select(Document.name).where(Document.id == target_id))
            return name.scalar() or "", ""
        if target == "case_id":
            return connection.execute(
                select(Case.name).where(Case.id == target_id)
            ).scalar() or "", ""
        code_id, document = target_id, ""
        if target == "coding_id":
            found = connection.execute(
                select(Coding.code_id, Document.name)
                .join(Document, Document.id == Coding.document_id)
                .where(Coding.id == target_id)
            ).first()
            if found is None:
                return "", ""
            code_id, document = found.code_id, found.name
        return code_paths(connection).get(code_id, ""), document


def code_summary(db: ProjectDatabase, code_id: int) -> tuple[str, str, str] | None:
    """A code's path, description and colour, or None when it does not exist."""
    with db.read() as connection:
        found = connection.execute(
            select(Code.description, Code.color).where(Code.id == code_id)
        ).first()
        if found is None:
            return None
        return code_paths(connection)[code_id], found.description, found.color
