"""Storing cases, their sources and selections, and typed variables with their values."""

from __future__ import annotations

from typing import Any

from importers.refi.exchange_model import ExVariable
from importers.refi.store_context import StoreContext
from importers.refi.variables import REFI_TYPES
from importers.refi.xml_values import derived_guid
from models.cases import VALUE_COLUMNS, AttributeDefinition, AttributeTarget, AttributeValue, Case
from models.documents import Document, SpeakerTurn


def store_cases(ctx: StoreContext) -> None:
    """Cases; a source of a case is linked to it, a selection of a case becomes a passage
    (a speaker turn) that counts for the case."""
    taken: set[str] = set()
    rows = [
        {
            "guid": case.guid,
            "name": ctx.unique(case.name, taken, "case"),
            "description": case.description,
        }
        for case in _unique_guids(ctx)
    ]
    ids = ctx.tx.insert_many(Case, rows)
    ctx.cases = {row["guid"]: case_id for row, case_id in zip(rows, ids, strict=True)}
    ctx.summary.counts["cases"] = len(rows)
    linked: dict[int, str] = {}
    turns: list[dict[str, Any]] = []
    for case, row in zip(_unique_guids(ctx), rows, strict=True):
        case_id = ctx.cases[case.guid]
        for source_guid in dict.fromkeys(case.source_guids):
            document_id = ctx.documents.get(source_guid)
            if document_id is None:
                ctx.skip(f"source {source_guid} of case '{row['name']}'", _missing(ctx, "source"))
            elif document_id in linked:
                ctx.skip(
                    f"source {source_guid} of case '{row['name']}'",
                    "a document belongs to one case in Tekstur; it stays with "
                    f"'{linked[document_id]}'",
                )
            else:
                linked[document_id] = row["name"]
                ctx.tx.update(Document, document_id, case_id=case_id)
        for selection_guid in dict.fromkeys(case.selection_guids):
            span = ctx.selections.get(selection_guid)
            if span is None:
                ctx.skip(
                    f"selection {selection_guid} of case '{row['name']}'",
                    _missing(ctx, "selection"),
                )
                continue
            turns.append(
                {
                    "document_id": span.document_id,
                    "start": span.start,
                    "end": span.end,
                    "speaker": (span.name or row["name"])[:200],
                    "case_id": case_id,
                }
            )
    ctx.tx.insert_many(SpeakerTurn, turns)


def _unique_guids(ctx: StoreContext) -> list[Any]:
    seen: set[str] = set()
    unique = []
    for case in ctx.project.cases:
        if case.guid in seen:
            continue
        seen.add(case.guid)
        unique.append(case)
    return unique


def _missing(ctx: StoreContext, what: str) -> str:
    return f"it refers to a {what} that is not in the file or was not imported"


def store_variables(ctx: StoreContext) -> None:
    """One attribute per variable and owner kind (cases, documents), then every value."""
    project = ctx.project
    case_values = [(ctx.cases.get(c.guid), v) for c in project.cases for v in c.values]
    document_values = [(ctx.documents.get(s.guid), v) for s in project.sources for v in s.values]
    used_by = {
        AttributeTarget.CASE: {v.variable_guid for _, v in case_values},
        AttributeTarget.DOCUMENT: {v.variable_guid for _, v in document_values},
    }
    taken: dict[AttributeTarget, set[str]] = {t: set() for t in AttributeTarget}
    rows: list[dict[str, Any]] = []
    keys: list[tuple[str, AttributeTarget]] = []
    for variable in project.variables:
        targets = [t for t in AttributeTarget if variable.guid in used_by[t]]
        for number, target in enumerate(targets or [AttributeTarget.CASE]):
            rows.append(_definition(ctx, variable, target, number, taken[target], len(rows)))
            keys.append((variable.guid, target))
    ids = ctx.tx.insert_many(AttributeDefinition, rows)
    definitions = dict(zip(keys, ids, strict=True))
    types = {v.guid: v.refi_type for v in project.variables}
    values: list[dict[str, Any]] = []
    seen: set[tuple[int, str, int]] = set()
    for target, pairs in (
        (AttributeTarget.CASE, case_values),
        (AttributeTarget.DOCUMENT, document_values),
    ):
        owner_column = "case_id" if target is AttributeTarget.CASE else "document_id"
        for owner, value in pairs:
            attribute = definitions.get((value.variable_guid, target))
            if owner is None or attribute is None or (attribute, owner_column, owner) in seen:
                continue
            seen.add((attribute, owner_column, owner))
            column = VALUE_COLUMNS[REFI_TYPES[types[value.variable_guid]]]
            values.append({"attribute_id": attribute, owner_column: owner, column: value.value})
    ctx.tx.insert_many(AttributeValue, values)
    ctx.summary.counts["variables"] = len(rows)


def _definition(
    ctx: StoreContext,
    variable: ExVariable,
    target: AttributeTarget,
    number: int,
    taken: set[str],
    position: int,
) -> dict[str, Any]:
    return {
        "guid": variable.guid if number == 0 else derived_guid(variable.guid, target.value),
        "name": ctx.unique(variable.name, taken, "variable", 200),
        "type": REFI_TYPES[variable.refi_type],
        "target": target,
        "position": position,
        "description": variable.description,
        "exchange_type": variable.refi_type,
    }
