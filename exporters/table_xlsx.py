"""A query's :class:`ResultTable` as an Excel workbook a researcher can hand on.

The first sheet holds the table: a title row, a header row with the column labels and a
header column with the row labels, the totals when the table has them, and the cells as real
numbers (percentages as fractions with a percent format, so Excel can go on calculating with
them). Code rows show their last level, indented by depth as in the code tree, with the full
path in a note on the label (shown when the pointer rests on it, never printed), so the
table holds nothing but the table when it is printed, selected or pasted into a report. The
header row and column are frozen, a colour scale shades the cells, and a
native Excel bar chart sits beside the table when a chart can be read. The sheet prints as
it looks: one page wide (landscape when the table and chart are wide), the title and header
rows and the label column repeated on every page. Every cell names its font (Calibri), so
LibreOffice does not fall back to a serif. The second sheet records how the table was made
(see :func:`exporters.report_labels.provenance_rows`). The sheet's look and page setup are in
:mod:`exporters.table_xlsx_style`, the chart in :mod:`exporters.table_xlsx_chart`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from exporters.charts import short_labels
from exporters.report_labels import (
    heading_text,
    measure_label,
    provenance_rows,
    report_label,
    title_text,
    unit_text,
)
from exporters.safe_file import SHEET_NAME_LIMIT, sheet_name, write_replacing
from exporters.table_xlsx_chart import add_bar_chart
from exporters.table_xlsx_style import (
    COUNT_FORMAT,
    DECIMAL_FORMAT,
    FIRST_ROW,
    HEADER_FILL,
    PERCENT_FORMAT,
    TITLE_SIZE,
    TOTAL_FILL,
    cell_font,
    fit_column_widths,
    fit_page_width,
    set_up_pages,
    shade_cells,
)
from models.progress import Progress, no_progress
from models.result_table import Number, ResultTable

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["add_bar_chart", "shown_labels", "unit_text", "write_table_xlsx"]


def write_table_xlsx(
    table: ResultTable,
    path: Path,
    *,
    language: str = "da",
    chart: bool = True,
    progress: Progress = no_progress,
) -> None:
    """Write ``table`` to the workbook ``path`` with labels in ``language`` (da or en).

    ``chart`` adds a bar chart for a frequency table or a matrix small enough to read.
    ``path`` is replaced only when the whole workbook is written; OSError names the file
    when it cannot be written.
    """
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(table, language)
    labels, indents = shown_labels(table)
    _write_cells(sheet, table, language, labels, indents, progress)
    shade_cells(sheet, table)
    fit_column_widths(sheet, table, language, labels, indents)
    charted = chart and add_bar_chart(sheet, table, language)
    set_up_pages(sheet, charted)
    _write_provenance(book.create_sheet(), table, language)
    write_replacing(Path(path), book.save)
    progress(len(table.row_labels), len(table.row_labels), "")


def shown_labels(table: ResultTable) -> tuple[list[str], list[int]]:
    """The row labels as the sheet shows them, and each row's indent: code paths by their
    last level (two where the last alone is ambiguous), indented by depth below the table's
    top codes when every code's parent is a row above it; other labels as they are."""
    if table.row_kind != "code" or not table.row_labels:
        return list(table.row_labels), [0] * len(table.row_labels)
    labels = [label.replace("\n", " ") for label in short_labels(table.row_labels, width=10**6)]
    depths = [label.count("/") for label in table.row_labels]
    top, seen = min(depths), set()
    for label, depth in zip(table.row_labels, depths, strict=True):
        if depth > top and label.rsplit("/", 1)[0] not in seen:
            return labels, [0] * len(labels)
        seen.add(label)
    return labels, [depth - top for depth in depths]


def _sheet_title(table: ResultTable, language: str) -> str:
    """The whole title when it fits a sheet name, else only the query's kind."""
    title = title_text(table.title, language)
    if len(title) <= SHEET_NAME_LIMIT or ": " not in title:
        return sheet_name(title)
    return sheet_name(title.partition(": ")[0])


