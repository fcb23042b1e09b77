"""Query tables as Excel workbooks, read back with openpyxl."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from analysis.cooccurrence import CooccurrenceOptions, cooccurrence_query
from analysis.crosstab import CrosstabOptions, crosstab_query
from analysis.filters import QueryFilter, Where
from analysis.frequencies import FrequencyOptions, code_frequencies
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from exporters.report_labels import title_text
from exporters.safe_file import sheet_name
from exporters.table_xlsx import write_table_xlsx
from models.database import ProjectDatabase, create_project
from models.progress import OperationCancelledError
from models.result_table import ResultTable
from tests.analysis.hand_project import build_hand_project

PROJECT = "Sagsgennemgang på Ærø"


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectDatabase]:
    """The hand-built project, shared by the tests that only read it."""
    database = create_project(tmp_path_factory.mktemp("xlsx") / "hånd.tekstur", name=PROJECT)
    build_hand_project(database)
    yield database
    database.close()


def _charts(sheet: Any) -> list[Any]:
    """The charts openpyxl read back from a sheet."""
    charts: list[Any] = sheet._charts
    return charts


def _rows(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_row_percent_matrix_with_totals_frozen_panes_scale_and_chart(
    hand: ProjectDatabase, tmp_path: Path
) -> None:
    table = matrix_query(
        hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle"), percent="row")
    )
    path = tmp_path / "matrix æøå.xlsx"
    write_table_xlsx(table, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = _rows(sheet)
    assert rows[0][0] == (
        "Matrixkodning: koder × attributten Rolle (Kodningsreferencer, % af rækken)"
    )
    assert rows[1] == ("Kode", "Borger", "Leder", "Sagsbehandler", "I alt")
    assert table.row_totals is not None and table.column_totals is not None
    for index, label in enumerate(table.row_labels):
        row = rows[2 + index]
        assert row[0] == label.split("/")[-1]
        assert list(row[1:4]) == pytest.approx([v / 100 for v in table.values[index]])
        assert row[4] == table.row_totals[index]  # totals stay counts
    assert rows[-1] == ("I alt", *table.column_totals, table.grand_total)
    assert sheet["B3"].number_format == "0.0%"
    assert sheet["E3"].number_format != "0.0%"
    assert sheet.freeze_panes == "B3"
    scales = [(str(f.sqref), [r.type for r in f.rules]) for f in sheet.conditional_formatting]
    assert scales == [("B3:D7", ["colorScale"])]
    (chart,) = _charts(sheet)
    assert (chart.type, chart.grouping, len(chart.series)) == ("bar", "clustered", 3)


def test_code_rows_read_as_a_tree_and_print_on_one_page_wide(
    hand: ProjectDatabase, tmp_path: Path
) -> None:
    table = matrix_query(hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle")))
    path = tmp_path / "træ.xlsx"
    write_table_xlsx(table, path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    labels = [sheet.cell(row, 1) for row in range(3, 8)]
    assert [(c.value, c.alignment.indent, c.font.b) for c in labels] == [
        ("Samarbejde", 0, True), ("Tillid", 1, False), ("Konflikt", 1, False),
        ("Lægelige oplysninger", 0, False), ("Tid", 0, False),
    ]  # fmt: skip
    assert {sheet.cell(r, c).font.name for r in range(1, 9) for c in range(1, 6)} == {"Calibri"}
    notes = [None if c.comment is None else c.comment.text for c in labels]
    assert notes == [None, "Samarbejde/Tillid", "Samarbejde/Konflikt", None, None]
    assert sheet.column_dimensions["A"].width == len("Lægelige oplysninger") + 2
    setup = sheet.page_setup
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.print_title_rows, sheet.print_title_cols) == ("$1:$2", "$A:$A")
    (chart,) = _charts(sheet)
    assert chart.anchor._from.col == 6  # G: a column apart from the table
    categories = chart.series[0].cat.numRef.f
    assert categories.endswith("!$A$3:$A$7")  # the shown labels: the last level
    assert [s.tx.strRef.f.split("!")[1] for s in chart.series] == ["B2", "C2", "D2"]
    assert chart.x_axis.scaling.orientation == "maxMin"  # the first row at the top
    assert (chart.y_axis.crosses, chart.legend.position) == ("max", "b")


def test_provenance_sheet_in_danish(hand: ProjectDatabase, tmp_path: Path) -> None:
    table = matrix_query(hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle")))
    path = tmp_path / "matrix.xlsx"
    write_table_xlsx(table, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[1] == "Sådan er tabellen lavet"
    facts = dict(row for row in _rows(book.worksheets[1]) if row[1] is not None)
    assert facts["Forespørgsel"] == "Matrixkodning"
    assert facts["Tabel"] == "Matrixkodning: koder × attributten Rolle"
    assert facts["Projekt"] == PROJECT
    assert facts["Kodninger medregnet"] == table.provenance["codings considered"]
    assert facts["Dokumenter medregnet"] == table.provenance["documents considered"]
    assert facts["Kolonner"] == "attribute:Rolle"
    assert facts["Tekstur-version"] == table.provenance["tekstur"]
    assert facts["Lavet"] == table.provenance["made"]


def test_frequencies_in_english_chart_the_first_measure_and_shade_each_column(
    hand: ProjectDatabase, tmp_path: Path
) -> None:
    table = code_frequencies(hand, FrequencyOptions())
    path = tmp_path / "frekvenser.xlsx"
    write_table_xlsx(table, path, language="en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Code frequencies", "Provenance"]
    sheet = book.worksheets[0]
    rows = _rows(sheet)
    assert rows[1] == (
        "Code", "Coding references", "Words coded", "Documents coded", "Cases coded",
    )  # fmt: skip
    tid = next(row for row in rows if row[0] == "Tid")
    assert list(tid[1:]) == table.values[table.row_labels.index("Tid")]
    assert isinstance(tid[2], int) and sheet["B3"].number_format == "#,##0"
    assert len(list(sheet.conditional_formatting)) == 4  # references and words apart
    (chart,) = _charts(sheet)
    assert len(chart.series) == 1
    facts = dict(row for row in _rows(book.worksheets[1]) if row[1] is not None)
    assert facts["Query"] == "code frequencies" and facts["Project"] == PROJECT


def test_a_matrix_of_many_columns_gets_stacked_bars(hand: ProjectDatabase, tmp_path: Path) -> None:
    table = cooccurrence_query(hand, CooccurrenceOptions())
    assert table.shape == (5, 5)
    path = tmp_path / "samforekomst.xlsx"
    write_table_xlsx(table, path)
    (chart,) = _charts(openpyxl.load_workbook(path).worksheets[0])
    assert (chart.grouping, len(chart.series)) == ("stacked", 5)


def test_no_chart_when_asked_or_when_nothing_is_counted(
    hand: ProjectDatabase, tmp_path: Path
) -> None:
    table = matrix_query(hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle")))
    write_table_xlsx(table, tmp_path / "uden.xlsx", chart=False)
    sheet = openpyxl.load_workbook(tmp_path / "uden.xlsx").worksheets[0]
    assert _charts(sheet) == [] and len(list(sheet.conditional_formatting)) == 1
    nobody = QueryFilter(where=Where.parse(["Alder>200"], False))
    zeros = crosstab_query(hand, CrosstabOptions("Rolle", filter=nobody))
    write_table_xlsx(zeros, tmp_path / "nul.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "nul.xlsx").worksheets[0]
    assert sheet.title == "Krydstabel Rolle"  # no colon in a sheet name
    assert _charts(sheet) == []
    assert _rows(sheet)[2] == ("Samarbejde", 0, 0, 0, 0)


def test_a_table_without_rows_keeps_its_header(tmp_path: Path) -> None:
    empty = ResultTable("Tomt æøå", "Kode", [], ["Åse", "Bjørn"], [], "references")
    write_table_xlsx(empty, tmp_path / "tom.xlsx", language="en")
    sheet = openpyxl.load_workbook(tmp_path / "tom.xlsx").worksheets[0]
    assert _rows(sheet)[1:] == [("Kode", "Åse", "Bjørn")]  # a name of the user's stays
    assert _charts(sheet) == [] and list(sheet.conditional_formatting) == []


def test_sheet_names_are_valid() -> None:
    name = sheet_name("Matrix: koder × [Rolle/Afdeling] * ? \\ meget lange navne")
    assert len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert name.startswith("Matrix koder × Rolle Afdeling")
    assert sheet_name("::") == "Sheet"


def test_a_failed_export_leaves_no_file(
    hand: ProjectDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = matrix_query(hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle")))
    missing = tmp_path / "findes ikke" / "rapport.xlsx"
    with pytest.raises(OSError, match=r"rapport\.xlsx"):
        write_table_xlsx(table, missing)
    assert not missing.parent.exists()

    def disk_full(book: Any, path: Any) -> None:
        Path(path).write_bytes(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    target = tmp_path / "rapport æøå.xlsx"
    target.write_bytes(b"the earlier report")
    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(OSError, match=r"cannot write .*rapport æøå\.xlsx: No space left"):
        write_table_xlsx(table, target)
    assert target.read_bytes() == b"the earlier report"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_cancelling_writes_nothing(hand: ProjectDatabase, tmp_path: Path) -> None:
    table = matrix_query(hand, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle")))

    def cancel(done: int, total: int, what: str) -> None:
        raise OperationCancelledError

    with pytest.raises(OperationCancelledError):
        write_table_xlsx(table, tmp_path / "rapport.xlsx", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_titles_name_the_axes_in_words() -> None:
    title = "Matrix coding: codes:Tema æøå × set:Mine cases"
    assert title_text(title, "da") == "Matrixkodning: koder under Tema æøå × sættet Mine cases"
    assert title_text(title, "en") == "Matrix coding: codes under Tema æøå × set Mine cases"
    assert title_text("Matrix coding: cases × documents", "da") == (
        "Matrixkodning: sager × dokumenter"
    )
    assert title_text("Crosstab: Rolle", "da") == "Krydstabel: Rolle"  # a name stays
    assert title_text("Matrix coding: codes × Rolle", "da") == "Matrixkodning: codes × Rolle"
