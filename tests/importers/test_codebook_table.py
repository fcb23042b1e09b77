"""Codebooks from .xlsx and .csv: path columns, level columns, indentation, Danish headers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from codebooks.builtin import load_builtin
from exporters.codebook_xlsx import export_codebook_xlsx
from importers.codebook_table import read_codebook_table
from importers.result import ImportRefusedError
from models.codebook_spec import CodebookSpec


def tree(spec: CodebookSpec) -> list[tuple[tuple[str, ...], str | None, str]]:
    return [(path, code.color, code.description) for path, code in spec.walk()]


def test_csv_with_path_column_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "kodebog.csv"
    text = (
        "Sti;Farve;Beskrivelse\r\n"
        "Borgerrelationer;#B03A2E;Borgerens oplevelse\r\n"
        "Borgerrelationer/Blive lyttet til;#e74c3c;"
        '"Når borgeren føler sig hørt;\r\nogså i telefonen"\r\n'
        "Borgerrelationer/Mødested\\/café;;\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    spec = read_codebook_table(path)
    assert spec.name == "Borgerrelationer"
    assert tree(spec) == [
        (("Borgerrelationer",), "#b03a2e", "Borgerens oplevelse"),
        (
            ("Borgerrelationer", "Blive lyttet til"),
            "#e74c3c",
            "Når borgeren føler sig hørt;\nogså i telefonen",
        ),
        (("Borgerrelationer", "Mødested/café"), None, ""),
    ]


def test_csv_with_english_level_and_name_columns(tmp_path: Path) -> None:
    path = tmp_path / "codebook.csv"
    path.write_text(
        "Level,Name,Colour,Description\n1,Tasks,#123456,\n2,Trust,,Mutual trust\n"
        "3,Regained,,\n2,Availability,,\n1,System,,\n",
        encoding="utf-8",
    )
    spec = read_codebook_table(path)
    assert spec.name == "codebook"
    assert [p for p, _ in spec.walk()] == [
        ("Tasks",),
        ("Tasks", "Trust"),
        ("Tasks", "Trust", "Regained"),
        ("Tasks", "Availability"),
        ("System",),
    ]


def test_xlsx_with_indented_first_column(tmp_path: Path) -> None:
    path = tmp_path / "indrykket.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ("Kode", "Farve"),
        ("Ledelse og læring", "#7d6608"),
        ("    Tæt faglig ledelse", None),
        ("        Opbakning", None),
        ("    Kollegial sparring", "#28b463"),
        ("\tRedskaber", None),
        ("Æ-kode", None),
    ]:
        sheet.append(list(row))
    book.save(path)
    spec = read_codebook_table(path)
    assert [p for p, _ in spec.walk()] == [
        ("Ledelse og læring",),
        ("Ledelse og læring", "Tæt faglig ledelse"),
        ("Ledelse og læring", "Tæt faglig ledelse", "Opbakning"),
        ("Ledelse og læring", "Kollegial sparring"),
        ("Ledelse og læring", "Redskaber"),
        ("Æ-kode",),
    ]
    assert spec.codes[0].children[1].color == "#28b463"


@pytest.mark.parametrize("language", ["da", "en"])
def test_tekstur_excel_export_reads_back(language: str, tmp_path: Path) -> None:
    spec = load_builtin("Ledelsesinformation")
    path = tmp_path / "eksport.xlsx"
    export_codebook_xlsx(spec, path, language)
    assert tree(read_codebook_table(path)) == tree(spec.in_language(language))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Sti;Farve\nA;rød\n", "row 2: 'rød' is not a colour"),
        ("Sti\nA//B\n", "row 2: code path 'A//B' has an empty level"),
        ("Niveau;Navn\n2;Forkert\n", "row 2: level '2' does not follow the row above"),
        ("Sti;Farve\n;#123456\n", "the table holds no codes"),
        ("", "the file is empty"),
    ],
)
def test_bad_tables_are_refused(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "dårlig.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        read_codebook_table(path)
    assert str(refused.value).startswith("dårlig.csv") and message in str(refused.value)
