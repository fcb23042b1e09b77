"""Writing a codebook as a REFI-QDA ``.qdc`` file that validates against ``Codebook.xsd``.

The file holds the names and descriptions in one language; translations into other languages
can be written beside it (see :mod:`codebooks.translations`).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from codebooks.translations import write_sidecars
from models.codebook_spec import (
    CodebookSpec,
    CodeSpec,
    normalise_color,
    normalise_guid,
    stable_guid,
)

NAMESPACE = "urn:QDA-XML:codebook:1.0"
_Q = "{" + NAMESPACE + "}"


def qdc_bytes(spec: CodebookSpec, language: str | None = None) -> bytes:
    """The ``.qdc`` document for ``spec`` with names in ``language`` (default: its own).

    A code without a usable GUID is given one derived from its path, the same on every export.
    """
    if not spec.codes:
        raise ValueError(f"the codebook '{spec.name}' holds no codes to export")
    chosen = spec.in_language(language or spec.language)
    root = etree.Element(_Q + "CodeBook", nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    root.set("origin", chosen.origin or "Tekstur")
    codes = etree.SubElement(root, _Q + "Codes")
    used: set[str] = set()
    for code in chosen.codes:
        _write_code(codes, code, (chosen.name, code.name), used)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _write_code(
    parent: etree._Element, code: CodeSpec, path: tuple[str, ...], used: set[str]
) -> None:
    element = etree.SubElement(parent, _Q + "Code")
    guid = normalise_guid(code.guid)
    if guid is None or guid in used:
        guid = stable_guid(*path)
    used.add(guid)
    element.set("guid", guid)
    element.set("name", code.name)
    element.set("isCodable", "true")
    color = normalise_color(code.color)
    if color is not None:
        element.set("color", color)
    if code.description:
        etree.SubElement(element, _Q + "Description").text = code.description
    for child in code.children:
        _write_code(element, child, (*path, child.name), used)


def write_qdc(
    spec: CodebookSpec, path: Path, language: str | None = None, *, translations: bool = False
) -> list[Path]:
    """Write ``spec`` to ``path`` in ``language``; returns the files written.

    With ``translations`` the other languages go into ``NAME.LANG.json`` files beside it, so
    that Tekstur can read every language back while other programs see a plain codebook.
    """
    data = qdc_bytes(spec, language)
    path.write_bytes(data)
    written = [path]
    if translations:
        written += write_sidecars(spec.in_language(language or spec.language), path)
    return written
