"""``tekstur check``: prove that a project is whole — positions, references, hierarchy, types."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, func, or_, select

from models.base import Base
from models.cases import VALUE_COLUMNS, AttributeDefinition, AttributeTarget, AttributeValue
from models.codes import Code, Coding
from models.database import SCHEMA_HEAD, ProjectDatabase
from models.documents import Document, Heading, Project, SpeakerTurn
from models.notes import Annotation
from models.paths import join_code_path

_SPANNED = (
    (Coding, "coding"),
    (SpeakerTurn, "speaker turn"),
    (Annotation, "annotation"),
    (Heading, "heading"),
)


def check_project(db: ProjectDatabase) -> list[str]:
    """Every integrity problem found, one sentence each; none means the project is whole."""
    problems: list[str] = []
    with db.read() as connection:
        if db.location.is_sqlite:
            problems += _sqlite_file(connection)
        problems += _schema(connection)
        problems += _references(connection)
        problems += _spans(connection)
        problems += _code_tree(connection)
        problems += _attribute_values(connection)
    return problems


def _sqlite_file(connection: Connection) -> list[str]:
    result = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    return [] if result == ["ok"] else [f"SQLite reports damage: {line}" for line in result]


def _schema(connection: Connection) -> list[str]:
    problems = []
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision != SCHEMA_HEAD:
        problems.append(f"schema is {revision}, expected {SCHEMA_HEAD}")
    projects = connection.execute(select(func.count()).select_from(Project)).scalar_one()
    if projects != 1:
        problems.append(f"there are {projects} project rows instead of 1")
    return problems


def _references(connection: Connection) -> list[str]:
    """Rows whose foreign key points at nothing (SQLite enforces keys only when asked to)."""
    problems = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parent = fk.column.table
            referenced = parent.alias("referenced")  # an alias keeps self-references apart
            target = referenced.c[fk.column.name]
            orphans = connection.execute(
                select(func.count())
                .select_from(table)
                .where(
                    fk.parent.is_not(None),
                    ~select(target).where(target == fk.parent).exists(),
                )
            ).scalar_one()
            if orphans:
                problems.append(
                    f"{orphans} row(s) in {table.name} refer to a missing {parent.name} row"
                    f" ({fk.parent.name})"
                )
    return problems


def _spans(connection: Connection) -> list[str]:
    """Positions must lie inside their document, measured in code points."""
    lengths: dict[int, int] = dict(
        connection.execute(select(Document.id, func.length(Document.text))).all()
    )
    names = dict(connection.execute(select(Document.id, Document.name)).all())
    problems = []
    for model, what in _SPANNED:
        table: Any = model.__table__
        reversed_spans = connection.execute(
            select(func.count())
            .select_from(table)
            .where(or_(table.c.start < 0, table.c.end <= table.c.start))
        ).scalar_one()
        if reversed_spans:
            problems.append(f"{reversed_spans} {what}(s) have an empty or negative span")
        extents = connection.execute(
            select(table.c.document_id, func.max(table.c.end)).group_by(table.c.document_id)
        )
        for document_id, furthest in extents:
            length = lengths.get(document_id)
            if length is not None and furthest > length:
                problems.append(
                    f"a {what} in '{names[document_id]}' ends at {furthest},"
                    f" past the end of its text ({length} characters)"
                )
    return problems


def _code_tree(connection: Connection) -> list[str]:
    """No cycles, and no two codes with the same name under the same parent."""
    rows = connection.execute(select(Code.id, Code.parent_id, Code.name)).all()
    parent = {row.id: row.parent_id for row in rows}
    name = {row.id: row.name for row in rows}
    problems = []
    for code_id in parent:
        seen = {code_id}
        current = parent[code_id]
        while current is not None:
            if current in seen:
                problems.append(f"code '{name[code_id]}' is inside a cycle of parents")
                break
            seen.add(current)
            current = parent.get(current)
    siblings = Counter((row.parent_id, row.name) for row in rows)
    for (parent_id, code_name), count in siblings.items():
        if count > 1:
            where = "at the top level" if parent_id is None else f"under '{name[parent_id]}'"
            problems.append(f"{count} codes are called '{join_code_path([code_name])}' {where}")
    return problems


def _attribute_values(connection: Connection) -> list[str]:
    """Each value sits in the column of its attribute's type and belongs to the right owner."""
    problems = []
    for definition in connection.execute(select(AttributeDefinition)).all():
        own = AttributeValue.__table__.c[VALUE_COLUMNS[definition.type]]
        others = [AttributeValue.__table__.c[c] for c in VALUE_COLUMNS.values() if c != own.name]
        wrong_owner = (
            AttributeValue.document_id.is_not(None)
            if definition.target is AttributeTarget.CASE
            else AttributeValue.case_id.is_not(None)
        )
        bad = connection.execute(
            select(func.count())
            .select_from(AttributeValue)
            .where(
                AttributeValue.attribute_id == definition.id,
                or_(own.is_(None), wrong_owner, *(c.is_not(None) for c in others)),
            )
        ).scalar_one()
        if bad:
            problems.append(f"{bad} value(s) of attribute '{definition.name}' do not fit its type")
    return problems
