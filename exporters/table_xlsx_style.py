"""How a query table's Excel sheet looks and prints.

The sheet's layout (the title row, the header row, then the rows from :data:`FIRST_ROW`),
its fonts, number formats and fills, the white-to-blue colour scale over the cells, the
column widths, and the page setup: A4 one page wide, landscape when the table and chart are
wider than a portrait page, the title and header rows and the label column on every page.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from exporters.report_labels import heading_text
from models.result_table import ResultTable

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FIRST_ROW = 3  # title, header, then the rows
PERCENT_FORMAT, COUNT_FORMAT, DECIMAL_FORMAT = "0.0%", "#,##0", "0.000"
FONT, FONT_SIZE, TITLE_SIZE = "Calibri", 11, 13
HEADER_FILL, TOTAL_FILL = "1F4E79", "DDEBF7"
LABEL_WIDTH, CELL_WIDTH = 70, 16  # widest label and other columns
LINE_HEIGHT = 15  # points, a line of Calibri 11
INDENT_WIDTH = 2  # characters of column width one indent level takes
CHART_WIDTH_CM, CHART_HEIGHT_CM = 16, (7.5, 20)  # the chart's width, least and most height
PORTRAIT_CM = 18  # what A4 portrait holds between its margins
CM_PER_WIDTH = 0.2  # a unit of Excel column width (one character of Calibri 11), roughly
MEASURE_KINDS = ("measure", "coder-measure")


def cell_font(bold: bool = False, color: str | None = None, size: int = FONT_SIZE) -> Any:
    """A Calibri font for a cell, so LibreOffice does not fall back to a serif."""
    from openpyxl.styles import Font

    return Font(name=FONT, size=size, bold=bold, color=color)


def shade_cells(sheet: Worksheet, table: ResultTable) -> None:
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

    if table.column_kind in MEASURE_KINDS:
        for column in range(2, columns + 2):
            letter = get_column_letter(column)
            sheet.conditional_formatting.add(f"{letter}{FIRST_ROW}:{letter}{last_row}", scale())
    else:
        last = get_column_letter(columns + 1)
        sheet.conditional_formatting.add(f"B{FIRST_ROW}:{last}{last_row}", scale())


def fit_column_widths(
    sheet: Worksheet, table: ResultTable, language: str, labels: list[str], indents: list[int]
) -> None:
    """Widen the label column to its longest (indented) label and the number columns to
    their headings, within limits; a heading too long for its column wraps onto more lines."""
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


def set_up_pages(sheet: Worksheet, charted: bool) -> None:
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
    fit_page_width(sheet, landscape=wide > PORTRAIT_CM)
    sheet.print_title_rows = f"1:{FIRST_ROW - 1}"
    sheet.print_title_cols = "A:A"
    sheet.print_options.horizontalCentered = True


def fit_page_width(sheet: Worksheet, *, landscape: bool) -> None:
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
