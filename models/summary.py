"""The counts that ``tekstur info`` shows and the window's status bar repeats."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import column, func, select, table

from models.cases import Case
from models.codes import Code, Coding
from models.database import ProjectDatabase
from models.documents import Coder, Document, Project

_ALEMBIC = table("alembic_version", column("version_num"))


@dataclass(frozen=True)
class ProjectSummary:
    """How much a project holds."""

    name: str
    location: str
    schema: str
    documents: int
    codes: int
    codings: int
    cases: int
    coders: int

    def as_dict(self) -> dict[str, Any]:
        """The summary as plain JSON-ready values."""
        return asdict(self)


def project_summary(db: ProjectDatabase) -> ProjectSummary:
    """Name, schema and the counts of documents, codes, codings, cases and coders, in one query."""
    counted = {
        "documents": Document,
        "codes": Code,
        "codings": Coding,
        "cases": Case,
        "coders": Coder,
    }
    with db.read() as connection:
        # One scalar subquery per table keeps this a single round trip to PostgreSQL.
        row = connection.execute(
            select(
                select(Project.name).scalar_subquery().label("name"),
                select(_ALEMBIC.c.version_num).scalar_subquery().label("schema"),
                *(
                    select(func.count()).select_from(model).scalar_subquery().label(name)
                    for name, model in counted.items()
                ),
            )
        ).one()
    return ProjectSummary(
        name=row.name or "",
        location=str(db.location),
        schema=str(row.schema),
        documents=row.documents,
        codes=row.codes,
        codings=row.codings,
        cases=row.cases,
        coders=row.coders,
    )
