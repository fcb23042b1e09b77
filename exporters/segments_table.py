"""The coded-segments table: one row per coding, every attribute and code level a column.

Columns: document, speaker, case, each attribute (the names found on the segments, sorted),
the code path one level per column (as many as the deepest path), coder, start, end, the
coded text and the coding's memo. The segments are any objects with the fields of
``analysis.segments.CodedSegment``; memos come as a mapping from coding id to text, which
:func:`coding_memos` reads from a project (see :mod:`exporters.segment_rows`).

Excel: the workbook is a minimal SpreadsheetML package (:mod:`exporters.spreadsheet_package`),
the rows streamed into the compressed sheet a thousand at a time as inline strings and
numbers, so 200,000 codings take seconds and the export holds no more for them than for 200
(openpyxl, even write-only, spent minutes). The sheet has a bold, frozen header row with an
autofilter and set column widths; a second sheet records how the list was made. CSV: UTF-8
with a byte order mark (:func:`write_segments_csv`, written in :mod:`exporters.segment_rows`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from itertools import chain
from pathlib import Path

from exporters.report_labels import provenance_rows, report_label
from exporters.safe_file import sheet_name, write_replacing
from exporters.segment_rows import (
    Segment,
    coding_memos,
    segment_columns,
    segment_headers,
    segment_rows,
    write_segments_csv,
)
from exporters.spreadsheet_package import (
    BOOK_RELS,
    CONTENT_TYPES,
    EXCEL_CELL_LIMIT,
    HEADER_STYLE,
    ROOT_RELS,
    ROWS_PER_WRITE,
    STYLES,
    column_letter,
    row_blocks,
    rows_xml,
    workbook_xml,
    write_sheet,
)
from models.progress import Progress, no_progress

__all__ = [
    "EXCEL_CELL_LIMIT",
    "ROWS_PER_WRITE",
    "Segment",
    "coding_memos",
    "write_segments_csv",
    "write_segments_xlsx",
]

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

    The rows stream to disk as they are made; the header row is frozen and filters, text does
    not wrap (rows stay one line high), and a second sheet lists ``provenance``. ``path`` is
    replaced only when the workbook is complete; OSError names it when it cannot be written.
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
    attributes, levels = segment_columns(segments)
    headers = segment_headers(attributes, levels, language)
    names = [
        sheet_name(report_label("coded segments", language)),
        sheet_name(report_label("provenance sheet", language)),
    ]
    table = f"A1:{column_letter(len(headers))}{len(segments) + 1}"
    # Deflate level 1: a file a third larger than at level 6, written in a third of the time.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", workbook_xml(names, table))
        package.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        package.writestr("xl/styles.xml", STYLES)
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            rows = segment_rows(segments, attributes, levels, memos, progress)
            start = len(headers) - 4  # start and end are numbers
            blocks = row_blocks(rows, 2, frozenset({start, start + 1}))
            header = rows_xml(1, [headers], frozenset(), HEADER_STYLE)
            widths = _widths(attributes, levels)
            write_sheet(stream, chain([header], blocks), widths, table, first=True)
        with package.open("xl/worksheets/sheet2.xml", "w") as stream:
            info = [
                rows_xml(1, [[report_label("provenance", language)]], frozenset(), HEADER_STYLE),
                rows_xml(
                    2, [[report_label("coded segments", language), len(segments)]], frozenset({1})
                ),
                rows_xml(3, provenance_rows(provenance, language), frozenset()),
            ]
            write_sheet(stream, info, [30, 60], f"A1:B{len(provenance) + 2}", first=False)


def _widths(attributes: Sequence[str], levels: int) -> list[float]:
    keys = ["document", "speaker", "case", *(["attribute"] * len(attributes))]
    keys += ["level"] * levels + ["coder", "start", "end", "text", "memo"]
    return [_WIDTHS.get(key, 14) for key in keys]
