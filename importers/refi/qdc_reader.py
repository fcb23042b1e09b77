"""Reading REFI-QDA codebooks safely: ``.qdc`` files and the codebook inside a ``.qdpx``.

The project importer (:mod:`importers.refi.project_reader`) reads a project's codes with
:func:`read_codes` from here, so codes are parsed in one place only. Translations kept beside
a ``.qdc`` are Tekstur's own addition and are attached by :mod:`codebooks.translations`.

Tolerant of what real programs write: GUIDs in either case or in braces, missing colours,
an empty ``<Sets/>``, and ATLAS.ti's flat ``Parent::Child`` names, which are rebuilt into a
tree. Strict about safety: a document type declaration or entity declaration is refused
before anything is expanded, the parser never reads a DTD, never touches the network and
keeps its size limits. Every problem is one :class:`CodebookFileError` naming the file.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from importers.refi.safe_xml import UnsafeXmlError, parse_safe_xml
from models.codebook_spec import (
    CodebookFileError,
    CodebookSpec,
    CodeSpec,
    normalise_color,
    normalise_guid,
    stable_guid,
)

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
MAX_XML_BYTES = 50 * 1024 * 1024


def parse_codebook_xml(data: bytes, name: str) -> CodebookSpec:
    """The codebook in the XML document ``data`` (from the file called ``name``)."""
    try:
        root = parse_safe_xml(data, name, MAX_XML_BYTES)
    except UnsafeXmlError as error:
        raise CodebookFileError(str(error)) from None
    codebook = _codebook_element(root, name)
    ns = etree.QName(codebook).namespace or ""
    codes = codebook.find(f"{{{ns}}}Codes")
    if codes is None:
        raise CodebookFileError(f"{name}: the codebook has no <Codes> element")
    spec = CodebookSpec(Path(name).stem, origin=root.get("origin") or "")
    spec.codes = read_codes(codes, name)
    return spec


def read_codes(
    codes: etree._Element, name: str, not_codable: set[str] | None = None
) -> list[CodeSpec]:
    """The code tree under a REFI-QDA ``<Codes>`` element of the file called ``name``.

    Flat ATLAS.ti names (``Parent::Child``) are rebuilt into a tree. The GUIDs of codes marked
    ``isCodable="false"`` (folders in NVivo and MAXQDA) are added to ``not_codable``.
    """
    ns = etree.QName(codes).namespace or ""
    seen: dict[str, str] = {}
    found = [
        _read_code(element, ns, name, seen, (), not_codable)
        for element in codes.iterchildren(f"{{{ns}}}Code")
    ]
    return _rebuild_flat_names(found, name)


def _codebook_element(root: etree._Element, name: str) -> etree._Element:
    qname = etree.QName(root)
    if qname.localname == "CodeBook" and qname.namespace == CODEBOOK_NS:
        return root
    if qname.localname == "Project" and qname.namespace == PROJECT_NS:
        found = root.find(f"{{{PROJECT_NS}}}CodeBook")
        if found is None:
            raise CodebookFileError(f"{name}: the project holds no codebook")
        return found
    if qname.localname in ("CodeBook", "Project"):
        namespace = qname.namespace or "no namespace"
        raise CodebookFileError(
            f"{name}: unknown REFI-QDA namespace or version '{namespace}' "
            f"(Tekstur reads {CODEBOOK_NS} and {PROJECT_NS})"
        )
    raise CodebookFileError(f"{name}: not a REFI-QDA codebook (root element <{qname.localname}>)")


def _read_code(
    element: etree._Element,
    ns: str,
    name: str,
    seen: dict[str, str],
    path: tuple[str, ...],
    not_codable: set[str] | None,
) -> CodeSpec:
    code_name = (element.get("name") or "").strip()
    if not code_name:
        raise CodebookFileError(f"{name}: a code under '{'/'.join(path) or 'the top'}' has no name")
    here = (*path, code_name)
    raw = element.get("guid")
    guid = normalise_guid(raw)
    if raw is not None and guid is None:
        raise CodebookFileError(f"{name}: code '{code_name}' has an invalid GUID {raw!r}")
    if guid is None:
        guid = stable_guid(name, *here)
    if guid in seen:
        if seen[guid] in _prefixes(here):
            raise CodebookFileError(
                f"{name}: code '{code_name}' contains itself (a cycle through GUID {guid})"
            )
        raise CodebookFileError(
            f"{name}: GUID {guid} is used twice ('{seen[guid]}' and '{'/'.join(here)}')"
        )
    seen[guid] = "/".join(here)
    description = element.findtext(f"{{{ns}}}Description") or ""
    code = CodeSpec(code_name, guid, normalise_color(element.get("color")), description.strip())
    if not_codable is not None and (element.get("isCodable") or "").strip() == "false":
        not_codable.add(guid)
    for child in element.iterchildren(f"{{{ns}}}Code"):
        code.children.append(_read_code(child, ns, name, seen, here, not_codable))
    return code


def _prefixes(path: tuple[str, ...]) -> set[str]:
    return {"/".join(path[:end]) for end in range(1, len(path))}


def _rebuild_flat_names(codes: list[CodeSpec], name: str) -> list[CodeSpec]:
    """Turn top-level ``Parent::Child`` names (ATLAS.ti) into a real hierarchy."""
    if not any("::" in code.name for code in codes):
        return codes
    top: list[CodeSpec] = []
    placeholders: set[int] = set()

    def child_named(siblings: list[CodeSpec], wanted: str, path: tuple[str, ...]) -> CodeSpec:
        for sibling in siblings:
            if sibling.name == wanted:
                return sibling
        made = CodeSpec(wanted, stable_guid(name, "flat", *path))
        placeholders.add(id(made))
        siblings.append(made)
        return made

    for code in codes:
        parts = [part.strip() for part in code.name.split("::")]
        if len(parts) == 1 or not all(parts):
            parts = [code.name]
        siblings: list[CodeSpec] = top
        path: tuple[str, ...] = ()
        for part in parts[:-1]:
            path = (*path, part)
            siblings = child_named(siblings, part, path).children
        existing = next((s for s in siblings if s.name == parts[-1]), None)
        if existing is not None and id(existing) in placeholders:
            placeholders.discard(id(existing))
            existing.guid, existing.color = code.guid, code.color
            existing.description = code.description
            existing.children.extend(code.children)
        else:
            code.name = parts[-1]
            siblings.append(code)
    return top


def read_qdc(path: Path) -> CodebookSpec:
    """Read a ``.qdc`` file (or the codebook inside a ``.qdpx``).

    The codebook is named after the file; a single top-level code names it instead, as in
    Tekstur's own codebooks. :func:`codebooks.translations.read_translated_qdc` also reads
    the translation files beside it.
    """
    try:
        if path.suffix.lower() == ".qdpx":
            spec = parse_codebook_xml(_project_xml(path), path.name)
        else:
            if path.stat().st_size > MAX_XML_BYTES:
                raise CodebookFileError(f"{path.name}: the file is too large for a codebook")
            spec = parse_codebook_xml(path.read_bytes(), path.name)
    except OSError as error:
        raise CodebookFileError(f"{path.name}: cannot be read ({error.strerror})") from None
    if len(spec.codes) == 1:
        spec.name = spec.codes[0].name
        spec.description = spec.codes[0].description
    return spec


def _project_xml(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = [i for i in archive.infolist() if i.filename.lower().endswith(".qde")]
            if not entries:
                raise CodebookFileError(f"{path.name}: the archive holds no project.qde")
            entry = next((i for i in entries if i.filename.lower() == "project.qde"), entries[0])
            with archive.open(entry) as member:
                data = member.read(MAX_XML_BYTES + 1)
            if len(data) > MAX_XML_BYTES:
                raise CodebookFileError(f"{path.name}: {entry.filename} is too large")
            return data
    except zipfile.BadZipFile:
        raise CodebookFileError(f"{path.name}: not a REFI-QDA project (not a ZIP file)") from None
    except (zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError):
        # A damaged, encrypted or oddly compressed project.qde inside a valid ZIP.
        raise CodebookFileError(f"{path.name}: the archive is damaged") from None
