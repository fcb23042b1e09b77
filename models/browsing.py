"""What the workbench's panels list: documents by kind, document attributes, the code tree.

Qt-free reads on top of :mod:`models.reading`; the code tree is read in two parts so that a
view can show the shape of a large tree at once and fetch counts only for the rows it draws.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import distinct, func, select, union

from models.cases import VALUE_COLUMNS, AttributeDefinition, AttributeType, AttributeValue
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document, DocumentKind, SpeakerTurn
from models.paths import join_code_path
from models.reading import document_rows

AttributeScalar = str | float | bool | date
_VALUE_COLUMN_ORDER = ("value_text", "value_number", "value_date", "value_bool")
_CHUNK = 500  # ids per IN (…) clause, well inside every backend's parameter limit


@dataclass(frozen=True)
class DocumentEntry:
    """A document as the documents panel lists it."""

    id: int
    name: str
    kind: DocumentKind
    codings: int


def document_entries(db: ProjectDatabase) -> list[DocumentEntry]:
    """Every document with its kind and number of codings, ordered by name."""
    with db.read() as connection:
        kinds = {row.id: row.kind for row in connection.execute(select(Document.id, Document.kind))}
    return [
        DocumentEntry(row.id, row.name, DocumentKind(kinds[row.id]), row.codings)
        for row in document_rows(db)
        if row.id in kinds
    ]


def document_name(db: ProjectDatabase, document_id: int) -> str | None:
    """The name of document ``document_id``, or None when there is none."""
    with db.read() as connection:
        return connection.execute(
            select(Document.name).where(Document.id == document_id)
        ).scalar_one_or_none()


# attribute name -> value -> ids of the documents that have it
DocumentAttributeIndex = dict[str, dict[AttributeScalar, frozenset[int]]]


def document_attribute_index(db: ProjectDatabase) -> DocumentAttributeIndex:
    """Which documents have which attribute values.

    A document has the values of its own attributes, those of the case it is linked to, and
    those of the cases whose speaker turns it contains (a focus group "has" ``Rolle = Leder``
    when a leader speaks in it).
    """
    owners = union(
        select(Document.id.label("document_id"), Document.case_id.label("case_id")).where(
            Document.case_id.is_not(None)
        ),
        select(SpeakerTurn.document_id, SpeakerTurn.case_id).where(
            SpeakerTurn.case_id.is_not(None)
        ),
    ).subquery()
    columns = (
        AttributeDefinition.name,
        AttributeDefinition.type,
        *(getattr(AttributeValue, column) for column in _VALUE_COLUMN_ORDER),
    )
    own = (
        select(AttributeValue.document_id, *columns)
        .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
        .where(AttributeValue.document_id.is_not(None))
    )
    of_cases = (
        select(owners.c.document_id, *columns)
        .join(AttributeValue, AttributeValue.case_id == owners.c.case_id)
        .join(AttributeDefinition, AttributeDefinition.id == AttributeValue.attribute_id)
    )
    found: dict[str, dict[AttributeScalar, set[int]]] = {}
    with db.read() as connection:
        rows = [*connection.execute(own), *connection.execute(of_cases)]
    for document_id, name, kind, *values in rows:
        value = _typed_value(AttributeType(kind), values)
        if value is not None:
            found.setdefault(name, {}).setdefault(value, set()).add(document_id)
    return {
        name: {value: frozenset(ids) for value, ids in values.items()}
        for name, values in sorted(found.items(), key=lambda item: item[0].casefold())
    }


def _typed_value(kind: AttributeType, values: list[Any]) -> AttributeScalar | None:
    by_column = dict(zip(_VALUE_COLUMN_ORDER, values, strict=True))
    value: AttributeScalar | None = by_column[VALUE_COLUMNS[kind]]
    if kind is AttributeType.BOOLEAN and value is not None:
        return bool(value)
    return value


@dataclass(frozen=True)
class CodeNode:
    """A code's place in the tree: what a tree view needs before it draws anything."""

    id: int
    parent_id: int | None
    name: str
    is_codable: bool = True  # False for a folder that only groups codes
    version: int = 1  # what a rename, move or merge carries (see models.commands.code_versions)


