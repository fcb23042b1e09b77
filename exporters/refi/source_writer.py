"""Documents as REFI-QDA text sources: their selections, codings, annotations and values.

Codings of the same span share one ``<PlainTextSelection>``, which keeps the GUID of the
selection they were imported from; an annotation becomes a note on the selection of its span,
and a speaker turn linked to a case becomes a selection that the case refers to. Positions
are code points, as in Tekstur and the standard.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from exporters.refi.project_data import ProjectData

Span = tuple[int, int]


def derived_guid(*parts: object) -> str:
    """A GUID for something Tekstur keeps none for, the same on every export."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "tekstur-refi:" + "/".join(map(str, parts))))


def set_time(element: etree._Element, attribute: str, value: datetime | None) -> None:
    """Set ``attribute`` to an aware datetime as ``xsd:dateTime`` in UTC (if there is one)."""
    if value is not None:
        element.set(attribute, value.astimezone(UTC).isoformat().replace("+00:00", "Z"))


class SourceWriter:
    """Writes ``<TextSource>`` elements; remembers the selection GUIDs cases refer to."""

    def __init__(
        self,
        data: ProjectData,
        q: str,
        coding_notes: dict[int, list[str]],
        source_notes: dict[int, list[str]],
        values_of: Callable[[str, int], list[etree._Element]],
    ) -> None:
        self.data, self.q = data, q
        self.coding_notes, self.source_notes = coding_notes, source_notes
        self.values_of = values_of
        self.case_selections: dict[int, list[str]] = defaultdict(list)
        self._used: set[str] = set()
        self.selections = 0
        self.codings = 0

    def write(self, sources: etree._Element, document: Any) -> None:
        """Append the ``<TextSource>`` of one document row."""
        q = self.q
        source = etree.SubElement(sources, q + "TextSource")
        source.set("guid", document.guid)
        source.set("name", document.name)
        source.set("plainTextPath", f"internal://{document.guid}.txt")
        set_time(source, "creationDateTime", document.imported_at)
        if document.description:
            etree.SubElement(source, q + "Description").text = document.description
        spans = self._spans(document)
        for (start, end), parts in sorted(spans.items()):
            self._selection(source, document, start, end, parts)
        for note in self.source_notes.get(document.id, ()):
            etree.SubElement(source, q + "NoteRef").set("targetGUID", note)
        source.extend(self.values_of("document_id", document.id))

    def _spans(self, document: Any) -> dict[Span, dict[str, list[Any]]]:
        spans: dict[Span, dict[str, list[Any]]] = defaultdict(
            lambda: {"codings": [], "annotations": [], "turns": []}
        )
        for coding in self.data.codings.get(document.id, ()):
            spans[(coding.start, coding.end)]["codings"].append(coding)
        for annotation in self.data.annotations.get(document.id, ()):
            spans[(annotation.start, annotation.end)]["annotations"].append(annotation)
        for turn in self.data.turns.get(document.id, ()):
            spans[(turn.start, turn.end)]["turns"].append(turn)
        return spans

    def _selection(
        self, source: etree._Element, document: Any, start: int, end: int, parts: dict[str, Any]
    ) -> None:
        q = self.q
        codings, annotations, turns = parts["codings"], parts["annotations"], parts["turns"]
        guid = _selection_guid(document.guid, start, end, codings, annotations)
        if guid in self._used:  # a coding moved away from the span it was imported with
            guid = derived_guid(document.guid, start, end, "selection")
        self._used.add(guid)
        selection = etree.SubElement(source, q + "PlainTextSelection")
        selection.set("guid", guid)
        if turns:
            selection.set("name", turns[0].speaker)
        selection.set("startPosition", str(start))
        selection.set("endPosition", str(end))
        first = codings[0] if codings else None
        if first is not None:
            selection.set("creatingUser", self.data.coders[first.coder_id].guid)
            set_time(selection, "creationDateTime", first.created_at)
        for coding in codings:
            element = etree.SubElement(selection, q + "Coding")
            element.set("guid", coding.guid)
            element.set("creatingUser", self.data.coders[coding.coder_id].guid)
            set_time(element, "creationDateTime", coding.created_at)
            ref = etree.SubElement(element, q + "CodeRef")
            ref.set("targetGUID", self.data.code_guids[coding.code_id])
            for note in self.coding_notes.get(coding.id, ()):
                etree.SubElement(element, q + "NoteRef").set("targetGUID", note)
        for annotation in annotations:
            etree.SubElement(selection, q + "NoteRef").set("targetGUID", annotation.guid)
        for turn in turns:
            self.case_selections[turn.case_id].append(guid)
        self.selections += 1
        self.codings += len(codings)


def _selection_guid(
    document_guid: str, start: int, end: int, codings: list[Any], annotations: list[Any]
) -> str:
    for coding in codings:
        if coding.selection_guid:
            return str(coding.selection_guid)
    if codings:
        return derived_guid(codings[0].guid, "selection")
    if annotations:
        return derived_guid(annotations[0].guid, "selection")
    return derived_guid(document_guid, start, end, "selection")
