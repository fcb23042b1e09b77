"""Documents as REFI-QDA text sources: their selections, codings, annotations and values.

Codings of the same span share one ``<PlainTextSelection>``, which keeps the GUID of the
selection they were imported from; an annotation becomes a note on the selection of its span,
and a speaker turn linked to a case becomes a selection that the case refers to. Positions
are code points, as in Tekstur and the standard.

A project can hold hundreds of thousands of codings, so this part of ``project.qde`` is
written as escaped text rather than built element by element (forty times faster).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from exporters.refi.project_data import ProjectData

Span = tuple[int, int]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def attr(text: str) -> str:
    """``text`` escaped for a double-quoted attribute or element content."""
    return xml_safe(text).translate(_ESCAPES)


def derived_guid(*parts: object) -> str:
    """A GUID for something Tekstur keeps none for, the same on every export."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "tekstur-refi:" + "/".join(map(str, parts))))


def sibling_guid(guid: str) -> str:
    """A GUID belonging to ``guid`` (the selection of a coding), the same on every export.

    The first eight hex digits are flipped by a constant: much quicker than a name-based
    GUID for a hundred thousand codings, and never equal to ``guid`` itself.
    """
    return f"{int(guid[:8], 16) ^ 0x5E1EC7ED:08x}{guid[8:]}"


def xsd_time(value: datetime) -> str:
    """An aware datetime as ``xsd:dateTime`` in UTC."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat().replace("+00:00", "Z")


class SourceWriter:
    """Writes ``<TextSource>`` elements; remembers the selection GUIDs cases refer to."""

    def __init__(
        self,
        data: ProjectData,
        coding_notes: dict[int, list[str]],
        source_notes: dict[int, list[str]],
        values_of: Callable[[str, int], str],
    ) -> None:
        self.data = data
        self.coding_notes, self.source_notes = coding_notes, source_notes
        self.values_of = values_of
        self.case_selections: dict[int, list[str]] = defaultdict(list)
        self.selections = 0
        self.codings = 0
        self._used: set[str] = set()
        self._coders = {key: row.guid for key, row in data.coders.items()}

    def write(self, document: Any) -> Iterator[str]:
        """The ``<TextSource>`` of one document row, in pieces of XML text."""
        yield (
            f'<TextSource guid="{document.guid}" name="{attr(document.name)}" '
            f'plainTextPath="internal://{document.guid}.txt" '
            f'creationDateTime="{xsd_time(document.imported_at)}">'
        )
        if document.description:
            yield f"<Description>{attr(document.description)}</Description>"
        spans = self._spans(document)
        for (start, end), parts in sorted(spans.items()):
            yield self._selection(document, start, end, parts)
        for note in self.source_notes.get(document.id, ()):
            yield f'<NoteRef targetGUID="{note}"/>'
        yield self.values_of("document_id", document.id)
        yield "</TextSource>"

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

    def _selection(self, document: Any, start: int, end: int, parts: dict[str, Any]) -> str:
        codings, annotations, turns = parts["codings"], parts["annotations"], parts["turns"]
        guid = _selection_guid(document.guid, start, end, codings, annotations)
        if guid in self._used:  # a coding moved away from the span it was imported with
            guid = derived_guid(document.guid, start, end, "selection")
        self._used.add(guid)
        name = f' name="{attr(turns[0].speaker)}"' if turns else ""
        head = (
            f'<PlainTextSelection guid="{guid}"{name} startPosition="{start}" endPosition="{end}"'
        )
        if codings:
            first = codings[0]
            head += (
                f' creatingUser="{self._coders[first.coder_id]}"'
                f' creationDateTime="{xsd_time(first.created_at)}"'
            )
        pieces = [head, ">"]
        code_guids = self.data.code_guids
        for coding in codings:
            pieces.append(
                f'<Coding guid="{coding.guid}" creatingUser="{self._coders[coding.coder_id]}" '
                f'creationDateTime="{xsd_time(coding.created_at)}">'
                f'<CodeRef targetGUID="{code_guids[coding.code_id]}"/>'
            )
            pieces += [f'<NoteRef targetGUID="{n}"/>' for n in self.coding_notes.get(coding.id, ())]
            pieces.append("</Coding>")
        pieces += [f'<NoteRef targetGUID="{a.guid}"/>' for a in annotations]
        pieces.append("</PlainTextSelection>")
        for turn in turns:
            self.case_selections[turn.case_id].append(guid)
        self.selections += 1
        self.codings += len(codings)
        return "".join(pieces)


def _selection_guid(
    document_guid: str, start: int, end: int, codings: list[Any], annotations: list[Any]
) -> str:
    for coding in codings:
        if coding.selection_guid:
            return str(coding.selection_guid)
    if codings:
        return sibling_guid(str(codings[0].guid))
    if annotations:
        return derived_guid(annotations[0].guid, "selection")
    return derived_guid(document_guid, start, end, "selection")
