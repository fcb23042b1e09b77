"""How a table was made, in words: the ``provenance`` every query attaches to its table."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import metadata

from sqlalchemy import Connection, select

from analysis.filters import QueryFilter
from models.documents import Coder, Document, Project


def _names(
    connection: Connection, model: type[Coder] | type[Document], ids: tuple[int, ...]
) -> str:
    names = connection.execute(select(model.name).where(model.id.in_(ids)).order_by(model.name))
    return ", ".join(names.scalars()) or "none"


def describe(
    connection: Connection, query: str, query_filter: QueryFilter, documents: int, codings: int
) -> dict[str, str]:
    """Project, time, Tekstur version, query, filters, and the documents and codings read."""
    try:
        version = metadata.version("tekstur")
    except metadata.PackageNotFoundError:
        version = "unknown"
    project = connection.execute(select(Project.name)).scalar() or ""
    return {
        "query": query,
        "project": project,
        "made": datetime.now(UTC).isoformat(timespec="seconds"),
        "tekstur": version,
        "documents": "all"
        if query_filter.document_ids is None
        else _names(connection, Document, query_filter.document_ids),
        "coders": "all"
        if query_filter.coder_ids is None
        else _names(connection, Coder, query_filter.coder_ids),
        "where": str(query_filter.where) or "none",
        "documents considered": str(documents),
        "codings considered": str(codings),
    }
