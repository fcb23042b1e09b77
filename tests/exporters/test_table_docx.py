"""Query tables as Word documents: the table, its numbers, caption, chart and provenance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from exporters.table_docx import chart_table, write_table_docx
from models.result_table import ResultTable

MATRIX = ResultTable(
    title="Matrix coding: codes × attribute:Afdeling",
    row_header="Code",
    row_labels=["Samarbejde", "Samarbejde/Tillid", "Samarbejde/Konflikt", "Lægelige oplysninger"],
    column_labels=["Forsøgsafdeling", "Ordinær afdeling"],
    values=[[12.5, 87.5], [100.0, 0.0], [1 / 3 * 100, 2 / 3 * 100], [50.0, 50.0]],
    measure="references",
    percent=True,
    row_totals=[8, 2, 3, 1234],
    column_totals=[5, 2000],
    grand_total=2005,
    provenance={"query": "matrix coding", "project": "Forsøg på Ærø", "percent": "row"},
    row_kind="code",
)
FREQUENCIES = ResultTable(
    title="Code frequencies",
    row_header="Code",
    row_labels=["Tid", "Tillid"],
    column_labels=[
        "References (ane)",
        "Words coded (ane)",
        "References (jonas)",
        "Words coded (jonas)",
    ],
    values=[[3, 1500, 1, 7], [2, 40, 4, 12345]],
    measure="references,words",
    provenance={"query": "code frequencies", "codes": "all"},
    column_keys=["references:1", "words:1", "references:2", "words:2"],
    row_kind="code",
    column_kind="coder-measure",
)


def read(path: Path) -> Any:
    from docx import Document

    return Document(str(path))


def texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_a_matrix_as_a_danish_word_table(tmp_path: Path) -> None:
    path = tmp_path / "matrix.docx"
    write_table_docx(MATRIX, path)
    document = read(path)
    (table,) = document.tables
    assert texts(table) == [
        ["Kode", "Forsøgsafdeling", "Ordinær afdeling", "I alt"],
        ["Samarbejde", "12,5\u00a0%", "87,5\u00a0%", "8"],
        ["Tillid", "100,0\u00a0%", "0,0\u00a0%", "2"],  # sub-codes indented under their code
        ["Konflikt", "33,3\u00a0%", "66,7\u00a0%", "3"],
        ["Lægelige oplysninger", "50,0\u00a0%", "50,0\u00a0%", "1.234"],
        ["I alt", "5", "2.000", "2.005"],
    ]
    header = table.rows[0]
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    assert header._tr.trPr.xml.count("tblHeader") == 1  # repeated on every page
    assert all(run.bold for cell in table.rows[-1].cells for run in cell.paragraphs[0].runs)
    assert table.rows[1].cells[3].paragraphs[0].runs[0].bold  # the totals column
    assert not table.rows[1].cells[1].paragraphs[0].runs[0].bold
    alignments = [cell.paragraphs[0].alignment for cell in table.rows[1].cells]
    assert [a is not None and a.name for a in alignments] == [False, "RIGHT", "RIGHT", "RIGHT"]
    assert table.rows[2].cells[0].paragraphs[0].paragraph_format.left_indent > 0
    assert table.rows[4].cells[0].paragraphs[0].paragraph_format.left_indent is None


def test_caption_chart_and_provenance(tmp_path: Path) -> None:
    path = tmp_path / "matrix.docx"
    write_table_docx(MATRIX, path)
    document = read(path)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == [
        "Tabel 1: Matrixkodning – codes × attribute:Afdeling (Kodningsreferencer, % af rækken)",
        "Figur 1: Matrixkodning – codes × attribute:Afdeling",
    ]
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0].width <= document.sections[0].page_width
    last = document.paragraphs[-1]
    assert last.text.startswith("Sådan er tabellen lavet: Forespørgsel: Matrixkodning;")
    assert "Projekt: Forsøg på Ærø" in last.text and "Procent: rækken" in last.text
    assert all(run.font.size.pt <= 8 for run in last.runs)
    # The caption's number is Word's own SEQ field, so Word renumbers tables in a report.
    assert "SEQ Tabel" in document.paragraphs[0]._p.xml


def test_english_numbers_and_words(tmp_path: Path) -> None:
    path = tmp_path / "matrix-en.docx"
    write_table_docx(MATRIX, path, language="en", caption="Trust by department")
    document = read(path)
    rows = texts(document.tables[0])
    assert rows[0] == ["Code", "Forsøgsafdeling", "Ordinær afdeling", "Total"]
    assert rows[1][1:] == ["12.5%", "87.5%", "8"]
    assert rows[-1] == ["Total", "5", "2,000", "2,005"]
    assert document.paragraphs[0].text == (
        "Table 1: Trust by department (Coding references, % of row)"
    )
    assert document.paragraphs[-1].text.startswith("How this table was made: Query: matrix coding;")


def test_frequencies_per_coder_chart_one_measure(tmp_path: Path) -> None:
    drawn = chart_table(FREQUENCIES, "da")
    assert drawn.column_labels == ["ane", "jonas"]
    assert drawn.values == [[3, 1], [2, 4]]
    path = tmp_path / "frekvenser.docx"
    write_table_docx(FREQUENCIES, path)
    document = read(path)
    rows = texts(document.tables[0])
    assert rows[0] == [
        "Kode",
        "Kodningsreferencer (ane)",
        "Kodede ord (ane)",
        "Kodningsreferencer (jonas)",
        "Kodede ord (jonas)",
    ]
    assert rows[2] == ["Tillid", "2", "40", "4", "12.345"]
    assert len(rows) == 3  # no totals in this table
    assert len(document.inline_shapes) == 1
    assert document.paragraphs[0].text.startswith("Tabel 1: Kodefrekvenser")


def test_no_chart_when_not_asked_or_not_a_chart_table(tmp_path: Path) -> None:
    write_table_docx(MATRIX, tmp_path / "uden.docx", chart=False)
    assert len(read(tmp_path / "uden.docx").inline_shapes) == 0
    cooccurrence = ResultTable(
        "Co-occurrence",
        "Code",
        ["Tid"],
        ["Tid"],
        [[2]],
        "count",
        provenance={"query": "co-occurrence"},
    )
    write_table_docx(cooccurrence, tmp_path / "samforekomst.docx")
    document = read(tmp_path / "samforekomst.docx")
    assert len(document.inline_shapes) == 0
    assert texts(document.tables[0]) == [["Kode", "Tid"], ["Tid", "2"]]


def test_many_columns_turn_the_page(tmp_path: Path) -> None:
    columns = [f"R{n}" for n in range(1, 10)]
    wide = ResultTable(
        "Matrix coding: codes × attribute:Runde",
        "Code",
        ["Tid", "Tillid"],
        columns,
        [list(range(9)), [2 * n for n in range(9)]],
        "references",
        row_totals=[36, 72],
        column_totals=[3 * n for n in range(9)],
        grand_total=108,
        provenance={"query": "matrix coding"},
    )
    write_table_docx(wide, tmp_path / "bred.docx")
    document = read(tmp_path / "bred.docx")
    section = document.sections[0]
    assert section.orientation.name == "LANDSCAPE"
    assert section.page_width > section.page_height
    assert len(document.inline_shapes) == 1  # a heatmap
    write_table_docx(MATRIX, tmp_path / "smal.docx")
    assert read(tmp_path / "smal.docx").sections[0].orientation.name == "PORTRAIT"


def test_a_file_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    target = tmp_path / "mangler" / "tabel.docx"
    with pytest.raises(OSError, match=r"tabel\.docx"):
        write_table_docx(MATRIX, target)
    existing = tmp_path / "tabel.docx"
    existing.write_bytes(b"old")
    write_table_docx(MATRIX, existing, chart=False)
    assert existing.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tabel.docx"]
