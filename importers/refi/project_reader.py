"""Reading a whole REFI-QDA project (``project.qde`` and its sources) into memory.

Nothing is stored here: the result is an :class:`ExchangeProject` that lists, besides what
was read, everything skipped and why. The codes are read by :func:`read_codes`, the same
code that reads ``.qdc`` codebooks.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from importers.refi.archive import ExchangeArchive
from importers.refi.exchange_model import (
    ExCase,
    ExchangeImportError,
    ExchangeProject,
    ExLink,
    ExNote,
    ExSet,
    ExUser,
)
from importers.refi.producers import producer_of
from importers.refi.qdc_reader import read_codes
from importers.refi.safe_xml import UnsafeXmlError, parse_safe_xml
from importers.refi.source_reader import SourceReader
from importers.refi.text_positions import decode_source
from importers.refi.variables import read_values, read_variables
from importers.refi.xml_values import (
    PROJECT_NS,
    child,
    child_text,
    children,
    date_time,
    guid_of,
    refs,
)
from models.codebook_spec import CodebookFileError, normalise_color

_DIRECTIONS = ("Associative", "OneWay", "Bidirectional")


def read_exchange_project(archive: ExchangeArchive) -> ExchangeProject:
    """Everything in ``archive`` that Tekstur can hold, with what it skipped and why."""
    try:
        root = parse_safe_xml(archive.project_xml, archive.name)
    except UnsafeXmlError as error:
        raise ExchangeImportError(str(error)) from None
    qname = etree.QName(root)
    if qname.localname != "Project" or qname.namespace != PROJECT_NS:
        raise ExchangeImportError(
            f"{archive.name}: not a REFI-QDA project (root element <{qname.localname}> in "
            f"'{qname.namespace or 'no namespace'}'; Tekstur reads {PROJECT_NS})"
        )
    producer = producer_of(root.get("origin"))
    project = ExchangeProject(
        archive.name,
        (root.get("name") or "").strip() or Path(archive.name).stem,
        origin=producer.origin,
        description=child_text(root, "Description").strip(),
        creating_user_guid=guid_of(root, "creatingUserGUID"),
        created=date_time(root.get("creationDateTime")),
        skipped=list(archive.skipped),
    )
    _users(root, project, producer.pseudo_users)
    _codes(root, project, archive.name)
    variables = child(root, "Variables")
    if variables is not None:
        read_variables(variables, project)
    types = {v.guid: v.refi_type for v in project.variables}
    base = root.get("basePath") or ""
    sources = child(root, "Sources")
    reader = SourceReader(project, archive, producer, types, Path(base) if base else None)
    if sources is not None:
        reader.read(sources)
    _cases(root, project, types, reader.aliases)
    _notes(root, project, archive)
    _sets(root, project, reader.aliases)
    _links(root, project)
    project.project_note_guids = refs(root, "NoteRef")
    graphs = child(root, "Graphs")
    if graphs is not None:
        count = len(list(children(graphs, "Graph")))
        project.skip(f"{count} graph(s)", "Tekstur does not draw REFI-QDA graphs")
    return project


def _users(root: etree._Element, project: ExchangeProject, pseudo: frozenset[str]) -> None:
    users = child(root, "Users")
    for element in children(users, "User") if users is not None else ():
        guid = guid_of(element)
        name = (element.get("name") or element.get("id") or "").strip()
        if guid is None:
            project.skip(f"user '{name}'", "it has no valid GUID")
            continue
        user = ExUser(guid, name or f"User {guid[:8]}")
        project.users.append(user)
        if name in pseudo:
            project.pseudo_users.add(guid)


def _codes(root: etree._Element, project: ExchangeProject, name: str) -> None:
    book = child(root, "CodeBook")
    codes = child(book, "Codes") if book is not None else None
    if codes is None:
        return
    try:
        project.codes = read_codes(codes, name, project.not_codable)
    except CodebookFileError as error:
        raise ExchangeImportError(str(error)) from None
    for element in codes.iter("{" + PROJECT_NS + "}Code"):
        guid = guid_of(element)
        if guid is not None:
            project.code_note_refs += [(guid, note) for note in refs(element, "NoteRef")]


def _cases(
    root: etree._Element, project: ExchangeProject, types: dict[str, str], aliases: dict[str, str]
) -> None:
    cases = child(root, "Cases")
    for element in children(cases, "Case") if cases is not None else ():
        guid = guid_of(element)
        name = (element.get("name") or "").strip()
        label = f"case '{name or guid}'"
        if guid is None:
            project.skip(label, "it has no valid GUID")
            continue
        case = ExCase(
            guid,
            name or f"Case {guid[:8]}",
            child_text(element, "Description").strip(),
            read_values(element, types, project, label),
            [aliases.get(g, g) for g in refs(element, "SourceRef")],
            refs(element, "SelectionRef"),
        )
        codes = refs(element, "CodeRef")
        if codes:
            project.skip(
                f"{len(codes)} code link(s) of {label}", "Tekstur does not link cases to codes"
            )
        project.cases.append(case)


def _notes(root: etree._Element, project: ExchangeProject, archive: ExchangeArchive) -> None:
    notes = child(root, "Notes")
    for element in children(notes, "Note") if notes is not None else ():
        guid = guid_of(element)
        name = (element.get("name") or "").strip()
        if guid is None:
            project.skip(f"note '{name}'", "it has no valid GUID")
            continue
        content = child(element, "PlainTextContent")
        text = content.text or "" if content is not None else ""
        path = element.get("plainTextPath") or ""
        if content is None and path.lower().startswith("internal://"):
            data = archive.internal(path[len("internal://") :])
            text = decode_source(data) if data is not None else ""
        description = child_text(element, "Description").strip()
        text = "\n\n".join(part for part in (description, text.strip()) if part)
        selections = len(list(children(element, "PlainTextSelection")))
        if selections:
            project.skip(f"{selections} selection(s) in note '{name}'", "notes are not coded")
        project.notes.append(
            ExNote(
                guid,
                name,
                text.replace("\r\n", "\n").replace("\r", "\n"),
                guid_of(element, "creatingUser"),
                date_time(element.get("creationDateTime")),
                date_time(element.get("modifiedDateTime")),
            )
        )


def _sets(root: etree._Element, project: ExchangeProject, aliases: dict[str, str]) -> None:
    sets = child(root, "Sets")
    for element in children(sets, "Set") if sets is not None else ():
        guid, name = guid_of(element), (element.get("name") or "").strip()
        if guid is None or not name:
            project.skip(f"set '{name}'", "it has no valid GUID or no name")
            continue
        notes = refs(element, "MemberNote")
        if notes:
            project.skip(f"{len(notes)} note(s) in set '{name}'", "Tekstur's sets hold no notes")
        project.sets.append(
            ExSet(
                guid,
                name,
                child_text(element, "Description").strip(),
                refs(element, "MemberCode"),
                [aliases.get(g, g) for g in refs(element, "MemberSource")],
            )
        )


def _links(root: etree._Element, project: ExchangeProject) -> None:
    links = child(root, "Links")
    for element in children(links, "Link") if links is not None else ():
        guid = guid_of(element)
        origin, target = guid_of(element, "originGUID"), guid_of(element, "targetGUID")
        name = (element.get("name") or "").strip()
        if guid is None or origin is None or target is None:
            project.skip(f"link '{name or guid}'", "it lacks a valid GUID, origin or target")
            continue
        direction = (element.get("direction") or "").strip()
        project.links.append(
            ExLink(
                guid,
                name,
                direction if direction in _DIRECTIONS else "Associative",
                normalise_color(element.get("color")),
                origin,
                target,
            )
        )
