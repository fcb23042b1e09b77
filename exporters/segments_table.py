"""The coded-segments table: one row per coding, every attribute and code level a column.

Columns: document, speaker, case, each attribute (the names found on the segments, sorted),
the code path one level per column (as many as the deepest path), coder, start, end, the
coded text and the coding's memo. The segments are any objects with the fields of
``analysis.segments.CodedSegment``; memos come as a mapping from coding id to text, which
:func:`coding_memos` reads from a project (see :mod:`exporters.segment_rows`).

Excel: written in openpyxl's write-only mode, which streams the rows to disk as inline
strings, so the export holds no more for 200,000 codings than for 200; a second sheet records
how the list was made. CSV: UTF-8 with a byte order mark (see :func:`write_segments_csv`).
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from exporters.report_labels import provenance_rows, report_label
from exporters.safe_file import sheet_name, write_replacing
from exporters.segment_rows import (
    Segment,
    coding_memos,
    segment_columns,
    segment_headers,
    segment_rows,
)
from models.progress import Progress, no_progress

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["Segment", "coding_memos", "write_segments_csv", "write_segments_xlsx"]

EXCEL_CELL_LIMIT = 32_767  # characters Excel keeps in one cell
_WIDTHS = {"document": 28, "speaker": 16, "case": 16, "coder": 12, "text": 80, "memo": 50}


def write_segments_xlsx(
    segments: Sequence[Segment],
    path: Path,
    *,
    memos: Mapping[int, str] | None = None,
    language: str = "da",
    provenance: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write the coded-segments table to the workbook ``path`` (labels in ``language``).

    The rows stream to disk as they are made; the header row is frozen, text does not wrap
    (rows stay one line high), and a second sheet lists ``provenance``. ``path`` is replaced
    only when the workbook is complete; OSError names it when it cannot be written.
    """
    write_replacing(
        Path(path),
        lambda temporary: _write_book(
            segments, temporary, memos, language, dict(provenance or {}), progress
        ),
    )


def _write_book(
    segments: Sequence[Segment],
    path: Path,
    memos: Mapping[int, str] | None,
    language: str,
    provenance: dict[str, str],
    progress: Progress,
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        _fill_book(book, segments, memos, language, provenance, progress)
        book.save(path)
    except BaseException:
        _discard(book)
        raise


def _fill_book(
    book: Any,
    segments: Sequence[Segment],
    memos: Mapping[int, str] | None,
    language: str,
    provenance: dict[str, str],
    progress: Progress,
) -> None:
    sheet = book.create_sheet(sheet_name(report_label("coded segments", language)))
    attributes, levels = segment_columns(segments)
    headers = segment_headers(attributes, levels, language)
    _widths(sheet, attributes, levels)
    sheet.freeze_panes = "A2"
    sheet.append(_header_cells(sheet, headers))
    for row in segment_rows(segments, attributes, levels, memos, progress):
        sheet.append([_excel_value(sheet, value) for value in row])
    info = book.create_sheet(sheet_name(report_label("provenance sheet", language)))
    _widen(info, {"A": 30, "B": 60})
    info.append(_header_cells(info, [report_label("provenance", language)]))
    info.append([report_label("coded segments", language), len(segments)])
    for label, value in provenance_rows(provenance, language):
        info.append([label, value])


def _discard(book: Any) -> None:
    """Close the streams of an unfinished write-only workbook and delete the temporary
    files openpyxl keeps its rows in (it would otherwise only do so when Python exits)."""
    for sheet in book.worksheets:
        writer = sheet._writer
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _header_cells(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, text)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def _excel_value(sheet: WriteOnlyWorksheet, value: str | int) -> Any:
    """A value Excel takes as it is: no control characters, at most a cell's length, and
    text that begins with ``=`` kept as text rather than read as a formula."""
    if isinstance(value, int):
        return value
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    if not text.startswith("="):
        return text
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    return cell


def _widths(sheet: Any, attributes: Sequence[str], levels: int) -> None:
    from openpyxl.utils import get_column_letter

    keys = ["document", "speaker", "case", *(["attribute"] * len(attributes))]
    keys += ["level"] * levels + ["coder", "start", "end", "text", "memo"]
    _widen(sheet, {get_column_letter(c): _WIDTHS.get(k, 14) for c, k in enumerate(keys, start=1)})


def _widen(sheet: Any, widths: Mapping[str, float]) -> None:
    """Column widths; set before the first row, as write-only sheets need."""
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width


def write_segments_csv(
    segments: Sequence[Segment],
    out_or_path: TextIO | Path,
    *,
    memos: Mapping[int, str] | None = None,
    language: str = "da",
    bom: bool = True,
    delimiter: str | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write the coded-segments table as CSV to a file ``Path`` or an open text stream.

    The text is UTF-8 led by a byte order mark: Excel, opening a CSV by double-click, reads
    it in the machine's old 8-bit code page unless the mark tells it the file is UTF-8, and
    æ, ø and å would come out garbled. ``bom=False`` leaves the mark out (for a program
    reading the stream). The fields are separated by ``delimiter``; by default ``;`` for a
    Danish table (Danish Excel splits on semicolons, the comma being its decimal sign) and
    ``,`` otherwise. A path is replaced only when the whole file is written.
    """
    if delimiter is None:
        delimiter = ";" if language == "da" else ","
    if isinstance(out_or_path, Path):

        def write(temporary: Path) -> None:
            with temporary.open("w", encoding="utf-8", newline="") as out:
                _write_csv(segments, out, memos, language, bom, delimiter, progress)

        write_replacing(out_or_path, write)
        return
    _write_csv(segments, out_or_path, memos, language, bom, delimiter, progress)


def _write_csv(
    segments: Sequence[Segment],
    out: TextIO,
    memos: Mapping[int, str] | None,
    language: str,
    bom: bool,
    delimiter: str,
    progress: Progress,
) -> None:
    if bom:
        out.write("\ufeff")
    attributes, levels = segment_columns(segments)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(segment_headers(attributes, levels, language))
    writer.writerows(segment_rows(segments, attributes, levels, memos, progress))