def _write_cells(
    sheet: Worksheet,
    table: ResultTable,
    language: str,
    labels: list[str],
    indents: list[int],
    progress: Progress,
) -> None:
    from openpyxl.styles import Alignment, PatternFill

    total = report_label("total", language)
    title = f"{title_text(table.title, language)} ({unit_text(table, language)})"
    sheet.cell(1, 1, title).font = cell_font(bold=True, size=TITLE_SIZE)
    header = [heading_text(table.row_header, language)]
    header += [_column_label(table, c, language) for c in range(len(table.column_labels))]
    if table.row_totals is not None:
        header.append(total)
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(2, column, text)
        cell.font = cell_font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        side = "left" if column == 1 else "right"  # over the labels, over the numbers
        cell.alignment = Alignment(horizontal=side, vertical="center", wrap_text=True)
    count = len(table.row_labels)
    for index, values in enumerate(table.values):
        if index % 1000 == 0:
            progress(index, count, "rows")
        row = FIRST_ROW + index
        cell = sheet.cell(row, 1, labels[index])
        parent = index + 1 < count and indents[index + 1] > indents[index]
        cell.font = cell_font(bold=parent)  # a code with sub-codes below it stands out
        if indents[index]:
            cell.alignment = Alignment(horizontal="left", indent=indents[index])
        if labels[index] != table.row_labels[index]:
            cell.comment = _path_note(table.row_labels[index])
        for column, value in enumerate(values, start=2):
            _number(sheet, row, column, value, table.percent)
        if table.row_totals is not None:
            _number(sheet, row, len(values) + 2, table.row_totals[index], False)
    if table.column_totals is not None:
        row = FIRST_ROW + count
        totals: list[Number | None] = list(table.column_totals)
        if table.row_totals is not None:
            totals.append(table.grand_total)
        sheet.cell(row, 1, total)
        for column, cell_total in enumerate(totals, start=2):
            if cell_total is not None:
                _number(sheet, row, column, cell_total, False)
        for column in range(1, len(header) + 1):
            sheet.cell(row, column).font = cell_font(bold=True)
            sheet.cell(row, column).fill = PatternFill("solid", fgColor=TOTAL_FILL)
    sheet.freeze_panes = sheet.cell(FIRST_ROW, 2).coordinate


def _path_note(path: str) -> Any:
    """A note with a code's full path: shown when the pointer rests on the label, never
    printed, and no extra column in the table that selections and formulas would meet."""
    from openpyxl.comments import Comment

    note = Comment(path, "Tekstur")
    note.width, note.height = min(max(len(path) * 7, 120), 420), 40  # points
    return note


def _column_label(table: ResultTable, column: int, language: str) -> str:
    label = table.column_labels[column]
    if table.column_kind == "measure" and table.column_keys:
        key = str(table.column_keys[column])
        measured = measure_label(key, language)
        return measured if measured != key else heading_text(label, language)
    if table.column_kind == "code":
        label = short_labels(table.column_labels, width=10**6)[column].replace("\n", " ")
    return heading_text(label, language)


def _number(sheet: Worksheet, row: int, column: int, value: Number, percent: bool) -> None:
    cell = sheet.cell(row, column, value / 100 if percent else value)
    cell.font = cell_font()
    if percent:
        cell.number_format = PERCENT_FORMAT
    elif isinstance(value, float) and not value.is_integer():
        cell.number_format = DECIMAL_FORMAT
    else:
        cell.number_format = COUNT_FORMAT


def _write_provenance(sheet: Worksheet, table: ResultTable, language: str) -> None:
    from openpyxl.styles import Alignment

    sheet.title = sheet_name(report_label("provenance sheet", language))
    heading = sheet.cell(1, 1, report_label("provenance", language))
    heading.font = cell_font(bold=True, size=TITLE_SIZE)
    rows = [
        (report_label("table", language), title_text(table.title, language)),
        (report_label("cells", language), unit_text(table, language)),
        *provenance_rows(table.provenance, language),
    ]
    for number, (label, value) in enumerate(rows, start=2):
        sheet.cell(number, 1, label).font = cell_font(bold=True)
        cell = sheet.cell(number, 2, value)
        cell.font = cell_font()
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = max(len(label) for label, _ in rows) + 2
    sheet.column_dimensions["B"].width = min(max(len(v) for _, v in rows) + 2, 80)
    fit_page_width(sheet, landscape=False)
