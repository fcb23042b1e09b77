"""Reading the ``<Sources>`` of a REFI-QDA project: text, selections, codings.

Text sources become documents; a PDF with a text representation, a picture with a text
description and audio or video with a transcript become documents of that text. Selections
by area or by time (PDF, picture, audio, video) have no text and are reported. Selections of
the same span are merged into one span with all their codings.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from importers.refi.archive import ExchangeArchive, read_external
from importers.refi.exchange_model import (
    ExchangeProject,
    ExCoding,
    ExSource,
    ExSpan,
)
from importers.refi.producers import Producer
from importers.refi.text_positions import SourceText, decode_source
from importers.refi.variables import read_values
from importers.refi.xml_values import (
    CODE_REF,
    CODING,
    DESCRIPTION,
    NOTE_REF,
    child,
    child_text,
    children,
    date_time,
    derived_guid,
    fast_guid,
    guid_of,
    integer,
    local_name,
    refs,
)

_AREA_SELECTIONS = {
    "PDFSource": ("PDFSelection", "PDF"),
    "PictureSource": ("PictureSelection", "picture"),
    "AudioSource": ("AudioSelection", "audio"),
    "VideoSource": ("VideoSelection", "video"),
}


class SourceReader:
    """Reads every source of one project into ``project.sources``."""

    def __init__(
        self,
        project: ExchangeProject,
        archive: ExchangeArchive,
        producer: Producer,
        variable_types: dict[str, str],
        base_path: Path | None,
    ) -> None:
        self.project, self.archive, self.producer = project, archive, producer
        self.variable_types = variable_types
        self.base_path = base_path
        self.aliases: dict[str, str] = {}
        """GUIDs of PDFs, pictures and media → the GUID of the document made of their text."""
        self._seen: set[str] = set()

    def read(self, sources: etree._Element) -> None:
        """Read every source element under ``<Sources>``."""
        for element in sources.iterchildren(etree.Element):
            kind = local_name(element)
            guid = guid_of(element)
            label = f"{_WHAT.get(kind, kind)} '{element.get('name') or guid or '?'}'"
            if guid is None:
                self.project.skip(label, "it has no valid GUID")
                continue
            if guid in self._seen:
                self.project.skip(label, f"its GUID {guid} is used by another source")
                continue
            self._seen.add(guid)
            if kind == "TextSource":
                source, why = self._text_source(element, guid, element.get("name") or "", "text")
                if source is None:
                    self.project.skip(label, why)
            elif kind in _AREA_SELECTIONS:
                source = self._other_source(element, kind, guid, label)
            else:
                source = None
                self.project.skip(label, "Tekstur does not know this kind of source")
            if source is None:
                self.project.sources_skipped += 1

    def _text_source(
        self, element: etree._Element, guid: str, name: str, what: str
    ) -> tuple[ExSource | None, str]:
        """Read a ``TextSourceType`` element (a text source, representation, transcript).

        Returns the source, or None and why it has no text (with the codings lost with it).
        """
        label = f"{what} source '{name or guid}'"
        text, why = self._text_of(element)
        selections = list(children(element, "PlainTextSelection"))
        if text is None:
            coded = sum(len(list(children(s, "Coding"))) for s in selections)
            detail = f" ({len(selections)} selection(s), {coded} coding(s) with it)"
            self.project.selections_read += len(selections)
            return None, why + (detail if selections else "")
        source = ExSource(
            guid,
            name.strip() or f"Source {guid[:8]}",
            text.text,
            what,
            description=child_text(element, "Description").strip(),
            note_guids=refs(element, "NoteRef"),
            values=read_values(element, self.variable_types, self.project, label),
            created=date_time(element.get("creationDateTime")),
        )
        spans: dict[tuple[int, int], ExSpan] = {}
        for index, selection in enumerate(selections):
            self.project.selections_read += 1
            self._selection(selection, index, source, text, spans)
        whole = [self._coding(c, source.guid) for c in children(element, "Coding")]
        if whole and text.text:
            span = spans.setdefault(
                (0, len(text.text)), ExSpan(0, len(text.text), [derived_guid(guid, "whole")])
            )
            span.codings.extend(c for c in whole if c is not None)
        source.spans = sorted(spans.values(), key=lambda s: (s.start, s.end))
        self.project.sources.append(source)
        return source, ""

    def _selection(
        self,
        element: etree._Element,
        index: int,
        source: ExSource,
        text: SourceText,
        spans: dict[tuple[int, int], ExSpan],
    ) -> None:
        get = element.get
        guid = fast_guid(get("guid")) or derived_guid(source.guid, "selection", index)
        start, end = integer(get("startPosition")), integer(get("endPosition"))
        mapped = None if start is None or end is None else text.span(start, end)
        if mapped is None:
            self.project.skip(
                f"selection {guid} in '{source.name}'",
                f"its positions {start}–{end} do not fit the text ({text.units} positions)",
            )
            return
        user = fast_guid(get("creatingUser"))
        span = spans.get(mapped)
        if span is None:
            span = spans[mapped] = ExSpan(
                mapped[0],
                mapped[1],
                [],
                name=get("name") or "",
                user_guid=user,
                created=date_time(get("creationDateTime")),
            )
        span.selection_guids.append(guid)
        for part in element.iterchildren(CODING, NOTE_REF, DESCRIPTION):
            if part.tag == CODING:
                found = self._coding(part, guid)
                if found is not None:
                    found.user_guid = found.user_guid or user
                    span.codings.append(found)
            elif part.tag == NOTE_REF:
                note = fast_guid(part.get("targetGUID"))
                if note is not None:
                    span.note_guids.append(note)
            elif (description := (part.text or "").strip()) and (
                description not in span.description
            ):
                span.description = "\n\n".join(filter(None, (span.description, description)))

    def _coding(self, element: etree._Element, selection_guid: str) -> ExCoding | None:
        code_guid = None
        notes = []
        for part in element.iterchildren(CODE_REF, NOTE_REF):
            target = fast_guid(part.get("targetGUID"))
            if part.tag == NOTE_REF:
                if target is not None:
                    notes.append(target)
            elif code_guid is None:
                code_guid = target
        get = element.get
        guid = fast_guid(get("guid")) or derived_guid(selection_guid, "coding", code_guid)
        if code_guid is None:
            self.project.skip(f"coding {guid}", "it names no code")
            return None
        return ExCoding(
            guid,
            code_guid,
            fast_guid(get("creatingUser")),
            date_time(get("creationDateTime")),
            notes,
        )

    def _other_source(
        self, element: etree._Element, kind: str, guid: str, label: str
    ) -> ExSource | None:
        selection_tag, what = _AREA_SELECTIONS[kind]
        name = element.get("name") or ""
        found = {
            "PDFSource": [child(element, "Representation")],
            "PictureSource": [child(element, "TextDescription")],
        }.get(kind) or list(children(element, "Transcript"))
        texts = [t for t in found if t is not None]
        made: list[ExSource] = []
        reasons: list[str] = []
        for number, inner in enumerate(texts):
            inner_guid = guid_of(inner) or derived_guid(guid, "text", number)
            own_guid = guid if number == 0 else inner_guid
            title = name if number == 0 else f"{name} ({number + 1})"
            if kind in ("AudioSource", "VideoSource"):
                self._sync_selections(inner)
            source, why = self._text_source(inner, own_guid, title, what)
            if source is None:
                reasons.append(why)
            else:
                self.aliases[inner_guid] = own_guid
                made.append(source)
        imported = {g for s in made for span in s.spans for g in span.selection_guids}
        areas = [s for s in children(element, selection_tag) if guid_of(s) not in imported]
        if areas:
            coded = sum(len(list(children(s, "Coding"))) for s in areas)
            self.project.skip(
                f"{len(areas)} {what} selection(s) in {label}",
                f"they mark an area or a time, not text ({coded} coding(s))",
            )
        if not made:
            why = "; ".join(reasons) or f"it has no text representation ({_TEXT_OF[kind]})"
            self.project.skip(label, why)
            return None
        first = made[0]
        first.note_guids += refs(element, "NoteRef")
        first.values += read_values(element, self.variable_types, self.project, label)
        first.description = first.description or child_text(element, "Description").strip()
        return first

    def _sync_selections(self, transcript: etree._Element) -> None:
        """Give transcript selections between two sync points plain-text positions."""
        positions = {
            g: integer(point.get("position"))
            for point in children(transcript, "SyncPoint")
            if (g := guid_of(point)) is not None
        }
        for selection in list(children(transcript, "TranscriptSelection")):
            start = positions.get(guid_of(selection, "fromSyncPoint") or "")
            end = positions.get(guid_of(selection, "toSyncPoint") or "")
            selection.tag = "{urn:QDA-XML:project:1.0}PlainTextSelection"
            selection.set("startPosition", str(start if start is not None else -1))
            selection.set("endPosition", str(end if end is not None else -1))

    def _text_of(self, element: etree._Element) -> tuple[SourceText | None, str]:
        content = child(element, "PlainTextContent")
        utf16 = self.producer.utf16_positions
        if content is not None:
            return SourceText(content.text or "", utf16=utf16), ""
        path = (element.get("plainTextPath") or "").strip()
        if not path:
            if element.get("richTextPath"):
                return None, "it has only rich text (no plain-text file), which holds no positions"
            return None, "it has no text"
        if path.lower().startswith("internal://"):
            data = self.archive.internal(path[len("internal://") :])
            if data is None:
                return None, f"its text file {path} is not in {self.archive.name}"
        else:
            data, why = read_external(path, self.base_path, self.archive.folder)
            if data is None:
                return None, why
        return SourceText(decode_source(data), utf16=utf16), ""


_WHAT = {
    "TextSource": "text source",
    "PDFSource": "PDF source",
    "PictureSource": "picture source",
    "AudioSource": "audio source",
    "VideoSource": "video source",
}

_TEXT_OF = {
    "PDFSource": "no <Representation>",
    "PictureSource": "no <TextDescription>",
    "AudioSource": "no <Transcript>",
    "VideoSource": "no <Transcript>",
}
