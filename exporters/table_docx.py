"""A query's :class:`ResultTable` as a Word document: caption, real table, chart, provenance.

The caption (Word's *Caption* style, numbered by Word: ``Tabel 1: …``) stands above a real
Word table whose header row repeats on every page, with bold headings, the totals as a last
row and column, and numbers right-aligned as the language writes them (``1.234`` and
``12,5 %`` in Danish, ``1,234`` and ``12.5%`` in English). Code rows are indented by level.
Below it, for a frequency or matrix table, a chart drawn by :mod:`exporters.charts`, then a
short paragraph in small type on how the table was made. A table too wide for a portrait
page gets a landscape page.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from exporters.charts import ChartKind, ChartLabels, render_chart
from exporters.docx_parts import (
    add_caption,
    add_small,
    make_landscape,
    number_text,
    repeat_as_header,
    shade,
    text_width,
    use_a4,
    use_report_fonts,
)
from exporters.report_labels import (
    heading_text,
    measure_label,
    provenance_rows,
    report_label,
    unit_text,
)
from exporters.safe_file import write_replacing
from models.result_table import ResultTable

LANDSCAPE_FROM = 8  # table columns (label, cells and total) that need a landscape page
SMALL_FROM = 6  # from this many columns the table is set in smaller type
HEADER_FILL, TOTAL_FILL = "D9E2F3", "F2F2F2"
CHART_QUERIES = ("code frequencies", "matrix coding")
HEATMAP_FROM = 4  # a matrix with this many columns or more is drawn as a heatmap
INDENT_CM = 0.4  # per code level
MOST_LABEL = 40  # characters of a row label a column is made wide for (longer ones wrap)


def write_table_docx(
    table: ResultTable,
    path: Path,
    *,
    language: str = "da",
    chart: bool = True,
    caption: str | None = None,
) -> None:
    """Write ``table`` to the Word document ``path`` with words in ``language`` (da or en).

    ``caption`` replaces the table's own title in the caption. ``chart`` adds a chart
    image for a frequency or matrix table. ``path`` is replaced only once the document is
    whole; OSError names the file when it cannot be written.
    """
    from docx import Document

    document = Document()
    section = document.sections[0]
    use_a4(section)
    use_report_fonts(document)
    columns = 1 + len(table.column_labels) + (table.row_totals is not None)
    if columns >= LANDSCAPE_FROM:
        make_landscape(section)
    title = caption or table_title(table, language)
    document.core_properties.title = title
    add_caption(
        document, report_label("table", language), f"{title} ({unit_text(table, language)})"
    )
    add_word_table(document, table, language)
    kind = chart_kind(table) if chart else None
    if kind is not None:
        _add_chart(document, table, kind, language, title)
    add_provenance(document, table.provenance, language)
    write_replacing(Path(path), lambda target: document.save(str(target)))


def table_title(table: ResultTable, language: str) -> str:
    """The table's title in ``language``: ``Matrix coding: A × B`` becomes
    ``Matrixkodning – A × B`` (a dash, since the caption has a colon of its own)."""
    head, colon, rest = table.title.partition(": ")
    return heading_text(head, language) + (" – " if colon else "") + rest


def column_titles(table: ResultTable, language: str) -> list[str]:
    """The column headings in ``language`` (measure names translated, project names kept)."""
    titles = []
    for column, label in enumerate(table.column_labels):
        key = str(table.column_keys[column]) if table.column_keys else ""
        if table.column_kind == "measure" and measure_label(key, language) != key:
            titles.append(measure_label(key, language))
        elif table.column_kind == "coder-measure" and ":" in key and label.endswith(")"):
            coder = label[label.rfind("(") + 1 : -1]
            titles.append(f"{measure_label(key.split(':')[0], language)} ({coder})")
        else:
            titles.append(heading_text(label, language))
    return titles


def add_word_table(document: Any, table: ResultTable, language: str) -> Any:
    """Add ``table`` as a Word table (header row, rows, totals) and return it."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    total = report_label("total", language)
    with_row_totals = table.row_totals is not None
    headings = [heading_text(table.row_header, language), *column_titles(table, language)]
    if with_row_totals:
        headings.append(total)
    rows = [
        [*values, *([table.row_totals[r]] if table.row_totals is not None else [])]
        for r, values in enumerate(table.values)
    ]
    word_table = document.add_table(rows=1, cols=len(headings))
    word_table.style = "Table Grid"
    word_table.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = Pt(8.5) if len(headings) >= SMALL_FROM else Pt(10)
    right = WD_ALIGN_PARAGRAPH.RIGHT

    needed = [4] * len(headings)  # characters each column needs (longest word, number)

    def fill(cells: Any, texts: list[str], *, bold: bool, colour: str | None) -> None:
        for index, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            longest = max((len(word) for word in text.split(" ")), default=0)  # not at NBSP
            needed[index] = max(
                needed[index], min(len(text), MOST_LABEL) if index == 0 else longest
            )
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            run.bold = bold or (with_row_totals and index == len(texts) - 1)
            run.font.size = size
            if index > 0:
                paragraph.alignment = right
            if colour:
                shade(cell, colour)

    header = word_table.rows[0]
    repeat_as_header(header)
    fill(header.cells, headings, bold=True, colour=HEADER_FILL)
    indents = _code_indents(table)
    for r, values in enumerate(rows):
        texts = [table.row_labels[r] if indents is None else table.row_labels[r].split("/")[-1]]
        for c, value in enumerate(values):
            percent = table.percent and c < len(table.column_labels)
            texts.append(number_text(value, language, percent=percent))
        cells = word_table.add_row().cells
        fill(cells, texts, bold=False, colour=None)
        if indents is not None and indents[r]:
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(INDENT_CM * indents[r])
    if table.column_totals is not None:
        footer: list[str] = [total]
        footer += [number_text(value, language) for value in table.column_totals]
        if with_row_totals:
            footer.append(
                "" if table.grand_total is None else number_text(table.grand_total, language)
            )
        fill(word_table.add_row().cells, footer, bold=True, colour=TOTAL_FILL)
    _set_widths(word_table, text_width(document.sections[-1]), needed)
    return word_table


