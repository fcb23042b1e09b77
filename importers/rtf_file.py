"""Reading Rich Text Format (``.rtf``) files with a small tokenizer of our own.

Text comes from groups, control words and symbols: ``\\'hh`` bytes in the document's code page
(``\\ansicpg``, Windows-1252 by default), ``\\uN`` characters (skipping the ``\\ucN`` fallback
characters that follow), ``\\par`` for a new paragraph, ``\\line`` for a line break, ``\\tab``,
and table rows from ``\\cell``/``\\row``. Destinations that hold no body text (font and colour
tables, style sheet, document info, pictures, headers, footers, footnotes, comments, field
instructions and every ``\\*`` destination) are skipped; field results are kept. A paragraph
with ``\\outlinelevelN`` is a heading.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from importers.result import Block, ImportRefusedError, ReadFile, table_row

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with its parameter
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"  # group
    rb"|[\r\n]+"  # line ends in the file mean nothing
    rb"|([^\\{}\r\n]+)"  # text
    rb"|\\",  # a lone backslash at the very end
)
_DESTINATION_WORDS = """
    fonttbl colortbl stylesheet info pict header headerl headerr headerf footer footerl footerr
    footerf footnote annotation atnid atnauthor atndate fldinst xe tc tcn object objdata
    themedata colorschememapping datastore latentstyles listtable listoverridetable rsidtbl
    generator filetbl revtbl pgdsctbl pntext pntxta pntxtb listtext nonesttables shp shpinst
    shppict nonshppict bkmkstart bkmkend userprops docvar template
"""
_DESTINATIONS = frozenset(_DESTINATION_WORDS.split())
_SYMBOLS = {
    "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "emspace": "\u2003", "enspace": "\u2002",
    "qmspace": "\u2005", "zwj": "\u200d", "zwnj": "\u200c", "ltrmark": "\u200e",
    "rtlmark": "\u200f",
}  # fmt: skip
_CONTROL_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "-": ""}
_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850", "ansi": "cp1252"}
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class _Group:
    """What a group changes and a closing brace restores."""

    skip: bool = False
    fallback_chars: int = 1
    hidden: bool = False


class _Document:
    """The text collected so far: the current line, table cells and finished blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.pending = bytearray()
        self.codec = "cp1252"
        self.level: int | None = None
        self.in_table = False
        self.cell: list[str] = []
        self.cells: list[str] = []

    def text(self, chars: str) -> None:
        """Add decoded text to the current line."""
        self.flush()
        self.parts.append(chars)

    def flush(self) -> None:
        """Decode bytes gathered from text and ``\\'hh`` (multi-byte code pages need them all)."""
        if self.pending:
            self.parts.append(self.pending.decode(self.codec, errors="replace"))
            self.pending.clear()

    def line(self) -> str:
        """Take the current line's text."""
        self.flush()
        text = "".join(self.parts)
        self.parts = []
        if _SURROGATES.search(text):  # \u escapes of characters beyond the BMP come in pairs
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return text.replace("\r", "").replace("\n", " ")

    def paragraph(self) -> None:
        """End a paragraph (``\\par``) or a line (``\\line``); in a table cell, a cell line."""
        if self.in_table:
            self.cell.append(self.line())
        else:
            self.blocks.append(Block(self.line(), heading_level=self.level))

    def end_cell(self, nested: bool) -> None:
        """End a table cell; a nested table's cell only adds a space to the outer cell."""
        if nested:
            self.cell.append(self.line())
            return
        self.cell.append(self.line())
        self.cells.append(" ".join(part for part in self.cell if part.strip()).replace("\t", " "))
        self.cell = []

    def end_row(self) -> None:
        """End a table row."""
        if self.parts or self.pending or self.cell:
            self.end_cell(nested=False)
        self.blocks.append(table_row(self.cells))
        self.cells = []
        self.in_table = False  # until the next row's \\intbl


