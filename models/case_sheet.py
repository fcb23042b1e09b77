"""Read-only views of cases (or documents) and their typed attributes, as a sheet shows them.

A classification sheet has one row per case (or per document, for document attributes) and
one column per attribute of that target. Rows are read in blocks by id, so a sheet with many
thousands of cases only reads what is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from models.cases import (
    VALUE_COLUMNS,
    AttributeDefinition,
    AttributeTarget,
    AttributeType,
    AttributeValue,
    Case,
)
from models.database import ProjectDatabase
from models.documents import Document, SpeakerTurn
from models.notes import Memo

SheetValue = str | float | bool | date
_CHUNK = 500  # stays well below SQLite's limit on bound parameters


@dataclass(frozen=True)
class SheetColumn:
    """One attribute as a sheet column: its id, name and value type."""

    id: int
    name: str
    type: AttributeType


@dataclass(frozen=True)
class SheetRow:
    """One case or document: its id, name and the values it has, by attribute id."""

    id: int
    name: str
    values: dict[int, SheetValue] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseUsage:
    """What refers to a case: shown before the case is deleted."""

    documents: int
    turns: int
    values: int
    memos: int


def _owner(target: AttributeTarget) -> Any:
    return Case if target is AttributeTarget.CASE else Document


def _owner_column(target: AttributeTarget) -> Any:
    return AttributeValue.case_id if target is AttributeTarget.CASE else AttributeValue.document_id


def sheet_columns(db: ProjectDatabase, target: AttributeTarget) -> list[SheetColumn]:
    """The attributes of ``target`` (cases or documents) in their defined order."""
    query = (
        select(AttributeDefinition.id, AttributeDefinition.name, AttributeDefinition.type)
        .where(AttributeDefinition.target == target)
        .order_by(AttributeDefinition.position, AttributeDefinition.id)
    )
    with db.read() as connection:
        return [SheetColumn(*row) for row in connection.execute(query)]


def sheet_names(db: ProjectDatabase, target: AttributeTarget) -> list[tuple[int, str]]:
    """Every case (or document) as (id, name), in id order; the window sorts them for display."""
    owner = _owner(target)
    with db.read() as connection:
        return [
            (row.id, row.name)
            for row in connection.execute(select(owner.id, owner.name).order_by(owner.id))
        ]


def sheet_rows(
    db: ProjectDatabase, target: AttributeTarget, ids: Sequence[int]
) -> dict[int, SheetRow]:
    """The rows with these ids, each with its values of ``target``'s attributes.

    Ids that no longer exist are left out.
    """
    owner, owner_column = _owner(target), _owner_column(target)
    rows: dict[int, SheetRow] = {}
    with db.read() as connection:
        kinds = dict(
            connection.execute(
                select(AttributeDefinition.id, AttributeDefinition.type).where(
                    AttributeDefinition.target == target
                )
            ).all()
        )
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            for row in connection.execute(select(owner.id, owner.name).where(owner.id.in_(chunk))):
                rows[row.id] = SheetRow(row.id, row.name, {})
            values = connection.execute(
                select(
                    owner_column,
                    AttributeValue.attribute_id,
                    *(getattr(AttributeValue, c) for c in VALUE_COLUMNS.values()),
                ).where(owner_column.in_(chunk))
            )
            for value_row in values:
                owner_id, attribute_id = value_row[0], value_row[1]
                kind = kinds.get(attribute_id)
                if kind is None or owner_id not in rows:
                    continue
                value = value_row._mapping[VALUE_COLUMNS[kind]]
                if value is not None:
                    rows[owner_id].values[attribute_id] = value
    return rows


def attribute_choices(db: ProjectDatabase, attribute_id: int, limit: int = 1000) -> list[str]:
    """The different texts an attribute holds (for completing what the user types)."""
    query = (
        select(AttributeValue.value_text)
        .where(AttributeValue.attribute_id == attribute_id)
        .where(AttributeValue.value_text.is_not(None))
        .group_by(AttributeValue.value_text)
        .order_by(func.count(AttributeValue.id).desc(), AttributeValue.value_text)
        .limit(limit)
    )
    with db.read() as connection:
        return [text for text in connection.execute(query).scalars() if text]


def owner_attributes(
    db: ProjectDatabase, target: AttributeTarget, owner_id: int
) -> list[tuple[SheetColumn, SheetValue]]:
    """The attribute values one case or document has, in the attributes' order."""
    row = sheet_rows(db, target, [owner_id]).get(owner_id)
    if row is None:
        return []
    return [(c, row.values[c.id]) for c in sheet_columns(db, target) if c.id in row.values]


def owner_name(db: ProjectDatabase, target: AttributeTarget, owner_id: int) -> str | None:
    """The name of a case or document, or None when it does not exist."""
    owner = _owner(target)
    with db.read() as connection:
        name = connection.execute(select(owner.name).where(owner.id == owner_id)).scalar()
    return None if name is None else str(name)


def case_usage(db: ProjectDatabase, case_id: int) -> CaseUsage:
    """How many documents, speaker turns, values and memos refer to a case."""

    def count(connection: Connection, column: Any) -> int:
        return int(connection.execute(select(func.count()).where(column == case_id)).scalar_one())

    with db.read() as connection:
        return CaseUsage(
            documents=count(connection, Document.case_id),
            turns=count(connection, SpeakerTurn.case_id),
            values=count(connection, AttributeValue.case_id),
            memos=count(connection, Memo.case_id),
        )


def attribute_value_count(db: ProjectDatabase, attribute_id: int) -> int:
    """How many values an attribute holds (shown before it is deleted)."""
    query = select(func.count(AttributeValue.id)).where(AttributeValue.attribute_id == attribute_id)
    with db.read() as connection:
        return int(connection.execute(query).scalar_one())


def case_at(db: ProjectDatabase, document_id: int, position: int) -> int | None:
    """The case a position of a document counts for: its speaker turn's case, else the
    document's case, else None."""
    turn = (
        select(SpeakerTurn.case_id)
        .where(SpeakerTurn.document_id == document_id)
        .where(SpeakerTurn.start <= position, SpeakerTurn.end > position)
        .where(SpeakerTurn.case_id.is_not(None))
        .order_by(SpeakerTurn.start.desc())
        .limit(1)
    )
    with db.read() as connection:
        found = connection.execute(turn).scalar()
        if found is None:
            found = connection.execute(
                select(Document.case_id).where(Document.id == document_id)
            ).scalar()
    return None if found is None else int(found)


def document_ids_by_name(db: ProjectDatabase) -> dict[str, int]:
    """Every document's id by its (unique) name."""
    with db.read() as connection:
        return {
            name: int(key) for key, name in connection.execute(select(Document.id, Document.name))
        }


def document_texts(db: ProjectDatabase, names: Sequence[str]) -> dict[str, str]:
    """The texts of the documents with these names that exist (for previewing an import)."""
    found: dict[str, str] = {}
    names = list(names)
    with db.read() as connection:
        for start in range(0, len(names), _CHUNK):
            query = select(Document.name, Document.text).where(
                Document.name.in_(names[start : start + _CHUNK])
            )
            found.update({row.name: row.text for row in connection.execute(query)})
    return found
