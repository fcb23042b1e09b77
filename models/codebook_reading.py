"""A project's codes read into a :class:`CodebookSpec`, with translations and coding counts."""

from __future__ import annotations

from sqlalchemy import distinct, func, select

from models.codebook_spec import CodebookSpec, CodeSpec, Translation
from models.codes import Code, Codebook, CodebookCode, CodeTranslation, Coding
from models.database import ProjectDatabase
from models.documents import Project


def codebook_names(db: ProjectDatabase) -> list[str]:
    """The names of the codebooks added to the project, alphabetically."""
    with db.read() as connection:
        return list(connection.execute(select(Codebook.name).order_by(Codebook.name)).scalars())


def read_project_codebook(
    db: ProjectDatabase, codebook: str | None = None, language: str = "da"
) -> CodebookSpec:
    """The project's code tree as a spec whose own language is ``language``.

    With ``codebook`` only the codes of that codebook are read (with the codes above them, so
    the hierarchy stays whole); otherwise every code in the project. Each code carries its
    translations and the number of its own codings and of the documents they are in.
    """
    with db.read() as connection:
        project = connection.execute(select(Project.name, Project.guid)).first()
        rows = connection.execute(
            select(
                Code.id, Code.parent_id, Code.guid, Code.name, Code.color, Code.description
            ).order_by(Code.position, Code.id)
        ).all()
        counts = {
            code_id: (codings, documents)
            for code_id, codings, documents in connection.execute(
                select(
                    Coding.code_id, func.count(Coding.id), func.count(distinct(Coding.document_id))
                ).group_by(Coding.code_id)
            )
        }
        translations = connection.execute(
            select(
                CodeTranslation.code_id,
                CodeTranslation.language,
                CodeTranslation.name,
                CodeTranslation.description,
            )
        ).all()
        book = None
        members: set[int] | None = None
        if codebook is not None:
            book = connection.execute(
                select(Codebook.id, Codebook.guid, Codebook.description, Codebook.origin).where(
                    Codebook.name == codebook
                )
            ).first()
            if book is None:
                raise LookupError(f"the project has no codebook called '{codebook}'")
            members = set(
                connection.execute(
                    select(CodebookCode.code_id).where(CodebookCode.codebook_id == book.id)
                ).scalars()
            )
    specs: dict[int, CodeSpec] = {}
    parents: dict[int, int | None] = {}
    for row in rows:
        codings, documents = counts.get(row.id, (0, 0))
        specs[row.id] = CodeSpec(
            row.name, row.guid, row.color, row.description, codings=codings, documents=documents
        )
        parents[row.id] = row.parent_id
    for code_id, lang, name, description in translations:
        specs[code_id].translations[lang] = Translation(name, description)
    keep = set(specs) if members is None else _with_ancestors(members, parents)
    top: list[CodeSpec] = []
    for row in rows:
        if row.id not in keep:
            continue
        parent = parents[row.id]
        (top if parent is None else specs[parent].children).append(specs[row.id])
    if book is not None:
        return CodebookSpec(codebook or "", top, book.description, book.origin, book.guid, language)
    name = project.name if project is not None else "Tekstur"
    guid = project.guid if project is not None else None
    return CodebookSpec(name, top, "", "Tekstur", guid, language)


def _with_ancestors(members: set[int], parents: dict[int, int | None]) -> set[int]:
    keep: set[int] = set()
    for code_id in members:
        current: int | None = code_id
        while current is not None and current not in keep:
            keep.add(current)
            current = parents.get(current)
    return keep
