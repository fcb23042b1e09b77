"""Copy and paste in the classification sheet: tab-separated text as Excel writes it.

A paste is converted column by column the way a spreadsheet import is
(:func:`importers.attribute_types.convert`: ``12,5``, ``1.234,5``, ``03-02-2025``, ja/nej) and
applied as one undo step; one bad value refuses the whole paste and names the cell. Rows pasted
below the last case, with names in the first column, become new cases (or update the case of
that name).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.gui.attribute_delegate import number_text, yes_no_text
from app.gui.case_sheet_model import NAME_COLUMN, CaseSheetModel
from importers.attribute_types import convert, decimal_comma_of
from models.case_sheet import SheetValue
from models.cases import AttributeTarget, AttributeType
from models.commands import Command
from models.commands.edits import AddCasesWithValues, SetAttributeValues

Cell = tuple[int, int]


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text as Excel copies it (quoted cells may hold tabs,
    line breaks and doubled quotes); the final line break is not an empty row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row or [""] for row in csv.reader(io.StringIO(text), delimiter="\t")]


def copy_value(value: SheetValue | None) -> str:
    """A value as copied out: numbers in the locale without grouping, dates day first
    (``03-02-2025``) when the locale writes them so, else ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no_text(value)
    if isinstance(value, float):
        return number_text(value, grouped=False)
    if isinstance(value, date):
        day_first = QLocale().dateFormat(QLocale.FormatType.ShortFormat).startswith("d")
        return value.strftime("%d-%m-%Y") if day_first else value.isoformat()
    return value


def tsv_text(rows: list[list[str]]) -> str:
    """Tab-separated text of ``rows``, quoting cells with tabs, line breaks or quotes."""

    def quoted(cell: str) -> str:
        if any(c in cell for c in '\t\n"'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "".join("\t".join(quoted(cell) for cell in row) + "\n" for row in rows)


def copy_cells(model: CaseSheetModel, cells: list[Cell]) -> str:
    """The cells' rectangle as tab-separated text; cells inside it not chosen stay empty."""
    if not cells:
        return ""
    rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
    sections = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
    chosen = set(cells)
    return tsv_text(
        [
            [
                copy_value(model.value(row, section)) if (row, section) in chosen else ""
                for section in sections
            ]
            for row in rows
        ]
    )


class PasteError(ValueError):
    """A paste that cannot be applied; nothing was changed."""


def plan_paste(model: CaseSheetModel, cells: dict[Cell, str]) -> list[Command]:
    """The commands that put the texts into these (row, column) cells, converted by column.

    Raises PasteError naming the cell for a value that does not fit its column, a cell
    outside the sheet, or a new row without a name.
    """
    columns: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, section), text in cells.items():
        if section >= model.columnCount():
            raise PasteError(
                QCoreApplication.translate(
                    "CaseSheetModel", "The pasted cells reach past the last column."
                )
            )
        columns[section].append((row, text))
    typed: dict[Cell, SheetValue | None] = {}
    for section, texts in columns.items():
        column = model.column(section)
        kind = AttributeType.TEXT if column is None else column.type
        comma = decimal_comma_of([text for _, text in texts])
        if comma is None:
            comma = QLocale().decimalPoint() == ","
        for row, text in texts:
            try:
                typed[row, section] = convert(text, kind, comma) if text.strip() else None
            except ValueError as error:
                where = (
                    QCoreApplication.translate("CaseSheetModel", "name")
                    if column is None
                    else column.name
                )
                raise PasteError(
                    QCoreApplication.translate(
                        "CaseSheetModel", "Row {row}, {column}: {error}"
                    ).format(row=row + 1, column=where, error=error)
                ) from None
    commands: list[Command] = []
    changes: list[tuple[int, int, SheetValue | None]] = []
    new_rows: dict[int, dict[int, SheetValue | None]] = defaultdict(dict)
    for (row, section), value in sorted(typed.items()):
        if row >= model.rowCount():
            new_rows[row][section] = value
        elif section != NAME_COLUMN:
            if (change := model.changed_value(row, section, value)) is not None:
                changes.append(change)
        elif value is None:
            raise PasteError(
                QCoreApplication.translate(
                    "CaseSheetModel", "Row {row}: a name cannot be empty"
                ).format(row=row + 1)
            )
        elif (command := model.cell_command(row, section, value)) is not None:
            commands.append(command)
    if new_rows and model.target is not AttributeTarget.CASE:
        raise PasteError(
            QCoreApplication.translate(
                "CaseSheetModel", "The pasted cells reach past the last document."
            )
        )
    new_cases: list[tuple[str, list[tuple[int, SheetValue | None]]]] = []
    for row, values in sorted(new_rows.items()):
        name = values.pop(NAME_COLUMN, None)
        if not isinstance(name, str):
            raise PasteError(
                QCoreApplication.translate(
                    "CaseSheetModel", "Row {row}: a new case needs a name in the first column"
                ).format(row=row + 1)
            )
        existing = model.row_named(name)
        if existing is not None:  # a case the sheet already has: its values are updated
            changes.extend(
                change
                for section, value in values.items()
                if (change := model.changed_value(existing, section, value)) is not None
            )
        else:
            pairs = [(c.id, v) for s, v in values.items() if (c := model.column(s)) is not None]
            new_cases.append((name, pairs))
    if changes:
        commands.append(SetAttributeValues(changes))
    if new_cases:
        commands.append(AddCasesWithValues(new_cases))
    return commands


def paste_cells(
    rows: list[list[str]], selected: list[Cell], top: int, left: int
) -> dict[Cell, str]:
    """Where pasted rows go: one value pasted onto several selected cells fills them all,
    anything else lands with its top left at (``top``, ``left``)."""
    if len(rows) == 1 and len(rows[0]) == 1 and len(selected) > 1:
        return dict.fromkeys(selected, rows[0][0])
    return {(top + r, left + c): value for r, row in enumerate(rows) for c, value in enumerate(row)}
