"""A native Excel bar chart beside a query table's cells.

The bars read like the table: the first row at the top, the series in the table's order,
the code rows by their last level, in the Okabe-Ito colours of :mod:`exporters.charts` and
Calibri throughout. The chart refers to the sheet's cells, so it follows any change the
reader makes to them in Excel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exporters.charts import SERIES_COLOURS
from exporters.report_labels import measure_label, title_text, unit_text
from exporters.table_xlsx_style import (
    CHART_HEIGHT_CM,
    CHART_WIDTH_CM,
    FIRST_ROW,
    FONT,
    MEASURE_KINDS,
)
from models.result_table import ResultTable

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MOST_CHART_ROWS, MOST_CHART_COLUMNS = 40, 12  # beyond these, bars cannot be read
STACK_FROM = 5  # a matrix of this many columns or more gets stacked bars


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
    if table.column_kind in MEASURE_KINDS:
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
