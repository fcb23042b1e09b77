"""Writing a codebook as a REFI-QDA ``.qdc`` file that validates against ``Codebook.xsd``.

The file holds the names and descriptions in one language; translations into other languages
can be written beside it (see :mod:`codebooks.translations`). The project exporter
(:mod:`exporters.refi.project_writer`) writes a project's codes with :func:`append_codes`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree

from models.codebook_spec import (
    CodebookSpec,
    CodeSpec,
    normalise_color,
    normalise_guid,
    stable_guid,
)

NAMESPACE = "urn:QDA-XML:codebook:1.0"
_Q = "{" + NAMESPACE + "}"


def qdc_bytes(
    spec: CodebookSpec, language: str | None = None, not_codable: frozenset[str] = frozenset()
) -> bytes:
    """The ``.qdc`` document for ``spec`` with names in ``language`` (default: its own).

    A code without a usable GUID is given one derived from its path, the same on every export.
    Codes whose GUID is in ``not_codable`` are written as folders (``isCodable="false"``).
    """
    if not spec.codes:
        raise ValueError(f"the codebook '{spec.name}' holds no codes to export")
    chosen = spec.in_language(language or spec.language)
    root = etree.Element(_Q + "CodeBook", nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    root.set("origin", chosen.origin or "Tekstur")
    codes = etree.SubElement(root, _Q + "Codes")
    append_codes(codes, chosen.codes, chosen.name, NAMESPACE, not_codable)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def append_codes(
    parent: etree._Element,
    codes: list[CodeSpec],
    book: str,
    namespace: str,
    not_codable: frozenset[str] = frozenset(),
    note_refs: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write ``codes`` as ``<Code>`` elements in ``namespace`` under ``parent`` (``<Codes>``).

    A code without a usable GUID, or with one used before, gets one derived from the
    codebook name ``book`` and its path. Codes whose GUID is in ``not_codable`` are folders.
    ``note_refs`` gives the notes attached to a code by its GUID (projects only: the
    codebook schema has no notes).
    """
    writer = _CodeWriter("{" + namespace + "}", not_codable, note_refs or {})
    for code in codes:
        writer.write(parent, code, (book, code.name))


class _CodeWriter:
    def __init__(
        self, q: str, not_codable: frozenset[str], note_refs: Mapping[str, Sequence[str]]
    ) -> None:
        self.q, self.not_codable, self.note_refs = q, not_codable, note_refs
        self.used: set[str] = set()

    def write(self, parent: etree._Element, code: CodeSpec, path: tuple[str, ...]) -> None:
        q = self.q
        element = etree.SubElement(parent, q + "Code")
        guid = normalise_guid(code.guid)
        if guid is None or guid in self.used:
            guid = stable_guid(*path)
        self.used.add(guid)
        element.set("guid", guid)
        element.set("name", code.name)
        element.set("isCodable", "false" if guid in self.not_codable else "true")
        color = normalise_color(code.color)
        if color is not None:
            element.set("color", color)
        if code.description:
            etree.SubElement(element, q + "Description").text = code.description
        for note in self.note_refs.get(guid, ()):
            etree.SubElement(element, q + "NoteRef").set("targetGUID", note)
        for child in code.children:
            self.write(element, child, (*path, child.name))


def write_qdc(spec: CodebookSpec, path: Path, language: str | None = None) -> Path:
    """Write ``spec`` to ``path`` with names in ``language``; returns ``path``.

    :func:`codebooks.translations.write_translated_qdc` also writes the other languages.
    """
    path.write_bytes(qdc_bytes(spec, language))
    return path
