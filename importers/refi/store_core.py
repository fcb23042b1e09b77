"""Storing users, codes, documents and codings of a REFI-QDA project, in bulk inserts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from importers.refi.store_context import StoreContext, StoredSpan
from importers.refi.xml_values import derived_guid
from models.base import utcnow
from models.codebook_spec import CodeSpec
from models.codes import DEFAULT_CODE_COLOR, Code, Coding
from models.commands.add_documents import AddDocuments, NewDocument
from models.documents import Coder, Document, DocumentKind

FALLBACK_CODER = "REFI-QDA import"


def store_users(ctx: StoreContext) -> None:
    """One coder per user; the producing program's pseudo-user only if it coded something."""
    project = ctx.project
    used = {c.user_guid for s in project.sources for span in s.spans for c in span.codings}
    used |= {note.user_guid for note in project.notes}
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    for user in project.users:
        if user.guid in ctx.coders or any(r["guid"] == user.guid for r in rows):
            ctx.skip(f"user '{user.name}'", f"the GUID {user.guid} is used by another user")
            continue
        if user.guid in project.pseudo_users and user.guid not in used:
            ctx.skip(f"user '{user.name}'", f"the program itself ({project.origin}), not a coder")
            continue
        rows.append({"guid": user.guid, "name": ctx.unique(user.name, taken, "user", 200)})
    ids = ctx.tx.insert_many(Coder, rows)
    ctx.coders = {row["guid"]: coder_id for row, coder_id in zip(rows, ids, strict=True)}
    ctx.summary.counts["users"] = len(rows)


def coder_for(ctx: StoreContext, user_guid: str | None, what: str) -> int:
    """The coder for ``user_guid``: the user, else the project's creator, else a fallback."""
    if user_guid in ctx.coders:
        return ctx.coders[user_guid or ""]
    if user_guid is not None:
        ctx.notice(what, f"its user {user_guid} is not in the file; another coder is named")
    creator = ctx.project.creating_user_guid
    if creator in ctx.coders:
        return ctx.coders[creator or ""]
    if ctx.fallback_coder is None:
        names = set(ctx.tx.connection.execute(select(Coder.name)).scalars())
        name = ctx.unique(FALLBACK_CODER, names, "coder", 200)
        ctx.fallback_coder = ctx.tx.insert(Coder, name=name)
        ctx.summary.counts["users"] += 1
    return ctx.fallback_coder


def store_codes(ctx: StoreContext) -> None:
    """The code tree, one bulk insert per level; duplicate sibling names are numbered."""
    level: list[tuple[CodeSpec, int | None]] = [(code, None) for code in ctx.project.codes]
    count = 0
    while level:
        rows: list[dict[str, Any]] = []
        taken: dict[int | None, set[str]] = {}
        positions: dict[int | None, int] = {}
        for spec, parent in level:
            siblings = taken.setdefault(parent, set())
            position = positions[parent] = positions.get(parent, -1) + 1
            rows.append(
                {
                    "guid": spec.guid,
                    "parent_id": parent,
                    "name": ctx.unique(spec.name, siblings, "code"),
                    "color": spec.color or DEFAULT_CODE_COLOR,
                    "description": spec.description,
                    "position": position,
                    "is_codable": spec.guid not in ctx.project.not_codable,
                }
            )
        ids = ctx.tx.insert_many(Code, rows)
        count += len(ids)
        following: list[tuple[CodeSpec, int | None]] = []
        for (spec, _), code_id in zip(level, ids, strict=True):
            ctx.codes[spec.guid or ""] = code_id
            following += [(child, code_id) for child in spec.children]
        level = following
    ctx.summary.counts["codes"] = count


def store_documents(ctx: StoreContext) -> None:
    """Every source with text, through :class:`AddDocuments`; names made unique."""
    project = ctx.project
    taken: set[str] = set()
    documents = [
        NewDocument(
            ctx.unique(source.name, taken, "source"),
            source.text,
            DocumentKind.OTHER,
            source_name=project.file_name,
        )
        for source in project.sources
    ]
    add = AddDocuments(documents)
    add.record(ctx.tx)
    rows = zip(project.sources, documents, add.document_ids, strict=True)
    for source, document, document_id in rows:
        values: dict[str, Any] = {"guid": source.guid}
        if source.description:
            values["description"] = source.description
        if source.created is not None:
            values["imported_at"] = source.created
        ctx.tx.update(Document, document_id, **values)
        ctx.documents[source.guid] = document_id
        for span in source.spans:
            stored = StoredSpan(document_id, span.start, span.end, span.name)
            for guid in span.selection_guids:
                ctx.selections.setdefault(guid, stored)
        merged = sum(len(span.selection_guids) for span in source.spans)
        if merged > len(source.spans):
            ctx.notice(
                f"source '{document.name}'",
                f"{merged} selections of {len(source.spans)} distinct spans merged: "
                "one span with several codings each",
            )
        ctx.summary.counts["selections"] += merged
    ctx.summary.counts["sources"] = len(documents)


def store_codings(ctx: StoreContext) -> None:
    """Every coding of every span, as one bulk insert; exact repeats are stored once."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int, int, int, int]] = set()
    guids: set[str] = set()
    repeats = 0
    for source in ctx.project.sources:
        document_id = ctx.documents[source.guid]
        for span in source.spans:
            for coding in span.codings:
                code_id = ctx.codes.get(coding.code_guid)
                if code_id is None:
                    ctx.skip(
                        f"coding {coding.guid} in '{source.name}'",
                        f"it refers to code {coding.code_guid}, which is not in the codebook",
                    )
                    continue
                coder_id = coder_for(ctx, coding.user_guid, f"coding {coding.guid}")
                key = (document_id, code_id, coder_id, span.start, span.end)
                if key in seen:
                    repeats += 1
                    continue
                seen.add(key)
                guid = coding.guid
                if guid in guids:
                    guid = derived_guid(guid, span.start, span.end, code_id)
                guids.add(guid)
                ctx.codings[coding.guid] = len(rows)
                rows.append(
                    {
                        "guid": guid,
                        "document_id": document_id,
                        "code_id": code_id,
                        "coder_id": coder_id,
                        "start": span.start,
                        "end": span.end,
                        "created_at": coding.created or utcnow(),
                        "selection_guid": span.selection_guids[0],
                    }
                )
    ids = ctx.tx.insert_many(Coding, rows)
    ctx.codings = {guid: ids[index] for guid, index in ctx.codings.items()}
    if repeats:
        ctx.notice(f"{repeats} coding(s)", "the same code by the same coder on the same span")
    ctx.summary.counts["codings"] = len(rows)