def _set_widths(word_table: Any, width: int, needed: list[int]) -> None:
    """Share ``width`` between the columns by the characters each needs (a heading's
    longest word, the widest number, the row labels up to ``MOST_LABEL``)."""
    from docx.shared import Emu

    room = [need + 2 for need in needed]
    widths = [width * part // sum(room) for part in room]
    word_table.autofit = False
    for column, size in zip(word_table.columns, widths, strict=True):
        column.width = Emu(size)
    for row in word_table.rows:
        for cell, size in zip(row.cells, widths, strict=True):
            cell.width = Emu(size)


def _code_indents(table: ResultTable) -> list[int] | None:
    """Each code row's depth below the table's top codes, when every row's parent is a row
    above it (so the tree reads without full paths); None otherwise."""
    if table.row_kind != "code" or not table.row_labels:
        return None
    depths = [label.count("/") for label in table.row_labels]
    top = min(depths)
    seen: set[str] = set()
    for label, depth in zip(table.row_labels, depths, strict=True):
        if depth > top and label.rsplit("/", 1)[0] not in seen:
            return None
        seen.add(label)
    return [depth - top for depth in depths]


def chart_kind(table: ResultTable) -> ChartKind | None:
    """The chart a frequency or matrix table gets (None: no chart for this table)."""
    if table.provenance.get("query") not in CHART_QUERIES or not table.row_labels:
        return None
    if table.provenance.get("query") == "matrix coding":
        return ChartKind.HEATMAP if len(table.column_labels) >= HEATMAP_FROM else ChartKind.BAR
    return ChartKind.BAR


def chart_table(table: ResultTable, language: str) -> ResultTable:
    """What the chart draws: a frequency table's first measure only (one bar per coder when
    per coder), since measures of different sizes cannot share an axis."""
    titles = column_titles(table, language)
    if table.column_kind not in ("measure", "coder-measure"):
        return ResultTable(
            table.title,
            table.row_header,
            table.row_labels,
            titles,
            table.values,
            table.measure,
            table.percent,
            provenance=table.provenance,
        )
    first = str(table.column_keys[0]).split(":")[0] if table.column_keys else ""
    keep = [c for c, key in enumerate(table.column_keys) if str(key).split(":")[0] == first] or [0]
    if table.column_kind == "coder-measure":
        titles = [label[label.rfind("(") + 1 : -1] for label in table.column_labels]
    return ResultTable(
        title=table.title,
        row_header=table.row_header,
        row_labels=table.row_labels,
        column_labels=[titles[c] for c in keep],
        values=[[row[c] for c in keep] for row in table.values],
        measure=first or table.measure,
        percent=table.percent,
    )


def _add_chart(
    document: Any, table: ResultTable, kind: ChartKind, language: str, title: str
) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    drawn = chart_table(table, language)
    section = document.sections[-1]
    width = text_width(section)
    landscape = section.page_width > section.page_height
    pixels_wide = 1000 if landscape else 760
    rows = min(len(drawn.row_labels), 40)
    bars = rows * (len(drawn.column_labels) if kind is ChartKind.BAR else 1)
    pixels_high = max(
        320, min(560 if landscape else 900, 140 + (18 if kind is ChartKind.BAR else 30) * bars)
    )
    labels = ChartLabels(
        value_axis=unit_text(drawn, language),
        category_axis=heading_text(table.row_header, language),
        language=language,
    )
    with tempfile.TemporaryDirectory(prefix="tekstur-chart-") as folder:
        image = render_chart(
            drawn, kind, Path(folder) / "chart.png", labels, (pixels_wide, pixels_high)
        )
        holder = document.add_paragraph()
        holder.add_run().add_picture(str(image), width=width)
    holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
    holder.paragraph_format.space_before = Pt(12)
    add_caption(document, report_label("figure", language), title)


def add_provenance(document: Any, provenance: dict[str, str], language: str) -> Any:
    """A paragraph in small grey type: how the table was made, one ``label: value`` after
    another."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    add_small(paragraph, f"{report_label('provenance', language)}: ", bold=True)
    rows = provenance_rows(provenance, language)
    add_small(paragraph, "; ".join(f"{label}: {value}" for label, value in rows) + ".")
    return paragraph
