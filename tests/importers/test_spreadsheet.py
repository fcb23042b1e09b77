"""Reading tables from .xlsx and .csv: values, delimiters, encodings and every refusal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

import importers.spreadsheet as spreadsheet
from importers.result import ImportRefusedError
from importers.spreadsheet import cell_text, column_letter, detect_delimiter, read_table


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Deltagere") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    other = workbook.create_sheet("Andet ark")
    other.append(["Sag", "Note"])
    other.append(["A-1", "på andet ark"])
    workbook.save(path)
    return path


def test_xlsx_cells_keep_their_python_values(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "deltagere.xlsx",
        [
            ["Deltager", "Alder", "Startdato", "Møde", "Deltog i forsøg", "Afdeling"],
            ["Søren Ærø", 45, date(2018, 3, 12), datetime(2018, 3, 12, 14, 30), True, "Forsøg"],
            [None, None, None, None, None, None],
            ["Åse Øby", 38.5, datetime(2019, 1, 2), None, False, "  "],
        ],
    )
    table = read_table(path)
    assert table.header == ("Deltager", "Alder", "Startdato", "Møde", "Deltog i forsøg", "Afdeling")
    assert table.sheet == "Deltagere"
    assert [row.number for row in table.rows] == [2, 4]
    assert table.rows[0].cells == (
        "Søren Ærø", 45, date(2018, 3, 12), datetime(2018, 3, 12, 14, 30), True, "Forsøg",
    )  # fmt: skip
    assert table.rows[1].cells == ("Åse Øby", 38.5, date(2019, 1, 2), None, False, None)
    assert type(table.rows[1].cells[2]) is date
    assert table.column("Alder") == [(2, 45), (4, 38.5)]


def test_a_named_sheet_is_read_and_an_unknown_one_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ark.xlsx", [["Sag", "Note"], ["B-2", "første ark"]])
    table = read_table(path, sheet="Andet ark")
    assert table.rows[0].cells == ("A-1", "på andet ark")
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path, sheet="Ark3")
    assert str(refused.value) == "ark.xlsx: no sheet called 'Ark3' (sheets: Deltagere, Andet ark)"


def test_danish_excel_csv_export_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "deltagere.csv"
    text = (
        "Deltager;Alder;Afdeling\r\n"
        "Søren Ærø;12,5;Afdeling: Forsøgsafdeling\r\n"
        '"Ærø; Åse";1.234,5;"Ordinær, nord"\r\n'
    )
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert table.header == ("Deltager", "Alder", "Afdeling")
    assert [row.cells for row in table.rows] == [
        ("Søren Ærø", "12,5", "Afdeling: Forsøgsafdeling"),
        ("Ærø; Åse", "1.234,5", "Ordinær, nord"),
    ]


def test_utf8_csv_with_commas_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    path.write_text(
        '\ufeffCase,Text,Age\n"R1, 3","Line one\r\nline two; ""quoted""",12.5\nR2,,\n',
        encoding="utf-8",
        newline="",
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("UTF-8 with BOM", ",")
    assert table.rows[0].cells == ("R1, 3", 'Line one\nline two; "quoted"', "12.5")
    assert table.rows[1].cells == ("R2", None, None)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1,5;2,5;3\n4;5,25;6\n", ";"),
        ("a,b,c\n1.5,2.5,3\n", ","),
        ("a\tb\n1,5\t2;3\n", "\t"),
        ('a,b\n"x;y;z",2\n"p;q",3\n', ","),
        ("only one column\nvalue, with comma\n", ";"),
    ],
)
def test_the_delimiter_is_the_one_that_splits_rows_consistently(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_an_unnamed_empty_column_is_ignored_and_short_rows_are_padded(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Sag;;Køn;\n1;;K\n2\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ("Sag", "Køn")
    assert [row.cells for row in table.rows] == [("1", "K"), ("2", None)]


def test_cell_text_and_column_letters() -> None:
    assert [cell_text(v) for v in (40.0, 12.5, 7, True, False, None, " x ")] == [
        "40", "12.5", "7", "ja", "nej", "", "x",
    ]  # fmt: skip
    assert cell_text(date(2018, 3, 12)) == "2018-03-12"
    assert cell_text(datetime(2018, 3, 12, 9, 5)) == "2018-03-12 09:05:00"
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tom.csv", b"", "tom.csv: the file is empty"),
        ("blank.csv", b" \r\n;;\r\n", "blank.csv: the file is empty"),
        (
            "navn.csv",
            "Sag;;Køn\n1;x;K\n".encode(),
            "navn.csv, column B has values but no name in row 1",
        ),
        (
            "dobbelt.csv",
            b"Sag;Alder;alder\n1;2;3\n",
            "dobbelt.csv, column C: the column name 'alder' is also used by B",
        ),
        ("binær.csv", b"Sag\x00;x\n", "binær.csv: this is a binary file, not text"),
        (
            "gammel.xls",
            b"\xd0\xcf\x11\xe0",
            "gammel.xls: old Excel 97–2003 workbooks are not supported; save it as .xlsx",
        ),
        ("noter.pdf", b"%PDF", "noter.pdf: not a spreadsheet (expected .xlsx or .csv)"),
        (
            "ødelagt.xlsx",
            b"PK\x03\x04 not really a zip",
            "ødelagt.xlsx: not a readable Excel workbook (damaged, or protected by a password)",
        ),
    ],
)
def test_bad_files_are_refused_in_one_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value) == message


def test_a_truncated_workbook_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "afbrudt.xlsx", [["Sag"], ["1"]])
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value).startswith("afbrudt.xlsx: not a readable Excel workbook")


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "falsk.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "ikke et regneark")
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value).startswith("falsk.xlsx: not a readable Excel workbook (")


def test_a_workbook_that_would_unpack_enormously_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "bombe.xlsx", [["Sag"], ["1"]])
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value) == "bombe.xlsx: would unpack to 0.0 MB; refused as unsafe"


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stor.csv"
    path.write_bytes(b"Sag;Alder\n" + b"1;2\n" * 300_000)
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", 1024 * 1024)
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value) == "stor.csv: the file is 1.1 MB, over the limit of 1 MB"


def test_a_first_row_of_dates_is_not_a_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "uden.xlsx", [["Søren", date(2018, 3, 12)], ["Åse", None]])
    with pytest.raises(ImportRefusedError) as refused:
        read_table(path)
    assert str(refused.value) == (
        "uden.xlsx, row 1: no header row (column B holds '2018-03-12', not a column name)"
    )
