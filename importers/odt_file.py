"""Reading OpenDocument text files (``.odt``) from their ``content.xml``.

Paragraphs (``text:p``), headings (``text:h`` with their outline level), lists and sections
come in document order; tables row by row. White space follows the OpenDocument rules: runs
of spaces and line ends in the XML collapse to one space, while ``text:s`` (with ``text:c``
spaces) and ``text:tab`` are kept exactly. Footnotes, comments, images and deleted tracked
changes are left out.
"""

from __future__ import annotations

import re

from lxml import etree

from importers.result import Block, ImportRefusedError, ReadFile, table_row
from importers.safe_zip import open_zip

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_P, _H, _S, _TAB, _BREAK = (_TEXT + n for n in ("p", "h", "s", "tab", "line-break"))
_LIST_PARTS = {_TEXT + n for n in ("list", "list-item", "list-header", "section")}
_ROW_GROUPS = {_TABLE + n for n in ("table-header-rows", "table-rows", "table-row-group")}
_CELLS = {_TABLE + "table-cell", _TABLE + "covered-table-cell"}
_SKIPPED_INLINE = {_TEXT + "note", _OFFICE + "annotation", _DRAW + "frame", _DRAW + "a"}
_WHITE_SPACE = re.compile(r"[ \t\r\n]+")
_MAX_REPEATED_CELLS = 64
_Element = etree._Element


def read(data: bytes, name: str) -> ReadFile:
    """Read an ``.odt`` file into blocks, or refuse it with a one-line reason."""
    archive = open_zip(data, name, ".odt", "an OpenDocument text")
    xml = archive.read("content.xml")
    if xml is None:
        raise ImportRefusedError(f"{name}: not a valid .odt file (no content.xml inside)")
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        raise ImportRefusedError(
            f"{name}: not a valid .odt file (content.xml is damaged)"
        ) from None
    text = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if text is None:
        raise ImportRefusedError(f"{name}: not an OpenDocument text (no text body)")
    blocks: list[Block] = []
    _container(text, blocks)
    if not any(block.text.strip() for block in blocks):
        raise ImportRefusedError(f"{name}: the document holds no text")
    images = sum(1 for _ in text.iter(_DRAW + "frame"))
    return ReadFile(blocks, notes=[f"{images} image(s) or text box(es) skipped"] if images else [])


def _container(parent: _Element, blocks: list[Block]) -> None:
    """Add the blocks of the paragraphs, headings, lists and tables in ``parent``."""
    for child in parent:
        tag = child.tag
        if tag in (_P, _H):
            level = _heading_level(child) if tag == _H else None
            blocks.extend(Block(line, heading_level=level) for line in _lines(child))
        elif tag in _LIST_PARTS:
            _container(child, blocks)
        elif tag == _TABLE + "table":
            blocks.extend(table_row(cells) for cells in _rows(child))


def _heading_level(heading: _Element) -> int:
    value = heading.get(_TEXT + "outline-level", "1")
    return min(int(value), 9) if value.isdigit() and int(value) > 0 else 1


def _rows(table: _Element) -> list[list[str]]:
    """Each row's cell texts; a cell's paragraphs (and nested tables) joined by spaces."""
    rows: list[list[str]] = []
    for child in table:
        if child.tag in _ROW_GROUPS:
            rows.extend(_rows(child))
        elif child.tag == _TABLE + "table-row":
            cells: list[str] = []
            for cell in child:
                if cell.tag in _CELLS:
                    inner: list[Block] = []
                    _container(cell, inner)
                    text = " ".join(b.text for b in inner if b.text.strip()).replace("\t", " ")
                    repeat = cell.get(_TABLE + "number-columns-repeated", "1")
                    count = int(repeat) if repeat.isdigit() else 1
                    cells.extend([text] * max(1, min(count, _MAX_REPEATED_CELLS)))
            rows.append(cells)
    return rows


class _Line:
    """One line being built with the OpenDocument white-space rules."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.space_pending = False

    def collapsible(self, text: str) -> None:
        """Add XML character data: white space collapses, none at the start of a line."""
        text = _WHITE_SPACE.sub(" ", text)
        core = text.strip(" ")
        if not core:
            self.space_pending = self.space_pending or (bool(text) and bool(self.parts))
            return
        if (self.space_pending or text[0] == " ") and self.parts:
            self.parts.append(" ")
        self.parts.append(core)
        self.space_pending = text[-1] == " "

    def literal(self, text: str) -> None:
        """Add spaces from ``text:s`` or a tab, kept exactly."""
        if self.space_pending:
            self.parts.append(" ")
        self.parts.append(text)
        self.space_pending = False


def _lines(paragraph: _Element) -> list[str]:
    """The lines of a paragraph or heading; ``text:line-break`` starts a new line."""
    lines = [_Line()]

    def walk(element: _Element) -> None:
        if element.text:
            lines[-1].collapsible(element.text)
        for child in element:
            tag = child.tag
            if tag == _S:
                count = child.get(_TEXT + "c", "1")
                lines[-1].literal(" " * (min(int(count), 1000) if count.isdigit() else 1))
            elif tag == _TAB:
                lines[-1].literal("\t")
            elif tag == _BREAK:
                lines.append(_Line())
            elif tag not in _SKIPPED_INLINE and isinstance(tag, str):
                walk(child)
            if child.tail:
                lines[-1].collapsible(child.tail)

    walk(paragraph)
    return ["".join(line.parts) for line in lines]
