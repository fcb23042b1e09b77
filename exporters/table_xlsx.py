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
(see :func:`exporters.report_labels.provenance_rows`).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exporters.charts import SERIES_COLOURS, short_labels
from exporters.report_labels import (
    heading_text,
    measure_label,
    provenance_rows,
    report_label,
    title_text,
)
from exporters.safe_file import SHEET_NAME_LIMIT, sheet_name, write_replacing
from models.progress import Progress, no_progress
from models.result_table import Number, ResultTable

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FIRST_ROW = 3  # title, header, then the rows
PERCENT_FORMAT, COUNT_FORMAT, DECIMAL_FORMAT = "0.0%", "#,##0", "0.000"
FONT, FONT_SIZE, TITLE_SIZE = "Calibri", 11, 13
HEADER_FILL, TOTAL_FILL = "1F4E79", "DDEBF7"
MOST_CHART_ROWS, MOST_CHART_COLUMNS = 40, 12  # beyond these, bars cannot be read
STACK_FROM = 5  # a matrix of this many columns or more gets stacked bars
LABEL_WIDTH, CELL_WIDTH = 70, 16  # widest label and other columns
LINE_HEIGHT = 15  # points, a line of Calibri 11
INDENT_WIDTH = 2  # characters of column width one indent level takes
CHART_WIDTH_CM, CHART_HEIGHT_CM = 16, (7.5, 20)  # the chart's width, least and most height
PORTRAIT_CM = 18  # what A4 portrait holds between its margins
CM_PER_WIDTH = 0.2  # a unit of Excel column width (one character of Calibri 11), roughly
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
    sheet.title = _sheet_title(table, language)
    labels, indents = shown_labels(table)
    _write_cells(sheet, table, language, labels, indents, progress)
    _shade(sheet, table)
    _fit_widths(sheet, table, language, labels, indents)
    charted = chart and add_bar_chart(sheet, table, language)
    _set_up_pages(sheet, charted)
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


def _font(bold: bool = False, color: str | None = None, size: int = FONT_SIZE) -> Any:
    from openpyxl.styles import Font

    return Font(name=FONT, size=size, bold=bold, color=color)


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
    sheet.cell(1, 1, title).font = _font(bold=True, size=TITLE_SIZE)
    header = [heading_text(table.row_header, language)]
    header += [_column_label(table, c, language) for c in range(len(table.column_labels))]
    if table.row_totals is not None:
        header.append(total)
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(2, column, text)
        cell.font = _font(bold=True, color="FFFFFF")
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
        cell.font = _font(bold=parent)  # a code with sub-codes below it stands out
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
            sheet.cell(row, column).font = _font(bold=True)
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
    cell.font = _font()
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


