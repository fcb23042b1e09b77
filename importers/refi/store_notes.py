"""Storing notes (as memos and annotations), sets and links.

A note attached to a selection becomes an annotation on that span; attached to a coding,
source, code or (through a link) a case it becomes that object's memo; any other note is a
memo on the project. A note attached to several objects stays with the first.
"""

from __future__ import annotations

from typing import Any

from importers.refi.exchange_model import ExNote
from importers.refi.store_context import StoreContext
from importers.refi.store_core import coder_for
from importers.refi.xml_values import derived_guid
from models.base import utcnow
from models.notes import Annotation, ItemSet, Memo, SetMember
from models.saved import Link

Target = tuple[str, Any]
"""(column, value): ``("document_id", 4)``, ``("span", StoredSpan)``, ``("project", None)``."""


def store_notes(ctx: StoreContext) -> set[str]:
    """Every note as a memo or annotation; returns the links used to attach a note to a case."""
    project = ctx.project
    notes = {note.guid: note for note in project.notes}
    targets: dict[str, Target] = {}
    consumed: set[str] = set()

    def attach(note_guid: str, target: Target, where: str) -> bool:
        if note_guid not in notes:
            ctx.skip(f"note {note_guid} of {where}", "no such note in the file")
            return False
        if note_guid in targets:
            if targets[note_guid] != target:
                ctx.notice(
                    f"note '{notes[note_guid].name}'",
                    "attached to several objects; kept with the first",
                )
            return False
        targets[note_guid] = target
        return True

    for source in project.sources:
        document_id = ctx.documents[source.guid]
        for span in source.spans:
            where = ctx.selections[span.selection_guids[0]]
            for guid in span.note_guids:
                attach(guid, ("span", where), f"a selection in '{source.name}'")
            for coding in span.codings:
                coding_id = ctx.codings.get(coding.guid)
                for guid in coding.note_guids:
                    if coding_id is not None:
                        attach(guid, ("coding_id", coding_id), f"coding {coding.guid}")
        for guid in source.note_guids:
            attach(guid, ("document_id", document_id), f"source '{source.name}'")
    for code_guid, guid in project.code_note_refs:
        if code_guid in ctx.codes:
            attach(guid, ("code_id", ctx.codes[code_guid]), f"code {code_guid}")
    for link in project.links:
        case = ctx.cases.get(link.target_guid)
        attached = link.origin_guid in notes and case is not None
        if attached and attach(link.origin_guid, ("case_id", case), "a case"):
            consumed.add(link.guid)
    for guid in project.project_note_guids:
        attach(guid, ("project", None), "the project")
    memos: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    stored: set[str] = set()
    for note in project.notes:
        if note.guid in stored:
            ctx.skip(f"note '{note.name}'", f"its GUID {note.guid} is used by another note")
            continue
        stored.add(note.guid)
        column, value = targets.get(note.guid, ("project", None))
        coder = coder_for(ctx, note.user_guid, f"note '{note.name}'") if note.user_guid else None
        if column == "span":
            annotations.append(_annotation(note.guid, value, note.text or note.name, coder, note))
        else:
            memos.append(_memo(note, coder, {} if column == "project" else {column: value}))
    for source in project.sources:
        for span in source.spans:
            if span.description:
                guid = derived_guid(span.selection_guids[0], "description")
                where = ctx.selections[span.selection_guids[0]]
                coder = coder_for(ctx, span.user_guid, "a selection") if span.user_guid else None
                annotations.append(_annotation(guid, where, span.description, coder, None))
    ctx.tx.insert_many(Memo, memos)
    ctx.tx.insert_many(Annotation, annotations)
    ctx.summary.counts["notes"] = len(stored)
    return consumed


def _memo(note: ExNote, coder: int | None, target: dict[str, Any]) -> dict[str, Any]:
    created = note.created or utcnow()
    return {
        "guid": note.guid,
        "title": note.name[:300],
        "text": note.text,
        "coder_id": coder,
        "created_at": created,
        "updated_at": note.modified or created,
        **target,
    }


def _annotation(
    guid: str, span: Any, text: str, coder: int | None, note: ExNote | None
) -> dict[str, Any]:
    return {
        "guid": guid,
        "document_id": span.document_id,
        "start": span.start,
        "end": span.end,
        "text": text,
        "coder_id": coder,
        "created_at": (note.created if note else None) or utcnow(),
    }


def store_sets(ctx: StoreContext) -> None:
    """Sets of codes and documents; members the file does not hold are reported."""
    taken: set[str] = set()
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    members: list[list[dict[str, Any]]] = []
    for item in ctx.project.sets:
        if item.guid in seen:
            ctx.skip(f"set '{item.name}'", f"its GUID {item.guid} is used by another set")
            continue
        seen.add(item.guid)
        name = ctx.unique(item.name, taken, "set")
        rows.append({"guid": item.guid, "name": name, "description": item.description})
        found: dict[tuple[str, int], dict[str, Any]] = {}
        for column, guids, ids, what in (
            ("code_id", item.code_guids, ctx.codes, "code"),
            ("document_id", item.source_guids, ctx.documents, "source"),
        ):
            missing = [guid for guid in guids if guid not in ids]
            found |= {(column, ids[g]): {column: ids[g]} for g in guids if g in ids}
            if missing:
                ctx.skip(
                    f"{len(missing)} {what}(s) in set '{name}'",
                    f"the {what}s are not in the file or were not imported",
                )
        members.append(list(found.values()))
    set_ids = ctx.tx.insert_many(ItemSet, rows)
    ctx.tx.insert_many(
        SetMember,
        [{"set_id": i, **m} for i, group in zip(set_ids, members, strict=True) for m in group],
    )
    ctx.summary.counts["sets"] = len(rows)


def store_links(ctx: StoreContext, consumed: set[str]) -> None:
    """Every link, by GUID, as the file gave it (ends Tekstur does not hold included)."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for link in ctx.project.links:
        if link.guid in consumed:
            continue
        if link.guid in seen:
            ctx.skip(f"link '{link.name}'", f"its GUID {link.guid} is used by another link")
            continue
        seen.add(link.guid)
        rows.append(
            {
                "guid": link.guid,
                "name": link.name[:300],
                "direction": link.direction,
                "color": link.color,
                "origin_guid": link.origin_guid,
                "target_guid": link.target_guid,
            }
        )
    ctx.tx.insert_many(Link, rows)
    ctx.summary.counts["links"] = len(rows)
