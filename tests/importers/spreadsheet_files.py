"""Writing the spreadsheets that the attribute and journal tests import."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    """A workbook whose first sheet holds ``header`` and then ``rows``."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str = "cp1252") -> Path:
    """A semicolon-separated file as Danish Excel saves it (Windows-1252 by default)."""
    with path.open("w", encoding=encoding, newline="") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    return path
