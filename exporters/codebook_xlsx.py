"""A codebook as an Excel sheet: one row per code with its path, level, description and counts."""

from __future__ import annotations

from pathlib import Path

from models.codebook_spec import CodebookSpec
from models.paths import join_code_path

LABELS = {
    "da": ("Sti", "Niveau", "Navn", "Beskrivelse", "Farve", "Kodninger", "Dokumenter"),
    "en": ("Path", "Level", "Name", "Description", "Colour", "Codings", "Documents"),
}
SHEET_TITLE = {"da": "Kodebog", "en": "Codebook"}
_MAX_WIDTH = {0: 60, 2: 40, 3: 80}
_HEADER_FILL = "1F4E79"


def export_codebook_xlsx(spec: CodebookSpec, path: Path, language: str = "da") -> None:
    """Write ``spec`` to the workbook ``path``, names and labels in ``language`` (da or en).

    The header row is bold on a dark fill and frozen, columns are as wide as their contents
    (within limits), descriptions wrap, and each colour cell is filled with its colour.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    labels = LABELS.get(language, LABELS["en"])
    chosen = spec.in_language(language)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE.get(language, "Codebook")
    sheet.append(list(labels))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
    for names, code in chosen.walk():
        color = code.color or ""
        sheet.append(
            [
                join_code_path(list(names)),
                len(names),
                code.name,
                code.description,
                color,
                code.codings,
                code.documents,
            ]
        )
        row = sheet.max_row
        sheet.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
        for column in (1, 2, 3, 5, 6, 7):
            sheet.cell(row, column).alignment = Alignment(vertical="top")
        if color:
            swatch = sheet.cell(row, 5)
            swatch.fill = PatternFill("solid", fgColor=color.lstrip("#").upper())
            swatch.font = Font(color="FFFFFF" if _is_dark(color) else "000000")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column_cells in enumerate(sheet.iter_cols()):
        longest = max(
            max((len(line) for line in str(cell.value or "").split("\n")), default=0)
            for cell in column_cells
        )
        width = min(longest + 2, _MAX_WIDTH.get(index, 30))
        sheet.column_dimensions[get_column_letter(index + 1)].width = max(width, 8)
    book.save(path)


def _is_dark(color: str) -> bool:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 140
