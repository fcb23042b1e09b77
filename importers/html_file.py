"""Reading HTML files (``.html``, ``.htm``) with the standard library's parser.

Block elements (paragraphs, divisions, list items, headings, block quotes...) and ``<br>``
make blocks; ``h1``–``h6`` become headings; table rows become rows of cells; ``<pre>`` keeps
its lines and spaces. Elsewhere white space collapses as a browser shows it, the one format
where that is right. Scripts, styles and the title are ignored; entities are decoded. The
encoding comes from a byte-order mark, else ``<meta charset>``, else detection.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from importers.encoding import decode_text, normalise_line_ends
from importers.result import Block, ImportRefusedError, ReadFile, table_row

_BLOCK_TAG_NAMES = """
    address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form header hgroup hr html legend li main menu nav ol
    option p section summary ul
"""
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_IGNORED_TAGS = frozenset({"script", "style", "template", "title", "noscript"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_WHITE_SPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class _Blocks(HTMLParser):
    """Collects blocks while the parser walks the document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.level: int | None = None
        self.ignored = 0
        self.pre = 0
        self.tables = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: a block boundary, a heading, a table part, or ignored content."""
        if tag in _IGNORED_TAGS:
            self.ignored += 1
        elif self.ignored:
            return
        elif self.tables and tag not in ("table", "tr", "td", "th"):
            if tag == "br" or tag in _BLOCK_TAGS or tag in _HEADINGS:
                self.text(" ")
        elif tag == "br":
            self.end_line(force=True)
        elif tag in _BLOCK_TAGS or tag in _HEADINGS or tag == "pre":
            self.end_line()
            self.level = _HEADINGS.get(tag)
            self.pre += tag == "pre"
        elif tag == "table" or self.tables:
            self.table_start(tag)

    def table_start(self, tag: str) -> None:
        """Open a table, row or cell; a nested table only separates text in the outer cell."""
        if tag == "table":
            self.tables += 1
            if self.tables == 1:
                self.end_line()
            else:
                self.text(" ")
        elif self.tables > 1:
            self.text(" ")
        elif tag == "tr":
            self.end_row()
            self.row = []
        elif tag in ("td", "th"):
            self.end_cell()
            if self.row is None:
                self.row = []
            self.cell = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed tag (``<br/>``) only opens."""
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Close an element."""
        if tag in _IGNORED_TAGS:
            self.ignored = max(0, self.ignored - 1)
        elif self.ignored:
            return
        elif tag == "table" and self.tables:
            if self.tables == 1:
                self.end_row()
            self.tables -= 1
        elif self.tables > 1 or (self.tables and tag not in ("tr", "td", "th")):
            if tag in _BLOCK_TAGS or tag in _HEADINGS or tag in ("td", "th", "tr"):
                self.text(" ")
        elif tag == "tr":
            self.end_row()
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag in _BLOCK_TAGS or tag in _HEADINGS or tag == "pre":
            self.end_line()
            self.level = None
            self.pre = max(0, self.pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        """Text: into the current cell, or the current line (``<pre>`` lines end at line ends)."""
        if self.ignored:
            return
        if not self.pre or self.tables:
            self.text(data)
            return
        if not self.line and data.startswith("\n"):  # the line end right after <pre>
            data = data[1:]
        *ended, rest = data.split("\n")
        for part in ended:
            self.line.append(part)
            self.blocks.append(Block("".join(self.line)))
            self.line = []
        self.line.append(rest)

    def text(self, data: str) -> None:
        """Add running text to the current cell or line."""
        if self.tables:
            if self.cell is not None:
                self.cell.append(data)
        else:
            self.line.append(data)

    def end_line(self, force: bool = False) -> None:
        """End the current line; an empty one only for ``<br>`` or a non-breaking space."""
        raw = "".join(self.line)
        self.line = []
        if self.pre:
            if raw or force:
                self.blocks.append(Block(raw))
            return
        text = _WHITE_SPACE.sub(" ", raw).strip(" ")
        if text.strip():
            self.blocks.append(Block(text, heading_level=self.level))
        elif force or text:
            self.blocks.append(Block("", heading_level=self.level))

    def end_cell(self) -> None:
        """Close the open cell, if any."""
        if self.cell is not None and self.row is not None:
            self.row.append(_WHITE_SPACE.sub(" ", "".join(self.cell)).strip(" "))
        self.cell = None

    def end_row(self) -> None:
        """Close the open row, if any, as a table-row block."""
        self.end_cell()
        if self.row is not None:
            self.blocks.append(table_row(self.row))
        self.row = None


def read(data: bytes, name: str) -> ReadFile:
    """Read an ``.html`` file into blocks, or refuse it with a one-line reason."""
    text, encoding = _decode(data, name)
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    parser.end_row()
    parser.end_line()
    if not any(block.text.strip() for block in parser.blocks):
        raise ImportRefusedError(f"{name}: the HTML file holds no text")
    return ReadFile(parser.blocks, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and its encoding: a BOM first, then ``<meta charset>``, then detection."""
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None and not data.startswith(_BOMS):
        label = declared.group(1).decode("ascii").lower()
        codec = "cp1252" if label in _WINDOWS_1252_ALIASES else label
        try:
            info = codecs.lookup(codec)
            text = data.decode(info.name) if not info.name.startswith("utf-16") else None
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is not None:
            if "\x00" in text:
                raise ImportRefusedError(f"{name}: this is a binary file, not text")
            return normalise_line_ends(text), f"{declared.group(1).decode('ascii')} (declared)"
    decoded = decode_text(data, name)
    return decoded.text, decoded.encoding