def _fit_widths(
    sheet: Worksheet, table: ResultTable, language: str, labels: list[str], indents: list[int]
) -> None:
    from openpyxl.utils import get_column_letter

    shown = [
        len(label) + INDENT_WIDTH * indent for label, indent in zip(labels, indents, strict=True)
    ]
    first = max([*shown, len(heading_text(table.row_header, language)), len("I alt")])
    sheet.column_dimensions["A"].width = min(first + 2, LABEL_WIDTH)
    last = 1 + len(table.column_labels) + (table.row_totals is not None)
    lines = 1
    for column in range(2, last + 1):
        text = str(sheet.cell(2, column).value or "")
        width = min(max(len(text) + 2, 10), CELL_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = width
        lines = max(lines, math.ceil(len(text) / width))
    if lines > 1:  # a long heading wraps onto lines of its own
        sheet.row_dimensions[2].height = LINE_HEIGHT * min(lines, 4)


def add_bar_chart(sheet: Worksheet, table: ResultTable, language: str) -> bool:
    """Put a horizontal bar chart of the cells beside the table; False when none fits.

    A frequency table is drawn by its first measure (one bar per row and coder); a matrix
    by all its columns, clustered when there are few and stacked when there are more. The
    bars read like the table: the first row at the top, the series in the table's order, the
    code rows by their last level. A table without a number other than 0, or with more rows
    or columns than bars can show, gets no chart.
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
    stacked = len(drawn) >= STACK_FROM
    chart.grouping, chart.overlap = ("stacked", 100) if stacked else ("clustered", None)
    last_row = FIRST_ROW + rows - 1
    for column in drawn:
        data = Reference(sheet, min_col=column + 2, min_row=FIRST_ROW - 1, max_row=last_row)
        chart.add_data(data, titles_from_data=True)
    for index, series in enumerate(chart.series):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)].lstrip("#").upper()
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.noFill = True
    chart.set_categories(Reference(sheet, min_col=1, min_row=FIRST_ROW, max_row=last_row))
    chart.title = title_text(table.title, language)
    chart.y_axis.title = value_title
    _set_chart_fonts(chart)
    chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
    chart.y_axis.crosses = "max"  # and the value axis below the bars, not above them
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    if table.percent:
        chart.y_axis.number_format = "0%"
    if len(drawn) == 1:
        chart.legend = None
    else:
        chart.legend.position = "b"  # left to right in the table's order
    bars = 1 if stacked else len(drawn)  # in each row
    least, most = CHART_HEIGHT_CM
    chart.width = CHART_WIDTH_CM
    chart.height = min(max(least, 3.5 + rows * (0.35 + 0.12 * bars)), most)  # centimetres
    sheet.add_chart(chart, f"{get_column_letter(sheet.max_column + 2)}2")  # a column apart
    return True


def _set_chart_fonts(chart: Any) -> None:
    """Calibri in the chart too: a modest bold title, axis and legend text a size smaller
    than the table's."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties

    def text(size: int, bold: bool = False) -> Any:
        properties = CharacterProperties(latin=Font(typeface=FONT), sz=size * 100, b=bold)
        return properties, RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=properties))])

    for title, size in ((chart.title, 12), (chart.y_axis.title, 10)):
        properties, _ = text(size, bold=True)
        for paragraph in title.tx.rich.paragraphs:
            paragraph.pPr.defRPr = properties
            for run in paragraph.r:
                run.rPr = properties
    chart.x_axis.txPr = text(10)[1]
    chart.y_axis.txPr = text(9)[1]
    if chart.legend is not None:
        chart.legend.txPr = text(10)[1]


def _set_up_pages(sheet: Worksheet, charted: bool) -> None:
    """Print one page wide, as many long as the rows need, the title and header rows and
    the label column on every page; landscape when the table and chart are wider than a
    portrait page."""
    from openpyxl.utils import get_column_letter

    widths = [
        sheet.column_dimensions[get_column_letter(c)].width or 9
        for c in range(1, sheet.max_column + 1)
        if not sheet.column_dimensions[get_column_letter(c)].hidden
    ]
    wide = sum(widths) * CM_PER_WIDTH + (CHART_WIDTH_CM + 1 if charted else 0)
    _fit_page_width(sheet, landscape=wide > PORTRAIT_CM)
    sheet.print_title_rows = f"1:{FIRST_ROW - 1}"
    sheet.print_title_cols = "A:A"
    sheet.print_options.horizontalCentered = True


def _fit_page_width(sheet: Worksheet, *, landscape: bool) -> None:
    """A4 one page wide and as many long as it takes, with narrow margins."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.5  # inches
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3


def _write_provenance(sheet: Worksheet, table: ResultTable, language: str) -> None:
    from openpyxl.styles import Alignment

    sheet.title = sheet_name(report_label("provenance sheet", language))
    heading = sheet.cell(1, 1, report_label("provenance", language))
    heading.font = _font(bold=True, size=TITLE_SIZE)
    rows = [
        (report_label("table", language), title_text(table.title, language)),
        (report_label("cells", language), unit_text(table, language)),
        *provenance_rows(table.provenance, language),
    ]
    for number, (label, value) in enumerate(rows, start=2):
        sheet.cell(number, 1, label).font = _font(bold=True)
        cell = sheet.cell(number, 2, value)
        cell.font = _font()
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = max(len(label) for label, _ in rows) + 2
    sheet.column_dimensions["B"].width = min(max(len(v) for _, v in rows) + 2, 80)
    _fit_page_width(sheet, landscape=False)
