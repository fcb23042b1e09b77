"""A project read for a REFI-QDA export: every row the export writes, in one read transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, select

from models.cases import AttributeDefinition, AttributeValue, Case
from models.codebook_spec import CodeSpec
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document, Heading, Project, SpeakerTurn
from models.notes import Annotation, ItemSet, Memo, SetMember
from models.saved import Link


@dataclass
class ProjectData:
    """The rows of one project, grouped the way the export walks them."""

    project: Row[Any]
    coders: dict[int, Row[Any]]
    codes: list[CodeSpec]
    code_guids: dict[int, str]
    not_codable: frozenset[str]
    documents: Sequence[Row[Any]]
    codings: dict[int, list[Row[Any]]]
    """Codings per document id, ordered by span."""
    annotations: dict[int, list[Row[Any]]]
    turns: dict[int, list[Row[Any]]]
    """Speaker turns linked to a case, per document id."""
    unlinked_turns: int
    cases: Sequence[Row[Any]]
    attributes: Sequence[Row[Any]]
    values: dict[int, list[Row[Any]]]
    """Attribute values per attribute id."""
    memos: Sequence[Row[Any]]
    sets: Sequence[Row[Any]]
    members: dict[int, list[Row[Any]]]
    links: Sequence[Row[Any]]
    headings: int


def read_project_data(db: ProjectDatabase) -> ProjectData:
    """Everything the export needs, read in one consistent transaction."""
    with db.read() as connection:
        return _read(connection)


def _grouped(rows: Sequence[Row[Any]], key: str) -> dict[int, list[Row[Any]]]:
    groups: dict[int, list[Row[Any]]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def _read(c: Connection) -> ProjectData:
    project = c.execute(select(Project)).one()
    coders = {row.id: row for row in c.execute(select(Coder).order_by(Coder.id))}
    code_rows = c.execute(select(Code).order_by(Code.position, Code.id)).all()
    specs = {row.id: CodeSpec(row.name, row.guid, row.color, row.description) for row in code_rows}
    top: list[CodeSpec] = []
    for row in code_rows:
        parent = specs.get(row.parent_id) if row.parent_id is not None else None
        (parent.children if parent is not None else top).append(specs[row.id])
    codings = c.execute(
        select(Coding).order_by(Coding.document_id, Coding.start, Coding.end, Coding.id)
    ).all()
    turns = c.execute(select(SpeakerTurn).order_by(SpeakerTurn.document_id, SpeakerTurn.start))
    linked, unlinked = [], 0
    for turn in turns:
        if turn.case_id is None:
            unlinked += 1
        else:
            linked.append(turn)
    annotations = c.execute(select(Annotation).order_by(Annotation.start, Annotation.id)).all()
    values = c.execute(select(AttributeValue).order_by(AttributeValue.id)).all()
    members = c.execute(select(SetMember).order_by(SetMember.id)).all()
    headings = c.execute(select(func.count(Heading.id))).scalar_one()
    return ProjectData(
        project=project,
        coders=coders,
        codes=top,
        code_guids={row.id: row.guid for row in code_rows},
        not_codable=frozenset(row.guid for row in code_rows if not row.is_codable),
        documents=c.execute(select(Document).order_by(Document.id)).all(),
        codings=_grouped(codings, "document_id"),
        annotations=_grouped(annotations, "document_id"),
        turns=_grouped(linked, "document_id"),
        unlinked_turns=unlinked,
        cases=c.execute(select(Case).order_by(Case.id)).all(),
        attributes=c.execute(
            select(AttributeDefinition).order_by(
                AttributeDefinition.position, AttributeDefinition.id
            )
        ).all(),
        values=_grouped(values, "attribute_id"),
        memos=c.execute(select(Memo).order_by(Memo.id)).all(),
        sets=c.execute(select(ItemSet).order_by(ItemSet.id)).all(),
        members=_grouped(members, "set_id"),
        links=c.execute(select(Link).order_by(Link.id)).all(),
        headings=headings,
    )
