"""Reading one table (a header row and data rows) from an Excel workbook or a CSV file.

``.xlsx`` is read with openpyxl in read-only mode (imported only when needed); cells keep their
Python values, and Excel dates come out as :class:`datetime.date` (or ``datetime`` when the
cell holds a time of day). ``.csv`` is decoded with :func:`importers.encoding.decode_text` and
its delimiter (``;``, tab or ``,``) is detected from how consistently each one splits the rows,
so Danish Excel exports (Windows-1252, ``;``) and English ones (``,``) both read right.
Every refusal is one line naming the file, and the row or column where it applies.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path

from importers.encoding import decode_text
from importers.result import MAX_FILE_BYTES, ImportRefusedError

CellValue = str | int | float | bool | date | datetime | None
"""A cell as read: text, a number, a yes/no, a date (or date and time); None when empty."""

DELIMITERS = (";", "\t", ",")
"""Candidate CSV delimiters, in the order preferred when two split the file equally well."""

MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
"""A workbook that would unpack to more than this is refused (a ZIP bomb, not a spreadsheet)."""

_SNIFF_RECORDS = 200
_MB = 1024 * 1024


@dataclass(frozen=True)
class TableRow:
    """One data row: its number as the user sees it (the header is row 1) and its cells."""

    number: int
    cells: tuple[CellValue, ...]


@dataclass(frozen=True)
class Table:
    """A header of unique, non-blank column names and the non-empty rows below it.

    Every row has exactly one cell per column (missing cells are None).
    """

    name: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def column(self, name: str) -> list[tuple[int, CellValue]]:
        """The (row number, cell) pairs of the column called ``name``."""
        index = self.header.index(name)
        return [(row.number, row.cells[index]) for row in self.rows]


def cell_text(value: CellValue) -> str:
    """A cell as text: ``40.0`` gives ``40``, a date ``2018-03-12``, yes/no ``ja``/``nej``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read the table in ``path`` (``.xlsx`` or ``.csv``; for a workbook, ``sheet`` or the first).

    Raises ImportRefusedError for an empty or unreadable file, a file over 200 MB, a missing
    header, or blank or duplicate column names.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportRefusedError(f"{path.name}: cannot be read ({error.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise ImportRefusedError(
            f"{path.name}: the file is {size / _MB:.1f} MB, over the limit of"
            f" {MAX_FILE_BYTES / _MB:g} MB"
        )
    if size == 0:
        raise ImportRefusedError(f"{path.name}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        records, sheet_name = _read_xlsx(path, sheet)
        return _table(path.name, records, sheet=sheet_name)
    if suffix in (".csv", ".txt", ".tsv"):
        decoded = decode_text(path.read_bytes(), path.name)
        delimiter = detect_delimiter(decoded.text)
        records = _read_csv(decoded.text, delimiter, path.name)
        return _table(path.name, records, encoding=decoded.encoding, delimiter=delimiter)
    if suffix == ".xls":
        raise ImportRefusedError(
            f"{path.name}: old Excel 97–2003 workbooks are not supported; save it as .xlsx"
        )
    raise ImportRefusedError(f"{path.name}: not a spreadsheet (expected .xlsx or .csv)")


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first rows of ``text`` most consistently into columns.

    Quoted fields are respected. A file that no candidate splits is one column (``;``).
    """
    best, best_score = DELIMITERS[0], (0.0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        try:
            records = [r for r in islice(reader, _SNIFF_RECORDS) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        agreement = sum(len(r) == width for r in records) / len(records)
        score = (agreement, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(text: str, delimiter: str, name: str) -> list[tuple[int, list[CellValue]]]:
    records: list[tuple[int, list[CellValue]]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            records.append((number, [cell if cell.strip() else None for cell in record]))
    except csv.Error as error:
        raise ImportRefusedError(f"{name}, row {number + 1}: cannot be read ({error})") from None
    return records


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[tuple[int, list[CellValue]]], str]:
    _check_zip(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportRefusedError(
            f"{path.name}: not a readable Excel workbook ({type(error).__name__})"
        ) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ImportRefusedError(
                f"{path.name}: no sheet called '{sheet}' (sheets: {', '.join(workbook.sheetnames)})"
            )
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        records: list[tuple[int, list[CellValue]]] = []
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                records.append((number, [_excel_cell(value) for value in values]))
        except Exception as error:
            raise ImportRefusedError(
                f"{path.name}: the sheet '{worksheet.title}' is damaged ({type(error).__name__})"
            ) from None
        return records, worksheet.title
    finally:
        workbook.close()


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise ImportRefusedError(
            f"{path.name}: not a readable Excel workbook (damaged, or protected by a password)"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefusedError(
            f"{path.name}: would unpack to {unpacked / _MB:.1f} MB; refused as unsafe"
        )


def _excel_cell(value: object) -> CellValue:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool | int | float | date):
        return value
    return str(value)  # a time of day, a duration or an error value


def _table(
    name: str,
    records: list[tuple[int, list[CellValue]]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    filled = [(number, cells) for number, cells in records if any(c is not None for c in cells)]
    if not filled:
        raise ImportRefusedError(f"{name}: the file is empty")
    header_number, header_cells = filled[0]
    for index, cell in enumerate(header_cells):
        if isinstance(cell, date | bool):
            raise ImportRefusedError(
                f"{name}, row {header_number}: no header row (column {column_letter(index)}"
                f" holds {cell_text(cell)!r}, not a column name)"
            )
    data = filled[1:]
    width = max(len(cells) for _, cells in filled)
    used = [any(len(c) > i and c[i] is not None for _, c in data) for i in range(width)]
    keep: list[int] = []
    names: dict[str, int] = {}
    for index in range(width):
        raw = header_cells[index] if index < len(header_cells) else None
        title = cell_text(raw)
        where = f"{name}, column {column_letter(index)}"
        if not title:
            if used[index]:
                raise ImportRefusedError(f"{where} has values but no name in row {header_number}")
            continue
        if title.casefold() in names:
            first = column_letter(names[title.casefold()])
            raise ImportRefusedError(f"{where}: the column name '{title}' is also used by {first}")
        names[title.casefold()] = index
        keep.append(index)
    header = tuple(cell_text(header_cells[i]) for i in keep)
    rows = tuple(
        TableRow(number, tuple(cells[i] if i < len(cells) else None for i in keep))
        for number, cells in data
    )
    return Table(name, header, rows, encoding=encoding, delimiter=delimiter, sheet=sheet)
