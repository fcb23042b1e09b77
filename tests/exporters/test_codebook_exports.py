"""Codebook exports to Excel and Word, read back with openpyxl and python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from codebooks.builtin import load_builtin
from exporters.codebook_docx import SWATCH, export_codebook_docx
from exporters.codebook_xlsx import LABELS, export_codebook_xlsx
from models.codebook_spec import CodebookSpec


def counted() -> CodebookSpec:
    spec = load_builtin("Borgerrelationer")
    listened = spec.codes[0].children[0].children[0]
    listened.codings, listened.documents = 7, 3
    return spec


@pytest.mark.parametrize("language", ["da", "en"])
def test_xlsx_has_one_row_per_code(language: str, tmp_path: Path) -> None:
    spec = counted()
    out = tmp_path / f"kodebog-{language}.xlsx"
    export_codebook_xlsx(spec, out, language)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == LABELS[language]
    assert len(rows) == 1 + spec.count()
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert (sheet.column_dimensions["A"].width or 0) > 20
    chosen = spec.in_language(language)
    by_path = {row[0]: row for row in rows[1:]}
    top = chosen.codes[0]
    listened = top.children[0].children[0]
    path = f"{top.name}/{top.children[0].name}/{listened.name}"
    assert by_path[path] == (
        path,
        3,
        listened.name,
        listened.description,
        listened.color,
        7,
        3,
    )
    assert by_path[top.name][1:2] == (1,)
    colour_cell = sheet.cell(2, 5)
    assert colour_cell.fill.fgColor.rgb.endswith(top.color.lstrip("#").upper())  # type: ignore[union-attr]


def test_xlsx_names_are_english_when_asked(tmp_path: Path) -> None:
    out = tmp_path / "codebook.xlsx"
    export_codebook_xlsx(counted(), out, "en")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.title == "Codebook"
    assert sheet["A2"].value == "Citizen experiences"
    assert "Use when:" in str(sheet["D2"].value)


@pytest.mark.parametrize("language", ["da", "en"])
def test_docx_is_a_readable_codebook(language: str, tmp_path: Path) -> None:
    spec = counted()
    out = tmp_path / f"kodebog-{language}.docx"
    export_codebook_docx(spec, out, language)
    document = docx.Document(str(out))
    paragraphs = document.paragraphs
    chosen = spec.in_language(language)
    title = "Kodebog" if language == "da" else "Codebook"
    assert paragraphs[0].text == f"{title}: {chosen.name}"
    assert paragraphs[0].style is not None and paragraphs[0].style.name == "Title"
    headings = [
        (p.style.name, p.text) for p in paragraphs if p.style and p.style.name.startswith("Heading")
    ]
    expected = [(f"Heading {len(path)}", f"{SWATCH} {code.name}") for path, code in chosen.walk()]
    assert headings == expected
    swatch = next(p for p in paragraphs if p.text == f"{SWATCH} {chosen.codes[0].name}").runs[0]
    assert swatch.font.color.rgb is not None
    assert str(swatch.font.color.rgb).lower() == chosen.codes[0].color.lstrip("#")  # type: ignore[union-attr]
    text = "\n".join(p.text for p in paragraphs)
    use = "Brug ikke når:" if language == "da" else "Do not use when:"
    assert text.count(use) == spec.count()
    usage = "Brugt i 7 kodninger i 3 dokumenter" if language == "da" else "Used in 7 codings"
    assert usage in text
    bold = [r.text for p in paragraphs for r in p.runs if r.bold]
    assert "Definition:" in bold


def test_docx_code_without_description_or_colour(tmp_path: Path) -> None:
    from models.codebook_spec import CodeSpec

    spec = CodebookSpec("Prøve", [CodeSpec("Æbler", children=[CodeSpec("Grønne/røde")])])
    out = tmp_path / "prøve.docx"
    export_codebook_docx(spec, out, "da")
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Æbler" in text and "Grønne/røde" in text
    assert "Sti: Æbler/Grønne\\/røde" in text
    assert text.count("Ingen beskrivelse.") == 2
