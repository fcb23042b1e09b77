"""A project's content in a form two projects can be compared by: names, spans and GUIDs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from models.cases import VALUE_COLUMNS, AttributeDefinition, AttributeValue, Case
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document, Project, SpeakerTurn
from models.notes import Annotation, ItemSet, Memo, SetMember
from models.saved import Link


def code_paths(db: ProjectDatabase) -> dict[int, str]:
    """Every code's path, by id."""
    with db.read() as connection:
        rows = {row.id: row for row in connection.execute(select(Code))}

    def path(code_id: int) -> str:
        row = rows[code_id]
        return row.name if row.parent_id is None else f"{path(row.parent_id)}/{row.name}"

    return {code_id: path(code_id) for code_id in rows}


def snapshot(db: ProjectDatabase) -> dict[str, Any]:
    """Documents, codes, codings, cases, attributes, memos, annotations, sets and links."""
    paths = code_paths(db)
    with db.read() as c:
        docs = {row.id: row for row in c.execute(select(Document))}
        coders = {row.id: row.name for row in c.execute(select(Coder))}
        cases = {row.id: row for row in c.execute(select(Case))}
        attributes = {row.id: row for row in c.execute(select(AttributeDefinition))}
        project = c.execute(select(Project)).one()

        def target(row: Any) -> str:
            for column, names in (
                ("document_id", {k: v.name for k, v in docs.items()}),
                ("code_id", paths),
                ("case_id", {k: v.name for k, v in cases.items()}),
            ):
                if getattr(row, column, None) is not None:
                    return f"{column}:{names[getattr(row, column)]}"
            if getattr(row, "coding_id", None) is not None:
                coding = c.execute(select(Coding).where(Coding.id == row.coding_id)).one()
                return (
                    f"coding:{docs[coding.document_id].name}:{coding.start}:{paths[coding.code_id]}"
                )
            return "project"

        def value(row: Any) -> Any:
            return getattr(row, VALUE_COLUMNS[attributes[row.attribute_id].type])

        return {
            "project": (project.name, project.description),
            "documents": sorted(
                (
                    d.guid,
                    d.name,
                    d.text,
                    d.description,
                    cases[d.case_id].name if d.case_id else None,
                )
                for d in docs.values()
            ),
            "coders": sorted((row.guid, row.name) for row in c.execute(select(Coder))),
            "codes": sorted(
                (row.guid, paths[row.id], row.color, row.description, row.is_codable)
                for row in c.execute(select(Code))
            ),
            "codings": sorted(
                (
                    row.guid,
                    docs[row.document_id].name,
                    row.start,
                    row.end,
                    paths[row.code_id],
                    coders[row.coder_id],
                )
                for row in c.execute(select(Coding))
            ),
            "cases": sorted((row.guid, row.name, row.description) for row in cases.values()),
            "attributes": sorted(
                (row.guid, row.name, row.type, row.target) for row in attributes.values()
            ),
            "values": sorted(
                (
                    attributes[row.attribute_id].name,
                    cases[row.case_id].name if row.case_id else docs[row.document_id].name,
                    str(value(row)),
                )
                for row in c.execute(select(AttributeValue))
            ),
            "turns": sorted(
                (
                    docs[row.document_id].name,
                    row.start,
                    row.end,
                    row.speaker,
                    cases[row.case_id].name if row.case_id else None,
                )
                for row in c.execute(select(SpeakerTurn))
            ),
            "memos": sorted(
                (row.guid, row.title, row.text, target(row)) for row in c.execute(select(Memo))
            ),
            "annotations": sorted(
                (row.guid, docs[row.document_id].name, row.start, row.end, row.text)
                for row in c.execute(select(Annotation))
            ),
            "sets": sorted(
                (
                    s.guid,
                    s.name,
                    tuple(
                        sorted(
                            target(m)
                            for m in c.execute(select(SetMember).where(SetMember.set_id == s.id))
                        )
                    ),
                )
                for s in c.execute(select(ItemSet))
            ),
            "links": sorted(
                (row.guid, row.name, row.direction, row.origin_guid, row.target_guid)
                for row in c.execute(select(Link))
            ),
        }