def read(data: bytes, name: str) -> ReadFile:
    """Read an ``.rtf`` file into blocks, or refuse it with a one-line reason."""
    if not data.strip():
        raise ImportRefusedError(f"{name}: the file is empty")
    if not data.startswith(b"{\\rtf"):
        raise ImportRefusedError(f"{name}: not an RTF file (it does not start with {{\\rtf)")
    document = _Document()
    depth = _parse(data, document)
    if document.cells or document.cell:
        document.end_row()
    elif document.parts or document.pending:
        document.paragraph()
    if not any(block.text.strip() for block in document.blocks):
        raise ImportRefusedError(f"{name}: the RTF file holds no text")
    notes = ["the file seems to be cut off (unclosed groups)"] if depth > 0 else []
    return ReadFile(document.blocks, notes=notes)


def _parse(data: bytes, document: _Document) -> int:
    """Feed every token of ``data`` to ``document``; return the depth left open at the end."""
    stack: list[_Group] = []
    group = _Group()
    fallback_left = 0  # characters still to skip after a \uN
    at = 0
    while at < len(data):
        token = _TOKEN.match(data, at)
        assert token is not None  # the last alternative matches any backslash
        at = token.end()
        word, parameter, hex_byte, symbol, brace, text = token.groups()
        if brace is not None:
            fallback_left = 0
            if brace == b"{":
                stack.append(group)
            elif stack:
                group = stack.pop()
            continue
        if word == b"bin" and parameter:  # binary data: skip it whatever the group
            at += max(0, int(parameter))
            continue
        if fallback_left:
            if text is not None and len(text) > fallback_left:
                text = text[fallback_left:]
                fallback_left = 0
            else:
                fallback_left -= 1 if text is None else len(text)
                continue
        if group.skip:
            continue
        if text is not None:
            if not group.hidden:
                document.pending += text
        elif hex_byte is not None:
            if not group.hidden:
                document.pending.append(int(hex_byte, 16))
        elif symbol is not None:
            char = symbol.decode("latin-1")
            if char == "*":
                group = replace(group, skip=True)
            elif char in "\r\n":
                document.paragraph()
            elif char in _CONTROL_SYMBOLS and not group.hidden:
                document.text(_CONTROL_SYMBOLS[char])
        elif word is not None:
            group, fallback_left = _control_word(
                word.decode("ascii"), parameter, group, document, fallback_left
            )
    return len(stack)


def _control_word(
    word: str, parameter: bytes | None, group: _Group, document: _Document, fallback_left: int
) -> tuple[_Group, int]:
    """Act on one control word; return the (possibly changed) group state and skip count."""
    number = int(parameter) if parameter else None
    if word in _DESTINATIONS:
        return replace(group, skip=True), fallback_left
    if word == "u" and number is not None:
        if not group.hidden:
            document.text(chr(number + 65536 if number < 0 else number))
        return group, group.fallback_chars
    if word in ("par", "sect", "line"):
        document.paragraph()
    elif word in _SYMBOLS and not group.hidden:
        document.text(_SYMBOLS[word])
    elif word in ("cell", "nestcell", "nestrow"):
        document.end_cell(nested=word != "cell")
    elif word == "row":
        document.end_row()
    elif word == "intbl":
        document.in_table = True
    elif word == "pard":
        document.level, document.in_table = None, False
    elif word == "outlinelevel" and number is not None:
        document.level = number + 1 if 0 <= number <= 8 else None
    elif word == "uc" and number is not None:
        return replace(group, fallback_chars=max(0, number)), fallback_left
    elif word == "v":
        return replace(group, hidden=number != 0), fallback_left
    elif word == "plain":
        return replace(group, hidden=False), fallback_left
    elif word == "ansicpg" and number is not None:
        document.flush()
        document.codec = _codec(f"cp{number}")
    elif word in _CODE_PAGES:
        document.codec = _CODE_PAGES[word]
    return group, fallback_left


def _codec(name: str) -> str:
    if name == "cp65001":
        return "utf-8"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