@dataclass(frozen=True)
class CodeDetails:
    """What a code's row shows besides its name: colour, description and coding counts."""

    color: str
    description: str
    references: int
    documents: int


def code_nodes(db: ProjectDatabase) -> list[CodeNode]:
    """Every code, siblings in their order (position, then id)."""
    query = select(Code.id, Code.parent_id, Code.name, Code.is_codable, Code.version).order_by(
        Code.position, Code.id
    )
    with db.read() as connection:
        return [CodeNode(*row) for row in connection.execute(query)]


def code_details(db: ProjectDatabase, code_ids: Collection[int]) -> dict[int, CodeDetails]:
    """Colour, description and own coding counts of the codes ``code_ids`` (missing ones left
    out): references are codings, documents the documents those codings are in."""
    found: dict[int, CodeDetails] = {}
    ids = list(code_ids)
    with db.read() as connection:
        for chunk in _chunks(ids):
            counts = {
                code_id: (references, documents)
                for code_id, references, documents in connection.execute(
                    select(
                        Coding.code_id,
                        func.count(Coding.id),
                        func.count(distinct(Coding.document_id)),
                    )
                    .where(Coding.code_id.in_(chunk))
                    .group_by(Coding.code_id)
                )
            }
            for code_id, color, description in connection.execute(
                select(Code.id, Code.color, Code.description).where(Code.id.in_(chunk))
            ):
                references, documents = counts.get(code_id, (0, 0))
                found[code_id] = CodeDetails(color, description, references, documents)
    return found


@dataclass(frozen=True)
class CodeExtent:
    """What deleting a code takes with it: its sub-codes (at every depth) and all their codings."""

    subcodes: int
    codings: int


def code_extent(db: ProjectDatabase, code_id: int) -> CodeExtent:
    """The sub-codes below ``code_id`` and the codings of the code and of those sub-codes."""
    below = descendants(code_nodes(db), code_id)
    codings = 0
    with db.read() as connection:
        for chunk in _chunks([code_id, *below]):
            codings += connection.execute(
                select(func.count(Coding.id)).where(Coding.code_id.in_(chunk))
            ).scalar_one()
    return CodeExtent(len(below), codings)


def descendants(nodes: Iterable[CodeNode], code_id: int) -> set[int]:
    """The ids of every code below ``code_id`` in the tree made of ``nodes``."""
    children: dict[int | None, list[int]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node.id)
    found: set[int] = set()
    frontier = [code_id]
    while frontier:
        frontier = [c for parent in frontier for c in children.get(parent, []) if c not in found]
        found.update(frontier)
    return found


def code_paths(nodes: Iterable[CodeNode]) -> dict[int, str]:
    """Each code's path (``Borgerrelationer/Tillid``, ``\\/`` for a slash inside a name)."""
    by_id = {node.id: node for node in nodes}
    names: dict[int, list[str]] = {}

    def chain(code_id: int) -> list[str]:
        if code_id not in names:
            node = by_id[code_id]
            above = [] if node.parent_id not in by_id else chain(node.parent_id)
            names[code_id] = [*above, node.name]
        return names[code_id]

    return {code_id: join_code_path(chain(code_id)) for code_id in by_id}


@dataclass(frozen=True)
class CoderEntry:
    """A coder as a filter lists it."""

    id: int
    name: str


def coder_entries(db: ProjectDatabase) -> list[CoderEntry]:
    """Every coder of the project, by name."""
    with db.read() as connection:
        rows = connection.execute(select(Coder.id, Coder.name).order_by(Coder.name))
        return [CoderEntry(*row) for row in rows]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for begin in range(0, len(ids), _CHUNK):
        yield ids[begin : begin + _CHUNK]
