"""A query's :class:`ResultTable` as an Excel workbook a researcher can hand on.

The first sheet holds the table: a title row, a header row with the column labels and a
header column with the row labels, the totals when the table has them, and the cells as real
numbers (percentages as fractions with a percent format, so Excel can go on calculating with
them). The header row and column are frozen, a colour scale shades the cells, and a native
Excel bar chart sits beside the table when a chart can be read. The second sheet records how
the table was made (see :func:`exporters.report_labels.provenance_rows`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from exporters.report_labels import (
    heading_text,
    measure_label,
    provenance_rows,
    report_label,
)
from exporters.safe_file import sheet_name, write_replacing
from models.progress import Progress, no_progress
from models.result_table import Number, ResultTable

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FIRST_ROW = 3  # title, header, then the rows
PERCENT_FORMAT, COUNT_FORMAT, DECIMAL_FORMAT = "0.0%", "#,##0", "0.000"
HEADER_FILL, TOTAL_FILL = "1F4E79", "DDEBF7"
MOST_CHART_ROWS, MOST_CHART_COLUMNS = 40, 12  # beyond these, bars cannot be read
STACK_FROM = 5  # a matrix of this many columns or more gets stacked bars
LABEL_WIDTH, CELL_WIDTH = 60, 30  # widest first column and widest other columns
_MEASURE_KINDS = ("measure", "coder-measure")


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
    sheet.title = sheet_name(heading_text(table.title, language))
    _write_cells(sheet, table, language, progress)
    _shade(sheet, table)
    _fit_widths(sheet, table, language)
    if chart:
        add_bar_chart(sheet, table, language)
    _write_provenance(book.create_sheet(), table, language)
    write_replacing(Path(path), book.save)
    progress(len(table.row_labels), len(table.row_labels), "")


def unit_text(table: ResultTable, language: str) -> str:
    """What the cells hold in words: ``Kodningsreferencer, % af rækken``."""
    measure = measure_label(table.measure, language)
    share = table.provenance.get("percent", "")
    if table.percent and share in ("row", "column"):
        return f"{measure}, {report_label(f'percent of {share}', language)}"
    return measure


def _write_cells(sheet: Worksheet, table: ResultTable, language: str, progress: Progress) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    total = report_label("total", language)
    sheet.cell(1, 1, f"{heading_text(table.title, language)} ({unit_text(table, language)})")
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    header = [heading_text(table.row_header, language)]
    header += [_column_label(table, c, language) for c in range(len(table.column_labels))]
    if table.row_totals is not None:
        header.append(total)
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(2, column, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    count = len(table.row_labels)
    for index, (label, values) in enumerate(zip(table.row_labels, table.values, strict=True)):
        if index % 1000 == 0:
            progress(index, count, "rows")
        row = FIRST_ROW + index
        sheet.cell(row, 1, label).font = Font(bold=True)
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
            sheet.cell(row, column).font = Font(bold=True)
            sheet.cell(row, column).fill = PatternFill("solid", fgColor=TOTAL_FILL)
    sheet.freeze_panes = sheet.cell(FIRST_ROW, 2).coordinate


def _column_label(table: ResultTable, column: int, language: str) -> str:
    label = table.column_labels[column]
    if table.column_kind == "measure" and table.column_keys:
        key = str(table.column_keys[column])
        measured = measure_label(key, language)
        return measured if measured != key else heading_text(label, language)
    return heading_text(label, language)


def _number(sheet: Worksheet, row: int, column: int, value: Number, percent: bool) -> None:
    cell = sheet.cell(row, column, value / 100 if percent else value)
    if percent:
        cell.number_format = PERCENT_FORMAT
    elif isinstance(value, float) and not value.is_integer():
        cell.number_format = DECIMAL_FORMAT
    else:
        cell.number_format = COUNT_FORMAT


def _shade(sheet: Worksheet, table: ResultTable) -> None:
    """A white-to-blue colour scale: over the whole matrix, or per column of measures
    (references and words beside each other would drown one another)."""
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    rows, columns = table.shape
    if rows == 0 or columns < 2:
        return
    last_row = FIRST_ROW + rows - 1

    def scale() -> Any:
        return ColorScaleRule(  # type: ignore[no-untyped-call]
            start_type="min", start_color="FFFFFF", end_type="max", end_color="5B9BD5"
        )

    if table.column_kind in _MEASURE_KINDS:
        for column in range(2, columns + 2):
            letter = get_column_letter(column)
            sheet.conditional_formatting.add(f"{letter}{FIRST_ROW}:{letter}{last_row}", scale())
    else:
        last = get_column_letter(columns + 1)
        sheet.conditional_formatting.add(f"B{FIRST_ROW}:{last}{last_row}", scale())


def _fit_widths(sheet: Worksheet, table: ResultTable, language: str) -> None:
    from openpyxl.utils import get_column_letter

    longest = max((len(label) for label in table.row_labels), default=0)
    first = max(longest, len(heading_text(table.row_header, language)), len("I alt"))
    sheet.column_dimensions["A"].width = min(first + 2, LABEL_WIDTH)
    headers = [sheet.cell(2, c).value for c in range(2, sheet.max_column + 1)]
    for column, text in enumerate(headers, start=2):
        width = min(max(len(str(text or "")) + 2, 10), CELL_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = width


def add_bar_chart(sheet: Worksheet, table: ResultTable, language: str) -> bool:
    """Put a horizontal bar chart of the cells beside the table; False when none fits.

    A frequency table is drawn by its first measure (one bar per row and coder); a matrix
    by all its columns, clustered when there are few and stacked when there are more. A
    table without a number other than 0, or with more rows or columns than bars can show,
    gets no chart.
    """
    from openpyxl.chart import BarChart, Reference
    from openpyxl.utils import get_column_letter

    rows, columns = table.shape
    if rows > MOST_CHART_ROWS or not any(value for row in table.values for value in row):
        return False
    if table.column_kind in _MEASURE_KINDS:
        first = str(table.column_keys[0]).split(":")[0] if table.column_keys else ""
        drawn = [
            c for c, key in enumerate(table.column_keys) if str(key).split(":")[0] == first
        ] or [0]
        value_title = measure_label(first, language) if first else ""
    elif columns <= MOST_CHART_COLUMNS:
        drawn = list(range(columns))
        value_title = unit_text(table, language)
    else:
        return False
    chart = BarChart()
    chart.type = "bar"
    if len(drawn) >= STACK_FROM:
        chart.grouping = "stacked"
        chart.overlap = 100
    else:
        chart.grouping = "clustered"
    last_row = FIRST_ROW + rows - 1
    for column in drawn:
        data = Reference(sheet, min_col=column + 2, min_row=FIRST_ROW - 1, max_row=last_row)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=FIRST_ROW, max_row=last_row))
    chart.title = heading_text(table.title, language)
    chart.x_axis.title = heading_text(table.row_header, language)
    chart.y_axis.title = value_title
    chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if table.percent:
        chart.y_axis.number_format = "0%"
    if len(drawn) == 1:
        chart.legend = None
    bars = rows if len(drawn) >= STACK_FROM else rows * len(drawn)
    chart.width, chart.height = 18, min(max(7.5, 0.5 * bars + 3), 30)  # centimetres
    beside = columns + 3 + (1 if table.row_totals is not None else 0)
    sheet.add_chart(chart, f"{get_column_letter(beside)}2")
    return True


def _write_provenance(sheet: Worksheet, table: ResultTable, language: str) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.title = sheet_name(report_label("provenance sheet", language))
    sheet.cell(1, 1, report_label("provenance", language)).font = Font(bold=True, size=13)
    rows = [
        (report_label("table", language), heading_text(table.title, language)),
        (report_label("cells", language), unit_text(table, language)),
        *provenance_rows(table.provenance, language),
    ]
    for number, (label, value) in enumerate(rows, start=2):
        sheet.cell(number, 1, label).font = Font(bold=True)
        sheet.cell(number, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = max(len(label) for label, _ in rows) + 2
    sheet.column_dimensions["B"].width = min(max(len(v) for _, v in rows) + 2, 80)
