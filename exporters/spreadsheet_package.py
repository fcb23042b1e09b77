"""A minimal Excel workbook (a SpreadsheetML package) written by hand, its rows streamed.

openpyxl, even write-only, spends minutes on 200,000 rows; this writes the few parts a
workbook of two sheets needs (content types, relationships, the workbook with its sheet
names and autofilter range, two cell styles) and streams each sheet's rows into the
compressed package a thousand at a time as inline strings and numbers, so a large sheet
takes seconds and holds no more memory than a small one. Texts are escaped for XML and for
Excel's own ``_xHHHH_``, cut to what a cell holds, and cleaned of the characters XML cannot
hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat
from typing import IO, cast

EXCEL_CELL_LIMIT = 32_767  # characters Excel keeps in one cell
ROWS_PER_WRITE = 1000
# XML 1.0 holds no control character but tab and line ends (dropped from the UTF-8 of a
# chunk of rows: the markup has none), no lone surrogate and neither of two non-characters;
# and text must not look like Excel's own escape _xHHHH_.
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
_CELL = re.compile("([A-Z]+)([0-9]+)")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
HEADER_STYLE = ' s="1"'  # the style (cellXfs index 1) of header cells
_EMPTY_TEXT = b'" t="inlineStr"><is><t></t></is></c>'
STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CONTENT_TYPES = (
    f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}"/>'
    f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{_SHEET_TYPE}"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/></Types>'
)
ROOT_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELS}"><Relationship Id="rId1" Type="'
    f'{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
BOOK_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELATIONSHIPS}/worksheet" Target="worksheets/sheet2.xml"/>'
    f'<Relationship Id="rId3" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)


def workbook_xml(names: Sequence[str], table: str) -> str:
    """The workbook part: its sheets by ``names`` (the first one selected) and the first
    sheet's ``table`` range (``A1:H200``) as the range its autofilter filters."""
    sheets = "".join(
        f'<sheet name="{_escape(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    quoted = names[0].replace("'", "''")
    filtered = _escape(f"'{quoted}'!" + _CELL.sub(r"$\1$\2", table))
    return (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
        f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets>'
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{filtered}</definedName></definedNames></workbook>"
    )


def write_sheet(
    stream: IO[bytes], blocks: Iterable[bytes], widths: Sequence[float], table: str, *, first: bool
) -> None:
    """One worksheet of the rows in ``blocks`` (XML from :func:`rows_xml`), written block
    by block, never the whole sheet at once; the ``first`` sheet is the selected one, its
    header row frozen and filtering the ``table``."""
    columns = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
        for n, width in enumerate(widths, start=1)
    )
    view = (
        '<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2"'
        ' activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"'
        ' activeCell="A2" sqref="A2"/></sheetView>'
        if first
        else '<sheetView workbookViewId="0"/>'
    )
    stream.write(
        f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><dimension ref="{table}"/>'
        f'<sheetViews>{view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{columns}</cols><sheetData>".encode()
    )
    for block in blocks:
        stream.write(block)
    end = f'<autoFilter ref="{table}"/>' if first else ""
    stream.write(
        f'</sheetData>{end}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75"'
        ' header="0.3" footer="0.3"/></worksheet>'.encode()
    )


