"""Exporting a project as a REFI-QDA ``.qdpx`` (or its codes as a ``.qdc``).

The ``.qdpx`` holds ``project.qde``, valid against the REFI-QDA 1.0 ``Project.xsd``, and one
UTF-8 text file per document in ``sources/`` named ``<guid>.txt``. Every object keeps the
GUID stored in the project, so an export of a re-imported export is the same. Coders are
users, memos and annotations are notes (a case's memo is linked to its case), and attributes
are typed variables. The file is written beside its final name and renamed into place, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
import uuid
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from lxml import etree

from exporters.refi.project_data import ProjectData, read_project_data
from exporters.refi.qdc_writer import append_codes, qdc_bytes
from exporters.refi.source_writer import SourceWriter, attr, derived_guid, xml_safe, xsd_time
from exporters.refi.summary import ExportSummary
from exporters.refi.variable_values import VALUE_ELEMENTS, refi_type, value_text
from models.codebook_spec import CodebookSpec, normalise_color, normalise_guid
from models.database import ProjectDatabase
from models.progress import Progress, no_progress

NAMESPACE = "urn:QDA-XML:project:1.0"
Q = "{" + NAMESPACE + "}"
ORIGIN = "Tekstur 0.1"
_DIRECTIONS = ("Associative", "OneWay", "Bidirectional")


def export_exchange(
    db: ProjectDatabase, out: Path, progress: Progress = no_progress
) -> ExportSummary:
    """Write the project to ``out``: a ``.qdpx`` project, or a ``.qdc`` codebook."""
    progress(0, 4, "Reading the project")
    data = read_project_data(db)
    summary = ExportSummary(out.name)
    if out.suffix.lower() == ".qdc":
        if not data.codes:
            raise ValueError("the project holds no codes to export")
        spec = CodebookSpec(data.project.name, data.codes, origin=ORIGIN)
        _write_atomically(
            out, lambda path: path.write_bytes(qdc_bytes(spec, None, data.not_codable))
        )
        summary.counts["codes"] = len(data.code_guids)
        progress(4, 4, "Done")
        return summary
    progress(1, 4, "Writing project.qde")
    xml = ProjectXml(data, summary).build()
    progress(3, 4, f"Writing {out.name}")

    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("project.qde", xml)
            for document in data.documents:
                archive.writestr(f"sources/{document.guid}.txt", document.text.encode("utf-8"))

    _write_atomically(out, write)
    progress(4, 4, "Done")
    return summary


def _write_atomically(out: Path, write: Any) -> None:
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class ProjectXml:
    """Builds ``project.qde`` for one project's data."""

    def __init__(self, data: ProjectData, summary: ExportSummary) -> None:
        self.data, self.summary = data, summary
        self.notes: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.project_notes: list[str] = []
        self.case_links: list[tuple[str, int]] = []
        self.types: dict[int, str] = {}
        self.by_owner: dict[tuple[str, int], list[tuple[Any, Any]]] = defaultdict(list)

    def build(self) -> bytes:
        """The XML document, serialised as UTF-8."""
        data, counts = self.data, self.summary.counts
        root = etree.Element(Q + "Project", nsmap={None: NAMESPACE})  # type: ignore[dict-item]
        root.set("name", xml_safe(data.project.name))
        root.set("origin", ORIGIN)
        root.set("creationDateTime", xsd_time(data.project.created_at))
        self._sort_memos()
        if data.coders:
            users = etree.SubElement(root, Q + "Users")
            for coder in data.coders.values():
                user = etree.SubElement(users, Q + "User")
                user.set("guid", coder.guid)
                user.set("name", xml_safe(coder.name))
        counts["users"] = len(data.coders)
        if data.codes:
            codes = etree.SubElement(etree.SubElement(root, Q + "CodeBook"), Q + "Codes")
            notes = {self.data.code_guids[k]: v for k, v in self.notes["code_id"].items()}
            append_codes(codes, data.codes, data.project.name, NAMESPACE, data.not_codable, notes)
        counts["codes"] = len(data.code_guids)
        self._variables(root)
        writer = SourceWriter(
            data, self.notes["coding_id"], self.notes["document_id"], self._values_of
        )
        sources = "".join(piece for d in data.documents for piece in writer.write(d))
        counts["sources"] = len(data.documents)
        counts["selections"], counts["codings"] = writer.selections, writer.codings
        cases = self._cases(writer.case_selections)
        blocks: dict[bytes, str] = {}
        for tag, block in (("Cases", cases), ("Sources", sources)):
            if block:
                marker = f"@@{tag}-{uuid.uuid4()}@@"
                etree.SubElement(root, Q + tag).text = marker
                blocks[marker.encode()] = block
        self._notes(root)
        self._links(root)
        self._sets(root)
        if data.project.description:
            etree.SubElement(root, Q + "Description").text = xml_safe(data.project.description)
        for note in self.project_notes:
            etree.SubElement(root, Q + "NoteRef").set("targetGUID", note)
        self._left_out()
        serialised = etree.tostring(root, xml_declaration=True, encoding="utf-8")
        for placeholder, block in blocks.items():
            serialised = serialised.replace(placeholder, block.encode("utf-8"), 1)
        return serialised

    def _sort_memos(self) -> None:
        for memo in self.data.memos:
            for column in ("document_id", "code_id", "coding_id"):
                if getattr(memo, column) is not None:
                    self.notes[column][getattr(memo, column)].append(memo.guid)
                    break
            else:
                if memo.case_id is not None:
                    self.case_links.append((memo.guid, memo.case_id))
                else:
                    self.project_notes.append(memo.guid)

    def _variables(self, root: etree._Element) -> None:
        if not self.data.attributes:
            return
        variables = etree.SubElement(root, Q + "Variables")
        for attribute in self.data.attributes:
            kind = refi_type(attribute, self.data.values.get(attribute.id, []))
            self.types[attribute.id] = kind
            variable = etree.SubElement(variables, Q + "Variable")
            variable.set("guid", attribute.guid)
            variable.set("name", xml_safe(attribute.name))
            variable.set("typeOfVariable", kind)
            if attribute.description:
                description = xml_safe(attribute.description)
                etree.SubElement(variable, Q + "Description").text = description
        self.summary.counts["variables"] = len(self.data.attributes)
        for attribute in self.data.attributes:
            for value in self.data.values.get(attribute.id, []):
                if value.case_id is not None:
                    self.by_owner[("case_id", value.case_id)].append((attribute, value))
                else:
                    self.by_owner[("document_id", value.document_id)].append((attribute, value))

    def _values_of(self, column: str, owner: int) -> str:
        pieces = []
        for attribute, value in self.by_owner.get((column, owner), []):
            kind = self.types[attribute.id]
            tag = VALUE_ELEMENTS[kind]
            pieces.append(
                f'<VariableValue><VariableRef targetGUID="{attribute.guid}"/>'
                f"<{tag}>{attr(value_text(value, kind))}</{tag}></VariableValue>"
            )
        return "".join(pieces)

    def _cases(self, selections: dict[int, list[str]]) -> str:
        documents: dict[int, list[str]] = defaultdict(list)
        for document in self.data.documents:
            if document.case_id is not None:
                documents[document.case_id].append(document.guid)
        pieces = []
        for row in self.data.cases:
            pieces.append(f'<Case guid="{row.guid}" name="{attr(row.name)}">')
            if row.description:
                pieces.append(f"<Description>{attr(row.description)}</Description>")
            pieces.append(self._values_of("case_id", row.id))
            pieces += [f'<SourceRef targetGUID="{g}"/>' for g in documents.get(row.id, [])]
            selected = dict.fromkeys(selections.get(row.id, []))
            pieces += [f'<SelectionRef targetGUID="{g}"/>' for g in selected]
            pieces.append("</Case>")
        self.summary.counts["cases"] = len(self.data.cases)
        return "".join(pieces)

    def _notes(self, root: etree._Element) -> None:
        rows = [(m, m.title, m.updated_at) for m in self.data.memos]
        rows += [(a, "", None) for group in self.data.annotations.values() for a in group]
        if not rows:
            return
        notes = etree.SubElement(root, Q + "Notes")
        for row, title, modified in rows:
            note = etree.SubElement(notes, Q + "Note")
            note.set("guid", row.guid)
            if title:
                note.set("name", xml_safe(title))
            if row.coder_id is not None:
                note.set("creatingUser", self.data.coders[row.coder_id].guid)
            note.set("creationDateTime", xsd_time(row.created_at))
            if modified is not None:
                note.set("modifiedDateTime", xsd_time(modified))
            etree.SubElement(note, Q + "PlainTextContent").text = xml_safe(row.text)
        self.summary.counts["notes"] = len(rows)

    def _links(self, root: etree._Element) -> None:
        case_guids = {row.id: row.guid for row in self.data.cases}
        links = [
            (link.guid, link.name, link.direction, link.color, link.origin_guid, link.target_guid)
            for link in self.data.links
        ]
        links += [
            (derived_guid(memo, "case"), "Memo", "OneWay", None, memo, case_guids[case])
            for memo, case in self.case_links
        ]
        if not links:
            return
        element = etree.SubElement(root, Q + "Links")
        for guid, name, direction, color, origin, target in links:
            link = etree.SubElement(element, Q + "Link")
            link.set("guid", guid)
            if name:
                link.set("name", xml_safe(name))
            link.set("direction", direction if direction in _DIRECTIONS else "Associative")
            if normalise_color(color) is not None:
                link.set("color", normalise_color(color) or "")
            link.set("originGUID", normalise_guid(origin) or derived_guid(guid, "origin"))
            link.set("targetGUID", normalise_guid(target) or derived_guid(guid, "target"))
        self.summary.counts["links"] = len(self.data.links)

    def _sets(self, root: etree._Element) -> None:
        if not self.data.sets:
            return
        documents = {row.id: row.guid for row in self.data.documents}
        element = etree.SubElement(root, Q + "Sets")
        for row in self.data.sets:
            item = etree.SubElement(element, Q + "Set")
            item.set("guid", row.guid)
            item.set("name", xml_safe(row.name))
            if row.description:
                etree.SubElement(item, Q + "Description").text = xml_safe(row.description)
            members = self.data.members.get(row.id, [])
            for member in members:
                if member.code_id is not None:
                    ref = etree.SubElement(item, Q + "MemberCode")
                    ref.set("targetGUID", self.data.code_guids[member.code_id])
            for member in members:
                if member.document_id is not None:
                    ref = etree.SubElement(item, Q + "MemberSource")
                    ref.set("targetGUID", documents[member.document_id])
            cases = sum(1 for m in members if m.case_id is not None)
            if cases:
                self.summary.leave_out(
                    f"{cases} case(s) in set '{row.name}'", "REFI-QDA sets hold no cases"
                )
        self.summary.counts["sets"] = len(self.data.sets)

    def _left_out(self) -> None:
        if self.data.unlinked_turns:
            self.summary.leave_out(
                f"{self.data.unlinked_turns} speaker turn(s) not linked to a case",
                "REFI-QDA has no speaker turns (turns of a case are written as its selections)",
            )
        if self.data.headings:
            self.summary.leave_out(
                f"{self.data.headings} heading(s)", "REFI-QDA plain text has no headings"
            )