def row_blocks(
    rows: Iterable[Sequence[str | int]], first: int, numbers: frozenset[int]
) -> Iterator[bytes]:
    """The XML of ``rows`` (numbered from ``first``) a thousand rows at a time."""
    chunk: list[Sequence[str | int]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == ROWS_PER_WRITE:
            yield rows_xml(first, chunk, numbers)
            first += len(chunk)
            chunk.clear()
    if chunk:
        yield rows_xml(first, chunk, numbers)


def rows_xml(
    first: int, rows: Sequence[Sequence[str | int]], numbers: frozenset[int], style: str = ""
) -> bytes:
    """``<row>`` elements numbered from ``first`` for rows of one length: the columns in
    ``numbers`` hold numbers, the others text, written as inline strings (never a formula,
    so text that begins with ``=`` stays text); an empty text is a blank cell.

    The work goes column by column, and the characters XML forbids are dropped from the
    encoded rows at once, so a chunk's texts are cleaned by a few calls into C rather than
    a few per cell (the markup itself holds none of them).
    """
    ns = [str(n) for n in range(first, first + len(rows))]
    columns: list[Iterable[str]] = [[f'<row r="{n}">' for n in ns]]
    for index in range(len(rows[0]) if rows else 0):
        letter = column_letter(index + 1)
        values = [row[index] for row in rows]
        if index in numbers:
            columns.append(
                [
                    f'<c r="{letter}{n}"{style}><v>{v}</v></c>'
                    for n, v in zip(ns, values, strict=True)
                ]
            )
            continue
        texts, spaced = _escaped(cast("list[str]", values))  # not numbers, so text
        if spaced:  # Excel drops leading and trailing spaces unless told to keep them
            columns.append(
                [_text_cell(letter, n, t, style) for n, t in zip(ns, texts, strict=True)]
            )
        else:
            columns.append(
                [
                    f'<c r="{letter}{n}"{style} t="inlineStr"><is><t>{t}</t></is></c>'
                    for n, t in zip(ns, texts, strict=True)
                ]
            )
    columns.append(repeat("</row>", len(rows)))
    xml = "".join(chain.from_iterable(zip(*columns, strict=True)))
    try:
        encoded = xml.encode()
    except UnicodeEncodeError:  # a lone surrogate, which no XML holds
        encoded = xml.encode(errors="ignore")
    return encoded.translate(None, _CONTROL_BYTES).replace(_EMPTY_TEXT, b'"/>')


def _text_cell(letter: str, number: str, text: str, style: str) -> str:
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{letter}{number}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _escaped(texts: list[str]) -> tuple[list[str], bool]:
    """``texts`` escaped for XML and for Excel's own ``_xHHHH_``, each at most a cell's
    length, and whether any begins or ends with a space, tab or line end.

    The texts are escaped as one string joined by NUL (a few calls into C instead of a few
    per text), unless one is too long for a cell or holds a NUL itself.
    """
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1 or (
        len(joined) > EXCEL_CELL_LIMIT // 2 and max(map(len, texts)) > EXCEL_CELL_LIMIT // 2
    ):
        joined = "\x00".join(_fit_cell(text.replace("\x00", "")) for text in texts)
    for character in "\ufffe\uffff":
        if character in joined:
            joined = joined.replace(character, "")
    spaced = joined[:1].isspace() or joined[-1:].isspace()
    spaced = spaced or any(f"\x00{c}" in joined or f"{c}\x00" in joined for c in " \t\r\n")
    return _escape_text(joined).split("\x00"), spaced


def _fit_cell(text: str) -> str:
    """``text`` cut to what a cell holds, ending in an ellipsis; Excel counts UTF-16 units,
    so an emoji counts two."""
    if len(text) <= EXCEL_CELL_LIMIT // 2:
        return text
    if len(text.encode("utf-16-le", "surrogatepass")) // 2 <= EXCEL_CELL_LIMIT:
        return text
    room = EXCEL_CELL_LIMIT - 1  # for the ellipsis
    units = text.encode("utf-16-le", "surrogatepass")[: 2 * room]
    text = units.decode("utf-16-le", "ignore")  # an emoji cut in half is dropped
    return text + "…"


def _escape_text(text: str) -> str:
    """``text`` escaped for XML, and for Excel, which reads ``_x0041_`` as ``A``."""
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F_\1", text)
    for character, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        if character in text:  # looking is much faster than replacing
            text = text.replace(character, entity)
    return text


def _escape(text: str) -> str:
    """``text`` for an XML attribute or element."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def column_letter(column: int) -> str:
    """The letters of a column number: 1 is A, 27 is AA."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
